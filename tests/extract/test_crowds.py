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


@pytest.mark.parametrize("sentence, words", [
    # mourners and marchers said to march or sit in are the protesters, as supporters are
    ("Thousands of mourners marched from the square to the sit-in tents, chanting “No to the tolls” and “Open the port”.",
     "Open the port"),
    ("Thousands of dock supporters kept up their sit-in at the gates on Monday, vowing not to leave before “the fees "
     "are repealed.”", "the fees are repealed."),
    ("Then came Friday’s march on the port, in which supporters of the losing lists denounced the “theft” of their "
     "votes.", "theft"),
    ("Supporters of the losing lists pitched tents near the port gate, vowing to stay “until the fees are repealed”.",
     "until the fees are repealed"),
])
def test_supporters_or_mourners_who_protest_speak_as_the_registered_protesters(sentence, words):
    assert CROWD.who(sentence, words) == "dock-crowd"


@pytest.mark.parametrize("sentence, words, name", [
    ("Hundreds of mourners carried the coffin through the old town on Saturday, chanting “Haddad, you killer!”",
     "Haddad, you killer!", "Hundreds of mourners"),
    ("Supporters of the mayor waited at the hall, chanting “Four more years!”", "Four more years!",
     "Supporters of the mayor"),
])
def test_a_chanting_crowd_the_registry_lacks_is_proposed_as_one_group(sentence, words, name):
    """M8 note: several unnamed people who speak as one voice are one group actor, never a null speaker."""
    d = CROWD.run(sentence)
    q = next(q for q in d.quotes if q.text.startswith(words[:10]))
    assert q.speaker is None and next(p for p in d.new_actors if p.id == q.new_speaker).name == name


@pytest.mark.parametrize("sentence, words", [
    # near misses: a named or registered speaker in a sentence that also names supporters or mourners
    ("As mourners marched past, Haddad told reporters that “the port will reopen”.", "the port will reopen"),
    ("Supporters of the mayor waited at the hall while the ports ministry said the fees were “fair”.", "fair"),
])
def test_a_crowd_earlier_in_the_sentence_does_not_take_another_speakers_words(sentence, words):
    assert CROWD.who(sentence, words) != "dock-crowd"


def test_a_chant_cue_after_the_words_chanted():
    sentence = "“Open the port! Open it now!” the protesters chanted as they reached the gates."
    assert CROWD.who(sentence, "Open the port! Open it now!") == "dock-crowd"


def test_chanted_with_an_object_after_it_is_no_cue_after_a_quotation():
    """Near miss: "chanted slogans" names what was chanted, not the quotation before it."""
    draft = CROWD.run("“The fees are a disgrace.” Protesters chanted slogans at the gates.")
    assert [q.speaker for q in draft.quotes] == [None]


def test_the_crowd_goes_back_to_the_protesting_supporters_of_the_sentence_before():
    text = ("Supporters of the dock militias returned to the port gates on Saturday, carrying a coffin.\n\n"
            "The crowd chanted “No to the tolls” as they marched behind the coffin.")
    assert CROWD.who(text, "No to the tolls") == "dock-crowd"


def test_the_crowd_with_no_crowd_named_before_proposes_nothing():
    """Near miss: "the crowd" goes back to a crowd named before; with none, no new group is made up."""
    d = CROWD.run("The ferry left at noon.\n\nThe crowd chanted “No to the tolls” at the gates.")
    assert not d.new_actors
