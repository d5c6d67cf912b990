"""Ordinals closing a series (``kadhimi_ds.extract.ordinals``; codebook C8). All sentences written
for these tests; the older cases stand in test_claims.py."""
from __future__ import annotations

import pytest

from helpers import run


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


@pytest.mark.parametrize("text, total, one", [
    ("One docker was killed at the gate on Friday. Port officials later said a second docker had died of his wounds.",
     ("a second docker", "killed", 2), ("a second docker had died", "killed", 1)),
    ("Two guards were wounded in the blast, the navy said. Medics said on Saturday that a third guard was hurt.",
     ("a third guard", "injured", 3), ("a third guard was hurt", "injured", 1)),
    ("Three dockers were killed in the blast; a fourth died later in hospital.",
     ("a fourth", "killed", 4), ("a fourth died", "killed", 1)),
])
def test_an_ordinal_closing_a_casualty_count_of_the_paragraph_gives_the_total_and_its_own_death_or_injury(text, total, one):
    found = rows(text)
    assert total in found and one in found


@pytest.mark.parametrize("text", [
    "One docker was killed at the gate on Friday. A second crane collapsed on the quay on Sunday.",
    "One docker was killed at the gate on Friday. A second docker was arrested on Sunday.",
    "One docker was killed at the gate on Friday.\n\nA second docker died in a road accident in the north.",
    "One docker was killed at the gate on Friday. A second attack on the port followed.",
])
def test_an_ordinal_of_another_noun_verb_or_paragraph_gives_no_total(text):
    assert all(c.value != 2 for c in run(text).claims if c.quantity in ("killed", "injured"))


def test_a_casualty_ordinal_whose_verb_gives_another_quantity_gives_only_the_total():
    found = rows("By noon the clinic had four wounded sailors, and then a fifth arrived by boat.")
    assert ("a fifth", "injured", 5) in found and not any(v == 1 for _, _, v in found)


@pytest.mark.parametrize("text", [
    "It was the third drone attack on the port since March.",
    "The second drone strike of the week hit an empty warehouse.",
])
def test_an_ordinal_before_a_drone_compound_ranks_the_attack(text):
    assert not any(c.text.lower().startswith(("the third", "the second")) for c in run(text).claims)


@pytest.mark.parametrize("text, total, one", [
    ("Air crews shot down two drones over the port, the navy said. A third hit the customs office.",
     ("A third", "drones_launched", 3), ("A third hit the customs office", "drones_struck", 1)),
    ("Four drones were intercepted above the harbour. A fifth, according to dockers, slammed into the depot's roof.",
     ("A fifth", "drones_launched", 5), ("A fifth, according to dockers, slammed into the depot's roof", "drones_struck", 1)),
    ("Two drones were downed over the port, and a third crashed in a field outside the town.",
     ("a third", "drones_launched", 3), ("a third crashed", "drones_launched", 1)),
])
def test_an_ordinal_after_a_downed_part_of_a_drone_series_gives_the_total_and_the_fate_of_its_own(text, total, one):
    found = rows(text)
    assert total in found and one in found


def test_an_ordinal_that_fell_onto_open_ground_took_part_with_the_place_in_its_span():
    found = rows("Guards said one drone hit the depot and a second fell into the yard without exploding.")
    assert {("a second", "drones_launched", 2), ("a second fell into the yard", "drones_launched", 1)} <= found


def test_an_ordinal_after_drones_of_the_paragraph_without_a_fate_verb_gives_no_total():
    found = rows("Two drones were shot down over the port. A third of the dockers stayed home on Monday.")
    assert not any(v == 3 for _, _, v in found)


def test_a_hedged_total_of_the_same_source_does_not_block_the_exact_total_an_ordinal_gives():
    found = rows("At least four drones flew over the port, the navy said. Three were shot down and a fourth hit the "
                 "customs office, the navy added.")
    assert ("a fourth", "drones_launched", 4) in found


@pytest.mark.parametrize("text", [
    "One of the drones was shot down. The other struck a balcony on the second floor of the depot.",
    "Navy crews downed two drones over the port; a third hit the depot on the third pier.",
])
def test_an_ordinal_before_another_noun_after_a_drone_series_gives_no_total(text):
    assert not [c for c in run(text).claims if c.text.lower() in ("the second", "the third")]


def test_the_ordinal_opening_a_paragraph_closes_the_series_of_the_paragraph_before():
    text = ("Three drones were launched at the port authority on Thursday and two were shot down, a navy officer said.\n\n"
            "The third struck the customs office, the officer said.")
    assert ("The third struck the customs office", "drones_struck", 1) in rows(text)


def test_an_ordinal_opening_a_paragraph_after_another_paragraph_of_other_counts_counts_nothing():
    text = ("Three dockers were arrested on Thursday, police said.\n\n"
            "The third struck a deal with prosecutors, police said.")
    assert not any(q.startswith("drones") for _, q, _ in rows(text))
