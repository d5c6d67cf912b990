"""What a referring expression points to (``kadhimi_ds.extract.referents`` with references and
referring): pronouns and the latest subject of their type, roles, offices, unnamed sources,
residents and diplomats as grouped actors, places that are nobody, and unregistered speakers
proposed as new actors (codebook Q8, Q11, Q13, M8; M rules on new actors). All sentences written
for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import draft_yaml, extract

from helpers import ACTORS, CUSTOMS, DAY, DIPLOMATS, LEAGUE, Registry, quote, run, who


# --- pronouns: the latest subject or speaker of the right type ------------------------------------

def test_pronoun_skips_an_unnamed_source_for_a_person():
    text = ("Omar Haddad said the port would reopen, according to a security source.\n"
            "“It is a matter of days,” he said.")
    assert quote(run(text), "It is a matter of days,").speaker == "omar-haddad"


def test_pronoun_takes_the_person_named_since_the_last_speaker():
    text = ("Lina Sabbagh said the cranes had been idle since dawn.\n"
            "Omar Haddad, who was away at the time, chaired a crisis meeting on Wednesday. "
            "“Nobody will lose a day’s pay,” he told reporters.")
    q = quote(run(text), "Nobody will lose a day’s pay,")
    assert q.speaker == "omar-haddad" and q.where == "final_clause" and q.speaker_basis == "pronoun resolution"


def test_pronoun_takes_a_person_named_in_the_paragraph_before():
    text = ("“The ships are safe,” Omar Haddad said on Monday.\n"
            "Nour Karim, the prime minister, toured the damaged warehouses with engineers.\n"
            "“We will pay for every roof,” she said in a televised interview.")
    q = quote(run(text), "We will pay for every roof,")
    assert (q.speaker, q.channel) == ("nour-karim", "televised_address")


def test_pronoun_takes_an_unregistered_named_person():
    text = ("Lina Sabbagh said the fire was out.\n"
            "Captain Samir Yousef, who leads the harbour guard, walked the length of the quay. "
            "“The night shift saw nothing,” he said.")
    q = quote(run(text), "The night shift saw nothing,")
    assert q.speaker is None and q.new_speaker == "samir-yousef"


def test_pronoun_skips_a_person_named_only_after_a_preposition():
    text = ("Lina Sabbagh said the audit was finished.\n"
            "Lina Sabbagh then left a long meeting with Omar Haddad. "
            "“The books are clean,” she said.")
    assert quote(run(text), "The books are clean,").speaker == "lina-sabbagh"


@pytest.mark.parametrize("text, words, expected", [
    ('Lina Sabbagh spoke after a meeting with Omar Haddad. "The talks went well," she said.',
     "The talks went well,", "lina-sabbagh"),
    ('Omar Haddad met aides of Nour Karim in the capital. "We talked for hours," he said.',
     "We talked for hours,", "omar-haddad"),
    ('The ports ministry blamed the rivals of Omar Haddad. "They will pay," it said.', "They will pay,", "ports-ministry"),
    ('The Harbour Front denied any role in Baghdad. "We fired nothing," they said.', "We fired nothing,", "harbour-front"),
    ('10:15 GMT - Ministry speaks\nThe ports ministry said the fire was out. "All ships are safe," it said.',
     "All ships are safe,", "ports-ministry"),
    ('Omar Haddad said the port was calm.\n\nLater, Lina Sabbagh visited the docks with him. '
     '"Nobody was hurt," she added.', "Nobody was hurt,", "lina-sabbagh"),
    ('Lina Sabbagh said Haddad would "never resign". "I know him well," she said.', "I know him well,", "lina-sabbagh"),
])
def test_a_pronoun_takes_the_latest_subject_of_its_type(text, words, expected):
    assert who(text, words) == expected


def test_a_pronoun_skips_a_person_inside_a_quotation_and_a_place():
    text = ('Lina Sabbagh said: "Omar Haddad is safe."\n\nShe spoke in Basra City on Monday. '
            '"He is at home," she said.')
    assert who(text, "He is at home,") == "lina-sabbagh"


def test_he_with_no_person_subject_is_not_guessed():
    q = quote(run('The drone struck the home of Mustafa al-Kadhimi. "I saw it fall," he said.'), "I saw it fall,")
    assert q.speaker is None and q.attribution == "unattributed"


def test_a_pronoun_quote_says_how_its_speaker_was_found():
    d = run('Omar Haddad visited the docks on Monday. "We will rebuild," he said.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "omar-haddad" and q.speaker_basis == "pronoun resolution"
    assert "speaker basis: pronoun resolution" in draft_yaml(d, "x")


def test_he_added_goes_to_the_unnamed_official_not_the_person_in_a_by_phrase():
    text = ('A senior port official said the ship had been seized at dawn. "We know the crew," the official said. '
            'The official said the case had gone to a panel chaired by Ports Minister Omar Haddad.\n\n'
            '"We will not rush it," he added.')
    assert LEAGUE.who(text, "We will not rush it,") == "unnamed-officials"


def test_a_title_between_a_preposition_and_a_name_keeps_the_name_an_object():
    text = ('Nour Karim said the talks went well. The report was written by Deputy Minister Omar Haddad.\n\n'
            '"We are close," he said.')
    assert LEAGUE.who(text, "We are close,") == "nour-karim"


@pytest.mark.parametrize("text", [
    'Prime Minister Nour Karim was unhurt.\n\nOmar Haddad later spoke to reporters in the port. He said he had found '
    'the prime minister "in good spirits". "The port needs patience," he wrote afterwards on Twitter.',
    'Omar Haddad later spoke to reporters. He said he had found Nour Karim calm. "The port needs patience," he said.',
])
def test_he_goes_on_with_the_speaker_of_the_pronoun_chain_not_the_object_between(text):
    assert DIPLOMATS.who(text, "The port needs patience,") == "omar-haddad"


@pytest.mark.parametrize("text, expected", [
    ('Omar Haddad and Lina Sabbagh visited the docks. "The damage is limited," she said.', "lina-sabbagh"),
    ('Omar Haddad and Ms Rana Aziz visited the docks. "The damage is limited," she said.', "rana-aziz"),
    ('Omar Haddad met the press on Sunday. Lina Sabbagh spoke first. "The damage is limited," he said.', "omar-haddad"),
])
def test_she_is_the_woman_the_registry_or_article_shows_and_he_is_not(text, expected):
    assert DIPLOMATS.who(text, "The damage is limited,") == expected


def test_she_without_a_known_woman_is_the_nearest_person():
    assert DIPLOMATS.who('Omar Haddad visited the docks. "The damage is limited," she said.', "The damage is limited,") == "omar-haddad"


def test_it_said_takes_the_ministry_not_the_last_speaker():
    d = CUSTOMS.run('"We stand with the workers," Haddad said.\n\nThe customs ministry condemned the raid. '
            '"The attackers will be caught," it said.')
    q = quote(d, "The attackers will be caught,")
    assert q.speaker == "customs-ministry" and q.speaker_basis == "pronoun resolution"


# --- places are nobody ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ('"The port is calm," Haddad said.\n\nKarim toured the docks with Lina Sabbagh. Al-Rasheed Street was '
     'closed to traffic.\n\n"We are safe," he added.', "We are safe,"),
    ('Nour Karim met Omar Haddad on Monday.\n\nBaghdad International Airport was closed for six hours.\n\n'
     '"We will reopen it soon," he said.', "We will reopen it soon,"),
    ('Haddad met Karim at the docks.\n\nThe Green Zone was sealed off. Tahrir Square stayed empty.\n\n'
     '"Nobody was hurt," he said.', "Nobody was hurt,"),
    ('Haddad spoke on Monday.\n\nCamp Taji was shelled overnight.\n\n"Nobody was hurt," he said.', "Nobody was hurt,"),
])
def test_a_pronoun_never_resolves_to_a_place(text, words):
    d = CUSTOMS.run(text)
    q = quote(d, words)
    assert q.speaker in ("omar-haddad", "nour-karim") or q.speaker is None
    assert not [p for p in d.new_actors if p.name.endswith(("Street", "Airport", "Zone", "Square"))]


def test_he_said_after_a_place_and_two_people_goes_to_the_latest_person_subject():
    d = CUSTOMS.run('"The port is calm," Lina Sabbagh said.\n\nOn Monday, Omar Haddad flew to Basra City, where he met Karim '
            'at Al-Rasheed Street.\n\n"We will rebuild the docks," he said.')
    q = quote(d, "We will rebuild the docks,")
    assert q.speaker == "omar-haddad" and q.speaker_basis == "pronoun resolution"


def test_places_are_not_proposed_as_new_speakers():
    d = CUSTOMS.run('Al-Rasheed Street was hit on Monday. "It is calm now," he said.')
    q = quote(d, "It is calm now,")
    assert q.speaker is None and q.new_speaker is None


# --- roles, offices and aides ---------------------------------------------------------------------

def test_role_phrase_resolves_through_the_registry_description():
    text = "Nour Karim visited the port. The prime minister called it “a disgrace”."
    draft = run(text)
    assert quote(draft, "a disgrace").speaker == "nour-karim"
    assert any(m.method == "role" and m.actor_id == "nour-karim" for m in draft.mentions)


# Two countries, each with armed forces; Freedonia's are named "military" only in an alias and
# its security forces are described as its army.
ARMIES = [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government", "parent": "freedonia",
     "aliases": ["Government of Freedonia"]},
    {"id": "freedonia-armed-forces", "name": "Freedonian Armed Forces", "kind": "military",
     "parent": "freedonia-government", "aliases": ["Freedonian Armed Forces", "Freedonian military"]},
    {"id": "freedonia-security-forces", "name": "Freedonian security forces", "kind": "military",
     "parent": "freedonia-government", "description": "Freedonia's army, police and border guards.",
     "aliases": ["Freedonian security forces"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "parent": "freedonia-government",
     "aliases": ["Omar Haddad", "Haddad"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania"]},
    {"id": "sylvania-military", "name": "Sylvanian military", "kind": "military", "parent": "sylvania",
     "aliases": ["Sylvanian military"]},
]


def army_speaker(text: str, words: str) -> str | None:
    return quote(extract(text, DAY, ARMIES), words).speaker


@pytest.mark.parametrize("text, expected", [
    ("Omar Haddad visited the port. “We will find them,” the army said.", "freedonia-armed-forces"),
    ("Omar Haddad visited the port. “We will find them,” the military said.", "freedonia-armed-forces"),
    ("Freedonian security forces sealed the port. “We will find them,” the army said.", "freedonia-armed-forces"),
    ("The Sylvanian military sent help. Haddad thanked it. “We will find them,” the military said.",
     "sylvania-military"),
    ("Omar Haddad visited the port. “We will find them,” the military and the government said in a joint statement.",
     "freedonia-armed-forces"),
])
def test_the_army_is_the_body_named_so_recent_or_of_the_articles_country(text, expected):
    assert army_speaker(text, "We will find them,") == expected


def test_each_coordinated_subject_is_a_mention():
    d = extract("Omar Haddad visited the port. “We will find them,” the military and the government said.", DAY, ARMIES)
    got = {(m.text, m.actor_id) for m in d.mentions}
    assert {("the military", "freedonia-armed-forces"), ("the government", "freedonia-government")} <= got


def test_the_army_of_no_country_the_article_names_is_not_guessed():
    # negative: two armies in the registry and nothing in the article to choose between them
    assert army_speaker("“We will find them,” the army said.", "We will find them,") is None


def test_an_unnamed_organisation_spokesman_is_the_organisation():
    draft = run("A ports ministry spokeswoman said “the cranes are safe”.")
    assert quote(draft, "the cranes are safe").speaker == "ports-ministry"  # G1, Q8.3: never the registered spokeswoman


def test_a_persons_office_is_composed_through_the_registry():
    d = CUSTOMS.run('"We stand with the workers," Haddad said.\n\n"The perpetrators will be punished," said a statement '
            'from Karim\'s office.')
    assert quote(d, "The perpetrators will be punished,").speaker == "karim-office"


def test_an_aide_is_not_the_minister():
    assert who('Haddad\'s aide said: "The minister is fine."', "The minister is fine.") != "omar-haddad"


# --- unnamed sources, residents, diplomats and factions -------------------------------------------

def test_unnamed_sources_map_to_the_registry():
    draft = run("Security sources told the Daily Courier that “the fire started at night”.")
    q = draft.quotes[0]
    assert q.speaker == "unnamed-security-sources" and q.reported_via == "daily-courier"


def test_the_official_refers_back_to_the_unnamed_source():
    d = run('A senior security official told Reuters the port was hit. "They knew the target," the official said.')
    assert quote(d, "They knew the target,").speaker == "unnamed-officials"


@pytest.mark.parametrize("text, words", [
    ('"The cranes shook for an hour," a resident of the old harbour quarter told Reuters by telephone.',
     "The cranes shook for an hour,"),
    ('One resident told the Daily Courier: "We did not sleep at all."', "We did not sleep at all."),
])
def test_an_unnamed_resident_is_the_registered_grouped_actor(text, words):
    assert LEAGUE.who(text, words) == "unnamed-harbour-residents"


def test_residents_without_a_registered_group_stay_unattributed():
    d = extract('"The cranes shook," a resident of the old quarter said.', DAY, ACTORS)
    q = quote(d, "The cranes shook,")
    assert q.speaker is None and q.new_speaker is None


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


# --- unknown speakers: titled names and descriptions become new actors ----------------------------

def test_unregistered_speaker_is_proposed_as_a_new_actor():
    draft = run("“The tide is turning,” said Spokesman Karim Nasser of the dock workers.")
    q = draft.quotes[0]
    assert q.speaker is None and q.new_speaker == "karim-nasser"
    assert [(p.id, p.name, p.kind) for p in draft.new_actors] == [("karim-nasser", "Karim Nasser", "person")]


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


def test_a_new_speaker_is_the_antecedent_of_a_later_pronoun():
    d = run('Sheikh Hamid Obaidi spoke on Monday in Basra. "We are with the state," he said.')
    assert quote(d, "We are with the state,").new_speaker


def test_headline_capitals_are_no_new_actor():
    d = run('Port Chief Slams Critics As Docks Reopen\n\nThe ports ministry said the docks reopened on Monday.')
    assert not [p for p in d.new_actors if p.start < 40]


def test_a_nickname_is_not_proposed_as_a_new_actor():
    d = LEAGUE.run('A militia commander known as Abu Sami told reporters: "We did not do it."')
    assert not [p for p in d.new_actors if "Sami" in p.name]


# --- an outlet the article introduced as a channel, account, page or website -----------------------

OUTLETS = Registry([
    {"id": "dock-watch", "name": "Dock Watch", "kind": "media", "description": "A news outlet.", "aliases": ["Dock Watch"]},
    {"id": "harbour-eye", "name": "Harbour Eye", "kind": "media", "description": "A news outlet.", "aliases": ["Harbour Eye"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "aliases": ["Omar Haddad", "Haddad"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ("A clip shared by the Twitter account Dock Watch shows a crane falling. “The moment the crane fell,” the account "
     "wrote.", "The moment the crane fell,", "dock-watch"),
    ("Harbour Eye, a Facebook page with 90,000 followers, posted a photo. “Nobody survived,” the page claimed.",
     "Nobody survived,", "harbour-eye"),
    ("The Telegram channel Harbour Eye reposted it. Dock Watch, a website, disagreed. “Fake,” the website said.",
     "Fake,", "dock-watch"),
    # introduced as a website, never called an account: "the account" is nobody the article named
    ("Dock Watch, a news website, ran the story. “Fake,” the account said.", "Fake,", None),
])
def test_the_noun_that_introduced_an_outlet_refers_back_to_it(text, words, expected):
    assert OUTLETS.who(text, words) == expected


def test_the_outlet_noun_is_a_mention_only_when_it_refers_back():
    draft = OUTLETS.run("Dock Watch, a news website, ran it. Harbour Eye, a Telegram channel, denied it. "
                        "The channel later said it had deleted the post, and his account of the day was vague.")
    found = {(m.text, m.actor_id) for m in draft.mentions}
    assert ("The channel", "harbour-eye") in found
    assert not any(t.endswith("account") for t, _ in found)


def test_an_object_her_in_a_description_is_another_woman():
    reg = Registry(ACTORS + [
        {"id": "sami-baker", "name": "Sami (baker in the old port)", "kind": "person",
         "description": "A baker, friend of the columnist Rana Aziz, who phoned her after the fire.", "aliases": ["Sami"]},
        {"id": "huda-nasser", "name": "Huda Nasser", "kind": "person",
         "description": "Port activist known for her campaigns.", "aliases": ["Huda Nasser", "Nasser"]}])
    text = ('Omar Haddad spoke at the docks on Friday.\n\nMy friend Sami, a baker, called me at dawn. On Monday he '
            'called again. “The oven is hot,” he said.')
    assert reg.who(text, "The oven is hot,") == "sami-baker"
    text = 'Omar Haddad and Huda Nasser visited the docks. "The damage is limited," she said.'
    assert reg.who(text, "The damage is limited,") == "huda-nasser"


@pytest.mark.parametrize("text, expected", [
    ('Omar Haddad toured the docks.\n\nAccording to a security source, divers found a mine. "It is an old one," he '
     'said.', "unnamed-security-sources"),
    ('Omar Haddad toured the docks.\n\nThe fire spread fast, a police source said. "Nobody was hurt," she told '
     'reporters.', "unnamed-security-sources"),
    # negative: a source of the paragraph before does not reach over a new paragraph
    ('Omar Haddad toured the docks. Divers found a mine, a security source said.\n\nLater the quay was shut. '
     '"It is an old one," he said.', "omar-haddad"),
    # negative: sources are a group, never "he"
    ('Omar Haddad toured the docks.\n\nSecurity sources said divers found a mine. "It is an old one," he said.',
     "omar-haddad"),
])
def test_he_or_she_after_one_unnamed_source_of_the_paragraph(text, expected):
    assert who(text, "It is an old one," if "old one" in text else "Nobody was hurt,") == expected


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


@pytest.mark.parametrize("text, words, expected", [
    ("Look at how Omar Haddad answered: if anyone really wanted Nour Karim gone, he wrote, there were “easier ways.”",
     "easier ways.", "omar-haddad"),
    ("Omar Haddad was blunt: when they sent Nour Karim home, he said, it was “a plain crime.”", "a plain crime.",
     "omar-haddad"),
    # negative: after a reporting verb the noun phrase opens a clause of its own and can be the antecedent
    ("Omar Haddad spoke first. He said Nour Karim had left, and he then called the raid “a disgrace.”",
     "a disgrace.", "omar-haddad"),
])
def test_the_object_of_a_verb_after_a_subject_pronoun_is_no_antecedent(text, words, expected):
    assert who(text, words) == expected


def test_a_role_in_apposition_to_a_name_is_no_antecedent_of_its_own():
    d = run('Omar Haddad, Crown Prince of Abu Sami and Deputy Supreme Commander of the Navy, made a phone call to '
            'Nour Karim in which he expressed "strong condemnation".')
    assert quote(d, "strong condemnation").speaker == "omar-haddad"
    assert not [m for m in d.mentions if "Commander" in m.text]  # a title of the name (M3), not a mention


@pytest.mark.parametrize("gap, apposed", [
    (", Crown Prince of Abu Sami and ", True), (", the ports minister and ", True), (", Minister of Ports ", True),
    (", but the ", False), (", while the ", False), (", who met the ", False), ("; the ", False),
])
def test_only_title_words_after_a_comma_make_an_apposition(gap, apposed):
    from kadhimi_ds.extract.subjects import _APPOSITION_GAP
    assert bool(_APPOSITION_GAP.fullmatch(gap)) is apposed


# --- a bare ministry in a clause set in a state: that state's ministry ---------------------------

_STATES = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania"]},
    {"id": "freedonia-foreign-ministry", "name": "Ministry of Foreign Affairs (Freedonia)", "kind": "government",
     "parent": "freedonia", "aliases": ["Freedonian Foreign Ministry"]},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvanian Foreign Ministry"]},
    {"id": "sylvania-interior-ministry", "name": "Ministry of Interior (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvanian Interior Ministry"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ("Freedonia closed the port. In Sylvania, the Foreign Ministry urged both sides to stay “calm”.", "calm",
     "sylvania-foreign-ministry"),
    ("In Freedonia, the foreign ministry called the blockade “unlawful”.", "unlawful", "freedonia-foreign-ministry"),
    ("In Sylvania, the interior ministry said the border was “sealed”.", "sealed", "sylvania-interior-ministry"),
])
def test_a_bare_ministry_after_an_opening_in_state_is_that_state_s(text, words, expected):
    assert _STATES.who(text, words) == expected


@pytest.mark.parametrize("text, words", [
    # near misses: the state is in no opening adverbial; two states open the sentence
    ("The foreign ministry said the talks in Sylvania were “useful”.", "useful"),
    ("In Sylvania and Freedonia, the foreign ministry said nothing “new”.", "new"),
])
def test_a_state_elsewhere_in_the_sentence_does_not_own_the_ministry(text, words):
    assert _STATES.who(text, words) not in ("sylvania-foreign-ministry",)


_OUTLETS = Registry(ACTORS + [
    {"id": "quay-news", "name": "Quay News", "kind": "media", "description": "Dock-workers' Telegram channel.",
     "aliases": ["Quay News"]},
    {"id": "harbour-tv", "name": "Harbour TV", "kind": "media", "description": "Television channel owned by the Harbour Front.",
     "aliases": ["Harbour TV"]},
])


def test_the_channel_is_the_outlet_named_earlier_in_its_paragraph():
    text = ("The Telegram channel Quay News wrote that the strike was “a show”.\n\n"
            "Harbour TV, owned by the Harbour Front, aired a speech by Omar Haddad. "
            "The channel said the dockers were “heroes of the port”.")
    assert _OUTLETS.who(text, "heroes of the port") == "harbour-tv"


def test_the_channel_without_an_outlet_in_its_paragraph_is_the_one_introduced_so():
    # near miss: the paragraph names no outlet; "the channel" goes back to the one introduced as a channel
    text = ("The Telegram channel Quay News wrote that the strike was “a show”.\n\n"
            "Harbour TV aired a speech by Omar Haddad.\n\n"
            "Later the channel said the dockers were “paid actors”.")
    assert _OUTLETS.who(text, "paid actors") == "quay-news"


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
    ('Omar Haddad spoke after Karim left. The minister called the strike "cowardly".', "cowardly", "omar-haddad"),
    ('Haddad and Nour Karim toured the quay. The minister said it was "spotless".', "spotless", "omar-haddad"),
])
def test_the_minister_is_not_the_prime_minister(text, words, expected):
    assert who(text, words) == expected


def test_the_prime_minister_is_still_the_prime_minister():
    # near miss: the reference itself says "prime minister"
    text = 'Omar Haddad spoke after Karim left. The prime minister called the strike "cowardly".'
    assert who(text, "cowardly") == "nour-karim"


_CABINET = Registry(ACTORS + [
    {"id": "rana-aziz", "name": "Rana Aziz", "kind": "person", "description": "Minister of finance of Freedonia.",
     "aliases": ["Rana Aziz", "Aziz"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad visited. The ports minister said the quay was "safe and sound".', "safe and sound", "omar-haddad"),
    ('Rana Aziz and Omar Haddad toured the quay. The finance minister called the repairs "costly".', "costly",
     "rana-aziz"),
    ('Rana Aziz and Omar Haddad toured the quay. The ports minister called the repairs "overdue".', "overdue",
     "omar-haddad"),
])
def test_a_portfolio_before_a_role_picks_the_minister_of_that_portfolio(text, words, expected):
    assert _CABINET.who(text, words) == expected


def test_a_portfolio_no_one_holds_is_not_guessed():
    # near miss: nobody named is the oil minister
    assert _CABINET.who('Omar Haddad visited. The oil minister called it "a loss".', "a loss") != "omar-haddad"
