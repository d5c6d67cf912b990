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
