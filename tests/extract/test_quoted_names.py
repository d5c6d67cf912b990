"""Names and titles in quotation marks (``kadhimi_ds.extract.quoted_names``, codebook Q5): hashtags,
names after a naming phrase, titles next to the word for a work or programme, translations of a name in
brackets and capitalised names after a determiner are no quotations; labels and words someone said stay
quotations. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import quote, run


@pytest.mark.parametrize("text", [
    "By noon the hashtag “#PortIsOpen” was trending, while rival accounts pushed “#dock_lies”.",
    "Lina Sabbagh, whose novel “The Salt of the Harbour” was banned, left the city in 2019.",
    "Omar Haddad, who wrote the “Harbour Notes” column for the Daily Courier, became minister in May.",
    "The Telegram channel “Dock Watch”, which is close to the gangs, posted a photo of the crane.",
    "The mayor spoke on the weekly programme “Open Harbour” about the strike.",
    "The union issued a statement titled “A Word to the Dock Workers” on Monday.",
    "The Bahr (“Sea”) Party won three seats in the council.",
    "The mayor, whose list ran as “Blue Harbour” in 2018, kept his seat.",
    "The ministry blames front groups such as “Sons of the Quay” for the fires.",
    "The crane stands inside the heavily fenced “Free Port Zone”, home to the customs offices.",
    "The mayor came to power after the “Tishreen” dock strike forced his predecessor out.",
    "The minister named a deputy to head a “Supreme Harbour Committee” into the fire.",
    "Leaders of the “Harbour Front”, the alliance of dock unions, met on Sunday evening.",
])
def test_names_titles_and_hashtags_in_marks_are_no_quotations(text):
    assert run(text).quotes == []


@pytest.mark.parametrize("text, words", [
    ("Dock Watch, a news website, ran the story. “Fake,” the website said.", "Fake,"),  # a speech verb after the noun
    ("Omar Haddad called the strike “A Disgrace” on Monday.", "A Disgrace"),  # a label with a cue in the sentence
    ("The union said the fire was “the Work of Criminals” and left.", "the Work of Criminals"),
    ("Protesters carried a banner reading “Down With The Gangs” past the port.", "Down With The Gangs"),
])
def test_capitalised_words_someone_said_stay_quotations(text, words):
    assert quote(run(text), words)


def test_a_name_in_marks_leaves_the_quotation_after_it_to_its_speaker():
    d = run("Omar Haddad, speaking on the weekly programme “Open Harbour”, called the fire “a crime against the city.”")
    assert [q.text for q in d.quotes] == ["a crime against the city."]
    assert quote(d, "a crime against the city.").speaker == "omar-haddad"


@pytest.mark.parametrize("text", [
    # a naming clause after the marks: a nickname, whatever its case
    "For weeks their sit-in has blocked the roads into “the bubble,” as the port quarter is known.",
    "Protesters marched on “the fortress,” as residents call it, at dawn.",
    # a piece the writer argued in, or dates
    "As we argued in “The Harbour Question”, the port vote did not collapse.",
    "Our earlier note, “The Salt Vote” (March 2), made the same point.",
])
def test_nicknames_named_after_the_marks_and_titles_of_pieces_are_no_quotations(text):
    assert run(text).quotes == []


@pytest.mark.parametrize("text, words", [
    ("“We will rebuild,” Omar Haddad said, as the crowd was known to expect.", "We will rebuild,"),
    ("Omar Haddad argued in parliament that the port was “Ours Alone” on Monday.", "Ours Alone"),
])
def test_a_quotation_before_an_as_clause_or_after_argued_in_a_place_stays(text, words):
    assert quote(run(text), words)


def test_a_word_after_a_noun_reporting_speech_is_a_quotation():
    # Q4: "the Front claimed the fire was “staged”" can be completed from the sentence
    d = run("The Daily Courier carried the Harbour Front’s claim that the fire had been “staged”.")
    assert quote(d, "staged").speaker == "harbour-front"


@pytest.mark.parametrize("text", [
    "The harbour police began an operation, dubbed “Clean Quays”, to find the arsonists. Haddad said it would last a week.",
    "Omar Haddad said the strikers had set up camp in what they have named “Tents of the Tide”.",
    "The union had called Monday’s march the “Day of the Cranes”. Thousands came.",
    "A small gang calling itself Saraya al-Bahr, or “Brigades of the Sea”, claimed the fire.",
    "Shadowy ‘Bahr Brigades’ group claims the harbour fire",
    "Lina Sabbagh said the crane had fallen near the “Free Port Zone” before dawn.",
])
def test_names_given_places_and_group_names_in_marks_are_no_quotations(text):
    assert run(text).quotes == []


def test_a_labelling_verb_makes_only_its_own_label_a_quotation():
    d = run("The outgoing “chairman”, whose term ends soon, has cast the dockers, whom his office brands “saboteurs”, "
            "as the enemy.")
    assert [q.text for q in d.quotes] == ["saboteurs"]


@pytest.mark.parametrize("text", [
    "The Daily Courier led with the headline “Cranes fall at dawn and nobody asks why” on Monday.",
    "Under the headline “The ferry that nobody saw”, the weekly doubted the whole story.",
])
def test_a_headline_in_apposition_is_a_title(text):
    assert run(text).quotes == []


def test_a_headline_with_a_verb_stays_a_quotation():
    assert [q.text for q in run("In the Daily Courier the headline read “Cranes fall at dawn”.").quotes] == ["Cranes fall at dawn"]


def test_a_bare_blame_makes_no_scare_quote_a_quotation():
    assert run("These “guardians” of the port blame everyone but themselves.").quotes == []
