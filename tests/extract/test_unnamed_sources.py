"""Unnamed sources (``kadhimi_ds.extract.unnamed_sources``): security sources, officials, residents,
diplomats and factions as the registry's grouped actors, or new ones (codebook M8). All sentences
written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import ACTORS, DAY, DIPLOMATS, LEAGUE, Registry, quote, run

# --- unnamed sources, residents, diplomats and factions -------------------------------------------

def test_unnamed_sources_map_to_the_registry():
    draft = run("Security sources told the Daily Courier that “the fire started at night”.")
    q = draft.quotes[0]
    assert q.speaker == "unnamed-security-sources" and q.reported_via == "daily-courier"


def test_the_official_refers_back_to_the_unnamed_source():
    d = run('A senior security official told Reuters the port was hit. "They knew the target," the official said.')
    assert quote(d, "They knew the target,").speaker == "unnamed-officials"


@pytest.mark.parametrize("text, words, proposed", [
    ('"The cranes shook for an hour," a resident of the nearby Saltmarsh district told Reuters by telephone.',
     "The cranes shook for an hour,", "unnamed-resident-of-nearby-saltmarsh-district"),
    ('One resident told the Daily Courier: "We did not sleep at all."', "We did not sleep at all.", "unnamed-resident"),
])
def test_one_unnamed_resident_quoted_is_an_actor_of_their_own(text, words, proposed):
    """M8 note of 2026-12-01: an unnamed individual is a new actor, never folded into the residents' group."""
    d = LEAGUE.run(text)
    q = quote(d, words)
    assert q.speaker is None and q.new_speaker == proposed
    assert next(p for p in d.new_actors if p.id == proposed).kind == "person"


_TIDE_OFFICIAL = Registry(ACTORS + [
    {"id": "tide-guard", "name": "Tide Guard", "kind": "armed_group", "aliases": ["Tide Guard", "TG"]},
    {"id": "unnamed-senior-tg-official", "name": "Unnamed senior TG official (another article)", "kind": "person",
     "parent": "tide-guard", "description": "A senior Tide Guard official quoted without his name.", "aliases": []},
])


@pytest.mark.parametrize("text, expected", [
    # an unnamed individual of another article is not every "senior official": the grouped officials are
    ('"They knew the target," a senior official said.', "unnamed-officials"),
    ('"They knew the target," a senior security official told Reuters.', "unnamed-officials"),
    # near miss: the article names what sets the individual apart
    ('TG leaders met on Sunday. "They knew the target," a senior TG official said.', "unnamed-senior-tg-official"),
])
def test_a_registered_unnamed_individual_needs_the_words_that_set_it_apart(text, expected):
    assert _TIDE_OFFICIAL.who(text, "They knew the target,") == expected


def test_one_resident_then_he_said_stays_with_the_resident():
    text = ('One resident of Saltmarsh told the Daily Courier he was woken by "a huge bang".\n\n'
            '"Then the windows went," he said.')
    assert LEAGUE.who(text, "Then the windows went,") == "unnamed-resident-of-saltmarsh"


def test_residents_quoted_as_one_voice_are_the_registered_group():
    assert LEAGUE.who('"The cranes shook for an hour," residents of the old harbour quarter told Reuters.',
                      "The cranes shook for an hour,") == "unnamed-harbour-residents"


@pytest.mark.parametrize("text, words, name", [
    ('"The cranes shook," residents of the Old Quarter said.', "The cranes shook,", "Residents of the Old Quarter"),
    ('Residents of the Saltmarsh district, across the bay from the port, said they heard two blasts.\n\n'
     '"The whole house shook," residents said.', "The whole house shook,", "Residents of the Saltmarsh district"),
    ('"The whole house shook," residents said.', "The whole house shook,", "Unnamed residents"),
])
def test_residents_without_a_registered_group_are_one_new_group(text, words, name):
    """M8 note (2026-12-01): several unnamed people the article treats as one voice ("residents said") are one group
    actor, named as the article first describes them, never a null speaker."""
    d = extract(text, DAY, ACTORS)
    q = quote(d, words)
    assert q.speaker is None and next(p for p in d.new_actors if p.id == q.new_speaker).name == name


def test_one_of_the_sources_is_a_mention_of_the_group():
    d = LEAGUE.run('Two security sources said the drones came from the east. One of the sources said "three were launched".')
    assert quote(d, "three were launched").speaker == "unnamed-security-sources"
    assert any(m.text == "One of the sources" and m.actor_id == "unnamed-security-sources" for m in d.mentions)


@pytest.mark.parametrize("text, words, expected", [
    ('"The crane fell twice," a police source told Reuters.', "The crane fell twice,", "unnamed-security-sources"),
    ('"The crane fell twice," an intelligence source said.', "The crane fell twice,", "unnamed-security-sources"),
    ('As one Western diplomat in the capital put it to me, "They want us to believe the minister bombed his own '
     'office."', "They want us to believe the minister bombed his own office.", "unnamed-foreign-diplomats"),
    ('"It is a farce," a diplomat said.', "It is a farce,", "unnamed-foreign-diplomats"),
    ('Officials said the port was "closed until further notice".', "closed until further notice", "unnamed-officials"),
])
def test_unnamed_sources_take_the_grouped_actor_their_head_noun_and_qualifier_name(text, words, expected):
    assert DIPLOMATS.who(text, words) == expected


@pytest.mark.parametrize("text, words", [
    ('"The crane fell twice," a source told Reuters.', "The crane fell twice,"),
    ('Sources close to Omar Haddad told the Daily Courier that "the minister will not resign".', "the minister will not resign"),
    ('"Two were hurt," a medical source said.', "Two were hurt,"),
])
def test_a_source_not_qualified_by_security_police_or_military_is_no_security_source(text, words):
    q = quote(DIPLOMATS.run(text), words)
    assert q.speaker is None and q.new_speaker  # a NEW-ACTOR proposal (F7), never unnamed-security-sources
    assert q.speaker_text and "ource" in q.speaker_text


def test_the_factions_channels_speak_for_the_factions():
    text = ("Dock-backed harbour militias fired on the docks. The factions' television channels called the blast a "
            '"massacre" and the vote a "conspiracy".')
    assert DIPLOMATS.who(text, "massacre") == "dock-militias"
    assert DIPLOMATS.who(text, "conspiracy") == "dock-militias"


def test_factions_without_a_definite_determiner_refer_to_no_group():
    d = DIPLOMATS.run('Dock-backed harbour militias fired on the docks. Different factions condemned it.')
    assert not [m for m in d.mentions if "factions" in m.text]


SOURCES = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania", "SYL"]},
    {"id": "unnamed-sylvanian-officials", "name": "Unnamed SYL officials", "kind": "government",
     "description": "Sylvania officials who spoke without being named.", "aliases": []},
])


@pytest.mark.parametrize("text, words, expected", [
    ("A SYL official said the raid bore “every mark” of the dock militias.", "every mark", "unnamed-sylvanian-officials"),
    ("Officials said the port was calm. The SYL official said the raid was “well planned.”", "well planned.",
     "unnamed-sylvanian-officials"),
    ("Two SYL defense officials called the raid “a warning.”", "a warning.", "unnamed-sylvanian-officials"),
    # negative: the state itself speaks when no official or source follows its name
    ("SYL said the raid was “a warning.”", "a warning.", "sylvania"),
])
def test_a_state_name_before_official_or_source_is_an_unnamed_source_of_it(text, words, expected):
    assert SOURCES.who(text, words) == expected


def test_the_official_goes_back_to_the_unnamed_source_of_the_same_state_only():
    text = "Officials said the port was calm. The official added that it was “all quiet.”"
    assert SOURCES.who(text, "all quiet.") == "unnamed-officials"


# --- "the diplomat", "the official": back to a person named so before (G2) ----------------------

_ENVOYS = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania"]},
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvanian Foreign Ministry"]},
    {"id": "ana-petrov", "name": "Ana Petrov", "kind": "person", "parent": "sylvania-foreign-ministry",
     "description": "Spokeswoman of Sylvania's foreign ministry.", "aliases": ["Ana Petrov", "Petrov"]},
    {"id": "unnamed-sylvanian-diplomats", "name": "Unnamed Sylvanian diplomats", "kind": "other", "aliases": []},
])


@pytest.mark.parametrize("text", [
    "Sylvanian Foreign Ministry spokeswoman Ana Petrov condemned the blockade of Nour Karim's port.\n\n"
    "“It is unlawful,” the Sylvanian diplomat said.",
    "Ana Petrov spoke after Omar Haddad closed the port. “It is unlawful,” the diplomat said.",
])
def test_the_diplomat_is_the_person_named_before_whom_the_registry_places_so(text):
    assert _ENVOYS.who(text, "It is unlawful,") == "ana-petrov"


@pytest.mark.parametrize("text", [
    # the demonym is of another state; an indefinite diplomat; no diplomat named before
    "Ana Petrov condemned the blockade. “It is unlawful,” the Freedonian diplomat said.",
    "Ana Petrov condemned the blockade. “It is unlawful,” a Sylvanian diplomat said.",
    "Omar Haddad closed the port. “It is unlawful,” the Sylvanian diplomat said.",
])
def test_a_diplomat_the_named_person_cannot_be_stays_unnamed(text):
    assert _ENVOYS.who(text, "It is unlawful,") != "ana-petrov"


@pytest.mark.parametrize("text", [
    "One drone got through, and that is what my own sources in the security services tell me.",
    "Our sources at the port told us that two drones were launched.",
])
def test_a_speaker_s_own_sources_are_no_unnamed_source_mention(text):
    assert [m.text for m in run(text).mentions if m.method == "anonymous"] == []


def test_security_sources_that_tell_an_outlet_are_a_mention():
    d = run("Two security sources tell the Daily Courier that six guards were hurt.")
    assert [m.text for m in d.mentions if m.method == "anonymous"] == ["Two security sources"]


def test_a_place_in_capitals_must_be_a_whole_word_of_the_registered_group():
    """"A U.S. defence official" is no unnamed Iraqi official: "U.S." is one word, not letters of "Iraqi" (M8), so
    the same figure from an Iraqi one is a second claim (C15)."""
    ports = Registry([{"id": "unnamed-iraqi-officials", "name": "Unnamed Iraqi officials", "kind": "government",
                       "description": "Iraqi officials who spoke without being named.", "aliases": []},
                      {"id": "united-states", "name": "United States", "kind": "state", "aliases": ["U.S."]}])
    draft = ports.run("A U.S. defence official said two drones were shot down. An Iraqi defence official said two drones were shot down.")
    assert [c.claimed_by for c in draft.claims] == ["unnamed-us-officials", "unnamed-iraqi-officials"]


def test_initials_of_another_state_do_not_fit_a_registered_group_by_their_letters():
    officials = Registry([{"id": "unnamed-freedonian-officials", "name": "Unnamed Freedonian officials", "kind": "government",
                           "aliases": []},
                          {"id": "sylvanian-union", "name": "Sylvanian Union", "kind": "state", "aliases": ["S.U."]}])
    speaker = officials.who("An S.U. defence official said the port was “not safe” for the convoy.", "not safe")
    assert speaker is not None and speaker != "unnamed-freedonian-officials"


_NATIONS = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "country": "SYL", "aliases": ["Sylvania", "S.V."]},
    {"id": "unnamed-sv-officials", "name": "Unnamed SV officials", "kind": "government", "country": "SYL",
     "description": "Government officials of the republic who spoke without being named.", "aliases": []},
])


@pytest.mark.parametrize("text", [
    # a nationality adjective or an abbreviation of the state names the unnamed group of that country
    '"The crane fell twice," two Sylvanian officials said.',
    '"The crane fell twice," one of the S.V. officials said.',
])
def test_an_unnamed_group_is_named_by_its_country_s_adjective(text):
    assert _NATIONS.who(text, "The crane fell twice,") == "unnamed-sv-officials"


def test_an_adjective_of_another_country_is_not_that_group():
    assert _NATIONS.who('"The crane fell twice," two Freedonian officials said.', "The crane fell twice,") \
        == "unnamed-freedonian-officials"


# --- qualifiers, post-modifiers and state bodies (M8, 2026-12-01) -------------------------------------

_FACTIONS = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "country": "SYL", "aliases": ["Sylvania"]},
    {"id": "sv-ports-ministry", "name": "Ministry of Ports (Sylvania)", "kind": "government", "country": "SYL",
     "parent": "sylvania", "aliases": ["Ports Ministry", "ports ministry"]},
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "country": "FRD", "aliases": ["Freedonia"]},
    {"id": "fd-customs", "name": "Customs Office (Freedonia)", "kind": "government", "country": "FRD",
     "parent": "freedonia", "aliases": ["Customs Office"]},
    {"id": "sv-dock-police", "name": "Sylvanian dock police", "kind": "military", "country": "SYL", "aliases": ["dock police"]},
    {"id": "unnamed-sv-officials", "name": "Unnamed Sylvanian officials", "kind": "government", "country": "SYL",
     "description": "Sylvanian government or security officials who spoke without being named.", "aliases": []},
    {"id": "unnamed-fd-officials", "name": "Unnamed Freedonian officials", "kind": "government", "country": "FRD",
     "description": "Freedonian government officials who spoke without being named.", "aliases": []},
    {"id": "unnamed-sv-medical-sources", "name": "Unnamed Sylvanian medical sources", "kind": "other", "country": "SYL",
     "description": "Hospital sources who spoke without being named.", "aliases": []},
    {"id": "unnamed-militia-officials", "name": "Unnamed militia officials", "kind": "other", "country": "SYL",
     "description": "Officials of Sylvanian militias who spoke without being named.", "aliases": []},
    {"id": "unnamed-sources-close-to-militias", "name": "Unnamed sources close to the militias", "kind": "other",
     "country": "SYL", "description": "People close to the militias who spoke without being named.", "aliases": []},
])
"""Two states with a body each, their unnamed officials, and unnamed militia, medical and close sources."""

_IN_SYLVANIA = "The Sylvanian dock police closed the quay in Sylvania on Monday. "


@pytest.mark.parametrize("text, words, expected", [
    ('A militia official said the group had "no hand in it".', "no hand in it", "unnamed-militia-officials"),
    ('A militia official spoke. "We did not send them," he said. "The militia official is right," a guard said. '
     'The militia official added that it was "a lie".', "a lie", "unnamed-militia-officials"),
    ('Sources close to the Tide Guard told the Daily Courier that the blast "serves only the enemy".',
     "serves only the enemy", "unnamed-sources-close-to-militias"),
    ('Sources close to the armed factions said the drones were "toys".', "toys", "unnamed-sources-close-to-militias"),
    # near miss: a medical source is no source close to the militias
    ('A hospital source said "seven were hurt".', "seven were hurt", "unnamed-sv-medical-sources"),
])
def test_a_qualifier_or_post_modifier_picks_the_grouped_actor(text, words, expected):
    assert _FACTIONS.who(_IN_SYLVANIA + text, words) == expected


def test_sources_close_to_a_group_take_in_the_group_in_their_span():
    d = _FACTIONS.run(_IN_SYLVANIA + 'Sources close to the Tide Guard told the Daily Courier it was "a plot".')
    assert any(m.text == "Sources close to the Tide Guard" and m.actor_id == "unnamed-sources-close-to-militias"
               for m in d.mentions)


@pytest.mark.parametrize("text, expected", [
    # an official of a state body of the article's country is one of its unnamed officials (M8, 2026-12-01)
    ('A Ports Ministry official, speaking on condition of anonymity, put the number held "in connection with the riot" '
     'at 31.', "unnamed-sv-officials"),
    # near miss: a spokesman speaks for the body (Q8 rule 3)
    ('A Ports Ministry spokesman put the number held "in connection with the riot" at 31.', "sv-ports-ministry"),
    # near miss: a body of another country than the article's is left to Q8 rule 3
    ('A Customs Office official put the number held "in connection with the riot" at 31.', "fd-customs"),
])
def test_an_official_of_a_state_body_is_one_of_the_unnamed_officials(text, expected):
    d = _FACTIONS.run(_IN_SYLVANIA + "The Ports Ministry and Sylvania met. " + text)
    assert (quote(d, "in connection with the riot").speaker or quote(d, "in connection with the riot").new_speaker) == expected


def test_sources_close_to_a_group_are_no_other_registered_source_group():
    """Without a registered group of sources close to the militias, "sources close to the Tide Guard" are a
    proposed new group, not the registry's medical sources (M8); a hospital source stays the medical sources."""
    registry = Registry([a for a in _FACTIONS.actors if a["id"] != "unnamed-sources-close-to-militias"])
    q = quote(registry.run(_IN_SYLVANIA + 'Sources close to the Tide Guard said the blast "serves only the enemy".'),
              "serves only the enemy")
    assert q.speaker is None and q.new_speaker
    assert registry.who(_IN_SYLVANIA + 'A hospital source said "seven were hurt".', "seven were hurt") \
        == "unnamed-sv-medical-sources"


def test_the_sources_go_back_to_the_new_group_proposed_before():
    """"One of the sources" after "two sources close to the Tide Guard" (no such group registered) is that
    proposed group, not the registry's medical sources; a hospital source named in between is the latest one."""
    registry = Registry([a for a in _FACTIONS.actors if a["id"] != "unnamed-sources-close-to-militias"])
    text = (_IN_SYLVANIA + "Two sources close to the Tide Guard said the dock was hit.\n\n"
            '"It was a warning," one of the sources said.')
    d = registry.run(text)
    q = quote(d, "It was a warning,")
    assert q.speaker is None and q.new_speaker
    assert any(p.id == q.new_speaker and len(p.mentions) == 2 for p in d.new_actors)
    later = text + ' A hospital source said the toll was "seven". "All are stable," the source said.'
    assert registry.who(later, "All are stable,") == "unnamed-sv-medical-sources"


# --- unnamed hospital staff (M8 note of 2026-12-01) ------------------------------------------------

_CLINIC = Registry(ACTORS + [
    {"id": "unnamed-clinic-staff", "name": "Unnamed clinic staff", "kind": "other",
     "description": "Doctors, nurses and other clinic staff who spoke without being named.", "aliases": []},
    {"id": "rami-aziz", "name": "Rami Aziz", "kind": "person", "description": "Harbour pilot.", "aliases": ["Rami Aziz", "Aziz"]},
])


@pytest.mark.parametrize("text, words", [
    ("Rami Aziz waited outside. A doctor who asked not to be named said the ward was “full by noon”.", "full by noon"),
    ("“We ran out of beds,” one young doctor said.", "We ran out of beds,"),
])
def test_an_unnamed_doctor_or_nurse_is_the_staff_the_registry_describes_so(text, words):
    d = _CLINIC.run(text)
    q = quote(d, words)
    assert q.speaker == "unnamed-clinic-staff"
    assert not any(m.actor_id == "unnamed-clinic-staff" for m in d.mentions)  # one person is no mention of the group


@pytest.mark.parametrize("text, words, expected", [
    # near misses: "the doctor" is the person described so before; a named doctor speaks as herself
    ("Dr. Rami Aziz was on the night shift. The doctor said the ward was “full by noon”.", "full by noon", "rami-aziz"),
    ("A doctor, Rami Aziz, said the ward was “full by noon”.", "full by noon", "rami-aziz"),
])
def test_a_described_or_named_doctor_stays_that_person(text, words, expected):
    assert _CLINIC.who(text, words) == expected


def test_the_staff_group_for_one_doctor_is_a_speaker_to_check():
    d = _CLINIC.run("A doctor who asked not to be named said the ward was “full by noon”.")
    assert quote(d, "full by noon").check_speaker  # a group for one person (M8 note: an individual)


def test_an_unnamed_doctor_with_no_staff_registered_is_a_new_actor():
    q = quote(run("A doctor who asked not to be named said the ward was “full by noon”."), "full by noon")
    assert q.speaker is None and q.new_speaker


def test_a_registered_person_the_description_fits_is_no_member_of_the_staff():
    """"A nurse on the night ward" is the one person the registry names so (a person the article introduced,
    :mod:`.newcomers`), not the clinic staff; an unqualified "a doctor" stays the staff."""
    nurse = {"id": "night-ward-nurse", "name": "Unnamed nurse on the night ward", "kind": "person", "aliases": []}
    clinic = Registry(_CLINIC.actors + [nurse])
    text = "A nurse on the night ward said the first boats came at dusk. “They were soaked, most of them,” she said."
    assert clinic.who(text, "They were soaked, most of them,") == "night-ward-nurse"
    assert clinic.who("A doctor who asked not to be named said the ward was “full by noon”.", "full by noon") == "unnamed-clinic-staff"


def test_a_nurse_the_article_describes_by_more_than_the_head_is_the_proposed_person():
    """The extractor proposes the nurse "on the night shift" as a new person (M8 note of 2026-12-01: an unnamed
    individual is an actor of its own), and her words are hers, not the clinic staff's."""
    text = ("Rami Aziz waited outside. A nurse on the night shift, who has worked there for ten years, said the first "
            "boats came at dusk. “They were soaked, most of them,” she said.")
    assert _CLINIC.who(text, "They were soaked, most of them,") == "unnamed-nurse-on-the-night-shift"


@pytest.mark.parametrize("text", [
    "“The vote was clean,” a U.N. official said.",
    "A UN official, who asked not to be named, said the mission had the letter. “The vote was clean,” she said.",
])
def test_an_official_of_an_acronym_the_registry_lacks_is_no_registered_group(text):
    # "U.N." and "UN" are words of the source: not the registry's unnamed officials, a new group of their own (M8)
    q = quote(run(text), "The vote was clean,")
    assert q.speaker is None and q.new_speaker == "unnamed-un-officials"


# --- officials and sources placed outside the state (M8: "another country or body") --------------

_ABROAD = Registry([dict(a, country="FRD") if a["id"] in ("omar-haddad", "ports-ministry", "unnamed-officials") else a
                    for a in LEAGUE.actors] + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "country": "FRD", "aliases": ["Freedonia"]},
    {"id": "sv-foreign-ministry", "name": "Sylvanian Foreign Ministry", "kind": "government", "country": "SYL",
     "aliases": ["Sylvanian Foreign Ministry"]},
])


@pytest.mark.parametrize("text, words, name", [
    ('An official in the Tide Guard, speaking on condition of anonymity, told Reuters the group had been blamed in '
     'advance.\n\n"They chose the culprit first," the official said.', "They chose the culprit first,",
     "Unnamed Tide Guard officials"),
    ('"We had nothing to do with it," a militia official told Reuters.', "We had nothing to do with it,",
     "Unnamed militia officials"),
    ('Reuters quoted a senior official in one of the armed factions as calling the strike "a staged show".',
     "a staged show", "Unnamed militia officials"),
    ('Haddad said the port would reopen and the ports ministry counted the damage. An official in the Sylvanian '
     'Foreign Ministry, briefing reporters, was more direct. "It bears the marks of the dock gangs," the official said.',
     "It bears the marks of the dock gangs,", "Unnamed Sylvanian Foreign Ministry officials"),
    ('"We saw the order ourselves," two sources in the armed factions told Reuters.', "We saw the order ourselves,",
     "Unnamed militia sources"),
])
def test_an_official_placed_in_another_body_is_a_group_of_its_own(text, words, name):
    """M8: sources the article places in an armed group or a foreign government are not the state's unnamed
    officials; the draft proposes a group named for the place, and "the official" goes back to it."""
    d = _ABROAD.run(text)
    q = quote(d, words)
    assert q.speaker is None and next(p for p in d.new_actors if p.id == q.new_speaker).name == name


@pytest.mark.parametrize("text", [
    '"They knew the target," an official in the ports ministry said.',  # the state's own body
    '"They knew the target," an official in Harbourtown said.',  # a place, no body
    'Haddad met Sylvania’s envoy. "They knew the target," an official in Freedonia said.',  # the article's own state
    'Haddad met the Tide Guard on Sunday. "They knew the target," a senior official said.',  # no place given
    '"They knew the target," a ports ministry official said.',
])
def test_an_official_of_the_state_or_of_no_body_stays_with_the_unnamed_officials(text):
    assert _ABROAD.who(text, "They knew the target,") == "unnamed-officials"


def test_a_registered_body_before_the_head_is_left_to_the_body():
    """Near miss: "a Tide Guard official" names the body before the head, as dev coders coded it (the body)."""
    assert _ABROAD.who('"They knew the target," a Tide Guard official said.', "They knew the target,") == "tide-guard"


@pytest.mark.parametrize("text, words, expected", [
    # the group after "an official in one of" places the speaker; it does not speak
    ('A senior official in one of the harbour militias told Reuters that the strike was "a message".', "a message",
     "unnamed-militia-officials"),
    # near miss: "one of the officials" speaks for the officials, one of them
    ('Haddad met officials on Monday. One of the officials told Reuters that the strike was "a message".', "a message",
     "unnamed-officials"),
])
def test_the_place_of_an_official_is_not_the_subject(text, words, expected):
    assert _ABROAD.who(text, words) == expected
