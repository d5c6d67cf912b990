"""Validation: the shipped package is valid; known-bad copies fail with the expected failure."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.contract import TABLES
from kadhimi_ds.errors import KdsError
from kadhimi_ds.commands.check import validate_package as validate
from kadhimi_ds.validate import Report, check_tables

from conftest import dump_yaml, plain_yaml, read_rows, refresh_resource_entry

HEDGES = ("about", "around", "approximately", "roughly", "estimated", "some", "least", "more", "less", "fewer",
          "most", "up to", "nearly", "almost", "close", "unspecified", "unknown", "undisclosed", "unconfirmed",
          "upwards", "excess", "dozen", "hundreds", "thousands", "several")


def rows_of(root: Path, table: str) -> list[dict[str, str]]:
    return read_rows(root / "data" / f"{table}.csv")


def first(root: Path, table: str, pred=lambda r: True) -> dict[str, str]:
    return next(r for r in rows_of(root, table) if pred(r))


def seed_text(root: Path, source_id: str) -> str:
    src = first(root, "sources", lambda r: r["source_id"] == source_id)
    return (root / src["path"]).read_bytes().decode("utf-8")


def plain_exact_claim(r: dict[str, str]) -> bool:
    """An exact claim with a value whose words carry no hedge at all."""
    low = r["text"].lower()
    return r["qualifier"] == "exact" and r["value"] != "" and not any(h in low for h in HEDGES)


def rewrite_bytes(root: Path, h, table: str, change) -> None:
    """Rewrite a table's raw bytes and refresh its resource entry, so only the bytes rule fails."""
    path = root / "data" / f"{table}.csv"
    path.write_bytes(change(path.read_bytes()))
    h.refresh(root, table)


# --- the valid package ---------------------------------------------------------------------------------


def test_shipped_package_is_valid(project_root, shipped_rows):
    report = validate(project_root)
    assert report.failures == [] and report.valid
    assert report.tables == {name: len(shipped_rows[name]) for name in TABLES}


def test_copy_is_valid_by_directory_and_by_descriptor(package_copy):
    assert validate(package_copy).failures == []
    assert validate(package_copy / "datapackage.json").failures == []


def test_stock_frictionless_validator_accepts_the_package(package_copy):
    from frictionless import validate as frictionless_validate

    report = frictionless_validate(str(package_copy / "datapackage.json"))
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])[:10]


def test_stock_frictionless_validator_is_not_vacuous(package_copy, set_cell):
    from frictionless import validate as frictionless_validate

    row = first(package_copy, "claims")
    set_cell(package_copy, "claims", row["claim_id"], "start", "abc")
    assert not frictionless_validate(str(package_copy / "datapackage.json")).valid


# --- known-bad copies -------------------------------------------------------------------------------------
# Each corruption edits the copy and returns the (layer, table, row, column, rule) it must produce.


def wrong_integer(root, h):
    row = first(root, "claims")
    h.set_cell(root, "claims", row["claim_id"], "start", "twelve")
    return ("schema", "claims", row["claim_id"], "start", "type-error:integer")


def wrong_date(root, h):
    row = first(root, "events")
    h.set_cell(root, "events", row["event_id"], "date", "2021-02-30")
    return ("schema", "events", row["event_id"], "date", "type-error:date")


def wrong_boolean(root, h):
    row = first(root, "quotes")
    h.set_cell(root, "quotes", row["quote_id"], "fragment", "yes")
    return ("schema", "quotes", row["quote_id"], "fragment", "type-error:boolean")


def missing_column(root, h):
    h.edit_table(root, "claims", lambda df: df.drop("population"))
    return ("schema", "claims", None, "population", "missing-column")


def extra_column(root, h):
    h.edit_table(root, "quotes", lambda df: df.with_columns(pl.lit("x").alias("note")))
    return ("schema", "quotes", None, "note", "extra-column")


def empty_required_cell(root, h):
    row = first(root, "quotes")
    h.set_cell(root, "quotes", row["quote_id"], "attribution", None)
    return ("schema", "quotes", row["quote_id"], "attribution", "required")


def duplicate_primary_key(root, h):
    row = first(root, "event_mentions")
    h.edit_table(root, "event_mentions", lambda df: pl.concat([df, df.head(1)]).sort("mention_id"))
    return ("relations", "event_mentions", row["mention_id"], "mention_id", "primary-key")


def dangling_foreign_key(root, h):
    row = first(root, "quotes", lambda r: r["speaker_id"] != "")
    h.set_cell(root, "quotes", row["quote_id"], "speaker_id", "no-such-actor")
    return ("relations", "quotes", row["quote_id"], "speaker_id", "foreign-key")


def dangling_parent(root, h):
    row = first(root, "actors", lambda r: r["parent_id"] != "")
    h.set_cell(root, "actors", row["actor_id"], "parent_id", "no-such-parent")
    return ("relations", "actors", row["actor_id"], "parent_id", "foreign-key")


def span_off_by_one(root, h):
    row = first(root, "mentions")
    mid = row["mention_id"]
    h.set_cell(root, "mentions", mid, "start", str(int(row["start"]) + 1))
    h.set_cell(root, "mentions", mid, "end", str(int(row["end"]) + 1))
    return ("provenance", "mentions", mid, "text", "span-text-mismatch")


def text_not_matching_seed(root, h):
    row = first(root, "quotes", lambda r: len(r["text"]) > 10)
    changed = row["text"][:-3] + ("X" if row["text"][-3] != "X" else "Y") + row["text"][-2:]
    h.set_cell(root, "quotes", row["quote_id"], "text", changed)
    return ("provenance", "quotes", row["quote_id"], "text", "span-text-mismatch")


def span_out_of_range(root, h):
    row = first(root, "event_mentions")
    h.set_cell(root, "event_mentions", row["mention_id"], "end", str(10**7))
    return ("provenance", "event_mentions", row["mention_id"], "end", "span-out-of-range")


def quote_not_enclosed(root, h):
    # move a quote onto an actor mention of its article that no quotation mark opens
    q = first(root, "quotes")
    text = seed_text(root, q["source_id"])
    m = first(root, "mentions", lambda r: r["source_id"] == q["source_id"] and int(r["start"]) > 0
              and text[int(r["start"]) - 1] not in "“‘\"'«")
    for col in ("start", "end", "text"):
        h.set_cell(root, "quotes", q["quote_id"], col, m[col])
    return ("provenance", "quotes", q["quote_id"], "start", "quote-not-enclosed")


def span_outside_body(root, h):
    outside = first(root, "furniture", lambda r: r["kind"] == "outside_body" and r["text"][0] not in "=+-@")
    c = first(root, "claims", lambda r: r["source_id"] == outside["source_id"])
    for col in ("start", "end", "text"):
        h.set_cell(root, "claims", c["claim_id"], col, outside[col])
    return ("provenance", "claims", c["claim_id"], "start", "span-outside-body")


def span_in_furniture(root, h):
    f = first(root, "furniture", lambda r: r["kind"] != "outside_body" and r["text"][0] not in "=+-@")
    em = first(root, "event_mentions", lambda r: r["source_id"] == f["source_id"])
    for col in ("start", "end", "text"):
        h.set_cell(root, "event_mentions", em["mention_id"], col, f[col])
    return ("provenance", "event_mentions", em["mention_id"], "start", "span-in-furniture")


def value_disagrees_with_text(root, h):
    row = first(root, "claims", plain_exact_claim)
    h.set_cell(root, "claims", row["claim_id"], "value", "987654")
    assert "987" not in row["text"]
    return ("meaning", "claims", row["claim_id"], "value", "value-not-in-text")


def qualifier_disagrees_with_cue(root, h):
    row = first(root, "claims", plain_exact_claim)
    h.set_cell(root, "claims", row["claim_id"], "qualifier", "about")
    return ("meaning", "claims", row["claim_id"], "qualifier", "qualifier-disagrees-with-cue")


def unspecified_with_a_value(root, h):
    row = first(root, "claims", plain_exact_claim)
    h.set_cell(root, "claims", row["claim_id"], "qualifier", "unspecified")
    return ("meaning", "claims", row["claim_id"], "qualifier", "unspecified-needs-null-value")


def event_after_every_article(root, h):
    ev = first(root, "events")
    h.set_cell(root, "events", ev["event_id"], "date", "2099-01-01")
    return ("meaning", "events", ev["event_id"], "date", "implausible-date")


def event_after_its_article(root, h):
    ev = first(root, "events", lambda r: any(q["event_id"] == r["event_id"] for q in rows_of(root, "quotes")))
    q = first(root, "quotes", lambda r: r["event_id"] == ev["event_id"])
    h.set_cell(root, "events", ev["event_id"], "date", "2099-01-01")
    return ("meaning", "quotes", q["quote_id"], "event_id", "event-after-article")


def seed_changed_by_one_byte(root, h):
    src = first(root, "sources")
    path = root / src["path"]
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x20
    path.write_bytes(bytes(data))
    return ("provenance", "sources", src["source_id"], "sha256", "seed-hash-mismatch")


def seed_missing(root, h):
    src = first(root, "sources")
    (root / src["path"]).unlink()
    return ("provenance", "sources", src["source_id"], "path", "missing-seed")


def summary_row_edited(root, h):
    row = first(root, "claim_summary")
    h.set_cell(root, "claim_summary", row["summary_id"], "n_claims", str(int(row["n_claims"]) + 1))
    return ("meaning", "claim_summary", row["summary_id"], "n_claims", "summary-disagrees-with-claims")


def summary_row_deleted(root, h):
    row = first(root, "claim_summary")
    h.edit_table(root, "claim_summary", lambda df: df.filter(pl.col("summary_id") != row["summary_id"]))
    return ("meaning", "claim_summary", row["summary_id"], None, "summary-row-missing")


def wrong_resource_hash(root, h):
    path = root / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    res = next(r for r in package["resources"] if r["name"] == "claims")
    res["hash"] = "sha256:" + hashlib.sha256(b"something else").hexdigest()
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return ("package", "datapackage.json", "claims", "hash", "hash-mismatch")


def wrong_resource_bytes(root, h):
    path = root / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    res = next(r for r in package["resources"] if r["name"] == "quotes")
    res["bytes"] += 1
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return ("package", "datapackage.json", "quotes", "bytes", "bytes-mismatch")


def missing_data_file(root, h):
    (root / "data" / "events.csv").unlink()
    return ("package", "datapackage.json", "events", "path", "missing-file")


def unsafe_resource_path(root, h):
    path = root / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    next(r for r in package["resources"] if r["name"] == "actors")["path"] = "../../etc/passwd"
    path.write_text(json.dumps(package, indent=2), encoding="utf-8")
    return ("package", "datapackage.json", "actors", "path", "unsafe-path")


def schema_file_edited(root, h):
    path = root / "schemas" / "claims.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["description"] += " (edited)"
    path.write_text(json.dumps(schema, indent=2), encoding="utf-8")
    return ("package", "datapackage.json", "claims", "schema", "schema-differs-from-contract")


def crlf_line_endings(root, h):
    rewrite_bytes(root, h, "claims", lambda b: b.replace(b"\n", b"\r\n"))
    return ("schema", "claims", None, None, "line-ending")


def byte_order_mark(root, h):
    rewrite_bytes(root, h, "claims", lambda b: b"\xef\xbb\xbf" + b)
    return ("schema", "claims", None, None, "byte-order-mark")


def truncated_last_line(root, h):
    rewrite_bytes(root, h, "claims", lambda b: b[: b.rstrip(b"\n").rfind(b",")])
    return ("schema", "claims", None, None, "truncated-file")


def not_utf8(root, h):
    rewrite_bytes(root, h, "quotes", lambda b: b.replace(b"\xe2\x80\x9c", b"\x93", 1) if b"\xe2\x80\x9c" in b
                  else b + b"\xff\n")
    return ("schema", "quotes", None, None, "encoding-error")


def formula_cell(root, h):
    row = first(root, "claims")
    h.set_cell(root, "claims", row["claim_id"], "population_text", "=HYPERLINK(\"x\")")
    return ("schema", "claims", row["claim_id"], "population_text", "formula-injection")


def stale_against_seeds(root, h):
    path = root / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
    data = plain_yaml(path)
    data["claims"][0]["population"] = "pm_guards" if data["claims"][0]["population"] != "pm_guards" else "people"
    dump_yaml(data, path)
    return ("package", "data/claims.csv", None, None, "stale-output")


def seeds_do_not_build(root, h):
    path = root / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
    data = plain_yaml(path)
    data["quotes"][0]["text"] = "not in the article"
    dump_yaml(data, path)
    return ("package", "seeds", None, None, "seeds-do-not-build")


CORRUPTIONS = [
    wrong_integer, wrong_date, wrong_boolean, missing_column, extra_column, empty_required_cell,
    duplicate_primary_key, dangling_foreign_key, dangling_parent, span_off_by_one, text_not_matching_seed,
    span_out_of_range, quote_not_enclosed, span_outside_body, span_in_furniture, value_disagrees_with_text,
    qualifier_disagrees_with_cue, unspecified_with_a_value, event_after_every_article, event_after_its_article,
    seed_changed_by_one_byte, seed_missing, summary_row_edited, summary_row_deleted, wrong_resource_hash,
    wrong_resource_bytes, missing_data_file, unsafe_resource_path, schema_file_edited, crlf_line_endings,
    byte_order_mark, truncated_last_line, not_utf8, formula_cell, stale_against_seeds, seeds_do_not_build,
]


class Helpers:
    """The table-editing fixtures, handed to the corruption functions."""

    def __init__(self, edit_table, set_cell, refresh=refresh_resource_entry):
        self.edit_table, self.set_cell, self.refresh = edit_table, set_cell, refresh


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=lambda f: f.__name__)
def test_known_bad_package_fails_as_expected(corrupt, package_copy, edit_table, set_cell, refresh_resource, failures):
    expected = corrupt(package_copy, Helpers(edit_table, set_cell, refresh_resource))
    report = validate(package_copy)
    assert not report.valid
    assert expected in failures(report), sorted(failures(report), key=str)[:15]
    if expected[0] != "package":  # table edits refreshed their resource entry: no bytes/hash noise
        assert not [f for f in report.failures if f.rule in ("hash-mismatch", "bytes-mismatch")]


# The constraint rules of the Frictionless schema: the failure should be reported by the
# constraint's name; the location must be right in any case.

def enum_outside_vocabulary(root, h):
    row = first(root, "quotes")
    h.set_cell(root, "quotes", row["quote_id"], "channel", "carrier_pigeon")
    return ("schema", "quotes", row["quote_id"], "channel", "enum")


def pattern_broken(root, h):
    row = first(root, "actors", lambda r: r["country"] != "")
    h.set_cell(root, "actors", row["actor_id"], "country", "Iraq")
    return ("schema", "actors", row["actor_id"], "country", "pattern")


def below_minimum(root, h):
    row = first(root, "claim_summary")
    h.set_cell(root, "claim_summary", row["summary_id"], "n_sources", "0")
    return ("schema", "claim_summary", row["summary_id"], "n_sources", "minimum")


CONSTRAINTS = [enum_outside_vocabulary, pattern_broken, below_minimum]


@pytest.mark.parametrize("corrupt", CONSTRAINTS, ids=lambda f: f.__name__)
def test_constraint_failures_are_located(corrupt, package_copy, edit_table, set_cell, failures):
    expected = corrupt(package_copy, Helpers(edit_table, set_cell))
    report = validate(package_copy)
    located = {t[:4] for t in failures(report)}
    assert expected[:4] in located


@pytest.mark.parametrize("corrupt", CONSTRAINTS, ids=lambda f: f.__name__)
def test_constraint_failures_use_the_constraint_name(corrupt, package_copy, edit_table, set_cell, failures):
    expected = corrupt(package_copy, Helpers(edit_table, set_cell))
    assert expected in failures(validate(package_copy))


def test_duplicate_primary_key_is_reported_by_the_relations_layer(package_copy, edit_table, set_cell):
    expected = duplicate_primary_key(package_copy, Helpers(edit_table, set_cell))
    report = validate(package_copy)
    assert any(f.layer == "relations" and f.table == expected[1] and f.row == expected[2] for f in report.failures)


def test_dates_in_the_future_of_today_are_implausible(package_copy):
    sid = first(package_copy, "sources")["source_id"]
    report = validate(package_copy, today=dt.date(2000, 1, 1))
    assert ("meaning", "sources", sid, "published", "implausible-date") in {
        (f.layer, f.table, f.row, f.column, f.rule) for f in report.failures}


def test_every_failure_of_one_corruption_is_reported_together(package_copy, edit_table, set_cell, failures):
    h = Helpers(edit_table, set_cell)
    expected = {wrong_integer(package_copy, h), dangling_foreign_key(package_copy, h), byte_order_mark(package_copy, h)}
    assert expected <= failures(validate(package_copy))


# --- unreadable packages raise KdsError; odd descriptors never raise ---------------------------------------


def test_a_missing_descriptor_raises_kds_error(tmp_path):
    with pytest.raises(KdsError):
        validate(tmp_path)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\xff"])
def test_an_unreadable_descriptor_is_a_failure(tmp_path, content):
    if content == "\xff":
        (tmp_path / "datapackage.json").write_bytes(b"\xff\xfe{}")
    else:
        (tmp_path / "datapackage.json").write_text(content, encoding="utf-8")
    assert [f.rule for f in validate(tmp_path).failures] == ["unreadable-descriptor"]


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.update(resources=5),
        lambda p: p.update(resources=[1, "two", None]),
        lambda p: p["resources"][0].update(path=5),
        lambda p: p["resources"][0].update(schema=None),
        lambda p: p["resources"].append({"name": "extra", "path": "data/claims.csv"}),
        lambda p: p.pop("resources"),
        lambda p: p.update(name=["not", "a", "name"]),
    ],
)
def test_odd_descriptors_give_failures_not_exceptions(package_copy, change):
    path = package_copy / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    change(package)
    path.write_text(json.dumps(package), encoding="utf-8")
    report = validate(package_copy)
    assert not report.valid
    assert all(f.layer in {"schema", "relations", "provenance", "meaning", "package"} for f in report.failures)


@pytest.fixture(scope="module")
def shipped_contents(project_root) -> dict[str, bytes]:
    """The bytes of every shipped table, for in-memory validation."""
    return {name: (project_root / "data" / f"{name}.csv").read_bytes() for name in TABLES}


@given(st.sampled_from(["claims", "quotes", "sources", "events"]), st.data())
@settings(max_examples=40)
def test_mangled_tables_never_raise(project_root, shipped_contents, table, data):
    original = shipped_contents[table]
    kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    i = data.draw(st.integers(0, len(original) - 1))
    if kind == "flip":
        mangled = original[:i] + bytes([original[i] ^ data.draw(st.integers(1, 255))]) + original[i + 1:]
    elif kind == "cut":
        mangled = original[:i]
    else:
        mangled = original[:i] + data.draw(st.binary(min_size=1, max_size=8)) + original[i:]
    report = Report()
    check_tables(project_root, {**shipped_contents, table: mangled}, report)
    if mangled != original:
        for f in report.failures:
            assert f.layer in {"schema", "relations", "provenance", "meaning"}


# --- report output --------------------------------------------------------------------------------------------


def test_report_json_and_text(package_copy, set_cell):
    row = first(package_copy, "claims")
    set_cell(package_copy, "claims", row["claim_id"], "start", "twelve")
    report = validate(package_copy)
    doc = json.loads(report.to_json())
    assert doc["valid"] is False and doc["tables"]["claims"] == len(rows_of(package_copy, "claims"))
    keys = {"layer", "table", "row", "column", "rule", "value", "message"}
    assert doc["failures"] and all(set(f) == keys for f in doc["failures"])
    assert {"layer": "schema", "table": "claims", "row": row["claim_id"], "column": "start",
            "rule": "type-error:integer", "value": "twelve"}.items() <= next(
        f for f in doc["failures"] if f["rule"] == "type-error:integer").items()
    text = report.to_text()
    lines = text.splitlines()
    assert re.split(r"\s+", lines[0]) == ["layer", "table", "row", "column", "rule", "value"]
    assert lines[-1] == f"invalid: {len(report.failures)} failures"
    assert len(lines) == len(report.failures) + 2


def test_valid_report_text_counts_tables_and_rows(project_root, shipped_rows):
    text = validate(project_root).to_text()
    assert text == (f"valid: {len(TABLES)} tables, {sum(len(r) for r in shipped_rows.values())} rows, 7 layers checked "
                    "(schema, relations, provenance, meaning, package, up-to-date, coverage)")


def test_long_values_are_shortened_on_one_line():
    report = Report()
    report.add("schema", "claims", "c-1", "text", "rule", "x" * 500 + "\nmore")
    (f,) = report.failures
    assert len(f.value) <= 120 and "\n" not in f.value


def test_millions_of_failures_are_capped_with_a_count():
    from kadhimi_ds.validate import MAX_PER_RULE

    report = Report()
    for i in range(MAX_PER_RULE + 250):
        report.add("schema", "claims", f"c-{i}", "value", "type-error:integer", "x")
    report.add("schema", "claims", "c-x", "start", "minimum", -1)
    assert len(report.failures) == MAX_PER_RULE + 1
    assert report.n_failures == MAX_PER_RULE + 251
    data = json.loads(report.to_json())
    assert data["not_listed"] == [{"layer": "schema", "table": "claims", "column": "value",
                                   "rule": "type-error:integer", "not_listed": 250}]
    assert "... and 250 more type-error:integer failures in claims.value" in report.to_text()
    assert report.to_text().endswith(f"invalid: {MAX_PER_RULE + 251} failures")


def test_claims_in_quotes_of_one_utterance_agree_in_quantity():
    """CODEBOOK.md V9: one statement quoted in two places is coded with one quantity."""
    from kadhimi_ds.validate.meaning import check_utterance_claims

    quotes = pl.DataFrame({"source_id": ["a", "b"], "start": [0, 10], "end": [50, 60], "utterance_id": ["u-1", "u-1"]})
    claims = pl.DataFrame({"claim_id": ["c-1", "c-2", "c-3"], "source_id": ["a", "b", "b"], "start": [5, 20, 70],
                           "end": [15, 30, 80], "event_id": ["e"] * 3, "population": ["drones"] * 3,
                           "value": [1, 1, 1], "quantity": ["drones_launched", "drones_struck", "drones_downed"]})
    report = Report()
    check_utterance_claims(claims, quotes, report)
    assert sorted((f.row, f.rule) for f in report.failures) == [("c-1", "utterance-claims-disagree"),
                                                                ("c-2", "utterance-claims-disagree")]
    report = Report()
    check_utterance_claims(claims.with_columns(quantity=pl.lit("drones_launched")), quotes, report)
    assert report.failures == []


def test_a_quote_in_straight_single_quotes_is_enclosed():
    """CODEBOOK.md Q2 names '…' as a pair: the span check accepts it, and still refuses a
    quote that no mark opens."""
    import polars as pl

    from kadhimi_ds.validate.lines import seed_lines
    from kadhimi_ds.validate.provenance import check_slices
    from kadhimi_ds.validate.report import Report

    seed = "He said 'we are safe' and left."
    for start, end, valid in ((9, 20, True), (3, 7, False)):
        spans = pl.DataFrame({"quote_id": ["q-1"], "source_id": ["s"], "start": [start], "end": [end],
                              "text": [seed[start:end]]})
        report = Report()
        check_slices("quotes", "quote_id", spans, seed_lines({"s": seed}), report)
        assert report.valid is valid, [f.rule for f in report.failures]
