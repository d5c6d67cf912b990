"""Date hints (``kadhimi_ds.extract.dates``) and their resolution against the article's date."""
from __future__ import annotations

import datetime as dt

from helpers import run

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
