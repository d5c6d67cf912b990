"""Unnamed spokespersons of a body (``kadhimi_ds.extract.spokesperson_referents``): "a military spokesman"
is the body the words before the role name (Q8.3, G1), a definite one the body's spokesperson named before
(G2). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ARMIES, Registry

_SPOKES = Registry(ARMIES + [
    {"id": "sami-rafe", "name": "Sami Rafe", "kind": "person", "parent": "freedonia-armed-forces",
     "description": "Spokesman of the Freedonian armed forces.", "aliases": ["Sami Rafe", "Rafe"]},
    {"id": "nina-roth", "name": "Nina Roth", "kind": "person", "parent": "freedonia-armed-forces",
     "description": "Spokeswoman of the Freedonian armed forces.", "aliases": ["Nina Roth", "Roth"]},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvania’s foreign ministry"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad visited the port. A military spokesman said the raiders came “from the sea”.", "from the sea",
     "freedonia-armed-forces"),
    ("Sylvania sent help. The Sylvanian foreign ministry spokesman told reporters the raid was “a warning”.",
     "a warning", "sylvania-foreign-ministry"),
    # G1: the registry's spokesman is never the unnamed one, even when the article names him elsewhere
    ("Sami Rafe toured the port. Later, a military spokesman said the raiders came “from the sea”.", "from the sea",
     "freedonia-armed-forces"),
    # G2: a definite one goes back to that body's spokesman the article named before
    ("Sami Rafe toured the port. The military spokesman said the raiders came “from the sea”.", "from the sea",
     "sami-rafe"),
    # a spokeswoman the registry describes so is the body's spokesperson too
    ("Nina Roth toured the port. The military spokeswoman said the raiders came “from the sea”.", "from the sea",
     "nina-roth"),
])
def test_an_unnamed_spokesperson_of_a_body_in_the_words_before_the_role_is_that_body(text, words, expected):
    assert _SPOKES.who(text, words) == expected


def test_a_spokesperson_of_a_body_no_actor_is_named_for_is_not_guessed():
    # near miss: two armies and nothing in the article to choose between them
    assert _SPOKES.who("A military spokesman said the raiders came “from the sea”.", "from the sea") is None
