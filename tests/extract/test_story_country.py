"""The country in context of a body named generically (``kadhimi_ds.extract.story_country``): the
names of a body's country, the adjectives that name it, the country a sentence names last, a
paragraph's country and the dateline (codebook G2, M9). All sentences written for these tests."""
from __future__ import annotations

from kadhimi_ds.extract.gazetteer import Gazetteer
from kadhimi_ds.extract.story_country import country_names, named_before, naming_pattern, placed

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
