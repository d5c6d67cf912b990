"""Cue referents (``kadhimi_ds.extract.cue_referents``): who a cue attributes words to; here a speaker
that speaks through its own organ ("said through its foreign ministry spokesman", codebook Q8 rule 3).
All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, LEAGUE, Registry, quote, run, who

_STATE = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania"]},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvanian Foreign Ministry"]},
])


@pytest.mark.parametrize("text, expected", [
    ("Sylvania, which backs the port guards, said through its foreign ministry spokesman that the blockade was "
     "“unlawful”.", "sylvania-foreign-ministry"),
    ("Sylvania said via its foreign ministry that the blockade was “unlawful”.", "sylvania-foreign-ministry"),
    # its own spokesperson, or a body it has none registered for: the speaker itself
    ("The Harbour Front said through its spokesman that the blockade was “unlawful”.", "harbour-front"),
    ("Sylvania said through its interior ministry that the blockade was “unlawful”.", "sylvania"),
])
def test_a_speaker_through_its_own_organ_is_the_body_the_organ_names(text, expected):
    assert _STATE.who(text, "unlawful") == expected


@pytest.mark.parametrize("text, words", [
    ('Omar Haddad said three boats burned.\n\nBut a security official said only one burned, and that he had '
     '"seen nothing" to suggest a second.', "seen nothing"),
    ("Omar Haddad said three boats burned.\n\nA security official said there was “no sign of arson” and no evidence "
     "to suggest a second fire.", "no sign of arson"),
])
def test_a_speech_verb_as_the_infinitive_of_a_noun_is_no_cue(text, words):
    # "nothing to suggest": no one speaks; the quotation stays with the official who said it (Q8 rule 6, M8)
    assert who(text, words) == "unnamed-officials"


def test_an_infinitive_speech_verb_after_a_verb_still_reports():
    # near miss: "was quick to suggest" reports what its subject said
    assert who("Omar Haddad was quick to suggest “arson”.", "arson") == "omar-haddad"


@pytest.mark.parametrize("text, words, expected", [
    ("The ports ministry condemned the raid, with Lina Sabbagh, its spokeswoman, tweeting that it was “a crime”.",
     "a crime", "lina-sabbagh"),
    ("With Omar Haddad calling the raid “a crime”, the Harbour Front kept silent.", "a crime", "omar-haddad"),
    # near miss: no "with" clause: the participle goes on with the subject of the main clause
    ("Omar Haddad condemned the raid, calling it “a crime”.", "a crime", "omar-haddad"),
    ("The ports ministry met Lina Sabbagh, calling the raid “a crime”.", "a crime", "ports-ministry"),
])
def test_a_participle_in_a_with_clause_has_the_subject_after_with(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("The Harbour Front lost most of its seats. For weeks they have been saying the count was “rigged.”",
     "rigged.", "harbour-front"),
    ("Omar Haddad is calling the strike “a disgrace to the port.”", "a disgrace to the port.", "omar-haddad"),
    ("The Harbour Front had been warning of “a stolen vote” for days.", "a stolen vote", "harbour-front"),
    ("Lina Sabbagh, who was speaking at the quay, described the cranes as “obsolete.”", "obsolete.", "lina-sabbagh"),
])
def test_a_progressive_speech_verb_is_active(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words", [
    ("Omar Haddad was told the port was “closed for good.”", "closed for good."),
    ("The cranes are being described as “obsolete.”", "obsolete."),
])
def test_a_passive_speech_verb_names_no_speaker(text, words):
    assert who(text, words) is None


def test_hailing_from_a_place_is_no_speech():
    q = quote(run("Lina Sabbagh, who hails from the old port, was greeted with “Nobody told us” at the gate."),
              "Nobody told us")
    assert q.speaker is None and q.attribution == "unattributed"


def test_a_plural_noun_after_a_preposition_is_no_speech_verb():
    q = quote(run('The ports ministry said it had reviewed ballots challenged in appeals, and that it '
                  '"stands apart from all parties".'), "stands apart from all parties")
    assert (q.speaker, q.cue) == ("ports-ministry", "said")
    q = quote(run('Haddad appeals for "calm" at the docks.'), "calm")  # a verb after its subject stays a cue
    assert (q.speaker, q.cue) == ("omar-haddad", "appeals")


@pytest.mark.parametrize("text, words", [
    ("The Daily Courier quoted Ports Minister Omar Haddad as calling the strike “a disgrace”.", "a disgrace"),
    ("The Daily Courier quoted Omar Haddad as describing the fire as “a crime”.", "a crime"),
])
def test_quoted_as_calling_gives_the_person_not_the_paper(text, words):
    q = quote(run(text), words)
    assert (q.speaker, q.reported_via) == ("omar-haddad", "daily-courier")


@pytest.mark.parametrize("text, words, expected", [
    ("The Daily Courier quoted Lina Sabbagh of the ports ministry as describing the fire as “a crime”.", "a crime",
     "lina-sabbagh"),
    # (an official placed in a militia is none of the state's unnamed officials, M8: a group of its own)
    ("The Daily Courier quoted a senior official in one of the harbour militias as calling the strike “theatre”.",
     "theatre", "unnamed-militia-officials"),
    ("The Daily Courier quoted ports ministry spokeswoman Lina Sabbagh as calling the fire “a crime”.", "a crime",
     "lina-sabbagh"),
    # near misses: nobody named between "quoted" and "as": the paper says the words; a passive's agent is no object
    ("Lina Sabbagh was quoted by the Daily Courier as calling the fire “a crime”.", "a crime", "lina-sabbagh"),
    ("The Daily Courier quoted old reports as saying the port was “calm”.", "calm", "daily-courier"),
])
def test_quoted_as_gives_the_first_one_named_in_a_longer_object(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # "added" with a bare object adds a thing: the later "adding" goes on from the speaker, not the police
    ("Omar Haddad said he had closed the quay and that police had added checkpoints at the gates, adding that the "
     "committee would “sit until further notice”.", "sit until further notice", "omar-haddad"),
    # "added" that goes on with a clause is still speech
    ("Lina Sabbagh spoke first. Omar Haddad added it was “a dark day”.", "a dark day", "omar-haddad"),
])
def test_added_with_a_bare_object_is_no_speech(text, words, expected):
    assert who(text, words) == expected


def test_a_described_person_in_apposition_after_the_cue_is_the_speaker():
    pilot = {"id": "quay-pilot", "name": "Unnamed ferry pilot at the north quay", "kind": "person", "aliases": []}
    people = Registry(ACTORS + [pilot])
    assert people.who("“We are the last gate,” one of them told me, a ferry pilot at the north quay.",
                      "We are the last gate,") == "quay-pilot"
    # a named person the cue gives keeps the words
    assert people.who("“We are the last gate,” Omar Haddad told me, a ferry pilot at the north quay beside him.",
                      "We are the last gate,") == "omar-haddad"


@pytest.mark.parametrize("text", [
    "“The quay is lost,” said one ferry pilot. “We will be back,” said another, a ferry pilot at the north quay.",
    "“The quay is lost,” said one ferry pilot. “We will be back,” said a second, a ferry pilot at the north quay.",
])
def test_a_described_person_after_said_another_is_the_speaker(text):
    pilot = {"id": "quay-pilot", "name": "Unnamed ferry pilot at the north quay", "kind": "person", "aliases": []}
    assert Registry(ACTORS + [pilot]).who(text, "We will be back,") == "quay-pilot"


def test_a_drafted_vox_pop_gives_each_described_speaker_a_new_actor():
    d = run("“The quay is lost,” said one docker, a man in his twenties. “Whoever did it harmed us all,” said another, "
            "an older man who had worked the cranes for years.")
    q = quote(d, "Whoever did it harmed us all,")
    assert q.new_speaker and "older man" in next(p.text for p in d.new_actors if p.id == q.new_speaker)


@pytest.mark.parametrize("text, not_expected", [
    ("Harbour channels branded Omar Haddad a “traitor” within hours.", "omar-haddad"),
    ("Within hours, the dockers had called Lina Sabbagh “a servant of the ministry”.", "lina-sabbagh"),
    ("Pamphlets at the gate accused Omar Haddad of “selling the port”.", "omar-haddad"),
])
def test_the_object_of_a_labelling_verb_is_not_its_speaker(text, not_expected):
    d = run(text)
    assert d.quotes and all(q.speaker != not_expected for q in d.quotes)


def test_the_subject_of_a_labelling_verb_is_its_speaker():
    assert who("Lina Sabbagh branded Omar Haddad a “traitor” on Sunday.", "traitor") == "lina-sabbagh"


def test_a_name_the_next_sentence_gives_the_described_speaker_is_the_speaker():
    d = run("“My son went to the quay and never came back,” said the woman in a grey coat, holding his photograph. "
            "Her name is Dalia Nasser, and she is 48.")
    q = quote(d, "My son went to the quay and never came back,")
    assert q.new_speaker and next(p.name for p in d.new_actors if p.id == q.new_speaker) == "Dalia Nasser"


@pytest.mark.parametrize("text", [
    # near misses: a name in the next paragraph, and a next sentence about someone else's name
    "“My son went to the quay and never came back,” said the woman in a grey coat.\n\nHer name is Dalia Nasser.",
    "“My son went to the quay and never came back,” said the woman in a grey coat. Her son's name is Ali Nasser.",
])
def test_a_name_given_elsewhere_is_not_the_described_speaker(text):
    q = quote(run(text), "My son went to the quay and never came back,")
    assert q.new_speaker is None and q.speaker is None


def test_a_name_given_by_a_relative_clause_after_the_cue_is_the_speaker():
    registry = Registry(ACTORS + [{"id": "samir-dock-guard", "name": "Samir, guard at the dock gate", "kind": "person",
                                   "aliases": ["Samir"]}])
    text = "‘We heard two bangs,’ said the guard, who is in his twenties and gave only his first name, Samir."
    assert registry.who(text, "We heard two bangs,") == "samir-dock-guard"


def test_a_name_in_a_relative_clause_that_gives_no_name_is_not_the_speaker():
    # near miss: the relative clause mentions Samir, but does not give the guard's name
    registry = Registry(ACTORS + [{"id": "samir-dock-guard", "name": "Samir, guard at the dock gate", "kind": "person",
                                   "aliases": ["Samir"]}])
    text = "‘We heard two bangs,’ said the guard, who works with Samir at the gate."
    assert registry.who(text, "We heard two bangs,") != "samir-dock-guard"


@pytest.mark.parametrize("text, words, expected", [
    ('Nour Karim phoned Ines Varga on Monday. "The port is safe," Karim’s office quoted him as telling her.',
     "The port is safe,", "nour-karim"),
    ('Nour Karim spoke at the quay. "We will rebuild," the prime minister’s office quoted him as adding.',
     "We will rebuild,", "nour-karim"),
    ("Karim’s office quoted Ines Varga as warning that “the port is not safe”.", "the port is not safe", "ines-varga"),
    # the office's owner, named only as its owner, also after another man named before it
    ("Karim’s office quoted him as saying that “the port is safe”.", "the port is safe", "nour-karim"),
    ("Rami Zaher met Karim on Monday. Karim’s office quoted him as saying that “the port is safe”.", "the port is safe",
     "nour-karim"),
])
def test_quoted_him_as_telling_gives_the_one_quoted_and_the_office_relays(text, words, expected):
    q = quote(LEAGUE.run(text), words)
    assert (q.speaker, q.reported_via) == (expected, "karim-office")


def test_an_office_telling_in_its_own_words_still_speaks():
    # near miss: no "quoted … as" before the participle: the office tells
    q = quote(LEAGUE.run('Nour Karim phoned Ines Varga. "The port is safe," Karim’s office said, telling her nothing more.'),
              "The port is safe,")
    assert (q.speaker, q.reported_via) == ("karim-office", None)
