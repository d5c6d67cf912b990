"""A headline restated by the body (``kadhimi_ds.extract.headlines``; codebook C15, I7). All passages
written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


def texts(passage: str) -> list[str]:
    return [c.text for c in run(passage).claims if c.value is not None or c.rule == "range"]


@pytest.mark.parametrize("passage, kept", [
    ("Blast at the depot wounds four dockers\n\nThe harbour stayed shut on Friday after four workers at the depot "
     "were wounded when a fuel tank exploded.", ["four dockers"]),
    ("Fire at the pier injures three to five guards\n\nBetween three and five guards were injured when the pier "
     "caught fire on Friday.", ["three to five guards"]),
    ("‘Two drones shot down’\n\n“Two drones were shot down over the quay,” Omar Haddad said.", ["Two drones"]),
])
def test_the_body_restating_the_headline_is_its_repeat(passage, kept):
    assert texts(passage) == kept


def test_the_quoted_headline_takes_the_speaker_of_the_quotation():
    d = run("‘Two drones shot down’\n\n“Two drones were shot down over the quay,” Omar Haddad said.")
    assert [c.claimed_by for c in d.claims] == ["omar-haddad"]


@pytest.mark.parametrize("passage", [
    "Blast at the depot wounds four dockers\n\nFour dockers were wounded in the blast, the ports ministry said.",
    "Blast at the depot wounds four dockers\n\nTwo harbour sources tell the Daily Courier that four dockers were wounded.",
    "Two drones shot down over the quay\n\n“Two drones were shot down,” Omar Haddad said.",
])
def test_a_body_count_with_a_source_is_its_own_claim(passage):
    assert len(texts(passage)) == 2


def test_a_body_count_under_a_sentence_in_the_article_voice_repeats_it():
    assert len(texts("Blast at the depot wounds four dockers.\n\nFour dockers were wounded in the blast on Friday.")) == 1


def test_a_range_and_another_range_of_the_headline_stay_apart():
    assert len(texts("Fire at the pier injures three to five guards\n\nBetween four and six guards were injured "
                     "when the pier caught fire on Friday.")) == 2
