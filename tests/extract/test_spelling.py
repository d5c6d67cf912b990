"""Known actors in any spelling (``kadhimi_ds.extract.spelling``): normalised names confirmed by a
fuzzy match, organisation name variants, a longer name in another spelling around a shorter
registered one, and an organisation's head noun referring back. All sentences and registry
entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract
from kadhimi_ds.extract.gazetteer import Gazetteer
from kadhimi_ds.extract.spelling import SpellingIndex, name_key

from helpers import SPELLING_REGISTRY, links_over, quote


def linked(text: str) -> set[tuple[str, str]]:
    return links_over(text, SPELLING_REGISTRY)


def actors(text: str) -> set[str]:
    return {a for _, a in linked(text)}


# --- any spelling: normalised names confirmed by a fuzzy match ------------------------------------

@pytest.mark.parametrize("a, b", [
    ("al-Dhahabi", "Al Dhahabi"), ("Dhahabi", "el-Zahabi"), ("Kata'ib", "Kataib"), ("Kata’ib", "Kataib"),
    ("Kāẓimī", "Kazimi"), ("Qassab", "Kassab"), ("Nour", "Nur"), ("Saraya", "Sarayah"), ("Dhahabi's", "Dhahabi"),
])
def test_name_key_folds_spellings(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart():
    assert name_key("Qassab") != name_key("Qassem")
    assert name_key("Nour") != name_key("Nouri")


@pytest.mark.parametrize("text", [
    "Governor Tariq Al Dhahabi said the port was closed.",
    "Governor Tareq el-Zahabi said the port was closed.",
    "Sheikh Tariq al-Dhahaby said the port was closed.",
    "TARIQ AL-DHAHABI said the port was closed.",
    "The governor, Tariq al-Thahabi, said the port was closed.",
])
def test_a_person_in_another_spelling_is_linked(text):
    assert "tariq-al-dhahabi" in actors(text)


@pytest.mark.parametrize("text", [
    "Fighters of Saraya Al Nour were seen.", "Fighters of Sarayah al-Nur were seen.",
    "Fighters of the Light Brigade were seen.", "Fighters of the Saraya el-Noor were seen.",
])
def test_an_organisation_in_another_spelling_is_linked(text):
    assert "saraya-al-nour" in actors(text)


@pytest.mark.parametrize("text, aid", [
    ("Leaders of the Wafa coalition met.", "wafa-alliance"), ("The Wafa alliance met.", "wafa-alliance"),
    ("The Harbour Guard Units deployed.", "harbour-guard-forces"), ("The Green movement marched.", "green-movement"),
])
def test_organisation_name_variants(text, aid):
    assert aid in actors(text)


def test_no_link_for_a_namesake_or_a_common_word():
    assert actors("Ali Dhahabi, a trader, said prices rose.") == set()
    assert actors("The light brigades of volunteers cleaned the streets.") == set()
    assert actors("Nadia Qassab spoke. Rami Qassab did not.") == {"nadia-qassab", "rami-qassab"}
    assert not any(t == "Qassab" for t, _ in linked("Nadia Qassab and Rami Qassab spoke. Qassab left."))
    assert actors("A green movement of leaves.") == set()


# --- a name in another spelling around a shorter registered name ------------------------------------

NESTED = [{"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
          {"id": "freedonia-ports-ministry", "name": "Ministry of Ports (Freedonia)", "kind": "government",
           "aliases": ["Freedonia’s ports ministry"]}]


@pytest.mark.parametrize("written", ["Freedonia's Ports Ministry", "Freedonia’s Ports Ministry"])
def test_a_longer_name_in_another_spelling_keeps_the_shorter_name_nested(written):
    d = extract(f"{written} condemned the fire. “Such fires serve only our enemies,” it said.", None, NESTED)
    got = {(m.text, m.actor_id) for m in d.mentions}
    assert {(written, "freedonia-ports-ministry"), ("Freedonia", "freedonia")} <= got
    assert quote(d, "Such fires serve only our enemies,").speaker == "freedonia-ports-ministry"


@pytest.mark.parametrize("text, expected", [
    ("On Monday Mr. Tareq al-Dhahabi toured the port.", "Mr. Tareq al-Dhahabi"),
    ("On Monday Tareq al-Dhahabi toured the port.", "Tareq al-Dhahabi"),
])
def test_a_full_name_in_another_spelling_around_a_registered_surname_is_one_mention(text, expected):
    got = linked(text)
    assert (expected, "tariq-al-dhahabi") in got and ("al-Dhahabi", "tariq-al-dhahabi") in got


def test_a_title_alone_before_a_surname_makes_no_longer_mention():
    # negative: nothing in another spelling around the alias, so only the alias
    assert linked("On Monday Mr. al-Dhahabi toured the port.") == {("al-Dhahabi", "tariq-al-dhahabi")}


def test_a_shorter_name_alone_is_not_the_longer_organisation():
    d = extract("Freedonia's ports were closed. “Such fires serve only our enemies,” Freedonia said.", None, NESTED)
    assert {m.actor_id for m in d.mentions} == {"freedonia"}


# --- back-references by head noun ---------------------------------------------------------------

def test_an_organisation_head_noun_refers_back():
    got = linked("Saraya al-Nour denied any role. The Brigades said their men were at home.")
    assert ("The Brigades", "saraya-al-nour") in got
    assert "saraya-al-nour" not in actors("The Brigades said their men were at home.")


LAST_WORDS = [
    {"id": "harbour-guards", "name": "Harbour Revolutionary Guards", "kind": "military",
     "aliases": ["Harbour Revolutionary Guards", "Revolutionary Guards"]},
    {"id": "renewal-current", "name": "National Renewal Current", "kind": "party", "aliases": ["National Renewal Current"]},
    {"id": "palace-guards", "name": "Palace Guards", "kind": "military", "aliases": ["Palace Guards"]},
    {"id": "karim-minister", "name": "Nour Karim", "kind": "person", "aliases": ["Nour Karim"]},
]


@pytest.mark.parametrize("text, words, speaker", [
    ("The Revolutionary Guards accused the navy of negligence. “Nobody guarded the docks,” the Guards said.",
     "Nobody guarded the docks,", "harbour-guards"),
    ("The National Renewal Current held a rally.\n\n“We stand by the port,” the Current said in a statement.",
     "We stand by the port,", "renewal-current"),
])
def test_the_last_word_of_a_body_named_before_refers_back_to_it(text, words, speaker):
    assert quote(extract(text, None, LAST_WORDS), words).speaker == speaker


def test_the_last_word_of_a_proposed_body_refers_back_to_it():
    d = extract("The Dock Workers Front said on Sunday that “the strike was a crime”.\n\n"
                "“We will not be silenced,” the Front added.", None, LAST_WORDS)
    assert quote(d, "We will not be silenced,").new_speaker == quote(d, "the strike was a crime").new_speaker is not None


@pytest.mark.parametrize("text", [
    # negative: two bodies named before end with "Guards"
    "The Revolutionary Guards and the Palace Guards met. “Nobody guarded the docks,” the Guards said.",
    # negative: no body named before ends with it, or only after
    "“Nobody guarded the docks,” the Guards said. The Revolutionary Guards met later.",
    # negative: a lower-case noun, and a capitalised word that opens a longer name
    "The Revolutionary Guards met. “Nobody guarded the docks,” the guards said.",
    "The Revolutionary Guards met. “Nobody guarded the docks,” the Guards Council said.",
])
def test_no_back_reference_by_last_word_without_one_body_named_before(text):
    assert quote(extract(text, None, LAST_WORDS), "Nobody guarded the docks,").speaker is None


def test_a_name_in_a_run_that_goes_on_into_a_longer_name_is_not_linked():
    # negative: "Green Movement Youth" is another body than the registered "Green Movement"
    assert actors("The Green Movement Youth marched on Sunday.") == set()
    assert actors("The Green Movement’s youth marched on Sunday.") == {"green-movement"}


# --- a full name near a registered one but spelled with other letters is another person -------------

NEAR = [{"id": "samir-hamdan", "name": "Samir Hamdan", "kind": "person", "aliases": ["Samir Hamdan"]},
        {"id": "jabbar-al-mousawi", "name": "Jabbar al-Mousawi", "kind": "person", "aliases": ["Jabbar al-Mousawi"]},
        {"id": "ahmed-karim", "name": "Ahmed Karim", "kind": "person", "aliases": ["Ahmed Karim"]}]


@pytest.mark.parametrize("name", ["Samir Hamdun", "Samir Hammad", "Ahmed Jabbar al-Musawi"])
def test_a_full_name_in_other_letters_or_after_other_given_names_is_a_new_person(name):
    d = extract(f"{name}, an economist, said: “The port will not reopen this month.”", None, NEAR)
    assert not any(m.actor_id in ("samir-hamdan", "jabbar-al-mousawi") for m in d.mentions)
    assert [p.name for p in d.new_actors] == [name]
    assert quote(d, "The port will not reopen this month.").new_speaker == d.new_actors[0].id


@pytest.mark.parametrize("name, aid", [("Sameer Hamden", "samir-hamdan"), ("Jabbar al-Musawi", "jabbar-al-mousawi")])
def test_a_full_name_in_another_transliteration_is_still_linked(name, aid):
    d = extract(f"{name}, an economist, said: “The port will not reopen this month.”", None, NEAR)
    assert quote(d, "The port will not reopen this month.").speaker == aid


def test_a_name_near_two_registered_names_links_neither():
    gaz = Gazetteer([{"id": "layla", "name": "Layla Haddad", "kind": "person", "aliases": []},
                     {"id": "lina", "name": "Lina Haddad", "kind": "person", "aliases": []}])
    assert SpellingIndex(gaz).actor(("Leila", "Haddad")) is None  # a spelling of one, close to both
    assert SpellingIndex(gaz).actor(("Laila", "Haddad")) == "layla"
