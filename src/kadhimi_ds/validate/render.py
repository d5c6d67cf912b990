"""A validation report for people and machines: text, JSON, GitHub annotations, JUnit XML.

Every failure is first *located*: the file to fix (a table's CSV, the descriptor, or the
seed an uncovered span lies in), its line there (a CSV row is found by its primary key,
the header being line 1; quoted cells may span lines, so lines are counted as read), and
a message saying what was expected (the allowed values of an enum, what the seed holds at
a span).
"""
from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from ..contract import TABLES, enum_values, primary_key, table_schema
from .report import Failure, Report

FORMATS = ("text", "json", "github", "junit")
LAYERS = ("schema", "relations", "provenance", "meaning", "package", "coverage")
SPAN = re.compile(r"\[(\d+), (\d+)\)")


@dataclass(frozen=True)
class Located:
    """A failure with the file and line to fix and a message saying what was expected."""

    failure: Failure
    file: str | None
    line: int | None
    message: str

    def as_dict(self) -> dict:
        return {**asdict(self.failure), "file": self.file, "line": self.line, "message": self.message}


def csv_rows(path: Path) -> tuple[dict[str, int], list[int], list[dict[str, str]]]:
    """Line of each primary key, line of each record (in order) and the records of a CSV;
    empty when the file cannot be read."""
    lines: dict[str, int] = {}
    starts: list[int] = []
    records: list[dict[str, str]] = []
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            key = header.index(primary_key(path.stem)[0])
            start = reader.line_num + 1
            for record in reader:
                starts.append(start)
                lines.setdefault(record[key] if key < len(record) else "", start)
                records.append(dict(zip(header, record)))
                start = reader.line_num + 1
    except (OSError, StopIteration, ValueError, KeyError, csv.Error):
        return {}, [], []
    return lines, starts, records


def expectation(f: Failure, row: dict[str, str] | None, root: Path) -> str:
    """What the failing cell should have held, in words."""
    field = next((x for x in table_schema(f.table)["fields"] if x["name"] == f.column), None) \
        if f.table in TABLES else None
    constraints = (field or {}).get("constraints", {})
    if f.rule == "enum" and field is not None:
        return "expected one of: " + ", ".join(enum_values(f.table, f.column))
    if f.rule == "pattern" and "pattern" in constraints:
        return f"expected text matching {constraints['pattern']}"
    if f.rule in ("minimum", "maximum") and f.rule in constraints:
        return f"expected {'at least' if f.rule == 'minimum' else 'at most'} {constraints[f.rule]}"
    if f.rule == "required":
        return "expected a value: the column is required"
    if f.rule.startswith("type-error:") and field is not None:
        return f"expected a {field['type']}"
    if f.rule in ("missing-column", "extra-column", "column-order"):
        return "expected the columns of the schema: " + ", ".join(x["name"] for x in table_schema(f.table)["fields"])
    seed = seed_text(f, row, root)
    if seed is not None:
        return (f.message + "; " if f.message else "") + f"the seed holds {seed!r} there"
    return f.message or f.rule.replace("-", " ")


def seed_text(f: Failure, row: dict[str, str] | None, root: Path) -> str | None:
    """What the seed holds at a span the failure names, when the span can be read."""
    span = SPAN.fullmatch(f.value or "")
    if span is None or row is None or "source_id" not in row or f.rule == "span-text-mismatch":
        return None
    path = root / "seeds" / f"{row['source_id']}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    start, end = int(span[1]), int(span[2])
    return text[start:end] if 0 <= start <= end <= len(text) else None


def locate(report: Report, root: Path | str) -> list[Located]:
    """Every listed failure with its file, line and message."""
    root = Path(root)
    tables = {name: csv_rows(root / "data" / f"{name}.csv")
              for name in sorted({f.table for f in report.failures} & set(TABLES))}
    return [_locate(f, root, tables) for f in report.failures]


def _display(path: Path) -> str:
    """The path relative to the working directory, as CI annotations need."""
    return Path(os.path.relpath(path)).as_posix()


def _locate(f: Failure, root: Path, tables: dict) -> Located:
    if f.table in tables:
        lines, starts, records = tables[f.table]
        line = lines.get(f.row) if f.row is not None else 1
        numbered = re.fullmatch(r"line (\d+)", f.row or "")
        if line is None and numbered and int(numbered[1]) - 2 < len(starts):
            line = starts[int(numbered[1]) - 2]
        row = records[starts.index(line)] if line in starts else None
        return Located(f, _display(root / "data" / f"{f.table}.csv"), line, expectation(f, row, root))
    if f.table.startswith("seeds/annotations/") and f.row:
        seed = root / "seeds" / f"{f.row}.txt"
        span = SPAN.fullmatch(f.column or "")
        try:
            line = seed.read_text(encoding="utf-8")[: int(span[1])].count("\n") + 1 if span else None
        except (OSError, UnicodeDecodeError):
            line = None
        return Located(f, _display(seed), line, f.message or f.rule.replace("-", " "))
    path = root / f.table
    line = None
    if f.table == "datapackage.json" and f.row:
        try:
            found = [i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                     if f'"name": "{f.row}"' in text]
            line = found[0] if found else None
        except (OSError, UnicodeDecodeError):
            pass
    return Located(f, _display(path), line, f.message or f.rule.replace("-", " "))


def summary(report: Report) -> str:
    """One line: valid or not, what was checked, and what was not (--tables-only)."""
    skipped = "".join(f"; NOT checked: {layer} ({why})" for layer, why in report.not_checked.items())
    if report.valid:
        return (f"valid: {len(report.tables)} tables, {sum(report.tables.values())} rows, "
                f"{len(report.layers)} layers checked ({', '.join(report.layers)}){skipped}")
    tables = len({f.table for f in report.failures})
    return f"invalid: {report.n_failures} failures in {tables} files{skipped}"


def to_text(report: Report, located: list[Located], color: bool = False) -> str:
    """Failures grouped by file, each with its line, full row id, column, rule, value and
    message, then a one-line summary. ``color`` adds ANSI styles."""
    import click

    style = (lambda text, **kw: click.style(text, **kw)) if color else (lambda text, **kw: text)  # noqa: E731
    out: list[str] = []
    groups: dict[str, list[Located]] = {}
    for item in located:
        groups.setdefault(item.file or item.failure.table, []).append(item)
    for file, items in groups.items():
        out.append(style(f"{file} ({len(items)})", bold=True))
        for item in items:
            f = item.failure
            where = f"line {item.line}" if item.line else "-"
            out.append(f"  {where}  {f.row or '-'}  {f.column or '-'}  {style(f.rule, fg='red')}  "
                       f"{json.dumps(f.value, ensure_ascii=False)}  {item.message}")
    out += [f"... and {s['not_listed']} more {s['rule']} failures in {s['table']}.{s['column']}"
            for s in report.suppressed()]
    out.append(style(summary(report), fg="green" if report.valid else "red", bold=True))
    return "\n".join(out)


def to_json(report: Report, located: list[Located]) -> str:
    return json.dumps({"valid": report.valid, "exit_code": 0 if report.valid else 1, "error": None,
                       "tables": report.tables, "n_failures": report.n_failures,
                       "layers": report.layers, "not_checked": report.not_checked,
                       "failures": [item.as_dict() for item in located], "not_listed": report.suppressed()},
                      indent=2, ensure_ascii=False)


def error_json(message: str) -> str:
    """The JSON document of a package that could not be validated at all (exit 2)."""
    return json.dumps({"valid": False, "exit_code": 2, "error": message, "tables": {}, "n_failures": 0,
                       "failures": [], "not_listed": []}, indent=2, ensure_ascii=False)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(file: str | None, line: int | None, title: str, message: str) -> str:
    """A GitHub Actions workflow command that annotates ``file`` at ``line``."""
    props = [f"file={_property(file)}"] if file else []
    props += [f"line={line}"] if file and line else []
    props.append(f"title={_property(title)}")
    return f"::error {','.join(props)}::{_data(message)}"


def to_github(report: Report, located: list[Located]) -> str:
    """One workflow annotation per failure, then the summary as a plain log line."""
    out = []
    for item in located:
        f = item.failure
        value = json.dumps(f.value, ensure_ascii=False)
        out.append(github_line(item.file, item.line, f.rule,
                               f"{f.table} {f.row or '-'} {f.column or '-'}: {value}: {item.message}"))
    out += [github_line(None, None, s["rule"], f"{s['not_listed']} more failures in {s['table']}.{s['column']}")
            for s in report.suppressed()]
    out.append(summary(report))
    return "\n".join(out)


def to_junit(report: Report, located: list[Located]) -> str:
    """JUnit XML: a test suite per layer, a test case per table, a failure per rule listing
    every row (file:line, row id, column, value, message)."""
    cases: dict[tuple[str, str], dict[str, list[Located]]] = {
        (layer, table): {} for layer in (report.layers or LAYERS) for table in report.tables}
    for item in located:
        f = item.failure
        cases.setdefault((f.layer, f.table), {}).setdefault(f.rule, []).append(item)
    root = ET.Element("testsuites", name="kds validate", tests=str(len(cases)),
                      failures=str(sum(1 for rules in cases.values() if rules)))
    for layer in dict.fromkeys([layer for layer, _ in cases]):
        mine = {table: rules for (lay, table), rules in cases.items() if lay == layer}
        suite = ET.SubElement(root, "testsuite", name=layer, tests=str(len(mine)),
                              failures=str(sum(1 for rules in mine.values() if rules)))
        for table, rules in mine.items():
            case = ET.SubElement(suite, "testcase", classname=layer, name=table)
            for rule, items in rules.items():
                failure = ET.SubElement(case, "failure", type=rule, message=f"{len(items)} rows break {rule}")
                failure.text = "\n".join(
                    f"{item.file}:{item.line or ''} {item.failure.row or '-'} {item.failure.column or '-'} "
                    f"{json.dumps(item.failure.value, ensure_ascii=False)}: {item.message}" for item in items)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def render(report: Report, root: Path | str, fmt: str, color: bool = False) -> str:
    """The report in one of FORMATS."""
    located = locate(report, root)
    if fmt == "text":
        return to_text(report, located, color)
    return {"json": to_json, "github": to_github, "junit": to_junit}[fmt](report, located)
