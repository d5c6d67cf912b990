"""A page's reader-comment prompts (``kadhimi_ds.extract.comments``). All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract.comments import furniture_comment_prompt, furniture_comment_row, furniture_readers_box

from helpers import ferry_body, ferry_furniture


@pytest.mark.parametrize("line", [
    "Have your say: Should the board reopen the older ferries? Leave your comment below.",
    "Have your say: Is the new fare fair?", "Have your say",
])
def test_a_prompt_to_have_your_say_closes_the_article(line):
    assert furniture_comment_prompt(line) == "comments"
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Have your say on the fares plan, the mayor urged residents at Monday's meeting.",
    "Have your say: the board will hold a public vote on the fares on Monday.",
    "Have your say: “Should the ferries sail?” the mayor asked the crews.",
])
def test_a_sentence_that_opens_like_the_prompt_is_no_prompt(line):
    assert furniture_comment_prompt(line) is None


@pytest.mark.parametrize("line", ["4 thoughts on “The night the crane fell”", "12 responses to \"Ferry service suspended\"",
                                  "1 reply to ‘Why the port closed’"])
def test_a_count_of_comments_on_the_post_closes_the_article(line):
    assert furniture_comment_prompt(line) == "comments"
    assert ferry_body(line).rstrip().endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", ["Two thoughts on “the plan” remain, the mayor said.",
                                  "4 thoughts on the fire were shared by the crew."])
def test_a_sentence_with_thoughts_on_a_title_is_no_comment_count(line):
    assert furniture_comment_prompt(line) is None


# --- a box of readers' comments inside the article ------------------------------------------------------

@pytest.mark.parametrize("line", ["WHAT READERS ARE SAYING (214)", "Reader comments (12)", "What our readers say (1,203)",
                                  "“Two ferries or three, somebody let them rot.” — dockhand1961", "\"Who pays for this?\" — @harbour_fan"])
def test_a_readers_box_inside_the_article_is_furniture_and_the_article_goes_on(line):
    assert ferry_furniture(line) == [line]


@pytest.mark.parametrize("line", ["“We will rebuild the pier,” — Sami Nour", "What readers are saying",
                                  "What readers are saying about the fares (and why) matters to the board, the minister said."])
def test_a_pull_quote_signed_by_a_person_or_a_heading_without_a_count_is_no_readers_box(line):
    assert furniture_readers_box(line) is None


@pytest.mark.parametrize("line", ["23 comments | Jump to comments", "Comments (4) | Leave a comment"])
def test_a_row_of_comment_links_under_the_headline_is_furniture_and_the_article_goes_on(line):
    assert furniture_comment_row(line) == "comments"
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("line", ["23 comments were left | the board read them", "Comments | the mayor's answers"])
def test_a_row_with_more_than_comment_links_is_no_comment_row(line):
    assert furniture_comment_row(line) is None


@pytest.mark.parametrize("line", ["Comments are open – join the discussion", "Comments are now open"])
def test_a_note_that_comments_are_open_closes_the_article(line):
    assert furniture_comment_prompt(line) == "comments"
    assert ferry_body(line).rstrip().endswith("a spokeswoman said.")


def test_a_sentence_saying_comments_are_open_is_no_prompt():
    assert furniture_comment_prompt("Comments are open to the public until Friday, the board said.") is None
