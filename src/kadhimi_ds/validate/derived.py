"""Columns derived from others in the same row: a claim's ``summary_id`` and a source's ``label``.

A claim's summary_id names the claim_summary row it is counted in (layer 2, relations).
claim_summary is checked last and never held whole, so the link is checked on each batch of
claims: the id must be what the claim's own key gives (event, quantity, population,
subject). claim_summary holding a row for every such id is checked by the meaning layer
(``summary-row-missing``), so together the foreign key resolves.

A source's label is its publisher, else the first words of its title (layer 4, meaning).
"""
from __future__ import annotations

import polars as pl

from .report import Report

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
