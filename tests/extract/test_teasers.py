"""Headings of lists of other stories (``kadhimi_ds.extract.teasers``). All lines written for
these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.teasers import teaser_heading


@pytest.mark.parametrize("line, expected", [
    ("Top stories", True), ("Most read", True), ("Related Topics", True), ("More on this story", True),
    ("You may also be interested in:", True),
    # sub-headings of the article
    ("The latest", False), ("Latest developments", False), ("Top officials", False), ("More questions than answers", False),
    ("What happens next", False),
])
def test_teaser_headings_name_a_list_of_stories(line, expected):
    assert teaser_heading(line) is expected
