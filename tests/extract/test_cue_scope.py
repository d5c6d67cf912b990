"""Which clause a cue governs (``kadhimi_ds.extract.cue_scope``; codebook C16): a cue in a free relative
closed before a count, in another relative clause or in a clause joined after the count's does not govern it.
All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


@pytest.mark.parametrize("text, claimant", [
    ("Nour Karim survived what the ports ministry says was an attempt on his life, after a drone struck his residence at dawn.", None),
    ("The pier was closed in what Omar Haddad called a precaution, when two drones hit the crane.", None),
    ("Nour Karim survived what the ports ministry says was an attack by three drones, after midnight.", "ports-ministry"),
])
def test_a_cue_in_a_free_relative_closed_before_the_count_does_not_govern_it(text, claimant):
    """"survived what the army says was an attempt on his life, after a drone struck his home": the cue governs
    the relative, the count is in the article's voice (C16)."""
    assert [c.claimed_by for c in run(text).claims] == [claimant]


@pytest.mark.parametrize("text, claimant", [
    # the count stands in a relative clause of the speaker that closes before the cue's verb
    ("Omar Haddad, whose Harbour Front won 17 seats, called the attack a disgrace.", None),
    # the cue stands in one relative clause, the count in the next
    ("The strike, which the ports ministry called a plot and which wounded seven guards, shut the quay.", None),
    # the cue governs the count's own clause
    ("Omar Haddad, speaking at the quay, said seven guards were wounded.", "omar-haddad"),
])
def test_a_cue_governing_another_relative_clause_than_the_counts_does_not_govern_it(text, claimant):
    assert [c.claimed_by for c in run(text).claims] == [claimant]


@pytest.mark.parametrize("joined", ["and its leader Haddad condemned the attack", "but Haddad said the vote was rigged"])
def test_a_cue_in_a_clause_joined_after_the_count_is_its_own_and_the_count_repeats_an_unattributed_one(joined):
    text = f"The Harbour Front won 12 seats, two more than before, {joined}.\n\nTHE RESULTS\nHarbour Front – 12 seats"
    d = run(text)
    assert [(c.text, c.claimed_by, c.claimed_by_cue) for c in d.claims if c.value == 12] == [("12 seats", None, None)]


def test_a_cue_closing_the_count_s_own_clause_still_governs_it():
    d = run("The Harbour Front won 12 seats, and two more in the recount, Haddad said.")
    assert {c.claimed_by for c in d.claims} == {"omar-haddad"}
