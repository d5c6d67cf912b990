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
    kinds = {f["name"]: f["type"] for f in table_schema(name)["fields"]}
    for col in [c for c in typed.columns if kinds[c] != "string"]:
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


def constraint_exprs(name: str, columns: list[str]) -> list[pl.Expr]:
    """One boolean expression per column of ``columns``: true when some cell breaks a
    constraint pandera_schema(name) checks (required, unique, enum, pattern, minimum,
    maximum; nulls are ignored by all but required, as pandera ignores them)."""
    exprs = []
    for f in table_schema(name)["fields"]:
        col = f["name"]
        if col not in columns:
            continue
        c, s = f.get("constraints", {}), pl.col(col)
        bad = [s.is_null().any()] if c.get("required", False) else []
        if c.get("unique", False) and col not in primary_key(name):
            bad.append(s.is_duplicated().any())
        if "enum" in c:
            bad.append((~s.is_in(pl.Series(c["enum"], dtype=pl.String).implode())).any())
        if "pattern" in c:
            bad.append((~s.str.contains(f"^(?:{c['pattern']})$")).any())
        if "minimum" in c:
            bad.append((s < c["minimum"]).any())
        if "maximum" in c:
            bad.append((s > c["maximum"]).any())
        if f["type"] == "number":  # NaN: leave it to pandera's own reading of it
            bad.append(s.is_nan().any())
        if bad:
            exprs.append(pl.any_horizontal(bad).fill_null(False).alias(col))
    return exprs


def constraint_flags(name: str, typed: pl.DataFrame) -> set[str]:
    """The columns of ``typed`` where some cell breaks a constraint, in one polars pass
    (all expressions in one ``select``), or whose dtype is not the contract's."""
    from ..contract import polars_dtypes

    dtypes = polars_dtypes(name, enums=False)
    flagged = {c for c in typed.columns if c in dtypes and typed.schema[c] != dtypes[c]}
    exprs = constraint_exprs(name, typed.columns)
    if exprs:
        row = typed.select(exprs).row(0, named=True)
        flagged |= {c for c, bad in row.items() if bad}
    return flagged


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
    row ``offset``); returns the typed frame. The constraints are first checked in one
    polars pass (:func:`constraint_flags`); pandera, the contract's reference and the
    source of every failure report, runs only on the columns that pass flags."""
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
    flagged = constraint_flags(name, typed)
    if not flagged:  # one polars pass found nothing: pandera would report nothing either
        return typed
    import pandera.errors

    schema = pandera_schema(name)
    present = {k: v for k, v in schema.columns.items() if k in flagged}
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
