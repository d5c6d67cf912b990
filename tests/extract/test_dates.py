"""Date hints (``kadhimi_ds.extract.dates``) and their resolution against the article's date."""
from __future__ import annotations

import datetime as dt

from helpers import number, quantities, run

def test_dates_resolve_against_the_article_date():
    text = ("On Friday the docks closed. Yesterday the cranes stopped; last month the union warned, "
            "and two years ago the port flooded. The vote on October 10 and the strike of 3 March 2023 "
            "were recalled, as was the ban in May 2020.")
    got = {d.text: (d.date, d.precision) for d in run(text).dates}
    assert got["On Friday"] == (dt.date(2024, 3, 8), "day")
    assert got["Yesterday"] == (dt.date(2024, 3, 7), "day")
    assert got["last month"] == (dt.date(2024, 2, 1), "month")
    assert got["two years ago"] == (dt.date(2022, 1, 1), "year")
    assert got["October 10"] == (dt.date(2023, 10, 10), "day")
    assert got["3 March 2023"] == (dt.date(2023, 3, 3), "day")
    assert got["in May 2020"] == (dt.date(2020, 5, 1), "month")


def test_relative_dates_stay_unresolved_without_an_article_date():
    got = {d.text: d.date for d in run("On Friday the docks closed in 2019 fashion.", published=None).dates}
    assert got["On Friday"] is None and got["in 2019"] == dt.date(2019, 1, 1)


def test_may_the_verb_is_not_a_date():
    assert run("The port may reopen, officials said.").dates == []


def test_time_periods_span_what_the_words_name():
    from kadhimi_ds.extract.dates import time_periods, whole_time

    day = dt.date(2024, 3, 8)
    spans = lambda words: [(words[a:b], first.isoformat(), last.isoformat()) for a, b, first, last in time_periods(words, day)]  # noqa: E731
    assert spans("In 2019 the port shut.") == [("In 2019", "2019-01-01", "2019-12-31")]
    assert spans("in June") == [("in June", "2023-06-01", "2023-06-30")]
    assert spans("the 2019 vote") == [("2019", "2019-01-01", "2019-12-31")]  # a year as a modifier
    assert spans("since 2022") == [("since 2022", "2022-01-01", "2024-03-08")]
    assert spans("since June, when a drone hit the quay") == [("since June", "2023-06-01", "2023-06-30")]  # the "when" is in June
    assert spans("last night") == [("last night", "2024-03-07", "2024-03-08")]
    assert spans("two days earlier") == []  # E9: "days earlier" names no day
    assert whole_time("Last month", day) and not whole_time("in a separate attack", day)


def test_a_month_in_capitals_labels_a_timeline_entry():
    text = ("Port timeline\n\nMAR 5 - Several hundred protesters march on the harbour office. Two of them are hurt.\n\n"
            "MAR 6 - Mourners carry the coffin of a crane driver.")
    assert number(run(text), "5").reason == "date"
    assert quantities(text) == [("injured", 2), ("participants", 300)]
