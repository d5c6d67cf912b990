"""kds export: Parquet, DuckDB and SQLite read back with the types and values of load()."""
from __future__ import annotations

import builtins
import shutil
import sqlite3

import duckdb
import pandas as pd
import polars as pl
import pytest
from click.testing import CliRunner

import kadhimi_ds
from kadhimi_ds.cli import cli
from kadhimi_ds.commands.export import export
from kadhimi_ds.contract import LIST_SEPARATOR, TABLES, enum_values, primary_key, table_schema
from kadhimi_ds.errors import KdsError


@pytest.fixture(scope="module")
def loaded():
    return kadhimi_ds.load()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    for fmt in ("parquet", "duckdb", "sqlite"):
        export(None, fmt, out)
    return out


def test_polars_reads_the_parquet_back_as_loaded(exported, loaded):
    for name in TABLES:
        assert pl.read_parquet(exported / f"{name}.parquet").equals(loaded[name]), name


def test_duckdb_reads_the_parquet_with_the_contract_types(exported):
    types = dict(row[:2] for row in duckdb.sql(f"describe from '{exported / 'claims.parquet'}'").fetchall())
    assert types["value"] == "BIGINT" and types["start"] == "BIGINT"
    events = dict(row[:2] for row in duckdb.sql(f"describe from '{exported / 'events.parquet'}'").fetchall())
    assert events["date"] == "DATE"
    summary = dict(row[:2] for row in duckdb.sql(f"describe from '{exported / 'claim_summary.parquet'}'").fetchall())
    assert summary["values"] == "VARCHAR[]" and summary["agree"] == "BOOLEAN"


def test_pandas_reads_the_parquet_with_the_contract_types(exported, loaded):
    claims = pd.read_parquet(exported / "claims.parquet")
    assert str(claims["value"].dtype) == "Int64" and claims["value"].isna().sum() == loaded["claims"]["value"].null_count()
    assert list(claims["qualifier"].cat.categories) == enum_values("claims", "qualifier")
    quotes = pd.read_parquet(exported / "quotes.parquet")
    assert str(quotes["fragment"].dtype) == "boolean"
    assert quotes["fragment"].tolist() == loaded["quotes"]["fragment"].to_list()
    events = pd.read_parquet(exported / "events.parquet")
    assert events["date"].tolist() == loaded["events"]["date"].to_list()
    actors = pd.read_parquet(exported / "actors.parquet")
    assert [list(v) if v is not None else None for v in actors["aliases"]] == loaded["actors"]["aliases"].to_list()


def test_the_duckdb_file_has_enums_keys_and_the_rows(exported, loaded):
    con = duckdb.connect(str(exported / "kadhimi-ds.duckdb"), read_only=True)
    types = dict(con.sql("select column_name, column_type from (describe claims)").fetchall())
    assert types["qualifier"].startswith("ENUM(") and "'at_least'" in types["qualifier"]
    assert dict(con.sql("select column_name, column_type from (describe actors)").fetchall())["aliases"] == "VARCHAR[]"
    constraints = con.sql("select table_name, constraint_type, constraint_column_names from duckdb_constraints()").fetchall()
    for name in TABLES:
        assert (name, "PRIMARY KEY", primary_key(name)) in constraints
        for fk in table_schema(name).get("foreignKeys", []):
            assert (name, "FOREIGN KEY", [fk["fields"]]) in constraints, (name, fk["fields"])
    for name in TABLES:
        back = con.sql(f"select * from {name}").pl().with_columns(pl.col(pl.Enum).cast(pl.String))
        want = loaded[name].with_columns(pl.col(pl.Enum).cast(pl.String))
        assert back.sort(primary_key(name)).equals(want), name
    con.close()


def test_the_duckdb_keys_are_enforced(exported, tmp_path):
    shutil.copy(exported / "kadhimi-ds.duckdb", tmp_path / "db.duckdb")
    con = duckdb.connect(str(tmp_path / "db.duckdb"))
    with pytest.raises(duckdb.ConstraintException):
        con.execute("insert into claims select * replace ('no-such-summary' as summary_id, 'c-new' as claim_id) "
                    "from claims limit 1")
    with pytest.raises(duckdb.ConversionException):
        con.execute("insert into claims select * replace ('exactly' as qualifier, 'c-new' as claim_id) from claims limit 1")
    con.close()


def test_the_sqlite_file_has_keys_and_the_rows(exported, loaded):
    con = sqlite3.connect(exported / "kadhimi-ds.sqlite")
    assert con.execute("pragma foreign_key_check").fetchall() == []
    fks = {(t, row[3]) for t in TABLES for row in con.execute(f"pragma foreign_key_list({t})")}
    assert ("claims", "summary_id") in fks and ("actors", "parent_id") in fks
    aliases = dict(con.execute("select actor_id, aliases from actors").fetchall())
    for actor_id, items in loaded["actors"].select("actor_id", "aliases").iter_rows():
        assert aliases[actor_id] == (LIST_SEPARATOR.join(items) if items is not None else None)
    assert con.execute("select count(*) from claims").fetchone()[0] == loaded["claims"].height
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("update claims set qualifier = 'exactly'")


def test_a_missing_extra_says_which_to_install(monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_duckdb(name, *args, **kwargs):
        if name == "duckdb":
            raise ImportError("no duckdb")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "duckdb")
    monkeypatch.setattr(builtins, "__import__", no_duckdb)
    result = CliRunner().invoke(cli, ["export", "--to", "duckdb", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("Error: duckdb is not installed; install the extra: "
                                     "pip install 'kadhimi-ds[export]'")
    assert not (tmp_path / "out").exists()


def test_the_command_writes_into_the_directory(tmp_path, project_root):
    result = CliRunner().invoke(cli, ["export", "--to", "sqlite", str(tmp_path / "out"), "--root", str(project_root)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "kadhimi-ds.sqlite").is_file()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kadhimi-ds.sqlite"]  # no temporary left
    quiet = CliRunner().invoke(cli, ["export", "--to", "sqlite", str(tmp_path / "out"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stdout == ""


def test_a_file_as_the_package_or_the_output_is_one_line_exit_2(tmp_path, project_root):
    file = tmp_path / "f.txt"
    file.write_text("x")
    for args in (["--root", str(file), str(tmp_path / "out")], [str(file)]):
        result = CliRunner().invoke(cli, ["export", "--to", "sqlite", *args])
        assert result.exit_code == 2 and "f.txt" in result.stderr and "Traceback" not in result.output


def test_an_unknown_format_is_refused(tmp_path):
    with pytest.raises(KdsError, match="unknown export format 'csv'"):
        export(None, "csv", tmp_path)
