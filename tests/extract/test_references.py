"""References (``kadhimi_ds.extract.references``): the words before a reference that say whether it
can be the subject of a speech verb. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import quote, run, who


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad, the ports minister, mocked the inquiry on Twitter. "If the cranes were really hit, '
     'why was nobody killed?" he wrote.', "If the cranes were really hit, why was nobody killed?", "omar-haddad"),
    ('Nour Karim spoke to dock workers on Monday. "They have attacked us." he said.', "They have attacked us.",
     "nour-karim"),
    ('Lina Sabbagh scoffed at the claim. "Who has been blamed? Nobody!" she wrote.', "Who has been blamed? Nobody!",
     "lina-sabbagh"),
])
def test_a_pronoun_after_a_closed_quoted_sentence_is_the_subject_of_its_cue(text, words, expected):
    assert who(text, words) == expected


def test_a_verb_of_the_writer_s_clause_still_makes_an_object():
    # near miss: no quotation ends before "him"; the object of "accused" is not the speaker
    text = 'Nour Karim spoke on Monday. Omar Haddad accused him of "playing games".'
    assert who(text, "playing games") == "omar-haddad"


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad said the count was “a swindle” that his party “will never accept.”[3] Lina Sabbagh warned a "
     "day later that “the port will strike.”", "will never accept.", "omar-haddad"),
    ("Omar Haddad called it “a swindle.”² Nour Karim said nothing.", "a swindle.", "omar-haddad"),
])
def test_a_note_mark_ends_the_sentence(text, words, expected):
    assert who(text, words) == expected


def test_a_name_opening_with_the_arabic_for_gate_or_market_is_a_place():
    from kadhimi_ds.extract.sentence_references import is_place
    assert is_place("Bab al-Muadham") and is_place("Souq al-Ghazl")
    assert not is_place("Babak Rahimi") and not is_place("Omar Haddad")


def test_a_gate_quarter_keeps_no_pronoun_from_the_person_before():
    text = ("The bus driver keeps a photograph of his daughters above the wheel. On Monday, he says, he drove from "
            "the port to Bab al-Muadham and nobody spoke of the drones.\n“People talked about bread,” he said.\n")
    draft = run(text)
    assert not [p for p in draft.new_actors if p.name == "Bab al-Muadham"]
    assert quote(draft, "People talked about bread,").new_speaker == "unnamed-bus-driver"
