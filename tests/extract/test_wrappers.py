"""A page's wrappers: stage directions, newsletter wrappers, sponsors (``kadhimi_ds.extract.wrappers``).
All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    # transcript stage directions
    "(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)", "(COMMERCIAL BREAK)", "(Begin audio clip)", "(LAUGHTER)", "[END VIDEO CLIP]",
    # a newsletter's wrapper
    "View in browser", "View this email in your browser", "Read online", "Web version",
    "Forwarded this email? Subscribe here", "Was this forwarded to you? Sign up here.",
    "Having trouble viewing this email? Click here.", "Unsubscribe | Update preferences",
    # a sponsor's label
    "SPONSORED BY NORTHPORT LOGISTICS", "Presented by Harbour Bank", "Paid post", "A message from our sponsor",
])
def test_wrapper_and_transcript_lines_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "Sponsored by the port authority, the fair opened on Monday with more than forty exhibitors from the islands.",
    "(The ministry later corrected the figure.)",
    "Readers who forwarded the notice to the council received no answer, the campaigners said on Friday.",
    "By the time the ferry reached the harbour, the fire had been put out by the crew.",
    "(AFP)",
])
def test_sentences_like_wrapper_lines_stay_body_or_keep_their_rule(line):
    assert not {f for f in furniture_of(line) if "Sponsored" in f or "By the time" in f or "forwarded" in f or "corrected" in f}


def test_an_advertisement_under_a_sponsor_label_is_furniture_to_the_blank_line():
    ad = "Shipping cargo this spring? Our brokers cover all 40 ports. Book a free 20-minute call."
    middle = f"PRESENTED BY HARBOUR BANK\n{ad}"
    found = furniture_of(middle)
    assert any(ad in f for f in found)
    text = f"{HEAD}\n\n{LEAD}\n\n{middle}\n\n{MID}\n\n{END}\n"
    draft = extract(text)
    assert all(c.start < text.index(ad) or c.start > text.index(ad) + len(ad) for c in draft.claims)
    assert MID in draft.body.text and not any(MID in f.text for f in draft.furniture)
