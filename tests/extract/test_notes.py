"""Notes on the page (``kadhimi_ds.extract.notes``): a note's label over its date alone is furniture, a note's
label before a sentence is not. All lines written for these tests."""
from __future__ import annotations

import pytest

from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", ["Correction: Nov. 10, 2021", "Clarification: 9 March 2024", "Update — 09/03/2024"])
def test_a_note_label_over_its_date_alone_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", ["Correction: the board met on March 9, 2024.", "Update: March 9, 2024 brought new rules."])
def test_a_note_label_before_a_sentence_is_no_stamp(line):
    assert furniture_of(line) == []
