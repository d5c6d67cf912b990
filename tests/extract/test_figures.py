"""Figures that a source puts at a number (``kadhimi_ds.extract.figures``): a toll among a
group, a figure put "as high as" a number, a figure restating a count without a value, and a count
a source speaks of. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claim, claims_by_text, quantities, run


def rows(text: str) -> set[tuple]:
    return {(c.quantity, c.value, c.qualifier, c.population) for c in run(text).claims}


def test_a_death_toll_among_a_group_is_killed():
    assert rows("Omar Haddad has put the death toll among protesters at three.") == {("killed", 3, "exact", "protesters")}


def test_a_toll_put_as_high_as_a_number_is_exact():
    found = rows("Two dockers died, the ministry said, and some reports put the toll as high as five.")
    assert ("killed", 5, "exact", "people") in found


def test_a_figure_restating_a_count_without_a_value():
    found = rows("The ministry said “a number” of guards had been wounded; a source later put the figure at six.")
    assert ("injured", None, "unspecified", "pm_guards") in found and ("injured", 6, "exact", "pm_guards") in found


@pytest.mark.parametrize("sentence, found", [
    ("State television has spoken only of “a drone”.", ("drones_launched", 1)),
    ("Port officials spoke only of a drone, not two.", ("drones_launched", 1)),
])
def test_a_count_a_source_speaks_of(sentence, found):
    assert found in {(q, v) for q, v, _, _ in rows(sentence)}


def test_a_figure_with_nothing_counted_before_it_is_no_claim():
    assert not run("The board put the figure at seven on Friday.").claims


@pytest.mark.parametrize("text, found", [
    ("Four dockers were hurt, a port official said. A second official put the figure at five.", ("injured", 5, "exact", "people")),
    ("Two guards were killed, the ministry said. Another source later put the number at three.", ("killed", 3, "exact", "pm_guards")),
])
def test_a_figure_restating_the_count_of_the_sentence_before(text, found):
    assert found in rows(text)


@pytest.mark.parametrize("text", [
    "Four dockers were hurt, a port official said.\n\nA second official put the figure at five.",  # another paragraph
    "The port reopened after four days, a port official said. A second official put the figure at five.",  # nothing counted
])
def test_a_figure_with_no_count_just_before_it_in_its_paragraph_is_no_claim(text):
    assert not any(v == 5 for _, v, _, _ in rows(text))


@pytest.mark.parametrize("text", [
    "A hospital official put the death toll from that night’s clashes at four.",
    "The ministry put the death toll in the port riots at four.",
])
def test_a_death_toll_from_a_happening_is_killed(text):
    assert ("killed", 4, "exact", "people") in rows(text)


def test_a_figure_raised_to_a_number_counts_what_the_claim_before_it_counts():
    found = rows("The port clinic first said 12 dockers were injured; by night it had raised the figure to 40.")
    assert ("injured", 40, "exact", "people") in found


@pytest.mark.parametrize("text, found", [
    ("Forty dockers were hurt in the fire. The union has put the toll at three dead.", ("killed", 3, "exact", "people")),
    ("Two sailors died at the pier, while a medic put the figure at nine wounded.", ("injured", 9, "exact", "people")),
])
def test_a_casualty_word_after_the_figure_says_what_it_counts(text, found):
    assert found in rows(text)


def test_an_earlier_figure_the_count_rose_from_is_a_claim_of_its_quantity():
    """"rose to seven from an initial four": the earlier figure counts what the claim before it counts."""
    assert quantities("The number of wounded dockers rose to seven from an initial four, the port said.") == [
        ("injured", 4), ("injured", 7)]


@pytest.mark.parametrize("text, span, quantity, value", [
    ("The union now says two dockers were killed, up from one, and 40 people were hurt.", "up from one", "killed", 1),
    ("Police said six guards were hurt, down from eight.", "down from eight", "injured", 8),
    ("Nine dockers were wounded, two officials said, up from the five reported by police at noon.", "up from the five",
     "injured", 5),
    ("Haddad said nine dockers had been wounded, up from the five the ministry announced on Monday.", "up from the five",
     "injured", 5),
])
def test_the_earlier_figure_after_up_from_or_down_from_counts_what_the_count_before_it_counts(text, span, quantity, value):
    found = {c.text: (c.quantity, c.value, c.qualifier) for c in run(text).claims}
    assert found[span] == (quantity, value, "exact")


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("Officials said four guards were wounded, while a hospital doctor put the figure at six.", "put the figure at six",
     "injured", 6, "exact"),
    ("Police said two drones were shot down; Haddad later put the number at about five.", "put the number at about five",
     "drones_downed", 5, "about"),
    ("At least nine dock workers died, though the union puts the toll at 12.", "puts the toll at 12", "killed", 12, "exact"),
])
def test_a_figure_put_at_a_number_counts_what_the_claim_before_it_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier) == (quantity, value, qualifier)
    assert c.population_text.split()[-1] in ("figure", "number", "toll")


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("At least one docker was killed at the gate, some say two.", "two", "killed", 2, "exact"),
    ("Port sources said eight guards were hurt, though the ministry spoke of just three.", "three", "injured", 3, "exact"),
    ("The union counted 12 dead; the harbour master, quoting medics, said nine.", "nine", "killed", 9, "exact"),
    ("Witnesses said four drones were shot down, while the navy reported about six.", "about six", "drones_downed", 6, "about"),
])
def test_a_bare_figure_after_a_verb_of_saying_counts_what_the_claim_before_it_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier) == (quantity, value, qualifier)


@pytest.mark.parametrize("text", [
    "Eight guards were hurt, officials said two days later.",
    "The mayor said two.",
    "Eight guards were hurt; the minister said two officials had resigned.",
])
def test_a_figure_after_saying_with_a_noun_or_no_count_before_is_no_restatement(text):
    assert all(c.value != 2 for c in run(text).claims)


def test_a_figure_with_no_count_before_it_is_no_claim():
    assert run("The mayor put the figure at six, without saying what it counted.").claims == []


def test_put_at_takes_its_subject_as_claimant():
    text = "Lina Sabbagh put the number of dockers injured in the fire at nine."
    assert claim(run(text), "at nine").claimed_by == "lina-sabbagh"


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("Medics said two guards were wounded; by noon the figure being passed around was six.", "was six", "injured", 6, "exact"),
    ("Two guards were wounded on Sunday, and the figure was later revised to four.", "revised to four", "injured", 4, "exact"),
    ("Officials counted two dead dockers, though by night the number being cited was three.", "was three", "killed", 3, "exact"),
    ("Two guards were wounded; by noon the tally stood at at least five.", "stood at at least five", "injured", 5, "at_least"),
])
def test_a_figure_given_by_a_copula_or_a_verb_of_rising_counts_what_the_claim_before_it_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier, c.rule) == (quantity, value, qualifier, "restated_figure")


@pytest.mark.parametrize("text", [
    "Two guards were wounded and the count took three hours.",
    "The figure being passed around was six.",
    "Two guards were wounded and the number of drones was three.",
])
def test_a_figure_with_a_noun_of_its_own_or_no_count_before_is_no_restated_casualty(text):
    assert not [c for c in run(text).claims if c.rule == "restated_figure"]


@pytest.mark.parametrize("text, span, quantity, value, claimant", [
    ("Six guards were wounded, according to two port sources. Reuters put it at seven.", "put it at seven", "injured", 7, "reuters"),
    ("Four dockers were hurt, the ministry said, while Reuters gave a figure of five.", "gave a figure of five", "injured", 5, "reuters"),
])
def test_a_figure_put_as_it_or_given_as_a_figure_of_counts_what_the_count_before_it_counts(text, span, quantity, value, claimant):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier, c.claimed_by) == (quantity, value, "exact", claimant)


def test_it_put_at_a_number_with_nothing_counted_before_is_no_claim():
    assert not run("The port reopened on Friday. Reuters put it at seven.").claims


@pytest.mark.parametrize("text, span, quantity, value", [
    ("One docker was killed at the gate. The union says two, and it has called a strike.", "two", "killed", 2),
    ("One docker was killed at the gate - the union says two - and the port was closed.", "two", "killed", 2),
    ("A guard was wounded in the blast. His colleagues say it was two.", "it was two", "injured", 2),
    ("The ministry said three guards were hurt. A local station was reporting five.", "five", "injured", 5),
])
def test_a_bare_figure_after_saying_restates_the_count_of_the_sentence_before_or_across_a_dash(text, span, quantity, value):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.rule) == (quantity, value, "restated_figure")


@pytest.mark.parametrize("text", [
    "Three guards were hurt.\n\nThe mayor said two.",
    "Three guards were hurt. The mayor said two days later that the gate would reopen.",
    "The mayor met the families. The union says two.",
])
def test_a_bare_figure_after_saying_with_no_count_in_the_sentence_before_is_no_restatement(text):
    assert all(c.value != 2 for c in run(text).claims)


@pytest.mark.parametrize("text, span, quantity, value", [
    ("Guards were injured - six, according to a port source, two according to a later briefing.", "two", "injured", 2),
    ("The clashes ended with two dockers dead, according to the union, and one, according to the ministry.", "one", "killed", 1),
    ("Six guards were hurt, the ministry told me. A doctor told me seven.", "seven", "injured", 7),
])
def test_a_listed_figure_with_its_own_source_or_told_to_the_writer_restates_the_count_before(text, span, quantity, value):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.rule) == (quantity, value, "restated_figure")


def test_a_figure_a_casualty_verb_governs_before_according_to_is_its_own_count():
    d = run("The police killed two dockers and injured more than 40, according to the union.")
    assert {(c.quantity, c.value) for c in d.claims} == {("killed", 2), ("injured", 40)}
