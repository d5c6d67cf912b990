"""What a number with no noun after it counts (``kadhimi_ds.extract.bare_numbers``; codebook C7, C11,
C12 note): a place in the results, a downing verb split by the number, a counting verb after it, drones shot
down or hitting a target, and the nearest counted noun before it. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claim, quantities, run


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


@pytest.mark.parametrize("text, value, span", [
    ("The Harbour Front won 40 seats in the new assembly, while the Dock Party came second with 31.", 31, "with 31"),
    ("The Dock Party came first with 61, and the Harbour Front took 40 seats.", 61, "with 61"),
    ("The Dock Party finished third with about 22, the board said. The Harbour Front won 40 seats.", 22, "with about 22"),
    ("In the new 150-member parliament, the Dock Party came out on top with 61.", 61, "with 61"),
])
def test_a_bloc_placed_in_the_results_with_a_bare_number_won_that_many_seats(text, value, span):
    found = [c for c in run(text).claims if c.value == value]
    assert [(c.quantity, c.text) for c in found] == [("seats_won", span)]


@pytest.mark.parametrize("text, value", [
    ("The Dock Party came second with 31 percent of the vote, behind the Harbour Front’s 40 seats.", 31),
    ("The harbour team came first with 61 in the regatta on Sunday.", 61),
    ("The Dock Party came second with 31 votes in the assembly’s vote on 150 seats for the port board.", 31),
])
def test_a_place_with_a_number_of_something_else_or_outside_an_election_is_no_seat_count(text, value):
    assert all(c.value != value for c in run(text).claims)


def test_an_elided_number_passes_over_the_noun_of_a_number_compound():
    found = {(c.quantity, c.value) for c in run("The Harbour Front won 17 seats in the 329-member parliament, down from 48 in the "
                                                 "outgoing chamber.").claims}
    assert ("seats_previous", 48) in found


@pytest.mark.parametrize("text, span, value", [
    ("The navy said four drones crossed the bay and that sailors had brought one down near the pier.", "brought one down", 1),
    ("Three drones flew at the depot; guards shot two down before dawn, the port said.", "shot two down", 2),
])
def test_a_number_between_a_downing_verb_and_its_particle_counts_downed_drones(text, span, value):
    assert (span, "drones_downed", value) in rows(text)


def test_a_number_that_was_hospitalised_counts_the_injured_whatever_noun_came_before():
    """"Two dockers fell as martyrs and 19 were hospitalised": the elided noun's own verb says injured (C9)."""
    assert rows("Two dockers fell as martyrs and 19 were hospitalised with injuries.") == {
        ("Two dockers", "killed", 2), ("19", "injured", 19)}


@pytest.mark.parametrize("text, value", [
    ("A port source said seven were being treated for their injuries.", 7),
    ("Two officials said four sailors were hurt; a harbour source later said five were treated for shrapnel wounds.", 5),
])
def test_a_number_treated_for_injuries_after_a_source_counts_the_injured(text, value):
    """"a source later said seven were being treated for their injuries": the number is the subject of a treatment
    for wounds (C9), so the source before it speaks and is not what is counted (I5)."""
    assert ("injured", value) in {(c.quantity, c.value) for c in run(text).claims}


def test_a_number_shot_down_counts_the_drones_of_an_earlier_paragraph():
    text = "Four drones flew over the docks.\n\nA guard spoke to us. “We shot down three of them,” he said."
    assert ("three of them", "drones_downed", 3) in rows(text)


def test_a_number_shot_down_in_an_article_without_drones_counts_nothing():
    assert rows("Police spoke to us. “We shot down three of them,” he said.") == set()


@pytest.mark.parametrize("when", ["in the small hours of Tuesday", "in the early hours", "in the wee hours of the morning"])
def test_a_number_after_a_time_of_day_stands_for_the_drones_before_it(when):
    found = rows(f"Four drones approached the depot {when}; two were shot down and the guards fired on the rest, the army said.")
    assert ("two", "drones_downed", 2) in found, found


def test_a_counted_duration_still_makes_a_number_after_it_a_time():
    found = rows("The siege of the port lasted three days, up from two in the last blockade.")
    assert not {f for f in found if f[2] == 2}, found


@pytest.mark.parametrize("text", [
    "The navy said three drones were launched, two were brought down by the guards and one hit the customs office.",
    "Three drones flew in from the sea. Two were jammed by the sailors and one then struck the crane.",
])
def test_a_bare_number_that_hits_a_target_counts_drones_not_the_guards_before_it(text):
    assert ("drones_struck", 1) in {(c.quantity, c.value) for c in run(text).claims}


def test_a_bare_number_that_hits_a_target_counts_no_drone_where_none_was_counted():
    assert not any(c.quantity.startswith("drones") for c in run("Two dockers threw stones, and one hit a guard.").claims)


@pytest.mark.parametrize("text, expected", [
    ("Four drones, officials said; three were shot down by the navy and one hit the depot.",
     [("drones_downed", 3), ("drones_launched", 4), ("drones_struck", 1)]),
    ("Two diplomats said the port was hit, while a customs official said five were hurt.", [("injured", 5)]),
    ("Nine dockers were treated, and according to witnesses, two were killed.", [("killed", 2)]),
])
def test_a_number_that_is_the_subject_of_a_counting_verb_skips_the_source_before_it(text, expected):
    assert quantities(text) == expected


def test_an_elided_number_takes_the_counted_noun_not_the_speakers_modifier():
    c = claim(run("Port sources said six guards were hurt, while a police official said seven were hurt."), "seven")
    assert (c.quantity, c.value, c.population) == ("injured", 7, "pm_guards")


@pytest.mark.parametrize("text, found", [
    ("How many drones hit the pier? The navy says three, two of them shot down.",
     [("drones_downed", 2), ("drones_launched", 3)]),
    ("How many drones were there?\n\nReports have said one, two or three.", [("drones_launched", None)]),
])
def test_the_bare_numbers_answering_how_many_count_what_it_asks(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text", [
    "How many drones were there? Nobody knows. It took three hours to clear the roof.",
    "How many ships came in? The navy says three.",
    "How did they get there? The navy says three.",
])
def test_a_how_many_question_of_another_thing_or_none_counts_nothing(text):
    assert run(text).claims == []
