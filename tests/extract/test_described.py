"""Persons described by a noun once named (``kadhimi_ds.extract.described``): "the doctor" after "Dr. X",
"the neighbour" after a resident, "the guard’s cousin" (codebook G2, Q9 a). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import ACTORS, Registry, quote

WITNESSES = Registry(ACTORS + [
    {"id": "salma-nouri", "name": "Salma Nouri", "kind": "person", "description": "Surgeon at the port clinic.",
     "aliases": ["Dr. Salma Nouri", "Salma Nouri"]},
    {"id": "fadi-aziz", "name": "Fadi Aziz", "kind": "person", "description": "Shop owner living near the docks.",
     "aliases": ["Fadi Aziz"]},
    {"id": "rami-saleh", "name": "Rami Saleh", "kind": "person", "description": "Relative of a dock worker.",
     "aliases": ["Rami Saleh"]},
    {"id": "yusuf-amin", "name": "Yusuf Amin", "kind": "person", "description": "Trader.", "aliases": ["Yusuf Amin"]},
])


@pytest.mark.parametrize("text, words, expected", [
    # a title says the noun ("Dr." a doctor)
    ('Dr. Salma Nouri was on call that night. The doctor said the first casualties came "within the hour".',
     "within the hour", "salma-nouri"),
    # the registry's description says it ("living near": a neighbour)
    ('Fadi Aziz heard the blast from his shop.\n\n“The windows shook,” the neighbour said.', "The windows shook,", "fadi-aziz"),
    # the article introduces the person with it ("X, a teacher,")
    ('Yusuf Amin, a retired teacher, watched from the quay. “It was fire everywhere,” the teacher said.',
     "It was fire everywhere,", "yusuf-amin"),
    # a relation both ways: "X’s cousin" was the guard, so X is "the guard’s cousin"
    ('Rami Saleh’s cousin was one of the guards on duty. “They carried him out,” the guard’s cousin said.',
     "They carried him out,", "rami-saleh"),
])
def test_a_described_person_is_the_one_named_whose_title_description_or_introduction_says_it(text, words, expected):
    assert WITNESSES.who(text, words) == expected


def test_the_same_noun_again_paragraphs_later_is_the_same_person_and_he_finds_it():
    text = ('Fadi Aziz heard the blast from his shop.\n\n“The windows shook,” the neighbour said.\n\n'
            'The ministry said two drones were shot down.\n\nNour Karim has called the blast staged. '
            'Back in his shop, the neighbour shrugs.\n\n“I heard what I heard,” he said.')
    assert WITNESSES.who(text, "I heard what I heard,") == "fadi-aziz"


@pytest.mark.parametrize("text, words", [
    # near misses: two people the noun fits, or none named near it: nobody is guessed
    ('Dr. Salma Nouri and Fadi Aziz, a doctor too, were there. “We ran out of beds,” the doctor said.', "We ran out of beds,"),
    ('Yusuf Amin watched from the quay. “It was fire everywhere,” the doctor said.', "It was fire everywhere,"),
    # "X’s cousin" introduces X only for "the … ’s cousin", not for "the cousin" (the cousin is someone else)
    ('Rami Saleh’s cousin was one of the guards on duty. “They carried him out,” the cousin said.', "They carried him out,"),
])
def test_no_described_person_without_one_fitting_name(text, words):
    assert WITNESSES.who(text, words) is None


def test_a_described_person_is_a_mention_except_as_a_title_in_apposition():
    draft = WITNESSES.run('Dr. Salma Nouri was on call. The doctor said it was "chaos". '
                          'Fadi Aziz, the neighbour of the clinic, said it was "loud".')
    found = {(m.text, m.actor_id) for m in draft.mentions}
    assert ("The doctor", "salma-nouri") in found
    assert not any(text == "the neighbour" for text, _ in found)


NEXT_DOOR = ACTORS + [{"id": "abu-faris", "name": "Abu Faris", "kind": "person",
                       "description": "Retired sailor living next door to the writer.", "aliases": ["Abu Faris"]}]


def test_the_old_man_next_door_named_once_in_apposition_is_that_neighbour_later():
    d = extract("The old man next door, Abu Faris, was out in the street.\n\nNour Karim spoke on television.\n\n"
                "The port was quiet. The old man next door says his nephew carried “two men with burns” to hospital. "
                "Later the old man next door shook his head and said: “Nothing changes here.”", None, NEXT_DOOR)
    assert quote(d, "two men with burns").speaker == "abu-faris"
    assert quote(d, "Nothing changes here.").speaker == "abu-faris"
    described = [m.start for m in d.mentions if m.method == "described"]
    assert len(described) == 2 and 0 not in described  # the description in apposition is a title (M3)


PRIVATE = {"id": "ramp-private", "name": "Unnamed private from Eastvale at the ferry ramp", "kind": "person",
           "description": "A young soldier at the ferry ramp, not named.", "aliases": []}


def test_the_noun_of_a_registered_described_person_goes_back_to_that_person():
    text = ("A private from Eastvale was checking the cars.\n\n“Two bangs, then tracer,” the private said. “We ran.”\n\n"
            "Later the private from Eastvale was waving a bus through. “Open the boot,” he said.")
    people = Registry(ACTORS + [PRIVATE])
    assert [people.who(text, w) for w in ("Two bangs, then tracer,", "We ran.", "Open the boot,")] == ["ramp-private"] * 3
    assert "the private from Eastvale" in [m.text for m in people.run(text).mentions if m.actor_id == "ramp-private"]


def test_the_noun_with_no_described_person_before_is_nobody():
    assert Registry(ACTORS + [PRIVATE]).who("“Two bangs, then tracer,” the private said.", "Two bangs, then tracer,") is None


VAN_DRIVER = {"id": "lantern-van-driver", "name": "Unnamed van driver at the Lantern bridge", "kind": "other",
              "description": "A van driver at the Lantern bridge, not named.", "aliases": []}


def test_a_definite_description_fitting_a_registered_described_person_is_that_person():
    text = "A man was asleep in his cab. “I thought it was a tyre,” said the van driver at the Lantern bridge."
    assert Registry(ACTORS + [VAN_DRIVER]).who(text, "I thought it was a tyre,") == "lantern-van-driver"


def test_a_definite_description_of_a_person_named_before_stays_with_that_person():
    text = ("Omar Haddad, a van driver who parks under the Lantern bridge, was asleep in his cab. "
            "“I thought it was a tyre,” said the van driver at the Lantern bridge.")
    assert Registry(ACTORS + [VAN_DRIVER]).who(text, "I thought it was a tyre,") == "omar-haddad"


SURGEON = {"id": "harbour-clinic-surgeon", "name": "Unnamed surgeon at a Harbourtown clinic", "kind": "other",
           "description": "A surgeon at a clinic, not named.", "aliases": []}


def test_the_noun_of_an_unnamed_source_the_registry_describes_goes_back_to_it():
    text = ("A surgeon in green scrubs, who asked that neither he nor the clinic be named, counted the beds.\n\n"
            "The ministry said two drones were shot down over Harbourtown.\n\n"
            "At the clinic that evening, the surgeon was still at work. “Now it is drones,” he said.")
    assert Registry(ACTORS + [SURGEON]).who(text, "Now it is drones,") == "harbour-clinic-surgeon"


def test_an_unnamed_source_described_in_another_article_is_no_candidate():
    """The registered surgeon "at a Harbourtown clinic" is not the surgeon of an article that never says
    Harbourtown: the article's own surgeon is proposed and speaks."""
    text = ("A surgeon in green scrubs, who asked that neither he nor the clinic be named, counted the beds.\n\n"
            "“Now it is drones,” he said.")
    draft = Registry(ACTORS + [SURGEON]).run(text)
    q = quote(draft, "Now it is drones,")
    assert q.speaker is None and q.new_speaker == "unnamed-surgeon-in-green-scrubs"


SHOPKEEPER = {"id": "eastvale-shopkeeper", "name": "Unnamed shopkeeper in Eastvale", "kind": "person",
              "description": "A shopkeeper in Eastvale, not named.", "aliases": []}


@pytest.mark.parametrize("text, words, expected", [
    # introduced three paragraphs before as "X, a … shopkeeper": the noun goes back to X, not the registry's shopkeeper
    ("Karim Jabbar, a shopkeeper near the quay, said the blast shook his windows.\n\n"
     "Nadia Salih, who lives two streets away, ran to her children.\n\nThe ministry said the fire was out.\n\n"
     "“There is no business when people are afraid,” the shopkeeper said.",
     "There is no business when people are afraid,", "karim-jabbar"),
    # a compound of the noun ("a schoolteacher") says it too
    ("Nadia Salih, a schoolteacher who lives two streets away, said she ran to her children.\n\n"
     "The ministry said the fire was out.\n\n“We just want to live normally,” the teacher said.",
     "We just want to live normally,", "nadia-salih"),
])
def test_the_noun_goes_back_to_the_person_the_article_introduced_with_it_paragraphs_before(text, words, expected):
    assert Registry(ACTORS + [SHOPKEEPER]).who(text, words) == expected


def test_two_people_introduced_with_the_noun_paragraphs_before_leave_it_unresolved():
    # near miss: two shopkeepers named earlier, none in the paragraph or the one before: nobody is guessed
    text = ("Karim Jabbar, a shopkeeper near the quay, said he heard it.\n\nSami Aziz, a shopkeeper too, said he ran.\n\n"
            "The ministry said the fire was out.\n\n“Nobody came,” the shopkeeper said.")
    assert Registry(ACTORS).who(text, "Nobody came,") is None


OPENER = ("Rana Tarzi, who teaches economics at the harbour college, sees a straight line from the vote to the strike. "
          "“The port pays for every ballot,” the economist said.")


def test_a_description_said_to_speak_is_the_person_opening_the_paragraph():
    """"X, who teaches economics …, sees … “…,” the economist said": the one person the paragraph opens with (G2)."""
    assert WITNESSES.who(OPENER, "The port pays for every ballot,") == "rana-tarzi"


@pytest.mark.parametrize("text", [
    # another person named in the paragraph before the cue
    OPENER.replace("sees a straight line", "sat beside Lina Sabbagh and sees a straight line"),
    # the name does not open the paragraph
    "On Monday, " + OPENER[0].lower() + OPENER[1:],
    # the name opens another paragraph
    OPENER.replace(" “The port", "\n\n“The port"),
])
def test_no_person_opening_the_paragraph_for_the_description(text):
    assert WITNESSES.who(text, "The port pays for every ballot,") != "rana-tarzi"


@pytest.mark.parametrize("text, words", [
    # the article's own name for the person, in apposition after it or before it, then the noun alone
    ("The boats stood idle. Nabil Jassem, a taxi driver, sat on a plastic chair by the quay.\n\n"
     "“We want the officer’s name,” the driver said.", "We want the officer’s name,"),
    ("The tents stood at the gate. His tribe’s sheikh, Nabil Jassem, sat on a plastic chair at the entrance.\n\n"
     "“We want the officer’s name,” the sheikh said.", "We want the officer’s name,"),
])
def test_the_noun_goes_back_to_an_unregistered_name_it_was_apposed_to(text, words):
    q = quote(WITNESSES.run(text), words)
    assert q.speaker is None and q.new_speaker == "nabil-jassem"


def test_an_unregistered_name_the_noun_was_not_apposed_to_is_not_the_described_person():
    # near miss: Jassem is named, but never said to be a driver
    text = ("The boats stood idle. Nabil Jassem sat on a plastic chair by the quay.\n\n"
            "“We want the officer’s name,” the driver said.")
    assert quote(WITNESSES.run(text), "We want the officer’s name,").new_speaker != "nabil-jassem"
