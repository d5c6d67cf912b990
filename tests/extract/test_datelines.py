"""Datelines alone on their line (``kadhimi_ds.extract.datelines``): a place in capitals, with its region,
agency, day or outlet, a date in figures; a name and agency is a byline, a dateline or an outlet's slug opening a
paragraph stays body, and a sub-heading in capitals after two paragraphs or over bullets is no dateline. All lines
written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body
from kadhimi_ds.extract.datelines import furniture_place_line

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", ["Sami Nour, Reuters", "Laila Haddad, AFP"])
def test_a_name_and_agency_is_a_byline_not_a_dateline(line):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}\n"
    assert [f.kind for f in find_body(text)[1]] == ["credit_line"]


def test_a_dateline_led_one_line_first_paragraph_stays_body():
    text = (f"{HEAD}\n\nNORTHPORT (Reuters) - Westland halted all ferry crossings on Thursday after an engine fire.\n\n"
            f"{MID}\n\n{END}\n")
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Ferry service") and not furniture


@pytest.mark.parametrize("slug, rest", [
    ("Harbour News/", "The coastal board halted all crossings after the fire."),
    ("WNA/ ", "The coastal board halted all crossings after the fire."),
    ("Reuters/", "“We will reopen soon,” the board said of the crossings."),
    ("Northport Daily Herald /", "The coastal board halted all crossings after the fire."),
])
def test_an_outlets_slug_opening_a_paragraph_is_part_of_it_body(slug, rest):
    # F8 note of 2026-12-01: the slug is part of the paragraph it opens, as an opening dateline is
    line = slug.rstrip() + " " + rest
    text = "\n\n".join([HEAD, LEAD, line, MID, END]) + "\n"
    body, furniture, paragraphs = find_body(text)
    assert furniture == []
    start = text.index(line)
    assert (start, start + len(line)) in paragraphs


@pytest.mark.parametrize("line", [
    "Northport/ The coastal board halted all crossings after the fire.",
    "Ferries and/or barges were halted after the fire, the board said.",
    "TCP/IP links to the harbour office failed after the fire, the board said.",
])
def test_a_place_or_a_slash_inside_words_is_no_slug(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["2024-03-07 09:41", "07/03/2024 | 14:32", "7.3.2024, 9:05 am", "2024-03-07"])
def test_a_date_in_figures_alone_on_its_line_is_a_dateline(line):
    assert furniture_of(line) == [line]


def test_a_date_in_figures_in_a_sentence_is_body():
    assert furniture_of("The board’s notice of 2024-03-07 09:41 said all crossings were halted.") == []


def test_a_numeric_dateline_above_the_headline_is_outside_the_body():
    text = f"2024-03-07 09:41\n{HEAD}\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    body, _, _ = find_body(text)
    assert body.text.startswith("Ferry service")


SECOND = "Harbour officials said the crew of eleven had been taken ashore by two lifeboats before dawn."


@pytest.mark.parametrize("heading", ["THE ATTACK", "REACTION", "THE SUSPECTS", "WHAT COMES NEXT", "BACKGROUND", "THE TOLL",
                                     "WHO’S TO BLAME", "THE BACKDROP"])
def test_a_capitals_sub_heading_after_two_paragraphs_stays_body(heading):
    text = f"{HEAD}\n\n{LEAD}\n\n{SECOND}\n\n{heading}\n\n{MID}\n\n{END}\n"
    assert all(heading not in f.text for f in find_body(text)[1])


@pytest.mark.parametrize("heading", ["THE ATTACK", "REACTION", "KEY FACTS", "NORTHPORT"])
def test_a_capitals_heading_over_bullets_stays_body(heading):
    text = f"{HEAD}\n\n{LEAD}\n\n{heading}\n\n* {MID}\n\n* {END}\n"
    assert all(heading not in f.text for f in find_body(text)[1])


@pytest.mark.parametrize("dateline", ["HARBOURTON", "NORTHPORT", "THE HAGUE", "NEW HARBOUR", "AL-AMARAH"])
def test_a_capitals_dateline_under_the_headline_and_standfirst_is_furniture(dateline):
    standfirst = "The coastal board halted all crossings to the islands after a fire in the engine room of a ferry."
    text = f"{HEAD}\n\n{standfirst}\n\n{dateline}\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    assert dateline in [f.text for f in find_body(text)[1]]
    assert dateline in furniture_of(dateline)


def test_a_dateline_with_its_region_or_agency_after_paragraphs_stays_furniture():
    for dateline in ("NORTHPORT, Westland", "Northport - WNA"):
        text = f"{HEAD}\n\n{LEAD}\n\n{SECOND}\n\n{dateline}\n\n{MID}\n\n{END}\n"
        assert dateline in [f.text for f in find_body(text)[1]]


@pytest.mark.parametrize("line", ["NORTHPORT, 9 March", "NORTHPORT, Westland, 9 March", "EASTPORT, March 9, 2024",
                                  "Harbour Today TV – Northport", "Coastal News | Eastport"])
def test_a_place_with_its_day_or_its_outlet_alone_is_a_dateline(line):
    assert furniture_place_line(line) == "dateline"
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", ["NORTHPORT, 9 March – The board halted all crossings after the fire.",
                                  "Northport, 9 March, was the day the ferry burned.",
                                  "Harbour Today TV – the channel said the quay was shut"])
def test_a_dateline_opening_a_paragraph_or_a_sentence_stays_body(line):
    assert furniture_place_line(line) is None
