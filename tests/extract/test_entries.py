"""A live blog's entry bylines ("From Sami Nour") under a stamped entry heading."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

HEAD = "Ferry fire in the northern strait: live updates"
LEAD = "The coastal shipping board halted all crossings to the northern islands after a fire broke out on Thursday."
ENTRY = "Inspectors told reporters that the engine room of the older vessel had not been serviced for a year."
END = "The board expects crossings to resume on Monday if the inspections are completed, a spokeswoman said."


def _furniture(*block: str) -> list[str]:
    text = "\n".join([HEAD, LEAD, *block, ENTRY, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith(HEAD) and body.text.endswith("a spokeswoman said.")
    return [f.text for f in furniture]


@pytest.mark.parametrize("byline", ["From Sami Nour", "From Sami Nour and Lea Brandt", "From Lea Brandt in Northport"])
def test_a_from_byline_under_a_stamped_entry_heading_is_a_credit(byline):
    assert byline in _furniture("9:40 a.m. ET, March 9, 2024", "Inspectors blame the engine room", byline)


@pytest.mark.parametrize("block", [
    ("Inspectors blame the engine room", "From Sami Nour"),  # no stamp above the heading
    ("9:40 a.m. ET, March 9, 2024", "Inspectors blamed the engine room.", "From Sami Nour"),  # a sentence, not a heading
    ("9:40 a.m. ET, March 9, 2024", "Voices on the quay", "From Harbour Street to the dock"),  # a sub-heading's words
])
def test_a_from_line_out_of_an_entry_heading_stays_body(block):
    assert block[-1] not in _furniture(*block)
