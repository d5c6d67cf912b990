"""Layer 3, provenance: seed checksums, every span slices to its text, spans inside the body."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import polars as pl

from ..contract import SPAN_TABLES, primary_key
from ..errors import KdsError
from ..build.seeds import MAX_SEED_BYTES
from ..files import member as safe_member, read_file
from .lines import SeedLines, cut_lines
from .report import Report


OPENING_MARKS = "“‘\"'«"
"""Quotation marks a quote may open after (CODEBOOK.md Q2), the straight single quote included."""


CLOSING_MARKS = "”’\"'»"


@dataclass
class SeedContext:
    """What span checks need of the sources of one part (``part`` of ``parts``, split by a
    hash of source_id): their lengths, bodies, furniture and the lines of their seeds (the
    seeds themselves are not kept: ``lines.texts`` puts them together again)."""

    lengths: pl.DataFrame
    bodies: pl.DataFrame
    furniture: pl.DataFrame | None
    lines: SeedLines
    part: int = 0
    parts: int = 1

    def rows(self, df: pl.DataFrame) -> pl.DataFrame:
        """The rows of ``df`` whose source is in this part."""
        return df if self.parts == 1 else df.filter(seed_part(self.parts) == self.part)


def seed_part(parts: int) -> pl.Expr:
    """The part (0 to parts - 1) a row's source_id falls in."""
    return pl.col("source_id").hash(seed=0) % parts


def seed_parts(root: Path, sources: pl.DataFrame) -> int:
    """How many parts the seeds are read in, so that the lines of no more than
    seed_budget() bytes of seed files are held at once (lines keep the files' UTF-8);
    never more parts than sources."""
    if not {"source_id", "path"} <= set(sources.columns):
        return 1
    size = 0
    for rel in sources.get_column("path").to_list():
        path = safe_member(root, rel)
        if path is not None and path.is_file():
            size += min(path.stat().st_size, MAX_SEED_BYTES)
    return max(1, min(sources.height, -(-size // seed_budget())))


def seed_budget() -> int:
    """Bytes of seed files held at once as lines (KDS_SEED_BYTES, default 1 GiB)."""
    import os

    try:
        return max(1, int(os.environ.get("KDS_SEED_BYTES", 1 << 30)))
    except ValueError:
        raise KdsError("KDS_SEED_BYTES must be an integer number of bytes") from None


def read_seed_texts(root: Path, sources: pl.DataFrame, report: Report, chunk: int = 256) -> Iterator[dict[str, str]]:
    """Seed texts whose sha256 matches the sources table, ``chunk`` seeds at a time."""
    if not {"source_id", "path", "sha256"} <= set(sources.columns):
        return
    texts = {}
    for sid, rel, sha in sources.select("source_id", "path", "sha256").iter_rows():
        if (text := read_seed(root, sid, rel, sha, report)) is not None:
            texts[sid] = text
        if len(texts) == chunk:
            yield texts
            texts = {}
    if texts:
        yield texts


def read_seed(root: Path, sid: str | None, rel: Any, sha: Any, report: Report) -> str | None:
    """The text of one seed, if it is safe to read and its sha256 matches."""
    if sid is None:
        return None
    path = safe_member(root, rel)
    if path is None:
        report.add("provenance", "sources", sid, "path", "unsafe-path", rel)
    elif not path.exists():
        report.add("provenance", "sources", sid, "path", "missing-seed", rel)
    elif path.stat().st_size > MAX_SEED_BYTES:
        report.add("provenance", "sources", sid, "path", "file-too-large", rel, f"larger than {MAX_SEED_BYTES} bytes")
    else:
        try:
            data = read_file(path, MAX_SEED_BYTES)
        except KdsError as exc:
            report.add("provenance", "sources", sid, "path", "unreadable-seed", rel, str(exc))
            return None
        digest = hashlib.sha256(data).hexdigest()
        if digest != sha:
            report.add("provenance", "sources", sid, "sha256", "seed-hash-mismatch", sha, f"{rel} has sha256 {digest}")
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            report.add("provenance", "sources", sid, "path", "encoding-error", rel)
    return None


def seed_context(root: Path, refs: dict[str, pl.DataFrame], report: Report, part: int = 0,
                 parts: int = 1) -> SeedContext | None:
    """Check the sources of one part against their seeds and gather what span checks
    need (None without a sources table or without any readable seed in the part). Seeds
    are read a chunk at a time, checked at their body's edges and cut into lines; only the
    lines are kept."""
    sources = refs.get("sources")
    if sources is None:
        return None
    if parts > 1 and "source_id" in sources.columns:
        sources = sources.filter(seed_part(parts) == part)
    furniture = refs.get("furniture")
    edges = sources.select("source_id", "body_start", "body_end") \
        if {"source_id", "body_start", "body_end"} <= set(sources.columns) else None
    outside = outside_body(furniture)
    parts_lines = []
    for texts in read_seed_texts(root, sources, report):
        if edges is not None:
            chunk = edges.filter(pl.col("source_id").is_in(pl.Series(list(texts), dtype=pl.String).implode()))
            check_body_edges(chunk, outside, texts, report)
        parts_lines.append(cut_lines(texts))
    if not parts_lines:
        return None
    lines = SeedLines.join(parts_lines)
    lengths = lines.offsets.select("source_id", n="seed_length")
    bodies = pl.DataFrame(schema={"source_id": pl.String, "body_start": pl.Int64, "body_end": pl.Int64})
    if {"source_id", "body_start", "body_end", "n_chars"} <= set(sources.columns):
        src = sources.join(lengths, on="source_id", how="inner")
        for sid, n_chars, start, end, n in src.select("source_id", "n_chars", "body_start", "body_end", "n").iter_rows():
            if n_chars != n:
                report.add("provenance", "sources", sid, "n_chars", "length-mismatch", n_chars, f"seed has {n}")
            if start is None or end is None or not 0 <= start < end <= n:
                report.add("provenance", "sources", sid, "body_end", "body-out-of-range", f"[{start}, {end})")
        bodies = src.select("source_id", "body_start", "body_end")
    return SeedContext(lengths, bodies, furniture, lines, part, parts)


def check_spans(name: str, df: pl.DataFrame, context: SeedContext, report: Report) -> None:
    """The span rules for the rows of one table (or one batch of them)."""
    key = primary_key(name)[0]
    if name not in SPAN_TABLES or not {key, "source_id", "start", "end", "text"} <= set(df.columns):
        return
    spans = (context.rows(df.select(key, "source_id", "start", "end", "text"))
             .filter(pl.col("start").is_not_null() & pl.col("end").is_not_null())
             .join(context.lengths, on="source_id", how="inner"))
    in_range = (pl.col("start") >= 0) & (pl.col("end") > pl.col("start")) & (pl.col("end") <= pl.col("n"))
    for row in spans.filter(~in_range).select(key, "start", "end").iter_rows():
        report.add("provenance", name, row[0], "end", "span-out-of-range", f"[{row[1]}, {row[2]})")
    ok = spans.filter(in_range)
    check_slices(name, key, ok, context.lines, report)
    if name == "furniture":
        return
    outside = ok.join(context.bodies, on="source_id", how="inner").filter(
        (pl.col("start") < pl.col("body_start")) | (pl.col("end") > pl.col("body_end")))
    for row in outside.select(key, "start", "end").iter_rows():
        report.add("provenance", name, row[0], "start", "span-outside-body", f"[{row[1]}, {row[2]})")
    furniture = context.furniture
    if furniture is not None and {"source_id", "start", "end"} <= set(furniture.columns):
        stretches = furniture.select("source_id", pl.col("start").alias("f0"), pl.col("end").alias("f1")).drop_nulls()
        inside = ok.select(key, "source_id", "start", "end").join(stretches, on="source_id", how="inner").filter(
            (pl.col("start") < pl.col("f1")) & (pl.col("end") > pl.col("f0")))
        for row in inside.select(key, "start", "end").unique(key, maintain_order=True).iter_rows():
            report.add("provenance", name, row[0], "start", "span-in-furniture", f"[{row[1]}, {row[2]})")


def outside_body(furniture: pl.DataFrame | None) -> dict[str, set[tuple[int, int]]] | None:
    """The outside_body furniture stretches of each source (None without a furniture table)."""
    if furniture is None:
        return None
    outside: dict[str, set[tuple[int, int]]] = {}
    if {"furniture_id", "source_id", "start", "end", "kind"} <= set(furniture.columns):
        for sid, start, end in furniture.filter(pl.col("kind") == "outside_body").select(
                "source_id", "start", "end").iter_rows():
            outside.setdefault(sid, set()).add((start, end))
    return outside


def check_body_edges(bodies: pl.DataFrame, outside: dict[str, set[tuple[int, int]]] | None,
                     texts: dict[str, str], report: Report) -> None:
    """A body starts and ends on article text, and what lies outside it is listed as
    outside_body furniture (``outside``, when there is a furniture table), stripped of
    white space, exactly."""
    for sid, start, end in bodies.iter_rows():
        seed = texts.get(sid)
        if seed is None or start is None or end is None or not 0 <= start < end <= len(seed):
            continue
        if seed[start].isspace() or seed[end - 1].isspace():
            report.add("provenance", "sources", sid, "body_start" if seed[start].isspace() else "body_end",
                       "body-edge-whitespace", f"[{start}, {end})", "a body starts and ends on article text")
        expected = set()
        for lo, hi in ((0, start), (end, len(seed))):
            chunk = seed[lo:hi]
            if chunk.strip():
                expected.add((lo + len(chunk) - len(chunk.lstrip()), lo + len(chunk.rstrip())))
        if outside is not None and expected != outside.get(sid, set()):
            report.add("provenance", "furniture", sid, "start", "outside-body-mismatch",
                       sorted(outside.get(sid, set())), f"the text outside the body is {sorted(expected)}")


def check_slices(name: str, key: str, spans: pl.DataFrame, lines: SeedLines, report: Report) -> None:
    """text[start:end] of the seed equals the row's text; for quotes, the characters around
    the span are quotation marks (a paragraph may end a quote). Spans are read inside their
    line (:meth:`SeedLines.read`)."""
    sides = ("found", "before", "after") if name == "quotes" else ("found",)
    read = lines.read(spans.select(key, "source_id", "start", "end", "text"), sides)
    differ = pl.col("found") != pl.col("text")
    for rid, text, found in read.filter(differ).select(key, "text", "found").iter_rows():
        report.add("provenance", name, rid, "text", "span-text-mismatch", text, f"seed has {found!r}")
    if name != "quotes":
        return
    read = read.filter(~differ)
    opened = pl.col("before").is_in(list(OPENING_MARKS))
    for rid, before in read.filter(~opened).select(key, "before").iter_rows():
        report.add("provenance", name, rid, "start", "quote-not-enclosed", before,
                   "no opening quotation mark before the span")
    closed = pl.col("after").is_in([*CLOSING_MARKS, "\n", ""])
    for rid, after in read.filter(opened & ~closed).select(key, "after").iter_rows():
        report.add("provenance", name, rid, "end", "quote-not-enclosed", after,
                   "no closing quotation mark after the span")


def chars_around(spans: pl.DataFrame, lines: SeedLines) -> pl.DataFrame:
    """``spans`` (source_id, start, end, all in range) with the characters around its
    edges: ``before`` start, ``first`` and ``last`` of the span, ``after`` end ("" past
    either end of the seed)."""
    return lines.read(spans, ("before", "first", "last", "after"))
