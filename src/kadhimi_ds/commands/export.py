"""`kds export`: the published tables as Parquet files, a DuckDB database or a SQLite database.

The tables are read with :func:`kadhimi_ds.load.load`, so every format carries the
contract's types:

- Parquet: one file per table, ``pl.Enum`` vocabularies as ordered dictionaries, dates,
  64-bit integers, booleans and list columns; pandas metadata so that
  ``pandas.read_parquet`` gives nullable ``Int64`` and ``boolean`` columns with no arguments.
- DuckDB: ``kadhimi-ds.duckdb`` with an ENUM type per vocabulary, lists as ``VARCHAR[]``,
  primary and foreign keys.
- SQLite: ``kadhimi-ds.sqlite`` with primary and foreign keys, a CHECK per vocabulary;
  dates as ISO text, booleans as 0/1 and lists in their CSV form (items separated by
  ``LIST_SEPARATOR``), since SQLite has no such types.

Parquet and DuckDB need the ``export`` extra (pyarrow, duckdb).
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from ..contract import LIST_COLUMNS, LIST_SEPARATOR, TABLES, enum_values, primary_key, table_schema
from ..errors import KdsError
from ..load import load

FORMATS = ("parquet", "duckdb", "sqlite")
DATABASE = "kadhimi-ds"

CREATE_ORDER = tuple(sorted(TABLES, key=lambda t: t == "claims"))
"""Referenced tables before the tables referring to them: claims refer to claim_summary."""


class MissingExtra(KdsError):
    """A library of an optional extra is not installed."""


def need(module: str):
    """Import a library of the ``export`` extra, or say how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{module} is not installed; install the extra: pip install 'kadhimi-ds[export]'") from None


def export(package_dir: Path | str | None, fmt: str, out_dir: Path | str) -> list[Path]:
    """Write the package at ``package_dir`` (None: the installed one) as ``fmt`` into
    ``out_dir``; return the files written. Each file is written beside its final name and
    renamed into place, so a failed export leaves no half-written file."""
    if fmt not in FORMATS:
        raise KdsError(f"unknown export format {fmt!r}; formats are: {', '.join(FORMATS)}")
    writer = {"parquet": write_parquet, "duckdb": write_duckdb, "sqlite": write_sqlite}[fmt]
    if fmt != "sqlite":
        need("pyarrow" if fmt == "parquet" else "duckdb")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise KdsError(f"{out}: is a file; pass a directory to write the export into")
    tables = load(path=package_dir)
    out.mkdir(parents=True, exist_ok=True)
    return writer(tables, out)


def _replace(tmp: Path, final: Path) -> Path:
    os.replace(tmp, final)
    return final


def pandas_metadata(df) -> dict:
    """The pandas metadata that makes pyarrow give nullable Int64 and boolean columns."""
    import polars as pl

    kinds = {pl.Int64: ("int64", "Int64"), pl.Boolean: ("bool", "boolean")}
    return {"index_columns": [], "column_indexes": [], "columns": [
        {"name": n, "field_name": n, "pandas_type": kinds[t][0], "numpy_type": kinds[t][1], "metadata": None}
        for n, t in df.schema.items() if t in kinds]}


def write_parquet(tables: dict, out: Path) -> list[Path]:
    """One Parquet file per table: polars' Arrow table, with pandas metadata added."""
    pq = need("pyarrow.parquet")
    written = []
    for name, df in tables.items():
        arrow = df.to_arrow().replace_schema_metadata({"pandas": json.dumps(pandas_metadata(df))})
        tmp = out / f".{name}.parquet.tmp"
        pq.write_table(arrow, tmp)
        written.append(_replace(tmp, out / f"{name}.parquet"))
    return written


def _keys(name: str) -> list[str]:
    """PRIMARY KEY and FOREIGN KEY clauses of a table."""
    clauses = [f"PRIMARY KEY ({', '.join(_quote(c) for c in primary_key(name))})"]
    for fk in table_schema(name).get("foreignKeys", []):
        ref = fk["reference"]
        clauses.append(f"FOREIGN KEY ({_quote(fk['fields'])}) REFERENCES {ref['resource'] or name} "
                       f"({_quote(ref['fields'])})")
    return clauses


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def enum_types() -> dict[tuple[str, str], str]:
    """A DuckDB ENUM type name per (table, column) with a vocabulary: the column's name,
    shared by the tables whose vocabulary is the same, else table_column."""
    vocab = {(t, f["name"]): tuple(enum_values(t, f["name"])) for t in TABLES for f in table_schema(t)["fields"]
             if enum_values(t, f["name"])}
    by_column: dict[str, set] = {}
    for (t, c), values in vocab.items():
        by_column.setdefault(c, set()).add(values)
    return {(t, c): c if len(by_column[c]) == 1 else f"{t}_{c}" for (t, c) in vocab}


def parents_first(name: str, df) -> list:
    """The rows in waves, each referring only to rows of earlier waves, for a table whose
    foreign key points into itself (actors.parent_id): both databases check each row or
    statement as it is inserted."""
    import polars as pl

    key = primary_key(name)[0]
    own = [fk["fields"] for fk in table_schema(name).get("foreignKeys", []) if fk["reference"]["resource"] in ("", name)]
    waves, done = [], set()
    while df.height:
        ready = df.filter(pl.all_horizontal(pl.col(c).is_null() | pl.col(c).is_in(list(done)) for c in own)) \
            if own else df
        if not ready.height:
            raise KdsError(f"{name}: the rows' {', '.join(own)} form a circle")
        waves.append(ready)
        done |= set(ready.get_column(key).to_list())
        df = df.filter(~pl.col(key).is_in(list(done)))
    return waves


DUCKDB_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def write_duckdb(tables: dict, out: Path) -> list[Path]:
    """A DuckDB database: ENUM types, lists, primary and foreign keys."""
    duckdb = need("duckdb")
    final, tmp = out / f"{DATABASE}.duckdb", out / f".{DATABASE}.duckdb.tmp"
    tmp.unlink(missing_ok=True)
    types = enum_types()
    con = duckdb.connect(str(tmp))
    try:
        created = set()
        for (t, c), type_name in sorted(types.items()):
            if type_name not in created:
                values = ", ".join(_literal(v) for v in enum_values(t, c))
                con.execute(f"CREATE TYPE {_quote(type_name)} AS ENUM ({values})")
                created.add(type_name)
        for name in CREATE_ORDER:
            cols = []
            for f in table_schema(name)["fields"]:
                col = f["name"]
                sql_type = (f"{_quote(types[name, col])}" if (name, col) in types
                            else "VARCHAR[]" if col in LIST_COLUMNS.get(name, ()) else DUCKDB_TYPES[f["type"]])
                cols.append(f"{_quote(col)} {sql_type}")
            con.execute(f"CREATE TABLE {name} ({', '.join(cols + _keys(name))})")
            for wave in parents_first(name, tables[name]):
                frame = wave.to_arrow()  # noqa: F841 (read by DuckDB's replacement scan)
                con.execute(f"INSERT INTO {name} SELECT * FROM frame")
    finally:
        con.close()
    return [_replace(tmp, final)]


SQLITE_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "date": "TEXT"}


def write_sqlite(tables: dict, out: Path) -> list[Path]:
    """A SQLite database: primary and foreign keys, a CHECK per vocabulary."""
    import polars as pl

    final, tmp = out / f"{DATABASE}.sqlite", out / f".{DATABASE}.sqlite.tmp"
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        for name in CREATE_ORDER:
            cols = []
            for f in table_schema(name)["fields"]:
                col, enum = f["name"], f.get("constraints", {}).get("enum")
                check = f" CHECK ({_quote(col)} IN ({', '.join(_literal(v) for v in enum)}))" if enum else ""
                cols.append(f"{_quote(col)} {SQLITE_TYPES[f['type']]}{check}")
            con.execute(f"CREATE TABLE {name} ({', '.join(cols + _keys(name))})")
            df = tables[name].with_columns(
                *(pl.col(c).list.join(LIST_SEPARATOR) for c in LIST_COLUMNS.get(name, ())),
                pl.col(pl.Date).dt.to_string("%Y-%m-%d"), pl.col(pl.Enum).cast(pl.String))
            marks = ", ".join("?" * df.width)
            for wave in parents_first(name, df):
                con.executemany(f"INSERT INTO {name} VALUES ({marks})", wave.iter_rows())
        con.commit()
    finally:
        con.close()
    return [_replace(tmp, final)]
