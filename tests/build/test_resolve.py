"""Resolve stage: curated annotation items to rows with exact spans and checked references."""
from __future__ import annotations

from pathlib import Path

import pytest

from kadhimi_ds.build.anchors import Span
from kadhimi_ds.errors import AnchorError, SeedError
from kadhimi_ds.build.resolve import resolve_annotations
from kadhimi_ds.build.seeds import Document, Seeds

from conftest import nth_find

SECTIONS = ("quotes", "claims", "events", "mentions", "ignores")


def independent_span(text: str, body: tuple[int, int], item: dict) -> tuple[int, int]:
    """The span an annotation item names, found with str.startswith (the test's oracle)."""
    anchor = item["text"]
    if item.get("context"):
        ctx = nth_find(text, item["context"], *body)
        assert len(ctx) == 1
        inner = nth_find(text, anchor, ctx[0], ctx[0] + len(item["context"]))
        assert len(inner) == 1
        return inner[0], inner[0] + len(anchor)
    hits = nth_find(text, anchor, *body)
    start = hits[item["occurrence"] - 1] if item.get("occurrence") else hits[0]
    if not item.get("occurrence"):
        assert len(hits) == 1, anchor
    return start, start + len(anchor)


@pytest.fixture(scope="module")
def resolved(seeds):
    """Rows resolved from the shipped annotations, keyed by section."""
    return resolve_annotations(seeds)


def test_one_row_per_annotation_item(resolved, annotations_yaml):
    for section in SECTIONS:
        expected = sum(len(a.get(section) or []) for a in annotations_yaml.values())
        assert len(resolved[section]) == expected, section


def test_every_row_has_the_span_of_its_anchor(resolved, annotations_yaml, seed_texts, bodies):
    for section in SECTIONS:
        expected = []
        for sid in sorted(annotations_yaml):
            for item in annotations_yaml[sid].get(section) or []:
                start, end = independent_span(seed_texts[sid], bodies[sid], item)
                expected.append((sid, start, end, item["text"]))
        got = [(r["source_id"], r["start"], r["end"], r["text"]) for r in resolved[section]]
        assert got == expected, section


def test_claim_fields_are_copied(resolved, annotations_yaml):
    items = [item for sid in sorted(annotations_yaml) for item in annotations_yaml[sid].get("claims") or []]
    for row, item in zip(resolved["claims"], items):
        assert row["quantity"] == item["quantity"]
        assert row["value"] == item.get("value")
        assert row["qualifier"] == item["qualifier"]
        assert row["event_id"] == item["event"]
        assert row["subject_id"] == item.get("subject")
        assert row["claimed_by"] == item.get("claimed_by")


def test_quote_fields_are_copied(resolved, annotations_yaml):
    items = [item for sid in sorted(annotations_yaml) for item in annotations_yaml[sid].get("quotes") or []]
    for row, item in zip(resolved["quotes"], items):
        assert row["speaker_id"] == item.get("speaker")
        assert row["attribution"] == item["attribution"]
        assert row["channel"] == item["channel"]
        assert row["fragment"] == item.get("fragment", False)
        assert row["utterance_id"] == item.get("utterance")


def test_curated_mentions_are_marked(resolved):
    assert resolved["mentions"] and all(r["method"] == "curated" for r in resolved["mentions"])


# --- small hand-written seeds ------------------------------------------------------------

ARTICLE = 'Title line\n\nThe minister said "two drones were shot down" on Sunday. Two guards were hurt.\n\nComments'


def tiny_seeds(**sections) -> Seeds:
    body = Span(0, ARTICLE.index("\n\nComments"))
    doc = Document("s1", "seeds/s1.txt", ARTICLE, "0" * 64, {}, body)
    ann = {"source_id": "s1", "status": "reviewed", **{s: [] for s in SECTIONS}}
    ann.update(sections)
    actors = [{"id": "minister", "name": "The minister", "kind": "person"}]
    events = [{"id": "ev-1", "date": None}]
    return Seeds(Path("."), {"s1": doc}, actors, events, {"s1": ann})


def test_tiny_claim_resolves():
    rows = resolve_annotations(tiny_seeds(claims=[{
        "text": "Two guards were hurt", "quantity": "injured", "value": 2, "qualifier": "exact",
        "population": "guards", "event": "ev-1", "claimed_by": "minister"}]))
    (row,) = rows["claims"]
    assert ARTICLE[row["start"]:row["end"]] == "Two guards were hurt"
    assert row["claimed_by"] == "minister" and row["subject_id"] is None


@pytest.mark.parametrize(
    "section, item, message",
    [
        ("claims", {"text": "Two guards", "quantity": "injured", "value": "2", "qualifier": "exact", "event": "ev-1"},
         "value must be int or null"),
        ("claims", {"text": "Two guards", "quantity": "injured", "value": True, "qualifier": "exact", "event": "ev-1"},
         "value must be int or null"),
        ("claims", {"text": "Two guards", "quantity": "injured", "value": 2, "qualifier": "exact"}, "event is required"),
        ("claims", {"text": "Two guards", "quantity": "injured", "value": 2, "event": "ev-9"}, "unknown event"),
        ("quotes", {"text": "two drones were shot down", "speaker": "nobody"}, "unknown actor"),
        ("quotes", {"text": "two drones were shot down", "mood": "grim"}, "unknown keys"),
        ("mentions", {"text": "The minister"}, "actor is required"),
        ("events", {"text": "on Sunday"}, "event is required"),
        ("ignores", {"text": "Title line"}, "needs a reason"),
    ],
)
def test_bad_items_are_refused_naming_file_and_item(section, item, message):
    with pytest.raises(SeedError, match=message) as info:
        resolve_annotations(tiny_seeds(**{section: [item]}))
    text = str(info.value)
    assert "s1.yaml" in text and f"{section}[1]" in text


@pytest.mark.parametrize(
    "item",
    [
        {"text": "three drones"},                      # not in the article
        {"text": "e"},                                 # many occurrences, no context or occurrence
        {"text": "Comments"},                          # outside the body
        {"text": "drones", "occurrence": 2},           # only one occurrence
        {"text": "drones", "context": "Title line"},   # context does not hold the anchor
    ],
)
def test_bad_anchors_raise_anchor_error(item):
    with pytest.raises(AnchorError) as info:
        resolve_annotations(tiny_seeds(ignores=[{**item, "reason": "test"}]))
    assert "s1.yaml" in str(info.value) and "ignores[1]" in str(info.value)
