"""References of a sentence (``kadhimi_ds.extract.sentence_references``): an unnamed spokesperson for a
body, and a body noun after the name of its owner. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, CUSTOMS, LEAGUE, OWNERS, Registry, who


@pytest.mark.parametrize("text, words, expected", [
    ('"The gates stay shut," a spokesman for the Harbour Front told Reuters.', "The gates stay shut,", "harbour-front"),
    ('A spokeswoman for the ports ministry said the cranes were "under review".', "under review", "ports-ministry"),
    ('"Nothing was stolen," said a spokesperson of the Harbour Front.', "Nothing was stolen,", "harbour-front"),
])
def test_an_unnamed_spokesperson_for_a_body_gives_the_body(text, words, expected):
    assert who(text, words) == expected


def test_a_named_spokesperson_for_a_body_is_still_the_person():
    # near miss: the spokesperson is named before the apposition; "who said" is hers (Q8 rule 1)
    text = 'Karim was criticised by Lina Sabbagh, a spokeswoman for the ports ministry, who said he was "absent".'
    assert who(text, "absent") == "lina-sabbagh"


# --- a body noun after the name of the state or organisation it belongs to ---------------------------

_BODIES = Registry(ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania", "SV"]},
    {"id": "sv-state-department", "name": "Sylvanian Department of State", "kind": "government", "parent": "sylvania",
     "aliases": ["State Department"]},
    {"id": "league", "name": "League of Ports", "kind": "other", "aliases": ["League of Ports", "LP"]},
    {"id": "lp-mission", "name": "League of Ports Assistance Mission", "kind": "other", "parent": "league",
     "aliases": ["LPAM"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ("The SV state department said it was “relieved” the minister was safe.", "relieved", "sv-state-department"),
    ("LP mission says the strike ‘must not go unpunished’", "must not go unpunished", "lp-mission"),
    ("The League of Ports mission called the blockade “illegal”.", "illegal", "lp-mission"),
])
def test_a_body_noun_after_its_owner_names_the_body(text, words, expected):
    assert _BODIES.who(text, words) == expected


def test_an_owner_without_such_a_body_stays_the_speaker():
    # near miss: Sylvania has no registered ministry; "Sylvania ministry" stays with Sylvania
    assert _BODIES.who("The Sylvania ministry called it “a crime”.", "a crime") == "sylvania"


@pytest.mark.parametrize("text, words, expected", [
    ("The Harbour police sealed the quay. “The blast came first,” a police source said.", "The blast came first,",
     "unnamed-security-sources"),
    ("Two army officials said the cranes were “not the target”.", "not the target", "unnamed-officials"),
    # near miss: the body itself speaks when no source or official follows its name
    ("“The blast came first,” police said.", "The blast came first,", "harbour-police"),
])
def test_a_security_body_before_source_or_official_is_an_unnamed_source(text, words, expected):
    reg = Registry(ACTORS + [
        {"id": "harbour-police", "name": "Harbour police", "kind": "military", "aliases": ["police", "Police"]},
        {"id": "harbour-army", "name": "Harbour army", "kind": "military", "aliases": ["army", "Army"]},
    ])
    assert reg.who(text, words) == expected


def test_an_embassy_after_its_state_is_the_registered_embassy():
    reg = Registry(_BODIES.actors + [
        {"id": "sv-embassy", "name": "Sylvanian Embassy in Port City", "kind": "government",
         "parent": "sv-state-department", "aliases": ["Sylvanian embassy"]},
    ])
    text = "SV condemned what the SV embassy called “an attack on the port”."
    assert reg.who(text, "an attack on the port") == "sv-embassy"


_NEWSROOM = Registry(ACTORS + [
    {"id": "quay-news", "name": "Quay News", "kind": "media", "aliases": ["Quay News"]},
    {"id": "dana-ward", "name": "Dana Ward", "kind": "person", "parent": "quay-news",
     "description": "Quay News correspondent in the port city.", "aliases": ["Dana Ward", "Ward"]},
])


@pytest.mark.parametrize("cue", ["our correspondent in Port Vale said", "our correspondent said", "the correspondent said"])
def test_our_correspondent_goes_back_to_the_correspondent_named_before(cue):
    text = ("Quay News correspondent Dana Ward said she heard two blasts.\n\n"
            f"“The port is burning,” {cue}. “Nobody knows why.”")
    draft = _NEWSROOM.run(text)
    assert [(q.text, q.speaker) for q in draft.quotes] == [("The port is burning,", "dana-ward"),
                                                             ("Nobody knows why.", "dana-ward")]
    assert any(m.actor_id == "dana-ward" and m.text == cue.rsplit(" ", 1)[0] for m in draft.mentions)


_GOVERNMENTS = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government", "parent": "freedonia",
     "aliases": ["Government of Freedonia"]},
    {"id": "north-freedonia", "name": "North Freedonia Regional Government", "kind": "government",
     "parent": "freedonia", "aliases": ["North Freedonia"]},
])


def test_a_state_s_government_is_the_government_of_that_state():
    text = ("Freedonia’s government said in a statement that a committee had been formed. "
            "“The perpetrators will not escape punishment,” the statement read.")
    assert _GOVERNMENTS.who(text, "The perpetrators will not escape punishment,") == "freedonia-government"
    draft = _GOVERNMENTS.run("“We are ready,” Freedonia's government said.")
    assert draft.quotes[0].speaker == "freedonia-government"


@pytest.mark.parametrize("text, words, expected", [
    ("Rami Zaher condemned the fire.\n\nPresident of the Republic Dr. Nour Karim called the fire “a cowardly crime,” "
     "while the League of Ports said it was “appalled”.", "a cowardly crime,", "nour-karim"),
    ("Rami Zaher condemned the fire.\n\nSecretary-General of the League Ines Varga called it “a heinous crime”.",
     "a heinous crime", "ines-varga"),
    ("Rami Zaher condemned the fire.\n\nMinister of the Ports Mr. Omar Haddad said the fire was “under control”.",
     "under control", "omar-haddad"),
])
def test_a_role_with_an_of_complement_before_a_name_is_a_title_of_that_name(text, words, expected):
    # near miss: the role word alone ("President") is no referent of its own, the name after the title is (G2, Q8 rule 1)
    assert LEAGUE.who(text, words) == expected



# --- a role after its owner in the possessive ("Sylvania’s army", "Karim's office") ------------------

_OWNERS = Registry(OWNERS)


@pytest.mark.parametrize("text, words, expected", [
    ("Sylvania’s army said a shell had hit the quay, calling it “a deliberate strike”.", "a deliberate strike", "sv-army"),
    ("Sylvania's president calls the blockade \"a dangerous escalation\".", "a dangerous escalation", "sv-president"),
    # near miss: "his office" finds the president, who has no registered office here
    ("SYLVANIA'S President escaped unhurt in what his office called \"a failed bid\".", "a failed bid", None),
    ("Nour Karim's office said the cranes were “safe and sound”.", "safe and sound", "karim-office"),
])
def test_a_role_after_its_owner_in_the_possessive_is_the_owners(text, words, expected):
    assert _OWNERS.who(text, words) == expected


# --- a bare role noun closing a headline or an alert as its source --------------------------------

_MILITARY = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "freedonia-military", "name": "Freedonian Armed Forces", "kind": "military", "parent": "freedonia",
     "aliases": ["Freedonian military"]},
])


@pytest.mark.parametrize("cue", ["military says", "military say"])
def test_a_bare_role_closing_an_alert_line_is_its_source(cue):
    text = (f"Freedonia: blast at the harbour\n\n04:10 Freedonian minister unhurt in “failed attack”, {cue}\n\n"
            "04:20 Two cranes burning at the port")
    assert _MILITARY.who(text, "failed attack") == "freedonia-military"


def test_a_bare_role_in_running_prose_is_no_source():
    # near miss: without the comma that closes a headline, "military" stays an adjective-like noun, not a source
    text = "Freedonia: blast at the harbour\n\nThe minister spoke of a “failed attack” as military says nothing."
    assert _MILITARY.who(text, "failed attack") != "freedonia-military"


# --- "the country’s" before a role, and "armed forces" -----------------------------------------------

@pytest.mark.parametrize("body", ["the army", "the country’s armed forces", "the nation’s army"])
def test_the_countrys_army_or_armed_forces_is_the_army_the_story_is_about(body):
    text = f"Prime Minister Nour Karim escaped unhurt after a drone hit his house, in what {body} called a “failed attempt”."
    assert CUSTOMS.who(text, "failed attempt") == "harbour-army"


def test_a_bare_role_after_what_in_a_headline_is_its_subject():
    text = "Karim unhurt after what army calls “failed attempt”; two guards wounded\n\nThe drone hit the house at dawn."
    assert CUSTOMS.who(text, "failed attempt") == "harbour-army"


@pytest.mark.parametrize("text", [
    "The Harbour Front fell to three seats. Harbour Front's leaders have called the count “rigged”.",
    "The Harbour Front fell to three seats. The leaders of the Harbour Front called the count “rigged”.",
    "The count was slow. The Harbour Front’s senior members said it was “rigged”.",
])
def test_an_organisations_leaders_or_members_as_a_group_speak_for_it(text):
    assert who(text, "rigged") == "harbour-front"


# --- unnamed members of an organisation speak for it -----------------------------------------------

@pytest.mark.parametrize("text, words, expected", [
    ("His colleagues at the Harbour Front spoke of a “drama” staged by the ministry; their leader, Omar Haddad, "
     "said it was “made up”.", "drama", "harbour-front"),
    ("His colleagues at the Harbour Front spoke of a “drama” staged by the ministry; their leader, Omar Haddad, "
     "said it was “made up”.", "made up", "omar-haddad"),
    ("Members of the Harbour Front called the vote “rigged”.", "rigged", "harbour-front"),
    ("Some senior figures in the Harbour Front described it as “theatre”.", "theatre", "harbour-front"),
    ("Omar Haddad, a member of the Harbour Front, called it “theatre”.", "theatre", "omar-haddad"),
])
def test_unnamed_members_of_an_organisation_speak_for_it(text, words, expected):
    assert who(text, words) == expected


def test_a_registered_nurse_placed_in_the_sentence_outranks_unnamed_hospital_staff():
    nurse = {"id": "bryn-nurse", "name": "Unnamed ward nurse at Saint Bryn clinic", "kind": "person", "aliases": []}
    staff = {"id": "unnamed-staff", "name": "Unnamed hospital staff", "kind": "other",
             "description": "Doctors and nurses who spoke without being named.", "aliases": []}
    people = Registry(ACTORS + [nurse, staff])
    assert people.who("At Saint Bryn clinic, a nurse on the ward said: “Nine came in.”", "Nine came in.") == "bryn-nurse"
