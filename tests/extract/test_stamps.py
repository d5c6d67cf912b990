"""Stamp lines made only of dates, times, zones, reading times and view counts, and key-event links
led by their age (``kadhimi_ds.extract.stamps``); lines with a word no stamp has stay body. All
lines written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kadhimi_ds.extract.stamps import furniture_event_age, furniture_stamp_line, furniture_stamp_row

from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    "Updated 08/03/2024 - 09:15 (GMT+2)",
    "Posted: Mar 8, 2024 / 8:02 AM EST / Updated: Mar 8, 2024 / 11:40 AM EST",
    "Fri 8 Mar 2024 09.20 GMT First published on Fri 8 Mar 2024 06.05 GMT",
    "Friday, 8 March 2024, 9:02 am·4-min read",
    "8 March 2024 | 12:40 | 5 min read",
    "2024-03-08 14:05 UTC+03:00",
    "👁 1,204 views", "3.2k views", "Views: 1,204",
    # key-event links led by their age
    "3h ago Crew safe after ferry fire, board says",
    "45m ago ‘We saw the smoke first’: fisherman speaks",
    "2 hours ago Mayor calls for inquiry",
])
def test_stamp_lines_and_event_links_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    # timeline headings and numbered sub-headings
    "March 2024", "2019", "5. Reactions",
    # sentences and lines with a word that no stamp has
    "On Friday at 9 am the crossings resumed.",
    "Two hours ago, the mayor said the ferry would be towed to Northport.",
    "Updated figures show 14 passengers were treated in hospital.",
    "Published on March 8, the report blamed the engine.",
    "By 10:30 GMT the fire was out.",
])
def test_lines_with_words_no_stamp_has_stay_body(line):
    assert furniture_of(line) == []


_WORDS = st.sampled_from(["ferry", "captain", "burned", "harbour", "towed", "crew", "said", "officials"])
_STAMP = st.sampled_from(["Mar 8, 2024", "09:15", "GMT", "Updated", "·", "4 min read", "Friday", "/"])


@given(st.lists(_STAMP, min_size=1, max_size=6), _WORDS, st.integers(0, 6))
def test_a_line_holding_any_ordinary_word_is_no_stamp(parts, word, at):
    parts.insert(min(at, len(parts)), word)
    assert furniture_stamp_line(" ".join(parts)) is None


@pytest.mark.parametrize("line", [
    "Updated: March 8, 2024, 10:20 IST", "Posted 8 March 2024 14:05 EAT", "Updated 8 Mar 2024 11:40 WIB",
    "Fri, 8 Mar 2024 09:15 AEDT", "08/03/2024 7:02 AM JST", "Published: 8 March 2024, 3:15 PM PKT",
    "Last updated: 8 March 2024 10:02 SAST", "8 March 2024, 18:40 NZDT", "Mar 8, 2024 | 09:40 HKT",
    # a desk's or outlet's name in a row with a stamp in any newsroom's zone
    "Coastal World Desk | Updated: March 8, 2024, 10:20 IST", "Web Desk | Published: 08 Mar 2024, 3:15 PM PKT",
    "Staff Reporter | Updated: Mar 8, 2024 7:02 AM JST", "Northport Bureau · 8 March 2024 · 14:05 EAT",
    "Web Desk - Updated Mar 8, 2024 10:20 PKT", "Coastal World Desk, Updated: March 8, 2024, 10:20 IST",
    "Coastal Desk / Published: 08 Mar 2024, 3:15 PM AST", "By Staff Reporter, Last updated March 8, 2024 10:20 EAT",
    # a time given in a city's time
    "Updated 8 March 2024 16:52 Eastport time", "Published: 8 Mar 2024, 9:05 am Port Louis time",
    "Last updated: 12:10 Northport time, Sunday 7 March 2024",
])
def test_stamps_in_any_newsrooms_time_zone_are_datelines(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    # a zone's letters in lower or title case are words ("West", "Cat", "Art")
    "West at 9:30 am", "Cat 5 at 10:15", "Art at 10:20",
    # sentences and headings with a zone's letters
    "The IST figures for March 8, 2024 were published at 10:20.",
    "By 10:20 IST on Friday the ferry was back in port.",
    "Crossings resume at 09:00 WIB, the board said.",
    "The Harbour Board, updated on March 8, 2024 at 10:20, said the ferry was safe.",
    "The ferry left at 16:52 Eastport time.", "Boarding closed at 9:05 am Eastport time, the board said",
    "The ferry left at 16:52 Eastport time, Sunday 7 March 2024.",
])
def test_zone_letters_in_words_and_sentences_make_no_stamp(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["Harbour Board Updated Its Figures on March 8, 2024 at 10:20 IST",
                                  "Coastal Desk - Updated guidance for crossings, March 8, 2024 10:20 PKT"])
def test_a_name_before_a_label_and_more_than_a_stamp_is_no_stamp_row(line):
    from kadhimi_ds.extract.stamps import furniture_stamp_row
    assert furniture_stamp_row(line) is None


@pytest.mark.parametrize("line", ["Comments (0)", "3 comments", "Two hours ago, the ferry sank."])
def test_comment_counts_and_sentences_are_no_stamps(line):
    assert furniture_stamp_line(line) is None and furniture_event_age(line) is None


@given(st.integers(1, 23), st.sampled_from(["h", "m", "d"]))
def test_a_headline_led_by_its_age_is_a_key_event_link(n, unit):
    assert furniture_event_age(f"{n}{unit} ago Board names the captain") == "related_link"


@pytest.mark.parametrize("line", ["Aired March 7, 2024 - 12:00 ET", "Broadcast on Thursday 7 March 2024 at 19:00"])
def test_a_broadcast_stamp_is_a_dateline(line):
    assert furniture_stamp_line(line) == "dateline"


def test_a_sentence_about_an_airing_is_no_stamp():
    assert furniture_stamp_line("The interview aired on March 7, 2024 at 19:00 on Coast TV.") is None


@pytest.mark.parametrize("line", ["Harbour Crane Collapses in Storm; Mayor Promises Inquiry. Aired 12-1p ET",
                                  "Ferry fire: crew rescued. Updated 10:32 GMT", "Harbour reopens after the storm. Published 7 March 2024"])
def test_a_title_closed_by_its_stamp_is_a_dateline(line):
    from kadhimi_ds.extract.stamps import furniture_stamped_title
    assert furniture_stamped_title(line) == "dateline"
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["The crane fell. Updated figures show three cranes were damaged in 2023.",
                                  "The interview was recorded on Friday. Aired on Sunday",
                                  "The mayor spoke first. The board answered. Updated 10:32 GMT",
                                  "Crane falls. Updated at 10:32 GMT, the board said the dock is closed."])
def test_sentences_before_a_stamp_word_stay_body(line):
    from kadhimi_ds.extract.stamps import furniture_stamped_title
    assert furniture_stamped_title(line) is None


@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from(["a", "p", "am", "pm"]))
def test_any_programme_slot_is_a_time(start, end, half):
    assert furniture_stamp_line(f"Aired {start}-{end}{half} ET") == "dateline"


@pytest.mark.parametrize("line", ["Güncelleme: 08.03.2024 - 11:02", "Mis à jour: 07.03.2024 09:41", "Aktualisiert: 07.03.2024, 9:41",
                                  "Sun 7 Mar 2024 6:12 PM [ Last Update: Sun 7 Mar 2024 6:12 PM ]"])
def test_a_stamp_under_a_label_in_any_language_is_a_dateline(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Sunday: 7 March 2024", "Deaths: 7 on 7 March 2024", "Timeline: March 2024"])
def test_a_labelled_date_without_a_clock_time_stays_body(line):
    from kadhimi_ds.extract.stamps import furniture_labelled_stamp
    assert furniture_labelled_stamp(line) is None


@pytest.mark.parametrize("line", ["Xinhua | Updated: 2024-03-07 18:42", "Coastal News · 7 March 2024 · 09:41",
                                  "Published date: 7 March 2024 12:40 UTC | Last update: 1 year 2 months ago"])
def test_an_outlet_and_its_stamps_in_one_row_are_a_dateline(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Harbour Board | the inquiry opened on 7 March 2024", "Northport | Eastport | Westport"])
def test_a_row_without_a_stamp_or_with_a_sentence_is_no_stamp_row(line):
    from kadhimi_ds.extract.stamps import furniture_stamp_row
    assert furniture_stamp_row(line) is None


# --- a story's number, bylines and issue numbers in a stamp row --------------------------------------

@pytest.mark.parametrize("line", [
    "News ID: 4120 - Sunday, March 7, 2024 - 15:40", "Story ID: 88213 | 07.03.2024 09:12", "Item No: 5521 - 8 March 2024, 10:05",
    "Written by Coastal Desk | Northport | Updated: March 8, 2024 9:42:15 am",
    "By Sami Nour | Northport | March 8, 2024 10:20",
    "Reported by Lea Brandt · 8 March 2024 · 09:41",
    "Monday 8 March 2024 · Issue No. 412", "Issue #87 | Thursday, 11 March 2024", "THE HARBOUR BRIEF | Issue #87 | Thursday, 11 March 2024",
    "Vol. 3, No. 12 | 8 March 2024",
])
def test_story_numbers_bylines_and_issues_in_stamp_rows_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "News ID: the board will publish the figures on March 7, 2024 at 15:40.",
    "Written by hand, the notice was posted on the quay on March 8, 2024.",
    "Issue No. 412 of the gazette, printed on 8 March 2024, listed the new fares.",
    "The issue is the fare | Northport | March 8, 2024",
])
def test_sentences_with_numbers_bylines_and_issues_stay_body(line):
    assert furniture_of(line) == []


# --- authors' names, episodes and running times in a stamp row ----------------------------------------

@pytest.mark.parametrize("line", [
    "Sami Nour and Lea Brandt   |08.03.2024 - Update : 08.03.2024",
    "Sami Nour, Lea Brandt and Omar Said | 8 March 2024 | 09:41",
    "The Harbour Hour · Episode 41 · March 8, 2024 · 22 min",
    "Dockside Radio | Ep. 7 | 8 March 2024 | 45 minutes",
])
def test_names_episodes_and_running_times_in_stamp_rows_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "Sami Nour and Lea Brandt met the mayor | 8 March 2024",
    "Episode 41 aired on 8 March 2024 | 22 min of it on the quay",
    "The crews worked for 22 min · the quay reopened on March 8, 2024",
    "Sami Nour and the harbour board | 8 March 2024",
])
def test_sentences_with_names_episodes_and_durations_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["All times stated are UK", "All times Northport (GMT+3). Alerts appear in the order they were sent.",
                                  "All times are GMT."])
def test_a_note_of_the_pages_time_zone_is_furniture(line):
    assert furniture_stamp_line(line) == "other"


@pytest.mark.parametrize("line", ["All times are hard for the port, the mayor said.", "All times Northport saw the fire were logged."])
def test_sentences_led_by_all_times_stay_body(line):
    assert furniture_stamp_line(line) is None
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["dpa | 08/03/2024 - 13:05 GMT", "Posted on March 8, 2024 by Sami | Port Notes | 4 Comments",
                                  "Posted on 8 March 2024 by sami_k | 12 comments"])
def test_agencies_authors_and_comment_counts_in_stamp_rows_are_furniture(line):
    assert furniture_stamp_row(line) == "dateline"
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", ["The quay reopened by noon | 4 Comments", "Sami Nour | 4 comments", "dpa | the quay reopened",
                                  "4 Comments | Port Notes"])
def test_rows_with_a_sentence_or_without_a_stamp_are_no_stamp_row(line):
    assert furniture_stamp_row(line) is None


@pytest.mark.parametrize("line", ["NORTHPORT, MARCH 08, 2024 22:41 IST", "EAST HARBOUR, 8 March 2024, 10:14 GMT"])
def test_a_stamp_led_by_a_place_in_capitals_is_a_dateline(line):
    assert furniture_stamp_line(line) == "dateline"


@pytest.mark.parametrize("line", ["NORTHPORT, March 8, 2024 (WNA) - The crane fell at 22:41 on Friday.",
                                  "NORTHPORT, the port said, 22:41 IST"])
def test_a_place_before_words_makes_no_stamp(line):
    assert furniture_stamp_line(line) is None
