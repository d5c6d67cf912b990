"""The fast paths agree with the reference checks they stand in for: the one-pass
constraint check with pandera, the vendored profile with frictionless, the columnar
ids and word edges with plain Python."""
from __future__ import annotations

import copy
import hashlib
import json

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kadhimi_ds
from kadhimi_ds.contract import TABLES, table_schema
from kadhimi_ds.validate import Report
from kadhimi_ds.validate import derived
from kadhimi_ds.validate.derived import check_ids
from kadhimi_ds.validate.descriptor import certainly_fine, profile
from kadhimi_ds.validate.lines import SeedLines, cut_lines, seed_lines
from kadhimi_ds.validate.provenance import chars_around
from kadhimi_ds.validate.schema import constraint_flags, pandera_schema, typed_frame


def pandera_columns(name: str, typed: pl.DataFrame) -> set[str]:
    """The columns pandera reports a failure in."""
    import pandera.errors

    schema = pandera_schema(name)
    schema = schema.__class__({k: v for k, v in schema.columns.items() if k in typed.columns}, strict=False, name=name)
    try:
        schema.validate(typed, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return {c for c in exc.failure_cases.get_column("column").to_list() if c is not None}
    return set()


CELLS = st.one_of(st.none(), st.sampled_from(["", "-1", "0", "7", "1.5", "NaN", "x", "2021-11-07", "true", "abc-123",
                                              "unspecified", "at least", "c-00000000000", "Reuters"]),
                  st.text(max_size=6))


@given(st.sampled_from([t for t in TABLES if t != "sources"]), st.data())
@settings(max_examples=120, deadline=None)
def test_one_pass_flags_exactly_the_columns_pandera_reports(project_root, table, data):
    raw = pl.read_csv(project_root / "data" / f"{table}.csv", infer_schema=False)
    for _ in range(data.draw(st.integers(1, 3))):
        col = data.draw(st.sampled_from(raw.columns))
        row = data.draw(st.integers(0, raw.height - 1))
        value = data.draw(CELLS)
        raw = raw.with_columns(pl.when(pl.int_range(pl.len()) == row).then(pl.lit(value, dtype=pl.String))
                               .otherwise(pl.col(col)).alias(col))
    typed = typed_frame(table, raw, Report())
    assert constraint_flags(table, typed) == pandera_columns(table, typed)


def test_the_vendored_profile_is_frictionless_own():
    from frictionless import Package, Resource

    assert profile()["package"] == Package.metadata_profile
    assert profile()["resource"] == Resource.metadata_profile


def frictionless_notes(root, package) -> list[str]:
    from frictionless import Package

    try:
        return [e.note or e.message for e in Package.validate_descriptor(package, basepath=str(root)).errors]
    except Exception as exc:  # noqa: BLE001
        return [str(exc)]


BAD = [
    lambda p: p.update(resources=5),
    lambda p: p.update(resources=[1, "two", None]),
    lambda p: p["resources"][0].update(path=5),
    lambda p: p["resources"][0].update(schema=None),
    lambda p: p["resources"][0].update(bytes="12"),
    lambda p: p["resources"][0].update(name=7),
    lambda p: p["resources"][0].update(type="Table!"),
    lambda p: p["resources"][0].update(dialect={"delimiter": 5}),
    lambda p: p["resources"].append({"name": "extra", "path": "data/claims.csv"}),
    lambda p: p["resources"].append(copy.deepcopy(p["resources"][0])),
    lambda p: p["resources"][0].pop("name"),
    lambda p: p.pop("resources"),
    lambda p: p.update(name=["not", "a", "name"]),
    lambda p: p.update(keywords="Iraq"),
    lambda p: p.update(licenses=[{"name": 5}]),
    lambda p: p.update(contributors=[{"title": 5}]),
    lambda p: p.update(sources="seeds"),
    lambda p: p.update(type="Not A Type"),
    lambda p: p.pop("$schema"),
    lambda p: p.update(name="Not a v1 name!"),
    lambda p: p.update(profile="../../etc/passwd"),
    lambda p: p.update(created=20211107),
]


@pytest.mark.parametrize("change", BAD)
def test_the_fast_profile_check_never_passes_what_frictionless_flags(project_root, change):
    package = json.loads((project_root / "datapackage.json").read_text(encoding="utf-8"))
    assert certainly_fine(package, TABLES) and frictionless_notes(project_root, package) == []
    change(package)
    if frictionless_notes(project_root, package):
        assert not certainly_fine(package, TABLES)


@given(st.text(alphabet=st.sampled_from("ab é_1-€😀\n“”"), min_size=1, max_size=30), st.data())
@settings(max_examples=200, deadline=None)
def test_chars_around_equals_plain_python(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    spans = pl.DataFrame({"source_id": ["s"], "start": [start], "end": [end]})
    got = chars_around(spans, seed_lines({"s": text})).row(0, named=True)
    assert got["before"] == text[start - 1:start] if start else got["before"] == ""
    assert (got["first"], got["last"], got["after"]) == (text[start], text[end - 1], text[end:end + 1])


@given(st.lists(st.text(alphabet=st.sampled_from("ab é\n“😀"), max_size=25), min_size=1, max_size=4),
       st.data())
@settings(max_examples=300, deadline=None)
def test_spans_read_inside_lines_equal_plain_python(seeds, data):
    """Spans sliced inside their line by polars (or, over a newline, in Python) read what
    plain Python slicing of the whole seed reads, on every side."""
    texts = {f"s{i}": text for i, text in enumerate(seeds)}
    rows = []
    for sid, text in texts.items():
        for _ in range(data.draw(st.integers(0, 4)) if text else 0):  # an empty seed holds no span
            start = data.draw(st.integers(0, len(text) - 1))
            rows.append((sid, start, data.draw(st.integers(start + 1, len(text)))))
    spans = pl.DataFrame(rows, schema={"source_id": pl.String, "start": pl.Int64, "end": pl.Int64}, orient="row")
    got = SeedLines.join([cut_lines({sid: text}) for sid, text in texts.items()]).read(spans)
    assert got.height == spans.height
    for sid, s, e, *sides in got.select("source_id", "start", "end", "found", "before", "first", "last", "after").rows():
        text = texts[sid]
        assert sides == [text[s:e], text[s - 1:s] if s else "", text[s], text[e - 1], text[e:e + 1]]


@given(st.lists(st.text(alphabet=st.sampled_from("ab é\n“😀"), max_size=25), min_size=1, max_size=4))
@settings(max_examples=200, deadline=None)
def test_seeds_put_together_from_their_lines_are_the_seeds(seeds):
    texts = {f"s{i}": text for i, text in enumerate(seeds)}
    lines = SeedLines.join([cut_lines(dict([item])) for item in reversed(texts.items())])
    assert lines.texts(texts) == texts
    assert lines.texts(["s0"]) == {"s0": texts["s0"]}


@pytest.mark.parametrize("duckdb_rows", [0, 10**9], ids=["duckdb", "hashlib"])
@pytest.mark.parametrize("table", ["furniture", "mentions", "event_mentions", "quotes", "claims"])
def test_columnar_ids_equal_the_python_hash(table, duckdb_rows, monkeypatch):
    monkeypatch.setattr(derived, "DUCKDB_ROWS", duckdb_rows)
    from kadhimi_ds.build.assemble import row_id
    from kadhimi_ds.validate.derived import ID_PARTS

    df = kadhimi_ds.load(table)
    key, prefix, parts = ID_PARTS[table]
    assert all(r[0] == row_id(prefix, *r[1:]) for r in df.select(key, *parts).iter_rows())
    report = Report()
    check_ids(table, df, report)
    assert report.valid
    wrong = df.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(f"{prefix}-000000000000"))
                            .otherwise(pl.col(key)).alias(key))
    check_ids(table, wrong, report)
    assert [f.rule for f in report.failures] == ["id-not-hash-of-row"]


@given(st.lists(st.text(alphabet=st.sampled_from("ab|1é€😀\n “"), max_size=12), max_size=40))
@settings(max_examples=100, deadline=None)
def test_duckdb_sha256_equals_hashlib(texts):
    """The two ways ids are hashed give hashlib's hex digest, row for row."""
    series = pl.Series(texts, dtype=pl.String)
    want = [hashlib.sha256(t.encode("utf-8")).hexdigest()[:12] for t in texts]
    for rows in (0, 10**9):
        derived.DUCKDB_ROWS, saved = rows, derived.DUCKDB_ROWS
        try:
            assert derived.sha256_prefixes(series).to_list() == want
        finally:
            derived.DUCKDB_ROWS = saved


@given(st.binary(max_size=200).map(lambda b: b.replace(b"\r", b"")), st.lists(st.integers(0, 200), max_size=2),
       st.integers(1, 64))
@settings(max_examples=200, deadline=None)
def test_table_edges_of_a_file_read_in_blocks_are_those_of_its_bytes(tmp_path_factory, data, crs, block):
    """The head, tail and carriage-return scan of a file read block by block equal those of
    its bytes, wherever a carriage return falls (also on a block's edge)."""
    from kadhimi_ds.validate import read

    for at in crs:
        data = data[:at] + b"\r" + data[at:]
    path = tmp_path_factory.mktemp("edges") / "t.csv"
    path.write_bytes(data)
    old, read.EDGE_BLOCK = read.EDGE_BLOCK, block
    try:
        assert read.table_edges(path) == read.table_edges(data) == (data[:3], data[-64:], b"\r" in data)
    finally:
        read.EDGE_BLOCK = old
