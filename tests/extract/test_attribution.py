"""Speaker attribution on articles the extractor has not seen (issue #11): passive agents and
relative clauses, pronoun chains across paragraphs that name places, names and nicknames in
quotation marks, statements and their antecedents, "he added" carried over, and the speaker
basis of every quote. All sentences are invented for these tests, in the styles of wire copy,
regional outlets and official statements."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import draft_yaml, extract

from helpers import ACTORS, DAY, quote

REGISTRY = ACTORS + [
    {"id": "harbour-army", "name": "Harbour Army", "kind": "military", "aliases": ["Harbour Army"],
     "description": "The army of Freedonia."},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government",
     "aliases": ["Government of Freedonia", "Freedonian government"]},
    {"id": "customs-ministry", "name": "Ministry of Customs", "kind": "government",
     "aliases": ["Ministry of Customs", "customs ministry", "Customs Ministry"]},
    {"id": "karim-office", "name": "Office of the Prime Minister of Freedonia", "kind": "government",
     "parent": "freedonia-government", "aliases": ["Karim’s office", "prime minister’s office"]},
]


def run(text: str):
    return extract(text, DAY, REGISTRY)


def who(text: str, words: str) -> str | None:
    q = quote(run(text), words)
    return q.speaker or q.new_speaker


# --- passives and relative clauses ----------------------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    # wire copy: the agent of a passive, then an apposition, then "who wrote"
    ('Karim was warned last week by Omar Haddad, the head of the Harbour Front, who wrote on Twitter: '
     '"The docks are not safe."', "The docks are not safe.", "omar-haddad"),
    ('The premier had been threatened by Lina Sabbagh, a spokeswoman for the customs ministry, who said in a '
     'post that "nobody is above the law".', "nobody is above the law", "lina-sabbagh"),
    ('Protesters were told by Haddad, leader of the ports ministry, who spoke on state television: "Go home."',
     "Go home.", "omar-haddad"),
])
def test_who_after_an_apposition_is_the_person_not_the_organisation(text, words, expected):
    assert who(text, words) == expected


# --- pronoun chains across paragraphs with places ----------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ('"The port is calm," Haddad said.\n\nKarim toured the docks with Lina Sabbagh. Al-Rasheed Street was '
     'closed to traffic.\n\n"We are safe," he added.', "We are safe,"),
    ('Nour Karim met Omar Haddad on Monday.\n\nBaghdad International Airport was closed for six hours.\n\n'
     '"We will reopen it soon," he said.', "We will reopen it soon,"),
    ('Haddad met Karim at the docks.\n\nThe Green Zone was sealed off. Tahrir Square stayed empty.\n\n'
     '"Nobody was hurt," he said.', "Nobody was hurt,"),
    ('Haddad spoke on Monday.\n\nCamp Taji was shelled overnight.\n\n"Nobody was hurt," he said.', "Nobody was hurt,"),
])
def test_a_pronoun_never_resolves_to_a_place(text, words):
    d = run(text)
    q = quote(d, words)
    assert q.speaker in ("omar-haddad", "nour-karim") or q.speaker is None
    assert not [p for p in d.new_actors if p.name.endswith(("Street", "Airport", "Zone", "Square"))]


def test_he_said_after_a_place_and_two_people_goes_to_the_latest_person_subject():
    d = run('"The port is calm," Lina Sabbagh said.\n\nOn Monday, Omar Haddad flew to Basra City, where he met Karim '
            'at Al-Rasheed Street.\n\n"We will rebuild the docks," he said.')
    q = quote(d, "We will rebuild the docks,")
    assert q.speaker == "omar-haddad" and q.speaker_basis == "pronoun resolution"


def test_places_are_not_proposed_as_new_speakers():
    d = run('Al-Rasheed Street was hit on Monday. "It is calm now," he said.')
    q = quote(d, "It is calm now,")
    assert q.speaker is None and q.new_speaker is None


# --- names and nicknames in quotation marks -------------------------------------------------------------

def test_a_nickname_in_apposition_is_not_a_quote_and_told_keeps_the_subject():
    d = run('The dock commander, “Abu Sami”, told Reuters: "We are ready."')
    assert [q.text for q in d.quotes] == ["We are ready."]
    assert quote(d, "We are ready.").speaker != "reuters"


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad, dubbed "the Admiral" by dock workers, wrote on Twitter: "The port is open."',
     "The port is open.", "omar-haddad"),
    ('Lina Sabbagh, known to colleagues as ‘Umm Ali’, told the Daily Courier: "The port is open."',
     "The port is open.", "lina-sabbagh"),
    ('Omar Haddad, nicknamed "The Engineer," said the raid was "a crime".', "a crime", "omar-haddad"),
])
def test_the_chain_goes_on_after_a_nickname(text, words, expected):
    d = run(text)
    assert expected and who(text, words) == expected
    assert len(d.quotes) == 1


# --- statements ---------------------------------------------------------------------------------------

def test_it_said_takes_the_ministry_not_the_last_speaker():
    d = run('"We stand with the workers," Haddad said.\n\nThe customs ministry condemned the raid. '
            '"The attackers will be caught," it said.')
    q = quote(d, "The attackers will be caught,")
    assert q.speaker == "customs-ministry" and q.speaker_basis == "pronoun resolution"


def test_a_statement_released_by_state_media_is_relayed_not_spoken_by_the_last_speaker():
    d = run('"We stand with the workers," Haddad said.\n\n"All ships have left the harbour," a statement released '
            'by state television said.')
    q = quote(d, "All ships have left the harbour,")
    assert q.speaker is None and q.reported_via == "state-tv" and q.channel == "statement"


def test_the_statement_said_takes_the_organisation_that_issued_it():
    d = run('"We stand with the workers," Haddad said.\n\nThe customs ministry issued a statement on Sunday.\n\n'
            '"Two drones were shot down," the statement said.')
    q = quote(d, "Two drones were shot down,")
    assert q.speaker == "customs-ministry" and q.speaker_basis == "statement antecedent"


def test_a_persons_office_is_composed_through_the_registry():
    d = run('"We stand with the workers," Haddad said.\n\n"The perpetrators will be punished," said a statement '
            'from Karim\'s office.')
    assert quote(d, "The perpetrators will be punished,").speaker == "karim-office"


@pytest.mark.parametrize("text, words, expected", [
    ('"We stand with the workers," Haddad said.\n\nThe raiders used "cheap drones", according to a statement from '
     'the customs ministry.', "cheap drones", "customs-ministry"),
    ('Haddad spoke first.\n\nThe Customs Ministry said the drones came from the east. "We will find them," the '
     'ministry said in a statement.', "We will find them,", "customs-ministry"),
    ('"The drones came from the east," the Harbour Army and the Freedonian government said.',
     "The drones came from the east,", "harbour-army"),
    ('"The drones came from the east," the council and the Freedonian government said in a joint statement.',
     "The drones came from the east,", "freedonia-government"),
])
def test_statement_speakers(text, words, expected):
    assert who(text, words) == expected


# --- continuation: "he added", "she continued" --------------------------------------------------------

def test_she_continued_is_a_continuation_cue():
    d = run('"The docks are safe," Lina Sabbagh said.\n\n"We will rebuild," she continued.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "lina-sabbagh" and q.attribution == "implicit"
    assert q.speaker_basis == "carried over (he added)"


def test_he_added_carries_over_only_when_no_other_person_intervened():
    d = run('"The docks are safe," Omar Haddad said.\n\nThe customs ministry said the ships had left.\n\n'
            '"We will rebuild," he added.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "omar-haddad" and q.speaker_basis == "carried over (he added)"
    d = run('"The docks are safe," Omar Haddad said.\n\nNour Karim flew to the port on Monday.\n\n'
            '"We will rebuild," he added.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "nour-karim" and q.speaker_basis == "pronoun resolution"


# --- the codebook's own carry-over limits (Q9 note of 2026-12-01; Q8 rule 5) ----------------------------

def test_a_quotation_opening_a_paragraph_after_reported_speech_is_unattributed():
    d = run('Lina Sabbagh said the port had been tense for weeks.\n\n"The ships left early. The crews were afraid.\n\n'
            '"Nobody expected a strike on the docks."')
    assert quote(d, "The ships left early. The crews were afraid.").speaker is None
    assert quote(d, "Nobody expected a strike on the docks.").speaker is None


def test_a_repeated_word_takes_the_speaker_of_the_quote_it_repeats():
    d = run('Omar Haddad wrote that the raid targeted "a former minister".\n\n'
            'The Harbour Front’s use of the word “former” angered Karim.')
    q = quote(d, "former")
    assert q.speaker == "omar-haddad" and q.attribution == "implicit"
    assert q.speaker_basis == "repeated word of an earlier quote"
    d = run('Nour Karim called the protesters "traitors".\n\nThe Front’s use of “traitors” angered the crowd.')
    assert [(q.text, q.speaker, q.attribution) for q in d.quotes] == [
        ("traitors", "nour-karim", "explicit"), ("traitors", "nour-karim", "implicit")]


# --- the speaker basis, for a reviewer to sort by ---------------------------------------------------------

def test_every_quote_says_how_its_speaker_was_found():
    d = run('"The docks are safe," Omar Haddad said.\n\n"We will rebuild," he added.\n\n'
            'The customs ministry issued a statement. "Calm is back," it said.\n\n"Stay home."')
    bases = {q.text: q.speaker_basis for q in d.quotes}
    assert bases == {"The docks are safe,": "explicit cue", "We will rebuild,": "carried over (he added)",
                     "Calm is back,": "pronoun resolution", "Stay home.": "none"}
    assert all(0 < q.confidence <= 1 for q in d.quotes)
    assert "speaker basis: carried over (he added)" in draft_yaml(d, "x")


@pytest.mark.parametrize("second", [
    '"The culprits will be caught," a statement released by state television said.',
    '"The culprits will be caught," the statement said.',
    '"The culprits will be caught," it said.',
    '"The culprits will be caught," read a statement released later.',
])
def test_a_cue_with_no_speaker_never_falls_back_to_the_quote_before(second):
    d = run('"We are safe," Omar Haddad said on Sunday. ' + second)
    q = quote(d, "The culprits will be caught,")
    assert (q.speaker, q.new_speaker, q.attribution) == (None, None, "unattributed")
    assert q.speaker_basis == "none (its cue names no speaker)"
