"""Layer 1, schema: columns, types and constraints, via pandera on typed polars frames."""
from __future__ import annotations

import polars as pl

from ..contract import primary_key, table_schema
from .read import RowLabels
from .report import Report


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

    from ..contract import polars_dtypes

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
