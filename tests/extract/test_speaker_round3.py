"""Speaker attribution and quotation marks, round 3 (issue #11): patterns of the new development
articles (an op-ed, a Kurdish outlet, a TV piece, a translated agency text) and of outlets no
development article shows yet, each reproduced with invented sentences about Freedonia's ports:
straight single quotation marks, a cue that belongs to a later quotation (", a remark that X
called “…”", ", while X described it as “…”"), pronoun chains, "put it", the speaker named in the
next sentence, "in X's words", transcript turns, unnamed sources and diplomats (M8), female
speakers."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import DAY, quote
from test_speaker_round2 import REGISTRY as ROUND2

REGISTRY = ROUND2 + [
    {"id": "unnamed-foreign-diplomats", "name": "Unnamed foreign diplomats", "kind": "other",
     "description": "Foreign (mostly Western) diplomats quoted without being named.", "aliases": []},
    {"id": "harbour-council", "name": "Harbour Council", "kind": "other", "aliases": ["Harbour Council"]},
]


def run(text: str):
    return extract(text, DAY, REGISTRY)


def who(text: str, words: str) -> str | None:
    q = quote(run(text), words)
    return q.speaker or q.new_speaker


# --- straight single quotation marks (Q2) -------------------------------------------------------------

def test_straight_single_marks_pair_in_a_headline_and_a_sub_heading():
    text = ("Port leaders condemn blast, urge 'calm talks'\n\n"
            'The Harbour Front said in a statement it wanted "calm talks" with all sides.\n\n'
            "'A gift to our enemies'\n\n"
            'Omar Haddad said the blast was "a gift to our enemies," and left.')
    d = run(text)
    assert [q.text for q in d.quotes] == ["calm talks", "calm talks", "A gift to our enemies",
                                          "a gift to our enemies,"]
    assert d.quotes[0].speaker == "harbour-front" and d.quotes[2].speaker == "omar-haddad"


@pytest.mark.parametrize("text", [
    "The PM's office and the Guards' drone unit did not comment on the dockers' strike.",
    "Rock 'n' roll is not what the port's guards play, and they don't say so.",
])
def test_apostrophes_are_no_quotation_marks(text):
    assert run(text).quotes == []


# --- a cue after a quotation that opens a clause of its own ---------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ('Rami Zaher wrote on Telegram that nobody "would waste a crane on a retired minister," a remark that Omar '
     'Haddad called "a threat dressed as advice."', "would waste a crane on a retired minister,", "a threat dressed as advice."),
    ('The Harbour Council condemned the blast in a statement, stressing that "violence must not derail the talks", '
     'while Omar Haddad described it as "a cowardly act".', "violence must not derail the talks", "a cowardly act"),
    ('Rami Zaher said the blast was "a gift to our enemies," words which Omar Haddad dismissed as "empty talk".',
     "a gift to our enemies,", "empty talk"),
])
def test_a_later_cue_in_a_clause_of_its_own_belongs_to_the_later_quotation(text, first, second):
    expected_first = "harbour-council" if "Council" in text else "rami-zaher"
    assert who(text, first) == expected_first
    assert who(text, second) == "omar-haddad"


def test_a_cue_right_after_the_quotation_still_governs_it():
    assert who('"The docks are safe," Omar Haddad said, while inspecting the cranes.', "The docks are safe,") == "omar-haddad"


# --- pronoun chains ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Prime Minister Nour Karim was unhurt.\n\nOmar Haddad later spoke to reporters in the port. He said he had found '
    'the prime minister "in good spirits". "The port needs patience," he wrote afterwards on Twitter.',
    'Omar Haddad later spoke to reporters. He said he had found Nour Karim calm. "The port needs patience," he said.',
])
def test_he_goes_on_with_the_speaker_of_the_pronoun_chain_not_the_object_between(text):
    assert who(text, "The port needs patience,") == "omar-haddad"


# --- unnamed sources and diplomats (M8, Q8 rule 4) ----------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ('"The crane fell twice," a police source told Reuters.', "The crane fell twice,", "unnamed-security-sources"),
    ('"The crane fell twice," an intelligence source said.', "The crane fell twice,", "unnamed-security-sources"),
    ('As one Western diplomat in the capital put it to me, "They want us to believe the minister bombed his own '
     'office."', "They want us to believe the minister bombed his own office.", "unnamed-foreign-diplomats"),
    ('"It is a farce," a diplomat said.', "It is a farce,", "unnamed-foreign-diplomats"),
    ('Officials said the port was "closed until further notice".', "closed until further notice", "unnamed-officials"),
])
def test_unnamed_sources_take_the_grouped_actor_their_head_noun_and_qualifier_name(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words", [
    ('"The crane fell twice," a source told Reuters.', "The crane fell twice,"),
    ('Sources close to Omar Haddad told the Daily Courier that "the minister will not resign".', "the minister will not resign"),
    ('"Two were hurt," a medical source said.', "Two were hurt,"),
])
def test_a_source_not_qualified_by_security_police_or_military_is_no_security_source(text, words):
    q = quote(run(text), words)
    assert q.speaker is None and q.new_speaker  # a NEW-ACTOR proposal (F7), never unnamed-security-sources
    assert q.speaker_text and "ource" in q.speaker_text


def test_put_it_is_a_speech_cue_and_told_the_outlet_is_an_interview():
    q = quote(run('Omar Haddad put it bluntly: "We are done."'), "We are done.")
    assert q.speaker == "omar-haddad"
    q = quote(run('Lina Sabbagh told the Daily Courier that "the minister will not resign".'), "the minister will not resign")
    assert q.channel == "interview"


# --- "the factions" and their outlets -------------------------------------------------------------------

def test_the_factions_channels_speak_for_the_factions():
    text = ("Dock-backed harbour militias fired on the docks. The factions' television channels called the blast a "
            '"massacre" and the vote a "conspiracy".')
    assert who(text, "massacre") == "dock-militias"
    assert who(text, "conspiracy") == "dock-militias"


def test_factions_without_a_definite_determiner_refer_to_no_group():
    d = run('Dock-backed harbour militias fired on the docks. Different factions condemned it.')
    assert not [m for m in d.mentions if "factions" in m.text]


# --- "in X's words", the speaker named in the next sentence ---------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("In Omar Haddad's words: \"The port belongs to everyone.\"", "The port belongs to everyone.", "omar-haddad"),
    ('In the words of Omar Haddad, "the port belongs to everyone."', "the port belongs to everyone.", "omar-haddad"),
    ("Omar Haddad's words were blunt: \"The port belongs to everyone.\"", "The port belongs to everyone.", "omar-haddad"),
    ("Lina Sabbagh's remarks were shorter: \"No comment.\"", "No comment.", "lina-sabbagh"),
    ("\"We will not be intimidated.\" That was the verdict of Lina Sabbagh, the ministry's spokeswoman.",
     "We will not be intimidated.", "lina-sabbagh"),
    ("The port reopened.\n\n\"We will not be intimidated.\" Those were the words of a police source on Sunday.",
     "We will not be intimidated.", "unnamed-security-sources"),
])
def test_words_of_a_speaker_and_a_verdict_named_in_the_next_sentence(text, words, expected):
    assert who(text, words) == expected


def test_a_verdict_sentence_in_the_next_paragraph_carries_no_speaker_back():
    q = quote(run('"We will not be intimidated."\n\nThat was the verdict of Lina Sabbagh.'), "We will not be intimidated.")
    assert q.speaker is None and q.attribution == "unattributed"


# --- female speakers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('Omar Haddad and Lina Sabbagh visited the docks. "The damage is limited," she said.', "lina-sabbagh"),
    ('Omar Haddad and Ms Rana Aziz visited the docks. "The damage is limited," she said.', "rana-aziz"),
    ('Omar Haddad met the press on Sunday. Lina Sabbagh spoke first. "The damage is limited," he said.', "omar-haddad"),
])
def test_she_is_the_woman_the_registry_or_article_shows_and_he_is_not(text, expected):
    assert who(text, "The damage is limited,") == expected


def test_she_without_a_known_woman_is_the_nearest_person():
    assert who('Omar Haddad visited the docks. "The damage is limited," she said.', "The damage is limited,") == "omar-haddad"


# --- transcript turns, interrupted quotations, parentheses, "according to X, who …" --------------------

@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad: "We are ready to talk."\nRami Zaher: "We are not."', "We are not.", "rami-zaher"),
    ('HADDAD: "We are ready to talk."\n\nZAHER: "We are not."', "We are ready to talk.", "omar-haddad"),
    ('Omar Haddad visited the port.\n\n"We are," he said, "ready to talk."', "ready to talk.", "omar-haddad"),
    ('"We are," Omar Haddad said, "ready to talk."', "We are,", "omar-haddad"),
    ('Omar Haddad visited the docks (he called them "the heart of the city").', "the heart of the city", "omar-haddad"),
    ('The blast was "a crime," according to Omar Haddad, who visited the site on Sunday.', "a crime,", "omar-haddad"),
])
def test_turns_interruptions_and_asides(text, words, expected):
    assert who(text, words) == expected


def test_a_turn_label_that_is_no_actor_names_nobody():
    q = quote(run('Anchor: "Minister, are you ready?"\nHaddad: "We are ready to talk."'), "Minister, are you ready?")
    assert q.speaker is None


def test_reported_speech_gives_no_speaker_to_a_quotation_opening_the_next_paragraph():
    q = quote(run('Omar Haddad said the port would reopen soon.\n\n"We will rebuild every pier."'), "We will rebuild every pier.")
    assert q.speaker is None and q.attribution == "unattributed"  # Q9 note of 2026-12-01
