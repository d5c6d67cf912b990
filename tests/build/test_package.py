"""Write stage: CSV bytes, the Data Package descriptor, staleness and the atomic write."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tomllib

import polars as pl
import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.contract import TABLES, table_schema
from kadhimi_ds.errors import KdsError
from kadhimi_ds.build.package import csv_bytes, release_info, render, stale, write


# --- csv_bytes ----------------------------------------------------------------------------------


def test_csv_bytes_layout():
    df = pl.DataFrame({"id": ["b", "a"], "n": [1, None], "d": [dt.date(2021, 11, 7), None], "ok": [True, False]})
    data = csv_bytes(df)
    assert data == b"id,n,d,ok\nb,1,2021-11-07,true\na,,,false\n"
    assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf")


CELLS = st.one_of(st.none(), st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\r"),
                                     min_size=1, max_size=20))


@given(st.lists(st.tuples(CELLS, CELLS), min_size=1, max_size=10))
@settings(max_examples=100)
def test_csv_bytes_round_trip(rows):
    df = pl.DataFrame(rows, schema={"a": pl.String, "b": pl.String}, orient="row")
    data = csv_bytes(df)
    data.decode("utf-8")
    back = pl.read_csv(io.BytesIO(data), infer_schema=False)
    # empty text and null share the empty cell; everything else survives
    expected = df.with_columns(pl.all().replace("", None))
    assert back.with_columns(pl.all().replace("", None)).equals(expected)


# --- release_info ---------------------------------------------------------------------------------


def test_release_info_reads_pyproject(project_root):
    project = tomllib.loads((project_root / "pyproject.toml").read_text(encoding="utf-8"))
    info = release_info(project_root)
    assert info["version"] == project["project"]["version"]
    assert info["released"] == str(project["tool"]["kadhimi-ds"]["released"])


@pytest.mark.parametrize("content", [None, "[project]\nname = 'x'\n", "not = [toml"])
def test_release_info_refuses_missing_or_incomplete_pyproject(tmp_path, content):
    if content is not None:
        (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    with pytest.raises(KdsError, match="pyproject.toml"):
        release_info(tmp_path)


# --- render: the descriptor agrees with the bytes -----------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tables, project_root):
    """Every output file the shipped seeds render to (nothing written)."""
    return render(tables, project_root)


def test_render_lists_every_table_and_the_descriptor(rendered):
    assert set(rendered) == {f"data/{t}.csv" for t in TABLES} | {"datapackage.json"}


def test_descriptor_bytes_and_hashes_match_the_csv(rendered, project_root):
    package = json.loads(rendered["datapackage.json"])
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    for res in package["resources"]:
        data = rendered[res["path"]]
        assert res["bytes"] == len(data)
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res["schema"] == f"schemas/{res['name']}.schema.json"
        assert (project_root / res["schema"]).is_file()
        assert res["description"] == table_schema(res["name"])["description"]


def test_descriptor_version_and_date_come_from_pyproject(rendered, project_root):
    package = json.loads(rendered["datapackage.json"])
    info = release_info(project_root)
    assert package["version"] == info["version"]
    assert package["created"].startswith(info["released"])


def test_descriptor_lists_every_article(rendered, sources_yaml):
    package = json.loads(rendered["datapackage.json"])
    assert sorted(s["path"] for s in package["sources"]) == sorted(f"seeds/{s['path']}" for s in sources_yaml)


def test_every_csv_is_utf8_lf_with_header(rendered):
    for name in TABLES:
        data = rendered[f"data/{name}.csv"]
        text = data.decode("utf-8")
        assert b"\r" not in data and data.endswith(b"\n") and not data.startswith(b"\xef\xbb\xbf")
        assert text.split("\n", 1)[0] == ",".join(f["name"] for f in table_schema(name)["fields"])


# --- stale and write --------------------------------------------------------------------------------------


def test_stale_names_changed_missing_and_stray_files(tmp_path):
    files = {"data/a.csv": b"x\n1\n", "data/b.csv": b"y\n2\n", "datapackage.json": b"{}\n"}
    assert stale(files, tmp_path) == sorted(files)
    write(files, tmp_path)
    assert stale(files, tmp_path) == []
    (tmp_path / "data" / "a.csv").write_bytes(b"x\n9\n")
    (tmp_path / "data" / "stray.csv").write_bytes(b"z\n")
    (tmp_path / "datapackage.json").unlink()
    assert sorted(stale(files, tmp_path)) == ["data/a.csv", "data/stray.csv", "datapackage.json"]


def test_write_replaces_data_and_leaves_no_staging(tmp_path):
    old = {"data/a.csv": b"old\n", "data/gone.csv": b"gone\n", "datapackage.json": b"{}\n"}
    write(old, tmp_path)
    new = {"data/a.csv": b"new\n", "datapackage.json": b'{"v": 2}\n'}
    write(new, tmp_path)
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["a.csv"]
    assert (tmp_path / "data" / "a.csv").read_bytes() == b"new\n"
    assert (tmp_path / "datapackage.json").read_bytes() == b'{"v": 2}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kds.lock", "data", "datapackage.json"]  # no stage left


def test_write_into_an_empty_directory(tmp_path):
    write({"data/a.csv": b"a\n", "datapackage.json": b"{}\n"}, tmp_path)
    assert (tmp_path / "data" / "a.csv").read_bytes() == b"a\n"


def test_version_agrees_across_pyproject_descriptor_and_citation(project_root):
    from conftest import plain_yaml

    project = tomllib.loads((project_root / "pyproject.toml").read_text(encoding="utf-8"))
    package = json.loads((project_root / "datapackage.json").read_text(encoding="utf-8"))
    citation = plain_yaml(project_root / "CITATION.cff")
    version = project["project"]["version"]
    assert package["version"] == version
    assert str(citation["version"]) == version
    assert str(citation["date-released"]) == str(project["tool"]["kadhimi-ds"]["released"])
