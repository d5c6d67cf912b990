"""Layers 1 to 4 over all the tables: reference tables whole, the others in batches and in
threads, leaving digests for the checks across rows."""
from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from ..contract import SPAN_TABLES, TABLES, primary_key
from .derived import check_ids, check_mentions, check_source_label, check_summary_link, check_word_edges
from .meaning import (NAMED_ACTORS, SUMMARY_INPUTS, check_claim_codes, check_claim_words, check_dates,
                      check_event_after_article, check_population_text, check_quote_codes, check_repeated_claims,
                      check_summary_batch, check_summary_complete, check_utterance_speakers, named_actors,
                      report_unmentioned_actors, unmentioned_actors)
from .provenance import SeedContext, check_spans, seed_context, seed_parts
from .read import read_batches, read_table, table_size
from .relations import (DERIVED_FROM, check_first_mentions, check_foreign_keys, check_furniture_counts,
                        check_key_hashes, first_mentions, report_duplicate_keys)
from .report import Report
from .timing import stage
from .schema import check_schema, typed_frame


REFERENCE_TABLES = ("sources", "furniture", "actors", "events")
"""Read whole and kept: every foreign key points into them. The other tables are read in
batches and only digests of them are kept."""


MENTIONS_OF = {mentions: (name, key) for name, (mentions, key) in DERIVED_FROM.items()}


@dataclass
class Digest:
    """What is kept of a table read in batches, for the checks across its rows."""

    rows: int = 0
    key_hashes: list[pl.Series] = field(default_factory=list)
    firsts: list[pl.DataFrame] = field(default_factory=list)
    claims: list[pl.DataFrame] = field(default_factory=list)
    summary_ids: list[pl.Series] = field(default_factory=list)
    utterances: list[pl.DataFrame] = field(default_factory=list)
    """Distinct (utterance_id, speaker_id) pairs of quotes, as categoricals."""
    named: list[pl.DataFrame] = field(default_factory=list)
    """(source_id, actor_id) pairs as categoricals: named by quotes and claims, or mentioned
    (mentions)."""

    def add(self, name: str, typed: pl.DataFrame) -> None:
        self.rows += typed.height
        key = primary_key(name)[0]
        if key in typed.columns:
            self.key_hashes.append(typed.get_column(key).drop_nulls().hash(seed=0))
        if name in MENTIONS_OF and (firsts := first_mentions(typed, MENTIONS_OF[name][1])) is not None:
            self.firsts.append(firsts)
        if name == "claims" and set(SUMMARY_INPUTS) <= set(typed.columns):
            self.claims.append(typed.select(SUMMARY_INPUTS).with_columns(
                pl.col(pl.String).cast(pl.Categorical), pl.col("start", "end").cast(pl.Int32, strict=False)))
        if name == "claim_summary" and "summary_id" in typed.columns:
            self.summary_ids.append(typed.get_column("summary_id"))
        if name == "quotes" and {"utterance_id", "speaker_id"} <= set(typed.columns):
            self.utterances.append(typed.select("utterance_id", "speaker_id").unique().cast(pl.Categorical))
        if name == "mentions" and {"source_id", "actor_id"} <= set(typed.columns):
            self.named.append(typed.select("source_id", "actor_id").unique().cast(pl.Categorical))
        elif (named := named_actors(name, typed)) is not None:
            self.named.append(named.cast(pl.Categorical))


def check_tables(root: Path, contents: dict[str, bytes | Path], report: Report, today: dt.date | None = None) -> None:
    """Layers 1 to 4 on the tables (CSV bytes or files); seeds are read relative to ``root``.

    The reference tables are read whole. Every other table is read in batches (one batch
    when it is small), two tables at a time in threads: each batch gets the row-level
    checks (schema, foreign keys, spans, dates, claim words) and leaves a digest behind
    (key hashes, first mentions, the claim columns the summary is derived from). Seeds
    are held a part at a time (seed_budget()); spans of the later parts are checked in a
    pass over the span columns alone. claim_summary comes last, batch by batch against
    the claims digest. Memory is thus bounded by the batches, one part of the seeds and
    the digests, however large the tables grow."""
    refs: dict[str, pl.DataFrame] = {}
    for name in REFERENCE_TABLES:
        with stage("read"):
            raw = read_table(report, name, contents[name]) if name in contents else None
        if raw is not None:
            with stage("schema"):
                refs[name] = check_schema(name, raw, report)
    parts = seed_parts(root, refs["sources"]) if "sources" in refs else 1
    with stage("seeds"):
        context = seed_context(root, refs, report, 0, parts)
    dates = check_dates(refs, report, today or dt.date.today())
    counts = {name: df.height for name, df in refs.items()}
    for name, df in refs.items():
        if (key := primary_key(name)[0]) in df.columns:
            report_duplicate_keys(name, df.get_column(key), report)
        with stage("foreign keys"):
            check_foreign_keys(name, df, refs, report)
        with stage("ids"):
            check_ids(name, df, report)
        if context is not None:
            with stage("spans"):
                check_spans(name, df, context, report)
    if "sources" in refs:
        check_source_label(refs["sources"], report)
        if "furniture" in refs:
            check_furniture_counts(refs["sources"], refs["furniture"], report)
    parallel = [name for name in TABLES if name in contents and name not in (*REFERENCE_TABLES, "claim_summary")]
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {name: pool.submit(check_streamed, name, contents[name], refs, context, dates, None)
                for name in sorted(parallel, key=lambda name: -table_size(contents[name]))}  # largest first
        results = [(name, jobs[name].result()) for name in parallel]
    del context  # the seeds of part 0 are checked: let them go
    claims = None
    for name, (table_report, digest) in results:
        report.merge(table_report)
        if digest is not None:
            counts[name] = digest.rows
            if name == "claims" and digest.claims:
                claims = pl.concat(digest.claims, rechunk=False)
                check_repeated_claims(claims, report)
    digests = {name: digest for name, (_, digest) in results if digest is not None}
    del results
    check_named_actors(contents, digests, report)
    for part in range(1, parts):
        check_spans_again(root, contents, refs, [name for name in parallel if name in counts], part, parts, report)
    if "claim_summary" in contents:
        table_report, digest = check_streamed("claim_summary", contents["claim_summary"], refs, None, dates, claims)
        report.merge(table_report)
        if digest is not None:
            counts["claim_summary"] = digest.rows
    report.tables = {name: counts[name] for name in TABLES if name in counts}


def check_named_actors(contents: dict[str, bytes | Path], digests: dict[str, Digest], report: Report) -> None:
    """A speaker, claimant or relay is mentioned in its article (CODEBOOK.md V7). The digests
    hold the distinct pairs; the rows are looked up again only when a pair is missing."""
    named = [pair for name in NAMED_ACTORS if name in digests for pair in digests[name].named]
    if "mentions" not in digests or not named:
        return
    missing = unmentioned_actors(pl.concat(named), pl.concat(digests["mentions"].named)).cast(pl.String)
    if missing.is_empty():
        return
    for name in NAMED_ACTORS:
        if name in digests:
            for _, raw in read_batches(Report(), name, contents[name]):
                if raw is None:
                    break
                report_unmentioned_actors(name, typed_frame(name, raw, Report()), missing, report)


def check_spans_again(root: Path, contents: dict[str, bytes | Path], refs: dict[str, pl.DataFrame],
                      streamed: list[str], part: int, parts: int, report: Report) -> None:
    """The checks that need the seeds (spans, word edges, population_text) for the sources of
    one part after the first: its seeds are read, and the span columns of the tables read in
    batches are read again."""
    context = seed_context(root, refs, report, part, parts)
    if context is None:
        return
    for name, df in refs.items():
        check_spans(name, df, context, report)
    for name in streamed:
        if name not in SPAN_TABLES:
            continue
        cols = [primary_key(name)[0], "source_id", "start", "end", "text"] + (["population_text"] if name == "claims" else [])
        for _, raw in read_batches(Report(), name, contents[name], cols):  # its failures are reported
            if raw is None or not set(cols) <= set(raw.columns):
                break
            typed = typed_frame(name, context.rows(raw), Report())
            check_spans(name, typed, context, report)
            if name == "mentions":
                check_word_edges(typed, context, report)
            if name == "claims":
                check_population_text(typed, context, report)


def check_streamed(name: str, source: bytes | Path, refs: dict[str, pl.DataFrame], context: SeedContext | None,
                   dates: tuple[pl.DataFrame, pl.DataFrame] | None,
                   claims: pl.DataFrame | None) -> tuple[Report, Digest | None]:
    """Check one table read in batches, in a report of its own so that tables can be
    checked in parallel threads: the row-level checks, then those across its rows.
    Returns the report and the table's digest (None when the CSV cannot be parsed)."""
    report = Report()
    digest = check_batches(name, source, refs, context, dates, claims, report)
    if digest is not None:
        return report, finish_streamed(name, source, refs, claims, digest, report)
    return report, digest


def finish_streamed(name: str, source: bytes | Path, refs: dict[str, pl.DataFrame], claims: pl.DataFrame | None,
                    digest: Digest, report: Report) -> Digest:
    """The checks across the rows of a table read in batches, from its digest."""
    with stage("across rows"):
        check_key_hashes(name, source, digest.key_hashes, report)
        if name in MENTIONS_OF and digest.firsts and MENTIONS_OF[name][0] in refs:
            target, key = MENTIONS_OF[name]
            check_first_mentions(target, refs[target], first_mentions(pl.concat(digest.firsts), key), report)
        if name == "claim_summary" and claims is not None and digest.summary_ids:
            check_summary_complete(claims, digest.summary_ids, report)
        if digest.utterances:
            check_utterance_speakers(pl.concat(digest.utterances).unique().cast(pl.String), report)
        digest.key_hashes, digest.firsts, digest.summary_ids, digest.utterances = [], [], [], []
    return digest


def check_batches(name: str, source: bytes | Path, refs: dict[str, pl.DataFrame], context: SeedContext | None,
                  dates: tuple[pl.DataFrame, pl.DataFrame] | None, claims: pl.DataFrame | None,
                  report: Report) -> Digest | None:
    """The row-level checks of one table, batch by batch; its digest, or None when the
    CSV cannot be parsed to the end."""
    digest = Digest()
    batches = read_batches(report, name, source)
    while True:
        with stage("read"):
            offset, raw = next(batches, (0, False))
        if raw is False:
            break
        if raw is None:
            return None
        with stage("schema"):
            typed = check_schema(name, raw, report, offset)
        del raw
        with stage("foreign keys"):
            check_foreign_keys(name, typed, refs, report)
        with stage("ids"):
            check_ids(name, typed, report)
        if context is not None:
            with stage("spans"):
                check_spans(name, typed, context, report)
        if name == "mentions":
            with stage("mentions"):
                check_mentions(typed, refs.get("actors"), context, report)
        if dates is not None and name in ("quotes", "claims", "event_mentions"):
            with stage("dates"):
                check_event_after_article(name, typed, dates, report)
        if name == "claims" and {"claim_id", "text", "value", "qualifier"} <= set(typed.columns):
            with stage("claim words"):
                check_claim_words(typed, report)
            with stage("summary link"):
                check_summary_link(typed, report)
            with stage("codebook"):
                check_claim_codes(typed, report)
                if context is not None:
                    check_population_text(typed, context, report)
        if name == "quotes":
            with stage("codebook"):
                check_quote_codes(typed, report)
        if name == "claim_summary" and claims is not None and "summary_id" in typed.columns:
            with stage("claim summary"):
                check_summary_batch(claims, typed, report)
        with stage("digest"):
            digest.add(name, typed)
    return digest
