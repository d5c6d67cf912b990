"""Singular counts (``kadhimi_ds.extract.singulars``; codebook C3): a seat won or lost with "a" or "a
single", and a singular whose noun phrase holds an age. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claim, got, quantities, run


def rows(text: str) -> list[tuple]:
    return [(c.text, c.quantity, c.value, c.qualifier) for c in run(text).claims]


@pytest.mark.parametrize("text, found", [
    ("The Tide Guard list won a single seat in the council vote.", [("a single seat", "seats_won", 1, "exact")]),
    ("The Harbour Front lost a seat in the recount.", [("a seat", "seats_lost", 1, "exact")]),
])
def test_a_seat_won_or_lost_is_a_count_of_one(text, found):
    assert rows(text) == found


def test_a_seat_without_a_verb_of_winning_is_no_count():
    assert rows("Haddad was offered a seat at the table.") == []


def test_a_singular_with_an_age_in_its_noun_phrase_counts_one():
    assert rows("A 24-year-old demonstrator was shot dead at the port gate, his family said.") == [
        ("A 24-year-old demonstrator", "killed", 1, "exact")]


@pytest.mark.parametrize("text, claimant", [
    ("The crane was targeted on Sunday by what the ports ministry initially described as “an explosives-laden drone”.", "ports-ministry"),
    ("The pier in the old harbour was struck overnight by what Omar Haddad said was a small drone.", "omar-haddad"),
])
def test_a_singular_named_in_a_free_relative_takes_the_verb_before_what(text, claimant):
    """"targeted by what the ministry described as “a drone”": the verb of use stands before "what" (C3, C7)."""
    assert [(c.quantity, c.value, c.claimed_by) for c in run(text).claims] == [("drones_launched", 1, claimant)]


def test_a_singular_in_a_free_relative_without_a_verb_of_use_is_no_count():
    assert run("The minister, in what he called a drone of a speech, spoke for hours.").claims == []


@pytest.mark.parametrize("text, counted", [
    # an apposition set off by commas after a definite noun describes the one already counted (C3)
    ("Two dockers died. The union said the second victim, a 31-year-old man, was shot at the gate.", False),
    ("At the gate, a protester, a student, was killed.", True),  # the apposition follows the counted singular
    ("The funeral of the slain docker, a father of three, drew hundreds.", False),
    ("At the gate, a protester was killed by police fire.", True),
])
def test_an_apposition_to_a_definite_noun_is_no_singular_count(text, counted):
    assert any(c.rule == "singular" for c in run(text).claims) is counted


@pytest.mark.parametrize("sentence, words", [
    ("Our correspondent nearby heard a single muffled bang, and nothing more.", "a single muffled bang"),
    ("Residents of the old port heard a loud bang.", "a loud bang"),
])
def test_a_bang_heard_is_an_explosion_of_one(sentence, words):
    d = run(f"Drones hit the depot on Thursday. {sentence}")
    assert ("explosions", 1) in {(c.quantity, c.value) for c in d.claims if c.text == words}


def test_a_bang_that_explodes_nothing_is_no_explosion():
    assert not [c for c in run("Drones hit the depot on Thursday. It was a big bang for the party.").claims if "bang" in c.text]


def test_a_singular_whose_modifier_says_it_was_killed_counts_one():
    assert ("a slain marcher", "killed", 1) in got("The union turned a slain marcher into the face of its campaign.")


def test_singular_counts_with_another_and_more_nouns():
    d = run("Another drone struck the roof. A resident was wounded by shrapnel. The guard's funeral was held.")
    assert (claim(d, "Another drone").quantity, claim(d, "Another drone").value) == ("drones_struck", 1)
    assert (claim(d, "A resident").quantity, claim(d, "A resident").population) == ("injured", "people")
    assert not any("guard" in c.text for c in d.claims)


def test_a_drone_with_no_part_in_the_attack_is_no_claim():
    assert run("A drone costs less than a car.").claims == []


def test_a_bang_with_no_sound_of_the_attack_is_no_claim():
    assert run("The reform began with a bang in the assembly.").claims == []


@pytest.mark.parametrize("text, quantity", [
    ("A statement from the ports ministry referred to a single drone.", "drones_launched"),
    ("The navy said a single drone was shot down over the harbour.", "drones_downed"),
    ("Only a single explosive-laden drone hit the depot, the navy said.", "drones_struck"),
])
def test_a_single_drone_counts_one_like_one_drone(text, quantity):
    (c,) = run(text).claims
    assert (c.quantity, c.value, c.qualifier, c.text.lower().startswith("a single")) == (quantity, 1, "exact", True)


@pytest.mark.parametrize("text", [
    "Not a single drone reached the port.",
    "The navy said not a guard was hurt.",
    "Officials blamed a single drone attack on the port for the fire.",
    "The ports ministry spoke of a drone.",
])
def test_a_negated_single_or_a_drone_with_no_part_is_no_count(text):
    assert run(text).claims == []


@pytest.mark.parametrize("text, found", [
    ("Police are examining the wreckage of a downed drone near the depot.", [("drones_downed", 1)]),
    ("Engineers took apart an intercepted drone on Monday.", [("drones_downed", 1)]),
    ("Engineers took apart a small drone on Monday.", []),  # no participle of downing, no verb of use
])
def test_a_singular_drone_with_a_participle_of_downing_is_downed(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text, expected", [
    ("A 19-year-old guard was shot dead at the gate, medics said.", ("killed", 1)),
    ("A drone that tried to reach the control tower was shot down, the navy said.", ("drones_downed", 1)),
    ("A drone fell near the pier without exploding, the navy said.", ("drones_launched", 1)),
    ("A drone succeeded in carrying out the attack on the pier, the navy said.", ("drones_struck", 1)),
    ("One drone was shot down and the other one hit the crane, the navy said.", ("drones_struck", 1)),
])
def test_a_singular_past_an_age_or_a_relative_clause_counts_one(text, expected):
    assert expected in quantities(text)


def test_a_single_with_a_comma_before_its_adjective_counts_one():
    assert quantities("A channel insisted that a single, small drone had been involved in the attack on the depot.") \
        == [("drones_launched", 1)]


# --- casualties intended or narrowly missed (C9, I6) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "“Nobody sends a drone across the harbour to kill a man in a steel warehouse,” the analyst said.",
    "The bomb was big enough to kill two guards at the gate, police said.",
    "Sympathy for a protester who nearly died at the pier may help the union.",
    "A guard was almost killed when the crane fell, the port said.",
])
def test_a_casualty_intended_or_narrowly_missed_is_no_count(text):
    assert not [c for c in run(text).claims if c.quantity in ("killed", "injured")]


@pytest.mark.parametrize("text, found", [
    ("A guard was killed when the drone hit the gate, the port said.", ("A guard", "killed", 1)),
    ("Militiamen opened fire to disperse the crowd, killing a protester.", ("a protester", "killed", 1)),
    ("Nearly 40 dockers were hurt at the gate, medics said.", ("Nearly 40 dockers", "injured", 40)),
])
def test_a_casualty_reported_is_still_counted(text, found):
    assert found in {(c.text, c.quantity, c.value) for c in run(text).claims}
