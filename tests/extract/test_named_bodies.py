"""Bodies named after "the … of" that the registry lacks and the article refers back to
(``kadhimi_ds.extract.named_bodies``): proposed as new actors, and, through the extractor's second pass, the
speaker of what "the Council" says after; bodies named by one word, a state's or with a relative clause, said to
speak (``speaking_names``). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, quote, run
from kadhimi_ds.extract.gazetteer import gazetteer_for
from kadhimi_ds.extract.named_bodies import named_bodies

COUNCILS = Registry(ACTORS + [
    {"id": "harbour-security-council", "name": "Harbour Security Council", "kind": "government",
     "aliases": ["Harbour Security Council"]},
])

SESSION = ("The Harbour Security Council met at noon and called the strike “an act of war”.\n"
           "In the evening, the Council of Elders held a session. A statement said the Council condemned the "
           "“cowardly attack” and would “stand by the port”.\n")


def names(text: str) -> list[str]:
    return [p.name for p in named_bodies(text, [], [], gazetteer_for(COUNCILS.actors))]


def test_a_body_named_after_the_and_referred_back_to_is_proposed():
    assert names(SESSION) == ["Council of Elders"]


def test_the_council_after_it_is_the_new_body_not_the_registered_council():
    draft = COUNCILS.run(SESSION)
    assert quote(draft, "an act of war").speaker == "harbour-security-council"
    body = next(p for p in draft.new_actors if p.name == "Council of Elders")
    assert body.kind == "government"
    for words in ("cowardly attack", "stand by the port"):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, body.id)


def test_no_body_without_a_reference_back_a_portfolio_ministry_or_a_registered_name():
    text = ("The Council of Elders met at noon. The Ministry of Foreign Affairs said the ministry “regrets” it. "
            "The Ministry of Ports said the ministry is ready.\n")
    assert names(text) == []


@pytest.mark.parametrize("text, name, words", [
    # a possessor instead of "the" before the name
    ("Eastvale’s Ministry of Fisheries Affairs condemned the strike. “This act targets every harbour,” the ministry "
     "said in a statement.\n", "Eastvale’s Ministry of Fisheries Affairs", "This act targets every harbour,"),
    # heads of unions and professional bodies
    ("The Syndicate of Harbour Pilots said two members were hurt. “Pilots are not a target,” the syndicate said.\n",
     "Syndicate of Harbour Pilots", "Pilots are not a target,"),
])
def test_a_body_named_after_a_possessor_or_with_a_union_head_speaks_as_the_noun(text, name, words):
    draft = COUNCILS.run(text)
    body = next(p for p in draft.new_actors if p.name == name)
    assert quote(draft, words).new_speaker == body.id


@pytest.mark.parametrize("text, name, words", [
    ("Leaders of the Dockside Framework met on Monday.\n\nThe Framework, in a statement issued after midnight, demanded "
     "“a neutral inquiry” into the fire.\n", "Dockside Framework", "a neutral inquiry"),
    ("BAGHDAD — Members of the Harbour Workers Front marched on Sunday.\n\n“The fire must be investigated,” the Front "
     "said in a statement.\n", "Harbour Workers Front", "The fire must be investigated,"),
])
def test_a_body_named_after_the_and_ending_in_its_head_speaks_as_the_capitalised_head(text, name, words):
    draft = run(text)
    body = next(p for p in draft.new_actors if p.name == name)
    assert quote(draft, words).new_speaker == body.id


@pytest.mark.parametrize("text", [
    # negative: the head in lower case is a common noun ("the resistance"), not the body
    "The Harbour Resistance met. “We pray for the port,” the resistance said.\n",
    # negative: a title, a role and a place as the last word
    "The Grand Ayatollah was silent. “We pray for the port,” the Ayatollah said.\n",
    "The Harbour Zone was shut. “We pray for the port,” the Zone said.\n",
])
def test_no_body_ending_in_its_head_without_the_capitalised_head_or_of_a_title_or_place(text):
    assert [p.name for p in named_bodies(text, [], [], gazetteer_for(COUNCILS.actors))] == []


# --- one-word names of a state's body or with a relative clause, said to speak -----------------------

@pytest.mark.parametrize("text, words, name, kind", [
    ("BEIRUT — Lebanon’s Wahdaniya, which runs several port unions, also condemned the fire.\n\n"
     "“This act serves only the enemies of the port,” Wahdaniya said in a statement.\n",
     "This act serves only the enemies of the port,", "Wahdaniya", "other"),
    ("Sawtuna, which speaks for the dockers, rejected the plan.\n\n“We will strike again,” Sawtuna said on Monday.\n",
     "We will strike again,", "Sawtuna", "other"),
    ("Kuwait’s Nahar newspaper blamed the cabinet.\n\n“The cabinet has failed the port,” Nahar said in an editorial.\n",
     "The cabinet has failed the port,", "Nahar", "media"),
])
def test_a_one_word_body_of_a_state_or_with_a_relative_clause_that_speaks_is_proposed(text, words, name, kind):
    draft = run(text)
    body = next(p for p in draft.new_actors if p.name == name)
    assert body.kind == kind
    assert quote(draft, words).new_speaker == body.id


@pytest.mark.parametrize("text, name", [
    # a headline's capitals: the owner's word stands in a line of no sentence
    ("Lebanon’s Wahdaniya condemns port fire\n\n“This act serves only chaos,” Wahdaniya said.\n", "Wahdaniya"),
    # a capital only where a sentence opens
    ("Sawtuna, which speaks for the dockers, met. Sawtuna said: “We will strike again.”\n", "Sawtuna"),
    # a word the text also writes in lower case
    ("Iraq’s Reform, which backs the cabinet, met.\n\n“Reform is slow,” Reform said of the reform.\n", "Reform"),
    # a person's surname, after a given name or a title
    ("Samir Touma, the port director, was hurt. Lebanon’s Touma said: “I am fine.”\n", "Touma"),
    ("The port was shut, President Touma announced. Lebanon’s Touma said: “I am fine.”\n", "Touma"),
    # a place, once after "in" or before "province"
    ("Iraq’s Samarra, which lies north of the capital, was calm and shops in Samarra opened.\n\n"
     "“We are fine,” Samarra said.\n", "Samarra"),
    ("Iraq’s Samarra, which lies north of Samarra province’s lake, was calm.\n\n“We are fine,” Samarra said.\n", "Samarra"),
    # a people, no body
    ("The vote was close.\n\nIraq’s Kurds said they were not consulted. “We were ignored,” one voter added.\n", "Kurds"),
    # named but never said to speak
    ("Lebanon’s Wahdaniya, which runs several port unions, was silent. “Nobody knows,” a docker said.\n", "Wahdaniya"),
])
def test_no_one_word_body_from_a_headline_an_opening_capital_a_common_word_a_place_a_people_or_a_person(text, name):
    assert name not in [p.name for p in run(text).new_actors if p.kind != "person"]
