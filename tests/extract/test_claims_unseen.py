"""Counts in headline syntax and with long pre-modifiers, vague amounts coded as the codebook
says (C2), populations of guards (C12), partitive wholes (C6) and elided nouns (all sentences
written for these tests)."""
from __future__ import annotations

import pytest

from helpers import run


def got(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier, c.population) for c in run(text).claims}


@pytest.mark.parametrize("text, first, second", [
    ("4 drones, 3 shot down: Ports minister survives attack on his home", ("4 drones", "drones_launched", 4),
     ("3", "drones_downed", 3)),
    ("Four drones, three intercepted: Haddad unhurt", ("Four drones", "drones_launched", 4), ("three", "drones_downed", 3)),
    ("Officials said four drones were launched, two of them shot down by the guards.",
     ("four drones", "drones_launched", 4), ("two", "drones_downed", 2)),
])
def test_the_verb_of_a_second_clause_goes_with_the_second_number_only(text, first, second):
    found = {(t, q, v) for t, q, v, _, _ in got(text)}
    assert first in found and second in found


@pytest.mark.parametrize("text, value, population", [
    ("Seven of Ports Minister Omar Haddad's bodyguards were wounded.", 7, "security_forces"),
    ("Seven of Haddad's bodyguards were wounded.", 7, "pm_guards"),
    ("Seven of Prime Minister Nour Karim's bodyguards were wounded.", 7, "pm_guards"),
    ("The blast wounded six members of the prime minister's personal protection team.", 6, "pm_guards"),
    ("The attack left two members of his security detail wounded.", 2, "pm_guards"),
    ("The attack wounded two guards, a security source said.", 2, "pm_guards"),
    ("Twenty-five people were hurt in the clashes.", 25, "people"),
    ("Twenty five people were hurt in the clashes.", 25, "people"),
])
def test_long_pre_modifiers_and_owners_of_guards(text, value, population):
    (claim,) = [c for c in run(text).claims]
    assert (claim.quantity, claim.value, claim.population) == ("injured", value, population)


@pytest.mark.parametrize("text, value, qualifier", [
    ("Dozens of protesters were wounded in the clashes.", 24, "at_least"),
    ("Hundreds were injured in the clashes.", 200, "at_least"),
    ("Several guards were wounded.", 3, "at_least"),
    ("A dozen guards were wounded.", 12, "about"),
    ("Scores of protesters were injured.", None, "unspecified"),
    ("A handful of guards were hurt.", None, "unspecified"),
    ("A few guards were hurt.", None, "unspecified"),
    ("A couple of guards were hurt.", None, "unspecified"),
])
def test_vague_amounts_are_coded_as_the_codebook_says(text, value, qualifier):
    (claim,) = [c for c in run(text).claims]
    assert (claim.quantity, claim.value, claim.qualifier) == ("injured", value, qualifier)


def test_the_whole_of_a_partitive_is_launched_unless_its_own_verb_says_more():
    found = {(t, q, v) for t, q, v, _, _ in got("Guards shot down two of the three drones.")}
    assert found == {("two", "drones_downed", 2), ("three drones", "drones_launched", 3)}
    found = {(t, q, v) for t, q, v, _, _ in got("One of the two drones that reached the pier failed to explode.")}
    assert found == {("two drones", "drones_struck", 2)}
