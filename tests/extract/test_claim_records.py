"""Recording a count as a claim (``kadhimi_ds.extract.claim_records``): only the count's own sentence of a
quoted passage places it, and a parliament's size is no future count. All sentences written for these
tests."""
from __future__ import annotations

from helpers import quantities


def test_a_time_in_another_sentence_of_a_quotation_does_not_place_the_count():
    text = ("REPORTER: “Nobody has claimed it. This comes after the vote last month at the port. One docker was killed "
            "on Friday, and the unions blame the ministry.”")
    assert quantities(text) == [("killed", 1)]


def test_the_size_of_the_parliament_in_a_compound_is_no_future_count():
    assert quantities("Once a new cabinet is formed, the 280-seat parliament will elect a speaker.") == [("seats_total", 280)]
