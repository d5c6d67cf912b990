"""The benchmark's synthetic packages: valid, reproducible, and checked the same way
whether validation reads them whole or in batches with the seeds in parts."""
from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest

from kadhimi_ds.commands.check import validate_package as validate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import synthetic  # noqa: E402


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("synthetic") / "pkg"
    synthetic.make_package(dest, 3000, seed=3, claims_per_article=300, verify=True)
    return dest


def test_synthetic_package_is_valid(package):
    report = validate(package, tables_only=True)
    assert report.failures == []
    assert report.tables["claims"] == 3000 and report.tables["sources"] == 10


def test_synthetic_package_is_valid_in_batches_and_seed_parts(package, small_batches):
    small_batches(500, 50_000)
    assert validate(package, tables_only=True).failures == []


def test_synthetic_corruption_is_found_in_batches(package, tmp_path, small_batches):
    """A claim whose text no longer matches its seed, far into a batched table."""
    import shutil

    copy = tmp_path / "pkg"
    shutil.copytree(package, copy)
    path = copy / "data" / "claims.csv"
    claims = pl.read_csv(path, infer_schema=False)
    victim = claims.row(2500, named=True)
    claims = claims.with_columns(text=pl.when(pl.col("claim_id") == victim["claim_id"])
                                 .then(pl.col("text") + "!").otherwise(pl.col("text")))
    claims.write_csv(path)
    small_batches(500, 50_000)
    found = {(f.table, f.row, f.rule) for f in validate(copy, tables_only=True).failures}
    assert ("claims", victim["claim_id"], "span-text-mismatch") in found


def test_synthetic_package_is_reproducible(package, tmp_path):
    again = tmp_path / "pkg"
    synthetic.make_package(again, 3000, seed=3, claims_per_article=300, verify=False)
    for path in sorted((package / "data").glob("*.csv")) + [package / "datapackage.json"]:
        assert (again / path.relative_to(package)).read_bytes() == path.read_bytes(), path.name
