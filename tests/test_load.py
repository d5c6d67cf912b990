"""load(): the published tables as polars DataFrames with the schema's dtypes."""
from __future__ import annotations

import polars as pl
import pytest

import kadhimi_ds
from kadhimi_ds.contract import TABLES, table_schema
from kadhimi_ds.errors import KdsError

BASE = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean, "date": pl.Date}


@pytest.fixture(scope="module")
def loaded() -> dict[str, pl.DataFrame]:
    """Every table loaded from the default package."""
    return kadhimi_ds.load()


def test_every_table_loads_with_every_row(loaded, shipped_rows):
    assert list(loaded) == list(TABLES)
    for name in TABLES:
        assert loaded[name].height == len(shipped_rows[name]) > 0, name
        assert loaded[name].columns == [f["name"] for f in table_schema(name)["fields"]]


def test_dtypes_follow_the_schemas(loaded):
    for name, df in loaded.items():
        for f in table_schema(name)["fields"]:
            dtype = df.schema[f["name"]]
            enum = f.get("constraints", {}).get("enum")
            if enum:
                assert dtype == pl.Enum(enum), (name, f["name"])
                assert isinstance(dtype, pl.Enum) and dtype.categories.to_list() == enum
            else:
                assert dtype == BASE[f["type"]], (name, f["name"], dtype)


def test_specific_dtypes(loaded):
    assert loaded["events"].schema["date"] == pl.Date
    assert loaded["sources"].schema["published"] == pl.Date
    assert loaded["claims"].schema["value"] == pl.Int64
    assert loaded["claims"].schema["start"] == pl.Int64
    assert isinstance(loaded["claims"].schema["qualifier"], pl.Enum)
    assert isinstance(loaded["actors"].schema["kind"], pl.Enum)
    assert loaded["quotes"].schema["fragment"] == pl.Boolean


def test_values_agree_with_the_csv(loaded, shipped_rows):
    for name in ("claims", "events", "quotes", "sources"):
        df = loaded[name]
        for col in df.columns:
            got = ["" if v is None else (str(v).lower() if isinstance(v, bool) else str(v)) for v in df[col].to_list()]
            assert got == [r[col] for r in shipped_rows[name]], (name, col)


def test_one_table_equals_the_same_table_of_all(loaded):
    assert kadhimi_ds.load("claims").equals(loaded["claims"])


def test_plain_read_csv_keeps_working(project_root, shipped_rows):
    df = pl.read_csv(project_root / "data" / "claims.csv")
    assert df.height == len(shipped_rows["claims"])
    assert df.columns == list(shipped_rows["claims"][0])


def test_load_from_another_copy(package_copy, loaded):
    assert kadhimi_ds.load("quotes", path=package_copy).equals(loaded["quotes"])


@pytest.mark.parametrize("name", ["nope", "claim", "", "../claims"])
def test_unknown_table_raises(name):
    with pytest.raises(KdsError, match="unknown table"):
        kadhimi_ds.load(name)


def test_missing_data_raises(tmp_path):
    with pytest.raises(KdsError, match="not found"):
        kadhimi_ds.load("claims", path=tmp_path)
