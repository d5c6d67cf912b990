"""Content checks on the shipped tables that re-read the articles (not trusting the build)."""
from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest

from kadhimi_ds.contract import SPAN_TABLES

OPENING = "“‘\"«"
CLOSING = "”’\"»"
EXTRACTED = ("quotes", "claims", "mentions", "event_mentions", "actors", "events")


def test_sources_table_matches_the_files(shipped_rows, project_root, sources_yaml, bodies, seed_texts):
    rows = {r["source_id"]: r for r in shipped_rows["sources"]}
    assert sorted(rows) == sorted(s["source_id"] for s in sources_yaml)
    for sid, r in rows.items():
        raw = (project_root / r["path"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == r["sha256"]
        assert (int(r["body_start"]), int(r["body_end"])) == bodies[sid]
        assert int(r["n_chars"]) == len(seed_texts[sid])


@pytest.mark.parametrize("table", SPAN_TABLES)
def test_every_span_slices_to_its_text(table, shipped_rows, seed_texts):
    rows = shipped_rows[table]
    assert rows
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        assert 0 <= start < end <= len(seed_texts[r["source_id"]])
        assert seed_texts[r["source_id"]][start:end] == r["text"], (table, r)


@pytest.mark.parametrize("table", EXTRACTED)
def test_no_extracted_row_lies_in_furniture_or_outside_the_body(table, shipped_rows, bodies, furniture_spans):
    for r in shipped_rows[table]:
        start, end = int(r["start"]), int(r["end"])
        lo, hi = bodies[r["source_id"]]
        assert lo <= start and end <= hi, (table, r["text"])
        for f0, f1 in furniture_spans[r["source_id"]]:
            assert end <= f0 or start >= f1, (table, r["text"])


def test_every_quote_is_enclosed_by_quotation_marks(shipped_rows, seed_texts):
    for r in shipped_rows["quotes"]:
        text, start, end = seed_texts[r["source_id"]], int(r["start"]), int(r["end"])
        assert start > 0 and text[start - 1] in OPENING, r["text"]
        # a quote running to the end of its paragraph may leave the closing mark out
        assert end == len(text) or text[end] in CLOSING or text[end] == "\n", r["text"]
        assert r["text"] == r["text"].strip()


def test_quotes_match_the_annotations(shipped_rows, annotations_yaml):
    expected = sorted((sid, q["text"]) for sid, a in annotations_yaml.items() for q in a.get("quotes") or [])
    assert sorted((r["source_id"], r["text"]) for r in shipped_rows["quotes"]) == expected


def test_speaker_is_null_exactly_when_unattributed(shipped_rows):
    for r in shipped_rows["quotes"]:
        assert (r["speaker_id"] == "") == (r["attribution"] == "unattributed"), r["text"]


def test_claim_value_null_exactly_when_unspecified(shipped_rows):
    for r in shipped_rows["claims"]:
        assert (r["value"] == "") == (r["qualifier"] == "unspecified"), r["text"]


def test_digit_values_are_written_in_the_claim(shipped_rows):
    for r in shipped_rows["claims"]:
        digits = re.findall(r"\d[\d,]*", r["text"])
        if digits and r["value"]:
            assert r["value"] in {d.replace(",", "") for d in digits}, r["text"]


def test_event_dates_start_their_period(shipped_rows):
    for r in shipped_rows["events"]:
        date = dt.date.fromisoformat(r["date"])
        if r["date_precision"] in ("month", "year"):
            assert date.day == 1, r["event_id"]
        if r["date_precision"] == "year":
            assert date.month == 1, r["event_id"]


def test_no_event_is_cited_before_it_happened(shipped_rows):
    published = {r["source_id"]: dt.date.fromisoformat(r["published"]) for r in shipped_rows["sources"]}
    dates = {r["event_id"]: dt.date.fromisoformat(r["date"]) for r in shipped_rows["events"]}
    for table in ("quotes", "claims", "event_mentions"):
        for r in shipped_rows[table]:
            if r["event_id"]:
                assert dates[r["event_id"]] <= published[r["source_id"]], (table, r["text"])


def test_actor_parents_form_no_cycle(shipped_rows):
    parent = {r["actor_id"]: r["parent_id"] or None for r in shipped_rows["actors"]}
    for actor in parent:
        seen, node = set(), actor
        while node is not None:
            assert node not in seen, f"cycle through {actor}"
            seen.add(node)
            node = parent[node]


def test_aliases_belong_to_one_actor_only(actors_yaml):
    owner: dict[str, str] = {}
    for a in actors_yaml:
        for alias in a.get("aliases") or []:
            assert owner.setdefault(alias, a["id"]) == a["id"], alias


def test_every_actor_and_event_is_mentioned(shipped_rows, actors_yaml, events_yaml):
    assert {r["actor_id"] for r in shipped_rows["mentions"]} >= {a["id"] for a in actors_yaml}
    assert {r["event_id"] for r in shipped_rows["event_mentions"]} == {e["id"] for e in events_yaml}
