"""Layer 2, relations: primary keys unique, foreign keys resolve, derived mention counts agree."""
from __future__ import annotations

import io
from pathlib import Path

import polars as pl

from ..contract import primary_key, table_schema
from .read import read_table
from .report import Report


def report_duplicate_keys(name: str, keys: pl.Series, report: Report) -> None:
    """Every row whose primary key occurs more than once."""
    for rid in keys.filter(keys.is_not_null() & keys.is_duplicated()).to_list():
        report.add("relations", name, rid, keys.name, "primary-key", rid, "the id occurs more than once")


def check_key_hashes(name: str, source: bytes | Path, hashes: list[pl.Series], report: Report) -> None:
    """Primary keys are unique. Only hashes of the keys are kept; when two collide, the
    key column is read again to report the rows whose keys are truly the same."""
    hashed = pl.concat(hashes).sort() if hashes else pl.Series(dtype=pl.UInt64)
    hashes.clear()
    if hashed.n_unique() == hashed.len():  # sorted: counted without a hash table
        return
    collided = hashed.filter(hashed == hashed.shift(1))
    key = primary_key(name)[0]
    try:
        keys = pl.read_csv(io.BytesIO(source) if isinstance(source, bytes) else source, columns=[key],
                           infer_schema=False).get_column(key)
    except Exception:  # a byte-order mark in the header: the whole-table reader strips it
        keys = read_table(Report(), name, source).get_column(key)
    report_duplicate_keys(name, keys.filter(keys.hash(seed=0).is_in(collided.unique().implode())), report)


def check_foreign_keys(name: str, df: pl.DataFrame, refs: dict[str, pl.DataFrame], report: Report) -> None:
    """Every foreign key of the rows (a table or a batch of it) resolves in the reference
    tables (anti-join)."""
    key = primary_key(name)[0]
    for fk in table_schema(name).get("foreignKeys", []):
        col, target = fk["fields"], fk["reference"]["resource"] or name
        ref = fk["reference"]["fields"]
        if key not in df.columns or col not in df.columns or target not in refs or ref not in refs[target].columns:
            continue
        keys = refs[target].select(pl.col(ref).alias(col)).drop_nulls().unique()
        dangling = df.filter(pl.col(col).is_not_null()).join(keys, on=col, how="anti")
        for row in dangling.select(key, col).iter_rows():
            report.add("relations", name, row[0], col, "foreign-key", row[1], f"no {target}.{ref} {row[1]!r}")


DERIVED_FROM = {"actors": ("mentions", "actor_id"), "events": ("event_mentions", "event_id")}


FIRST_MENTION_COLUMNS = ("source_id", "start", "end", "text")


def first_mentions(mentions: pl.DataFrame, key: str) -> pl.DataFrame | None:
    """Per ``key``: the number of mentions (summing a ``count`` column when there is one)
    and the columns of the first mention in reading order (source, start, end). Applied
    to batches and then to their concatenated results, it gives the same as on the whole
    table. None when the columns it needs are missing."""
    cols = [c for c in FIRST_MENTION_COLUMNS if c in mentions.columns]
    if not {key, "source_id", "start", "end"} <= set(mentions.columns):
        return None
    count = pl.col("count").sum() if "count" in mentions.columns else pl.len()
    return (mentions.select(key, *cols, *(["count"] if "count" in mentions.columns else []))
            .drop_nulls(key).sort("source_id", "start", "end", maintain_order=True)
            .group_by(key, maintain_order=True)
            .agg(count.cast(pl.Int64).alias("count"), *[pl.col(c).first() for c in cols]))


def check_first_mentions(name: str, df: pl.DataFrame, derived: pl.DataFrame, report: Report) -> None:
    """actors and events carry their mention count and first mention: both must agree
    with what their mention table gives (``derived``, from :func:`first_mentions`)."""
    mentions_table, key = DERIVED_FROM[name]
    cols = [c for c in FIRST_MENTION_COLUMNS if c in df.columns and c in derived.columns]
    if not {key, "n_mentions", "source_id", "start", "end"} <= set(df.columns):
        return
    firsts = derived.select(key, "count", *[pl.col(c).alias(f"{c}__first") for c in cols])
    both = df.select(key, "n_mentions", *cols).join(firsts, on=key, how="left")
    for rid, n, count in both.filter(pl.col("n_mentions").ne_missing(pl.col("count"))) \
            .select(key, "n_mentions", "count").iter_rows():
        report.add("relations", name, rid, "n_mentions", "count-disagrees-with-mentions", n,
                   f"{mentions_table} has {count or 0}")
    for c in cols:
        for rid, got, want in both.filter(pl.col(c).ne_missing(pl.col(f"{c}__first"))) \
                .select(key, c, f"{c}__first").iter_rows():
            report.add("relations", name, rid, c, "first-mention-disagrees", got, f"first mention has {want!r}")


def check_furniture_counts(sources: pl.DataFrame, furniture: pl.DataFrame, report: Report) -> None:
    """Each source's ``n_furniture`` equals its number of furniture rows, so a furniture row
    deleted from the published tables is seen without the seeds."""
    if not {"source_id", "n_furniture"} <= set(sources.columns) or "source_id" not in furniture.columns:
        return
    counts = furniture.group_by("source_id").agg(pl.len().cast(pl.Int64).alias("count"))
    both = sources.select("source_id", "n_furniture").join(counts, on="source_id", how="left", maintain_order="left")
    for sid, n, count in both.filter(pl.col("n_furniture").ne_missing(pl.col("count").fill_null(0))).iter_rows():
        report.add("relations", "sources", sid, "n_furniture", "count-disagrees-with-furniture", n,
                   f"furniture has {count or 0}")
