"""Assemble stage: stable ids, published tables and the claim summary."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import polars as pl
import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.build.assemble import assemble, claim_summary, row_id
from kadhimi_ds.contract import TABLES, columns, polars_dtypes, primary_key
from kadhimi_ds.errors import SeedError
from kadhimi_ds.build.seeds import read_seeds

from conftest import dump_yaml, plain_yaml

ID = re.compile(r"^[a-z]{1,2}-[0-9a-f]{12}$")
PARTS = st.lists(st.one_of(st.text(max_size=20), st.integers(-10**9, 10**9), st.none()), max_size=5)


# --- row_id -------------------------------------------------------------------------------------


@given(st.sampled_from(["q", "c", "m", "em", "f"]), PARTS)
@settings(max_examples=200)
def test_row_id_is_deterministic_and_well_formed(prefix, parts):
    first = row_id(prefix, *parts)
    assert first == row_id(prefix, *list(parts))
    assert ID.match(first) and first.startswith(prefix + "-")


@given(st.lists(st.tuples(st.text(alphabet="abc_0123", min_size=1, max_size=8), st.integers(0, 10**6)),
                min_size=2, max_size=30, unique=True))
@settings(max_examples=100)
def test_row_id_separates_distinct_content(keys):
    ids = [row_id("q", sid, start, start + 5) for sid, start in keys]
    assert len(set(ids)) == len(ids)


def test_row_id_does_not_depend_on_row_order():
    rows = [("000_a", 10, 20), ("001_b", 5, 9), ("000_a", 30, 31)]
    forward = {r: row_id("q", *r) for r in rows}
    backward = {r: row_id("q", *r) for r in reversed(rows)}
    assert forward == backward


# --- tables from the shipped seeds ---------------------------------------------------------------


def test_every_table_has_the_schema_columns_and_is_sorted(tables):
    assert list(tables) == list(TABLES)
    for name, df in tables.items():
        assert df.columns == columns(name)
        key = primary_key(name)
        assert df.select(key).is_duplicated().sum() == 0, name
        assert df.select(key).rows() == sorted(df.select(key).rows()), name


def count_items(annotations_yaml, section):
    return sum(len(a.get(section) or []) for a in annotations_yaml.values())


def test_row_counts_follow_the_inputs(tables, sources_yaml, actors_yaml, events_yaml, annotations_yaml):
    assert tables["sources"].height == len(sources_yaml)
    assert tables["actors"].height == len(actors_yaml)
    assert tables["events"].height == len(events_yaml)
    assert tables["quotes"].height == count_items(annotations_yaml, "quotes")
    assert tables["claims"].height == count_items(annotations_yaml, "claims")
    assert tables["event_mentions"].height == count_items(annotations_yaml, "events")
    curated = tables["mentions"].filter(pl.col("method") == "curated").height
    assert curated == count_items(annotations_yaml, "mentions")


def test_sources_rows_follow_sources_yaml(tables, sources_yaml, seed_texts, bodies):
    rows = {r["source_id"]: r for r in tables["sources"].iter_rows(named=True)}
    for s in sources_yaml:
        r = rows[s["source_id"]]
        assert (r["body_start"], r["body_end"]) == bodies[s["source_id"]]
        assert r["n_chars"] == len(seed_texts[s["source_id"]])
        assert r["published"] == s["published"] and r["title"] == s.get("title") and r["url"] == s.get("url")
        assert r["path"] == f"seeds/{s['path']}" and r["sha256"] == s["sha256"]


def test_actor_rows_carry_their_first_mention_and_count(tables, actors_yaml):
    mentions = tables["mentions"].sort("source_id", "start", "end")
    counts = Counter(mentions.get_column("actor_id").to_list())
    first = {}
    for m in mentions.iter_rows(named=True):
        first.setdefault(m["actor_id"], m)
    by_id = {a["id"]: a for a in actors_yaml}
    for r in tables["actors"].iter_rows(named=True):
        a = by_id[r["actor_id"]]
        assert r["name"] == a["name"] and r["kind"] == a["kind"] and r["parent_id"] == a.get("parent")
        assert r["n_mentions"] == counts[r["actor_id"]]
        m = first[r["actor_id"]]
        assert (r["source_id"], r["start"], r["end"], r["text"]) == (m["source_id"], m["start"], m["end"], m["text"])


def test_event_rows_carry_their_first_mention_and_count(tables, events_yaml):
    ems = tables["event_mentions"].sort("source_id", "start", "end")
    counts = Counter(ems.get_column("event_id").to_list())
    first = {}
    for m in ems.iter_rows(named=True):
        first.setdefault(m["event_id"], m)
    by_id = {e["id"]: e for e in events_yaml}
    for r in tables["events"].iter_rows(named=True):
        e = by_id[r["event_id"]]
        assert r["date"] == e["date"] and r["event_type"] == e["event_type"] and r["summary"] == e["summary"]
        assert r["n_mentions"] == counts[r["event_id"]]
        assert (r["source_id"], r["start"]) == (first[r["event_id"]]["source_id"], first[r["event_id"]]["start"])


def test_furniture_rows_cover_curated_furniture_and_the_outside(tables, furniture_spans, bodies, seed_texts):
    got = defaultdict(set)
    for r in tables["furniture"].iter_rows(named=True):
        got[r["source_id"]].add((r["start"], r["end"], r["kind"] == "outside_body"))
        assert seed_texts[r["source_id"]][r["start"]:r["end"]] == r["text"]
    for sid, spans in furniture_spans.items():
        expected = {(a, b, False) for a, b in spans}
        text, (lo, hi) = seed_texts[sid], bodies[sid]
        for a, b in ((0, lo), (hi, len(text))):
            chunk = text[a:b]
            if chunk.strip():
                expected.add((a + len(chunk) - len(chunk.lstrip()), a + len(chunk.rstrip()), True))
        assert got[sid] == expected, sid


def test_quotes_without_utterance_get_their_own(tables, annotations_yaml):
    shared = {item["utterance"] for a in annotations_yaml.values() for item in a.get("quotes") or []
              if item.get("utterance")}
    for r in tables["quotes"].iter_rows(named=True):
        if r["utterance_id"] not in shared:
            assert r["utterance_id"] == "u-" + r["quote_id"][2:]


def test_claim_summary_follows_the_annotations(tables, annotations_yaml):
    groups = defaultdict(list)
    for sid, ann in annotations_yaml.items():
        for c in ann.get("claims") or []:
            groups[(c["event"], c["quantity"], c["population"], c.get("subject"))].append((sid, c.get("value")))
    summary = {(r["event_id"], r["quantity"], r["population"], r["subject_id"]): r
               for r in tables["claim_summary"].iter_rows(named=True)}
    assert set(summary) == set(groups)
    for key, claims in groups.items():
        r = summary[key]
        values = [v for _, v in claims if v is not None]
        assert r["n_claims"] == len(claims)
        assert r["n_sources"] == len({s for s, _ in claims})
        assert (r["min"], r["max"]) == ((min(values), max(values)) if values else (None, None))
        assert r["sources"] == "; ".join(sorted({s for s, _ in claims}))


# --- claim ranges and agreement (hand-written claims) -------------------------------------------


def claim(source, value, qualifier, start=0):
    return {"claim_id": f"c-{source}{start}", "source_id": source, "start": start, "end": start + 1, "text": "x",
            "quantity": "injured", "value": value, "qualifier": qualifier, "population": "guards",
            "event_id": "ev", "subject_id": None, "claimed_by": None, "reported_via": None}


def summarize(claims: list[dict]) -> list[dict]:
    df = pl.DataFrame(claims, schema=polars_dtypes("claims", enums=False), orient="row")
    out = claim_summary(df)
    assert out.columns == columns("claim_summary")
    return out.to_dicts()


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ((2, "exact"), (2, "exact"), True),
        ((2, "exact"), (3, "exact"), False),
        ((6, "at_least"), (7, "exact"), True),
        ((6, "at_least"), (5, "exact"), False),
        ((70, "more_than"), (73, "exact"), True),
        ((70, "more_than"), (70, "exact"), False),
        ((15, "about"), (16, "exact"), True),
        ((15, "about"), (30, "exact"), False),
        ((10, "at_most"), (10, "exact"), True),
        ((10, "less_than"), (10, "exact"), False),
        ((None, "unspecified"), (7, "exact"), None),  # S5: unknown, not true
        ((None, "unspecified"), (0, "exact"), None),
    ],
)
def test_summary_agreement(a, b, agree):
    (row,) = summarize([claim("s1", *a), claim("s2", *b)])
    assert row["agree"] is agree
    assert row["n_claims"] == 2 and row["n_sources"] == 2
    assert row["summary_id"] == "ev/injured/guards/-"


def test_summary_values_lists_every_claim_in_source_order():
    (row,) = summarize([claim("s2", 7, "exact"), claim("s1", None, "unspecified"), claim("s1", 6, "at_least", 50)])
    assert row["values"] == "s1: unspecified; s1: at_least 6; s2: exact 7"
    assert (row["min"], row["max"], row["n_sources"], row["sources"]) == (6, 7, 2, "s1; s2")


def test_summary_groups_by_subject():
    a, b = claim("s1", 70, "exact"), claim("s2", 15, "exact")
    a["subject_id"], b["subject_id"] = "sadrists", "fatah"
    rows = summarize([a, b])
    assert sorted(r["summary_id"] for r in rows) == ["ev/injured/guards/fatah", "ev/injured/guards/sadrists"]
    assert all(r["agree"] and r["n_claims"] == 1 for r in rows)


@given(st.integers(1, 10**6), st.sampled_from(["exact", "at_least", "at_most", "about", "nearly"]))
@settings(max_examples=100)
def test_hedged_claim_agrees_with_its_own_exact_value(value, qualifier):
    (row,) = summarize([claim("s1", value, qualifier), claim("s2", value, "exact")])
    assert row["agree"] is True


@given(st.integers(1, 10**6), st.sampled_from(["more_than", "less_than"]))
@settings(max_examples=100)
def test_strict_bound_disagrees_with_its_own_exact_value(value, qualifier):
    (row,) = summarize([claim("s1", value, qualifier), claim("s2", value, "exact")])
    assert row["agree"] is False


# --- stable ids when the annotations grow ---------------------------------------------------------

EXTRA = {  # one new item per section, in article 004, on text no other item anchors
    "claims": {"text": "two bodyguards", "quantity": "injured", "value": 2, "qualifier": "exact",
               "population": "pm_guards",
               "population_text": "bodyguards", "event": "2021-11-07-baghdad-pm-residence-drone-attack"},
    "quotes": {"text": "Praise God, I am fine", "speaker": "mustafa-al-kadhimi", "attribution": "implicit",
               "channel": "video", "event": "2021-11-07-baghdad-pm-residence-drone-attack", "fragment": True},
    "events": {"text": "the first to target the residence", "event": "2021-11-07-baghdad-pm-residence-drone-attack"},
    "mentions": {"text": "State Department spokesman Ned Price", "actor": "ned-price"},
    "ignores": {"text": "the initial count", "reason": "test item (I3)"},
}
GROWS = {"claims": "claims", "quotes": "quotes", "events": "event_mentions", "mentions": "mentions", "ignores": None}


def id_spans(tables):
    out = {}
    for name, df in tables.items():
        key = primary_key(name)[0]
        cols = [c for c in ("source_id", "start", "end") if c in df.columns and c != key]
        out[name] = {r[0]: r[1:] for r in df.select(key, *cols).iter_rows()}
    return out


@pytest.mark.parametrize("section", list(EXTRA))
def test_adding_an_item_keeps_every_other_id(inputs_copy, tables, section):
    sid = "004_37a1e98ddf765961"
    path = inputs_copy / "seeds" / "annotations" / f"{sid}.yaml"
    data = plain_yaml(path)
    assert all(i["text"] != EXTRA[section]["text"] for i in data[section] or [])
    data[section] = (data[section] or []) + [EXTRA[section]]
    dump_yaml(data, path)
    before, after = id_spans(tables), id_spans(assemble(read_seeds(inputs_copy / "seeds")))
    for name in TABLES:
        missing = set(before[name]) - set(after[name])
        assert not missing, f"{name}: ids lost: {sorted(missing)[:3]}"
        if name not in ("actors", "events"):  # their span is the first mention, which may move
            for rid, where in before[name].items():
                assert after[name][rid] == where, (name, rid)
        grew = len(after[name]) - len(before[name])
        assert grew == (1 if GROWS[section] == name else 0), name


def test_item_order_does_not_change_the_tables(inputs_copy, tables):
    root = inputs_copy / "seeds"
    for path in (root / "annotations").glob("*.yaml"):
        data = plain_yaml(path)
        for section in ("quotes", "claims", "events", "mentions", "ignores"):
            data[section] = list(reversed(data.get(section) or []))
        dump_yaml(data, path)
    for name in ("actors.yaml", "events.yaml"):
        dump_yaml(list(reversed(plain_yaml(root / name))), root / name)
    again = assemble(read_seeds(root))
    for name in TABLES:
        assert again[name].equals(tables[name]), name


# --- registry errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "file, change, message",
    [
        ("actors.yaml", lambda d: d.append({"id": "ghost", "name": "Ghost", "kind": "person", "aliases": ["Zzyzx Q"]}),
         "no mention"),
        ("actors.yaml", lambda d: d[0].update(parent="no-such-parent"), "unknown parent"),
        ("events.yaml", lambda d: d.append({**d[0], "id": "2099-never"}), "no event mention"),
    ],
)
def test_registry_inconsistencies_are_refused(inputs_copy, file, change, message):
    path = inputs_copy / "seeds" / file
    data = plain_yaml(path)
    change(data)
    dump_yaml(data, path)
    with pytest.raises(SeedError, match=message) as info:
        assemble(read_seeds(inputs_copy / "seeds"))
    assert file in str(info.value)
