"""What a referring expression points to (``kadhimi_ds.extract.referents`` with references and
referring): offices, places that are nobody, and unregistered speakers proposed as new actors
(codebook Q8, Q11, Q13; M rules on new actors); pronouns, roles and unnamed sources are tested in
``test_pronouns``, ``test_role_referents`` and ``test_unnamed_sources``. All sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, CUSTOMS, LEAGUE, OWNERS, Registry, quote, run, who


# --- places are nobody ----------------------------------------------------------------------------


def test_places_are_not_proposed_as_new_speakers():
    d = CUSTOMS.run('Al-Rasheed Street was hit on Monday. "It is calm now," he said.')
    q = quote(d, "It is calm now,")
    assert q.speaker is None and q.new_speaker is None


def test_an_unnamed_organisation_spokesman_is_the_organisation():
    draft = run("A ports ministry spokeswoman said “the cranes are safe”.")
    assert quote(draft, "the cranes are safe").speaker == "ports-ministry"  # G1, Q8.3: never the registered spokeswoman


def test_a_persons_office_is_composed_through_the_registry():
    d = CUSTOMS.run('"We stand with the workers," Haddad said.\n\n"The perpetrators will be punished," said a statement '
            'from Karim\'s office.')
    assert quote(d, "The perpetrators will be punished,").speaker == "karim-office"


def test_an_aide_is_not_the_minister():
    assert who('Haddad\'s aide said: "The minister is fine."', "The minister is fine.") != "omar-haddad"


# --- unknown speakers: titled names and descriptions become new actors ----------------------------

def test_unregistered_speaker_is_proposed_as_a_new_actor():
    draft = run("“The tide is turning,” said Spokesman Karim Nasser of the dock workers.")
    q = draft.quotes[0]
    assert q.speaker is None and q.new_speaker == "karim-nasser"
    assert [(p.id, p.name, p.kind) for p in draft.new_actors] == [("karim-nasser", "Karim Nasser", "person")]


@pytest.mark.parametrize("text", [
    "Customs Dept. calls the seizure “unlawful”.",
    "The Customs Dept said the seizure was “unlawful”.",
])
def test_an_abbreviated_registered_name_is_that_actor(text):
    d = _ABBREVIATED.run(text)
    assert quote(d, "unlawful").speaker == "customs-department"
    assert any(m.text.startswith("Customs Dept") and m.actor_id == "customs-department" for m in d.mentions)


def test_an_abbreviated_name_the_registry_lacks_is_still_a_new_actor():
    assert quote(_ABBREVIATED.run("The Tax Dept. said the seizure was “unlawful”."), "unlawful").new_speaker == "tax-dept"


_ABBREVIATED = Registry(ACTORS + [
    {"id": "customs-department", "name": "Department of Customs", "kind": "government", "aliases": ["Customs Department"]},
])


@pytest.mark.parametrize("text, expected", [
    # "government" qualifies an unnamed official (M8): the grouped unnamed officials, not the government
    ("A Freedonian government official said the port was “closed”.", "unnamed-freedonian-officials"),
    # a ministry official speaks for the ministry (Q8.3)
    ("A ports ministry official said the port was “closed”.", "ports-ministry"),
])
def test_a_government_official_is_an_unnamed_official(text, expected):
    assert _GOVERNED.who(text, "closed") == expected


_GOVERNED = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "country": "FRE", "aliases": ["Freedonia"]},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government", "parent": "freedonia",
     "aliases": ["Freedonian government"]},
    {"id": "unnamed-freedonian-officials", "name": "Unnamed Freedonian officials", "kind": "government",
     "country": "FRE", "aliases": []},
])


def new_actor(text: str, words: str):
    d = run(text)
    q = quote(d, words)
    assert q.speaker is None and q.new_speaker, (q.speaker, q.new_speaker)
    return next(p for p in d.new_actors if p.id == q.new_speaker)


@pytest.mark.parametrize("text, words, name, kind", [
    ('Sheikh Hamid Obaidi, a tribal elder, said: "We stand with the state."', "We stand with the state.",
     "Hamid Obaidi", "person"),
    ('"We will respond," said General Faris Jabbar.', "We will respond,", "Faris Jabbar", "person"),
    ('"Calm is back," Minister Adel Saleh told reporters.', "Calm is back,", "Adel Saleh", "person"),
    ('Adel Saleh, the head of the dock workers union, said: "We are on strike."', "We are on strike.",
     "Adel Saleh", "person"),
    ('The Saraya Awliya Brigades said in a statement: "We had no part."', "We had no part.",
     "Saraya Awliya Brigades", "armed_group"),
    ('The Ministry of Water said: "Supplies are safe."', "Supplies are safe.", "Ministry of Water", "government"),
    ('The National Wisdom Party said: "The count was fair."', "The count was fair.", "National Wisdom Party", "party"),
    ('The Dijlah News Agency said: "Our office was hit."', "Our office was hit.", "Dijlah News Agency", "media"),
    ('The Popular Resistance Front said: "We warned them."', "We warned them.", "Popular Resistance Front",
     "armed_group"),
])
def test_an_unregistered_titled_or_described_speaker_is_a_new_actor(text, words, name, kind):
    prop = new_actor(text, words)
    assert (prop.name, prop.kind) == (name, kind)


@pytest.mark.parametrize("text", [
    'Egypt condemned the raid on the docks. "Violence settles nothing," Egypt said.',
    '"Violence settles nothing," said Norway, which chairs the harbour talks.',
    'Norway on Monday called the raid "a crime". "Violence settles nothing," it said.',
])
def test_a_state_the_registry_lacks_speaks_as_a_new_state(text):
    prop = new_actor(text, "Violence settles nothing,")
    assert prop.kind == "state" and prop.name in ("Egypt", "Norway")  # M1: the state, a new actor


@pytest.mark.parametrize("text", [
    'A delegation flew in from Egypt. "Violence settles nothing," said the mayor.',
    'Talks with Norway stalled. "Violence settles nothing," the mayor said.',
    'Egypt’s envoy met the mayor. "Violence settles nothing," the envoy said.',
])
def test_a_state_named_as_a_place_or_an_owner_does_not_speak(text):
    d = run(text)
    q = quote(d, "Violence settles nothing,")
    assert not any(p.kind == "state" and p.id == q.new_speaker for p in d.new_actors)


def test_headline_capitals_are_no_new_actor():
    d = run('Port Chief Slams Critics As Docks Reopen\n\nThe ports ministry said the docks reopened on Monday.')
    assert not [p for p in d.new_actors if p.start < 40]


def test_a_nickname_is_not_proposed_as_a_new_actor():
    d = LEAGUE.run('A militia commander known as Abu Sami told reporters: "We did not do it."')
    assert not [p for p in d.new_actors if "Sami" in p.name]


def test_a_role_in_apposition_to_a_name_is_no_antecedent_of_its_own():
    d = run('Omar Haddad, Crown Prince of Abu Sami and Deputy Supreme Commander of the Navy, made a phone call to '
            'Nour Karim in which he expressed "strong condemnation".')
    assert quote(d, "strong condemnation").speaker == "omar-haddad"
    assert not [m for m in d.mentions if "Commander" in m.text]  # a title of the name (M3), not a mention


@pytest.mark.parametrize("text, words, expected", [
    ("Omar Haddad was not at the port. His ministry said the cranes were “safe”.", "safe", "ports-ministry"),
    ("Lina Sabbagh spoke first. Her ministry later called the strike “a crime”.", "a crime", "ports-ministry"),
])
def test_his_body_is_the_body_the_person_belongs_to_when_named_so(text, words, expected):
    assert who(text, words) == expected


def test_his_body_that_the_person_s_parent_is_not_named_so_is_not_guessed():
    # near miss: Haddad's parent is a ministry, not a party: "his party" is not the ministry
    assert who("Omar Haddad was not at the port. His party called the strike “a crime”.", "a crime") != "ports-ministry"


@pytest.mark.parametrize("text, words, expected", [
    ("Nour Karim toured the port on Monday.\n\nThe prime minister “is well and among the dockers,” according to a "
     "statement from his office.", "is well and among the dockers,", "karim-office"),
    ("Nour Karim toured the port on Monday. The premier “will stay in the capital,” his office said.",
     "will stay in the capital,", "karim-office"),
])
def test_his_office_after_a_person_s_role_is_that_person_s_office(text, words, expected):
    assert CUSTOMS.who(text, words) == expected


# --- a label "Org leader" goes back to the person the article introduces with that title (G2) -----------

_TITLED = Registry(ACTORS + [
    {"id": "wafa-front", "name": "Wafa Front", "kind": "party", "aliases": ["Wafa Front", "Wafa"]},
    {"id": "sami-noor", "name": "Sami Noor", "kind": "person", "aliases": ["Sami Noor", "Noor"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ("Wafa leader slams “a plot”\n\nSami Noor, head of the Wafa Front, called the raid “a plot against us”.",
     "a plot", "sami-noor"),
    ("Wafa chief: ‘We are innocent’\n\nWafa leader Sami Noor denied any part in the raid. “We are innocent,” he said.",
     "We are innocent", "sami-noor"),
    # near miss: nobody is introduced as the Front's leader: the label stays with the Front
    ("Wafa leader slams “a plot”\n\nSami Noor, a Wafa member, called the raid “a plot against us”.",
     "a plot", "wafa-front"),
])
def test_an_org_leader_label_is_the_person_introduced_with_that_title(text, words, expected):
    assert _TITLED.who(text, words) == expected


# --- a role after its owner in the possessive: the holder or body the owner has --------------------

_OWNERS = Registry(OWNERS)


def test_a_possessive_role_names_the_person_for_his_office_after_it():
    # G2: "his office" after "SYLVANIA'S President" is the office of the president that role names
    reg = Registry(_OWNERS.actors + [{"id": "toma-office", "name": "Office of Rana Toma", "kind": "government",
                                       "aliases": ["Rana Toma’s office", "Toma’s office"]}])
    text = "SYLVANIA'S President escaped unhurt in what his office called \"a failed bid\"."
    assert reg.who(text, "a failed bid") == "toma-office"


def test_a_possessive_role_of_two_holders_stays_unresolved():
    # near miss: two presidents of Sylvania's regions, neither "President of Sylvania"
    reg = Registry([a for a in _OWNERS.actors if a["id"] != "sv-president"] + [
        {"id": "sv-east-president", "name": "Mona Toma", "kind": "person", "country": "SYL",
         "description": "President of the East Region of Sylvania.", "aliases": ["Mona Toma"]}])
    assert reg.who("Sylvania's president calls it \"a dangerous escalation\".", "a dangerous escalation") is None


def test_a_possessive_role_before_the_name_of_its_holder_is_no_mention():
    # M3 note b: "Sylvania's president, Rana Toma," is a title of the name; only the name is a mention
    draft = _OWNERS.run("Sylvania's president, Rana Toma, called it \"a dangerous escalation\".")
    assert [(m.text, m.actor_id) for m in draft.mentions if m.actor_id == "sv-president"] == [("Rana Toma", "sv-president")]
    assert ("Sylvania's president", "sv-president") in {(m.text, m.actor_id) for m in _OWNERS.run(
        "Sylvania's president called it \"a dangerous escalation\".").mentions}


# --- the unnamed spokesperson of a registered body (Q8.3, M15, G1, G2) ----------------------------

_SPOKESMAN = Registry(ACTORS + [
    {"id": "adel-nouri", "name": "Adel Nouri", "kind": "person", "parent": "ports-ministry",
     "description": "Spokesman of the ports ministry.", "aliases": ["Adel Nouri", "Nouri"]},
])


@pytest.mark.parametrize("text, expected", [
    # the registry's spokesman of the ministry is not named in the article: the ministry speaks
    ("The Ministry of Ports condemned the blast, and its spokesman called it “an act of sabotage”.", "ports-ministry"),
    ("The Ministry of Ports spokesman called the blast “an act of sabotage”.", "ports-ministry"),
    # G2: named before, the spokesman is the one the role goes back to
    ("Adel Nouri spoke on Monday. The Ministry of Ports condemned the blast, and its spokesman "
     "called it “an act of sabotage”.", "adel-nouri"),
    ("Adel Nouri spoke on Monday. The Ministry of Ports spokesman called the blast “an act of sabotage”.",
     "adel-nouri"),
])
def test_an_unnamed_spokesperson_of_a_body_is_the_body_unless_named_before(text, expected):
    assert _SPOKESMAN.who(text, "an act of sabotage") == expected
