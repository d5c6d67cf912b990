"""The gazetteer's matching passes (``kadhimi_ds.extract.registry_mentions``): registry aliases in
any apostrophe form, whole words and longest first, with the aliases of other actors nested in
them; transliteration variants of person names; descriptive group phrases. All sentences and
registry entries written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.build.aliases import alias_pattern, fold_apostrophes
from kadhimi_ds.extract import extract

from helpers import ACTORS, STATES_REGISTRY, links_over, quote, run


def links(text: str) -> set[tuple[str, str]]:
    return links_over(text, STATES_REGISTRY)


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


# --- an alias that goes on into a longer name --------------------------------------------------------

NATIONAL = ACTORS + [
    {"id": "the-national", "name": "The National", "kind": "media", "aliases": ["The National"]},
    {"id": "security-council", "name": "National Security Council (Freedonia)", "kind": "government",
     "aliases": ["National Security Council"]},
    {"id": "national-guard", "name": "National Guard", "kind": "military", "aliases": ["National Guard"]},
    {"id": "courier-foundation", "name": "Daily Courier Foundation", "kind": "other",
     "aliases": ["Daily Courier Foundation"]},
]


@pytest.mark.parametrize("text, expected", [
    ("Officials at the National Security Council met on Monday.", {("National Security Council", "security-council")}),
    ("The National Security Council met on Monday.", {("National Security Council", "security-council")}),
    ("Members of the National Assembly voted on Sunday.", set()),
    ("The National Assembly voted on Sunday.", set()),
    ("On Sunday the National Guard was deployed.", {("National Guard", "national-guard")}),
    ("The Daily Courier Trust gave the harbour a grant.", set()),
    ("The Daily Courier Foundation gave the harbour a grant.", {("Daily Courier Foundation", "courier-foundation")}),
])
def test_an_alias_that_goes_on_into_a_longer_name_is_no_match_of_that_alias(text, expected):
    assert links_over(text, NATIONAL) == expected


@pytest.mark.parametrize("text, expected", [
    ("The National reported that the vote passed.", {("The National", "the-national")}),
    ("According to The National, Haddad resigned.", {("The National", "the-national"), ("Haddad", "omar-haddad")}),
    ("The National’s correspondent saw the fire.", {("The National", "the-national")}),
    ("The National on Monday reported the fire.", {("The National", "the-national")}),
    # a title or a registered person's name after the alias opens another name
    ("The leader of the Harbour Front Mr. Omar Haddad spoke.", {("Harbour Front", "harbour-front"),
                                                                ("Omar Haddad", "omar-haddad")}),
    ("The Harbour Front Omar Haddad spoke.", {("Harbour Front", "harbour-front"), ("Omar Haddad", "omar-haddad")}),
])
def test_an_alias_followed_by_no_longer_name_still_matches(text, expected):
    assert links_over(text, NATIONAL) == expected


@pytest.mark.parametrize("text, expected", [
    ("Omar Haddad Survives Drone Attack on His Home\n\nThe minister was unhurt.", ("Omar Haddad", "omar-haddad")),
    ("Kadhimi Survives Drone Attack\n\nThe minister was unhurt.", ("Kadhimi", "mustafa-al-kadhimi")),
    ("The National Reports Fire at the Harbour\n\nThe fire spread on Monday.", ("The National", "the-national")),
])
def test_in_a_heading_in_title_case_the_capitals_after_an_alias_make_no_longer_name(text, expected):
    assert expected in links_over(text, NATIONAL)


def test_the_speaker_is_the_longer_name_not_the_alias_inside_it():
    d = extract("The National Security Council said on Monday that “the harbour stays shut.”", None, NATIONAL)
    assert quote(d, "the harbour stays shut.").speaker == "security-council"


@pytest.mark.parametrize("text", [
    "09:02\nKazimi\nThe harbour reopened on Friday.",
    "09:02\nKazimi: what we know so far\n\nThe harbour reopened on Friday.",
    "The Kazimi Foundation reopened the harbour on Friday.",
    "Leaders of the Kazimi Brigades met on Friday.",
])
def test_a_line_label_or_an_organisation_s_name_is_no_transliterated_person(text):
    assert not [m for m in run(text).mentions if m.method == "fuzzy"]


@pytest.mark.parametrize("text", [
    "Kazimi: It was a message, not a miss.",
    "Prime minister Kazimi visited the harbour.\nKazimi said it was calm.",
])
def test_a_transliterated_name_opening_a_line_as_a_speaker_still_links(text):
    # near misses: a speaker label before a capital, and a name opening a sentence
    assert any(m.method == "fuzzy" and m.actor_id == "mustafa-al-kadhimi" for m in run(text).mentions)


_CORRESPONDENT = ACTORS + [{"id": "tessa-benning", "name": "Tessa Benning", "kind": "person",
                            "aliases": ["Tessa Benning", "BENNING"]}]


@pytest.mark.parametrize("text", [
    "The ministry listed its measures.\n1- Closing two bridges.\n2- Banning drones over the capital.",
    "The ministry listed its measures. Banning drones over the capital comes first.",
    "Measures: Banning drones over the capital.",
])
def test_a_near_spelling_opening_a_sentence_or_list_item_is_no_name(text):
    assert not any(m.actor_id == "tessa-benning" for m in extract(text, None, _CORRESPONDENT).mentions)


@pytest.mark.parametrize("text, word, expected", [
    ("Reporters asked Bening about the drones.", "Bening", "tessa-benning"),        # a near spelling inside a sentence
    ("The harbour was calm. Kazemi said it would stay so.", "Kazemi", "mustafa-al-kadhimi"),  # the same folded name
])
def test_a_near_spelling_inside_a_sentence_or_the_same_key_opening_one_still_links(text, word, expected):
    assert (word, expected) in links_over(text, _CORRESPONDENT)



@pytest.mark.parametrize("text, expected", [
    ("Reporters asked Benning al-Rawi about the drones.", False),  # the near spelling is a given name: another's
    ("Reporters asked Bening Alawi about the drones.", False),
    ("Reporters asked Bening about the drones on Friday.", True),   # near miss: nothing follows the near spelling
])
def test_a_near_spelling_that_another_name_word_follows_is_a_given_name_not_the_registered_surname(text, expected):
    assert any(m.actor_id == "tessa-benning" for m in extract(text, None, _CORRESPONDENT).mentions) is expected

# --- namesakes: another person of a registered surname (M13) -----------------------------------------

@pytest.mark.parametrize("name", ["Lina Haddad", "Dr. Samir Haddad", "Nour Samir al-Haddad", "Nour Abdul-Karim al-Haddad",
                                  "Sheikh Nour Abdul-Karim al-Haddad"])
def test_a_surname_after_other_given_names_is_a_namesake_not_the_registered_person(name):
    text = f"{name}, a dock worker, said: “The cranes stopped at dawn.”"
    draft = run(text)
    assert not any(m.actor_id == "omar-haddad" for m in draft.mentions)
    q = quote(draft, "The cranes stopped at dawn.")
    assert q.speaker is None and q.new_speaker


@pytest.mark.parametrize("name", ["Umar Haddad", "Minister of State Haddad", "Minister of State Omar Haddad",
                                  "Omar Kamal Haddad"])  # (his father's name between)
def test_a_surname_after_the_persons_own_given_name_or_a_title_is_the_registered_person(name):
    draft = run(f"{name} visited the harbour on Friday.")
    assert any(m.actor_id == "omar-haddad" for m in draft.mentions)


def test_the_words_of_an_organisation_name_before_a_person_are_no_given_names():
    draft = run("The head of the Lina Alliance Omar Haddad visited the harbour.")
    assert any(m.actor_id == "omar-haddad" and m.text == "Omar Haddad" for m in draft.mentions)


def test_a_word_that_opens_the_sentence_is_no_given_name():
    draft = run("The cranes stopped. Even Haddad could not say why.")
    assert any(m.actor_id == "omar-haddad" and m.text == "Haddad" for m in draft.mentions)


def test_an_unregistered_given_name_after_a_lower_case_word_makes_a_namesake():
    text = "The union's deputy head Tariq Haddad said: “The cranes stopped at dawn.”"
    draft = run(text)
    assert not any(m.actor_id == "omar-haddad" for m in draft.mentions)
    assert quote(draft, "The cranes stopped at dawn.").speaker is None


@pytest.mark.parametrize("text", ["The cranes stopped, said Freedonian Haddad on Friday.",
                                  "The ports minister, Haddad, visited the harbour.",
                                  "Then Haddad visited the harbour on Friday."])
def test_a_name_of_a_people_or_no_capitalised_word_before_a_surname_leaves_the_registered_person(text):
    draft = run(text)
    assert any(m.actor_id == "omar-haddad" and m.text == "Haddad" for m in draft.mentions)


def test_a_word_that_ends_the_sentence_before_a_surname_is_no_given_name():
    draft = run("The cranes stopped for all Freedonians. Al-Haddad visited the harbour.")
    assert any(m.actor_id == "omar-haddad" for m in draft.mentions)


@pytest.mark.parametrize("text", [
    "The official chose a café in the port's Haddad district, at an hour when it was empty.",  # the alias
    "The official chose a café in the port's Hadad district, at an hour when it was empty.",   # a near spelling
])
def test_a_person_s_name_before_a_place_noun_is_a_place(text):
    assert not any(m.actor_id == "omar-haddad" for m in run(text).mentions)


def test_a_person_s_name_before_another_noun_still_links():
    # near miss: "Haddad office" is no place noun
    assert any(m.actor_id == "omar-haddad" for m in run("A call to the Haddad office went unanswered.").mentions)


@pytest.mark.parametrize("text", ["In Port Vale, Ahmed Haddad, a lawyer, said: “The cranes stopped at dawn.”",
                                  "At the North Quay, Zainab Haddad, a nurse, said: “The cranes stopped at dawn.”"])
def test_a_common_given_name_before_a_registered_surname_makes_a_namesake_after_a_capitalised_word(text):
    draft = run(text)
    assert not any(m.actor_id == "omar-haddad" for m in draft.mentions)
    q = quote(draft, "The cranes stopped at dawn.")
    assert q.speaker is None and q.new_speaker


@pytest.mark.parametrize("text", ["In Port Vale, Omar Haddad, the minister, said: “The cranes stopped at dawn.”",
                                  "In Port Vale, Haddad, the minister, said: “The cranes stopped at dawn.”"])
def test_the_registered_persons_own_given_name_or_none_after_a_capitalised_word_leaves_the_registered_person(text):
    assert quote(run(text), "The cranes stopped at dawn.").speaker == "omar-haddad"
