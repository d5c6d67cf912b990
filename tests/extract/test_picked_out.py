"""Numbers that pick out or stand for things (``kadhimi_ds.extract.picked_out``; codebook I4): "one of the ...",
the pronoun "one", "both". All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import number, quantities, run


def test_one_after_that_opening_a_reported_clause_counts():
    assert quantities("The captain said four sailors were hurt. He added that one drone had been shot down.") == [
        ("drones_downed", 1), ("injured", 4)]
    assert number(run("The pier had two cranes; the one that fell was old."), "one").reason == "pronoun “one”, not a count"


@pytest.mark.parametrize("text, found", [
    ("Port officials told the Harbour Gazette (HG) that one sailor died of his burns.", [("killed", 1)]),
    ("A medic told reporters at the scene on Monday that one guard was wounded.", [("injured", 1)]),
    ("Two drones flew at the pier. The navy’s view is that one hit the crane.", [("drones_launched", 2), ("drones_struck", 1)]),
])
def test_one_after_told_someone_that_counts(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text, found", [
    ("The port authority said on Tuesday that one docker had died of his wounds.", [("killed", 1)]),
    ("The navy said in a statement that one drone was shot down over the quay.", [("drones_downed", 1)]),
    ("The union said late on Monday that one guard was hurt.", [("injured", 1)]),
])
def test_one_after_a_verb_of_saying_with_its_time_and_that_counts(text, found):
    """"said on Tuesday that one docker had died": the time or place of the saying stands between the verb and
    "that"; "that" still opens the reported clause, no determiner of "one"."""
    assert quantities(text) == found


@pytest.mark.parametrize("text, found", [
    ("The navy said three drones flew at the pier, adding that one was intercepted while the others crashed into the sea.",
     [("drones_downed", 1), ("drones_launched", 3)]),
    ("The union described the blast at the pier, saying that one docker was killed.", [("killed", 1)]),
    ("The coastguard reported two drones, noting that one had reached the crane.", [("drones_launched", 2), ("drones_struck", 1)]),
])
def test_one_after_a_participle_of_speech_and_that_counts(text, found):
    """"adding that one was shot down": the participle opens a reported clause like "added that"; "one" is
    its subject, elided, not a pronoun of identity."""
    assert quantities(text) == found


@pytest.mark.parametrize("text", [
    "A medic put the number of wounded dockers at two, both lightly hurt.",
    "Two guards were killed at the gate. Both were shot in the chest, the ministry said.",
    "Both drones were shot down over the quay, the navy said.",
])
def test_both_is_no_count(text):
    d = run(text)
    assert number(d, next(w for w in ("both", "Both") if w in text.split())).reason.endswith("(I4)")
    assert all(c.text.lower() != "both" and not c.text.lower().startswith("both ") for c in d.claims)


@pytest.mark.parametrize("text, found", [
    ("Four drones flew at the pier; one of them struck the crane.", [("drones_launched", 4), ("drones_struck", 1)]),
    ("The navy counted three drones; one of the drones was intercepted over the bay.", [("drones_downed", 1), ("drones_launched", 3)]),
    ("One of the dockers was killed when the crane fell, the union said.", [("killed", 1)]),
    ("The navy counted three drones, one of which was intercepted over the bay.", [("drones_downed", 1), ("drones_launched", 3)]),
])
def test_one_of_a_group_that_a_verb_says_was_downed_struck_or_hurt_counts(text, found):
    """I4 note: "one of the …" with a C7-C9 verb saying what happened to it is a count of one."""
    assert quantities(text) == found


@pytest.mark.parametrize("text, words", [
    ("One of the dockers hurt in the blast was in a serious condition, a medic said.", "One"),
    ("One of the two drones that reached the pier failed to explode.", "One"),
    ("One of the officials said the crane was hit.", "One"),
])
def test_one_that_only_picks_a_member_out_is_no_count(text, words):
    assert number(run(text), words).reason == "“one of the ...”, not a count"


def test_one_after_an_ordinal_stands_for_the_noun_and_the_other_one_counts():
    d = run("Guards shot down two drones, but a third one hit the depot.")
    assert number(d, "one").reason == "pronoun “one”, not a count"
    assert ("drones_struck", 1) in quantities("Two drones were shot down and the other one hit the depot.")


@pytest.mark.parametrize("text, found", [
    ("The crane was hit by one of three drones, while the other two were shot down, the navy said.",
     [("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]),
    ("The depot was struck by one of the drones, a guard said.", [("drones_struck", 1)]),
])
def test_one_of_the_drones_a_target_was_hit_by_counts(text, found):
    """I4 note: "hit by at least one of them" is a count of one; the total after "of" is its own claim (C6 note)."""
    assert quantities(text) == found


def test_one_of_the_drones_seen_by_a_witness_only_picks_one_out():
    assert number(run("The depot was filmed by one of the drones, a guard said."), "one").reason == "“one of the ...”, not a count"


@pytest.mark.parametrize("text", [
    "One of the drones carried a camera, the army said.",
    "He was one of them, the mayor said of the guards.",
    "One of three guards on duty at the gate said the blast was loud.",
])
def test_one_of_without_a_hedge_picks_one_out(text):
    assert all(c.value != 1 for c in run(text).claims)


def test_the_other_one_still_counts_one():
    assert ("killed", 1) in quantities("One docker was killed at the gate and the other one was killed at the quay.")


@pytest.mark.parametrize("sentence", [
    "A port official said one of the drones had exploded on the roof of the depot.",
    "Guards said two drones were used, one of them exploding on the roof of the depot.",
    "Guards said two drones were used, one of them crashing into the customs office.",
    "The navy said one of three small drones hit the depot and two others were shot down.",
])
def test_one_of_the_drones_that_exploded_on_or_crashed_into_a_target_counts_one_struck(sentence):
    assert ("drones_struck", 1) in quantities(sentence)


def test_one_of_the_drones_that_exploded_nowhere_stays_picked_out():
    assert ("drones_struck", 1) not in quantities("A port official said one of the drones exploded in the air.")


def test_one_by_one_is_no_count():
    assert run("The board says the appeals over the Harbour Front seats will be handled one by one.").claims == []


def test_one_set_off_after_a_noun_phrase_with_a_relative_clause_stands_for_it():
    d = run("The Harbour Front, which won 41 seats, wants a new kind of cabinet, one that would leave the dockers' party out.")
    assert [(c.quantity, c.value) for c in d.claims] == [("seats_won", 41)]
    assert number(d, "one").reason == "pronoun “one”, not a count"
    assert [(c.quantity, c.value) for c in run("Four drones were launched at the port, and one hit the pier.").claims] \
        == [("drones_launched", 4), ("drones_struck", 1)]


def test_one_closing_a_series_with_a_relative_clause_still_counts():
    d = run("The ports ministry said there were three drones: two brought down by the guards, one that got through.")
    assert number(d, "one").reason != "pronoun “one”, not a count"
