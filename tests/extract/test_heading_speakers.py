"""The speaker a heading names (``kadhimi_ds.extract.heading_speakers``; codebook C15, C16 note): a heading
closed by its speaker, or by a source after a dash, is one statement with the count its speaker gives below. All
sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


@pytest.mark.parametrize("heading", ["07:30\nThree drones launched, two downed, says harbour cell",
                                     "07:30\nThree drones launched, two downed, harbour cell says"])
def test_a_count_in_a_heading_closed_by_its_speaker_is_one_claim_with_its_repeat(heading):
    d = run(heading + "\nThe Harbour Security Cell said in a statement that the pier had been attacked by three drones. "
            "“Guards shot down two of them,” the statement said.")
    drones = [(c.text, c.quantity) for c in d.claims if c.quantity.startswith("drones")]
    assert drones == [("Three drones", "drones_launched"), ("two", "drones_downed")]


@pytest.mark.parametrize("heading", ["Three dockers wounded – security official", "Three dockers wounded -security official"])
def test_a_heading_closed_by_a_source_after_a_dash_is_one_claim_with_that_sources_count(heading):
    d = run(heading + "\n\nHARBOURTOWN, March 8 - The pier was attacked before dawn on Thursday.\n\n"
            "Three dock workers were wounded, a security official told Reuters.")
    hurt = [c for c in d.claims if c.quantity == "injured"]
    assert [c.text for c in hurt] == ["Three dockers"]
    assert hurt[0].claimed_by is not None and hurt[0].claimed_by_cue.startswith("a security official")


def test_a_dash_before_words_naming_no_source_names_no_speaker():
    d = run("Three dockers wounded - live updates\n\nThree dock workers were wounded, a security official told Reuters.")
    assert len([c for c in d.claims if c.quantity == "injured"]) == 2


@pytest.mark.parametrize("tag", ["BREAKING: ", "URGENT - ", "JUST IN: "])
def test_an_alert_tag_before_the_label_leaves_the_label_as_the_speaker(tag):
    d = run(f"{tag}Ports ministry: three drones used\n\nThe pier was attacked before dawn on Thursday.\n\n"
            "The ports ministry said three drones had been launched at the pier.")
    drones = [(c.text, c.claimed_by) for c in d.claims if c.quantity == "drones_launched"]
    assert drones == [("three drones", "ports-ministry")]


def test_an_alert_tag_alone_names_no_speaker():
    d = run("BREAKING: three drones hit the pier\n\nThe pier was attacked before dawn on Thursday.")
    assert [c.claimed_by for c in d.claims if c.quantity == "drones_struck"] == [None]
