"""Back-references (``kadhimi_ds.extract.surnames``): a bare surname after the full name, in any
spelling, and an honorific standing alone after it titled a person. All sentences and registry
entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import ACTORS, SPELLING_REGISTRY, links_over, quote, run


def linked(text: str) -> set[tuple[str, str]]:
    return links_over(text, SPELLING_REGISTRY)


# --- back-references by surname -------------------------------------------------------------------

MAAN = ACTORS + [{"id": "saad-maan", "name": "Saad Maan", "kind": "person", "parent": "ports-ministry",
                  "description": "Spokesman.", "aliases": ["Saad Maan", "Sa'ad Ma'an"]}]


def test_a_bare_surname_refers_back_to_the_full_name_in_any_spelling():
    from kadhimi_ds.extract import extract
    d = extract("Spokesman Sa'ad Ma'an spoke on Monday.\n\n\"We found the parts,\" Maan said.", None, MAAN)
    assert quote(d, "We found the parts,").speaker == "saad-maan"
    assert any(m.text == "Maan" and m.actor_id == "saad-maan" for m in d.mentions)


def test_a_surname_inside_another_name_is_not_a_back_reference():
    from kadhimi_ds.extract import extract
    d = extract("Saad Maan spoke. Later Maan Ali arrived.", None, MAAN)
    assert not any(m.text == "Maan" for m in d.mentions)


@pytest.mark.parametrize("text, expected", [
    ("Nadia Qassab toured the port. The next day Qassab spoke to reporters. Rami Qassab said nothing.", {"nadia-qassab"}),
    ("Rami Qassab called on Monday, and Qassab was calm.\n\nHis sister Nadia Qassab was not.", {"rami-qassab"}),
    ("Nadia Qassab and Rami Qassab toured the port. The next day Qassab spoke to reporters.", set()),
    # namesakes in different paragraphs: the one named last, in a later paragraph than the other
    ("Nadia Qassab toured the port on Monday.\n\nOn Tuesday Rami Qassab spoke to reporters, and Qassab was calm.",
     {"rami-qassab"}),
    ("Rami Qassab spoke on Monday.\n\nNadia Qassab and Rami Qassab toured the port. Qassab was calm.", set()),
])
def test_a_surname_refers_back_to_the_one_person_named_before_it(text, expected):
    assert {a for t, a in linked(text) if t == "Qassab"} == expected


NAMESAKES = ACTORS + [
    {"id": "rana-al-tamimi", "name": "Rana al-Tamimi", "kind": "person", "description": "Radio host.",
     "aliases": ["RANA AL-TAMIMI", "Rana al-Tamimi"]},
    {"id": "omar-al-tamimi", "name": "Omar al-Tamimi", "kind": "person", "description": "Analyst.",
     "aliases": ["Omar al-Tamimi", "al-Tamimi"]},
]


@pytest.mark.parametrize("text, expected", [
    ("RANA AL-TAMIMI, HOST: Good morning.\nGUEST: Thank you.\nAL-TAMIMI: Who sent the drones?", "rana-al-tamimi"),
    ("Our guest is Omar al-Tamimi, a lecturer.\n\nHOST: Who sent them?\nAL-TAMIMI: Nobody says.", "omar-al-tamimi"),
])
def test_a_speaker_label_in_capitals_goes_to_the_namesake_named_in_full(text, expected):
    d = extract(text, None, NAMESAKES)
    assert [m.actor_id for m in d.mentions if m.text == "AL-TAMIMI"] == [expected]


def test_a_title_before_a_surname_back_reference_is_stripped():
    got = linked("Tariq al-Dhahabi arrived on Monday. Later, Sayyid Dhahabi spoke to reporters.")
    assert ("Dhahabi", "tariq-al-dhahabi") in got


# --- an honorific standing alone ------------------------------------------------------------------

@pytest.mark.parametrize("text, honorific, expected", [
    ("His Eminence Sayyid Omar Haddad condemned the fire. Later His Eminence said: “We will rebuild.”",
     "His Eminence", "omar-haddad"),
    ("Her Excellency the minister, Lina Sabbagh, toured the docks.\n\n“Her Excellency is in good health,” an aide said.",
     "Her Excellency", "lina-sabbagh"),
    ("His Excellency Mr. Omar Haddad arrived. Nour Karim met him. His Excellency then left.", "His Excellency",
     "omar-haddad"),
])
def test_an_honorific_standing_alone_refers_back_to_the_person_it_titled(text, honorific, expected):
    d = run(text)
    assert [(m.text, m.actor_id) for m in d.mentions if m.method == "honorific"] == [(honorific, expected)]


def test_his_eminence_said_names_the_speaker():
    d = run("His Eminence Sayyid Omar Haddad spoke at dawn.\n\nIn a post on Twitter, His Eminence said: “The port stays open.”")
    q = quote(d, "The port stays open.")
    assert (q.speaker, q.attribution) == ("omar-haddad", "explicit")


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad chaired the port council on Monday.\n\nAccording to a statement, the council called the fire "
     "“arson”.\n\nHis Excellency said during the session: “Those who lit it are known to us.”",
     "Those who lit it are known to us.", "omar-haddad"),
    ("Lina Sabbagh toured the docks. Her Excellency told reporters the cranes were “safe”.", "safe", "lina-sabbagh"),
])
def test_an_honorific_never_used_as_a_title_refers_back_to_the_last_person_named(text, words, expected):
    # G2: the honorific stands for the person named before it, as "he" would, and is a mention of him
    d = run(text)
    assert quote(d, words).speaker == expected
    assert [m.actor_id for m in d.mentions if m.method == "honorific"] == [expected]


@pytest.mark.parametrize("text", [
    "His Excellency said the port would reopen. Omar Haddad agreed.",  # no one named before: no guess
    "Omar Haddad spoke in May.\n\nThe fire spread.\n\nThe docks burned.\n\nHis Excellency said it would reopen.",  # too far
    "His Eminence Sayyid Omar Haddad spoke. His Excellency said the port would reopen.",  # another honorific
    "His Holiness the Pope spoke. Omar Haddad agreed. His Holiness said more.",  # the title named no one registered
])
def test_an_honorific_without_an_earlier_title_of_that_kind_is_no_mention(text):
    assert not [m for m in run(text).mentions if m.method == "honorific"]


def test_the_child_s_name_of_a_kunya_is_no_back_reference_to_the_parent():
    registry = ACTORS + [{"id": "umm-marwan", "name": "Umm Marwan", "kind": "person", "aliases": ["Umm Marwan"]}]
    text = "Umm Marwan waited at the port gate.\n\nMarwan, her son, said the ships had gone."
    assert not any(m.text == "Marwan" for m in extract(text, None, registry).mentions)


# --- a bare surname after a namesake named in full (G2, M13) ---------------------------------------

@pytest.mark.parametrize("text", [
    "Sheikh Nour Abdul-Karim al-Haddad, a tribal elder, told reporters the tribes were calm. "
    "“Our sons will not fight,” al-Haddad said.",
    "Lina Haddad, a crane driver, was on shift.\n\n“The cranes stopped at dawn,” Haddad said.",
])
def test_a_bare_surname_after_a_namesake_named_in_full_is_that_namesake(text):
    d = run(text)
    q = quote(d, next(w for w in ("Our sons will not fight,", "The cranes stopped at dawn,") if w in text))
    assert q.speaker is None and q.new_speaker and "haddad" in q.new_speaker


def test_a_bare_surname_after_both_namesakes_in_full_is_left_to_the_registry():
    # near miss: the registered Omar Haddad was named in full too, so the bare surname is not moved
    d = run("Omar Haddad met Lina Haddad, a crane driver, on the quay.\n\n“The cranes stopped at dawn,” Haddad said.")
    assert any(m.text == "Haddad" and m.actor_id == "omar-haddad" for m in d.mentions)


def test_a_hyphenated_surname_refers_back_to_the_full_name():
    d = run("Mira Dorn-Vasquez, the league’s envoy, said the port was calm.\n\n“We are ready,” Dorn-Vasquez said.")
    assert quote(d, "We are ready,").new_speaker == "mira-dorn-vasquez"


BERG_LUND = {"id": "anna-berg-lund", "name": "Anna Berg-Lund", "kind": "person", "aliases": ["Anna Berg-Lund"]}


def test_a_hyphenated_surname_alone_refers_back_to_the_person_named_in_full():
    text = "Anna Berg-Lund briefed the council on Monday.\n\n“The port must reopen,” Berg-Lund said."
    assert quote(extract(text, None, ACTORS + [BERG_LUND]), "The port must reopen,").speaker == "anna-berg-lund"
    other = "Anna Berg-Lund briefed the council on Monday.\n\n“The port must reopen,” Berg-Lund Shipping said."
    assert quote(extract(other, None, ACTORS + [BERG_LUND]), "The port must reopen,").speaker != "anna-berg-lund"


# --- a first name after the full name (G2) ---------------------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    # a family name written first: the bare first word is the surname
    ("In Lisbon, port authority spokesperson Chen Liwei told a briefing that the cranes were safe.\n\n"
     "“The port will reopen on Friday,” Chen told the briefing.", "The port will reopen on Friday,", "chen-liwei"),
    # a feature calls an ordinary person it named in full by the given name
    ("Samir Daoud, a fisherman, said the storm took his boat.\n\n“It was all I had,” Samir said.",
     "It was all I had,", "samir-daoud"),
])
def test_the_first_word_of_a_name_given_in_full_refers_back_to_that_person(text, words, expected):
    q = quote(run(text), words)
    assert (q.speaker or q.new_speaker) == expected


def test_a_first_word_two_persons_named_in_full_share_refers_to_neither():
    # near miss: Omar Haddad and Omar Saleh both open with "Omar"
    registry = ACTORS + [{"id": "omar-saleh", "name": "Omar Saleh", "kind": "person", "aliases": ["Omar Saleh"]}]
    d = extract("Omar Haddad met Omar Saleh at the port.\n\n“We agreed on nothing,” Omar said.", None, registry)
    assert not any(m.text == "Omar" for m in d.mentions)


def test_a_bare_surname_goes_to_the_namesake_named_last_in_a_later_paragraph():
    d = run("Omar Haddad, the ports minister, said the quay was shut.\n\nLina Haddad, a crane driver who is not related "
            "to the minister, said the cranes were idle. “We have not worked for a week,” Haddad said.")
    q = quote(d, "We have not worked for a week,")
    assert q.speaker is None and q.new_speaker and "haddad" in q.new_speaker


def test_a_bare_surname_goes_to_the_registered_person_when_he_is_named_last():
    # near miss: the registered Omar Haddad is named in full after the namesake, in a later paragraph
    d = run("Lina Haddad, a crane driver, said the cranes were idle.\n\nOmar Haddad, the ports minister, said the "
            "quay was shut. “We will reopen it,” Haddad said.")
    assert quote(d, "We will reopen it,").speaker == "omar-haddad"


@pytest.mark.parametrize("opener", ["But", "Yet", "Meanwhile"])
def test_a_bare_surname_after_a_word_opening_the_clause_refers_back(opener):
    d = extract(f"Spokesman Sa'ad Ma'an spoke on Monday.\n\n{opener} Maan said: “We found the parts.”", None, MAAN)
    assert quote(d, "We found the parts.").speaker == "saad-maan"


def test_a_capitalised_given_name_before_the_surname_still_makes_another_name():
    # near miss: "Hussein Maan" is another person's name, not a back-reference
    d = extract("Spokesman Sa'ad Ma'an spoke on Monday.\n\nHussein Maan said: “We found the parts.”", None, MAAN)
    assert quote(d, "We found the parts.").speaker != "saad-maan"
