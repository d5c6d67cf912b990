"""Initial capitals (``kadhimi_ds.extract.initials``): a lower-case alias that opens a sentence or a
paragraph stands capitalised and is still that alias. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, run, who

MEDIA = Registry(ACTORS + [{"id": "freedonia-state-media", "name": "Freedonian state media", "kind": "media",
                            "aliases": ["public broadcaster", "the public broadcaster"]}])


@pytest.mark.parametrize("text, words, expected", [
    ("The port reopened on Monday. State television has spoken only of “a small fire”.", "a small fire", "state-tv"),
    ("State television called the strike “a provocation”.", "a provocation", "state-tv"),
    ("“The cranes are safe.” Ports ministry officials were less sure.\n\nPorts ministry staff said it was “too early”.",
     "too early", "ports-ministry"),
])
def test_a_lower_case_alias_opening_a_sentence_is_a_mention(text, words, expected):
    assert who(text, words) == expected


def test_a_lower_case_alias_that_opens_a_sentence_gives_the_speaker():
    text = "The port reopened on Monday. Public broadcaster bulletins called the fire “minor”."
    assert MEDIA.who(text, "minor") == "freedonia-state-media"
    assert [m.text for m in MEDIA.run(text).mentions if m.actor_id == "freedonia-state-media"] == ["Public broadcaster"]


@pytest.mark.parametrize("text", [
    "Ports ministry Tower staff left the quay.",          # a longer name of its own
    "He met the Ports ministry staff on the quay.",       # not at a sentence start
])
def test_a_capitalised_alias_elsewhere_is_not_taken(text):
    assert not [m for m in run(text).mentions if m.actor_id == "ports-ministry"]
