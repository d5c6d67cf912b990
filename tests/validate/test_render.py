"""validate/render.py: every failure located on its file and line, in four formats."""
from __future__ import annotations

import json
from xml.etree import ElementTree as ET

from kadhimi_ds.validate import Report
from kadhimi_ds.validate.render import github_line, locate, render

from conftest import read_rows


def physical_line(path, needle: str) -> int:
    """The 1-based line of the file where ``needle`` starts, found without the csv module."""
    text = path.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def test_a_row_after_multiline_cells_is_found_on_its_physical_line(package_copy):
    rows = read_rows(package_copy / "data" / "furniture.csv")
    assert any("\n" in r["text"] for r in rows[:-1]), "the test needs a quoted cell spanning lines"
    last = rows[-1]["furniture_id"]
    report = Report()
    report.add("schema", "furniture", last, "kind", "enum", "nope")
    [item] = locate(report, package_copy)
    assert item.line == physical_line(package_copy / "data" / "furniture.csv", "\n" + last) + 1
    assert item.file.endswith("data/furniture.csv")
    assert item.message.startswith("expected one of: ") and "outside_body" in item.message


def test_a_span_failure_says_what_the_seed_holds(package_copy, seed_texts):
    row = read_rows(package_copy / "data" / "claims.csv")[0]
    start, end = int(row["start"]) + 1, int(row["end"]) + 1
    report = Report()
    report.add("provenance", "claims", row["claim_id"], "start", "span-outside-body", f"[{start}, {end})")
    [item] = locate(report, package_copy)
    assert repr(seed_texts[row["source_id"]][start:end]) in item.message


def test_github_escapes_data_and_properties():
    line = github_line("data/a,b:c.csv", 3, "rule:x", "50%\r\nnext")
    assert line == "::error file=data/a%2Cb%3Ac.csv,line=3,title=rule%3Ax::50%25%0D%0Anext"


def test_the_four_formats_carry_file_line_row_column_rule_value_and_message(package_copy):
    row = read_rows(package_copy / "data" / "claims.csv")[2]
    report = Report(tables={"claims": 44})
    report.add("schema", "claims", row["claim_id"], "qualifier", "enum", "exactly")
    line = physical_line(package_copy / "data" / "claims.csv", row["claim_id"])
    doc = json.loads(render(report, package_copy, "json"))
    [failure] = doc["failures"]
    assert failure["line"] == line and failure["row"] == row["claim_id"] and failure["value"] == "exactly"
    assert "at_least" in failure["message"] and failure["file"].endswith("data/claims.csv")
    github = render(report, package_copy, "github").splitlines()
    assert github[0].startswith(f"::error file={failure['file']},line={line},title=enum::")
    assert row["claim_id"] in github[0] and "qualifier" in github[0] and "at_least" in github[0]
    suite = ET.fromstring(render(report, package_copy, "junit"))
    failures = suite.findall(".//testcase[@classname='schema'][@name='claims']/failure")
    assert [f.get("type") for f in failures] == ["enum"]
    assert f"claims.csv:{line} {row['claim_id']} qualifier" in failures[0].text
    assert len(suite.findall(".//testcase")) == 6  # six layers of the one table
    text = render(report, package_copy, "text")
    assert f"line {line}  {row['claim_id']}  qualifier  enum" in text and "\x1b[" not in text
    assert text.splitlines()[-1] == "invalid: 1 failures in 1 files"


def test_rows_whose_ids_share_a_prefix_stay_apart(package_copy):
    """The text shows full row ids: a long shared prefix does not merge two rows."""
    ids = [r["summary_id"] for r in read_rows(package_copy / "data" / "claim_summary.csv")]
    a, b = [i for i in ids if i.startswith("2021-11-07-baghdad-pm-residence-drone-attack/drones")][:2]
    report = Report()
    for sid in (a, b):
        report.add("meaning", "claim_summary", sid, "n_claims", "summary-disagrees-with-claims", "1")
    text = render(report, package_copy, "text")
    assert a in text and b in text
