"""Counts a sentence finds no evidence for (``kadhimi_ds.extract.denials``): no claim, and an ordinal
after such a zero closes no series. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import number, quantities, run


@pytest.mark.parametrize("text, words", [
    ("The harbour master said one drone had hit the crane, but he had seen nothing to suggest a second.", "second"),
    ("A diver said one drone hit the crane and there was no sign of a second drone.", "second"),
    ("Medics found no evidence that there were two blasts at the pier.", "two"),
    ('A guard said he had "seen nothing" to suggest a third drone.', "third"),
])
def test_a_count_without_evidence_is_no_claim(text, words):
    assert number(run(text), words).reason == "count without evidence (I6)"
    assert ("drones_launched", 2) not in quantities(text)


@pytest.mark.parametrize("text, found", [
    ("Guards shot down two drones and a third hit the crane.", [("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]),
    ("The ministry said nothing else; two drones hit the crane.", [("drones_struck", 2)]),
])
def test_counts_with_evidence_stay(text, found):
    assert quantities(text) == found


LEDE = "The harbour authority said on Tuesday that the main crane at the eastern dock was hit during the night."


@pytest.mark.parametrize("sentence, written, reason", [
    ("“Six drones hit the depot, not two,” the post said.", "two", "denied count (I6)"),
    ("No official or independent source has reported six drones.", "six", "denied count (I6)"),
    ("The port authority has not confirmed the deaths of two guards.", "two", "denied count (I6)"),
    ("Nobody has seen that four drones were launched.", "four", "denied count (I6)"),
    ("Police never said 12 dockers were hurt.", "12", "denied count (I6)"),
    (LEDE + "\n\nEditor’s note: An earlier version of this article said the navy had reported three drones.", "three",
     "retracted figure (I6)"),
    (LEDE + " A previous version of this story misstated that nine guards were hurt.", "nine", "retracted figure (I6)"),
])
def test_denied_and_retracted_counts_are_no_claims(sentence, written, reason):
    d = run(sentence)
    n = number(d, written)
    assert not n.is_claim and n.reason == reason
    assert all(c.value != n.value for c in d.claims)


@pytest.mark.parametrize("sentence, expected", [
    ("Officials have confirmed that three drones were launched.", ("drones_launched", 3)),
    ("Not far from the gate, two guards were wounded.", ("injured", 2)),
    ("The ministry said no shots were fired but two drones were shot down.", ("drones_downed", 2)),
    ("The port had not reopened when six dockers were hurt in a second blast.", ("injured", 6)),
])
def test_counts_near_a_negation_that_does_not_govern_them_stay_claims(sentence, expected):
    assert expected in quantities(sentence)


@pytest.mark.parametrize("text", [
    "“We would not send toys,” he said, dismissing the talk of three drones as “theater.”",
    "The militia rejected reports of two drones over the port.",
])
def test_a_count_in_talk_a_denial_dismisses_is_no_claim(text):
    assert quantities(text) == []


def test_a_count_after_a_dismissal_of_something_else_stays():
    assert quantities("The ministry dismissed the criticism; three drones hit the crane.") == [("drones_struck", 3)]
