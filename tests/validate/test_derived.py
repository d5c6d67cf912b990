"""validate/derived.py: columns derived from others in the same row."""
from __future__ import annotations

import polars as pl

import kadhimi_ds
from kadhimi_ds.validate import Report
from kadhimi_ds.validate.derived import check_source_label, check_summary_link


def test_the_shipped_rows_agree():
    report = Report()
    check_source_label(kadhimi_ds.load("sources"), report)
    check_summary_link(kadhimi_ds.load("claims"), report)
    assert report.valid, report.failures


def test_a_claim_pointing_at_another_summary_row_is_a_dangling_key():
    claims = kadhimi_ds.load("claims")
    other = claims["summary_id"].unique().sort()[0]
    changed = claims.with_columns(summary_id=pl.lit(other))
    report = Report()
    check_summary_link(changed, report)
    expected = claims.filter(pl.col("summary_id") != other)["claim_id"].sort().to_list()
    assert sorted(f.row for f in report.failures) == expected
    assert {(f.layer, f.column, f.rule) for f in report.failures} == {("relations", "summary_id", "foreign-key")}


def test_an_edited_label_is_flagged():
    sources = kadhimi_ds.load("sources").with_columns(label=pl.lit("Somebody"))
    report = Report()
    check_source_label(sources, report)
    assert {f.row for f in report.failures} == set(sources["source_id"])
    assert all("expected" in f.message for f in report.failures)
