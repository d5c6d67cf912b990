"""Bodies the registry lacks that an article names through their owner: an unregistered owner in the
possessive ("Marovia’s foreign ministry"), a registered owner before the body's title-case name ("the NU
Security Council"), a registered body after its owner's possessive as a coordinated verb's subject, and
"his office quoted him as saying" (the person speaks, codebook Q8, Q11). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, quote

BODIES = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "freedonia-ports-ministry", "name": "Ports ministry of Freedonia", "kind": "government",
     "parent": "freedonia", "aliases": ["Freedonia’s ports ministry"]},
    {"id": "harbour-security-council", "name": "Harbour Security Council", "kind": "government",
     "parent": "freedonia", "aliases": ["Harbour Security Council"]},
    {"id": "northern-union", "name": "Northern Union", "kind": "international", "aliases": ["Northern Union", "NU"]},
    {"id": "nu-relief-mission", "name": "NU Relief Mission", "kind": "international", "parent": "northern-union",
     "aliases": ["NU Relief Mission"]},
])


def new_body(draft, words: str):
    """The proposed body the quote containing ``words`` is given to."""
    q = quote(draft, words)
    assert q.speaker is None
    return next(p for p in draft.new_actors if p.id == q.new_speaker)


def test_an_unregistered_owner_s_ministry_is_a_new_body_not_a_ministry_named_before():
    text = ("The ports ministry called the strike “reckless”.\n"
            "Marovia’s foreign ministry said it learned “with deep relief” that the minister was safe. "
            "“Marovia stands with its neighbours,” the ministry added.\n")
    draft = BODIES.run(text)
    body = new_body(draft, "with deep relief")
    assert body.kind == "government" and body.name == "Marovia’s foreign ministry"
    assert new_body(draft, "Marovia stands with its neighbours,").id == body.id
    start = text.index("foreign ministry")
    assert (start, start + len("foreign ministry")) in body.mentions  # the owner is no part of the body's mention


def test_a_title_case_ministry_after_an_unregistered_owner_is_a_body_not_a_place():
    text = "Marovia’s Ministry of Fisheries and Coastal Affairs described the strike as “a crime against sailors”.\n"
    body = new_body(BODIES.run(text), "a crime against sailors")
    assert body.name == "Marovia’s Ministry of Fisheries and Coastal Affairs"
    assert body.kind == "government"


def test_a_registered_owner_s_ministry_stays_the_registered_one():
    text = "Freedonia’s ports ministry said the strike was “a crime against sailors”.\n"
    assert BODIES.who(text, "a crime against sailors") == "freedonia-ports-ministry"


def test_a_place_after_an_owner_is_still_no_speaker():
    text = "Crowds gathered in Marovia’s Old Harbour Square. “We want the truth,” they chanted.\n"
    draft = BODIES.run(text)
    assert not any("Square" in p.name for p in draft.new_actors)


def test_a_body_named_after_its_registered_owner_is_a_body_of_its_own():
    text = ("The NU Security Council condemned the strike “in the firmest terms”.\n"
            "“Those responsible must answer for it,” the council said.\n")
    draft = BODIES.run(text)
    body = new_body(draft, "in the firmest terms")
    assert body.name == "NU Security Council"
    assert new_body(draft, "Those responsible must answer for it,").id == body.id


@pytest.mark.parametrize("text, words, expected", [
    ("The NU Relief Mission called the strike “a grave crime”.\n", "a grave crime", "nu-relief-mission"),
    ("The NU called the strike “a grave crime”.\n", "a grave crime", "northern-union"),
    ("Omar Haddad Monday called the strike “a grave crime”.\n", "a grave crime", "omar-haddad"),
])
def test_a_registered_body_or_an_owner_s_officials_are_no_new_body(text, words, expected):
    assert BODIES.who(text, words) == expected
def test_a_body_after_its_owner_s_possessive_is_the_subject_of_a_coordinated_verb():
    text = "Freedonia’s Harbour Security Council met on Monday and blamed “rogue crews” for the strike.\n"
    assert BODIES.who(text, "rogue crews") == "harbour-security-council"


def test_an_object_after_the_first_verb_is_no_subject_of_the_second():
    text = "Omar Haddad met Freedonia’s Harbour Security Council on Monday and blamed “rogue crews” for the strike.\n"
    assert BODIES.who(text, "rogue crews") == "omar-haddad"


def test_his_office_quoted_him_the_person_speaks():
    text = ("Omar Haddad ordered an inquiry into the strike. “Those who fired will answer for it,” his office "
            "quoted him as saying.\n")
    assert BODIES.who(text, "Those who fired will answer for it,") == "omar-haddad"


def test_a_statement_a_body_issued_is_the_person_s_who_speaks_in_it():
    text = ("In a statement issued by the Harbour Security Council, Omar Haddad said: “The port will reopen.”\n"
            "“We will find those responsible,” the statement read.\n")
    assert BODIES.who(text, "We will find those responsible,") == "omar-haddad"


def test_a_statement_a_body_issued_with_no_one_else_speaking_is_the_body_s():
    text = ("Crews were sent home after a statement issued by the Harbour Security Council on Monday.\n"
            "“We will find those responsible,” the statement read.\n")
    assert BODIES.who(text, "We will find those responsible,") == "harbour-security-council"


def test_a_person_s_words_after_told_and_a_colon_are_his_not_the_statement_s():
    text = ("The Harbour Security Council said in a statement that the port was closed.\n"
            "In a phone call, Omar Haddad told Nour Karim: “We stand with you,” according to the statement.\n")
    assert BODIES.who(text, "We stand with you,") == "omar-haddad"
