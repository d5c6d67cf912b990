"""Casualty counts given as a toll (``kadhimi_ds.extract.tolls``): a toll or a "number of" the killed or
wounded put at or risen to a number says the quantity and the group itself (C9, C12). All sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


def rows(text: str) -> set[tuple]:
    return {(c.quantity, c.value, c.qualifier, c.population) for c in run(text).claims}


@pytest.mark.parametrize("text, found", [
    ("By night the number of guards wounded had risen to seven, a port source said.", ("injured", 7, "exact", "pm_guards")),
    ("The union said the number of martyrs among the marchers had risen to three.", ("killed", 3, "exact", "protesters")),
    ("The Tide Guard put the death toll among demonstrators at two.", ("killed", 2, "exact", "protesters")),
    ("The toll from the fire at the docks rose to four, medics said.", ("killed", 4, "exact", "people")),
])
def test_a_toll_says_its_quantity_and_group(text, found):
    assert rows(text) == {found}


def test_a_toll_raised_by_a_death_counts_people_not_the_dead_one():
    found = rows("Another protester died on Monday, raising the toll from the pier clashes to three, medics said.")
    assert found == {("killed", 3, "exact", "people"), ("killed", 1, "exact", "protesters")}


@pytest.mark.parametrize("text", [
    "The council put the number of cranes at 14.",
    "The port put the number of dockers at work at 300.",
])
def test_a_number_of_things_with_no_casualty_word_is_no_toll(text):
    assert not run(text).claims
