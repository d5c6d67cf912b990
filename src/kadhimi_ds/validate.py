"""Validate stage: check a published package in six layers and report every failure.

1. schema      pandera (polars backend) on typed frames built from the Frictionless schemas
2. relations   primary keys unique, foreign keys resolve (anti-joins)
3. provenance  seed checksums, every span slices to its text, spans inside the body
4. meaning     claim values and qualifiers agree with their words, dates plausible
5. package     datapackage.json profile, resource bytes and hashes, tables up to date
6. coverage    every quotation and number the extractor finds is curated or ignored

Bad data never raises: it becomes a :class:`Failure`. Only an unreadable package
(no datapackage.json at all) raises :class:`KdsError`.

Scale: the four reference tables (sources, furniture, actors, events) are read whole;
every other table is read in batches and leaves only a digest for the checks across rows
(key hashes, first mentions, narrow claim columns), so memory does not grow with the text
of the large tables. File hashes are computed in a thread beside the table checks.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import operator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from .contract import SPAN_TABLES, TABLES, contract_dir, primary_key, table_schema
from .errors import KdsError
from .seeds import MAX_SEED_BYTES

OPENING_MARKS = "“‘\"«"
CLOSING_MARKS = "”’\"»"
EARLIEST_DATE = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class Failure:
    """One broken rule: where (table, row id, column) and what (rule, value)."""

    layer: str
    table: str
    row: str | None
    column: str | None
    rule: str
    value: str | None
    message: str = ""


MAX_PER_RULE = 1000
"""Row-level failures kept per (layer, table, column, rule); the rest are counted."""


@dataclass
class Report:
    failures: list[Failure] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    counts: dict[tuple, int] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.failures

    @property
    def n_failures(self) -> int:
        return sum(self.counts.values())

    def add(self, layer: str, table: str, row: Any, column: str | None, rule: str, value: Any, message: str = "") -> None:
        key = (layer, table, column, rule)
        self.counts[key] = self.counts.get(key, 0) + 1
        if self.counts[key] <= MAX_PER_RULE:
            self.failures.append(Failure(layer, table, None if row is None else str(row), column, rule,
                                         None if value is None else _short(str(value)), message))

    def merge(self, other: Report) -> None:
        """Take in the failures and counts of another report, keeping MAX_PER_RULE per kind."""
        listed: dict[tuple, int] = {}
        for f in other.failures:
            key = (f.layer, f.table, f.column, f.rule)
            if self.counts.get(key, 0) + listed.get(key, 0) < MAX_PER_RULE:
                self.failures.append(f)
            listed[key] = listed.get(key, 0) + 1
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n

    def suppressed(self) -> list[dict[str, Any]]:
        """Failures beyond MAX_PER_RULE of one kind, counted but not listed."""
        return [{"layer": k[0], "table": k[1], "column": k[2], "rule": k[3], "not_listed": n - MAX_PER_RULE}
                for k, n in self.counts.items() if n > MAX_PER_RULE]

    def to_json(self) -> str:
        return json.dumps({"valid": self.valid, "tables": self.tables, "n_failures": self.n_failures,
                           "failures": [asdict(f) for f in self.failures], "not_listed": self.suppressed()},
                          indent=2, ensure_ascii=False)

    def to_text(self) -> str:
        if self.valid:
            rows = sum(self.tables.values())
            return f"valid: {len(self.tables)} tables, {rows} rows, 6 layers checked"
        head = ("layer", "table", "row", "column", "rule", "value")
        body = [tuple(str(getattr(f, h) or "") for h in head) for f in self.failures]
        widths = [min(40, max(len(r[i]) for r in [head, *body])) for i in range(len(head))]
        line = lambda r: "  ".join(_short(c, w).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
        more = [f"... and {s['not_listed']} more {s['rule']} failures in {s['table']}.{s['column']}"
                for s in self.suppressed()]
        return "\n".join([line(head), *map(line, body), *more, f"invalid: {self.n_failures} failures"])


def _short(text: str, width: int = 120) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 1] + "…"


# --- reading -------------------------------------------------------------------


def _safe_member(root: Path, rel: Any) -> Path | None:
    """The file ``rel`` inside ``root``, or None when it would escape the package."""
    if not isinstance(rel, str) or not rel or rel.startswith(("/", "\\")) or ":" in rel:
        return None
    path = root / rel
    if ".." in Path(rel).parts:
        return None
    try:
        resolved = path.resolve()
    except OSError:
        return None
    if not resolved.is_relative_to(root.resolve()):
        return None
    if any(p.is_symlink() for p in [path, *path.parents] if p.is_relative_to(root) and p != root):
        return None
    return path


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


def table_edges(source: bytes | Path, block: int = 1 << 24) -> tuple[bytes, bytes, bool]:
    """The first bytes, the last bytes and whether a carriage return occurs anywhere."""
    if isinstance(source, bytes):
        return source[:3], source[-64:], b"\r" in source
    has_cr, head, tail = False, b"", b""
    with open(source, "rb") as fh:
        while chunk := fh.read(block):
            head = head or chunk[:3]
            has_cr = has_cr or b"\r" in chunk
            tail = (tail + chunk)[-64:]
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


# --- layer 1: schema ----------------------------------------------------------------


def typed_frame(name: str, raw: pl.DataFrame, report: Report, offset: int = 0) -> pl.DataFrame:
    """Cast string columns to the schema's types, reporting cells that do not parse."""
    ids = RowLabels(name, raw, offset)
    exprs = []
    for f in table_schema(name)["fields"]:
        col = f["name"]
        if col not in raw.columns:
            continue
        s = pl.col(col)
        kind = f["type"]
        if kind == "integer":
            expr = s.str.strip_chars().cast(pl.Int64, strict=False)
            expr = pl.when(s.str.contains(r"^-?[0-9]+$")).then(expr).otherwise(None)
        elif kind == "number":
            expr = s.cast(pl.Float64, strict=False)
        elif kind == "date":
            expr = pl.when(s.str.contains(r"^\d{4}-\d{2}-\d{2}$")).then(s.str.to_date("%Y-%m-%d", strict=False))
        elif kind == "boolean":
            expr = pl.when(s == "true").then(True).when(s == "false").then(False).otherwise(None)
        else:
            expr = s
        exprs.append(expr.alias(col))
    typed = raw.select(exprs)
    for col in typed.columns:
        bad = raw.get_column(col).is_not_null() & typed.get_column(col).is_null()
        for idx in bad.arg_true().to_list():
            kind = next(f["type"] for f in table_schema(name)["fields"] if f["name"] == col)
            report.add("schema", name, ids[idx], col, f"type-error:{kind}", raw.get_column(col)[idx])
    return typed


def pandera_schema(name: str):
    """A pandera-polars DataFrameSchema derived from the Frictionless schema."""
    import pandera.polars as pa

    from .contract import polars_dtypes

    dtypes = polars_dtypes(name, enums=False)
    cols = {}
    for f in table_schema(name)["fields"]:
        c = f.get("constraints", {})
        checks = []
        if "enum" in c:
            checks.append(pa.Check.isin(c["enum"], name="enum"))
        if "pattern" in c:
            checks.append(pa.Check.str_matches(f"^(?:{c['pattern']})$", name="pattern"))
        if "minimum" in c:
            checks.append(pa.Check.ge(c["minimum"], name="minimum"))
        if "maximum" in c:
            checks.append(pa.Check.le(c["maximum"], name="maximum"))
        # uniqueness of the primary key is checked by the relations layer
        cols[f["name"]] = pa.Column(dtypes[f["name"]], checks=checks, nullable=not c.get("required", False),
                                    unique=c.get("unique", False) and f["name"] not in primary_key(name), coerce=False)
    return pa.DataFrameSchema(cols, strict=False, name=name)


FORMULA_START = r"^[=+\-@\t\r]"


def check_formula_cells(name: str, raw: pl.DataFrame, report: Report, offset: int = 0) -> None:
    """Free-text cells must not start like a spreadsheet formula (=, +, -, @, tab, CR)."""
    ids = RowLabels(name, raw, offset)
    for f in table_schema(name)["fields"]:
        c = f.get("constraints", {})
        if f["type"] != "string" or "enum" in c or "pattern" in c or f["name"] not in raw.columns:
            continue
        bad = raw.get_column(f["name"]).str.contains(FORMULA_START).fill_null(False)
        for idx in bad.arg_true().to_list():
            report.add("schema", name, ids[idx], f["name"], "formula-injection", raw.get_column(f["name"])[idx])


RULE_NAMES = {"not_nullable": "required", "field_uniqueness": "unique", "isin": "enum", "str_matches": "pattern",
              "greater_than_or_equal_to": "minimum", "less_than_or_equal_to": "maximum"}


def check_schema(name: str, raw: pl.DataFrame, report: Report, offset: int = 0) -> pl.DataFrame:
    """Columns, types and constraints of one table (or of a batch of its rows starting at
    row ``offset``); returns the typed frame."""
    import pandera.errors

    expected = [f["name"] for f in table_schema(name)["fields"]] if offset == 0 else list(raw.columns)
    missing = [c for c in expected if c not in raw.columns]
    extra = [c for c in raw.columns if c not in expected]
    for c in missing:
        report.add("schema", name, None, c, "missing-column", None)
    for c in extra:
        report.add("schema", name, None, c, "extra-column", None)
    if not missing and not extra and raw.columns != expected:
        report.add("schema", name, None, None, "column-order", ", ".join(raw.columns))
    typed = typed_frame(name, raw, report, offset)
    check_formula_cells(name, raw, report, offset)
    schema = pandera_schema(name)
    present = {k: v for k, v in schema.columns.items() if k in typed.columns}
    schema = schema.__class__(present, strict=False, name=name)
    ids = RowLabels(name, raw, offset)
    try:
        schema.validate(typed, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        for case in cases.iter_rows(named=True):
            check = str(case["check"]).split("(")[0]
            idx = case["index"]
            report.add("schema", name, ids[idx] if idx is not None else None, case["column"],
                       RULE_NAMES.get(check, check), case["failure_case"])
    return typed


# --- layer 2: relations -------------------------------------------------------------


def report_duplicate_keys(name: str, keys: pl.Series, report: Report) -> None:
    """Every row whose primary key occurs more than once."""
    for rid in keys.filter(keys.is_not_null() & keys.is_duplicated()).to_list():
        report.add("relations", name, rid, keys.name, "primary-key", rid, "the id occurs more than once")


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

# --- layer 3: provenance ------------------------------------------------------------

@dataclass
class SeedContext:
    """What span checks need of the sources: seed texts, lengths, bodies and furniture,
    for the sources of one part (``part`` of ``parts``, split by a hash of source_id)."""

    texts: dict[str, str]
    lengths: pl.DataFrame
    bodies: pl.DataFrame
    furniture: pl.DataFrame | None
    part: int = 0
    parts: int = 1

    def rows(self, df: pl.DataFrame) -> pl.DataFrame:
        """The rows of ``df`` whose source is in this part."""
        return df if self.parts == 1 else df.filter(seed_part(self.parts) == self.part)


def seed_part(parts: int) -> pl.Expr:
    """The part (0 to parts - 1) a row's source_id falls in."""
    return pl.col("source_id").hash(seed=0) % parts


def seed_parts(sources: pl.DataFrame) -> int:
    """How many parts the seeds are read in, so that no more than seed_budget() bytes of
    decoded text (counted at two bytes a character) are held at once."""
    chars = sources.get_column("n_chars").sum() if "n_chars" in sources.columns else 0
    return max(1, -(-2 * (chars or 0) // seed_budget()))


def seed_budget() -> int:
    """Bytes of seed text held at once (KDS_SEED_BYTES, default 1 GiB)."""
    import os

    try:
        return max(1, int(os.environ.get("KDS_SEED_BYTES", 1 << 30)))
    except ValueError:
        raise KdsError("KDS_SEED_BYTES must be an integer number of bytes") from None


def read_seed_texts(root: Path, sources: pl.DataFrame, report: Report) -> dict[str, str]:
    """Seed texts whose sha256 matches the sources table."""
    if not {"source_id", "path", "sha256"} <= set(sources.columns):
        return {}
    texts = {}
    for sid, rel, sha in sources.select("source_id", "path", "sha256").iter_rows():
        if (text := read_seed(root, sid, rel, sha, report)) is not None:
            texts[sid] = text
    return texts


def read_seed(root: Path, sid: str | None, rel: Any, sha: Any, report: Report) -> str | None:
    """The text of one seed, if it is safe to read and its sha256 matches."""
    if sid is None:
        return None
    path = _safe_member(root, rel)
    if path is None:
        report.add("provenance", "sources", sid, "path", "unsafe-path", rel)
    elif not path.is_file():
        report.add("provenance", "sources", sid, "path", "missing-seed", rel)
    elif path.stat().st_size > MAX_SEED_BYTES:
        report.add("provenance", "sources", sid, "path", "file-too-large", rel, f"larger than {MAX_SEED_BYTES} bytes")
    else:
        data = path.read_bytes()
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
    need (None without a sources table or without any readable seed in the part)."""
    sources = refs.get("sources")
    if sources is None:
        return None
    if parts > 1 and "source_id" in sources.columns:
        sources = sources.filter(seed_part(parts) == part)
    texts = read_seed_texts(root, sources, report)
    if not texts:
        return None
    lengths = pl.DataFrame({"source_id": list(texts), "n": [len(t) for t in texts.values()]},
                           schema={"source_id": pl.String, "n": pl.Int64})
    bodies = pl.DataFrame(schema={"source_id": pl.String, "body_start": pl.Int64, "body_end": pl.Int64})
    if {"source_id", "body_start", "body_end", "n_chars"} <= set(sources.columns):
        src = sources.join(lengths, on="source_id", how="inner")
        for sid, n_chars, start, end, n in src.select("source_id", "n_chars", "body_start", "body_end", "n").iter_rows():
            if n_chars != n:
                report.add("provenance", "sources", sid, "n_chars", "length-mismatch", n_chars, f"seed has {n}")
            if start is None or end is None or not 0 <= start < end <= n:
                report.add("provenance", "sources", sid, "body_end", "body-out-of-range", f"[{start}, {end})")
        bodies = src.select("source_id", "body_start", "body_end")
    furniture = refs.get("furniture")
    check_body_edges(bodies, furniture, texts, report)
    return SeedContext(texts, lengths, bodies, furniture, part, parts)


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
    check_slices(name, key, ok, context.texts, report)
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


def check_body_edges(bodies: pl.DataFrame, furniture: pl.DataFrame | None, texts: dict[str, str],
                     report: Report) -> None:
    """A body starts and ends on article text, and what lies outside it is listed as
    outside_body furniture, stripped of white space, exactly."""
    outside: dict[str, set[tuple[int, int]]] = {}
    if furniture is not None and {"furniture_id", "source_id", "start", "end", "kind"} <= set(furniture.columns):
        for sid, start, end in furniture.filter(pl.col("kind") == "outside_body").select(
                "source_id", "start", "end").iter_rows():
            outside.setdefault(sid, set()).add((start, end))
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
        if furniture is not None and expected != outside.get(sid, set()):
            report.add("provenance", "furniture", sid, "start", "outside-body-mismatch",
                       sorted(outside.get(sid, set())), f"the text outside the body is {sorted(expected)}")


def check_slices(name: str, key: str, spans: pl.DataFrame, texts: dict[str, str], report: Report) -> None:
    """text[start:end] of the seed equals the row's text; for quotes, the characters around
    the span are quotation marks (a paragraph may end a quote). Rows are sorted by source
    and each seed is sliced for its run of rows by C-level ``map``s, with no Python loop
    per row."""
    spans = spans.sort("source_id")
    ids = spans.get_column(key)
    starts, ends, words = (spans.get_column(c).to_list() for c in ("start", "end", "text"))
    found, before, after, at = [], [], [], 0
    for n, sid in spans.get_column("source_id").rle().struct.unnest().iter_rows():
        seed, lo, hi = texts[sid], starts[at:at + n], ends[at:at + n]
        found += map(seed.__getitem__, map(slice, lo, hi))
        if name == "quotes":
            before += map(seed.__getitem__, map(slice, [max(a - 1, 0) for a in lo], lo))
            after += map(seed.__getitem__, map(slice, hi, [b + 1 for b in hi]))
        at += n
    differ = set(itertools.compress(range(len(found)), map(operator.ne, found, words)))
    for i in sorted(differ):
        report.add("provenance", name, ids[i], "text", "span-text-mismatch", words[i], f"seed has {found[i]!r}")
    if name != "quotes":
        return
    opened = [b in OPENING_MARKS and b != "" for b in before]
    for i in itertools.compress(range(len(found)), map(operator.not_, opened)):
        if i not in differ:
            report.add("provenance", name, ids[i], "start", "quote-not-enclosed", before[i],
                       "no opening quotation mark before the span")
    for i in itertools.compress(range(len(found)), opened):
        if i not in differ and after[i] not in CLOSING_MARKS and after[i] not in ("\n", ""):
            report.add("provenance", name, ids[i], "end", "quote-not-enclosed", after[i],
                       "no closing quotation mark after the span")


# --- layer 4: meaning ---------------------------------------------------------------


def check_claim_words(claims: pl.DataFrame, report: Report) -> None:
    """A claim's value is a number its words give; its qualifier matches its cue words.
    Plain cases (digits, a lone number word) are settled in polars; the rest are parsed
    in Python once per distinct text."""
    from .numbers import number_values, qualifier_cue_expr, value_in_text_expr

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


SUMMARY_INPUTS = ("source_id", "start", "end", "event_id", "quantity", "population", "subject_id", "value", "qualifier")
"""The claim columns claim_summary is derived from."""


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
    from .assemble import claim_summary

    events = summary.get_column("summary_id").drop_nulls().str.split("/").list.first().unique()
    part = claims.filter(pl.col("event_id").is_in(events.implode()))
    check_summary(claim_summary(part.with_columns(pl.col(pl.Categorical).cast(pl.String))), summary, report)


def check_summary_complete(claims: pl.DataFrame, seen: list[pl.Series], report: Report) -> None:
    """Every summary row the claims give is in claim_summary."""
    from .assemble import SUMMARY_KEY, summary_id

    expected = claims.select(SUMMARY_KEY).unique().with_columns(pl.col(pl.Categorical).cast(pl.String))
    expected = expected.select(summary_id().alias("summary_id"))
    present = pl.concat(seen).to_frame() if seen else pl.DataFrame(schema={"summary_id": pl.String})
    for sid in expected.join(present, on="summary_id", how="anti").sort("summary_id").get_column("summary_id").to_list():
        report.add("meaning", "claim_summary", sid, None, "summary-row-missing", sid)


# --- layer 5: package ---------------------------------------------------------------


def check_package(root: Path, package: dict[str, Any], report: Report) -> dict[str, Path]:
    """Descriptor profile, resource files and bytes, schema references (hashes are
    checked by :func:`check_hashes`). Returns the file of each table resource that can
    be read."""
    from frictionless import Package

    try:
        result = Package.validate_descriptor(package, basepath=str(root))
        notes = [err.note or err.message for err in result.errors]
    except Exception as exc:  # frictionless can raise on descriptors of the wrong shape
        notes = [f"{type(exc).__name__}: {exc}"]
    for note in notes:
        report.add("package", "datapackage.json", None, None, "package-descriptor", note)
    listed = package.get("resources")
    if not isinstance(listed, list):
        report.add("package", "datapackage.json", None, "resources", "resources-not-a-list", type(listed).__name__)
        listed = []
    resources = {r.get("name"): r for r in listed if isinstance(r, dict)}
    contents: dict[str, Path] = {}
    for name in TABLES:
        res = resources.get(name)
        if res is None:
            report.add("package", "datapackage.json", name, "resources", "missing-resource", name)
            continue
        path = _safe_member(root, res.get("path"))
        if path is None:
            report.add("package", "datapackage.json", name, "path", "unsafe-path", res.get("path"))
            continue
        if not path.is_file():
            report.add("package", "datapackage.json", name, "path", "missing-file", res.get("path"))
            continue
        size = path.stat().st_size
        if size > max_table_bytes():
            report.add("package", "datapackage.json", name, "path", "file-too-large", size,
                       f"larger than {max_table_bytes()} bytes (set KDS_MAX_TABLE_BYTES to raise the limit)")
            continue
        contents[name] = path
        if res.get("bytes") != size:
            report.add("package", "datapackage.json", name, "bytes", "bytes-mismatch", res.get("bytes"), f"file has {size}")
        schema_path = _safe_member(root, res.get("schema"))
        canonical = (contract_dir() / f"{name}.schema.json").read_bytes()
        if schema_path is None or not schema_path.is_file():
            report.add("package", "datapackage.json", name, "schema", "missing-schema", res.get("schema"))
        elif schema_path.read_bytes() != canonical:
            report.add("package", "datapackage.json", name, "schema", "schema-differs-from-contract", res.get("schema"))
    for name in sorted(set(resources) - set(TABLES), key=str):
        report.add("package", "datapackage.json", name, "resources", "unexpected-resource", name)
    return contents


def file_digests(contents: dict[str, Path]) -> dict[str, str]:
    """The sha256 of each file, read in blocks (hashlib releases the GIL, so this runs
    beside the table checks in a thread)."""
    digests = {}
    for name, path in contents.items():
        with open(path, "rb") as fh:
            digests[name] = "sha256:" + hashlib.file_digest(fh, "sha256").hexdigest()
    return digests


def check_hashes(package: dict[str, Any], digests: dict[str, str], report: Report) -> None:
    """Each resource's hash in the descriptor is the hash of its file."""
    listed = package.get("resources")
    resources = {r.get("name"): r for r in listed if isinstance(r, dict)} if isinstance(listed, list) else {}
    for name, digest in digests.items():
        if resources[name].get("hash") != digest:
            report.add("package", "datapackage.json", name, "hash", "hash-mismatch", resources[name].get("hash"),
                       f"file has {digest}")


def check_against_seeds(root: Path, report: Report) -> None:
    """When the package holds its curated seeds, read them once for two checks: the tables
    and descriptor are what the seeds build to (``kds build --check``, package layer), and
    every quotation and number the extractor finds in a body is covered by a curated row or
    ignored with a reason (coverage layer)."""
    from .assemble import assemble
    from .evaluate import coverage
    from .package import render, stale
    from .seeds import read_seeds

    if not (root / "seeds" / "sources.yaml").is_file():
        return
    try:
        seeds = read_seeds(root / "seeds")
        differ = stale(render(assemble(seeds), root), root)
    except KdsError as exc:
        report.add("package", "seeds", None, None, "seeds-do-not-build", str(exc))
        return
    for rel in differ:
        report.add("package", rel, None, None, "stale-output", rel, "run `kds build`")
    for item in coverage(seeds):
        report.add("coverage", f"seeds/annotations/{item.source_id}.yaml", item.source_id, f"[{item.start}, {item.end})",
                   f"uncovered-{item.kind}", item.text, item.message())


def max_table_bytes() -> int:
    """Largest CSV read into memory; KDS_MAX_TABLE_BYTES overrides the default of 4 GiB."""
    import os

    try:
        return int(os.environ.get("KDS_MAX_TABLE_BYTES", 4 << 30))
    except ValueError:
        raise KdsError("KDS_MAX_TABLE_BYTES must be an integer number of bytes") from None


MAX_DESCRIPTOR_BYTES = 10_000_000


def validate(path: Path | str, today: dt.date | None = None) -> Report:
    """Validate the package at ``path`` (a directory or its datapackage.json)."""
    path = Path(path)
    root = path.parent if path.name == "datapackage.json" else path
    descriptor_path = root / "datapackage.json"
    try:
        if descriptor_path.stat().st_size > MAX_DESCRIPTOR_BYTES:
            raise KdsError(f"{descriptor_path}: larger than {MAX_DESCRIPTOR_BYTES} bytes; not a kadhimi-ds descriptor")
        package = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KdsError(f"{descriptor_path}: not found; is {root} a kadhimi-ds package?") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KdsError(f"{descriptor_path}: cannot read ({exc})") from None
    if not isinstance(package, dict):
        raise KdsError(f"{descriptor_path}: expected a JSON object")
    report = Report()
    contents = check_package(root, package, report)
    with ThreadPoolExecutor(max_workers=1) as pool:
        digests = pool.submit(file_digests, contents)
        check_tables(root, contents, report, today)
        check_hashes(package, digests.result(), report)
    check_against_seeds(root, report)
    return report


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

    def add(self, name: str, typed: pl.DataFrame) -> None:
        self.rows += typed.height
        key = primary_key(name)[0]
        if key in typed.columns:
            self.key_hashes.append(typed.get_column(key).drop_nulls().hash(seed=0))
        if name in MENTIONS_OF and (firsts := first_mentions(typed, MENTIONS_OF[name][1])) is not None:
            self.firsts.append(firsts)
        if name == "claims" and set(SUMMARY_INPUTS) <= set(typed.columns):
            self.claims.append(typed.select(SUMMARY_INPUTS).with_columns(pl.col(pl.String).cast(pl.Categorical)))
        if name == "claim_summary" and "summary_id" in typed.columns:
            self.summary_ids.append(typed.get_column("summary_id"))


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
        if name in contents and (raw := read_table(report, name, contents[name])) is not None:
            refs[name] = check_schema(name, raw, report)
    parts = seed_parts(refs["sources"]) if "sources" in refs else 1
    context = seed_context(root, refs, report, 0, parts)
    dates = check_dates(refs, report, today or dt.date.today())
    counts = {name: df.height for name, df in refs.items()}
    for name, df in refs.items():
        if (key := primary_key(name)[0]) in df.columns:
            report_duplicate_keys(name, df.get_column(key), report)
        check_foreign_keys(name, df, refs, report)
        if context is not None:
            check_spans(name, df, context, report)
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
    del results
    for part in range(1, parts):
        check_spans_again(root, contents, refs, [name for name in parallel if name in counts], part, parts, report)
    if "claim_summary" in contents:
        table_report, digest = check_streamed("claim_summary", contents["claim_summary"], refs, None, dates, claims)
        report.merge(table_report)
        if digest is not None:
            counts["claim_summary"] = digest.rows
    report.tables = {name: counts[name] for name in TABLES if name in counts}


def table_size(source: bytes | Path) -> int:
    """Bytes of a table given as bytes or as a file."""
    return len(source) if isinstance(source, bytes) else source.stat().st_size


def check_spans_again(root: Path, contents: dict[str, bytes | Path], refs: dict[str, pl.DataFrame],
                      streamed: list[str], part: int, parts: int, report: Report) -> None:
    """The span checks for the sources of one part after the first: its seeds are read,
    and the span columns of the tables read in batches are read again."""
    context = seed_context(root, refs, report, part, parts)
    if context is None:
        return
    for name, df in refs.items():
        check_spans(name, df, context, report)
    for name in streamed:
        if name not in SPAN_TABLES:
            continue
        cols = [primary_key(name)[0], "source_id", "start", "end", "text"]
        for _, raw in read_batches(Report(), name, contents[name]):  # its failures are reported
            if raw is None or not set(cols) <= set(raw.columns):
                break
            check_spans(name, typed_frame(name, context.rows(raw.select(cols)), Report()), context, report)


def check_streamed(name: str, source: bytes | Path, refs: dict[str, pl.DataFrame], context: SeedContext | None,
                   dates: tuple[pl.DataFrame, pl.DataFrame] | None,
                   claims: pl.DataFrame | None) -> tuple[Report, Digest | None]:
    """Check one table read in batches, in a report of its own so that tables can be
    checked in parallel threads: the row-level checks, then those across its rows.
    Returns the report and the table's digest (None when the CSV cannot be parsed)."""
    report = Report()
    digest = check_batches(name, source, refs, context, dates, claims, report)
    if digest is not None:
        check_key_hashes(name, source, digest.key_hashes, report)
        if name in MENTIONS_OF and digest.firsts and MENTIONS_OF[name][0] in refs:
            target, key = MENTIONS_OF[name]
            check_first_mentions(target, refs[target], first_mentions(pl.concat(digest.firsts), key), report)
        if name == "claim_summary" and claims is not None and digest.summary_ids:
            check_summary_complete(claims, digest.summary_ids, report)
        digest.key_hashes, digest.firsts, digest.summary_ids = [], [], []
    return report, digest


def check_batches(name: str, source: bytes | Path, refs: dict[str, pl.DataFrame], context: SeedContext | None,
                  dates: tuple[pl.DataFrame, pl.DataFrame] | None, claims: pl.DataFrame | None,
                  report: Report) -> Digest | None:
    """The row-level checks of one table, batch by batch; its digest, or None when the
    CSV cannot be parsed to the end."""
    digest = Digest()
    for offset, raw in read_batches(report, name, source):
        if raw is None:
            return None
        typed = check_schema(name, raw, report, offset)
        del raw
        check_foreign_keys(name, typed, refs, report)
        if context is not None:
            check_spans(name, typed, context, report)
        if dates is not None and name in ("quotes", "claims", "event_mentions"):
            check_event_after_article(name, typed, dates, report)
        if name == "claims" and {"claim_id", "text", "value", "qualifier"} <= set(typed.columns):
            check_claim_words(typed, report)
        if name == "claim_summary" and claims is not None and "summary_id" in typed.columns:
            check_summary_batch(claims, typed, report)
        digest.add(name, typed)
    return digest


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


def read_batches(report: Report, name: str, source: bytes | Path):
    """Yield (offset, rows) batch by batch: batch_rows() rows at a time from a file larger
    than batch_bytes(), else the whole table at once (also when its bytes have a problem
    the whole-table reader reports). Yields (offset, None) and stops, after reporting it,
    when the rest cannot be parsed."""
    if isinstance(source, Path) and source.stat().st_size > batch_bytes():
        head, tail, has_cr = table_edges(source)
        if not (head.startswith(b"\xef\xbb\xbf") or has_cr or (tail and not tail.endswith(b"\n"))):
            offset, batches = 0, iter(pl.scan_csv(source, infer_schema=False).collect_batches(chunk_size=batch_rows()))
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
    yield 0, read_table(report, name, source)
