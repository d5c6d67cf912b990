"""Subjects (``kadhimi_ds.extract.subjects``): which reference is the subject of a speech verb; here
the labels of a broadcast transcript, which say who speaks a line and are no subject inside it.
Transcript lines written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry

RADIO = Registry(ACTORS + [
    {"id": "dana-ward", "name": "Dana Ward", "kind": "person", "description": "Radio correspondent in the port city.",
     "aliases": ["Dana Ward", "DANA WARD", "WARD"]},
    {"id": "sam-ito", "name": "Sam Ito", "kind": "person", "description": "Radio host.",
     "aliases": ["Sam Ito", "SAM ITO", "ITO"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ('ITO: And Nour Karim himself?\n\nWARD: He went on the radio an hour later. He asked people to stay, '
     'quote, "patient and calm." He said little else.', "patient and calm.", "nour-karim"),
    ('ITO: What did Omar Haddad say?\n\nDANA WARD, BYLINE: He spoke to the dock workers. He told them the cranes '
     'would be, quote, "back by Friday."', "back by Friday.", "omar-haddad"),
])
def test_a_transcript_label_is_not_the_he_of_its_own_line(text, words, expected):
    assert RADIO.who(text, words) == expected


def test_the_label_still_speaks_its_own_quoted_line():
    # near miss: with no pronoun, a quotation opening the labelled line is the label's (a turn)
    text = 'ITO: Where are you?\n\nWARD: "We are at the gate," I said to the guard.'
    q = [q for q in RADIO.run(text).quotes if q.text == "We are at the gate,"]
    assert q and q[0].speaker != "nour-karim"


def test_a_capitalised_name_inside_a_line_is_still_a_subject():
    # near miss: a name in capitals that does not open its line before a colon is an ordinary subject
    text = 'ITO: Then what happened?\n\nWARD: Then, WARD said on air, "the gates closed."'
    assert RADIO.who(text, "the gates closed.") == "dana-ward"
