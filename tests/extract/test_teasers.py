"""Headings of lists of other stories (``kadhimi_ds.extract.teasers``). All lines written for
these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.teasers import teaser_head, teaser_heading

from helpers import ferry_furniture


@pytest.mark.parametrize("line, expected", [
    ("Top stories", True), ("Most read", True), ("Related Topics", True), ("More on this story", True),
    ("You may also be interested in:", True),
    # sub-headings of the article
    ("The latest", False), ("Latest developments", False), ("Top officials", False), ("More questions than answers", False),
    ("What happens next", False),
])
def test_teaser_headings_name_a_list_of_stories(line, expected):
    assert teaser_heading(line) is expected


@pytest.mark.parametrize("line", ["In this episode:", "On today’s show", "In this week's episode:", "In this programme:"])
def test_a_programmes_segment_list_heading_is_a_teaser_heading(line):
    assert teaser_head(line)


@pytest.mark.parametrize("line", ["In this episode, the mayor explains the fares.", "On this show the dockers spoke first.",
                                  "In this programme’s first year, fares doubled."])
def test_sentences_opening_like_a_segment_heading_are_no_heading(line):
    assert not teaser_head(line)


def test_the_segments_under_an_episode_heading_are_related_links():
    segments = "In this episode:\nExplainer: How the port fees were set\nWho runs the harbour board?\nSami Nour’s report from the quay"
    assert ferry_furniture(segments) == [segments]


def test_bullets_under_an_episode_heading_are_the_episodes_own_points_and_stay_body():
    box = "In this episode:\n• Why the ferry fares rose in March\n• What the harbour board says about the routes"
    assert ferry_furniture(box) == []


@pytest.mark.parametrize("heading", ["Links from the episode:", "Links", "Episode links", "Links mentioned in this show:"])
def test_the_titles_under_a_links_heading_are_related_links(heading):
    block = heading + "\nOur March episode: the fares, explained\nExplainer: who runs the harbour board?"
    assert ferry_furniture(block) == [block]


@pytest.mark.parametrize("line", ["Links between the dockers and the board were cut.", "Links to the port were restored on Monday."])
def test_sentences_about_links_are_no_heading(line):
    assert not teaser_head(line)


def test_an_episode_sentence_and_its_paragraph_stay_body():
    assert ferry_furniture("In this episode we hear from the dockers who lost their jobs when the ferry line cut routes.") == []


# --- a teaser list with each title's date under it -------------------------------------------------

def test_titles_between_their_dates_under_a_teaser_heading_are_all_links():
    block = ("More on this story\nDockers strike over unpaid wages\nPublished\n2 March 2024\n"
             "Harbour board names new chief\nPublished\n28 February 2024")
    found = ferry_furniture(block)
    lines = [line for f in found for line in f.splitlines()]
    assert {"Dockers strike over unpaid wages", "Harbour board names new chief", "Published"} <= set(lines)


def test_a_clock_time_under_a_teaser_heading_ends_the_list():
    # a live blog's entry (a time, its heading, its paragraph) under a list is the article's
    block = "Latest news\nDockers strike over unpaid wages\n10:32\nCrews leave the quay"
    lines = [line for f in ferry_furniture(block) for line in f.splitlines()]
    assert "Crews leave the quay" not in lines


# --- a ticker box set into an article ----------------------------------------------------------------

TICKER = "10:40 Harbour board: crossings “back to normal”\n10:02 Mayor calls fire “a disgrace”\n09:30 Dockers urge “calm”"


@pytest.mark.parametrize("heading, link", [("LIVE UPDATES", "\nView all updates →"), ("Live updates", ""), ("Most read", "")])
def test_timed_titles_under_a_furniture_heading_are_furniture(heading, link):
    box = f"{heading}\n{TICKER}{link}"
    lines = [line for f in ferry_furniture(box) for line in f.splitlines()]
    assert set(box.splitlines()) <= set(lines)


def test_timed_alerts_under_an_article_sentence_stay_body():
    block = f"All times are local and the alerts appear in the order they were sent by the board.\n{TICKER}"
    assert ferry_furniture(block) == []


def test_a_live_blogs_entries_under_a_furniture_stamp_stay_body():
    # a stamp ("Updated 10:45") over an entry's time and heading, then the entry's paragraph
    block = "Updated 10:45 GMT\n10:40 Crossings resume\n10:02 Mayor speaks\nThe mayor said the crews had worked all night."
    lines = [line for f in ferry_furniture(block) for line in f.splitlines()]
    assert "10:40 Crossings resume" not in lines and "10:02 Mayor speaks" not in lines


def test_one_timed_title_under_a_furniture_heading_stays_body():
    lines = [line for f in ferry_furniture("LIVE UPDATES\n10:40 Crossings resume at dawn") for line in f.splitlines()]
    assert "10:40 Crossings resume at dawn" not in lines


# --- a reading list of links ---------------------------------------------------------------------------

def test_the_links_under_a_reading_list_heading_are_related_links_not_the_comments():
    block = ("WHAT WE’RE READING\nThe strait’s old ferries, and why they burn — Coastal Review: https://coastal.example/ferries\n"
             "Who pays for the quay? — Harbour Weekly: https://harbour.example/quay")
    lines = [line for f in ferry_furniture(block) for line in f.splitlines()]
    assert set(block.splitlines()) <= set(lines)


@pytest.mark.parametrize("line", ["What we’re reading", "What I'm reading:", "Reading list"])
def test_reading_list_headings_are_teaser_headings(line):
    assert teaser_head(line)


@pytest.mark.parametrize("line", ["What we’re reading into the board’s silence is fear.", "Reading lists were handed to the crew."])
def test_sentences_opening_like_a_reading_list_heading_are_no_heading(line):
    assert not teaser_head(line)


def test_titles_already_taken_as_links_do_not_end_the_list_under_a_heading():
    block = ("MORE ON THE STRAIT\n▶ 01:52 | Crew leaves the burning ferry\nDockers call the inquiry ‘a farce’\n"
             "▶ 03:10 | Harbour board names new chief\nFish prices fall for a third week")
    lines = [line for f in ferry_furniture(block) for line in f.splitlines()]
    assert set(block.splitlines()) <= set(lines)
