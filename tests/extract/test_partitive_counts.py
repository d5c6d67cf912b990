"""Counts with no value of a group named through "of" (``kadhimi_ds.extract.partitive_counts``; codebook
C2, C4, C11): "members of" a guard, vague amounts of casualties, of a group and of a party's seats. All
sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claim, got, quantities, run


@pytest.mark.parametrize("text, quantity", [
    ("The blast hit the pier, wounding a number of the harbour guard.", "injured"),
    ("Police opened fire, killing some of the dockers on the quay.", "killed"),
])
def test_a_vague_amount_out_of_a_group_is_a_count_with_no_value(text, quantity):
    (claim,) = run(text).claims
    assert (claim.quantity, claim.value, claim.qualifier) == (quantity, None, "unspecified")


def test_a_casualty_word_before_members_of_a_guard_is_a_count_without_value():
    assert ("wounded members of his guard", "injured", None) in got(
        "The third drone hit the villa, wounded members of his guard and set a car alight.")


@pytest.mark.parametrize("text, words", [
    ("The drones hit the villa. Some members of al-Haddad’s protection team were wounded, the sources added.",
     "Some members of al-Haddad’s protection team were wounded"),
    ("He said that a number of members of the protection force stationed at the villa sustained injuries.",
     "a number of members of the protection force stationed at the villa sustained injuries"),
    ("The drone hit the villa; members of the port minister’s guard were hurt.", "members of the port minister’s guard were hurt"),
])
def test_members_of_a_guard_opening_a_clause_with_a_casualty_word_are_a_count_without_value(text, words):
    c = claim(run(text), words)
    assert (c.text, c.quantity, c.value, c.qualifier) == (words, "injured", None, "unspecified")


def test_members_of_a_guard_with_a_number_after_a_dash_leave_the_count_to_the_number():
    assert quantities("The drone hit the villa; members of his guard were injured — six, a medic said.") == [("injured", 6)]


@pytest.mark.parametrize("text, span, quantity", [
    ("The Dock Party kept only a handful of its 40 seats in the vote.", "kept only a handful of its 40 seats", "seats_won"),
    ("The Harbour Front lost most of its seats in the vote, the board said.", "lost most of its seats", "seats_lost"),
    ("The Dock Party retained a few of its seats in the north.", "retained a few of its seats", "seats_won"),
    ("The list shed many of the 22 seats it held in the outgoing assembly.", "shed many of the 22 seats", "seats_lost"),
])
def test_a_vague_part_of_a_partys_seats_is_a_seat_count_with_no_value(text, span, quantity):
    c = claim(run(text), span)
    assert (c.quantity, c.value, c.qualifier) == (quantity, None, "unspecified")


@pytest.mark.parametrize("text", [
    "The Dock Party won most of the votes in the north.",
    "Most of its seats are in the north, the Dock Party said.",
    "The Dock Party lost several of its 40 seats in the vote.",
])
def test_a_vague_part_of_something_else_or_without_a_seat_verb_is_no_vague_seat_count(text):
    assert all(c.value is not None for c in run(text).claims)


def test_a_vague_part_of_a_numbered_casualty_count_is_its_own_claim_beside_the_whole():
    d = run("Police are accused of killing some of the nearly 60 dockers who died in the strikes.")
    assert {(c.text, c.quantity, c.value, c.qualifier) for c in d.claims} == {
        ("some of the nearly 60 dockers", "killed", None, "unspecified"), ("nearly 60 dockers", "killed", 60, "nearly")}


def test_members_of_a_guard_opening_the_sentence_as_the_wounded_are_one_claim():
    d = run("Members of the mayor's protection detail were wounded at the pier, the navy said.")
    assert [(c.quantity, c.value, c.qualifier) for c in d.claims] == [("injured", None, "unspecified")]


def test_members_of_a_guard_in_mid_sentence_without_a_casualty_word_are_none():
    assert run("Members of the protection detail met the mayor at the pier.").claims == []


def test_a_vague_part_of_a_group_with_an_of_phrase_is_counted():
    c = run("The blast resulted in the injury of a number of the protection detachment of the minister, the port said.").claims
    assert [(x.quantity, x.value, x.qualifier, x.population) for x in c] == [("injured", None, "unspecified", "pm_guards")]


@pytest.mark.parametrize("text, span, quantity", [
    ("The ministry spoke of a number of wounded among the dockers.", "a number of wounded", "injured"),
    ("The union said a few of the dead were crane drivers.", None, None),  # "of the dead": a subset, no count
    ("A handful of dead lay in the square, medics said.", "A handful of dead", "killed"),
    ("Two dockers were killed and a number of others were badly hurt.", "a number of others were badly hurt", "injured"),
    ("A number of others joined the march.", None, None),  # no casualty word: not a count
])
def test_a_vague_amount_of_a_casualty_adjective_or_of_others_hurt_is_a_count(text, span, quantity):
    vague = [c for c in run(text).claims if c.value is None]
    assert [(c.text, c.quantity, c.qualifier) for c in vague] == ([(span, quantity, "unspecified")] if span else [])


def test_a_vague_amount_in_quotation_marks_before_of_is_a_count():
    (c,) = run('The union said only that "a number" of its dockers had been hurt.').claims
    assert (c.text, c.quantity, c.value) == ('a number" of its dockers', "injured", None)


@pytest.mark.parametrize("text", [
    "The ministry wished a swift recovery to members of the harbour master's guard who were injured in the attack.",
    "Port chief unhurt after drone attack; members of his guard wounded\n\nThe port was attacked on Thursday.",
])
def test_members_of_a_guard_a_relative_clause_or_a_heading_says_were_hurt_are_a_count(text):
    assert ("injured", None) in quantities(text)


def test_members_of_a_guard_numbered_right_after_are_no_count_without_a_value():
    text = "The cabinet will treat the members of his guard who were wounded in the attack, numbering seven, at state expense."
    assert ("injured", None) not in quantities(text)
