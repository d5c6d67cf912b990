"""Spans read inside their line. The seeds are cut at newlines once; each span is joined
to the line that holds its start (an as-of join) and polars slices it there, a few
hundred characters from the line's start rather than from the article's, in its own
threads. The few spans that run over a newline (page furniture mostly) are read in
Python."""
from __future__ import annotations

import polars as pl

SIDES = ("found", "before", "first", "last", "after")
"""What :func:`read_spans` adds: seed[start:end], the character before start, the first
and last characters of the span, the character at end ("" past either end of the seed)."""


def seed_lines(texts: dict[str, str], chunk: int = 256) -> pl.DataFrame:
    """Every line of every seed: source_id, line_start and line_end (code points; line_end
    is where its newline or the seed ends), the line, and ``newline`` ("\\n" when one
    follows the line, else ""), sorted by line_start. Seeds are cut ``chunk`` at a time,
    so that no more than that many are held twice while their lines are made."""
    ids = list(texts)
    parts = [_lines(pl.DataFrame({"source_id": ids[i:i + chunk], "line": [texts[s] for s in ids[i:i + chunk]]},
                                 schema={"source_id": pl.String, "line": pl.String}))
             for i in range(0, len(ids), chunk)]
    return pl.concat(parts).sort("line_start") if parts else _lines(pl.DataFrame(
        schema={"source_id": pl.String, "line": pl.String}))


def _lines(seeds: pl.DataFrame) -> pl.DataFrame:
    n = pl.col("line").str.len_chars()
    return (seeds.with_columns(pl.col("line").str.split("\n")).explode("line")
            .with_columns(line_end=(n + 1).cum_sum().over("source_id") - 1,
                          newline=pl.when(pl.int_range(pl.len()).over("source_id") < pl.len().over("source_id") - 1)
                          .then(pl.lit("\n")).otherwise(pl.lit("")))
            .select("source_id", (pl.col("line_end") - n).alias("line_start"), "line_end", "line", "newline"))


def locate(spans: pl.DataFrame, lines: pl.DataFrame) -> pl.DataFrame:
    """``spans`` (source_id, start, end) with the line that holds ``start`` and whether
    ``end`` is in it too (``within``), in the order of ``start``."""
    return (spans.sort("start", maintain_order=True)
            .join_asof(lines, left_on="start", right_on="line_start", by="source_id", strategy="backward",
                       check_sortedness=False)  # both sorted by their key just above
            .with_columns(within=pl.col("end") <= pl.col("line_end")))


def read_spans(spans: pl.DataFrame, texts: dict[str, str], lines: pl.DataFrame | None = None,
               sides: tuple[str, ...] = SIDES) -> pl.DataFrame:
    """``spans`` (source_id, start, end, with 0 <= start < end <= the seed's length) with
    the columns ``sides`` (of :data:`SIDES`), in the order of ``start``."""
    lines = seed_lines(texts) if lines is None else lines
    located = locate(spans, lines)
    line, start, end, line_start = pl.col("line"), pl.col("start"), pl.col("end"), pl.col("line_start")
    polars_sides = {
        "found": line.str.slice(start - line_start, end - start),
        "before": pl.when(start > line_start).then(line.str.slice(start - line_start - 1, 1))
        .when(line_start > 0).then(pl.lit("\n")).otherwise(pl.lit("")),
        "first": line.str.slice(start - line_start, 1),
        "last": line.str.slice(end - line_start - 1, 1),
        "after": pl.when(end < pl.col("line_end")).then(line.str.slice(end - line_start, 1)).otherwise("newline"),
    }
    inside = located.filter("within").with_columns(**{side: polars_sides[side] for side in sides})
    across = located.filter(~pl.col("within"))
    if not across.is_empty():
        python_sides = [(seed[s:e], seed[s - 1:s] if s else "", seed[s], seed[e - 1], seed[e:e + 1])
                        for sid, s, e in across.select("source_id", "start", "end").iter_rows()
                        for seed in (texts[sid],)]
        across = across.with_columns(pl.Series(side, column, dtype=pl.String)
                                     for side, column in zip(SIDES, zip(*python_sides)) if side in sides)
        inside = pl.concat([inside, across]).sort("start", maintain_order=True)
    return inside.drop("line_start", "line_end", "line", "newline", "within")
