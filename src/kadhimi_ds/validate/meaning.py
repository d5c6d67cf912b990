"""Layer 4, meaning: claim values and qualifiers agree with their words, dates are plausible,
claim_summary equals what the claims give."""
from __future__ import annotations

import datetime as dt

import polars as pl

from ..contract import primary_key
from .report import Report


EARLIEST_DATE = dt.date(1900, 1, 1)


def check_claim_words(claims: pl.DataFrame, report: Report) -> None:
    """A claim's value is a number its words give; its qualifier matches its cue words.
    Plain cases (digits, a lone number word) are settled in polars; the rest are parsed
    in Python once per distinct text."""
    from ..numbers import number_values, qualifier_cue_expr, value_in_text_expr

    rows = claims.select("claim_id", "text", "value", "qualifier").filter(pl.col("text").is_not_null())
    rows = rows.with_columns(sure=value_in_text_expr(pl.col("text"), pl.col("value")),
                             cue=qualifier_cue_expr(pl.col("text")))
    unresolved = rows.filter(pl.col("value").is_not_null() & ~pl.col("sure").fill_null(False))
    parsed = unresolved.select("text").unique().with_columns(
        numbers=pl.col("text").map_elements(lambda t: sorted(number_values(t)), return_dtype=pl.List(pl.Int64)))
    bad_value = unresolved.join(parsed, on="text").filter(~pl.col("numbers").list.contains(pl.col("value")))
    for cid, value, numbers in bad_value.select("claim_id", "value", "numbers").iter_rows():
        report.add("meaning", "claims", cid, "value", "value-not-in-text", value, f"text gives {numbers}")
    unspecified = pl.col("qualifier") == "unspecified"
    mismatch = rows.filter(pl.col("value").is_null() != unspecified.fill_null(False))
    for cid, qualifier in mismatch.select("claim_id", "qualifier").iter_rows():
        report.add("meaning", "claims", cid, "qualifier", "unspecified-needs-null-value", qualifier)
    bad_cue = rows.filter(pl.col("value").is_not_null() & pl.col("qualifier").is_not_null() & ~unspecified
                          & (pl.col("qualifier") != pl.col("cue")))
    for cid, qualifier, cue in bad_cue.select("claim_id", "qualifier", "cue").iter_rows():
        report.add("meaning", "claims", cid, "qualifier", "qualifier-disagrees-with-cue", qualifier, f"the words imply {cue}")


def check_dates(refs: dict[str, pl.DataFrame], report: Report,
                today: dt.date) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    """Dates lie in a plausible window. Returns the event dates and publication dates
    :func:`check_event_after_article` needs (None without events)."""
    sources, events = refs.get("sources"), refs.get("events")
    published = pl.DataFrame(schema={"source_id": pl.String, "published": pl.Date})
    if sources is not None and {"source_id", "published"} <= set(sources.columns):
        published = sources.select("source_id", "published").drop_nulls()
        bad = published.filter((pl.col("published") < EARLIEST_DATE) | (pl.col("published") > today))
        for sid, date in bad.iter_rows():
            report.add("meaning", "sources", sid, "published", "implausible-date", date)
    if events is None or not {"event_id", "date"} <= set(events.columns):
        return None
    latest = published.get_column("published").max() or today
    dates = events.select("event_id", pl.col("date").alias("event_date")).drop_nulls()
    bad = dates.filter((pl.col("event_date") < EARLIEST_DATE) | (pl.col("event_date") > latest))
    for eid, date in bad.iter_rows():
        report.add("meaning", "events", eid, "date", "implausible-date", date, "after every article or before 1900")
    return dates, published


def check_event_after_article(name: str, df: pl.DataFrame, dates: tuple[pl.DataFrame, pl.DataFrame],
                              report: Report) -> None:
    """No row links an event dated after the article it comes from."""
    key = primary_key(name)[0]
    if not {key, "source_id", "event_id"} <= set(df.columns):
        return
    events, published = dates
    late = (df.select(key, "source_id", "event_id").join(events, on="event_id").join(published, on="source_id")
            .filter(pl.col("event_date") > pl.col("published")))
    for rid, eid, ev, pub in late.select(key, "event_id", "event_date", "published").iter_rows():
        report.add("meaning", name, rid, "event_id", "event-after-article", eid, f"event dated {ev}, article {pub}")


SUMMARY_INPUTS = ("source_id", "start", "end", "event_id", "quantity", "population", "subject_id", "value", "qualifier")
"""The claim columns claim_summary is derived from."""


def check_summary(expected: pl.DataFrame, summary: pl.DataFrame, report: Report) -> None:
    """The rows of claim_summary (a table or a batch of it) hold what the claims give
    (``expected``); rows missing from the table are left to check_summary_complete."""
    key = "summary_id"
    for sid in summary.join(expected, on=key, how="anti").get_column(key).to_list():
        report.add("meaning", "claim_summary", sid, None, "summary-row-unexpected", sid)
    both = expected.join(summary, on=key, how="inner", suffix="__actual")
    for col in expected.columns:
        if col == key or f"{col}__actual" not in both.columns:
            continue
        differ = both.filter(pl.col(col).ne_missing(pl.col(f"{col}__actual")))
        for sid, want, got in differ.select(key, col, f"{col}__actual").iter_rows():
            report.add("meaning", "claim_summary", sid, col, "summary-disagrees-with-claims", got, f"claims give {want!r}")


def check_summary_batch(claims: pl.DataFrame, summary: pl.DataFrame, report: Report) -> None:
    """Check rows of claim_summary against the summary derived from the claims digest.
    A summary_id starts with its event's id and no summary row spans two events, so only
    the claims of the events named by the batch's ids are summarised: a slice of the
    claims when the table is sorted by summary_id, as built."""
    from ..build.assemble import claim_summary

    events = summary.get_column("summary_id").drop_nulls().str.split("/").list.first().unique()
    part = claims.filter(pl.col("event_id").is_in(events.implode()))
    check_summary(claim_summary(part.with_columns(pl.col(pl.Categorical).cast(pl.String))), summary, report)


def check_summary_complete(claims: pl.DataFrame, seen: list[pl.Series], report: Report) -> None:
    """Every summary row the claims give is in claim_summary."""
    from ..build.assemble import SUMMARY_KEY, summary_id

    expected = claims.select(SUMMARY_KEY).unique().with_columns(pl.col(pl.Categorical).cast(pl.String))
    expected = expected.select(summary_id().alias("summary_id"))
    present = pl.concat(seen).to_frame() if seen else pl.DataFrame(schema={"summary_id": pl.String})
    for sid in expected.join(present, on="summary_id", how="anti").sort("summary_id").get_column("summary_id").to_list():
        report.add("meaning", "claim_summary", sid, None, "summary-row-missing", sid)
