"""Counts about another event than the article's (``kadhimi_ds.extract.elsewhere``; codebook C14,
I7). All sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.extract.elsewhere import another_event

from helpers import DAY, number, run


def values(text: str) -> set[tuple]:
    return {(c.quantity, c.value) for c in run(text).claims}


# --- a date phrase inside a relative clause ------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("Two dockers were killed on Friday when members of unions that lost a vote last month tried to storm the port.",
     ("killed", 2)),
    ("Three guards were hurt, police said, as strikers, who reject last year's pay deal, stormed the gate.",
     ("injured", 3)),
    ("Four dockers were wounded at the pier by a crowd of men who had been sacked a few weeks ago.", ("injured", 4)),
    ("Two drones hit the depot of the firm, which won another contract earlier this month.", ("drones_struck", 2)),
])
def test_a_date_inside_a_relative_clause_leaves_the_main_clauses_count(text, count):
    assert count in values(text)


@pytest.mark.parametrize("text", [
    "The strike, which killed two dockers last month, was the first at the port.",
    "Two dockers who were hurt in another attack last month died on Friday.",
    "Two dockers were killed in that attack last month.",
    "Two dockers were killed last month, and the union called a strike that closed the port.",
])
def test_a_date_of_the_counts_own_clause_still_places_it_elsewhere(text):
    assert run(text).claims == []


def test_a_count_inside_the_relative_clause_is_placed_by_its_date():
    d = run("Dockers blocked the gate of the depot, which saw two guards killed in another attack last month.")
    assert d.claims == []
    assert number(d, "two").reason.startswith("count for another event")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["last month", "last year", "two weeks ago", "earlier this week"]),
       st.sampled_from(["who", "which"]))
def test_a_count_before_a_commad_relative_clause_is_never_moved_by_its_date(when, pronoun):
    sentence = f"Three guards were wounded, officials said, by strikers, {pronoun} had been sacked {when}, at the gate."
    assert another_event(sentence, DAY, (0, len("Three guards"))) is None
    assert another_event(sentence, DAY) is not None  # the sentence as a whole still names the date
