"""Crowds that chant (``kadhimi_ds.extract.crowds``): words chanted or shouted belong to the crowd the
sentence names (Q8, M5). Sentences written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.crowds import chanting_crowd

from helpers import Registry

ROLES = {"protesters": "dock-crowd", "demonstrators": "dock-crowd", "militias": "dock-militias"}
CROWD = Registry([{"id": "dock-crowd", "name": "Dock protesters", "kind": "other", "aliases": [],
                   "role_aliases": ["protesters", "Protesters", "demonstrators"]},
                  {"id": "dock-militias", "name": "Dock militias", "kind": "armed_group", "aliases": [],
                   "role_aliases": ["militias"]}])


def crowd(sentence: str) -> str | None:
    found = chanting_crowd(sentence, 0, sentence.index(" chant"), ROLES)
    return found[0] if found else None


def test_the_last_group_noun_before_the_chant_is_the_crowd():
    assert crowd("Demonstrators blocked the ferry road and chanted “Open the port!”") == "dock-crowd"


def test_supporters_said_to_march_are_the_protesters_not_the_group_they_support():
    assert crowd("Hundreds of supporters of the militias marched on the quay, chanting “Down with the tolls!”") == "dock-crowd"


def test_supporters_said_to_do_nothing_of_protest_are_no_crowd():
    assert crowd("Supporters of the mayor waited at the hall, chanting “Four more years!”") is None


@pytest.mark.parametrize("sentence", [
    "Protesters burned a tyre outside the ports ministry and chanted “Haddad, out!” before leaving.",
    "Protesters later walked to the harbour gates chanting “No to the tolls.”",
])
def test_a_chant_gets_the_crowd_as_speaker(sentence):
    words = sentence.split("“")[1].split("”")[0]
    assert CROWD.who(sentence, words) == "dock-crowd"


def test_chanting_against_someone_is_no_cue_for_a_later_quotation():
    draft = CROWD.run("Protesters marched to the port, chanting against the minister. “The fees are a disgrace.”")
    assert [q.speaker for q in draft.quotes] == [None]


@pytest.mark.parametrize("sentence, words", [
    ("Supporters of the dock militias marched on the port to protest what they call a “rigged” tender.", "rigged"),
    ("Supporters of the union have camped at the gates for weeks to protest what they say was a “stolen” vote.", "stolen"),
])
def test_they_in_a_sentence_of_protesting_supporters_is_the_crowd(sentence, words):
    assert CROWD.who(sentence, words) == "dock-crowd"
