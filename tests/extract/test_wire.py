"""Version slugs before a wire story's headline and the bracketed notes of what a version changed
(``kadhimi_ds.extract.wire``); genre labels, hyphenated headlines and bracketed article sentences
stay body. All lines written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from kadhimi_ds.extract import find_body
from kadhimi_ds.extract.wire import furniture_update_note

from helpers import FERRY_END, FERRY_HEAD, FERRY_LEAD, FERRY_MID, ferry_furniture as furniture_of


def _body(head: str) -> str:
    return find_body("\n\n".join([head, FERRY_LEAD, FERRY_MID, FERRY_END]) + "\n")[0].text


@pytest.mark.parametrize("slug", ["UPDATE 3-", "UPDATE 1-", "REFILE-", "WRAPUP 2-", "RPT-", "CORRECTED-", "REFILE-UPDATE 2-",
                                  "CORRECTED-UPDATE 1-", "UPDATE1-", "REPEAT-"])
def test_a_version_slug_glued_to_the_headline_is_part_of_it_body(slug):
    # F8 note of 2026-12-01: a slug opening the headline is part of that line, as an opening dateline is
    assert _body(slug + FERRY_HEAD).startswith(slug + FERRY_HEAD)


@pytest.mark.parametrize("head", [
    # genre labels are part of the headline (the codebook's body starts at "FACTBOX-...", "ANALYSIS: ...")
    "FACTBOX-Key events in the ferry crisis", "EXCLUSIVE-Ferry board knew of engine faults", "ANALYSIS: The ferry fire and the board",
    # headlines with their own hyphens and capitals
    "US-Westland talks on ferries resume", "Post-fire inquiry opens in Northport", "UPDATE: Ferry crossings resume on Monday",
    "UPDATED GUIDANCE-free crossings return", "Update 3 of the ferry timetable is out",
])
def test_genre_labels_and_hyphenated_headlines_stay_in_the_body(head):
    assert _body(head).startswith(head)


@pytest.mark.parametrize("line", [
    "(Adds revised casualty figures, minister's reaction, background on the ferry line)",
    "(Updates with crew rescued, adds quotes from harbour master)", "(Updates throughout)", "(Recasts with board's statement)",
    "(Corrects paragraph 3 to show the fire started in the galley, not the engine room)",
    "(Corrects to say two crew members were hurt, not three)", "(Refiles to fix typo in headline)",
    "(Repeats with no changes to text)", "(Adds details, byline)", "(Changes dateline, adds background)",
    "(Fixes spelling of captain's name in paragraph 5)", "(Writes through with details)", "(Removes extraneous word in paragraph 2)",
    "(Updating with crossings resumed)", "(adds mayor's comments)",
    "(This March 7 story corrects the name of the ferry in paragraph 4)",
    "(This version of the story has been corrected to remove a reference to the captain)",
    "(This story has been refiled to add dropped word in paragraph 6)",
    # a version slug alone on its line
    "UPDATE 2", "REFILE", "REFILE-UPDATE 1-", "WRAPUP 3",
])
def test_update_notes_and_lone_slugs_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    # bracketed article sentences whose first word is a noun, or another verb
    "(Changes to the ferry timetable are listed below.)", "(Updates on the crew will follow.)",
    "(Adding to the confusion, the board gave no figures.)", "(Fixes for the engine were ordered in 2022, the board said.)",
    "(Repeats of the fault were reported twice last year.)",
    # a sentence ending in brackets, and article lines led by the same words
    "The board adds two ferries to the route (in a statement on Friday).",
    "Adds the harbour master: “We will not sail until it is fixed.”",
    "Update: The board now says all 14 crew members are safe.",
    "Updates to the inquiry’s findings were published on Friday, the board said.",
    "The board corrects its figures (again), a spokeswoman said.",
    "Update", "Updates",
])
def test_article_lines_like_update_notes_stay_body(line):
    assert furniture_of(line) == []


@given(st.sampled_from(["Adds", "Updates with", "Recasts with", "Corrects", "Refiles with"]),
       st.lists(st.sampled_from(["quotes", "crew count", "background", "board statement", "mayor's reaction"]), min_size=1, max_size=4))
def test_any_list_of_changes_is_an_update_note(verb, changes):
    assert furniture_update_note(f"({verb} {', '.join(changes)})") == "other"
