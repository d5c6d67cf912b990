"""Speaker attribution, round 2 (issue #11): patterns the development articles exposed, each
reproduced here with invented sentences in another setting (Freedonia's ports): "he added" after
a sentence that names a second person in a title phrase, unnamed residents and singular unnamed
officials, headline and live-blog lines ("Name: ‘…’", a headline word repeated in the body),
"the statement said" after "his office said", and words whose subject is a named person inside a
clause that someone else reports ("X “strongly condemned” it, his spokesman said")."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import ACTORS, DAY, quote

REGISTRY = ACTORS + [
    {"id": "unnamed-harbour-residents", "name": "Unnamed harbour residents", "kind": "other", "aliases": []},
    {"id": "league-of-ports", "name": "League of Ports", "kind": "other", "aliases": ["League of Ports"]},
    {"id": "ines-varga", "name": "Ines Varga", "kind": "person", "parent": "league-of-ports",
     "description": "Secretary-general of the League of Ports.", "aliases": ["Ines Varga", "Varga"]},
    {"id": "karim-office", "name": "Office of the Prime Minister of Freedonia", "kind": "government",
     "aliases": ["Karim’s office", "prime minister’s office"]},
    {"id": "tide-guard", "name": "Tide Guard", "kind": "armed_group", "aliases": ["Tide Guard"]},
    {"id": "rami-zaher", "name": "Rami Zaher", "kind": "person", "parent": "tide-guard",
     "description": "Leader of the Tide Guard.", "aliases": ["Rami Zaher", "Zaher"]},
    {"id": "quay-cell", "name": "Quay Media Cell", "kind": "military", "aliases": ["Quay Media Cell"]},
]


def run(text: str):
    return extract(text, DAY, REGISTRY)


def who(text: str, words: str) -> str | None:
    q = quote(run(text), words)
    return q.speaker or q.new_speaker


# --- "he added" after a sentence naming a second person in a title phrase ----------------------------

def test_he_added_goes_to_the_unnamed_official_not_the_person_in_a_by_phrase():
    text = ('A senior port official said the ship had been seized at dawn. "We know the crew," the official said. '
            'The official said the case had gone to a panel chaired by Ports Minister Omar Haddad.\n\n'
            '"We will not rush it," he added.')
    assert who(text, "We will not rush it,") == "unnamed-officials"


def test_a_title_between_a_preposition_and_a_name_keeps_the_name_an_object():
    text = ('Nour Karim said the talks went well. The report was written by Deputy Minister Omar Haddad.\n\n'
            '"We are close," he said.')
    assert who(text, "We are close,") == "nour-karim"


# --- unnamed residents --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ('"The cranes shook for an hour," a resident of the old harbour quarter told Reuters by telephone.',
     "The cranes shook for an hour,"),
    ('One resident told the Daily Courier: "We did not sleep at all."', "We did not sleep at all."),
])
def test_an_unnamed_resident_is_the_registered_grouped_actor(text, words):
    assert who(text, words) == "unnamed-harbour-residents"


def test_residents_without_a_registered_group_stay_unattributed():
    d = extract('"The cranes shook," a resident of the old quarter said.', DAY, ACTORS)
    q = quote(d, "The cranes shook,")
    assert q.speaker is None and q.new_speaker is None


# --- headlines and live-blog lines --------------------------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ('Port live: cranes down\n\n16:40 GMT - Haddad: ‘the docks will reopen’\nThe minister said on Monday that '
     '"the docks will reopen within a week".', "the docks will reopen", "omar-haddad"),
    ('Port live\n\n09:10 GMT - Tide Guard leader: ‘we had no part in it’\nRami Zaher told reporters: "We had no '
     'part in it, and we want a neutral inquiry."', "we had no part in it", "rami-zaher"),
])
def test_a_name_and_colon_before_a_headline_quote_names_its_speaker(text, words, expected):
    q = quote(run(text), words)
    assert q.speaker == expected


def test_a_headline_word_repeated_in_a_body_quote_takes_its_speaker():
    text = ('Freedonia’s Karim survives ‘cowardly’ raid on the docks\n\n'
            'The Quay Media Cell said in a statement that the port had been hit by "a cowardly raid with two boats".')
    q = quote(run(text), "cowardly")
    assert q.speaker == "quay-cell" and q.attribution == "implicit"


def test_a_headline_word_found_in_no_body_quote_stays_unattributed():
    text = 'Karim survives ‘cowardly’ raid\n\nThe Quay Media Cell said the port was calm.'
    q = quote(run(text), "cowardly")
    assert q.speaker is None


# --- "the statement said" after "his office said" -----------------------------------------------------

def test_the_statement_after_an_office_said_is_the_office():
    text = ('Karim chaired a meeting of the port council, his office said. "The council agreed that the '
            'docks will reopen," the statement said.')
    q = quote(run(text), "The council agreed that the docks will reopen,")
    assert q.speaker == "karim-office" and q.attribution == "implicit"


# --- the subject of a reported act, with a spokesman's closing clause --------------------------------

@pytest.mark.parametrize("words", ["firmly rejected", "stay calm"])
def test_a_named_subject_of_a_reported_act_outranks_the_closing_spokesman(words):
    text = ('League of Ports Secretary-General Ines Varga "firmly rejected" the seizure of the ship and asked '
            'all crews to "stay calm", her spokesman said in Geneva.')
    assert who(text, words) == "ines-varga"


def test_the_closing_clause_still_governs_words_of_the_writer_s_clause():
    text = 'The seizure was "a grave mistake", a League of Ports spokesman said.'
    assert who(text, "a grave mistake") == "league-of-ports"


# --- listeners, outlets, partitives and nicknames -----------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ('Two officials said the ship left at noon.\n\n"It had no permit," one of the officials said.',
     "It had no permit,", "unnamed-officials"),
    ('The Daily Courier quoted Haddad as saying: "The port is safe."', "The port is safe.", "omar-haddad"),
    ('"We are fine," she said, according to the Daily Courier.', "We are fine,", None),
    ('A ports ministry spokesman told Reuters: "Nobody was hurt."', "Nobody was hurt.", "ports-ministry"),
    ('A militia commander known as Abu Sami told reporters: "We did not do it."', "We did not do it.", None),
    ('"We did not do it," said Abu Sami, a militia commander.', "We did not do it,", None),
])
def test_outlets_listeners_and_nicknames_are_not_speakers(text, words, expected):
    assert who(text, words) == expected


def test_one_of_the_sources_is_a_mention_of_the_group():
    d = run('Two security sources said the drones came from the east. One of the sources said "three were launched".')
    assert quote(d, "three were launched").speaker == "unnamed-security-sources"
    assert any(m.text == "One of the sources" and m.actor_id == "unnamed-security-sources" for m in d.mentions)


def test_a_nickname_is_not_proposed_as_a_new_actor():
    d = run('A militia commander known as Abu Sami told reporters: "We did not do it."')
    assert not [p for p in d.new_actors if "Sami" in p.name]
