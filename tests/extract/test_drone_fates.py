"""What the words after a drone count say befell it (``kadhimi_ds.extract.drone_fates``; codebook C7): on target,
fallen on open ground or on the target, and where a verb phrase ends through its place. All sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers import claims_by_text, got, run

from kadhimi_ds.extract.drone_fates import through_place


@pytest.mark.parametrize("sentence, span", [
    ("Guards said 4 drones were launched, 3 downed and 1 on target.", "1"),
    ("Of the five drones fired at the pier, two were on target.", "two"),
])
def test_drones_on_target_struck(sentence, span):
    assert claims_by_text(run(sentence))[span].quantity == "drones_struck"


@pytest.mark.parametrize("sentence, quantity", [
    ("One drone fell into the yard without exploding.", "drones_launched"),
    ("One drone crashed onto an empty road near the pier.", "drones_launched"),
    ("One drone crashed into the garden of the depot.", "drones_struck"),
    ("One drone fell on the roof of the depot.", "drones_struck"),
])
def test_a_drone_that_fell_on_open_ground_struck_nothing(sentence, quantity):
    assert claims_by_text(run(sentence))["One drone"].quantity == quantity


@pytest.mark.parametrize("text, through", [
    ("fell into the yard without exploding", "fell into the yard"),
    ("slammed into the front of the depot, guards said", "slammed into the front of the depot"),
    ("fell near midnight", "fell"),
])
def test_a_verb_ends_through_its_place(text, through):
    verb = text.split()[0]
    assert text[:through_place(text, len(verb), len(text))] == through


@pytest.mark.parametrize("sentence, span", [
    ("Guards downed two drones over the port, and a third, packed with explosives, hit the customs office.",
     "a third, packed with explosives, hit the customs office"),
    ("Two drones were jammed, and a third, carrying about a kilogram of explosives, struck the pier.",
     "a third, carrying about a kilogram of explosives, struck the pier"),
])
def test_what_a_drone_carried_set_off_by_commas_does_not_hide_its_verb(sentence, span):
    claim = claims_by_text(run(sentence))[span]
    assert (claim.quantity, claim.value, claim.qualifier) == ("drones_struck", 1, "exact")


def test_a_drone_that_fell_on_its_target_struck_it():
    d = run("Four drones were launched at the depot; three were jammed, while the fourth fell on the roof of the warehouse.")
    assert ("drones_struck", 1) in [(c.quantity, c.value) for c in d.claims]


def test_a_drone_that_fell_in_a_field_did_not_strike():
    d = run("Two drones were launched at the depot; one fell in a field.")
    assert all(c.quantity != "drones_struck" for c in d.claims)


@pytest.mark.parametrize("text, span", [
    ("A drone that punches a hole in the depot roof is no accident.", "A drone"),
    ("One drone smashed into the customs house.", "One drone"),
    ("Guards saw how a drone tore into the crane.", "a drone"),
])
def test_a_drone_that_punches_a_hole_or_smashes_into_the_target_struck(text, span):
    assert (span, "drones_struck", 1) in got(text)


@pytest.mark.parametrize("sentence", [
    "Three drones were launched at the depot. Two were jammed and one detonated on the roof of the warehouse.",
    "Guards said two drones came in; two were jammed, and one exploded on the customs office.",
])
def test_a_drone_that_exploded_or_detonated_on_its_target_struck_it(sentence):
    assert ("drones_struck", 1) in [(c.quantity, c.value) for c in run(sentence).claims]


@pytest.mark.parametrize("sentence, span, quantity", [
    ("A small drone carrying explosives crashed into the customs office before dawn.", "A small drone", "drones_struck"),
    ("Guards said a drone packed with about a kilogram of explosives hit the roof of the depot.", "a drone", "drones_struck"),
])
def test_a_load_without_commas_does_not_hide_the_verb_of_a_singular_drone(sentence, span, quantity):
    claim = claims_by_text(run(sentence))[span]
    assert (claim.quantity, claim.value, claim.qualifier) == (quantity, 1, "exact")
