"""Round 2 of issue #11, claims: repeats of one statement (C15), an ordinal closing a series told
in the sentence before (C8), drones "got through" (C7), singulars whose modifier says the
casualty (C3), vague amounts out of a group (C2), plurals in "an attack by drones" (C4/C7),
the earlier seat total after "from" (C11), a clause's own verb (C7) and crowds of a continuing
sit-in (C10, I7). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


def got(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


def test_a_statement_repeated_by_the_same_named_source_is_one_claim():
    d = run("Port drones attack: four drones used, Haddad says\n\n"
            "Four drones were used in the attack on the harbour, Haddad told reporters on Friday.")
    drones = [c for c in d.claims if c.quantity == "drones_launched"]
    assert [c.text for c in drones] == ["four drones"]
    assert any(n.reason and n.reason.startswith("repeat of claim") for n in d.numbers)


def test_the_same_count_from_two_sources_is_two_claims():
    d = run("Four drones were used, Haddad said. Four drones were used, Lina Sabbagh said on Friday.")
    assert len([c for c in d.claims if c.quantity == "drones_launched"]) == 2


def test_an_ordinal_closes_a_series_told_in_the_sentence_before():
    d = run("Two of the drones were brought down over the river, the army said. The third got through and hit the customs office.")
    assert [(c.text, c.value) for c in d.claims if c.quantity == "drones_struck"] == [("The third", 1)]


def test_a_singular_whose_modifier_says_it_was_killed_counts_one():
    assert ("a slain marcher", "killed", 1) in got("The union turned a slain marcher into the face of its campaign.")


@pytest.mark.parametrize("text, quantity", [
    ("The blast hit the pier, wounding a number of the harbour guard.", "injured"),
    ("Police opened fire, killing some of the dockers on the quay.", "killed"),
])
def test_a_vague_amount_out_of_a_group_is_a_count_with_no_value(text, quantity):
    (claim,) = run(text).claims
    assert (claim.quantity, claim.value, claim.qualifier) == (quantity, None, "unspecified")


@pytest.mark.parametrize("text", [
    "Haddad survived an attack by explosive-laden drones on his office early Friday.",
    "“These attacks with rockets and drones will not stop us,” Haddad said of the raid on Friday.",
])
def test_drones_in_an_attack_by_or_with_them_are_launched(text):
    assert any(c.quantity == "drones_launched" and c.value is None for c in run(text).claims)


def test_blasts_that_wake_a_district_are_explosions():
    assert any(c.quantity == "explosions" for c in run("Blasts wake the harbour district").claims)


def test_the_number_after_from_in_a_fall_is_the_earlier_total():
    found = {(c.quantity, c.value) for c in run("The Harbour Front saw its share fall to 9 seats from 31 in the outgoing chamber.").claims}
    assert found == {("seats_won", 9), ("seats_previous", 31)}


def test_a_downing_verb_in_the_clause_before_does_not_reach_the_next_clause():
    found = got("The army said four drones attacked, three of which were shot down, while one struck the roof.")
    assert ("one", "drones_struck", 1) in {(t, q, v) for t, q, v in found}


@pytest.mark.parametrize("text", [
    "About 400 dockers have camped outside the harbour gates for nearly two weeks.",
    "He said nearly 300 supporters had joined a sit-in at the quay since Tuesday.",
])
def test_a_crowd_of_a_continuing_sit_in_is_not_a_claim(text):
    assert [c for c in run(text).claims if c.quantity == "participants"] == []


def test_a_crowd_at_a_dated_protest_is_still_a_claim():
    assert any(c.quantity == "participants" for c in run("Hundreds of protesters rallied outside the harbour on Friday.").claims)
