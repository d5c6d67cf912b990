"""A page's consent notices (``kadhimi_ds.extract.consent``). All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body
from kadhimi_ds.extract.consent import furniture_consent_notice

from helpers import FERRY_END, FERRY_HEAD, FERRY_LEAD, FERRY_MID, ferry_furniture


@pytest.mark.parametrize("line", [
    "We and our partners use cookies to measure traffic. Click \"Agree\" to go on.",
    "This website uses cookies to give you the best experience.",
    "Our site and its partners use cookies.",
    "Accept all | Manage options", "Reject all · Customise settings", "Allow and continue", "I agree",
    "YouTube content", "Third-party content",
    "This page contains content hosted by Instagram. We ask for your permission before anything is loaded.",
])
def test_a_consent_notice_or_its_buttons_are_furniture(line):
    assert furniture_consent_notice(line) == "other"
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("line", [
    "The cookies were handed out to children at the gate.",
    "Residents accept all the terms of the board, a spokeswoman said.",
    "Dockers use cookies as a bribe for the guards, one of them joked.",
    "Allow the ferries to sail, the mayor urged.",
    "The board's content provided by its own engineers was published on Monday.",
    "“We accept all the findings,” the board said.",
    "Agree or not, the crossings are halted.",
])
def test_sentences_about_cookies_or_consent_stay_body(line):
    assert furniture_consent_notice(line) is None
    assert ferry_furniture(line) == []


def test_a_cookie_banner_over_the_headline_is_no_part_of_the_body():
    text = "\n".join(["We and our partners use cookies to personalise ads. Click \"Accept all\" to go on.",
                      "Accept all | Manage options", FERRY_HEAD, FERRY_LEAD, FERRY_MID, FERRY_END]) + "\n"
    assert find_body(text)[0].text.startswith(FERRY_HEAD)
