"""Debris at the body's edges and between its paragraphs (``kadhimi_ds.extract.edges``):
dateline lines without a dash, captions closed by "Photo: ...", video captions led by a running
time, teasers led by "Up next:", "Most watched" lists, tag lines, end markers; and styles no
held-out article shows yet (standfirst, dateline-led first paragraph, short last paragraph,
contributor paragraph, app prompts, copyright, update notes, "Loading...", cookie banners,
live-blog timestamps). All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_body, ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    # a dateline alone on its line without a closing dash
    "NORTHPORT, Westland", "HARBOURTON", "Northport, Westland", "NORTHPORT, WESTLAND",
    # a place with its agency after a dash, alone on its line
    "Northport - WNA", "NORTHPORT — Reuters", "Northport / AFP",
    # a caption closed by a "Photo:" credit after its full stop
    "The harbour master (left) greets the ferry captain in Northport, May 2023. Photo: Westland Ports Authority",
    "A ferry waits at the quay in Northport. Image: Coastal Board",
    # a video caption led by its running time
    "01:15 | Footage shows smoke rising from the ferry in the strait on Thursday (Channel 4 Westland)",
    "3:02 · Video: passengers describe the evacuation",
    # a teaser led by "Up next:" / "Coming up:" / "Watch next:"
    "Up next: Island mayors demand a new ferry contract",
    "Coming up: The fishing fleet stays in port",
    # lines of tags or topics
    "Tags: ferry, Northport, strait, fire", "Topics: Shipping, Westland",
    # styles no held-out article shows yet
    "Follow us on Twitter and Facebook", "Download our app for breaking news alerts",
    "Copyright 2021 Coastal News Network", "Listen to this article", "Listen to this article · 4 min",
    "Loading...", "Loading…", "Image: Coastal Board", "Credit: Sami Nour/Coastal News",
    "Image credit: Coastal Board",
    "We use cookies to improve your experience on our site.",
    "Accept all cookies", "Comments (12)",
    # credit and stamp lines of other house styles
    "Sami Nour, Middle East correspondent", "Sami Nour/Coastal News", "— Sami Nour", "By WNA - Nov 7, 2021",
    "7 November 2021 · 3 min read",
    "A ferry burns in the strait on Thursday (Photo: Sami Nour)", "A ferry burns in the strait on Thursday. Getty Images",
    "Follow Coastal News on Twitter and Instagram.", "Follow us on Facebook, Twitter and Instagram to stay up to date.",
    "Download the Coastal News app for the latest updates.",
    # a place and an outlet named by its last word; a date and its place; "by:" with names in capitals
    "Northport – Coastal Daily Post", "NORTHPORT - Westland News Agency",
    "Tuesday, 9 March 2024 - Northport", "March 9, 2024 | NORTHPORT", "9 March 2024 – Northport",
    "by: SAMI NOUR and LEA BRANDT, Coastal News", "By: Sami Nour", "by: Sami al-Nour, Westland Press",
])
def test_a_debris_line_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("heading", ["Most watched", "Most shared", "Trending now", "Most popular"])
def test_a_list_of_headlines_under_a_popularity_heading_is_furniture(heading):
    text = (f"{HEAD}\n\n{LEAD}\n\n{MID}\n\n{END}\n\n{heading}\nIsland mayors demand a new ferry contract\n"
            "Fishing fleet stays in port as storm nears\n")
    body, furniture, _ = find_body(text)
    assert body.text.endswith("a spokeswoman said.")


@pytest.mark.parametrize("tail", [
    "Most popular\n\n1. Island mayors demand a new ferry contract\n\n2. Fishing fleet stays in port as storm nears",
    "More from Coastal News:\n\nIsland mayors demand a new ferry contract",
    "More on this topic\n\nIsland mayors demand a new ferry contract\n\nFishing fleet stays in port as storm nears",
    "Island Mayors Demand a New Ferry Contract",
])
def test_other_stories_after_the_last_paragraph_are_not_body(tail):
    assert ferry_body(tail).endswith("a spokeswoman said.")


@pytest.mark.parametrize("closing", [
    "The Associated Press contributed to this report.",
    "The Associated Press contributed reporting.",
    "Reuters contributed to this report.",
    "Associated Press writer Sami Nour in Northport contributed to this report.",
    "This story has been updated.",
    "This story has been updated with comments from the shipping board.",
    "Copyright 2021 The Associated Press. All rights reserved.",
    "Follow us on Twitter @coastalnews",
    "Download our app",
])
def test_notes_after_the_last_paragraph_are_not_body(closing):
    assert ferry_body(closing).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Northport, the largest port in Westland, handles most of the island traffic.",
    "Up next for the board is a review of the older vessels, officials said.",
    "Tags on the cargo showed it had come from the south.",
    "Loading of the cargo stopped at noon.",
    "The end of the season came early for the fishing fleet this year.",
    "Follow-up inspections are planned for next week, the board said.",
    "Coming up with a new timetable will take weeks, the board said.",
    "Northport – a port that never sleeps",
    "By: the board's own count, nine ferries are idle.",
    "Tuesday, 9 March 2024 - Northport voted to close the quay.",
])
def test_article_lines_like_debris_stay_body(line):
    assert furniture_of(line) == []


def test_a_standfirst_under_the_headline_stays_body():
    text = (f"{HEAD}\n\nThe board blames the older vessels, and islanders are paying for it\n\n{LEAD}\n\n{MID}\n\n{END}\n")
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Ferry service") and not furniture


@pytest.mark.parametrize("last", ["No one was hurt.", "The board declined to comment.", "Crossings resume on Monday."])
def test_a_short_one_sentence_last_paragraph_stays_body(last):
    assert ferry_body(last).endswith(last)


def test_a_short_last_paragraph_before_a_credit_stays_body():
    text = f"{HEAD}\n\n{LEAD}\n\n{MID}\n\n{END}\n\nThe board declined to comment.\n\nThe Associated Press contributed to this report.\n"
    body, _, _ = find_body(text)
    assert body.text.endswith("The board declined to comment.")


def test_live_blog_timestamps_are_furniture_and_entries_body():
    text = (f"{HEAD}\n\n{LEAD}\n\n10:42\n\nThe coast guard said two crew members were treated for smoke inhalation.\n\n"
            f"09:15 GMT\n\nThe first reports of smoke came from passengers on the upper deck.\n\n{MID}\n\n{END}\n")
    body, furniture, paragraphs = find_body(text)
    texts = [f.text for f in furniture]
    assert "10:42" in texts and "09:15 GMT" in texts
    assert body.text.endswith("a spokeswoman said.")
    assert any(text[s:e].startswith("The coast guard said two") for s, e in paragraphs)


@pytest.mark.parametrize("line", [
    "Still ahead: Fishermen count the cost of the strike. Stay with us.",
    "Share this post on Twitter. Share this post on Facebook.",
    "Enditem", "End item",
])
def test_broadcast_teasers_share_rows_and_wire_end_markers_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "THE HARBOUR REVIEW — Politics · Trade · Analysis", "Home  World  Shipping  Sport  Weather", "News • Westland • Ports",
])
def test_a_navigation_row_above_the_headline_is_outside_the_body(line):
    body, _, _ = find_body("\n".join([line, HEAD, LEAD, MID, END]) + "\n")
    assert body.text.startswith(HEAD)


@pytest.mark.parametrize("line", [
    "Northport — a harbour in decline", "Ferries, fares and fuel: what changes",
    "Why the board waited  and what it knew",
])
def test_sub_headings_with_a_dash_or_wide_spaces_are_no_navigation_rows(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("after", [
    ("This interview has been edited for length and clarity.",),
    ("Sami Nour in Northport contributed to this report.",
     "Correction: An earlier version of this story misstated the ferry’s age. It is 31 years old."),
    ("Lea al-Brandt is a Northport-born maritime analyst and former harbour pilot.",),
    ("Notes", "[1] Shipping board statement, March 7, 2024.", "[2] Interview with the harbour master, Northport."),
])
def test_notes_after_the_last_paragraph_are_outside_the_body(after):
    assert ferry_body(*after).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Staff Writer", "Our correspondent", "Westland correspondent", "Northport bureau", "Senior reporter",
    "From our correspondent",
    "Host: Sami Nour", "Guests: Lea Brandt and Omar al-Said", "Northport (WNA)", "EASTPORT, Westland (AFP)",
    "2024-03-07T09:41:00Z", "2024-03-07 09:41+03:00",
    "The mayor greets the crew on the quay | Photo: Port Office",
])
def test_roles_casts_bracketed_datelines_and_piped_credits_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "The correspondent was on board when the fire started.",
    "HOST: Good morning, and welcome back.",
    "Northport (population 40,000) depends on the ferry.",
    "The mayor met the crew | a meeting that lasted an hour.",
    # a section heading naming the staff after a preposition
    "FROM OUR REPORTERS", "From our correspondents", "With our reporters",
])
def test_sentences_with_roles_places_and_bars_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["A A A", "A- A A+", "From the section Middle East", "Category: World, Westland"])
def test_text_size_buttons_and_section_labels_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Correction: Nov. 10, 2021", "Clarification: 9 March 2024", "Update — 09/03/2024"])
def test_a_note_label_over_its_date_alone_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", ["Correction: the board met on March 9, 2024.", "Update: March 9, 2024 brought new rules."])
def test_a_note_label_before_a_sentence_is_no_stamp(line):
    assert furniture_of(line) == []
