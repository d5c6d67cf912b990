"""Speakers a quotation finds besides its cues (``kadhimi_ds.extract.quote_speakers``): a named
person's speech verb before the words against a body's closing clause (Q8.1, Q8.6), one unnamed
source that goes on as "he" (Q9 a), a statement "in which" the words stand (Q8.2), a person's role
before a headline colon (Q6, G2), a name (its titles taken in) after a headline’s opening quotation and a colon (Q6 case 1), the source
opening an alert line with a colon, a person whose clause a colon closes before the words, the answer label
after a question quoting "you" (Q9), the subject of a clause of saying, stance, naming or wanting that holds
the words (Q8.6, Q4). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import DIPLOMATS, LEAGUE, quote, run, who


@pytest.mark.parametrize("text, words, expected", [
    ("“Two cranes fell,” a security source told Reuters.\n\n“The quay is closed,” he added.\n\n"
     "He noted that Omar Haddad was “safe and well” after the blast.", "safe and well", "unnamed-security-sources"),
    ("A police source said the quay was shut. He stressed that the cranes were “beyond repair.”",
     "beyond repair.", "unnamed-security-sources"),
    ("An official said the ship had left. She explained that it carried “no cargo at all.”",
     "no cargo at all.", "unnamed-officials"),
    # a named person between the source and the pronoun is the one "he" finds
    ("A police source said the quay was shut. Omar Haddad visited the port on Sunday. He said the cranes were "
     "“beyond repair.”", "beyond repair.", "omar-haddad"),
    # several sources are no "he"
    ("Security sources said the quay was shut. He said the cranes were “beyond repair.”", "beyond repair.", None),
])
def test_he_after_one_unnamed_source_is_that_source(text, words, expected):
    assert who(text, words) == expected

@pytest.mark.parametrize("text, words, expected", [
    ("The Harbour Front issued a statement late on Monday in which “the Front rejects the closure”.",
     "the Front rejects the closure", "harbour-front"),
    ("In the capital, the ports ministry released a short communiqué in which “all cranes are safe”.",
     "all cranes are safe", "ports-ministry"),
])
def test_words_of_a_statement_in_which_belong_to_its_issuer(text, words, expected):
    q = quote(run(text), words)
    assert (q.speaker, q.attribution) == (expected, "explicit")


def test_in_which_after_no_statement_names_no_speaker():
    # near miss: "a port in which" is no statement
    q = quote(run("The Harbour Front runs a port in which “nothing moves”."), "nothing moves")
    assert q.speaker is None or q.speaker != "harbour-front" or q.rule != "statement"


# --- a named person's speech verb before the words outranks a body's closing clause (Q8.1, Q8.6) ----

@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad visited the quay on Monday and expressed “full support” for the dockers, his ministry said.",
     "full support", "omar-haddad"),
    ("Ports Minister Omar Haddad phoned Karim and said Freedonia “will rebuild” the quay, the ports ministry said.",
     "will rebuild", "omar-haddad"),
    # near miss: the verb is cut off from the words by commas: the closing clause reports them
    ("Omar Haddad spoke to the dockers and said, at length, that the quay was “safe”, the ports ministry said.",
     "safe", "ports-ministry"),
    # near miss: the verb's subject is a body, not a person: the closing clause still speaks
    ("The Harbour Front visited the quay and expressed “full support” for the dockers, Reuters said.",
     "full support", "harbour-front"),
])
def test_a_named_person_s_verb_before_the_words_outranks_a_body_s_closing_clause(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Freedonian PM: ‘I am safe’\n\nFreedonia’s prime minister Nour Karim said he was unhurt.", "I am safe", "nour-karim"),
    # near miss: the person named in the body does not hold the headline's role
    ("Harbour leader: ‘We are safe’\n\nOmar Haddad said the quay was calm.", "We are safe", None),
])
def test_a_person_s_role_before_a_headline_colon_is_the_person_the_body_names_so(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("“A warning, not a wreck”: Omar Haddad on the ferry fire\n\nThe minister spoke to us on Monday.",
     "A warning, not a wreck", "omar-haddad"),
    ("‘The quay stays shut’ – Harbour Front\n\nThe party met on Sunday.", "The quay stays shut", "harbour-front"),
    ("‘No ship leaves tonight’: Harbour Front MP-elect Omar Haddad\n\nThe minister spoke on Monday.",
     "No ship leaves tonight", "omar-haddad"),
    # lower-case words the registry describes the person by ("Iraqi analyst X" for an analyst)
    ("‘The quay stays shut’: ports spokeswoman Lina Sabbagh on the strike\n\nShe spoke on Monday.",
     "The quay stays shut", "lina-sabbagh"),
    # near misses: the quotation does not open the line, or no known name follows the colon
    ("Fire at the port: ‘a warning’ – Omar Haddad\n\nThe minister spoke on Monday.", "a warning", None),
    ("“A warning, not a wreck”: how the ferry burned\n\nOmar Haddad spoke on Monday.", "A warning, not a wreck", None),
    ("‘The quay stays shut’: Harbour Front supporters march\n\nThe party met on Sunday.", "The quay stays shut", None),
    ("‘No ship leaves tonight’: why Omar Haddad closed the quay\n\nThe minister spoke on Monday.", "No ship leaves tonight", None),
    ("‘The quay stays shut’: critics blame Lina Sabbagh\n\nShe spoke on Monday.", "The quay stays shut", None),
])
def test_a_name_after_a_headline_s_opening_quotation_and_a_colon_or_dash_said_it(text, words, expected):
    assert who(text, words) == expected


def test_an_object_right_before_the_marks_is_not_the_subject_of_the_words():
    d = run("The ports ministry said the strike was “over.” The ministry gave Omar Haddad “full powers” to reopen the docks.")
    assert quote(d, "full powers").speaker != "omar-haddad"


def test_a_subject_opening_its_clause_right_before_the_marks_still_speaks():
    d = run("The docks were shut for a week, and the Harbour Front “rejects the closure,” a statement said.")
    assert quote(d, "rejects the closure,").speaker == "harbour-front"


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad tells a staff meeting that those behind the fire “are known”, according to a statement from "
     "the ports ministry.", "are known", "omar-haddad"),
    ("Lina Sabbagh told reporters that the cranes “will be back by Friday”, the ports ministry said.",
     "will be back by Friday", "lina-sabbagh"),
    # near miss: a comma between the person's verb and the words ends the clause; the closing body speaks
    ("Lina Sabbagh told reporters that the cranes were safe, and the quay “will be back by Friday”, the ports "
     "ministry said.", "will be back by Friday", "ports-ministry"),
])
def test_words_in_a_persons_that_clause_outrank_a_bodys_closing_clause(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Nour Karim spoke of a pattern. Omar Haddad’s description of the fire as an “act of sabotage”, he added, "
     "must now be matched by deeds.", "act of sabotage", "omar-haddad"),
    ("Omar Haddad’s description of the fire as an “act of sabotage”, Nour Karim said, must now be matched by deeds.",
     "act of sabotage", "omar-haddad"),
])
def test_a_description_owner_outranks_the_clause_reporting_the_description(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text", [
    # a label and the channel the words came by, opening an alert line (after its time stamp)
    "Port closed after blast\n\n03:52 Karim on Twitter: “I am well. The port will reopen and I call for calm.”",
    "Port closed after blast\n\nKarim via Telegram: “I am well. The port will reopen and I call for calm.”",
])
def test_a_label_with_its_channel_opening_a_line_names_the_speaker(text):
    q = quote(run(text), "I am well. The port will reopen and I call for calm.")
    assert (q.speaker, q.attribution) == ("nour-karim", "explicit")


def test_a_name_after_other_words_of_the_line_is_no_label():
    # near miss: the name does not open the line (no headline: it closes on a full stop)
    text = "Port closed after blast\n\nCrowds met Karim on Twitter: “I am well. The port will reopen and I call for calm.”"
    assert quote(run(text), "I am well. The port will reopen and I call for calm.").speaker is None


@pytest.mark.parametrize("text, words, expected", [
    ("LIVE: blast at the port\n05:31\nPorts ministry: drone hit the quay in “a failed attack”; nobody hurt\n05:40\nCranes stopped.",
     "a failed attack", "ports-ministry"),
    ("LIVE: blast at the port\n08:05\nPorts spokeswoman Lina Sabbagh: strike on the quay “an act of sabotage”; inquiry opened\n",
     "an act of sabotage", "lina-sabbagh"),
    ("LIVE: blast at the port\n08:05 Omar Haddad: the quay is “open again” from noon\n", "open again", "omar-haddad"),
])
def test_an_alert_line_opening_with_its_source_and_a_colon_gives_the_words_later_in_it(text, words, expected):
    assert who(text, words) == expected


TICKER = ("PORT TV\nLive ticker: blast at the port\n\n"
          "1) 02:41 – Ministry of Ports: “The quay is closed until noon.”\n\n"
          "2) 06:05 – Ports Minister Omar Haddad: the blast is “a crime against the port” and “an act of sabotage.”\n\n"
          "3) 11:45 – Harbour Front: two dockers “died as heroes”; the front blames the ministry for “the chaos.”\n\n"
          "4) 14:00 – Harbour Front security official Lina Sabbagh on Telegram: the strike is “pure theatre”\n\n"
          "5) 15:10 – Security sources to Reuters: the quay is “still burning”\n")


@pytest.mark.parametrize("words, expected", [
    ("The quay is closed until noon.", "ports-ministry"),
    # the label governs every quotation of its numbered line, past another quotation and a semicolon
    ("a crime against the port", "omar-haddad"),
    ("an act of sabotage.", "omar-haddad"),
    ("died as heroes", "harbour-front"),
    ("the chaos.", "harbour-front"),
    # titles with a word qualifying the role, and the channel before the colon
    ("pure theatre", "lina-sabbagh"),
])
def test_a_label_opening_a_numbered_ticker_item_gives_the_words_of_its_line(words, expected):
    assert who(TICKER, words) == expected


def test_an_outlet_the_sources_spoke_to_is_no_label_of_a_ticker_item():
    # near miss: "Security sources to Reuters:" names the relay, not who speaks
    assert who(TICKER, "still burning") != "reuters"


@pytest.mark.parametrize("text, words", [
    # near misses: the source must open the line; a name inside a sentence before a colon is no label
    ("LIVE: blast at the port\n05:31\nA drone hit the quay, says a report on Omar Haddad: it was “a failed attack”\n", "a failed attack"),
    ("The strike came at dawn.\n\nWe asked about Omar Haddad: the port called him “absent” for weeks.", "absent"),
])
def test_a_name_before_a_colon_that_does_not_open_the_line_is_no_alert_source(text, words):
    assert who(text, words) != "omar-haddad"


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad appeared on the quay hours later, his arm bandaged: “I am well. Stay calm.”', "I am well. Stay calm.",
     "omar-haddad"),
    ('Lina Sabbagh, a spokeswoman with long experience of the port, is blunt: “If they wanted it shut, it would be shut.”',
     "If they wanted it shut, it would be shut.", "lina-sabbagh"),
])
def test_a_colon_after_a_clause_whose_subject_is_a_person_introduces_that_persons_words(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words", [
    # near misses: the subject before the colon is no person, or is none
    ('The ports ministry woke to a new slogan on the walls: “Enough of the cranes.”', "Enough of the cranes."),
    ('The message on the quay was short: “Closed for repairs.”', "Closed for repairs."),
])
def test_a_colon_after_a_clause_whose_subject_is_no_person_gives_no_speaker(text, words):
    assert who(text, words) is None


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad spoke on the quay hours later.\n\nHis message to the crews was short: “Go home and rest.”',
     "Go home and rest.", "omar-haddad"),
    ('Lina Sabbagh took questions for an hour. Her answer was always the same: “The cranes will be back.”',
     "The cranes will be back.", "lina-sabbagh"),
])
def test_a_colon_after_words_a_pronoun_owns_introduces_the_owners_words(text, words, expected):
    q = quote(run(text), words)
    assert (q.speaker, q.attribution) == (expected, "implicit")  # Q9 a: the pronoun points back


@pytest.mark.parametrize("text, words", [
    # near misses: no words before the colon, or words no pronoun owns
    ('Omar Haddad spoke on the quay. His plan was simple: “Hold the gate.”', "Hold the gate."),
    ('Omar Haddad spoke on the quay. The message on the wall was short: “Closed for repairs.”', "Closed for repairs."),
])
def test_a_colon_after_a_clause_about_no_owned_words_gives_no_speaker(text, words):
    assert who(text, words) is None


def test_a_colon_after_a_body_showing_words_it_wrote_gives_them_to_the_body():
    q = quote(run("By noon the Harbour Front had a red banner across the gate: “The quay belongs to the workers.”"),
              "The quay belongs to the workers.")
    assert (q.speaker, q.attribution) == ("harbour-front", "explicit")


def test_a_colon_after_a_body_with_no_words_it_wrote_gives_no_speaker():
    # near miss: a plan is no words the body wrote
    assert who("The ports ministry had a plan for the night: “Hold the gate.”", "Hold the gate.") is None


def test_a_question_quoting_you_gives_the_words_to_the_answer_label_after_it():
    text = ("Q&A: the port after the fire\nHow bad is the damage?\nSabbagh: Bad. Two cranes are gone.\n"
            "You have written that the quay is “a ruin, not a harbour”. What do you mean?\n"
            "Sabbagh: Nothing works there now.")
    q = quote(run(text), "a ruin, not a harbour")
    assert (q.speaker, q.attribution) == ("lina-sabbagh", "implicit")


def test_a_question_quoting_someone_else_is_no_words_of_the_answer_label():
    # near miss: "Karim has said" is no "you"; the label after does not take his words
    text = ("Q&A: the port after the fire\nKarim has said the quay is “a ruin, not a harbour”? Is he right?\n"
            "Sabbagh: Nothing works there now.")
    assert who(text, "a ruin, not a harbour") != "lina-sabbagh"


@pytest.mark.parametrize("words", ["firmly rejected", "stay calm"])
def test_a_named_subject_of_a_reported_act_outranks_the_closing_spokesman(words):
    text = ('League of Ports Secretary-General Ines Varga "firmly rejected" the seizure of the ship and asked '
            'all crews to "stay calm", her spokesman said in Geneva.')
    assert LEAGUE.who(text, words) == "ines-varga"


def test_the_closing_clause_still_governs_words_of_the_writer_s_clause():
    text = 'The seizure was "a grave mistake", a League of Ports spokesman said.'
    assert LEAGUE.who(text, "a grave mistake") == "league-of-ports"


# --- a transcript turn label -----------------------------------------------------------------------

def test_a_turn_label_that_is_no_actor_names_nobody():
    q = quote(DIPLOMATS.run('Anchor: "Minister, are you ready?"\nHaddad: "We are ready to talk."'), "Minister, are you ready?")
    assert q.speaker is None


# --- the subject of a clause of saying, stance, naming or wanting that holds the words (Q8 rule 6, Q4) ----

@pytest.mark.parametrize("text, words, expected", [
    ("The Harbour Front cried “a stolen count” after the vote.", "a stolen count", "harbour-front"),
    ("Karim wants a “national unity cabinet” rather than another deal.", "national unity cabinet", "nour-karim"),
    ("The Quay Media Cell, the army’s press office, referred in its own statement to a single “booby-trapped drone”.",
     "booby-trapped drone", "quay-cell"),
])
def test_words_in_a_stance_clause_belong_to_its_subject(text, words, expected):
    q = quote(LEAGUE.run(text), words)
    assert (q.speaker, q.attribution, q.where) == (expected, "explicit", "clause verb")


@pytest.mark.parametrize("text, words", [
    # the name only modifies the subject's noun
    ("Some Harbour Front members call the blast “a play.”", "a play."),
    # a plural pronoun tells no group for sure
    ("They already call Karim the “former” prime minister.", "former"),
    # an object of the verb is no subject
    ("The council gave the Quay Media Cell “full powers”.", "full powers"),
    # the verb nearest the words is in a clause of its own whose subject is not told
    ("Karim wants a cabinet that the dockers call “fair”.", "fair"),
])
def test_no_stance_subject_names_no_speaker(text, words):
    q = quote(LEAGUE.run(text), words)
    assert q.speaker is None and q.attribution == "unattributed"


def test_a_named_cue_keeps_its_speaker_over_the_stance_subject():
    # rule 2: the cue names Zaher; Karim's "wants" does not take the words from him
    assert LEAGUE.who("Rami Zaher said Karim wants a “national unity cabinet”.", "national unity cabinet") == "rami-zaher"
    assert LEAGUE.who("Karim, the prime minister, wants a “quiet port”, Rami Zaher said.", "quiet port") == "rami-zaher"
