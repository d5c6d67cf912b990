"""Actor mentions (``kadhimi_ds.extract.actors`` with spelling, surnames and capitals): registry
names and aliases in any spelling or apostrophe, transliteration variants, organisation name
variants, back-references by surname or head noun, descriptive group phrases, and a state named
by its capital. All sentences and registry entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.build.aliases import alias_pattern, fold_apostrophes
from kadhimi_ds.extract import extract, translit_key
from kadhimi_ds.extract.spelling import name_key

from helpers import ACTORS, quote, run

# People and bodies whose names have many transliterations.
SPELLING_REGISTRY = [
    {"id": "tariq-al-dhahabi", "name": "Tariq al-Dhahabi", "kind": "person", "description": "Harbour governor.",
     "aliases": ["Tariq al-Dhahabi", "al-Dhahabi"]},
    {"id": "nadia-qassab", "name": "Nadia Qassab", "kind": "person", "aliases": ["Nadia Qassab"]},
    {"id": "rami-qassab", "name": "Rami Qassab", "kind": "person", "aliases": ["Rami Qassab"]},
    {"id": "saraya-al-nour", "name": "Saraya al-Nour", "kind": "armed_group",
     "aliases": ["Saraya al-Nour", "Sara'ya al-Nour", "Light Brigades"]},
    {"id": "wafa-alliance", "name": "Wafa Alliance", "kind": "party", "aliases": ["Wafa Alliance"]},
    {"id": "harbour-guard-forces", "name": "Harbour Guard Forces", "kind": "armed_group",
     "aliases": ["Harbour Guard Forces"]},
    {"id": "green-movement", "name": "Green Movement", "kind": "party", "aliases": ["Green Movement"]},
]

# A person with "al-" in the name, states (one with "United States" as an alias) and a ministry.
STATES_REGISTRY = [
    {"id": "nour-al-kadhimi", "name": "Nour al-Kadhimi", "kind": "person", "description": "Ports minister.",
     "aliases": ["Nour al-Kadhimi", "al-Kadhimi", "Kadhimi"]},
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania", "United States"]},
    {"id": "freedonia-ports-ministry", "name": "Ports ministry of Freedonia", "kind": "government",
     "aliases": ["Freedonia’s ports ministry"]},
]


def linked(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.actor_id) for m in extract(text, None, SPELLING_REGISTRY).mentions}


def actors(text: str) -> set[str]:
    return {a for _, a in linked(text)}


def links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.actor_id) for m in extract(text, None, STATES_REGISTRY).mentions}


# --- aliases, transliterations and group phrases --------------------------------------------------

@pytest.mark.parametrize("spelling", ["Kadhimi", "Kadhemi", "Kazimi", "Kazemi", "Khadimi"])
def test_transliteration_variants_link_to_the_registered_person(spelling):
    draft = run(f"Prime minister {spelling} visited the harbour on Friday.")
    hits = [m for m in draft.mentions if m.text == spelling]
    assert hits and hits[0].actor_id == "mustafa-al-kadhimi"
    assert hits[0].method == ("alias" if spelling == "Kadhimi" else "fuzzy")


def test_fuzzy_match_includes_first_name_and_leaves_other_names_alone():
    draft = run("Mustafa al-Kazimi met Karimi and Hakimi in the harbour.")
    linked = {(m.text, m.actor_id) for m in draft.mentions}
    assert ("Mustafa al-Kazimi", "mustafa-al-kadhimi") in linked
    assert not any(m.text in ("Karimi", "Hakimi") for m in draft.mentions)


def test_translit_key_folds_spelling_variants():
    assert len({translit_key(w) for w in ["Kadhimi", "Kadhemi", "Kazimi", "Kazemi", "Khadimi"]}) == 1
    assert translit_key("Karimi") != translit_key("Kadhimi")


def test_alias_mentions_are_whole_words_and_longest_first():
    draft = run("Omar Haddad and Haddad’s deputy met the Harbour Front. Haddadi did not.")
    assert [(m.text, m.actor_id) for m in draft.mentions if m.method == "alias"] == [
        ("Omar Haddad", "omar-haddad"), ("Haddad", "omar-haddad"), ("Harbour Front", "harbour-front")]


def test_descriptive_group_phrase_matches_a_registry_name():
    draft = run("Dock-backed militias marched on Sunday, and the militia leaders spoke.")
    assert [(m.text, m.actor_id, m.method) for m in draft.mentions] == [("Dock-backed militias", "dock-militias", "description")]


@pytest.mark.parametrize("text, expected", [
    ("The vote was rejected by pro-Dock factions on Sunday.", [("pro-Dock factions", "dock-militias")]),
    ("The Dock-backed factions denied it.", [("The Dock-backed factions", "dock-militias")]),
    # negative: another group noun ("parties", "unions") is no militia
    ("Pro-Dock parties marched on Sunday.", []),
    ("Dock-backed unions marched on Sunday.", []),
])
def test_factions_describe_a_group_registered_as_militias(text, expected):
    assert [(m.text, m.actor_id) for m in run(text).mentions] == expected


def test_a_speaker_described_as_factions_is_the_militias_not_the_state_in_the_modifier():
    reg = ACTORS + [{"id": "dockland", "name": "Dockland", "kind": "state", "aliases": ["Dock"]}]
    from kadhimi_ds.extract import extract
    d = extract("The results, which pro-Dock factions have rejected as “fraudulent,” stand.", None, reg)
    assert quote(d, "fraudulent,").speaker == "dock-militias"


def test_aliases_match_any_apostrophe_form_in_the_extractor_only():
    pattern = alias_pattern(["Kata'ib Dock"], any_apostrophe=True)
    assert pattern.search("the Kata’ib Dock group").group() == "Kata’ib Dock"
    assert alias_pattern(["Kata'ib Dock"]).search("the Kata’ib Dock group") is None
    assert fold_apostrophes("Kata’ib") == "Kata'ib"
    actors = ACTORS + [{"id": "kd", "name": "Kata'ib Dock", "kind": "armed_group", "aliases": ["Kata'ib Dock"]}]
    from kadhimi_ds.extract import extract
    assert [m.actor_id for m in extract("The Kata’ib Dock group denied it.", None, actors).mentions] == ["kd"]


@pytest.mark.parametrize("written", ["Al Kadhemi", "Nour Al Kadhemi", "Al Kazemi’s"])
def test_al_with_a_space_before_a_transliterated_surname_links(written):
    found = links(f"The harbour was reopened on Monday, and {written} office thanked the crews.")
    assert any(aid == "nour-al-kadhimi" and t.startswith(("Al ", "Nour Al ")) for t, aid in found)


def test_a_state_nested_in_an_alias_written_with_another_apostrophe_is_its_own_mention():
    found = links("Freedonia's ports ministry said the harbour would reopen.")
    assert ("Freedonia", "freedonia") in found and ("Freedonia's ports ministry", "freedonia-ports-ministry") in found


def test_with_the_registry_apostrophe_only_the_longer_alias_is_found():
    found = links("Freedonia’s ports ministry said the harbour would reopen.")
    assert ("Freedonia", "freedonia") not in found


# --- any spelling: normalised names confirmed by a fuzzy match ------------------------------------

@pytest.mark.parametrize("a, b", [
    ("al-Dhahabi", "Al Dhahabi"), ("Dhahabi", "el-Zahabi"), ("Kata'ib", "Kataib"), ("Kata’ib", "Kataib"),
    ("Kāẓimī", "Kazimi"), ("Qassab", "Kassab"), ("Nour", "Nur"), ("Saraya", "Sarayah"), ("Dhahabi's", "Dhahabi"),
])
def test_name_key_folds_spellings(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart():
    assert name_key("Qassab") != name_key("Qassem")
    assert name_key("Nour") != name_key("Nouri")


@pytest.mark.parametrize("text", [
    "Governor Tariq Al Dhahabi said the port was closed.",
    "Governor Tareq el-Zahabi said the port was closed.",
    "Sheikh Tariq al-Dhahaby said the port was closed.",
    "TARIQ AL-DHAHABI said the port was closed.",
    "The governor, Tariq al-Thahabi, said the port was closed.",
])
def test_a_person_in_another_spelling_is_linked(text):
    assert "tariq-al-dhahabi" in actors(text)


@pytest.mark.parametrize("text", [
    "Fighters of Saraya Al Nour were seen.", "Fighters of Sarayah al-Nur were seen.",
    "Fighters of the Light Brigade were seen.", "Fighters of the Saraya el-Noor were seen.",
])
def test_an_organisation_in_another_spelling_is_linked(text):
    assert "saraya-al-nour" in actors(text)


@pytest.mark.parametrize("text, aid", [
    ("Leaders of the Wafa coalition met.", "wafa-alliance"), ("The Wafa alliance met.", "wafa-alliance"),
    ("The Harbour Guard Units deployed.", "harbour-guard-forces"), ("The Green movement marched.", "green-movement"),
])
def test_organisation_name_variants(text, aid):
    assert aid in actors(text)


def test_no_link_for_a_namesake_or_a_common_word():
    assert actors("Ali Dhahabi, a trader, said prices rose.") == set()
    assert actors("The light brigades of volunteers cleaned the streets.") == set()
    assert actors("Nadia Qassab spoke. Rami Qassab did not.") == {"nadia-qassab", "rami-qassab"}
    assert not any(t == "Qassab" for t, _ in linked("Nadia Qassab and Rami Qassab spoke. Qassab left."))
    assert actors("A green movement of leaves.") == set()


# --- a name in another spelling around a shorter registered name ------------------------------------

NESTED = [{"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
          {"id": "freedonia-ports-ministry", "name": "Ministry of Ports (Freedonia)", "kind": "government",
           "aliases": ["Freedonia’s ports ministry"]}]


@pytest.mark.parametrize("written", ["Freedonia's Ports Ministry", "Freedonia’s Ports Ministry"])
def test_a_longer_name_in_another_spelling_keeps_the_shorter_name_nested(written):
    d = extract(f"{written} condemned the fire. “Such fires serve only our enemies,” it said.", None, NESTED)
    got = {(m.text, m.actor_id) for m in d.mentions}
    assert {(written, "freedonia-ports-ministry"), ("Freedonia", "freedonia")} <= got
    assert quote(d, "Such fires serve only our enemies,").speaker == "freedonia-ports-ministry"


@pytest.mark.parametrize("text, expected", [
    ("On Monday Mr. Tareq al-Dhahabi toured the port.", "Mr. Tareq al-Dhahabi"),
    ("On Monday Tareq al-Dhahabi toured the port.", "Tareq al-Dhahabi"),
])
def test_a_full_name_in_another_spelling_around_a_registered_surname_is_one_mention(text, expected):
    got = linked(text)
    assert (expected, "tariq-al-dhahabi") in got and ("al-Dhahabi", "tariq-al-dhahabi") in got


def test_a_title_alone_before_a_surname_makes_no_longer_mention():
    # negative: nothing in another spelling around the alias, so only the alias
    assert linked("On Monday Mr. al-Dhahabi toured the port.") == {("al-Dhahabi", "tariq-al-dhahabi")}


def test_a_shorter_name_alone_is_not_the_longer_organisation():
    d = extract("Freedonia's ports were closed. “Such fires serve only our enemies,” Freedonia said.", None, NESTED)
    assert {m.actor_id for m in d.mentions} == {"freedonia"}


# --- back-references by surname and head noun -----------------------------------------------------

MAAN = ACTORS + [{"id": "saad-maan", "name": "Saad Maan", "kind": "person", "parent": "ports-ministry",
                  "description": "Spokesman.", "aliases": ["Saad Maan", "Sa'ad Ma'an"]}]


def test_a_bare_surname_refers_back_to_the_full_name_in_any_spelling():
    from kadhimi_ds.extract import extract
    d = extract("Spokesman Sa'ad Ma'an spoke on Monday.\n\n\"We found the parts,\" Maan said.", None, MAAN)
    assert quote(d, "We found the parts,").speaker == "saad-maan"
    assert any(m.text == "Maan" and m.actor_id == "saad-maan" for m in d.mentions)


def test_a_surname_inside_another_name_is_not_a_back_reference():
    from kadhimi_ds.extract import extract
    d = extract("Saad Maan spoke. Later Maan Ali arrived.", None, MAAN)
    assert not any(m.text == "Maan" for m in d.mentions)


@pytest.mark.parametrize("text, expected", [
    ("Nadia Qassab toured the port. The next day Qassab spoke to reporters. Rami Qassab said nothing.", {"nadia-qassab"}),
    ("Rami Qassab called on Monday, and Qassab was calm.\n\nHis sister Nadia Qassab was not.", {"rami-qassab"}),
    ("Nadia Qassab and Rami Qassab toured the port. The next day Qassab spoke to reporters.", set()),
])
def test_a_surname_refers_back_to_the_one_person_named_before_it(text, expected):
    assert {a for t, a in linked(text) if t == "Qassab"} == expected


def test_a_title_before_a_surname_back_reference_is_stripped():
    got = linked("Tariq al-Dhahabi arrived on Monday. Later, Sayyid Dhahabi spoke to reporters.")
    assert ("Dhahabi", "tariq-al-dhahabi") in got


@pytest.mark.parametrize("text, honorific, expected", [
    ("His Eminence Sayyid Omar Haddad condemned the fire. Later His Eminence said: “We will rebuild.”",
     "His Eminence", "omar-haddad"),
    ("Her Excellency the minister, Lina Sabbagh, toured the docks.\n\n“Her Excellency is in good health,” an aide said.",
     "Her Excellency", "lina-sabbagh"),
    ("His Excellency Mr. Omar Haddad arrived. Nour Karim met him. His Excellency then left.", "His Excellency",
     "omar-haddad"),
])
def test_an_honorific_standing_alone_refers_back_to_the_person_it_titled(text, honorific, expected):
    d = run(text)
    assert [(m.text, m.actor_id) for m in d.mentions if m.method == "honorific"] == [(honorific, expected)]


def test_his_eminence_said_names_the_speaker():
    d = run("His Eminence Sayyid Omar Haddad spoke at dawn.\n\nIn a post on Twitter, His Eminence said: “The port stays open.”")
    q = quote(d, "The port stays open.")
    assert (q.speaker, q.attribution) == ("omar-haddad", "explicit")


@pytest.mark.parametrize("text", [
    "His Excellency said the port would reopen. Omar Haddad agreed.",  # never titled before: no guess
    "His Eminence Sayyid Omar Haddad spoke. His Excellency said the port would reopen.",  # another honorific
    "His Holiness the Pope spoke. Omar Haddad agreed. His Holiness said more.",  # the title named no one registered
])
def test_an_honorific_without_an_earlier_title_of_that_kind_is_no_mention(text):
    assert not [m for m in run(text).mentions if m.method == "honorific"]


def test_an_organisation_head_noun_refers_back():
    got = linked("Saraya al-Nour denied any role. The Brigades said their men were at home.")
    assert ("The Brigades", "saraya-al-nour") in got
    assert "saraya-al-nour" not in actors("The Brigades said their men were at home.")


# --- a state named by its capital -----------------------------------------------------------------

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
