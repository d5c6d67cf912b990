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

import polars as pl

from ..build.assemble import row_id
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
    """Each id equals row_id(prefix, *parts) of its row."""
    if name not in ID_PARTS or not {ID_PARTS[name][0], *ID_PARTS[name][2]} <= set(df.columns):
        return
    key, prefix, parts = ID_PARTS[name]
    rows = df.select(key, *parts).drop_nulls()
    for row in rows.iter_rows():
        if row[0] != (expected := row_id(prefix, *row[1:])):
            report.add("relations", name, row[0], key, "id-not-hash-of-row", row[0], f"the row's parts hash to {expected}")


def check_mentions(df: pl.DataFrame, actors: pl.DataFrame | None, context: SeedContext | None,
                   report: Report) -> None:
    """An alias mention's text is an alias of its actor; every mention starts and ends at
    a word edge (no letter or digit joined to it in the seed)."""
    if not {"mention_id", "actor_id", "source_id", "start", "end", "text", "method"} <= set(df.columns):
        return
    if actors is not None and {"actor_id", "aliases"} <= set(actors.columns):
        aliases = {a: set((names or "").split(LIST_SEPARATOR)) for a, names in actors.select("actor_id", "aliases").iter_rows()}
        for mid, actor, text in df.filter(pl.col("method") == "alias").select("mention_id", "actor_id", "text").iter_rows():
            if actor in aliases and text not in aliases[actor]:
                report.add("meaning", "mentions", mid, "text", "mention-not-an-alias", text, f"not an alias of {actor}")
    if context is not None:
        check_word_edges(df, context, report)


def check_word_edges(df: pl.DataFrame, context: SeedContext, report: Report) -> None:
    """Mentions of the sources in ``context`` start and end at word edges."""
    for mid, sid, start, end in context.rows(df).select("mention_id", "source_id", "start", "end").iter_rows():
        seed = context.texts.get(sid)
        if seed is None or start is None or end is None or not 0 <= start < end <= len(seed):
            continue
        if (start > 0 and word(seed[start - 1]) and word(seed[start])) or (end < len(seed) and word(seed[end]) and word(seed[end - 1])):
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
