"""Lines that repeat the body (``kadhimi_ds.extract.copied_lines``: pull_quotes, repeated_lines): a pull
quote repeating a quotation of the body and a second copy of the headline are furniture; a quoted
sub-heading, a contents list and a repeated paragraph are not. All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID

# --- pull quotes ------------------------------------------------------------------------------------

def _page(*lines: str) -> list[str]:
    return [f.text for f in find_body("\n".join([HEAD, LEAD, *lines, END]) + "\n")[1]]


def test_a_quoted_sentence_repeating_the_body_is_a_pull_quote():
    said = "“The engine was not old. It was badly kept,” the inspector said."
    assert _page(said, "“The engine was not old. It was badly kept.”", MID) == ["“The engine was not old. It was badly kept.”"]
    assert _page("\"The crew did everything right.\"", MID, "\"The crew did everything right,\" the captain said.") \
        == ["\"The crew did everything right.\""]


def test_a_run_on_quotation_and_a_quoted_sub_heading_stay_body():
    said = "“The engine was not old,” the inspector said. “It was badly kept for years and nobody checked it.”"
    assert _page(said, "“Nobody on the board wanted to pay for the repairs. Now we all pay.”", MID) == []
    assert _page("‘Badly kept for years and nobody checked’", MID, said) == []


def test_an_unclosed_quoted_line_repeating_a_whole_quotation_above_is_a_pull_quote():
    said = "“The crew did everything they could,” the captain said. “The board will answer for it.”"
    pulled = "“The board will answer for the engine that burned”"
    said_whole = "“The board will answer for the engine that burned.” the captain said."
    assert _page(said_whole, MID, pulled) == [pulled]
    assert _page(said, MID, "\"The board will answer for it\"") == []  # six words: too short to tell


@pytest.mark.parametrize("lines", [
    # a quoted sub-heading heads the section that quotes it, below
    ("‘The board will answer for the engine that burned’", MID, "“The board will answer for the engine that burned,” he said."),
    # words of a quotation above that are only part of its sentence
    ("“Nobody says the board will answer for the engine that burned, not yet,” he said.", MID,
     "‘The board will answer for the engine that burned’"),
])
def test_an_unclosed_quoted_sub_heading_or_a_part_of_a_quotation_stays_body(lines):
    assert _page(*lines) == []


# --- copies of the headline ---------------------------------------------------------------------

def test_a_copy_of_the_headline_is_furniture():
    caption = "The mayor inspects the burned deck of the ferry on the northern quay"
    text = f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{MID}\n\n{HEAD}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert [f.text for f in furniture] == [HEAD]
    assert body.text.startswith(HEAD)


def test_a_contents_list_and_its_headings_are_no_copies():
    text = (f"{HEAD}\n\n• The northern route stays closed\n• What the inspectors found\n\n{LEAD}\n\n"
            f"The northern route stays closed\n\n{MID}\n\nWhat the inspectors found\n\n{END}\n")
    assert find_body(text)[1] == []


def test_a_repeated_paragraph_or_a_short_headline_is_no_copy():
    text = f"{HEAD}\n\n{LEAD}\n\nThe crew was safe.\n\n{MID}\n\nThe crew was safe.\n\n{LEAD}\n\n{END}\n"
    assert find_body(text)[1] == []
    assert find_body(f"Crew safe\n\n{LEAD}\n\nCrew safe\n\n{END}\n")[1] == []
