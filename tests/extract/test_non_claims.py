"""Number expressions that are no claims (``kadhimi_ds.extract.non_claims``; codebook I3): an hour of the
day. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import number, quantities, run


@pytest.mark.parametrize("text, words", [
    ("Three drones flew toward the depot a little after 2 in the morning.", "2"),
    ("Three drones flew toward the depot at ten at night, police said.", "ten"),
    ("The guards heard three drones at 4 in the afternoon on Sunday.", "4"),
])
def test_an_hour_with_the_part_of_the_day_is_a_clock_time(text, words):
    d = run(text)
    assert number(d, words).reason == "clock time" and quantities(text) == [("drones_launched", 3)]


@pytest.mark.parametrize("text, found", [
    ("Police killed two in the morning raid on the docks.", ("killed", 2)),  # the day part qualifies "raid"
    ("Two guards were wounded in the morning, police said.", ("injured", 2)),  # a count with its noun
])
def test_a_count_near_a_day_part_is_still_a_count(text, found):
    assert found in quantities(text)


@pytest.mark.parametrize("text, words", [
    ("More than 40 dockers were killed or wounded in the fire, a medic said.", "40"),
    ("The blast at the pier killed or injured 12 sailors.", "12"),
    ("Nine guards were wounded or killed at the gate.", "Nine"),
])
def test_dead_and_wounded_without_a_split_are_no_coded_quantity(text, words):
    d = run(text)
    assert not d.claims and number(d, words).reason.endswith("(I5)")
