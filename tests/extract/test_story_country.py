"""The country in context of a body named generically (``kadhimi_ds.extract.story_country``): the
names of a body's country, the adjectives that name it, the country a sentence names last, a
paragraph's country and the dateline (codebook G2, M9). All sentences written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.gazetteer import Gazetteer
from kadhimi_ds.extract.story_country import country_names, named_before, naming_pattern, placed

from helpers import ACTORS, Registry, quote

GAZ = Gazetteer([
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "country": "FRE", "aliases": ["Freedonia", "Republic of Freedonia"]},
    {"id": "fr-ministry", "name": "Ministry of Ports (Freedonia)", "kind": "government", "country": "FRE", "aliases": []},
    {"id": "om-ministry", "name": "Ministry of Ports (Oman)", "kind": "government", "aliases": []},
    {"id": "ir-ministry", "name": "Ministry of Ports (Iraq)", "kind": "government", "aliases": []},
])
FR, OM, IR = (GAZ.info[i] for i in ("fr-ministry", "om-ministry", "ir-ministry"))


def test_country_names_come_from_the_state_the_parentheses_and_the_capital():
    assert country_names(FR, GAZ) == {"Freedonia", "Republic of Freedonia"}
    assert country_names(OM, GAZ) == {"Oman", "Muscat"}


def test_an_adjective_names_its_country_but_a_shared_first_word_does_not():
    pattern = naming_pattern({"Freedonia", "Republic of Freedonia"})
    assert pattern.search("the Freedonian envoy") and pattern.search("Freedonia’s port")
    assert not pattern.search("the Republic of Sylvania")


def test_the_country_named_last_before_the_reference_decides():
    text = "An Omani paper cited Freedonian sources on the ministry"
    assert named_before(text, [FR, OM], GAZ, 0, len(text)) is FR
    joined = "In Oman and Freedonia, the ministry"
    assert named_before(joined, [FR, OM], GAZ, 0, len(joined)) is None


def test_the_paragraph_before_else_the_dateline_decides():
    text = "MUSCAT, March 8 - Ships waited.\n\nFreedonia and Iraq spoke. The ministry"
    paragraphs = [(0, 31), (33, len(text))]
    assert placed(text, [FR, OM, IR], GAZ, (33, len(text)), paragraphs) is OM
    assert placed(text, [FR, OM, IR], GAZ, (33, 43), paragraphs) is FR
    assert placed("Ships waited. The ministry", [FR, OM], GAZ, (0, 26), [(0, 26)]) is None


def test_a_country_inside_a_quotation_does_not_place_the_body():
    text = "“We stand with Freedonia,” the ministry"
    quoted = lambda pos: 1 <= pos < 24  # noqa: E731
    assert named_before(text, [FR, OM], GAZ, 0, len(text)) is FR
    assert named_before(text, [FR, OM], GAZ, 0, len(text), quoted) is None
    assert placed(text, [FR, OM], GAZ, (0, len(text)), [(0, len(text))], quoted) is None
    # near miss: the writer's own words name the country before the quotation
    told = "Oman said: “We stand with Freedonia,” the ministry"
    assert named_before(told, [FR, OM], GAZ, 0, len(told), lambda pos: 12 <= pos < 35) is OM


def test_a_capital_on_a_line_of_its_own_above_the_story_is_its_dateline():
    text = "Ships wait\n\nDESK STAFF\nMUSCAT\nPublished March 8\n\nShips waited. The ministry"
    paragraphs = [(0, 10), (12, 22), (text.index("Ships waited"), len(text))]
    assert placed(text, [FR, OM], GAZ, (paragraphs[2][0], len(text)), paragraphs) is OM
    # near miss: a country's name alone on a line is a section label, no dateline
    label = text.replace("MUSCAT", "OMAN")
    assert placed(label, [FR, OM], GAZ, (paragraphs[2][0], len(label) - 2), paragraphs) is None


_GULF = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "country": "FRE", "aliases": ["Freedonia"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "country": "SYL", "aliases": ["Sylvania"]},
    {"id": "freedonia-foreign-ministry", "name": "Ministry of Foreign Affairs (Freedonia)", "kind": "government",
     "country": "FRE", "parent": "freedonia", "aliases": []},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "parent": "sylvania", "aliases": ["Sylvanian Foreign Ministry"]},
    {"id": "ruritania-foreign-ministry", "name": "Ministry of Foreign Affairs (Ruritania)", "kind": "government",
     "country": "RUR", "aliases": []},
])


@pytest.mark.parametrize("text, words, expected", [
    # the country the sentence names last before the ministry, by name, adjective or the registry's parentheses
    ("Freedonia condemned the blockade, citing a statement by the Ministry of Foreign Affairs, which called it "
     "“a crime”.", "a crime", "freedonia-foreign-ministry"),
    ("The Sylvanian Foreign Ministry was silent. In a statement carried by the Freedonian news agency, the Ministry "
     "of Foreign Affairs called the blockade “a crime”.", "a crime", "freedonia-foreign-ministry"),
    ("In a statement carried by Ruritania’s news agency, the Ministry of Foreign Affairs called it “a crime”.",
     "a crime", "ruritania-foreign-ministry"),
    # the country named earlier in the paragraph
    ("Sylvania closed its border on Friday. The foreign ministry called the blockade “a crime”.", "a crime",
     "sylvania-foreign-ministry"),
    # the dateline, when the paragraph names no country, or several
    ("SYLVANIA, March 8 - The port stayed shut.\n\nThe Ministry of Foreign Affairs said the blockade was “a crime”.",
     "a crime", "sylvania-foreign-ministry"),
    ("FREEDONIA, March 8 - The port stayed shut.\n\nFreedonia and Sylvania spoke. The Ministry of Foreign Affairs "
     "said the blockade was “a crime”.", "a crime", "freedonia-foreign-ministry"),
    # a country inside the quotation is what the ministry talks of: the dateline decides
    ("SYLVANIA, March 8 - The port stayed shut.\n\n“We stand with the people of Freedonia,” the Ministry of Foreign "
     "Affairs said.", "We stand with the people of Freedonia,", "sylvania-foreign-ministry"),
])
def test_a_ministry_named_by_its_portfolio_is_the_one_of_the_country_in_context(text, words, expected):
    assert _GULF.who(text, words) == expected


def test_the_ministry_after_it_is_the_same_body_and_its_span_opens_at_the_article():
    d = _GULF.run("In a statement carried by a Freedonian agency, the Ministry of Foreign Affairs called it “a crime”. "
                  "The ministry said the port “must reopen”.")
    assert quote(d, "must reopen").speaker == "freedonia-foreign-ministry"
    assert ("the Ministry of Foreign Affairs", "freedonia-foreign-ministry") in {(m.text, m.actor_id) for m in d.mentions}


@pytest.mark.parametrize("text, words", [
    # near misses: two countries named together, no dateline
    ("Freedonia and Sylvania met. The Ministry of Foreign Affairs called the blockade “a crime”.", "a crime"),
    ("In Freedonia and Sylvania, the foreign ministry called the blockade “a crime”.", "a crime"),
])
def test_a_ministry_of_no_one_country_in_context_is_not_guessed(text, words):
    assert _GULF.who(text, words) not in ("freedonia-foreign-ministry", "sylvania-foreign-ministry")
