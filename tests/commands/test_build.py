"""The build: seeds to data/*.csv and datapackage.json, deterministic and refusing bad tables."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kadhimi_ds.commands.build import BuildRefused, build, build_files
from kadhimi_ds.contract import TABLES
from kadhimi_ds.errors import SeedError

from conftest import copy_project, dump_yaml, plain_yaml

OUTPUTS = sorted([f"data/{t}.csv" for t in TABLES] + ["datapackage.json"])


def output_bytes(root):
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()}
    files["datapackage.json"] = (root / "datapackage.json").read_bytes()
    return files


def test_shipped_package_is_up_to_date(project_root):
    assert build(project_root, check=True) == []


def test_build_twice_gives_identical_bytes(tmp_path):
    one, two = copy_project(tmp_path / "one", with_outputs=False), copy_project(tmp_path / "two", with_outputs=False)
    assert sorted(build(one)) == OUTPUTS
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # a second process with another hash seed
    kds = Path(sys.executable).with_name("kds")
    done = subprocess.run([str(kds), "build", "--root", str(two)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    first, second = output_bytes(one), output_bytes(two)
    assert sorted(first) == OUTPUTS
    assert first.keys() == second.keys()
    for rel in first:
        assert first[rel] == second[rel], rel


def test_second_build_changes_nothing(inputs_copy):
    assert sorted(build(inputs_copy)) == OUTPUTS
    before = output_bytes(inputs_copy)
    assert build(inputs_copy) == []
    assert build(inputs_copy, check=True) == []
    assert output_bytes(inputs_copy) == before
    assert not [p for p in inputs_copy.iterdir() if p.name.startswith(".kds-tmp")]


def test_build_files_match_what_is_written(inputs_copy):
    files = build_files(inputs_copy)
    build(inputs_copy)
    assert output_bytes(inputs_copy) == files


def test_check_reports_stale_outputs_and_writes_nothing(package_copy):
    claims = package_copy / "data" / "claims.csv"
    assert build(package_copy, check=True) == []
    edited = claims.read_bytes()[:-1] + b" \n"  # one space more at the end of the last line
    claims.write_bytes(edited)
    (package_copy / "data" / "stray.csv").write_bytes(b"x\n")
    assert sorted(build(package_copy, check=True)) == ["data/claims.csv", "data/stray.csv"]
    assert claims.read_bytes() == edited
    assert sorted(build(package_copy)) == ["data/claims.csv", "data/stray.csv"]
    assert not (package_copy / "data" / "stray.csv").exists()
    assert build(package_copy, check=True) == []


def break_a_claim_value(root):
    """Give the first exact claim with a value in article 004 a value its text does not give."""
    path = root / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
    data = plain_yaml(path)
    item = next(c for c in data["claims"] if c.get("value") is not None)
    item["value"] = item["value"] + 1000
    dump_yaml(data, path)
    return item["text"]


def test_build_refuses_invalid_tables_and_writes_nothing(package_copy):
    before = output_bytes(package_copy)
    break_a_claim_value(package_copy)
    with pytest.raises(BuildRefused) as info:
        build(package_copy)
    rules = {(f.layer, f.table, f.rule) for f in info.value.report.failures}
    assert ("meaning", "claims", "value-not-in-text") in rules
    bad = [f for f in info.value.report.failures if f.rule == "value-not-in-text"]
    assert len(bad) == 1 and "nothing was written" in str(info.value)
    assert output_bytes(package_copy) == before


def test_build_with_a_missing_anchor_names_the_file(inputs_copy):
    path = inputs_copy / "seeds" / "annotations" / "002_18e1d0701c846336.yaml"
    data = plain_yaml(path)
    data["quotes"][0]["text"] = "words that appear in no article at all"
    dump_yaml(data, path)
    with pytest.raises(SeedError) as info:
        build(inputs_copy)
    assert "002_18e1d0701c846336.yaml" in str(info.value) and "quotes[1]" in str(info.value)
    assert not (inputs_copy / "data").exists() and not (inputs_copy / "datapackage.json").exists()
