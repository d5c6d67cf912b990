"""Casualty counts given as a toll (``kadhimi_ds.extract.tolls``): a toll or a "number of" the killed or
wounded put at or risen to a number says the quantity and the group itself (C9, C12). All sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers import got, run


def rows(text: str) -> set[tuple]:
    return {(c.quantity, c.value, c.qualifier, c.population) for c in run(text).claims}


@pytest.mark.parametrize("text, found", [
    ("By night the number of guards wounded had risen to seven, a port source said.", ("injured", 7, "exact", "pm_guards")),
    ("The union said the number of martyrs among the marchers had risen to three.", ("killed", 3, "exact", "protesters")),
    ("The Tide Guard put the death toll among demonstrators at two.", ("killed", 2, "exact", "protesters")),
    ("The toll from the fire at the docks rose to four, medics said.", ("killed", 4, "exact", "people")),
    ("Guards' injury toll rises to seven", ("injured", 7, "exact", "pm_guards")),
    ('The officer had put the number of wounded guards at "at least five".', ("injured", 5, "at_least", "pm_guards")),
    ("Medics put the death toll among dockers at “three”.", ("killed", 3, "exact", "people")),
    ("The injury toll among dockers rose to nine, medics said.", ("injured", 9, "exact", "people")),
])
def test_a_toll_says_its_quantity_and_group(text, found):
    assert rows(text) == {found}


@pytest.mark.parametrize("adverb", ["overnight", "today", "earlier in the day", "later in the day"])
def test_a_time_adverb_after_the_figure_of_a_toll_is_no_counted_noun(adverb):
    assert rows(f"Medics said the toll from the pier clashes had risen to three {adverb}.") == {("killed", 3, "exact", "people")}


def test_a_noun_after_the_figure_of_a_toll_is_still_counted():
    assert rows("Medics said the toll from the pier clashes had risen to three cranes.") == set()


@pytest.mark.parametrize("heading, found", [
    ("10:40 - Injured guards now seven", ("Injured guards now seven", "injured", 7, "pm_guards")),
    ("Civilians wounded now 12, medics say", ("Civilians wounded now 12", "injured", 12, "people")),
    ("Dead protesters now at three", ("Dead protesters now at three", "killed", 3, "protesters")),
])
def test_a_heading_that_updates_a_casualty_noun_with_now_is_a_toll(heading, found):
    assert found in {(c.text, c.quantity, c.value, c.population) for c in run(heading + "\n\nThe pier was attacked on Thursday.").claims}


@pytest.mark.parametrize("heading", ["Cranes now seven at the new quay", "Guards now seven at the gate"])
def test_now_before_a_number_without_a_casualty_word_is_no_toll(heading):
    assert not run(heading + "\n\nThe pier was attacked on Thursday.").claims


def test_a_toll_raised_by_a_death_counts_people_not_the_dead_one():
    found = rows("Another protester died on Monday, raising the toll from the pier clashes to three, medics said.")
    assert found == {("killed", 3, "exact", "people"), ("killed", 1, "exact", "protesters")}


@pytest.mark.parametrize("text", [
    "The council put the number of cranes at 14.",
    "The port put the number of dockers at work at 300.",
])
def test_a_number_of_things_with_no_casualty_word_is_no_toll(text):
    assert not run(text).claims


@pytest.mark.parametrize("text, span, quantity, value", [
    ("The coast guard put the number of sailors injured at 14.", "sailors injured at 14", "injured", 14),
    ("Medics gave the tally of dock workers killed at nine.", "dock workers killed at nine", "killed", 9),
    ("Westport radio, citing the navy, put the number of guards wounded at about six.", "guards wounded at about six", "injured", 6),
])
def test_a_number_of_the_counted_put_at_a_figure_is_one_claim_with_its_noun(text, span, quantity, value):
    draft = run(text)
    assert [(c.text, c.quantity, c.value) for c in draft.claims] == [(span, quantity, value)]


def test_a_number_of_things_put_at_a_figure_is_no_casualty_claim():
    assert run("The council put the number of ships at 14.").claims == []


@pytest.mark.parametrize("text, span, quantity, value", [
    ("Port officials put the number of dockers injured in the fire at as many as nine.",
     "dockers injured in the fire at as many as nine", "injured", 9),
    ("A ministry statement put the number of wounded sailors at two.", "wounded sailors at two", "injured", 2),
    ("Harbour police put the number of dead fishermen at four.", "dead fishermen at four", "killed", 4),
    ("Medics put the number of sailors killed during Friday’s clashes at 11.", "sailors killed during Friday’s clashes at 11",
     "killed", 11),
])
def test_a_number_of_the_wounded_put_at_a_figure_is_counted(text, span, quantity, value):
    assert (span, quantity, value) in got(text)


def test_a_number_of_things_put_at_a_figure_without_a_casualty_is_no_claim():
    assert run("Port officials put the number of cranes damaged in the fire at nine.").claims == []
