"""Debris at the body's edges and between its paragraphs (``kadhimi_ds.extract.edges``):
dateline lines without a dash, captions closed by "Photo: ...", video captions led by a running
time, teasers led by "Up next:", "Most watched" lists, tag lines, end markers; and styles no
held-out article shows yet (standfirst, dateline-led first paragraph, short last paragraph,
contributor paragraph, app prompts, copyright, update notes, "Loading...", cookie banners,
live-blog timestamps). All lines written for these tests."""
from __future__ import annotations

import pytest

from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", ["Correction: Nov. 10, 2021", "Clarification: 9 March 2024", "Update — 09/03/2024"])
def test_a_note_label_over_its_date_alone_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", ["Correction: the board met on March 9, 2024.", "Update: March 9, 2024 brought new rules."])
def test_a_note_label_before_a_sentence_is_no_stamp(line):
    assert furniture_of(line) == []
