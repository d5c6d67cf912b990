"""Relatives of a first-person writer (``kadhimi_ds.extract.kin``): "my cousin Rami", "my father", the
registry's person described as that relative of the blogger (codebook G2, Q8 rule 7, F7). Sentences
written for these tests."""
from __future__ import annotations

from helpers import ACTORS, Registry

DIARY = Registry(ACTORS + [
    {"id": "blog-cousin-rami", "name": "Rami, cousin of the blogger", "kind": "person",
     "description": "Cousin of the Harbourtown blogger; a docker.", "aliases": []},
    {"id": "blog-cousin-sami", "name": "Soldier known as Sami (cousin of the blogger)", "kind": "person",
     "description": "Soldier, cousin of the author of a diary.", "aliases": []},
    {"id": "blog-father", "name": "Father of the blogger", "kind": "person",
     "description": "Father of the Harbourtown blogger, referred to as \"my father\".", "aliases": []},
    {"id": "rami-pharmacist", "name": "Rami (pharmacist)", "kind": "person",
     "description": "A pharmacist in the old town.", "aliases": ["Rami"]},
])


def test_a_relative_named_by_the_writer_is_the_registered_relative_of_that_name():
    text = ('Omar Haddad spoke on television.\n\nMy cousin Rami went to the docks with friends. He came back late. '
            '“They were throwing stones,” he told us.')
    assert DIARY.who(text, "They were throwing stones,") == "blog-cousin-rami"  # not the pharmacist Rami


def test_a_relative_without_a_name_is_the_one_the_registry_describes_so():
    text = ('Nour Karim was on television at dawn.\n\nMy father, who served in the navy, came out in his pyjamas. '
            '“That was no rocket,” he said.')
    assert DIARY.who(text, "That was no rocket,") == "blog-father"


def test_the_noun_again_is_the_relative_the_writer_named_before():
    text = ('My cousin Sami guards the bridges. He called me at noon.\n\nNour Karim spoke at eight.\n\n'
            'My cousin thinks it was revenge. “They warned us,” he said.')
    assert DIARY.who(text, "They warned us,") == "blog-cousin-sami"


def test_a_relative_the_registry_lacks_is_a_new_person_never_the_last_man_named():
    text = 'Omar Haddad spoke on television.\n\nMy uncle did not believe a word. “Where is the drone?” he asked.'
    draft = DIARY.run(text)
    q = next(q for q in draft.quotes if q.text == "Where is the drone?")
    assert q.speaker is None and q.new_speaker is not None
