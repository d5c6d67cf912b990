"""Round 3 of issue #11, claims: hypothetical, conditional and future counts (C1, I6), a partitive
whose whole is counted too (C6, F9), a drone that "fell on" its target (C7), the earlier seat
total in "from N seats to M" (C11), "martyrdom" as a death (C9), casualty words before "members of"
a guard (C4), a count in a colon-led heading repeated with its speaker (C15), subsets and digits
in translated phrasing. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


def got(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


def quantities(text: str) -> list[tuple]:
    return sorted((c.quantity, c.value) for c in run(text).claims)


@pytest.mark.parametrize("text", [
    "If four drones cannot close the harbour, what will?",
    "Four drones will not bring the port to its knees.",
    "A strike like that could kill dozens of dock workers.",
    "Nobody in the city would waste a drone on a customs office.",
    "Even if two more drones had got through, the pier would have stood.",
    "The militia could send drones against the pier again, the mayor warned.",
])
def test_a_hypothetical_conditional_or_future_count_is_no_claim(text):
    d = run(text)
    assert d.claims == []
    assert all(not n.is_claim for n in d.numbers)


@pytest.mark.parametrize("text, expected", [
    ("Four drones were launched at the pier, and two of them will be examined by the army.", ("drones_launched", 4)),
    ("The mayor said four drones were launched at the pier and that the port would reopen.", ("drones_launched", 4)),
    ("Three guards were wounded, which could delay the reopening, the mayor said.", ("injured", 3)),
])
def test_a_modal_elsewhere_in_the_sentence_keeps_the_count(text, expected):
    assert expected in quantities(text)


def test_a_partitive_of_a_counted_whole_gives_both_claims():
    q = quantities("Harbour officials said two of the five drones fired at the pier were brought down before they reached it.")
    assert q == [("drones_downed", 2), ("drones_launched", 5)]


def test_a_drone_that_fell_on_its_target_struck_it():
    d = run("Four drones were launched at the depot; three were jammed, while the fourth fell on the roof of the warehouse.")
    assert ("drones_struck", 1) in [(c.quantity, c.value) for c in d.claims]


def test_a_drone_that_fell_in_a_field_did_not_strike():
    d = run("Two drones were launched at the depot; one fell in a field.")
    assert all(c.quantity != "drones_struck" for c in d.claims)


def test_the_earlier_total_in_from_n_seats_to_m_is_previous():
    assert quantities("In the vote the Harbour bloc slid from 31 seats to 12.") == [("seats_previous", 31), ("seats_won", 12)]


@pytest.mark.parametrize("text, expected", [
    ("The clashes led to the martyrdom of 3 fishermen and the injury of 40 people, the ministry said.",
     [("injured", 40), ("killed", 3)]),
    ("The blast at the gate led to the injury of 5 members of the protection.", [("injured", 5)]),
    ("The raid ended with 4 guards martyred, the statement said.", [("killed", 4)]),
])
def test_translated_phrasing_with_digits(text, expected):
    assert quantities(text) == expected


def test_a_casualty_word_before_members_of_a_guard_is_a_count_without_value():
    assert ("wounded members of his guard", "injured", None) in got(
        "The third drone hit the villa, wounded members of his guard and set a car alight.")


def test_a_subset_keeps_its_own_count():
    q = quantities("Nine people were wounded in the blast, including five guards, the hospital said.")
    assert ("injured", 9) in q


def test_a_count_in_a_colon_led_heading_is_one_claim_with_its_repeat():
    d = run("09:10 - Harbour master: three guards hurt\n"
            "Three guards were lightly hurt, Harbour master Ali Nasser told local radio.")
    hurt = [c for c in d.claims if c.quantity == "injured"]
    assert [c.text for c in hurt] == ["three guards"]
    assert any(n.reason and n.reason.startswith("repeat of claim") for n in d.numbers)


def test_a_heading_count_with_another_speaker_is_not_merged():
    d = run("09:10 - Harbour master: three guards hurt\n"
            "Three guards were lightly hurt, the hospital director Lina Sabbagh told local radio.")
    assert len([c for c in d.claims if c.quantity == "injured"]) == 2
