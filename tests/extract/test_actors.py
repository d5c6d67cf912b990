"""Round 5: known actors in any spelling (a normalised, fuzzy-confirmed match of registry names
and aliases, titles stripped, organisation name variants, back-references by surname and by
an organisation's head noun) and web debris inside a body (all lines written for these tests)."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract, find_body
from kadhimi_ds.extract.spelling import name_key

REGISTRY = [
    {"id": "tariq-al-dhahabi", "name": "Tariq al-Dhahabi", "kind": "person", "description": "Harbour governor.",
     "aliases": ["Tariq al-Dhahabi", "al-Dhahabi"]},
    {"id": "nadia-qassab", "name": "Nadia Qassab", "kind": "person", "aliases": ["Nadia Qassab"]},
    {"id": "rami-qassab", "name": "Rami Qassab", "kind": "person", "aliases": ["Rami Qassab"]},
    {"id": "saraya-al-nour", "name": "Saraya al-Nour", "kind": "armed_group",
     "aliases": ["Saraya al-Nour", "Sara'ya al-Nour", "Light Brigades"]},
    {"id": "wafa-alliance", "name": "Wafa Alliance", "kind": "party", "aliases": ["Wafa Alliance"]},
    {"id": "harbour-guard-forces", "name": "Harbour Guard Forces", "kind": "armed_group",
     "aliases": ["Harbour Guard Forces"]},
    {"id": "green-movement", "name": "Green Movement", "kind": "party", "aliases": ["Green Movement"]},
]


def linked(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.actor_id) for m in extract(text, None, REGISTRY).mentions}


def actors(text: str) -> set[str]:
    return {a for _, a in linked(text)}


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


def test_a_title_before_a_surname_back_reference_is_stripped():
    got = linked("Tariq al-Dhahabi arrived on Monday. Later, Sayyid Dhahabi spoke to reporters.")
    assert ("Dhahabi", "tariq-al-dhahabi") in got


def test_an_organisation_head_noun_refers_back():
    got = linked("Saraya al-Nour denied any role. The Brigades said their men were at home.")
    assert ("The Brigades", "saraya-al-nour") in got
    assert "saraya-al-nour" not in actors("The Brigades said their men were at home.")


def test_no_link_for_a_namesake_or_a_common_word():
    assert actors("Ali Dhahabi, a trader, said prices rose.") == set()
    assert actors("The light brigades of volunteers cleaned the streets.") == set()
    assert actors("Nadia Qassab spoke. Rami Qassab did not.") == {"nadia-qassab", "rami-qassab"}
    assert not any(t == "Qassab" for t, _ in linked("Nadia Qassab and Rami Qassab spoke. Qassab left."))
    assert actors("A green movement of leaves.") == set()


# --- debris inside a body -----------------------------------------------------------------------

LEAD = "The harbour reopened on Tuesday after a week of repairs, the ports authority said in a statement."
TAIL = "Officials said the cranes had been inspected and that ships would dock again from Wednesday morning."


def furniture_of(middle: str) -> list[str]:
    text = f"Harbour reopens after repairs\n\n{LEAD}\n\n{middle}\n\n{TAIL}\n"
    _, furniture, _ = find_body(text)
    return [f.text for f in furniture]


@pytest.mark.parametrize("line", [
    "(AFP)", "(Getty Images)", "Getty Images", "AFP via Getty Images", "Photo: Laila Haddad", "Photograph: Omar Said/Reuters",
    "Image caption, Cranes at the harbour", "Image source, Getty Images",
    "A crane lifts a container at the harbour on November 3, 2021.",
    "Workers repair the pier in Portville, Tuesday, Nov. 2, 2021. (Sami Nour / AP)",
    "Dockers wait at the gate (Reuters)",
    "Story continues below", "Advertisement", "Article continues after this advertisement", "3 min read",
    "Sign up for our newsletter", "Follow us on Telegram", "Join our WhatsApp channel", "Share on Facebook",
    "Listen to this article", "[Twitter embed]", "[Image: the pier at night]",
    "We use cookies to improve your experience on our site.", "Accept all cookies",
    "Copyright 2021 The Daily Courier. All rights reserved.", "© 2021 Harbour News",
    "Written by Laila Haddad", "(Reporting by Sami Nour; Editing by Omar Said)", "With agencies",
    "Most popular", "Trending now", "More stories", "Editor's picks", "Don't miss",
    "10:32 GMT", "2 hours ago",
])
def test_a_debris_line_inside_the_body_is_furniture(line):
    assert line in furniture_of(line)


def test_a_list_of_teaser_headlines_is_furniture():
    lines = "Port Workers Strike Over Pay\nFerry Service Resumes After Storm"
    assert "\n".join(furniture_of(lines)) == lines


def test_a_teaser_headline_with_its_standfirst_is_furniture():
    block = "Mayor quits over budget row\nThe mayor of Eastport said on Friday he would step down."
    assert furniture_of(block) == [block]


def test_a_title_case_teaser_line_alone_is_furniture():
    assert furniture_of("Ferry Company Cuts Routes Amid Fuel Shortage") != []


def test_a_paragraph_initial_dateline_stays_body():
    """Codebook F8: a dateline is furniture only alone on its line; coders link "(Reuters)" in it."""
    text = f"Harbour reopens\n\nPORTVILLE, Nov 2 (Reuters) - {LEAD}\n\n{TAIL}\n"
    assert find_body(text)[1] == []
    assert "PORTVILLE, Nov 2 (Reuters) -" in furniture_of("PORTVILLE, Nov 2 (Reuters) -")


@pytest.mark.parametrize("line", [
    "The ferry sank.",
    '"We will rebuild the pier," the mayor said.',
    "Officials said the pier was hit on November 3, 2021.",
    "Dockers Union leaders said they would strike.",
    "Why the harbour matters",
    "Haddad, who was unharmed, chaired a meeting of the council hours after the fire.",
    "Follow-up talks are set for Monday, the ministry said.",
    "Sign-ups for the evacuation reached 300, officials said.",
    "Share prices fell by 3 percent on Tuesday.",
    "The cookies were handed out to children at the gate.",
])
def test_hard_negatives_stay_body(line):
    assert furniture_of(line) == []


def test_the_heading_of_a_live_blog_entry_stays_body():
    block = "10:30 GMT - Ministry gives details\nThe ministry said two drones were shot down."
    assert furniture_of(block) == []
