"""Validate stage: check a published package in six layers and report every failure.

1. schema      pandera (polars backend) on typed frames built from the Frictionless schemas
2. relations   primary keys unique, foreign keys resolve (anti-joins)
3. provenance  seed checksums, every span slices to its text, spans inside the body
4. meaning     claim values and qualifiers agree with their words, dates plausible
5. package     datapackage.json profile, resource bytes and hashes, tables up to date
6. coverage    every quotation and number the extractor finds is curated or ignored

Bad data never raises: it becomes a :class:`Failure`. Only an unreadable package
(no datapackage.json at all) raises :class:`KdsError`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
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


def check_relations(tables: dict[str, pl.DataFrame], report: Report) -> None:
    """Primary keys are unique; every foreign key resolves (anti-join)."""
    for name, df in tables.items():
        key = primary_key(name)[0]
        if key in df.columns:
            dupes = df.filter(pl.col(key).is_not_null() & pl.col(key).is_duplicated()).get_column(key)
            for rid in dupes.to_list():
                report.add("relations", name, rid, key, "primary-key", rid, "the id occurs more than once")
        for fk in table_schema(name).get("foreignKeys", []):
            col, target = fk["fields"], fk["reference"]["resource"] or name
            ref = fk["reference"]["fields"]
            if col not in df.columns or target not in tables or ref not in tables[target].columns:
                continue
            keys = tables[target].select(pl.col(ref).alias(col)).drop_nulls().unique()
            key = primary_key(name)[0]
            if key not in df.columns:
                continue
            dangling = df.filter(pl.col(col).is_not_null()).join(keys, on=col, how="anti")
            for row in dangling.select(key, col).iter_rows():
                report.add("relations", name, row[0], col, "foreign-key", row[1], f"no {target}.{ref} {row[1]!r}")


DERIVED_FROM = {"actors": ("mentions", "actor_id"), "events": ("event_mentions", "event_id")}


def check_first_mentions(tables: dict[str, pl.DataFrame], report: Report) -> None:
    """actors and events carry their mention count and first mention: both must agree
    with the mention tables they are derived from."""
    for name, (mentions_table, key) in DERIVED_FROM.items():
        df, mentions = tables.get(name), tables.get(mentions_table)
        if df is None or mentions is None:
            continue
        cols = [c for c in ("source_id", "start", "end", "text") if c in df.columns and c in mentions.columns]
        if not {key, "n_mentions", "source_id", "start", "end"} <= set(df.columns) \
                or not {key, "source_id", "start", "end"} <= set(mentions.columns):
            continue
        derived = (mentions.select(key, *cols).drop_nulls(key).sort("source_id", "start", "end")
                   .group_by(key, maintain_order=True)
                   .agg(pl.len().alias("count"), *[pl.col(c).first().alias(f"{c}__first") for c in cols]))
        both = df.select(key, "n_mentions", *cols).join(derived, on=key, how="left")
        for rid, n, count in both.filter(pl.col("n_mentions").ne_missing(pl.col("count").cast(pl.Int64))) \
                .select(key, "n_mentions", "count").iter_rows():
            report.add("relations", name, rid, "n_mentions", "count-disagrees-with-mentions", n,
                       f"{mentions_table} has {count or 0}")
        for c in cols:
            for rid, got, want in both.filter(pl.col(c).ne_missing(pl.col(f"{c}__first"))) \
                    .select(key, c, f"{c}__first").iter_rows():
                report.add("relations", name, rid, c, "first-mention-disagrees", got, f"first mention has {want!r}")


# --- layer 3: provenance ------------------------------------------------------------


def read_seed_texts(root: Path, sources: pl.DataFrame, report: Report) -> dict[str, str]:
    """Seed texts whose sha256 matches the sources table."""
    texts = {}
    needed = {"source_id", "path", "sha256"}
    if not needed <= set(sources.columns):
        return texts
    for sid, rel, sha in sources.select("source_id", "path", "sha256").iter_rows():
        if sid is None:
            continue
        path = _safe_member(root, rel)
        if path is None:
            report.add("provenance", "sources", sid, "path", "unsafe-path", rel)
            continue
        if not path.is_file():
            report.add("provenance", "sources", sid, "path", "missing-seed", rel)
            continue
        if path.stat().st_size > MAX_SEED_BYTES:
            report.add("provenance", "sources", sid, "path", "file-too-large", rel, f"larger than {MAX_SEED_BYTES} bytes")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:
            report.add("provenance", "sources", sid, "sha256", "seed-hash-mismatch", sha,
                       f"{rel} has sha256 {hashlib.sha256(data).hexdigest()}")
            continue
        try:
            texts[sid] = data.decode("utf-8")
        except UnicodeDecodeError:
            report.add("provenance", "sources", sid, "path", "encoding-error", rel)
    return texts


@dataclass
class SeedContext:
    """What span checks need of the sources: seed texts, lengths, bodies and furniture."""

    texts: dict[str, str]
    lengths: pl.DataFrame
    bodies: pl.DataFrame
    furniture: pl.DataFrame | None


def seed_context(tables: dict[str, pl.DataFrame], texts: dict[str, str], report: Report) -> SeedContext | None:
    """Check the sources against their seeds and gather what span checks need (None
    without a sources table)."""
    sources = tables.get("sources")
    if sources is None:
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
    furniture = tables.get("furniture")
    check_body_edges(bodies, furniture, texts, report)
    return SeedContext(texts, lengths, bodies, furniture)


def check_spans(name: str, df: pl.DataFrame, context: SeedContext, report: Report) -> None:
    """The span rules for the rows of one table (or one batch of them)."""
    texts, lengths, bodies, furniture = context.texts, context.lengths, context.bodies, context.furniture
    key = primary_key(name)[0]
    if name in SPAN_TABLES and {key, "source_id", "start", "end", "text"} <= set(df.columns):
        spans = (df.select(key, "source_id", "start", "end", "text")
                 .filter(pl.col("start").is_not_null() & pl.col("end").is_not_null())
                 .join(lengths, on="source_id", how="inner"))
        bad_range = spans.filter((pl.col("start") < 0) | (pl.col("end") <= pl.col("start")) | (pl.col("end") > pl.col("n")))
        for row in bad_range.select(key, "start", "end").iter_rows():
            report.add("provenance", name, row[0], "end", "span-out-of-range", f"[{row[1]}, {row[2]})")
        ok = spans.join(bad_range.select(key), on=key, how="anti")
        check_slices(name, key, ok, texts, report)
        if name == "furniture":
            return
        outside = ok.join(bodies, on="source_id", how="inner").filter(
            (pl.col("start") < pl.col("body_start")) | (pl.col("end") > pl.col("body_end")))
        for row in outside.select(key, "start", "end").iter_rows():
            report.add("provenance", name, row[0], "start", "span-outside-body", f"[{row[1]}, {row[2]})")
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
    the span are quotation marks (a paragraph may end a quote)."""
    for (sid,), part in spans.group_by(["source_id"], maintain_order=True):
        seed = texts[sid]
        ids, starts, ends, words = (part.get_column(c).to_list() for c in (key, "start", "end", "text"))
        for rid, a, b, text in zip(ids, starts, ends, words):
            if seed[a:b] != text:
                report.add("provenance", name, rid, "text", "span-text-mismatch", text, f"seed has {seed[a:b]!r}")
            elif name == "quotes":
                before, after = seed[a - 1:a] if a else "", seed[b:b + 1]
                if before == "" or before not in OPENING_MARKS:
                    report.add("provenance", name, rid, "start", "quote-not-enclosed", before,
                               "no opening quotation mark before the span")
                elif after not in CLOSING_MARKS and after not in ("\n", ""):
                    report.add("provenance", name, rid, "end", "quote-not-enclosed", after,
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


def check_dates(tables: dict[str, pl.DataFrame], report: Report, today: dt.date) -> None:
    """Dates lie in a plausible window; no row links an event dated after its article."""
    sources, events = tables.get("sources"), tables.get("events")
    published = pl.DataFrame(schema={"source_id": pl.String, "published": pl.Date})
    if sources is not None and {"source_id", "published"} <= set(sources.columns):
        published = sources.select("source_id", "published").drop_nulls()
        bad = published.filter((pl.col("published") < EARLIEST_DATE) | (pl.col("published") > today))
        for sid, date in bad.iter_rows():
            report.add("meaning", "sources", sid, "published", "implausible-date", date)
    if events is None or not {"event_id", "date"} <= set(events.columns):
        return
    latest = published.get_column("published").max() or today
    dates = events.select("event_id", pl.col("date").alias("event_date")).drop_nulls()
    bad = dates.filter((pl.col("event_date") < EARLIEST_DATE) | (pl.col("event_date") > latest))
    for eid, date in bad.iter_rows():
        report.add("meaning", "events", eid, "date", "implausible-date", date, "after every article or before 1900")
    for name in ("quotes", "claims", "event_mentions"):
        df, key = tables.get(name), primary_key(name)[0]
        if df is None or not {key, "source_id", "event_id"} <= set(df.columns):
            continue
        late = (df.select(key, "source_id", "event_id").join(dates, on="event_id").join(published, on="source_id")
                .filter(pl.col("event_date") > pl.col("published")))
        for rid, eid, ev, pub in late.select(key, "event_id", "event_date", "published").iter_rows():
            report.add("meaning", name, rid, "event_id", "event-after-article", eid, f"event dated {ev}, article {pub}")


def check_summary(claims: pl.DataFrame, summary: pl.DataFrame, report: Report) -> None:
    """claim_summary holds exactly what the claims give."""
    from .assemble import claim_summary

    expected = claim_summary(claims).with_columns(pl.col(pl.Enum).cast(pl.String))
    actual = summary.with_columns(pl.col(pl.Enum).cast(pl.String))
    key = "summary_id"
    for sid in expected.join(actual, on=key, how="anti").get_column(key).to_list():
        report.add("meaning", "claim_summary", sid, None, "summary-row-missing", sid)
    for sid in actual.join(expected, on=key, how="anti").get_column(key).to_list():
        report.add("meaning", "claim_summary", sid, None, "summary-row-unexpected", sid)
    both = expected.join(actual, on=key, how="inner", suffix="__actual")
    for col in expected.columns:
        if col == key or f"{col}__actual" not in both.columns:
            continue
        differ = both.filter(pl.col(col).ne_missing(pl.col(f"{col}__actual")))
        for sid, want, got in differ.select(key, col, f"{col}__actual").iter_rows():
            report.add("meaning", "claim_summary", sid, col, "summary-disagrees-with-claims", got, f"claims give {want!r}")


def check_meaning(tables: dict[str, pl.DataFrame], report: Report, today: dt.date) -> None:
    claims, summary = tables.get("claims"), tables.get("claim_summary")
    if claims is not None and {"claim_id", "text", "value", "qualifier"} <= set(claims.columns):
        check_claim_words(claims, report)
    check_dates(tables, report, today)
    needed = {"claim_id", "source_id", "start", "event_id", "quantity", "population", "subject_id", "value", "qualifier"}
    if summary is not None and claims is not None and needed <= set(claims.columns) and "summary_id" in summary.columns:
        check_summary(claims, summary, report)


# --- layer 5: package ---------------------------------------------------------------


def check_package(root: Path, package: dict[str, Any], report: Report) -> dict[str, Path]:
    """Descriptor profile, resource files, bytes and hashes, schema references.
    Returns the file of each table resource that can be read."""
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
        with open(path, "rb") as fh:
            digest = "sha256:" + hashlib.file_digest(fh, "sha256").hexdigest()
        if res.get("hash") != digest:
            report.add("package", "datapackage.json", name, "hash", "hash-mismatch", res.get("hash"), f"file has {digest}")
        schema_path = _safe_member(root, res.get("schema"))
        canonical = (contract_dir() / f"{name}.schema.json").read_bytes()
        if schema_path is None or not schema_path.is_file():
            report.add("package", "datapackage.json", name, "schema", "missing-schema", res.get("schema"))
        elif schema_path.read_bytes() != canonical:
            report.add("package", "datapackage.json", name, "schema", "schema-differs-from-contract", res.get("schema"))
    for name in sorted(set(resources) - set(TABLES), key=str):
        report.add("package", "datapackage.json", name, "resources", "unexpected-resource", name)
    return contents


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
    check_tables(root, contents, report, today)
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


def check_tables(root: Path, contents: dict[str, bytes | Path], report: Report, today: dt.date | None = None) -> None:
    """Layers 1 to 4 on the tables (CSV bytes or files); seeds are read relative to ``root``.

    Small tables are read whole. A large table is read in batches once the sources and
    furniture are known: each batch gets the row-level checks (schema, spans, claim words)
    and only its narrow columns (no text) are kept for the checks across rows and tables,
    so memory stays bounded by the batch and the key columns."""
    tables: dict[str, pl.DataFrame] = {}
    context = None
    for name, source in contents.items():
        if context is not None and isinstance(source, Path) and source.stat().st_size > batch_bytes():
            batched = check_in_batches(name, source, context, report)
            if batched is not None:
                tables[name] = batched
            continue
        raw = read_table(report, name, source)
        if raw is not None:
            tables[name] = check_schema(name, raw, report)
        del raw
        if name == "furniture" and "sources" in tables:
            context = seed_context(tables, read_seed_texts(root, tables["sources"], report), report)
    if context is None and "sources" in tables:  # no furniture table: check the sources now
        context = seed_context(tables, read_seed_texts(root, tables["sources"], report), report)
    report.tables = {name: df.height for name, df in tables.items()}
    check_relations(tables, report)
    check_first_mentions(tables, report)
    if context is not None and context.texts:
        for name in SPAN_TABLES:
            if name in tables:  # batched tables were checked batch by batch and have no text left
                check_spans(name, tables[name], context, report)
    check_meaning(tables, report, today or dt.date.today())


def check_in_batches(name: str, path: Path, context: SeedContext, report: Report) -> pl.DataFrame | None:
    """Row-level checks batch by batch; returns the table without its text column."""
    head, tail, has_cr = table_edges(path)
    if head.startswith(b"\xef\xbb\xbf") or has_cr or (tail and not tail.endswith(b"\n")):
        raw = read_table(report, name, path)  # rare: let the whole-table reader report it
        return None if raw is None else check_schema(name, raw, report)
    kept, offset = [], 0
    try:
        for raw in pl.scan_csv(path, infer_schema=False).collect_batches(chunk_size=batch_rows()):
            typed = check_schema(name, raw, report, offset)
            if context.texts:
                check_spans(name, typed, context, report)
            if name == "claims" and {"claim_id", "text", "value", "qualifier"} <= set(typed.columns):
                check_claim_words(typed, report)
            kept.append(typed.drop("text", strict=False))
            offset += raw.height
    except Exception as exc:  # polars raises several error types for malformed CSV
        report_unparsable(report, name, path, exc)
        return None
    return pl.concat(kept) if kept else None
