"""A person's sex from the given name that opens the name (``kadhimi_ds.extract.given_sexes``), for "he" and
"she" (codebook Q9 a). Sentences written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.given_sexes import sex_of_name

from helpers import Registry, quote


@pytest.mark.parametrize("name, sex", [
    ("Ammar al-Hakim", "m"), ("Sheikh Qais Jaber", "m"), ("Dr. Zainab Saleh", "f"), ("Abu Hamza", "m"),
    ("Umm Ali", "f"), ("Gen. Yahya Rasool", "m"), ("Suhad Khalaf", "f"), ("Ned Price", "m"), ("Jeanine Plasschaert", "f"),
    ("Stéphane Marchal", "m"), ("António Reis", "m"),  # accents do not hide the name
])
def test_a_given_name_of_one_sex_tells_the_sex(name, sex):
    assert sex_of_name(name) == sex


@pytest.mark.parametrize("name", ["Nour Karim", "Alaa Jabbar", "Sabah Aziz", "Unnamed guard", "Customs Department", "Ibn Rushd", ""])
def test_a_name_worn_by_both_sexes_or_no_given_name_tells_nothing(name):
    assert sex_of_name(name) is None


_PEOPLE = Registry([
    {"id": "ammar-saleh", "name": "Ammar Saleh", "kind": "person", "aliases": ["Ammar Saleh", "Saleh"]},
    {"id": "huda-karim", "name": "Huda Karim", "kind": "person", "aliases": ["Huda Karim", "Karim"]},
    {"id": "alaa-jabbar", "name": "Alaa Jabbar", "kind": "person", "aliases": ["Alaa Jabbar", "Jabbar"]},
])


def test_she_skips_a_man_known_by_his_given_name_and_he_a_woman():
    d = _PEOPLE.run("Huda Karim chaired the port board. Saleh left early.\n\n"
                    "“The cranes are old,” she said.\n\nKarim smiled. Saleh did not. “We will see,” he said.")
    assert quote(d, "The cranes are old,").speaker == "huda-karim"
    assert quote(d, "We will see,").speaker == "ammar-saleh"


def test_a_name_of_either_sex_leaves_she_to_the_person_last_named():
    d = _PEOPLE.run("Saleh chaired the port board. Jabbar spoke next.\n\n“The cranes are old,” she said.")
    assert quote(d, "The cranes are old,").speaker == "alaa-jabbar"
