"""Seeds held as their lines, and spans read inside their line. Each seed is cut at
newlines once and the seeds of a part are laid end to end; a span's line is found by a
binary search of its position there, and polars slices the span inside that line, a few
hundred characters from the line's start rather than from the article's, in its own
threads. The few spans that run over a newline (page furniture mostly) are read in
Python from their seeds, put together again from the lines."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import polars as pl

SIDES = ("found", "before", "first", "last", "after")
"""What :meth:`SeedLines.read` adds: seed[start:end], the character before start, the first
and last characters of the span, the character at end ("" past either end of the seed)."""


def cut_lines(texts: dict[str, str]) -> pl.DataFrame:
    """Every line of every seed: source_id, line_start and line_end (code points; line_end
    is where its newline or the seed ends) and the line; a seed's lines are together, in
    the order of line_start."""
    seeds = pl.DataFrame({"source_id": list(texts), "line": list(texts.values())},
                         schema={"source_id": pl.String, "line": pl.String})
    n = pl.col("line").str.len_chars()
    return (seeds.with_columns(pl.col("line").str.split("\n")).explode("line")
            .with_columns(line_end=(n + 1).cum_sum().over("source_id") - 1)
            .select("source_id", (pl.col("line_end") - n).cast(pl.Int32).alias("line_start"),
                    pl.col("line_end").cast(pl.Int32), "line"))


@dataclass(frozen=True)
class SeedLines:
    """The lines of some seeds laid end to end (each line with one character after it):
    ``lines`` has ``at``, where the line starts in all the seeds, line_start, line_end and
    the line; ``offsets`` has where each seed starts and its length (source_id, offset,
    seed_length); ``rows`` the first row of each seed's lines and their count."""

    lines: pl.DataFrame
    offsets: pl.DataFrame
    rows: dict[str, tuple[int, int]]

    @classmethod
    def join(cls, parts: list[pl.DataFrame]) -> SeedLines:
        """Lay the lines of :func:`cut_lines` parts end to end, in one chunk."""
        width = pl.col("line").str.len_chars().cast(pl.Int64) + 1
        lines = pl.concat(parts, rechunk=True).with_columns(at=width.cum_sum() - width)
        firsts = lines.with_row_index("row").filter(pl.col("line_start") == 0)
        counts = firsts.get_column("row").append(pl.Series([lines.height], dtype=pl.UInt32)).diff().drop_nulls()
        ends = lines.get_column("line_end").gather(firsts.get_column("row") + counts - 1)
        offsets = firsts.select("source_id", offset="at").with_columns(seed_length=ends.cast(pl.Int64))
        rows = dict(zip(firsts.get_column("source_id").to_list(),
                        zip(firsts.get_column("row").to_list(), counts.to_list())))
        return cls(lines.select("at", "line_start", "line_end", "line"), offsets, rows)

    def text(self, source_id: str) -> str:
        """The whole text of one seed, put together from its lines."""
        row, count = self.rows[source_id]
        return self.lines.slice(row, count).select(pl.col("line").str.join("\n")).item()

    def texts(self, source_ids: Iterable[str]) -> dict[str, str]:
        """The whole texts of the given sources (a few: each is held whole in Python)."""
        return {sid: self.text(sid) for sid in set(source_ids)}

    def locate(self, spans: pl.DataFrame) -> pl.DataFrame:
        """``spans`` (source_id, start, end, with 0 <= start < the seed's length) with the
        line that holds ``start`` (line_start, line_end, line), the seed's ``seed_length`` and
        whether ``end`` is in that line too (``within``), in the order of ``start``. A
        start inside its seed finds a line of that seed: seeds are laid end to end."""
        spans = spans.sort("start", maintain_order=True).join(
            self.offsets, on="source_id", how="left", maintain_order="left")
        at = spans.select(pl.col("offset") + pl.col("start")).to_series()
        row = self.lines.get_column("at").search_sorted(at, side="right").cast(pl.Int64) - 1
        found = self.lines.select(pl.col("line_start", "line_end", "line").gather(row))
        return pl.concat([spans.drop("offset"), found], how="horizontal").with_columns(
            within=pl.col("end") <= pl.col("line_end"))

    def read(self, spans: pl.DataFrame, sides: tuple[str, ...] = SIDES) -> pl.DataFrame:
        """``spans`` (source_id, start, end, with 0 <= start < end <= the seed's length) with
        the columns ``sides`` (of :data:`SIDES`), in the order of ``start``."""
        located = self.locate(spans)
        line, start, end, line_start = pl.col("line"), pl.col("start"), pl.col("end"), pl.col("line_start")
        polars_sides = {
            "found": line.str.slice(start - line_start, end - start),
            "before": pl.when(start > line_start).then(line.str.slice(start - line_start - 1, 1))
            .when(line_start > 0).then(pl.lit("\n")).otherwise(pl.lit("")),
            "first": line.str.slice(start - line_start, 1),
            "last": line.str.slice(end - line_start - 1, 1),
            "after": pl.when(end < pl.col("line_end")).then(line.str.slice(end - line_start, 1))
            .when(end < pl.col("seed_length")).then(pl.lit("\n")).otherwise(pl.lit("")),
        }
        inside = located.filter("within").with_columns(**{side: polars_sides[side] for side in sides})
        across = located.filter(~pl.col("within"))
        if not across.is_empty():
            across = across.sort("source_id", maintain_order=True)
            python_sides, seed_id, seed = [], None, ""
            for sid, s, e in across.select("source_id", "start", "end").iter_rows():
                if sid != seed_id:  # one seed held in Python at a time
                    seed_id, seed = sid, self.text(sid)
                python_sides.append((seed[s:e], seed[s - 1:s] if s else "", seed[s], seed[e - 1], seed[e:e + 1]))
            across = across.with_columns(pl.Series(side, column, dtype=pl.String)
                                         for side, column in zip(SIDES, zip(*python_sides)) if side in sides)
            inside = pl.concat([inside, across]).sort("start", maintain_order=True)
        return inside.drop("line_start", "line_end", "line", "seed_length", "within")


def seed_lines(texts: dict[str, str]) -> SeedLines:
    """The lines of ``texts``, laid end to end."""
    return SeedLines.join([cut_lines(texts)])
