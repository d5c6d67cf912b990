"""Cues (``kadhimi_ds.extract.cues``): the speech verbs that introduce reported words, here verbs of
appeal and complaint as participles after a subject and its scene ("X was on the radio, …, pleading
for “…”") and as finite verbs, and a source putting a figure at words in marks. Sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from helpers import quote, run, who

_SPEAKERS = [("Omar Haddad", "omar-haddad"), ("Lina Sabbagh", "lina-sabbagh"), ("Nour Karim", "nour-karim")]
_SCENES = ["was on state television", "stood at the gates of the port", "spoke from a hospital bed"]
_ASIDES = ["", ", a bandage on one hand,", ", visibly tired,"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SPEAKERS), st.sampled_from(_SCENES), st.sampled_from(_ASIDES),
       st.sampled_from(["appealing", "pleading"]))
def test_a_participle_of_appeal_gives_the_subject_of_its_clause(speaker, scene, aside, verb):
    name, actor = speaker
    text = f"Within hours {name} {scene}{aside} {verb} for “patience and calm”."
    assert who(text, "patience and calm") == actor


@given(st.sampled_from(_SPEAKERS), st.sampled_from(["complained", "lamented", "pleaded"]))
def test_a_finite_verb_of_complaint_gives_its_subject(speaker, verb):
    name, actor = speaker
    assert who(f"{name} {verb} that the port had been “left to rot”.", "left to rot") == actor


def test_a_complaint_noun_is_no_cue():
    # near miss: "complaints" and "appeals" as nouns after a determiner name no speaker
    text = "The complaints of dock workers about “endless delays” went unanswered."
    assert who(text, "endless delays") is None


@pytest.mark.parametrize("text, words, expected", [
    ("For Omar Haddad, the strike was “an act of war”.", "an act of war", "omar-haddad"),
    ("To Lina Sabbagh, the cranes are “the pride of the port”.", "the pride of the port", "lina-sabbagh"),
    ("For the Harbour Front, the closure was “a warning to all dockers”.", "a warning to all dockers", "harbour-front"),
])
def test_a_view_frame_opening_the_sentence_gives_its_holder(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # near misses: a time or place after "For"/"To" names no speaker; a cue nearer the quotation wins;
    # "for" inside the sentence is no frame
    ("For years, the port was “a ruin”.", "a ruin", None),
    ("For Omar Haddad, Nour Karim said, the strike was “a gift”.", "a gift", "nour-karim"),
    ("Nour Karim voted for Haddad, calling him “a builder”.", "a builder", "nour-karim"),
])
def test_a_view_frame_yields_to_time_phrases_and_nearer_cues(text, words, expected):
    assert who(text, words) == expected


def test_a_view_frame_is_no_claimant():
    claims = [c for c in run("For Omar Haddad, six dockers were wounded.").claims]
    assert all(c.claimed_by is None for c in claims)


@pytest.mark.parametrize("text, words, expected", [
    ("The Daily Courier rejected Omar Haddad's allegation that the fire was “arson”.", "arson", "omar-haddad"),
    ("Reuters carried the dock unions’ accusation that the port was “sold off”, Lina Sabbagh said.", "sold off",
     "lina-sabbagh"),  # a closing reporting clause still governs
])
def test_the_owner_of_a_noun_of_reported_speech_speaks_its_clause(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad’s description of the fire as an “act of sabotage” angered the Harbour Front.", "act of sabotage",
     "omar-haddad"),
    ("The Harbour Front rejected Lina Sabbagh’s characterisation of the strike as “illegal”.", "illegal",
     "lina-sabbagh"),
    # near miss: a description with no "as" names no words of its owner; the clause's own verb speaks
    ("Nour Karim rejected Omar Haddad’s description of the fire, calling it “sabotage”.", "sabotage", "nour-karim"),
])
def test_the_owner_of_a_description_as_gives_the_words_after_as(text, words, expected):
    assert who(text, words) == expected


def test_a_claim_with_no_clause_after_it_is_no_cue():
    # near miss: the writer's own word about a claim (Q4 scare quotes), no words of its owner
    assert run("Omar Haddad's claim was “baseless”.").quotes == []


@pytest.mark.parametrize("text", [
    "Two harbour sources tell the Daily Courier that six guards were hurt.",
    "“Six guards were hurt,” two harbour sources tell the Daily Courier.",
])
def test_tell_in_the_present_is_a_speech_verb(text):
    d = run(text)
    assert [(c.claimed_by, c.reported_via) for c in d.claims] == [("unnamed-sources", "daily-courier")]


def test_put_it_on_a_weekday_is_a_speech_verb():
    text = "As Omar Haddad put it on Tuesday, the port must now “pay its own way.” Few agree."
    assert who(text, "pay its own way.") == "omar-haddad"


def test_call_after_what_they_is_a_speech_verb():
    text = "The dockers went on strike against what they call the “theft of wages”."
    assert [q.text for q in run(text).quotes] == ["theft of wages"]
    assert quote(run(text), "theft of wages").cue == "call"


@pytest.mark.parametrize("verb", ["mocks", "dismisses", "rejects", "scoffs at", "reiterates", "admits"])
def test_a_present_speech_verb_of_a_timeline_gives_its_subject(verb):
    # a timeline tells the day in the present: the speaker before it, not the one of the sentence before
    text = (f"MAY 3 - Omar Haddad says the port will “reopen soon”. Lina Sabbagh {verb} the plan on her "
            f"channel as “a fantasy”.")
    assert who(text, "a fantasy") == "lina-sabbagh"


def test_a_present_speech_word_after_a_determiner_stays_a_noun():
    # near miss: "the rejects" is a noun; the words stay with the speaker of the sentence
    text = "Omar Haddad said the rejects of the audit were “sent back”."
    assert who(text, "sent back") == "omar-haddad"


@pytest.mark.parametrize("text, words, expected", [
    ("On Sunday Omar Haddad struck a softer tone, suggesting the fire may have been meant to “divide the workers”.",
     "divide the workers", "omar-haddad"),
    ("The dockers, whom Lina Sabbagh routinely brands “saboteurs”, marched again.", "saboteurs", "lina-sabbagh"),
])
def test_a_suggesting_participle_and_a_present_labelling_verb_are_cues(text, words, expected):
    assert who(text, words) == expected


@pytest.mark.parametrize("text", [
    "According to the account circulated by the ports ministry, two cranes were “shot down” and one hit the quay.",
    "In the version given by the ports ministry, two cranes were “shot down”.",
])
def test_an_account_or_version_given_by_a_source_is_that_sources(text):
    assert who(text, "shot down") == "ports-ministry"


# --- a source that puts a figure at words in marks says those words (Q8, M8 "put the toll at") -----

@pytest.mark.parametrize("text, words, expected", [
    ("Security sources put the number of wounded dockers at “more than twenty”.", "more than twenty",
     "unnamed-security-sources"),
    ("A police source, speaking on condition of anonymity, put the number of people held “after the riot at the quay” at 31.",
     "after the riot at the quay", "unnamed-security-sources"),
    ("Lina Sabbagh put the toll at “at least four dead” on Friday.", "at least four dead", "lina-sabbagh"),
])
def test_putting_a_figure_at_words_gives_the_source(text, words, expected):
    assert who(text, words) == expected


def test_putting_something_else_is_no_cue():
    # near miss: "put" with no figure noun reports no words
    assert who("Dockers put the cranes back at “full speed”.", "full speed") is None


# --- verbs of texting, hailing, condemnation and support -------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("Lina Sabbagh texted me at noon: “The cranes are moving.”", "The cranes are moving.", "lina-sabbagh"),
    ("“All calm at the pier,” Omar Haddad messaged a colleague.", "All calm at the pier,", "omar-haddad"),
    ("Nour Karim, in a televised speech, hails “a new day for the docks”.", "a new day for the docks", "nour-karim"),
    ("Omar Haddad hailed the vote as “a victory for the workers”.", "a victory for the workers", "omar-haddad"),
    ("Lina Sabbagh assured a radio host last year that “no crane will be sold.”", "no crane will be sold.",
     "lina-sabbagh"),
    ("The ports ministry promised “a full inquiry within a week”.", "a full inquiry within a week", "ports-ministry"),
])
def test_texting_hailing_assuring_and_promising_are_speech(text, words, expected):
    q = quote(run(text), words)
    assert (q.speaker, q.attribution) == (expected, "explicit")


@pytest.mark.parametrize("text, words, expected, cue", [
    ('Omar Haddad denounced the vote as "a sham".', "a sham", "omar-haddad", "denounced"),
    ('Sabbagh slammed the delay as "unacceptable" on Monday.', "unacceptable", "lina-sabbagh", "slammed"),
    ('The ports ministry voiced its "deep concern" over the strike.', "deep concern", "ports-ministry", "voiced"),
    ('Haddad reaffirmed the ministry’s "full support" for the crews.', "full support", "omar-haddad", "reaffirmed"),
    ('In a statement, the ports ministry affirmed its "total rejection of violence".',
     "total rejection of violence", "ports-ministry", "affirmed"),
    ('Nour Karim expressed the government’s "strong condemnation" of the attack.', "strong condemnation", "nour-karim",
     "expressed"),
])
def test_verbs_of_condemnation_and_support_are_cues(text, words, expected, cue):
    q = quote(run(text), words)
    assert (q.speaker, q.cue, q.attribution) == (expected, cue, "explicit")


def test_recalling_reports_the_words_of_the_clause_subject():
    text = "Omar Haddad spoke at the quay on Friday, recalling that the dockers had “built this port with their hands”."
    assert who(text, "built this port with their hands") == "omar-haddad"


def test_to_blame_is_the_speech_of_the_clause_subject_not_of_an_earlier_speaker():
    text = ("Omar Haddad condemned the fire and warned against “loose talk”, while Lina Sabbagh took to Twitter to "
            "blame “dock gangs” for it.")
    assert who(text, "dock gangs") == "lina-sabbagh"
    assert who(text, "loose talk") == "omar-haddad"


@pytest.mark.parametrize("verb", ["recalled", "recounted", "shouted", "shouted into a phone", "whispered at the gate",
                                  "recalled in an interview", "replied", "responded", "retorted", "answered"])
def test_recalled_after_the_closing_mark_is_a_cue(verb):
    text = f'Omar Haddad was on the quay at dawn. Nour Karim arrived later.\n\n"I told them to run," Haddad {verb}.'
    assert who(text, "I told them to run,") == "omar-haddad"

# (near miss: "The attack recalled the 2018 attempt …", with no closing mark before it, is no cue: codebook case c4-060)


def test_shouted_with_no_closing_mark_before_it_is_no_cue():
    text = ('Omar Haddad was on the quay at dawn. A docker shouted at the police, and the crowd scattered.\n\n'
            '"I told them to run," he said.')
    assert who(text, "I told them to run,") == "omar-haddad"


@pytest.mark.parametrize("text, expected", [
    ("Lina Sabbagh had written that the dockers “work for nothing”.", "lina-sabbagh"),
    ("Omar Haddad has written that it was “a dark day”.", "omar-haddad"),
])
def test_has_or_had_written_is_a_cue(text, expected):
    assert who(text, text[text.index("“") + 1:text.index("”")]) == expected


def test_written_as_a_plain_participle_is_no_cue():
    assert who("The words written on the harbour wall were “No to hunger”.", "No to hunger") is None
