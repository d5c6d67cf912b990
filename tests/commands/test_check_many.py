"""`kds validate FOLDER` on a folder of packages: each validated in its own process, the
reports merged, the verdicts the same as validating each package alone."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import copy_project
from kadhimi_ds.cli import cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Three copies of the package; in the second a quote is given another attribution."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("a", "b", "c"):
        copy_project(folder / name)
    quotes = folder / "b" / "data" / "quotes.csv"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace(",explicit,", ",implicit,", 1), encoding="utf-8")
    return folder


def run(*args):
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def test_each_package_gets_the_verdict_it_gets_alone(corpus):
    merged = run(corpus, "--format", "json", "--jobs", "2")
    assert merged.exit_code == 1, merged.output
    doc = json.loads(merged.stdout)
    assert [p["path"] for p in doc["packages"]] == [str(corpus / n) for n in ("a", "b", "c")]
    assert [p["valid"] for p in doc["packages"]] == [True, False, True]
    assert doc["summary"] == "3 packages: 2 valid, 1 invalid, 0 not validated"
    alone = json.loads(run(corpus / "b", "--format", "json").stdout)
    assert doc["packages"][1]["failures"] == alone["failures"] and alone["failures"]


def test_the_merged_report_does_not_depend_on_the_number_of_jobs(corpus):
    assert run(corpus, "--jobs", "1").output == run(corpus, "--jobs", "3").output


def test_junit_holds_every_package_suite(corpus):
    out = run(corpus, "--format", "junit", "--jobs", "2")
    assert out.exit_code == 1
    suites = [s.get("name") for s in ET.fromstring(out.stdout.encode("utf-8"))]
    assert {name.split(": ")[0] for name in suites} == {str(corpus / n) for n in ("a", "b", "c")}
    assert any(s.startswith(str(corpus / "b")) and "schema" not in s for s in suites)


def test_a_folder_of_valid_packages_exits_0(tmp_path):
    for name in ("x", "y"):
        copy_project(tmp_path / name)
    out = run(tmp_path, "--tables-only", "--jobs", "2")
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[-1] == "2 packages: 2 valid, 0 invalid, 0 not validated"
