"""The registry's actors named by a description (``kadhimi_ds.extract.described_actors``): the word before
their head noun keeps a description with another such word from them. Names and sentences written for these
tests."""
from __future__ import annotations

from helpers import ACTORS, Registry
from kadhimi_ds.extract.described_actors import described_actors, modifier_before, same_kind
from kadhimi_ds.extract.gazetteer import gazetteer_for

TAXI = {"id": "lantern-taxi-driver", "name": "Unnamed taxi driver on the Lantern bridge", "kind": "person", "aliases": []}
OLD = {"id": "lantern-old-porter", "name": "Unnamed porter at the Lantern bridge", "kind": "person", "aliases": []}


def actor(entry):
    return next(a for a in described_actors(gazetteer_for(ACTORS + [entry])) if a.id == entry["id"])


def test_the_word_before_the_head():
    assert actor(TAXI).modifier == "taxi" and actor(OLD).modifier == ""
    assert modifier_before("ambulance driver who", len("ambulance ")) == "ambulance"
    assert modifier_before("22-year-old student", len("22-year-old ")) == ""


def test_another_word_before_the_head_is_another_person():
    taxi = actor(TAXI)
    assert not same_kind(taxi, "ambulance", frozenset({"ambulance", "driver", "lantern", "bridge"}))
    assert same_kind(taxi, "taxi", frozenset())
    assert same_kind(actor({**TAXI, "name": "Unnamed minibus driver"}), "bus", frozenset())  # one word ends the other
    assert same_kind(taxi, "", frozenset())                                  # "the driver": the words decide
    assert same_kind(taxi, "ambulance", frozenset({"ambulance", "taxi"}))    # the sentence says "taxi" too
    assert same_kind(actor(OLD), "old", frozenset())                         # the name has no such word


def test_an_ambulance_driver_at_the_bridge_is_not_the_registered_taxi_driver():
    text = "An ambulance driver on the Lantern bridge said the crowd was large. “Thousands,” he said."
    assert Registry(ACTORS + [TAXI]).who(text, "Thousands,") != "lantern-taxi-driver"
    assert Registry(ACTORS + [TAXI]).who(text.replace("An ambulance", "A taxi"), "Thousands,") == "lantern-taxi-driver"
