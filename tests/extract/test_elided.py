"""Counts with an elided noun (``kadhimi_ds.extract.elided``; codebook C3, C7): "another" and "others"
standing for drones counted before them in the sentence (a bare "the other" is none). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import quantities, run


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


@pytest.mark.parametrize("text, one", [
    ("A drone hit the crane and another was shot down over the quay, the navy said.", ("another", "drones_downed", 1)),
    ("A drone crashed into the pier, while another fell in the water.", ("another", "drones_launched", 1)),
])
def test_another_after_a_drone_counts_one_more_by_its_verb(text, one):
    assert one in rows(text)


@pytest.mark.parametrize("text", [
    "A drone hit the crane, and another attack followed in May.",
    "Another was shot down over the quay.",
    "One docker said the other was arrested.",
    "One drone was intercepted, while the other slammed into the customs office.",  # C3 lists "the other one" only
])
def test_another_without_a_drone_before_it_or_with_a_noun_is_no_elided_count(text):
    assert not any(c.rule == "elided_one" for c in run(text).claims)


def test_others_after_a_drone_are_drones():
    found = rows("A drone got through to the pier, while three others were shot down, the navy said.")
    assert ("three others", "drones_downed", 3) in found


def test_others_after_people_stay_people():
    assert ("30 others", "injured", 30) in rows("A docker was killed and 30 others were hurt when drones hit the pier.")


@pytest.mark.parametrize("text", [
    "Guards gave conflicting accounts. One told me three drones were launched; another insisted there were two.",
    "A harbour official said four drones were used, and another said that only two flew.",
])
def test_another_that_speaks_is_a_second_source_not_one_more_drone(text):
    assert "another" not in {c.text for c in run(text).claims}


def test_another_opening_the_next_sentence_stands_for_the_paragraphs_last_count():
    """C12 note: "Another" with no count before it in its sentence takes the drones counted just before."""
    assert quantities("One drone crashed into the crane. Another fell in the harbour without exploding.") == [
        ("drones_launched", 1), ("drones_struck", 1)]
    assert quantities("Two sailors were hurt. Another official said the pier was closed.") == [("injured", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Reuters counted two dockers dead in the riot, AFP one, and Daily Courier as many as four.",
     {("two dockers", "killed", 2), ("one", "killed", 1), ("as many as four", "killed", 4)}),
    # the gapped number takes the quantity left out, not that of a count after it
    ("The union put the toll at two dead, the Ministry of Ports at one, with some 40 injured.",
     {("two", "killed", 2), ("one", "killed", 1), ("some 40", "injured", 40)}),
    ("Police said three drones were shot down, the army two.", {("three drones", "drones_downed", 3), ("two", "drones_downed", 2)}),
])
def test_a_number_after_another_source_set_off_by_a_comma_counts_what_the_count_before_it_counted(text, expected):
    assert rows(text) == expected


def test_a_number_after_a_comma_and_no_name_is_no_gapped_count():
    assert ("one", "killed", 1) not in rows("Three dockers died, one in hospital.")


@pytest.mark.parametrize("text", [
    "A drone slammed into the customs office on Thursday. Officials say another was shot down over the harbour.",
    "A drone slammed into the customs office on Thursday. The navy said that another was shot down over the harbour.",
])
def test_another_after_a_report_opening_its_sentence_stands_for_the_drone_before(text):
    found = {(c.text, c.quantity, c.value) for c in run(text).claims}
    assert ("another", "drones_downed", 1) in found


def test_another_after_a_report_without_a_drone_before_counts_nothing():
    found = run("Two dockers were hurt on Thursday. Officials say another was arrested later.").claims
    assert all(c.value != 1 for c in found)
