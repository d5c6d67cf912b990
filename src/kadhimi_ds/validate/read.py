"""Reading tables: CSV encoding rules, whole tables, batches, safe paths and size limits."""
from __future__ import annotations

import io
import os
from pathlib import Path

import polars as pl

from ..contract import primary_key
from ..errors import KdsError
from .report import Report


def read_table(report: Report, name: str, source: bytes | Path) -> pl.DataFrame | None:
    """Check the CSV encoding rules and parse it with every cell as a string. A file is
    scanned in blocks and parsed by polars from disk, never held whole as bytes."""
    head, tail, has_cr = table_edges(source)
    if head.startswith(b"\xef\xbb\xbf"):
        report.add("schema", name, None, None, "byte-order-mark", "EF BB BF", "CSV starts with a byte-order mark")
    if has_cr:
        report.add("schema", name, None, None, "line-ending", "CR", "CSV must use LF line endings")
    if tail and not tail.endswith(b"\n"):
        report.add("schema", name, None, None, "truncated-file", tail[-40:].decode("utf-8", "replace"),
                   "last line has no line ending")
    data = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        df = pl.read_csv(data, infer_schema=False, raise_if_empty=True)
    except Exception as exc:  # polars raises several error types for malformed CSV
        report_unparsable(report, name, source, exc)
        return None
    if head.startswith(b"\xef\xbb\xbf") and df.columns:
        df = df.rename({df.columns[0]: df.columns[0].lstrip("\ufeff")})
    return df


EDGE_BLOCK = 16 << 20
"""Bytes read at a time when a file is scanned for carriage returns."""


def table_edges(source: bytes | Path) -> tuple[bytes, bytes, bool]:
    """The first bytes, the last bytes and whether a carriage return occurs anywhere (a
    file is read in blocks into one buffer, so that its pages are never held at once)."""
    if isinstance(source, bytes):
        return source[:3], source[-64:], b"\r" in source
    with open(source, "rb", buffering=0) as fh:
        size = os.fstat(fh.fileno()).st_size
        head = fh.read(3)
        fh.seek(max(0, size - 64))
        tail = fh.read(64)
        fh.seek(0)
        block, has_cr = bytearray(min(size, EDGE_BLOCK)), False
        while not has_cr and (n := fh.readinto(block)):
            has_cr = block.find(b"\r", 0, n) >= 0
    return head, tail, has_cr


def report_unparsable(report: Report, name: str, source: bytes | Path, exc: Exception) -> None:
    """A CSV polars could not parse: invalid UTF-8 where it is, else the parser's message."""
    if not encoding_failure(report, name, source if isinstance(source, bytes) else source.read_bytes()):
        report.add("schema", name, None, None, "csv-parse-error", str(exc).splitlines()[0])


def encoding_failure(report: Report, name: str, data: bytes) -> bool:
    """Report invalid UTF-8 (polars refuses it without saying where); True if found."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            report.add("schema", name, None, None, "truncated-file", f"byte {exc.start}", "file ends inside a character")
        else:
            report.add("schema", name, None, None, "encoding-error", f"byte {exc.start}", "not valid UTF-8")
        return True
    return False


class RowLabels:
    """Labels rows on demand: the primary key value, else the line number in the CSV."""

    def __init__(self, name: str, raw: pl.DataFrame, offset: int = 0):
        key = primary_key(name)[0]
        self.keys = raw.get_column(key) if key in raw.columns else None
        self.offset = offset

    def __getitem__(self, idx: int) -> str:
        value = self.keys[idx] if self.keys is not None else None
        return value if value is not None else f"line {self.offset + idx + 2}"


def max_table_bytes() -> int:
    """Largest CSV read into memory; KDS_MAX_TABLE_BYTES overrides the default of 4 GiB."""
    import os

    try:
        return int(os.environ.get("KDS_MAX_TABLE_BYTES", 4 << 30))
    except ValueError:
        raise KdsError("KDS_MAX_TABLE_BYTES must be an integer number of bytes") from None


def batch_bytes() -> int:
    """Tables larger than this (KDS_BATCH_BYTES, default 128 MiB) are checked in batches."""
    import os

    try:
        return int(os.environ.get("KDS_BATCH_BYTES", 128 << 20))
    except ValueError:
        raise KdsError("KDS_BATCH_BYTES must be an integer number of bytes") from None


def batch_rows() -> int:
    """Rows per batch (KDS_BATCH_ROWS, default 250,000)."""
    import os

    try:
        return max(1, int(os.environ.get("KDS_BATCH_ROWS", 250_000)))
    except ValueError:
        raise KdsError("KDS_BATCH_ROWS must be an integer") from None


def table_size(source: bytes | Path) -> int:
    """Bytes of a table given as bytes or as a file."""
    return len(source) if isinstance(source, bytes) else source.stat().st_size


def read_batches(report: Report, name: str, source: bytes | Path, columns: list[str] | None = None):
    """Yield (offset, rows) batch by batch: batch_rows() rows at a time from a file larger
    than batch_bytes(), else the whole table at once (also when its bytes have a problem
    the whole-table reader reports). Yields (offset, None) and stops, after reporting it,
    when the rest cannot be parsed. With ``columns``, batches are parsed for those
    columns only (a missing one makes a large file unparsable; a small table keeps the
    columns it has)."""
    if isinstance(source, Path) and source.stat().st_size > batch_bytes():
        head, tail, has_cr = table_edges(source)
        if not (head.startswith(b"\xef\xbb\xbf") or has_cr or (tail and not tail.endswith(b"\n"))):
            scan = pl.scan_csv(source, infer_schema=False)
            scan = scan.select(columns) if columns else scan
            offset, batches = 0, iter(scan.collect_batches(chunk_size=batch_rows()))
            while True:
                try:
                    raw = next(batches, None)
                except Exception as exc:  # polars raises several error types for malformed CSV
                    report_unparsable(report, name, source, exc)
                    yield offset, None
                    return
                if raw is None:
                    return
                yield offset, raw
                offset += raw.height
    raw = read_table(report, name, source)
    yield 0, raw if raw is None or not columns else raw.select(c for c in columns if c in raw.columns)
