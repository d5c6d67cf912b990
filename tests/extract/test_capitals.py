"""A state named by its capital (``kadhimi_ds.extract.capitals``): the capital acting is the
state, the capital as a place is none. All sentences and registry entries written for these tests."""
from __future__ import annotations

import pytest

from helpers import STATES_REGISTRY, links_over


def links(text: str) -> set[tuple[str, str]]:
    return links_over(text, STATES_REGISTRY)


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
