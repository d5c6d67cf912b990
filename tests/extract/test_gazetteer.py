"""The gazetteer's indexes (``kadhimi_ds.extract.gazetteer``): surface forms and their actors,
names two actors share, person names by transliteration key, group-noun names, and one gazetteer
per registry. All registry entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.gazetteer import Gazetteer, gazetteer_for, is_description, names_child

from helpers import ACTORS


def test_an_alias_or_a_name_two_actors_share_belongs_to_neither():
    gaz = Gazetteer([
        {"id": "a", "name": "Harbour Watch", "kind": "person", "aliases": ["Watch"]},
        {"id": "b", "name": "Beacon", "kind": "party", "aliases": ["Watch"]},
        {"id": "c", "name": "Harbour Watch", "kind": "party", "aliases": []},
    ])
    assert gaz.surface == {"Beacon": "b"}


def test_a_canonical_name_is_a_surface_form_also_with_a_lower_case_first_letter():
    gaz = Gazetteer(ACTORS + [{"id": "m", "name": "Ministry of Docks (Freedonia)", "kind": "government", "aliases": []}])
    assert (gaz.surface["State television"], gaz.method["State television"]) == ("state-tv", "name")
    assert (gaz.surface["state television"], gaz.method["state television"]) == ("state-tv", "alias")
    assert gaz.surface["Ministry of Docks"] == gaz.surface["ministry of Docks"] == "m"


def test_fuzzy_actor_finds_a_transliteration_of_one_person_only():
    gaz = Gazetteer(ACTORS)
    assert gaz.fuzzy_actor("Kazemi") == ("mustafa-al-kadhimi", 1.0)
    assert gaz.fuzzy_actor("Karimi") is None  # "Karimi" is another name than "Karim"
    assert gaz.known_miss("Karimi") and not gaz.known_miss("Hakimi")


def test_fuzzy_actor_takes_a_near_key_only_when_it_spells_the_registered_surname():
    gaz = Gazetteer([{"id": "samir", "name": "Samir Hamdan", "kind": "person", "aliases": ["Samir Hamdan"]}])
    assert gaz.fuzzy_actor("Hamdun") is None  # u for a: another name
    assert gaz.fuzzy_actor("Hamden")[0] == "samir"  # an e for the a: a spelling


def test_a_name_that_describes_a_person_gives_no_surname():
    gaz = Gazetteer(ACTORS + [
        {"id": "driver", "name": "Unnamed taxi driver on Karrada Street", "kind": "person", "aliases": []},
        {"id": "teacher", "name": "Zainab, a schoolteacher", "kind": "person", "aliases": []},
        {"id": "lecturer", "name": "Rafid Hamoudi", "kind": "person", "aliases": []},
    ])
    assert gaz.fuzzy_actor("Street") is None and gaz.fuzzy_actor("Karrada") is None
    assert gaz.fuzzy_actor("schoolteacher") is None
    assert gaz.fuzzy_actor("Hamoudy") == ("lecturer", gaz.fuzzy_actor("Hamoudy")[1])  # a real name still is one


@pytest.mark.parametrize("name, described", [
    ("Qais al-Khazali", False), ("Abu Ali al-Askari", False), ("Mohammed bin Salman", False),
    ("Unnamed taxi driver on Karrada Street", True), ("Zainab, a schoolteacher", True), ("Ahmed Sabah Al-Obaidi", False),
])
def test_is_description(name, described):
    assert is_description(name) is described


def test_names_that_end_in_a_group_noun_and_unnamed_actors():
    gaz = Gazetteer(ACTORS)
    assert [(aid, head) for aid, head, _ in gaz.groups] == [("dock-militias", "militia")]
    assert [i.id for i in gaz.unnamed] == ["unnamed-security-sources", "unnamed-officials"]


def test_one_gazetteer_per_registry():
    registry = list(ACTORS)
    assert gazetteer_for(registry) is gazetteer_for(registry) is gazetteer_for(list(ACTORS))
    assert gazetteer_for(registry[:-1]) is not gazetteer_for(registry)


_KUNYAS = [
    {"id": "umm-marwan", "name": "Umm Marwan", "kind": "person", "aliases": ["Umm Marwan"]},
    {"id": "abu-tariq", "name": "Abu Tariq", "kind": "person", "aliases": ["Abu Tariq"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "aliases": ["Omar Haddad"]},
    {"id": "mustafa-al-kadhimi", "name": "Mustafa al-Kadhimi", "kind": "person", "aliases": ["al-Kadhimi"]},
]


@pytest.mark.parametrize("words, expected", [
    (["Umm", "Marwan"], True), (["Abu", "Tariq"], True), (["Abu", "Tariq", "al-Harbi"], False), (["Omar", "Haddad"], False),
])
def test_the_name_after_a_kunya_word_names_the_child(words, expected):
    assert names_child(words) is expected


def test_a_child_s_name_in_a_kunya_is_no_surname_to_match_by_spelling():
    gaz = Gazetteer(_KUNYAS)
    assert gaz.fuzzy_actor("Marouan") is None  # "Umm Marwan" is the mother of Marwan, not Marwan
    assert gaz.fuzzy_actor("Tareq") is None
    assert gaz.fuzzy_actor("Hadad")[0] == "omar-haddad"  # real spelling variants still link
    assert gaz.fuzzy_actor("Kazemi")[0] == "mustafa-al-kadhimi"


def test_given_keys_hold_the_persons_given_names_in_any_spelling_and_no_titles():
    gaz = Gazetteer([
        {"id": "a", "name": "Dr. Sami Nouri al-Harbi", "kind": "person", "aliases": ["Sheikh Sami Nouri al-Harbi"]},
        {"id": "b", "name": "Harbour Front", "kind": "party", "aliases": ["Harbour Front"]},
    ])
    assert {"sami", "nuri"} <= gaz.given_keys
    assert not {"sheikh", "seik", "harbur", "harbi"} & gaz.given_keys
