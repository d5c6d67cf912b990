"""Checks from the published tables alone of what the build derives.

- each row id is the hash of its parts (as :func:`kadhimi_ds.build.assemble.row_id` makes it);
- an alias mention is an alias of its actor, and a mention starts and ends at word edges;
- a claim's ``summary_id`` names the claim_summary row its key gives (layer 2, relations):
  claim_summary is checked last and never held whole, so the link is checked on each batch
  of claims, and claim_summary holding a row for every such id is checked by the meaning
  layer (``summary-row-missing``), so together the foreign key resolves;
- a source's ``label`` is its publisher, else the first words of its title (layer 4, meaning).
"""
from __future__ import annotations

import hashlib
import operator

import polars as pl

from ..contract import LIST_SEPARATOR
from .provenance import SeedContext
from .report import Report

ID_PARTS = {
    "furniture": ("furniture_id", "f", ("source_id", "start", "end")),
    "mentions": ("mention_id", "m", ("source_id", "start", "end", "actor_id")),
    "event_mentions": ("mention_id", "em", ("source_id", "start", "end", "event_id")),
    "quotes": ("quote_id", "q", ("source_id", "start", "end")),
    "claims": ("claim_id", "c", ("source_id", "start", "end", "quantity")),
}
"""Table -> (id column, prefix, the columns hashed), as the build makes the ids."""


def check_ids(name: str, df: pl.DataFrame, report: Report) -> None:
    """Each id equals row_id(prefix, *parts) of its row: the parts are joined by polars and
    hashed by :func:`sha256_prefixes`."""
    if name not in ID_PARTS or not {ID_PARTS[name][0], *ID_PARTS[name][2]} <= set(df.columns):
        return
    key, prefix, parts = ID_PARTS[name]
    rows = df.select(key, *parts).drop_nulls()
    joined = rows.select(pl.concat_str([pl.col(p).cast(pl.String) for p in parts], separator="|")).to_series()
    bad = rows.select(key).with_columns(expected=pl.lit(f"{prefix}-") + sha256_prefixes(joined)).filter(
        pl.col(key) != pl.col("expected"))
    for rid, want in bad.iter_rows():
        report.add("relations", name, rid, key, "id-not-hash-of-row", rid, f"the row's parts hash to {want}")


DUCKDB_ROWS = 20_000
"""From this many rows, ids are hashed by duckdb when it is installed (the ``export`` extra)."""


def sha256_prefixes(texts: pl.Series) -> pl.Series:
    """The first 12 hex digits of the SHA-256 of each string's UTF-8 bytes. Polars has no
    SHA-256: a large batch goes to duckdb, which hashes in its own threads without holding
    Python's lock (five times faster on two cores); otherwise hashlib, by C-level ``map``s."""
    if texts.len() >= DUCKDB_ROWS:
        try:
            import duckdb
        except ImportError:
            pass
        else:
            frame = texts.alias("t").to_frame()
            with duckdb.default_connection().cursor() as con:  # a cursor per thread
                return con.sql("select substr(sha256(t), 1, 12) as h from frame").pl().to_series().alias("expected")
    digests = map(operator.methodcaller("hexdigest"), map(hashlib.sha256, texts.cast(pl.Binary)))
    return pl.Series("expected", list(digests), dtype=pl.String).str.slice(0, 12)


def check_mentions(df: pl.DataFrame, actors: pl.DataFrame | None, context: SeedContext | None,
                   report: Report) -> None:
    """An alias mention's text is an alias of its actor; every mention starts and ends at
    a word edge (no letter or digit joined to it in the seed)."""
    if not {"mention_id", "actor_id", "source_id", "start", "end", "text", "method"} <= set(df.columns):
        return
    if actors is not None and {"actor_id", "aliases"} <= set(actors.columns):
        aliases = actors.select("actor_id", pl.col("aliases").fill_null("").str.split(LIST_SEPARATOR).alias("text"))
        known = aliases.get_column("actor_id").drop_nulls().unique().implode()
        bad = (df.filter((pl.col("method") == "alias") & pl.col("actor_id").is_in(known))
               .select("mention_id", "actor_id", "text")
               .join(aliases.explode("text").unique(), on=["actor_id", "text"], how="anti", maintain_order="left"))
        for mid, actor, text in bad.iter_rows():
            report.add("meaning", "mentions", mid, "text", "mention-not-an-alias", text, f"not an alias of {actor}")
    if context is not None:
        check_word_edges(df, context, report)


def check_word_edges(df: pl.DataFrame, context: SeedContext, report: Report) -> None:
    """Mentions of the sources in ``context`` start and end at word edges. The four
    characters around each edge are taken per seed by C-level ``map``s; whether a
    character is a word character is decided once per distinct character."""
    from .provenance import chars_around

    spans = (context.rows(df.select("mention_id", "source_id", "start", "end"))
             .drop_nulls(["source_id", "start", "end"]).join(context.lengths, on="source_id", how="inner")
             .filter((pl.col("start") >= 0) & (pl.col("start") < pl.col("end")) & (pl.col("end") <= pl.col("n"))))
    if spans.is_empty():
        return
    spans = chars_around(spans, context.lines)
    distinct = pl.concat([spans.get_column(c) for c in ("before", "first", "last", "after")]).unique().to_list()
    words = pl.Series([c for c in distinct if c and word(c)], dtype=pl.String).implode()
    w = {c: pl.col(c).is_in(words) for c in ("before", "first", "last", "after")}
    bad = spans.filter((w["before"] & w["first"]) | (w["after"] & w["last"]))
    seeds = context.lines.texts(bad.get_column("source_id"))
    for mid, sid, start, end in bad.select("mention_id", "source_id", "start", "end").iter_rows():
        seed = seeds[sid]
        report.add("meaning", "mentions", mid, "start", "mention-inside-a-word", seed[max(0, start - 5):end + 5])


def word(char: str) -> bool:
    return char.isalnum() or char == "_"


LINK_INPUTS = ("claim_id", "summary_id", "event_id", "quantity", "population", "subject_id")


def check_summary_link(claims: pl.DataFrame, report: Report) -> None:
    """Every claim's summary_id is the id of the summary row its key columns give."""
    from ..build.assemble import summary_id

    if not set(LINK_INPUTS) <= set(claims.columns):
        return
    given = claims.select(LINK_INPUTS).with_columns(expected=summary_id())
    for cid, got, want in given.filter(pl.col("summary_id").ne_missing(pl.col("expected"))) \
            .select("claim_id", "summary_id", "expected").iter_rows():
        report.add("relations", "claims", cid, "summary_id", "foreign-key", got,
                   f"expected claim_summary.summary_id {want!r}, the row the claim's event, quantity, "
                   "population and subject give")


def check_source_label(sources: pl.DataFrame, report: Report) -> None:
    """Every source's label is what its publisher and title give."""
    from ..build.assemble import source_label

    if not {"source_id", "publisher", "title", "label"} <= set(sources.columns):
        return
    for row in sources.select("source_id", "publisher", "title", "label").iter_rows(named=True):
        want = source_label(row["source_id"], row["publisher"], row["title"])
        if row["label"] != want:
            report.add("meaning", "sources", row["source_id"], "label", "label-disagrees", row["label"],
                       f"expected {want!r}, from the publisher or else the title")
