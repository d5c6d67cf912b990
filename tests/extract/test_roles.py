"""Role and group nouns of the registry as mentions (CODEBOOK.md M3-M6)."""
import pytest

from kadhimi_ds.extract.gazetteer import gazetteer_for
from kadhimi_ds.extract import extract
from kadhimi_ds.extract.gazetteer import ActorInfo
from kadhimi_ds.extract.roles import body_under, names_role, role_mentions

ACTORS = [{"id": "pm", "role_aliases": ["prime minister", "Prime Minister", "premier", "PM"]},
          {"id": "militias", "role_aliases": ["militias", "armed groups"]},
          {"id": "crowd", "role_aliases": ["protesters", "demonstrators", "Demonstrators"]}]


def found(text, taken=()):
    return [(m.text, m.actor_id) for m in role_mentions(text, [(0, len(text))], ACTORS, list(taken))]


@pytest.mark.parametrize("text, expected", [
    ("Guards shielded the prime minister’s car.", [("the prime minister", "pm")]),
    ("Iraq’s Prime Minister spoke late on Sunday.", [("Iraq’s Prime Minister", "pm")]),
    ("Iraqi PM unhurt after drone strike", [("Iraqi PM", "pm")]),
    ("Critics say these militias answer to Tehran.", [("these militias", "militias")]),
    ("Police were accused of the killing of protesters.", [("protesters", "crowd")]),
    ("Demonstrators marched to the bridge.", [("Demonstrators", "crowd")]),
])
def test_definite_roles_and_bare_group_plurals_are_mentions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "He met a former prime minister in Erbil.",
    "Prime Minister Mustafa al-Kadhimi was unhurt.",
    "The council blamed criminal armed groups.",
    "He leads one of the militias in the south.",
    "The new premier took office in May.",
])
def test_titles_indefinites_and_generic_uses_are_not(text):
    assert found(text) == []


def test_nothing_overlapping_a_mention_already_found():
    text = "Officials said the prime minister was safe."
    assert found(text, [(text.index("the prime"), text.index(" was"))]) == []


def test_no_role_aliases_no_mentions():
    assert role_mentions("the prime minister", [(0, 18)], [{"id": "x"}], []) == []


def _with_name(text, name):
    return found(text, [(text.index(name), text.index(name) + len(name))])


@pytest.mark.parametrize("text, name, expected", [
    ("Freedonia’s premier flew home on Monday.", "Freedonia", [("Freedonia’s premier", "pm")]),
    ("FREEDONIA’S PM SURVIVES A NIGHT ATTACK", "FREEDONIA", [("FREEDONIA’S PM", "pm")]),
    ("Freedonia PM unhurt after strike", "Freedonia", [("Freedonia PM", "pm")]),
    # a capitalised word that is no registered name is no modifier
    ("Former PM returns to the capital", "capital", []),
    # a role followed by a comma and the name is a title of that name (M3 note b)
    ("Freedonia’s prime minister, Nour Karim, flew home.", "Nour Karim", []),
])
def test_a_registered_name_or_possessive_before_a_role_is_its_modifier(text, name, expected):
    assert _with_name(text, name) == expected


def test_a_role_after_a_comma_and_another_role_is_kept():
    text = "Crowds cheered the Prime Minister, Commander in Chief of the Forces."
    assert found(text) == [("the Prime Minister", "pm")]


def test_in_an_all_capitals_headline_only_a_registered_name_makes_a_title():
    text = "FREEDONIA PM NOUR KARIM SURVIVES"
    assert _with_name(text, "NOUR KARIM") == []


_BODIES = [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government", "parent": "freedonia"},
    {"id": "north-freedonia", "name": "North Freedonia Regional Government", "kind": "government", "parent": "freedonia"},
    {"id": "sea-ministry", "name": "Sea Ministry of Freedonia", "kind": "government", "parent": "freedonia"},
    {"id": "land-ministry", "name": "Land Ministry of Freedonia", "kind": "government", "parent": "freedonia"},
]


def test_of_several_bodies_the_one_whose_name_begins_with_the_noun_is_the_state_s():
    gaz = gazetteer_for(_BODIES)
    assert body_under("freedonia", ["government"], gaz, set()).id == "freedonia-government"
    assert body_under("freedonia", ["ministry"], gaz, set()) is None  # no name begins so: not guessed


def _body(name: str) -> ActorInfo:
    return ActorInfo("x", name, "media", None, "", ())


@pytest.mark.parametrize("name, words, expected", [
    ("Harbour militias", ("militias", "militia"), True),
    ("Pro-militia radio stations", ("militias", "militia"), False),  # a modifier: the stations are no militia
    ("Anti-government dock committees", ("government",), False),
    ("Government-run Harbour Radio", ("government",), False),
    ("Office of the Secretary-General", ("secretary-general",), True),
])
def test_a_role_word_hyphened_into_a_modifier_does_not_name_the_actor(name, words, expected):
    assert names_role(_body(name), words) is expected


_MILITIA_RADIO = [
    {"id": "dock-militias", "name": "Dock-backed harbour militias", "kind": "armed_group", "country": "FRD",
     "description": "Armed groups of the docks, referred to as a group.", "aliases": []},
    {"id": "dock-channels", "name": "Pro-militia harbour radio stations", "kind": "media", "country": "FRD",
     "description": "Radio stations close to the dock militias.", "aliases": []},
    {"id": "harbour-union", "name": "Harbour Union", "kind": "other", "country": "FRD",
     "description": "Umbrella of dockers, many of them in the militias.", "aliases": ["Harbour Union"]},
]


def test_the_factions_are_the_militias_not_stations_named_pro_militia():
    text = "The Harbour Union met on Monday. The factions called the vote “a theft”, and left the port."
    draft = extract(text, None, _MILITIA_RADIO)
    said = [m.actor_id for m in draft.mentions if m.text == "The factions"]
    assert said == ["dock-militias"]
