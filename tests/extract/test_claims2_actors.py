"""Round 2 of issue #11, actor linking: "Al " with a space before a transliterated surname, a
state named by its capital when the capital acts (never when the article uses it as a place),
and a state's alias nested in a longer alias that the text writes with another apostrophe
(M12). All sentences and registry entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

ACTORS = [
    {"id": "nour-al-kadhimi", "name": "Nour al-Kadhimi", "kind": "person", "description": "Ports minister.",
     "aliases": ["Nour al-Kadhimi", "al-Kadhimi", "Kadhimi"]},
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania", "United States"]},
    {"id": "freedonia-ports-ministry", "name": "Ports ministry of Freedonia", "kind": "government",
     "aliases": ["Freedonia’s ports ministry"]},
]


def links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.actor_id) for m in extract(text, None, ACTORS).mentions}


@pytest.mark.parametrize("written", ["Al Kadhemi", "Nour Al Kadhemi", "Al Kazemi’s"])
def test_al_with_a_space_before_a_transliterated_surname_links(written):
    found = links(f"The harbour was reopened on Monday, and {written} office thanked the crews.")
    assert any(aid == "nour-al-kadhimi" and t.startswith(("Al ", "Nour Al ")) for t, aid in found)


@pytest.mark.parametrize("sentence", [
    "Washington condemned the raid on the harbour.",
    "The union called the minister a servant of Washington.",
    "The raid prompted Washington to recall its envoy.",
])
def test_a_capital_that_acts_is_its_state(sentence):
    assert ("Washington", "sylvania") in links(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister flew to Washington on Monday and Washington said nothing.",
    "The Washington Post reported the raid.",
    "Washington-based analysts said the raid was planned.",
    "WASHINGTON, March 7 - Officials said the raid was planned. Washington condemned it.",
])
def test_a_capital_used_as_a_place_in_the_article_is_no_state(sentence):
    assert not any(aid == "sylvania" and t == "Washington" for t, aid in links(sentence))


def test_a_state_nested_in_an_alias_written_with_another_apostrophe_is_its_own_mention():
    found = links("Freedonia's ports ministry said the harbour would reopen.")
    assert ("Freedonia", "freedonia") in found and ("Freedonia's ports ministry", "freedonia-ports-ministry") in found


def test_with_the_registry_apostrophe_only_the_longer_alias_is_found():
    found = links("Freedonia’s ports ministry said the harbour would reopen.")
    assert ("Freedonia", "freedonia") not in found
