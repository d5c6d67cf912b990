"""Recording a count as a claim (``kadhimi_ds.extract.claim_records``): only the count's own sentence of a
quoted passage places it, a parliament's size is no future count, and a colon-led heading names its claimant.
All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, quantities, run


def test_a_time_in_another_sentence_of_a_quotation_does_not_place_the_count():
    text = ("REPORTER: “Nobody has claimed it. This comes after the vote last month at the port. One docker was killed "
            "on Friday, and the unions blame the ministry.”")
    assert quantities(text) == [("killed", 1)]


def test_the_size_of_the_parliament_in_a_compound_is_no_future_count():
    assert quantities("Once a new cabinet is formed, the 280-seat parliament will elect a speaker.") == [("seats_total", 280)]


@pytest.mark.parametrize("heading, actor", [
    ("Haddad: two drones shot down over the port", "omar-haddad"),
    ("Ports ministry: two drones shot down over the port", "ports-ministry"),   # the alias "ports ministry", capitalised
    ("09:10 - Ministry of Ports: two drones shot down", "ports-ministry"),
])
def test_a_heading_that_names_a_registered_speaker_gives_the_claimant(heading, actor):
    d = run(heading + "\n\nThe port reopened on Saturday.")
    assert [(c.quantity, c.value, c.claimed_by) for c in d.claims] == [("drones_downed", 2, actor)]


@pytest.mark.parametrize("text", [
    "Freedonia: two drones shot down over the port\n\nThe port reopened on Saturday.",     # a state is a place label
    "Harbour master: two drones shot down over the port\n\nThe port reopened on Saturday.",  # no name or alias
    "Two drones were shot down over the port, Haddad: the statement was short.",           # no heading
])
def test_no_claimant_from_a_place_label_an_unregistered_role_or_a_sentence(text):
    registry = Registry(ACTORS + [{"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]}])
    downed = [c for c in registry.run(text).claims if c.quantity == "drones_downed"]
    assert downed and all(c.claimed_by is None for c in downed)
