"""The per-article speaker model (codebook Q8, Q9, Q11, Q13; M rules on new actors), on sentences
written for these tests in several styles: wire copy, a regional outlet, a live blog, an op-ed."""
from __future__ import annotations

import pytest

from helpers import quote, run


def speaker(text: str, words: str) -> str | None:
    q = quote(run(text), words)
    return q.speaker or q.new_speaker


# --- (a) explicit cues in the quote's sentence -----------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ('"The port is shut," said Omar Haddad, the ports minister.', "The port is shut,", "omar-haddad"),
    ('The port is "fully secure", according to Lina Sabbagh.', "fully secure", "lina-sabbagh"),
    ('Haddad told the Daily Courier: "We are ready."', "We are ready.", "omar-haddad"),
    ('Haddad told Lina Sabbagh: "Close the gates."', "Close the gates.", "omar-haddad"),
    ('Lina Sabbagh wrote on Twitter: "Stay calm."', "Stay calm.", "lina-sabbagh"),
    ('In a statement, the ports ministry said: "All ships are safe."', "All ships are safe.", "ports-ministry"),
    ('"The docks are safe," read a statement released by the Harbour Front.', "The docks are safe,", "harbour-front"),
    ('"No ship was hit," the statement from the ports ministry said.', "No ship was hit,", "ports-ministry"),
    ("The Harbour Front's statement called the vote \"a fraud\".", "a fraud", "harbour-front"),
    ('A statement issued by the Harbour Front said the count was "rigged from the start".',
     "rigged from the start", "harbour-front"),
    ('The ports ministry and the Harbour Front said: "Calm has returned."', "Calm has returned.", "ports-ministry"),
    ('The crowd was warned by Lina Sabbagh, who wrote: "Go home now."', "Go home now.", "lina-sabbagh"),
    ('Haddad, never one for nuance, called the protesters "vandals".', "vandals", "omar-haddad"),
    ('The minister\'s words, "we will rebuild", were quoted by Lina Sabbagh on Monday.', "we will rebuild",
     "lina-sabbagh"),
])
def test_an_explicit_cue_names_the_speaker(text, words, expected):
    assert speaker(text, words) == expected


def test_a_news_agency_that_relays_is_reported_via_not_the_speaker():
    q = quote(run('"We are ready," Haddad said, according to Reuters.'), "We are ready,")
    assert (q.speaker, q.reported_via) == ("omar-haddad", "reuters")
    q = quote(run('The ports ministry said in a statement carried by Reuters: "All is calm."'), "All is calm.")
    assert (q.speaker, q.reported_via) == ("ports-ministry", "reuters")
    q = quote(run('"The port is closed," Lina Sabbagh told Reuters.'), "The port is closed,")
    assert (q.speaker, q.reported_via) == ("lina-sabbagh", "reuters")


# --- (b) pronouns: the latest subject or speaker of the right type ----------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ('Lina Sabbagh spoke after a meeting with Omar Haddad. "The talks went well," she said.',
     "The talks went well,", "lina-sabbagh"),
    ('Omar Haddad met aides of Nour Karim in the capital. "We talked for hours," he said.',
     "We talked for hours,", "omar-haddad"),
    ('The ports ministry blamed the rivals of Omar Haddad. "They will pay," it said.', "They will pay,", "ports-ministry"),
    ('The Harbour Front denied any role in Baghdad. "We fired nothing," they said.', "We fired nothing,", "harbour-front"),
    ('10:15 GMT - Ministry speaks\nThe ports ministry said the fire was out. "All ships are safe," it said.',
     "All ships are safe,", "ports-ministry"),
    ('Omar Haddad said the port was calm.\n\nLater, Lina Sabbagh visited the docks with him. '
     '"Nobody was hurt," she added.', "Nobody was hurt,", "lina-sabbagh"),
    ('Lina Sabbagh said Haddad would "never resign". "I know him well," she said.', "I know him well,", "lina-sabbagh"),
])
def test_a_pronoun_takes_the_latest_subject_of_its_type(text, words, expected):
    assert speaker(text, words) == expected


def test_a_pronoun_skips_a_person_inside_a_quotation_and_a_place():
    text = ('Lina Sabbagh said: "Omar Haddad is safe."\n\nShe spoke in Basra City on Monday. '
            '"He is at home," she said.')
    assert speaker(text, "He is at home,") == "lina-sabbagh"


def test_he_with_no_person_subject_is_not_guessed():
    q = quote(run('The drone struck the home of Mustafa al-Kadhimi. "I saw it fall," he said.'), "I saw it fall,")
    assert q.speaker is None and q.attribution == "unattributed"


# --- (c) continuation, and (d) no guessing ------------------------------------------------------------

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


def test_a_banner_has_no_speaker():
    assert speaker('"Stay calm," read a banner outside the ministry.', "Stay calm,") is None


def test_an_aide_is_not_the_minister():
    assert speaker('Haddad\'s aide said: "The minister is fine."', "The minister is fine.") != "omar-haddad"


# --- unknown speakers: titled names and descriptions become new actors ------------------------------

def new_actor(text: str, words: str):
    d = run(text)
    q = quote(d, words)
    assert q.speaker is None and q.new_speaker, (q.speaker, q.new_speaker)
    return next(p for p in d.new_actors if p.id == q.new_speaker)


@pytest.mark.parametrize("text, words, name, kind", [
    ('Sheikh Hamid Obaidi, a tribal elder, said: "We stand with the state."', "We stand with the state.",
     "Hamid Obaidi", "person"),
    ('"We will respond," said General Faris Jabbar.', "We will respond,", "Faris Jabbar", "person"),
    ('"Calm is back," Minister Adel Saleh told reporters.', "Calm is back,", "Adel Saleh", "person"),
    ('Adel Saleh, the head of the dock workers union, said: "We are on strike."', "We are on strike.",
     "Adel Saleh", "person"),
    ('The Saraya Awliya Brigades said in a statement: "We had no part."', "We had no part.",
     "Saraya Awliya Brigades", "armed_group"),
    ('The Ministry of Water said: "Supplies are safe."', "Supplies are safe.", "Ministry of Water", "government"),
    ('The National Wisdom Party said: "The count was fair."', "The count was fair.", "National Wisdom Party", "party"),
    ('The Dijlah News Agency said: "Our office was hit."', "Our office was hit.", "Dijlah News Agency", "media"),
    ('The Popular Resistance Front said: "We warned them."', "We warned them.", "Popular Resistance Front",
     "armed_group"),
])
def test_an_unregistered_titled_or_described_speaker_is_a_new_actor(text, words, name, kind):
    prop = new_actor(text, words)
    assert (prop.name, prop.kind) == (name, kind)


def test_a_new_speaker_is_the_antecedent_of_a_later_pronoun():
    d = run('Sheikh Hamid Obaidi spoke on Monday in Basra. "We are with the state," he said.')
    assert quote(d, "We are with the state,").new_speaker


def test_headline_capitals_are_no_new_actor():
    d = run('Port Chief Slams Critics As Docks Reopen\n\nThe ports ministry said the docks reopened on Monday.')
    assert not [p for p in d.new_actors if p.start < 40]


def test_a_long_quotation_opening_its_paragraph_takes_the_speaker_only_of_a_colon_before_it():
    # reported speech in the paragraph before introduces nothing (Q9 note of 2026-12-01):
    # see test_attribution_rules.test_a_quotation_opening_a_paragraph_after_reported_speech_is_unattributed
    d = run('Lina Sabbagh told the Daily Courier:\n\n"The ships left early. The crews were afraid.\n\n'
            '"Nobody expected a strike on the docks."')
    assert quote(d, "The ships left early. The crews were afraid.").speaker == "lina-sabbagh"
    assert quote(d, "Nobody expected a strike on the docks.").speaker == "lina-sabbagh"


def test_a_subheading_shortened_from_a_later_quote_takes_its_speaker_and_no_other():
    d = run('‘Heart of the port’\n\n"This strike was aimed at the heart of our whole port," Haddad said.\n\n'
            '‘Calm days ahead’\n\n"We stay," Lina Sabbagh said.')
    assert quote(d, "Heart of the port").speaker == "omar-haddad"
    assert quote(d, "Calm days ahead").speaker is None


@pytest.mark.parametrize("text, words, expected", [
    ('The head of the ports ministry, Omar Haddad, wrote in a post: "We stay open."', "We stay open.", "omar-haddad"),
    ('The Harbour Front\'s media official, known as "Lina Sabbagh", wrote that "the docks are ours".',
     "the docks are ours", "lina-sabbagh"),
    ('The minister of ports, Mr. Omar Haddad, phoned Nour Karim and said the raid "hurt every worker".',
     "hurt every worker", "omar-haddad"),
    ('The Harbour Front\'s channels spent the week calling the minister a "thief".', "thief", "harbour-front"),
    ('Omar Haddad, the minister whom his staff call "the Captain", was quick to suggest the fire was "an accident".',
     "an accident", "omar-haddad"),
])
def test_appositions_coordinated_verbs_and_voices(text, words, expected):
    assert speaker(text, words) == expected


def test_a_coordinated_verb_does_not_take_its_object_as_speaker():
    assert speaker('Lina Sabbagh met Nour Karim and said the port was "safe again".', "safe again") == "lina-sabbagh"
