"""People an article names in full and quotes by surname alone (``kadhimi_ds.extract.surname_speakers``):
the full name is proposed, so that the second pass gives the bare surname's quotations to that person.
All sentences written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.surname_speakers import surname_speakers

from helpers import quote, run


@pytest.mark.parametrize("text, words, person", [
    ("His neighbour Samir Obeidat disagreed. “Two blasts, I swear it,” Obeidat said.", "Two blasts, I swear it,",
     "samir-obeidat"),
    ("Captain Rafiq al-Mansouri was on the roof that night.\n“I heard it before I saw it,” Mansouri, 29, told me.",
     "I heard it before I saw it,", "rafiq-al-mansouri"),
    ("Led by Fadel al-Tamimi, the group sent fighters abroad. “We are not concerned,” said Tamimi.",
     "We are not concerned,", "fadel-al-tamimi"),
])
def test_a_surname_said_to_speak_reaches_the_person_named_in_full_before(text, words, person):
    q = quote(run(text), words)
    assert q.speaker is None and q.new_speaker == person


def test_the_proposal_names_the_full_name_and_its_mentions():
    draft = run("His neighbour Samir Obeidat disagreed. “Two blasts,” Obeidat said.")
    prop = next(p for p in draft.new_actors if p.id == "samir-obeidat")
    assert prop.name == "Samir Obeidat" and prop.evidence == "speaker"
    assert [draft.text[a:b] for a, b in prop.mentions] == ["Samir Obeidat", "Obeidat"]


@pytest.mark.parametrize("text", [
    "Samir Obeidat owns the bakery. Obeidat closed it early on Friday.",  # no verb of saying
    "Samir Obeidat owns the bakery. Lina Obeidat said it burned.",  # another person's name
    "Omar Haddad toured the port. Haddad said it would reopen.",  # a registered person
    "Abu Samir came late. Samir said the port was shut.",  # a kunya names the child
])
def test_no_proposal_without_a_bare_surname_said_to_speak(text):
    assert [p.name for p in surname_speakers(run(text)) if p.name != "Lina Obeidat"] == []


def test_a_name_with_accented_letters_is_a_name():
    text = ("“The port will not reopen soon,” said Hélène Varennes, who follows the harbour in Paris.\n\n"
            "Ms Varennes was blunt: “Nobody will insure the ships.”")
    d = run(text)
    assert quote(d, "The port will not reopen soon,").new_speaker == "helene-varennes"
    assert quote(d, "Nobody will insure the ships.").new_speaker == "helene-varennes"
    assert not [p for p in run("“The port is shut,” said Hélène.").new_actors if p.kind == "person"]
