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


POPULATIONS_OF = {
    "drones": {"drones_launched", "drones_downed", "drones_struck"},
    "explosions": {"explosions"},
    "parliament_seats": {"seats_won", "seats_previous", "seats_total", "seats_lost", "seats_change"},
    "pm_guards": {"injured", "killed"},
    "security_forces": {"injured", "killed"},
    "protesters": {"injured", "killed", "participants"},
    "people": {"injured", "killed", "participants"},
}
"""The quantities each coded population may be counted in (CODEBOOK.md C12, check V2)."""
PARLIAMENT = "iraqi-parliament"


def _report_rows(report: Report, table: str, rows: pl.DataFrame, column: str, rule: str, message: str) -> None:
    key = primary_key(table)[0]
    for rid, value in rows.select(key, column).iter_rows():
        report.add("meaning", table, rid, column, rule, value, message)


def check_claim_codes(claims: pl.DataFrame, report: Report) -> None:
    """The codebook's rules on one claim row (CODEBOOK.md V2, V3, V6); V5 needs the seeds
    (kadhimi_ds.commands.check)."""
    needed = {"claim_id", "quantity", "population", "subject_id", "claimed_by", "claimed_by_basis"}
    if not needed <= set(claims.columns):
        return
    df = claims.with_columns(pl.col("quantity", "population").cast(pl.String))
    pairs = pl.DataFrame([(p, q) for p, qs in POPULATIONS_OF.items() for q in sorted(qs)],
                         schema={"population": pl.String, "quantity": pl.String}, orient="row")
    bad = df.filter(pl.col("population").is_not_null() & pl.col("quantity").is_not_null()).join(
        pairs, on=["population", "quantity"], how="anti")
    _report_rows(report, "claims", bad, "population", "population-not-for-quantity",
                 "see CODEBOOK.md C12 for the quantities each population may count")
    seats = pl.col("quantity").str.starts_with("seats_")
    _report_rows(report, "claims", df.filter(seats & pl.col("subject_id").is_null()), "subject_id",
                 "seats-need-subject", "a seat count names whose seats (C11)")
    _report_rows(report, "claims", df.filter(~seats & pl.col("subject_id").is_not_null()), "subject_id",
                 "subject-only-for-seats", "subject_id is empty for every quantity but seats_* (C11)")
    _report_rows(report, "claims", df.filter((pl.col("quantity") == "seats_total")
                                             & pl.col("subject_id").ne_missing(pl.lit(PARLIAMENT))),
                 "subject_id", "seats-total-of-parliament", f"seats_total counts the seats of {PARLIAMENT} (C11)")
    basis = df.filter(pl.col("claimed_by").is_null() != pl.col("claimed_by_basis").is_null())
    _report_rows(report, "claims", basis, "claimed_by_basis", "basis-without-claimant",
                 "claimed_by_basis is set exactly when claimed_by is (C18)")


def check_population_text(claims: pl.DataFrame, context, report: Report) -> None:
    """A claim's population_text is words of the paragraph that holds its span (CODEBOOK.md
    C13, V5), for the claims whose seeds ``context`` (a provenance.SeedContext) holds. A
    span inside one line is checked against that line in polars; one that runs over a
    newline, against the lines it spans in Python."""
    if not {"claim_id", "source_id", "start", "end", "population_text"} <= set(claims.columns):
        return
    rows = (context.rows(claims).select("claim_id", "source_id", "start", "end", "population_text")
            .drop_nulls(["source_id", "start", "end"]).join(context.lengths, on="source_id", how="inner")
            .filter((pl.col("start") >= 0) & (pl.col("start") <= pl.col("end")) & (pl.col("end") <= pl.col("n"))))
    located = context.lines.locate(rows)
    words = pl.col("population_text")
    unfound = words.is_null() | (words == "") | ~pl.col("line").str.contains(words, literal=True)
    bad = located.filter(pl.col("within") & unfound).select("claim_id", "population_text").rows()
    across = located.filter(~pl.col("within"))
    seeds = context.lines.texts(across.get_column("source_id")) if not across.is_empty() else {}
    for cid, sid, start, end, text in across.select(
            "claim_id", "source_id", "start", "end", "population_text").iter_rows():
        seed = seeds[sid]
        stop = seed.find("\n", end)
        if not text or text not in seed[seed.rfind("\n", 0, start) + 1:len(seed) if stop < 0 else stop]:
            bad.append((cid, text))
    for cid, text in bad:
        report.add("meaning", "claims", cid, "population_text", "population-text-not-in-paragraph", text,
                   "the words naming what is counted come from the claim's paragraph (C13)")


def check_quote_codes(quotes: pl.DataFrame, report: Report) -> None:
    """A quote is unattributed exactly when it has no speaker (CODEBOOK.md V10)."""
    if not {"quote_id", "speaker_id", "attribution"} <= set(quotes.columns):
        return
    bad = quotes.filter((pl.col("attribution").cast(pl.String) == "unattributed") != pl.col("speaker_id").is_null())
    _report_rows(report, "quotes", bad, "attribution", "attribution-disagrees-with-speaker",
                 "unattributed exactly when speaker_id is empty (Q9)")


def check_utterance_speakers(pairs: pl.DataFrame, report: Report) -> None:
    """All quotes of one utterance have one speaker (CODEBOOK.md V8); ``pairs`` holds the
    distinct (utterance_id, speaker_id) of the quotes."""
    split = (pairs.group_by("utterance_id").agg(pl.col("speaker_id").sort(nulls_last=True))
             .filter(pl.col("speaker_id").list.len() > 1).sort("utterance_id"))
    for uid, speakers in split.iter_rows():
        report.add("meaning", "quotes", uid, "speaker_id", "utterance-with-two-speakers", "; ".join(map(str, speakers)),
                   "quotes sharing an utterance_id share its speaker (Q13)")


def check_utterance_claims(claims: pl.DataFrame, quotes: pl.DataFrame, report: Report) -> None:
    """Claims inside quotes of one utterance that count the same thing (event, population,
    value) agree in quantity (CODEBOOK.md V9): one statement quoted twice is coded once."""
    inside = (claims.select("claim_id", "source_id", "start", "end", "event_id", "population", "value", "quantity")
              .join(quotes.select("source_id", pl.col("start").alias("q_start"), pl.col("end").alias("q_end"),
                                  "utterance_id"), on="source_id")
              .filter((pl.col("q_start") <= pl.col("start")) & (pl.col("end") <= pl.col("q_end"))))
    key = ["utterance_id", "event_id", "population", "value"]
    split = (inside.with_columns(pl.col("quantity").cast(pl.String), pl.col("population").cast(pl.String))
             .filter(pl.col("quantity").n_unique().over(key) > 1).sort("claim_id"))
    for cid, quantity, uid in split.select("claim_id", "quantity", "utterance_id").iter_rows():
        report.add("meaning", "claims", cid, "quantity", "utterance-claims-disagree", quantity,
                   f"claims in quotes of utterance {uid} counting the same thing have one quantity (C7, V9)")


def check_repeated_claims(claims: pl.DataFrame, report: Report) -> None:
    """One statement is one claim per article (CODEBOOK.md C15, V11): no two claims of an
    article share event, quantity, population, subject, value, qualifier and claimant."""
    key = ["source_id", "event_id", "quantity", "population", "subject_id", "value", "qualifier", "claimed_by"]
    if not set(key) <= set(claims.columns):
        return
    repeated = (claims.sort("source_id", "start", "end").with_columns(n=pl.len().over(key), first=pl.col("start").first().over(key))
                .filter((pl.col("n") > 1) & (pl.col("start") != pl.col("first"))))
    for sid, start, end in repeated.select("source_id", "start", "end").iter_rows():
        report.add("meaning", "claims", f"{sid} [{start}, {end})", None, "repeated-claim", sid,
                   "a repeat of an earlier claim of this article: list it under ignores (C15)")


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


SUMMARY_INPUTS = ("source_id", "start", "end", "event_id", "quantity", "population", "subject_id", "value", "qualifier",
                  "claimed_by")
"""The claim columns claim_summary is derived from, and the claimant the repeat check needs."""


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


NAMED_ACTORS = {"quotes": (("speaker_id", None), ("reported_via", None)),
                "claims": (("claimed_by", "article"), ("reported_via", None))}
"""Table -> (column naming an actor, the claimed_by_basis it applies to or None for all)
that V7 checks against the article's mentions."""


def naming_rows(df: pl.DataFrame, column: str, basis: str | None) -> pl.DataFrame:
    """The rows whose ``column`` names an actor that V7 checks (claimants: basis ``basis``)."""
    named = pl.col(column).is_not_null()
    return df.filter(named & (pl.col("claimed_by_basis") == basis) if basis else named)


def named_actors(name: str, df: pl.DataFrame) -> pl.DataFrame | None:
    """The distinct (source_id, actor_id) a batch of quotes or claims names (V7)."""
    parts = [naming_rows(df, c, basis).select("source_id", pl.col(c).alias("actor_id"))
             for c, basis in NAMED_ACTORS.get(name, ())
             if {"source_id", c} <= set(df.columns) and (basis is None or "claimed_by_basis" in df.columns)]
    return pl.concat(parts).unique() if parts else None


def unmentioned_actors(named: pl.DataFrame, mentioned: pl.DataFrame) -> pl.DataFrame:
    """The (source_id, actor_id) pairs named as speaker, claimant or relay that have no
    mention in that article."""
    return named.unique().join(mentioned.unique(), on=["source_id", "actor_id"], how="anti")


def report_unmentioned_actors(name: str, df: pl.DataFrame, missing: pl.DataFrame, report: Report) -> None:
    """The rows of a batch of quotes or claims that name an actor of ``missing`` (V7)."""
    key = primary_key(name)[0]
    for column, basis in NAMED_ACTORS[name]:
        bad = naming_rows(df, column, basis).join(missing.rename({"actor_id": column}), on=["source_id", column], how="semi")
        for rid, actor, sid in bad.sort(key).select(key, column, "source_id").iter_rows():
            report.add("meaning", name, rid, column, "actor-not-mentioned", actor,
                       f"no mention of {actor} in {sid} (CODEBOOK.md V7)")
