"""Bylines and credit lines of many house styles (``kadhimi_ds.extract.credit_lines``): names with places,
dates, roles, outlets or teams, credit roles ("Story by ... • Photos by ..."), a programme's cast and crew, and an
author's name alone by a dateline; sentences opening like a byline stay body. All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("stamp", ["March 9, 2024", "9 March 2024", "Updated: March 9, 2024"])
def test_a_name_alone_by_a_dateline_is_the_authors_credit(stamp):
    text = f"OPINION\n{HEAD}\n\nSami al-Nour\n{stamp}\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert "Sami al-Nour" not in body.text or any("Sami al-Nour" in f.text for f in furniture)


def test_a_name_alone_with_no_dateline_stays_body():
    text = f"{HEAD}\n\n{LEAD}\n\nSami al-Nour\n\n{MID}\n\n{END}\n"
    assert all("Sami al-Nour" not in f.text for f in find_body(text)[1])


def test_a_name_alone_a_blank_line_away_from_a_dateline_stays_body():
    text = f"{HEAD}\n\n{LEAD}\n\nSami al-Nour\n\nMarch 9, 2024\n\n{MID}\n\n{END}\n"
    assert all("Sami al-Nour" not in f.text for f in find_body(text)[1])


def test_a_placed_name_a_blank_line_under_a_dateline_is_the_authors_credit():
    text = f"{HEAD}\n\nMarch 9, 2024 - 05:30\n\nNorthport - Sami al-Nour\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert any("Northport - Sami al-Nour" in f.text for f in furniture)


@pytest.mark.parametrize("line", ["Northport - Sami al-Nour", "Northport - The ferry resumed on Monday, officials said."])
def test_a_placed_name_or_a_dateline_paragraph_with_no_dateline_stays_body(line):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}\n"
    assert all(line not in f.text for f in find_body(text)[1])


@pytest.mark.parametrize("line", [
    # a byline with a date after a bar or dash, in day-month-year digits
    "Lena Brandt   |09.03.2024", "Sami al-Nour - 09/03/2024 14:05", "By Lena Brandt | 2024-03-09",
    # a team or desk credit
    "By the Coastal News team", "By our correspondent", "By Harbour Post staff", "By the editorial board",
])
def test_bylines_with_numeric_dates_or_a_team_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "By Sami Nour with Lea Brandt in Northport", "BY SAMI NOUR", "by Sami Nour", "By Sami Nour in Westport and Lea Brandt in Eastport",
    "By Sami Nour, Lea Brandt and Omar al-Said", "By Sami Nour and Lea Brandt, Coastal News",
    "Story by Sami Nour • Photos by Lea Brandt", "Words by Sami Nour. Pictures by Lea Brandt", "Reporting by Sami Nour | Video by Lea Brandt",
])
def test_bylines_of_names_places_and_credit_roles_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "By Sunday evening, the board had closed the northern route.",
    "By then the crew had left the engine room.",
    "Killed by Harbour Front gunmen, the guard was buried on Friday.",
    "Hit by Storm Ciara and then by fire, the ferry never sailed again.",
])
def test_lines_opening_with_by_that_are_no_bylines_stay_body(line):
    assert furniture_of(line) == []


def test_a_byline_with_an_outlet_is_a_credit_not_a_dateline():
    from kadhimi_ds.extract.furniture import classify_line
    assert classify_line("By Farah Nasser, Coastal News")[1] == "credit_line"


@pytest.mark.parametrize("line", ["Hosted by Lina Haddad and Omar Tariq", "Produced by Sara Ali", "Music by Blue Harbour"])
def test_a_programmes_credits_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "By CN Staff and Agencies", "by: The Associated Press and Channel 4 Staff", "By: Reuters and Coastal News staff",
    "By Sami Nour (Northport, special correspondent)", "By Sami Nour (staff reporter) and Lea Brandt",
])
def test_a_desk_byline_and_a_byline_with_a_bracketed_role_are_credit_lines(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "By staff and agencies alike, the ferry was seen as doomed.",
    "By Sami Nour (Northport) the ferry was praised.",
    "By the end of the week, the reporters had left.",
])
def test_sentences_opening_like_a_byline_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", [
    "From CNB's Sami Nour and Lea Brandt", "From Harbour News’s Omar Said", "Interview by Lea Brandt",
    "By Staff Reporter, with inputs from agencies", "By the Shipping Desk team at the Northport Institute",
    "Compiled by our night desk with Reuters and AFP",
])
def test_outlet_bylines_and_desk_credits_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "From NPB's harbour master came the first warning of the fire.", "From Northport’s eastern dock to the islands",
    "Interview by interview, the board rebuilt its account of the fire.",
    "By the end of the day the crews had left the ferry.",
])
def test_lines_like_outlet_bylines_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", [
    "Producer: Lea Brandt. Reader: Omar Said.",
    "Host: Sami Nour | Sound: Omar Said",
    "By our correspondent in Northport",
    "By our harbour politics desk | 9 March 2024",
])
def test_a_programme_crew_and_a_desk_byline_are_credits(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "Reader: Why were the ferries not inspected sooner?",
    "Producer: the board never said who would pay for the repairs.",
    "By our correspondent in Northport, the crossings are full again.",
    "By our harbour politics desk | more stories",
])
def test_a_listener_question_or_a_sentence_after_a_credit_cue_stays_body(line):
    assert line not in furniture_of(line)
