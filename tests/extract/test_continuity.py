"""Carrying a speaker on (``kadhimi_ds.extract.continuity``) where the quotation's own sentence
names none: "he added", quotations in the same paragraph or running over paragraphs,
sub-headings and headline words that repeat a later quotation, and the codebook's limits (Q6,
Q8 rule 5, Q9): reported speech or a cue with no speaker carries nothing on. Also whether a
quotation is a fragment. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, CUSTOMS, DIPLOMATS, LEAGUE, Registry, quote, run


# --- "he added", "she continued" ------------------------------------------------------------------

def test_he_added_and_she_said_carry_over_to_the_last_named_speaker():
    text = ("Omar Haddad visited the docks on Monday.\n"
            "“We will rebuild,” Omar Haddad said. “Every pier,” he added.\n"
            "Lina Sabbagh said the budget was ready. “It is signed,” she said.")
    draft = run(text)
    assert quote(draft, "Every pier,").speaker == "omar-haddad"
    assert quote(draft, "Every pier,").attribution == "implicit"
    assert quote(draft, "It is signed,").speaker == "lina-sabbagh"


def test_she_continued_is_a_continuation_cue():
    d = CUSTOMS.run('"The docks are safe," Lina Sabbagh said.\n\n"We will rebuild," she continued.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "lina-sabbagh" and q.attribution == "implicit"
    assert q.speaker_basis == "carried over (he added)"


def test_he_added_carries_over_only_when_no_other_person_intervened():
    d = CUSTOMS.run('"The docks are safe," Omar Haddad said.\n\nThe customs ministry said the ships had left.\n\n'
            '"We will rebuild," he added.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "omar-haddad" and q.speaker_basis == "carried over (he added)"
    d = CUSTOMS.run('"The docks are safe," Omar Haddad said.\n\nNour Karim flew to the port on Monday.\n\n'
            '"We will rebuild," he added.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "nour-karim" and q.speaker_basis == "pronoun resolution"


# --- quotations in one paragraph and over paragraphs ----------------------------------------------

def test_a_quote_after_a_quote_of_the_same_paragraph_is_implicit():
    q = quote(run('"The fire is out," Haddad said. "Nobody was hurt."'), "Nobody was hurt.")
    assert (q.speaker, q.attribution) == ("omar-haddad", "implicit")


def test_a_closed_quote_alone_in_a_new_paragraph_is_unattributed():
    q = quote(run('"The fire is out," Haddad said.\n\n"Nobody was hurt."'), "Nobody was hurt.")
    assert (q.speaker, q.attribution) == (None, "unattributed")


def test_an_unclosed_quotation_keeps_its_speaker_over_paragraphs():
    d = run('Haddad said: "The fire is out.\n\n"Nobody was hurt. We will rebuild."')
    assert quote(d, "Nobody was hurt. We will rebuild.").speaker == "omar-haddad"
    assert quote(d, "The fire is out.").speaker == "omar-haddad"


def test_the_prime_minister_is_never_the_default_speaker():
    d = run('Mustafa al-Kadhimi was unhurt, officials said.\n\nCritics called the vote "a farce."\n\n'
            '"This is a dark day."')
    assert quote(d, "a farce.").speaker is None
    assert quote(d, "This is a dark day.").speaker is None


def test_a_long_quotation_opening_its_paragraph_takes_the_speaker_only_of_a_colon_before_it():
    # reported speech in the paragraph before introduces nothing (Q9 note of 2026-12-01):
    # see test_continuity.test_a_quotation_opening_a_paragraph_after_reported_speech_is_unattributed
    d = run('Lina Sabbagh told the Daily Courier:\n\n"The ships left early. The crews were afraid.\n\n'
            '"Nobody expected a strike on the docks."')
    assert quote(d, "The ships left early. The crews were afraid.").speaker == "lina-sabbagh"
    assert quote(d, "Nobody expected a strike on the docks.").speaker == "lina-sabbagh"


def test_a_paragraph_whose_last_words_point_ahead_to_a_colon_introduces_its_subjects_words():
    d = run("Our reporter Lina Sabbagh is at the port gate this morning. She sends this:\n\n"
            "“The quay is closed and the cranes are still. Nobody is allowed in.”")
    q = quote(d, "The quay is closed and the cranes are still. Nobody is allowed in.")
    assert (q.speaker, q.attribution) == ("lina-sabbagh", "implicit")


def test_a_paragraph_merely_ending_in_a_colon_introduces_no_speaker():
    # near miss: the sentence before the colon names a person but points to no words after it
    d = run("Omar Haddad faced a choice on Monday:\n\n“Reopen the port or lose the season.”")
    assert quote(d, "Reopen the port or lose the season.").speaker is None


# --- the codebook's carry-over limits (Q9 note of 2026-12-01; Q8 rule 5) --------------------------

def test_a_quotation_opening_a_paragraph_after_reported_speech_is_unattributed():
    d = CUSTOMS.run('Lina Sabbagh said the port had been tense for weeks.\n\n"The ships left early. The crews were afraid.\n\n'
            '"Nobody expected a strike on the docks."')
    assert quote(d, "The ships left early. The crews were afraid.").speaker is None
    assert quote(d, "Nobody expected a strike on the docks.").speaker is None


def test_reported_speech_gives_no_speaker_to_a_quotation_opening_the_next_paragraph():
    q = quote(DIPLOMATS.run('Omar Haddad said the port would reopen soon.\n\n"We will rebuild every pier."'), "We will rebuild every pier.")
    assert q.speaker is None and q.attribution == "unattributed"  # Q9 note of 2026-12-01


def test_a_verdict_sentence_in_the_next_paragraph_carries_no_speaker_back():
    q = quote(DIPLOMATS.run('"We will not be intimidated."\n\nThat was the verdict of Lina Sabbagh.'), "We will not be intimidated.")
    assert q.speaker is None and q.attribution == "unattributed"


@pytest.mark.parametrize("second", [
    '"The culprits will be caught," a statement released by state television said.',
    '"The culprits will be caught," the statement said.',
    '"The culprits will be caught," it said.',
    '"The culprits will be caught," read a statement released later.',
])
def test_a_cue_with_no_speaker_never_falls_back_to_the_quote_before(second):
    d = CUSTOMS.run('"We are safe," Omar Haddad said on Sunday. ' + second)
    q = quote(d, "The culprits will be caught,")
    assert (q.speaker, q.new_speaker, q.attribution) == (None, None, "unattributed")
    assert q.speaker_basis == "none (its cue names no speaker)"


# --- headings, headlines and repeated words -------------------------------------------------------

def test_heading_quote_takes_the_speaker_of_the_words_it_excerpts():
    text = ("‘Every pier’\n\n"
            "“We will rebuild every pier before winter,” Lina Sabbagh said.")
    assert quote(run(text), "Every pier").speaker == "lina-sabbagh"


def test_a_subheading_shortened_from_a_later_quote_takes_its_speaker_and_no_other():
    d = run('‘Heart of the port’\n\n"This strike was aimed at the heart of our whole port," Haddad said.\n\n'
            '‘Calm days ahead’\n\n"We stay," Lina Sabbagh said.')
    assert quote(d, "Heart of the port").speaker == "omar-haddad"
    assert quote(d, "Calm days ahead").speaker is None


@pytest.mark.parametrize("text, words, expected", [
    ('Port live: cranes down\n\n16:40 GMT - Haddad: ‘the docks will reopen’\nThe minister said on Monday that '
     '"the docks will reopen within a week".', "the docks will reopen", "omar-haddad"),
    ('Port live\n\n09:10 GMT - Tide Guard leader: ‘we had no part in it’\nRami Zaher told reporters: "We had no '
     'part in it, and we want a neutral inquiry."', "we had no part in it", "rami-zaher"),
])
def test_a_name_and_colon_before_a_headline_quote_names_its_speaker(text, words, expected):
    q = quote(LEAGUE.run(text), words)
    assert q.speaker == expected


def test_a_headline_word_repeated_in_a_body_quote_takes_its_speaker():
    text = ('Freedonia’s Karim survives ‘cowardly’ raid on the docks\n\n'
            'The Quay Media Cell said in a statement that the port had been hit by "a cowardly raid with two boats".')
    q = quote(LEAGUE.run(text), "cowardly")
    assert q.speaker == "quay-cell" and q.attribution == "implicit"


def test_a_headline_word_found_in_no_body_quote_stays_unattributed():
    text = 'Karim survives ‘cowardly’ raid\n\nThe Quay Media Cell said the port was calm.'
    q = quote(LEAGUE.run(text), "cowardly")
    assert q.speaker is None


def test_a_repeated_word_takes_the_speaker_of_the_quote_it_repeats():
    d = CUSTOMS.run('Omar Haddad wrote that the raid targeted "a former minister".\n\n'
            'The Harbour Front’s use of the word “former” angered Karim.')
    q = quote(d, "former")
    assert q.speaker == "omar-haddad" and q.attribution == "implicit"
    assert q.speaker_basis == "repeated word of an earlier quote"
    d = CUSTOMS.run('Nour Karim called the protesters "traitors".\n\nThe Front’s use of “traitors” angered the crowd.')
    assert [(q.text, q.speaker, q.attribution) for q in d.quotes] == [
        ("traitors", "nour-karim", "explicit"), ("traitors", "nour-karim", "implicit")]


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad called the fire "sabotage."\n\n"Sabotage." Think about that word for a moment.', "Sabotage.",
     "omar-haddad"),
    ('Lina Sabbagh dismissed the raid as a “stunt.”\n\n“Stunt.” The word has stuck to the port ever since.', "Stunt.",
     "lina-sabbagh"),
    # negative: a bare quotation followed by no comment on its wording stays unattributed (Q9)
    ('Omar Haddad called the fire "sabotage."\n\n"Sabotage." The pier burned for a day.', "Sabotage.", None),
])
def test_a_word_repeated_and_then_commented_on_takes_the_speaker_it_repeats(text, words, expected):
    q = quote(run(text), words)
    assert q.speaker == expected and q.attribution == ("implicit" if expected else "unattributed")


# --- fragments ------------------------------------------------------------------------------------

def test_fragment_and_whole_utterance():
    draft = run("Omar Haddad called the fire “a warning”. Omar Haddad said: “We will rebuild every pier in the old harbour.”")
    assert quote(draft, "a warning").fragment is True
    assert quote(draft, "We will rebuild every pier in the old harbour.").fragment is False


# --- a headline naming a state, a body giving the words to that state's ministry ------------------

_STATE = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania"]},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvania's Foreign Ministry", "Sylvania’s Foreign Ministry"]},
])


@pytest.mark.parametrize("head, words", [
    ("Sylvania condemns port strike, calls the docks ‘vital’", "vital"),
    ("Sylvania condemns ‘vital’ port strike", "vital"),
])
def test_a_headline_state_named_as_speaking_stays_the_speaker_when_its_ministry_says_it_in_the_body(head, words):
    # Q6 case 1, note of 2026-12-01: the state as the headline names it, even when the body gives the words
    # to its ministry
    text = (head + "\n\nSylvania’s Foreign Ministry condemned the strike. “The docks are vital to the whole "
            "region,” the ministry said in a statement.")
    q = quote(_STATE.run(text), words)
    assert (q.speaker, q.attribution) == ("sylvania", "explicit")


def test_a_headline_state_label_gives_way_to_its_ministry_quoted_in_the_body():
    # near miss: a label and colon names no act of saying (Q6 case 2)
    text = ("Sylvania: ‘The docks are vital’\n\nSylvania’s Foreign Ministry said: “The docks are vital to the "
            "whole region.”")
    q = quote(_STATE.run(text), "The docks are vital")
    assert (q.speaker, q.attribution) == ("sylvania-foreign-ministry", "implicit")


def test_a_headline_state_stays_when_the_body_has_the_state_say_it():
    # near miss: the body's sentence has the state itself condemn: the headline names the speaker (Q6 case 1)
    text = ("Sylvania condemns ‘act of sabotage’\n\n"
            "Sylvania condemned what the Sylvania's Foreign Ministry called an “act of sabotage” on Monday.")
    head = _STATE.run(text).quotes[0]
    assert (head.text, head.speaker) == ("act of sabotage", "sylvania")


def test_a_headline_state_stays_when_the_body_gives_the_words_to_a_person_of_that_state():
    # a person is no body the state speaks through: the headline names its own speaker (Q6 case 1, Q8 rule 1)
    registry = Registry(_STATE.actors + [
        {"id": "ana-petrov", "name": "Ana Petrov", "kind": "person", "parent": "sylvania-foreign-ministry",
         "description": "Adviser to Sylvania's foreign minister.", "aliases": ["Ana Petrov", "Petrov"]}])
    text = ("Sylvania condemns port strike, warns of ‘sabotage’\n\n"
            "Sylvania’s Foreign Ministry condemned the strike. Ana Petrov wrote that it was “sabotage by outsiders”.")
    head = registry.run(text).quotes[0]
    assert (head.text, head.speaker, head.attribution) == ("sabotage", "sylvania", "explicit")
    # a label and colon is no verb of the state: the person the body quotes speaks
    text = "Sylvania: ‘We stand ready to help’\n\nAna Petrov wrote: “We stand ready to help the port reopen.”"
    head = registry.run(text).quotes[0]
    assert (head.text, head.speaker) == ("We stand ready to help", "ana-petrov")


def test_a_headline_that_names_the_speaker_of_the_body_quote_is_explicit():
    text = ("‘I am safe’: Nour Karim appears at the quay\n\n"
            "“I am safe, and the port is safe,” Karim told reporters on Monday.")
    q = quote(run(text), "I am safe")
    assert (q.speaker, q.attribution) == ("nour-karim", "explicit")


def test_a_headline_that_does_not_name_the_speaker_stays_implicit():
    # near miss: the headline names another actor; the body gives the words to the Harbour Front (Q6 case 2)
    text = ("‘I am safe’: the port reopens\n\n"
            "“I am safe, and the port is safe,” Karim told reporters on Monday.")
    q = quote(run(text), "I am safe")
    assert (q.speaker, q.attribution) == ("nour-karim", "implicit")


# --- a speaker named in the next sentence ("That was the verdict of X") ----------------------------

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
    assert DIPLOMATS.who(text, words) == expected
