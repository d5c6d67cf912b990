"""`kds validate` says which layers ran; a layer that cannot run fails unless --tables-only."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kadhimi_ds.cli import cli

from conftest import read_rows


def quote_given_to_another_speaker(root, set_cell):
    quotes = read_rows(root / "data" / "quotes.csv")
    row = next(q for q in quotes if q["speaker_id"])
    other = next(q["speaker_id"] for q in quotes if q["speaker_id"] and q["speaker_id"] != row["speaker_id"])
    set_cell(root, "quotes", row["quote_id"], "speaker_id", other)


@pytest.mark.parametrize("missing", ["sources.yaml", "seeds"])
def test_a_layer_that_cannot_run_fails_validation(package_copy, set_cell, missing):
    """The attack of issue #16: a quote given to another real speaker, the YAML removed."""
    import shutil

    quote_given_to_another_speaker(package_copy, set_cell)
    if missing == "seeds":
        shutil.rmtree(package_copy / "seeds")
    else:
        (package_copy / "seeds" / "sources.yaml").unlink()
    result = CliRunner().invoke(cli, ["validate", str(package_copy), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert {(f["rule"], f["value"]) for f in report["failures"]} >= {("layer-not-run", "up-to-date"),
                                                                     ("layer-not-run", "coverage")}


def test_tables_only_says_what_it_did_not_check(package_copy):
    (package_copy / "seeds" / "sources.yaml").unlink()
    result = CliRunner().invoke(cli, ["validate", str(package_copy), "--tables-only"])
    assert result.exit_code == 0, result.output
    assert "5 layers checked (schema, relations, provenance, meaning, package)" in result.stdout
    assert "NOT checked: up-to-date" in result.stdout and "NOT checked: coverage" in result.stdout
    doc = json.loads(CliRunner().invoke(cli, ["validate", str(package_copy), "--tables-only", "--format", "json"]).stdout)
    assert set(doc["not_checked"]) == {"up-to-date", "coverage"} and "coverage" not in doc["layers"]


def test_the_full_run_names_seven_layers(package_copy):
    doc = json.loads(CliRunner().invoke(cli, ["validate", str(package_copy), "--format", "json"]).stdout)
    assert doc["layers"] == ["schema", "relations", "provenance", "meaning", "package", "up-to-date", "coverage"]
    assert doc["not_checked"] == {}
