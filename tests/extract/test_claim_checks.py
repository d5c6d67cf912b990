"""Checks on a count (``kadhimi_ds.extract.claim_checks``): a hypothetical, conditional or
future count is no claim (C1, I6), and a statement repeated by the same source, also from a
colon-led heading, is one claim (C15). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import quantities, run


# --- hypothetical, conditional and future counts --------------------------------------------------

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


# --- repeats of one statement ---------------------------------------------------------------------

def test_a_statement_repeated_by_the_same_named_source_is_one_claim():
    d = run("Port drones attack: four drones used, Haddad says\n\n"
            "Four drones were used in the attack on the harbour, Haddad told reporters on Friday.")
    drones = [c for c in d.claims if c.quantity == "drones_launched"]
    assert [c.text for c in drones] == ["four drones"]
    assert any(n.reason and n.reason.startswith("repeat of claim") for n in d.numbers)


def test_the_same_count_from_two_sources_is_two_claims():
    d = run("Four drones were used, Haddad said. Four drones were used, Lina Sabbagh said on Friday.")
    assert len([c for c in d.claims if c.quantity == "drones_launched"]) == 2


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
