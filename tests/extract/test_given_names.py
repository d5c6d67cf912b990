"""A title and a given name ("Sayyed Moqtada"), and the title alone after it ("the Sayyed")
(``kadhimi_ds.extract.given_names``). All sentences and registry entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import ACTORS, links_over, quote

CLERIC = ACTORS + [
    {"id": "yousef-al-karkhi", "name": "Yousef al-Karkhi", "kind": "person", "description": "Cleric of the port.",
     "aliases": ["Yousef al-Karkhi", "al-Karkhi"]},
    {"id": "yousef-office", "name": "Yousef Office", "kind": "government", "aliases": ["Yousef Office"]},
]
TWO_YOUSEFS = CLERIC + [{"id": "yousef-dawood", "name": "Yousef Dawood", "kind": "person", "aliases": ["Yousef Dawood"]}]


def test_a_title_and_a_given_name_are_the_one_person_registered_with_it_in_any_spelling():
    assert ("Sayyed Yousif", "yousef-al-karkhi") in links_over("Sayyed Yousif spoke on Monday.", CLERIC)
    assert ("Sheikh Yousef", "yousef-al-karkhi") in links_over("Sheikh Yousef spoke on Monday.", CLERIC)


@pytest.mark.parametrize("text", [
    "Sayyed Yousef spoke on Monday.",                                  # two persons named Yousef, none named before
    "Sayyed Yousef Hamdan spoke on Monday.",                           # a longer, unregistered name
    "Sayyed Yousef al-Hamdani spoke on Monday.",
])
def test_no_given_name_mention_when_the_person_is_not_the_only_one(text):
    assert not any(m.method == "given" for m in extract(text, None, TWO_YOUSEFS).mentions)


def test_a_given_name_refers_back_to_the_person_named_before_among_namesakes():
    text = "Yousef Dawood arrived on Monday.\n\nLater Sheikh Yousef spoke to reporters."
    assert ("Sheikh Yousef", "yousef-dawood") in links_over(text, TWO_YOUSEFS)


def test_the_title_alone_is_the_person_the_article_titled_so():
    text = ("Sayyed Yousif spoke on Monday.\n\n"
            "The Sayyed tweeted that the port must stay “in the hands of the state alone.”")
    d = extract(text, None, CLERIC)
    assert ("The Sayyed", "yousef-al-karkhi") in {(m.text, m.actor_id) for m in d.mentions}
    assert quote(d, "in the hands of the state alone.").speaker == "yousef-al-karkhi"


def test_the_title_alone_follows_a_full_name_with_that_title():
    text = "Sheikh Yousef al-Karkhi spoke on Monday. The Sheikh left at noon."
    assert ("The Sheikh", "yousef-al-karkhi") in links_over(text, CLERIC)


def test_the_title_alone_refers_to_nobody_when_no_one_was_titled_so():
    text = "Yousef al-Karkhi spoke on Monday. The Sheikh left at noon."
    assert not any(m.text == "The Sheikh" for m in extract(text, None, CLERIC).mentions)


def test_a_pronoun_after_a_given_name_gives_the_registered_person_not_a_new_actor():
    text = "Sayyed Yousif said it clearly on Sunday. He wrote on Twitter: “The port belongs to all.”"
    d = extract(text, None, CLERIC)
    assert quote(d, "The port belongs to all.").speaker == "yousef-al-karkhi"
    assert not d.new_actors


_DESCRIBED = ACTORS + [
    {"id": "rana-nurse", "name": "Rana, a night nurse", "kind": "person", "aliases": []},
    {"id": "rana-driver", "name": "Rana, taxi driver at the port", "kind": "person", "aliases": []},
    {"id": "rana-saleh", "name": "Rana Saleh", "kind": "person", "aliases": ["Rana Saleh"]},
]


@pytest.mark.parametrize("text, expected", [
    ("Rana, a nurse on the night shift, said the ward was full.", "rana-nurse"),
    ("A taxi driver who gave her name only as Rana said the road was shut.", "rana-driver"),
])
def test_a_given_name_alone_is_the_person_registered_under_it_whose_description_the_sentence_says(text, expected):
    assert ("Rana", expected) in links_over(text, _DESCRIBED)


@pytest.mark.parametrize("text", [
    "Rana said the road was shut.",                               # nothing in the sentence says which Rana
    "Rana Hamdan, a nurse, said the ward was full.",              # a longer, unregistered name
    "A nurse and a taxi driver, Rana among them, waited outside.",  # both descriptions: neither
])
def test_no_described_given_name_without_one_description_in_the_sentence(text):
    assert not any(m.text == "Rana" for m in extract(text, None, _DESCRIBED).mentions)


def test_the_given_name_later_in_the_article_is_the_same_person():
    text = "Rana, a nurse on the night shift, was at work.\n\nBy dawn Rana had seen twelve patients, she said."
    assert [m.actor_id for m in extract(text, None, _DESCRIBED).mentions if m.text == "Rana"] == ["rana-nurse"] * 2
