"""Ranges whose noun the sentence counted before them (``kadhimi_ds.extract.ranges``; codebook C2 note,
C13). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier) for c in run(text).claims}


@pytest.mark.parametrize("text, found", [
    ("The Harbour Front fell from 31 seats to somewhere between 9 and 12, depending on the tally.",
     ("somewhere between 9 and 12", "seats_won", None, "unspecified")),
    ("Guards said three dockers were killed and between ten and twelve were wounded.",
     ("between ten and twelve", "injured", None, "unspecified")),
])
def test_a_range_between_numbers_takes_the_noun_counted_before_it(text, found):
    got = rows(text)
    ends = found[0].split()[-3::2]  # the two numbers of the range
    assert found in got and not any(c[0] in ends for c in got)


def test_a_range_of_clock_hours_is_no_count():
    got = rows("Three drones were launched at the depot between 2 and 3 am, the navy said.")
    assert got == {("Three drones", "drones_launched", 3, "exact")}


def test_a_range_after_its_casualty_verb_is_one_claim():
    assert rows("Fire at the pier wounds three to five guards") == {("three to five guards", "injured", None, "unspecified")}


@pytest.mark.parametrize("text, found", [
    ("Two drones flew at the pier. Port officials say one or two were brought down.",
     ("one or two", "drones_downed", None, "unspecified")),
    ("The blast hurt guards at the gate. Three or four were wounded, medics said.",
     ("Three or four", "injured", None, "unspecified")),
])
def test_alternatives_joined_by_or_take_the_noun_counted_before_them(text, found):
    got = rows(text)
    assert found in got and not any(c[2] is not None for c in got if c[1] == found[1])


@pytest.mark.parametrize("text, found", [
    ("Guards counted 3, 4 or 5 drones over the pier.", ("3, 4 or 5 drones", "drones_launched", None, "unspecified")),
    ("Three drones flew at the pier. So: one, two or three, depending on who you ask.",
     ("one, two or three", "drones_launched", None, "unspecified")),
])
def test_a_list_of_alternatives_closed_by_or_is_one_range(text, found):
    got = rows(text)
    assert found in got and len([c for c in got if c[2] is None]) == 1


def test_a_list_closed_by_and_is_no_range():
    assert [n.reason for n in run("Medics treated 3, 4 and 5 guards.").numbers][:2] == ["no counted noun"] * 2


def test_a_second_range_under_the_same_verb_is_a_range_too():
    got = rows("Counts of the pier attack range from two to four drones and from three to six wounded guards.")
    assert ("three to six wounded guards", "injured", None, "unspecified") in got
    assert not [c for c in got if c[2] is not None]


def test_a_change_from_one_count_to_another_after_and_is_no_range():
    got = rows("The Harbour Front won 40 seats and fell from 31 seats to 12 in the other chamber.")
    assert not [c for c in got if c[3] == "unspecified"]


@pytest.mark.parametrize("text, span, quantity", [
    ("Two or three drones hit the depot.", "Two or three drones", "drones_struck"),
    ("Guards shot down two or three drones.", "two or three drones", "drones_downed"),
    ("Three or four dockers were killed in the blaze.", "Three or four dockers", "killed"),
    ("At least 20 or 30 sailors were wounded.", "At least 20 or 30 sailors", "injured"),
])
def test_n_or_m_of_a_tracked_noun_is_one_claim_over_the_range(text, span, quantity):
    d = run(text)
    assert [(c.text, c.quantity, c.value, c.qualifier) for c in d.claims] == [(span, quantity, None, "unspecified")]
    assert all(n.is_claim for n in d.numbers)


@pytest.mark.parametrize("text", [
    "Small drones are the trademark of two or three groups.",
    "He has written two or three books on the port.",
])
def test_n_or_m_of_another_noun_is_no_claim(text):
    d = run(text)
    assert d.claims == [] and all("not a tracked quantity" in n.reason for n in d.numbers)


def test_a_choice_between_numbers_without_a_noun_is_judged_one_by_one():
    assert run("Was it two or three? Nobody knows.").claims == []


@pytest.mark.parametrize("sentence, words", [
    ("Port officials said between four and six dockers were wounded in the blast.", "between four and six dockers"),
    ("A union leader put the number of injured dockers at four to six.", "four to six"),
    ("A harbour official put the number of drones at “three or four” on Friday.", "three or four"),
    ("Tallies of wounded dockers have ranged from two to nine.", "two to nine"),
    ("Early reports put the number of injured guards at anywhere from two to seven.", "anywhere from two to seven"),
])
def test_a_range_is_one_claim_without_a_value(sentence, words):
    draft = run(sentence)
    assert [(c.value, c.qualifier) for c in draft.claims] == [(None, "unspecified")], \
        [(c.text, c.value, c.qualifier) for c in draft.claims]
    assert words in draft.claims[0].text


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbour Front fell from 48 to 17 seats.", {("seats_previous", 48), ("seats_won", 17)}),
    ("The bloc won between 40 and 45 seats, the board said.", {("seats_won", None)}),
])
def test_a_change_from_one_count_to_another_is_no_range(sentence, expected):
    assert {(c.quantity, c.value) for c in run(sentence).claims} == expected


@pytest.mark.parametrize("text, found", [
    ("The Harbour Front slumped to 16 seats, or 17 by some counts, from 40.",
     ("16 seats, or 17", "seats_won", None, "unspecified")),
    ("The blast at the pier wounded 16 guards, or 17.", ("16 guards, or 17", "injured", None, "unspecified")),
    ("16 of the dock guards were wounded, or 17, depending on whom you ask.",
     ("16 of the dock guards were wounded, or 17", "injured", None, "unspecified")),
    ("16 guards were shot dead, or 17 by the union's count.", ("16 guards were shot dead, or 17", "killed", None, "unspecified")),
])
def test_a_correction_after_the_noun_makes_a_range(text, found):
    got = rows(text)
    assert found in got and not any(c[0] in ("16 seats", "16 guards", "17") for c in got)


def test_a_second_number_with_a_noun_of_its_own_is_no_correction():
    got = rows("The Harbour Front won 16 seats, or 17 percent of the chamber.")
    assert ("16 seats", "seats_won", 16, "exact") in got


@pytest.mark.parametrize("text, found", [
    ("The Harbour Front won seats in the vote and was left with 17 — or 14, or 16, depending on which count you believe.",
     ("17 — or 14, or 16", "seats_won")),
    ("Reports of the number of drones have ranged from one to three.", ("drones have ranged from one to three", "drones_launched")),
])
def test_bare_alternatives_after_a_dash_and_a_ranged_number_of_a_noun_are_one_range(text, found):
    assert found in {(c.text, c.quantity) for c in run(text).claims if c.rule == "range" and c.value is None}


@pytest.mark.parametrize("text", [
    "Two dockers died, and three guards were hurt, or so the union said.",
    "The Harbour Front won 17 seats — or so its leader says.",
])
def test_an_or_that_adds_no_number_makes_no_range(text):
    assert not [c for c in run(text).claims if c.rule == "range"]


def test_both_numbers_of_a_range_that_is_no_claim_say_why():
    d = run("If two or three drones reach the port, the guards will be ready.")
    assert d.claims == []
    assert [(n.text, n.is_claim, n.reason) for n in d.numbers] == \
        [("two", False, "hypothetical, conditional or future count (I6)"), ("three", False, "hypothetical, conditional or future count (I6)")]


def test_a_casualty_word_before_the_noun_of_a_range_decides_its_quantity():
    d = run("The gap between two and seven wounded guards, or between one and four dead sailors, matters less.")
    assert [(c.quantity, c.value) for c in d.claims] == [("injured", None), ("killed", None)]


def test_a_range_restated_with_the_same_numbers_is_one_claim():
    first = "Between two and five drones were launched at the port on Thursday. "
    assert len(run(first + "Between two and five drones were launched, the harbour log shows.").claims) == 1
    assert len(run(first + "Between two and six drones were launched, a sailor wrote.").claims) == 2
