"""load(): the published tables as polars DataFrames with the schema's dtypes."""
from __future__ import annotations

import zipfile

import polars as pl
import pytest

import kadhimi_ds
from kadhimi_ds.contract import LIST_COLUMNS, TABLES, table_schema
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
            if f["name"] in LIST_COLUMNS.get(name, ()):
                assert dtype == pl.List(pl.String), (name, f["name"])
            elif enum:
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
    for name in ("claims", "events", "quotes", "sources", "actors", "claim_summary"):
        df = loaded[name]
        for col in df.columns:
            got = ["" if v is None else "; ".join(v) if isinstance(v, list)
                   else (str(v).lower() if isinstance(v, bool) else str(v)) for v in df[col].to_list()]
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


def test_list_columns_are_lists(loaded, shipped_rows):
    """The CSV separates list items with '; ': load() gives the items."""
    kadhimi = loaded["actors"].filter(pl.col("actor_id") == "mustafa-al-kadhimi").item(0, "aliases")
    assert "al-Kadhimi" in kadhimi and all("; " not in a for a in kadhimi)
    injured = loaded["claim_summary"].filter(pl.col("quantity") == "injured")
    assert all(len(v) == n for v, n in zip(injured["values"], injured["n_claims"]))


def test_load_from_a_release_archive(package_copy, loaded, tmp_path):
    archive = tmp_path / "kadhimi-ds-9.9.9.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(package_copy.rglob("*")):
            if path.is_file():
                zf.write(path, "kadhimi-ds-9.9.9/" + path.relative_to(package_copy).as_posix())
    assert kadhimi_ds.load("claims", path=archive).equals(loaded["claims"])
    sid = loaded["sources"].item(0, "source_id")
    assert kadhimi_ds.text(sid, path=archive) == kadhimi_ds.text(sid)


def test_a_file_that_is_not_an_archive_is_named(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("claim_id\n")
    with pytest.raises(KdsError, match="claims.csv: is a file, not a package directory"):
        kadhimi_ds.load("claims", path=path)


def test_text_slices_to_every_span(loaded):
    texts = {sid: kadhimi_ds.text(sid) for sid in loaded["sources"]["source_id"]}
    for row in loaded["quotes"].iter_rows(named=True):
        assert texts[row["source_id"]][row["start"]:row["end"]] == row["text"]


def test_text_of_an_unknown_source_raises():
    with pytest.raises(KdsError, match="unknown source 'nope'"):
        kadhimi_ds.text("nope")


def test_package_path_holds_the_package():
    root = kadhimi_ds.package_path()
    assert (root / "datapackage.json").is_file() and (root / "data" / "claims.csv").is_file()


def test_a_package_is_read_with_the_schemas_it_ships(tmp_path):
    """An older package (here: sources without n_furniture) loads by its own contract."""
    import json

    from conftest import copy_project, frame_csv_bytes

    root = copy_project(tmp_path / "old")
    csv = root / "data" / "sources.csv"
    csv.write_bytes(frame_csv_bytes(pl.read_csv(csv, infer_schema=False).drop("n_furniture")))
    schema_file = root / "schemas" / "sources.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    schema["fields"] = [f for f in schema["fields"] if f["name"] != "n_furniture"]
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    sources = kadhimi_ds.load("sources", path=root)
    assert "n_furniture" not in sources.columns and sources["n_chars"].dtype == pl.Int64
