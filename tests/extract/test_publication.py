"""Notes on where and how the article was published (``kadhimi_ds.extract.publication``): print jump lines,
print-edition and translation notes, story codes. All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.publication import furniture_print_jump, furniture_publication_note

from helpers import ferry_body, ferry_furniture


@pytest.mark.parametrize("line", [
    "Continued on page 4", "CONTINUED ON PAGE 4", "(Continued on Page A12)", "FERRY FIRE: Continued from page 1",
    "See page 6", "Turn to page 11", "Story continues on page 3", "Continued on Page 7, Column 2",
])
def test_a_print_jump_line_is_furniture(line):
    assert furniture_print_jump(line) == "other"
    assert ferry_furniture(line) == [line]


@pytest.mark.parametrize("line", [
    "Crossings continued on Monday.", "Continued on page 4 of the board's report, the inquiry names the engineer.",
    "See page 6 of the inquiry for the figures, the spokeswoman said.", "FERRY FIRE: Crews continued from dawn",
])
def test_a_sentence_naming_a_page_is_no_jump(line):
    assert furniture_print_jump(line) is None


@pytest.mark.parametrize("line", [
    "This article appeared in the Westland section of the print edition under the headline \"Ferry fire\"",
    "A version of this article appears in print on March 8, 2024, Section A, Page 10 of the Northport edition.",
    "Published in the Northport Herald’s city edition, March 8th, 2024",
    "This article was translated from the Westish original.",
    "Translated and compiled by the Harbour Post desk. Quotes from the island papers are our translation.",
    "Translated by Lea Brandt.", "Nour, S. (2024) ‘The crane that fell’, Port Studies Blog, 8 March.",
    "Nour, S. and Brandt, L. (2023b) Ferries of the north. Northport: Harbour Press.",
    "Story Code: 104512", "News ID: 4120", "Article No. 88213",
])
def test_a_publication_note_closing_the_article_is_furniture(line):
    assert furniture_publication_note(line) == "other"
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Published in 2019, the board's report found the older ferries unsafe.",
    "The story ran in the Sunday edition and the board resigned a day later.",
    "Published in the city edition, the letter said the mayor had resigned.",
    "This article was translated from the Westish original, the board said, and its figures were checked.",
    "Story Code 7 was the name the crews gave the drill.",
    "Translated by the board’s interpreters, his words told the crews the ferries would stay in port for a week.",
    "Translated by Lea Brandt, the letter says the crossings resume on Monday and that the fares will rise by a third.",
    "Nour, S. (2024) found that the older ferries were unsafe",
    "Nour, who runs the ferry office (since 2019), wants the fares cut.",
])
def test_sentences_about_a_publication_are_body(line):
    assert furniture_publication_note(line) is None
