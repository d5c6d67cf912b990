"""Read stage: articles, registries and annotations under seeds/."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from kadhimi_ds.build import seeds as seeds_mod
from kadhimi_ds.build.anchors import Span
from kadhimi_ds.errors import AnchorError, SeedError
from kadhimi_ds.build.seeds import Document, Furniture, load_yaml, read_annotation, read_bytes, read_seeds

from conftest import dump_yaml, plain_yaml


# --- the shipped seeds -----------------------------------------------------------------


def test_every_source_is_read(seeds, sources_yaml):
    assert sorted(seeds.documents) == sorted(s["source_id"] for s in sources_yaml)
    assert sorted(seeds.annotations) == sorted(seeds.documents)
    assert len(seeds.actors) == len(plain_yaml(seeds.root / "actors.yaml"))
    assert len(seeds.events) == len(plain_yaml(seeds.root / "events.yaml"))


def test_document_text_and_checksum_match_the_file(seeds, seeds_dir, sources_yaml):
    for s in sources_yaml:
        doc = seeds.documents[s["source_id"]]
        raw = (seeds_dir / s["path"]).read_bytes()
        assert doc.text == raw.decode("utf-8")
        assert doc.sha256 == hashlib.sha256(raw).hexdigest() == s["sha256"]
        assert doc.path == f"seeds/{s['path']}"


def test_body_span_matches_independent_search(seeds, bodies):
    for sid, (start, end) in bodies.items():
        assert seeds.documents[sid].body == Span(start, end)


def test_furniture_matches_independent_search(seeds, furniture_spans, sources_yaml):
    kinds = {s["source_id"]: [f.get("kind", "other") for f in s.get("furniture") or []] for s in sources_yaml}
    for sid, spans in furniture_spans.items():
        doc = seeds.documents[sid]
        assert [(f.span.start, f.span.end) for f in doc.furniture] == spans
        assert [f.kind for f in doc.furniture] == kinds[sid]


def test_annotations_are_reviewed_and_complete(seeds):
    for sid, ann in seeds.annotations.items():
        assert ann["source_id"] == sid and ann["status"] == "reviewed"
        for section in ("quotes", "claims", "events", "mentions", "ignores"):
            assert isinstance(ann[section], list)


# --- Document ---------------------------------------------------------------------------

TEXT = "HEAD. Body one says Iraq. [caption here] Body two ends. FOOTER"


def small_doc() -> Document:
    body = Span(TEXT.index("Body one"), TEXT.index(" FOOTER"))
    cap = TEXT.index("[caption here]")
    return Document("s1", "seeds/s1.txt", TEXT, "0" * 64, {}, body,
                    [Furniture(Span(cap, cap + len("[caption here]")), "photo_caption")])


@pytest.mark.parametrize(
    "needle, expected",
    [("HEAD", True), ("FOOTER", True), ("caption", True), ("Body one", False), ("Iraq", False),
     ("Body two ends.", False), ("ends. FOOTER", True), ("Iraq. [", True)],
)
def test_in_furniture(needle, expected):
    doc = small_doc()
    i = TEXT.index(needle)
    assert doc.in_furniture(Span(i, i + len(needle))) is expected


def test_span_touching_furniture_is_not_inside():
    doc = small_doc()
    f = doc.furniture[0].span
    assert not doc.in_furniture(Span(f.start - 2, f.start))
    assert not doc.in_furniture(Span(f.end, f.end + 2))


def test_document_resolve_returns_span_in_body():
    doc = small_doc()
    span = doc.resolve({"text": "Iraq"}, "test")
    assert TEXT[span.start:span.end] == "Iraq"


@pytest.mark.parametrize("anchor", ["caption", "HEAD", "FOOTER"])
def test_document_resolve_refuses_furniture_and_outside_body(anchor):
    with pytest.raises(AnchorError) as info:
        small_doc().resolve({"text": anchor}, "where-label")
    assert "where-label" in str(info.value)


def test_document_resolve_with_occurrence_and_context():
    doc = small_doc()
    second = doc.resolve({"text": "Body", "occurrence": 2}, "x")
    assert second.start == TEXT.index("Body two")
    ctx = doc.resolve({"text": "Body", "context": "Body two ends"}, "x")
    assert ctx == second
    with pytest.raises(AnchorError):
        doc.resolve({"text": "Body"}, "x")


# --- load_yaml and read_bytes -------------------------------------------------------------


@pytest.mark.parametrize(
    "content, message",
    [
        (b"a: 1\na: 2\n", "duplicate"),
        (b"a: !!python/object:os.system x\n", "invalid YAML"),
        (b"a: [1, 2\n", "invalid YAML"),
        (b"a: \xff\xfe\n", "not valid UTF-8"),
    ],
)
def test_load_yaml_refuses_bad_files_with_one_line(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(SeedError) as info:
        load_yaml(path)
    assert message in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_load_yaml_reads_dates_as_dates(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("published: 2021-11-07\nname: Kadhimi’s office\n", encoding="utf-8")
    assert load_yaml(path) == {"published": dt.date(2021, 11, 7), "name": "Kadhimi’s office"}


def test_read_bytes_refuses_missing_directory_and_oversized(tmp_path, monkeypatch):
    with pytest.raises(SeedError, match="not found"):
        read_bytes(tmp_path / "absent.txt")
    with pytest.raises(SeedError, match="directory"):
        read_bytes(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    monkeypatch.setattr(seeds_mod, "MAX_SEED_BYTES", 100)
    with pytest.raises(SeedError, match="larger than the limit"):
        read_bytes(big)
    big.write_bytes(b"x" * 100)
    assert read_bytes(big) == b"x" * 100


# --- read_seeds on broken copies ------------------------------------------------------------


def edit_yaml(path: Path, change) -> None:
    data = plain_yaml(path)
    change(data)
    dump_yaml(data, path)


def test_copy_with_rewritten_yaml_still_reads(inputs_copy, seeds):
    # The YAML round trip used by the tests below changes nothing by itself.
    edit_yaml(inputs_copy / "seeds" / "sources.yaml", lambda d: None)
    again = read_seeds(inputs_copy / "seeds")
    assert {k: d.body for k, d in again.documents.items()} == {k: d.body for k, d in seeds.documents.items()}


def test_seed_changed_by_one_byte_is_refused(inputs_copy, sources_yaml):
    path = inputs_copy / "seeds" / sources_yaml[0]["path"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(SeedError, match="sha256"):
        read_seeds(inputs_copy / "seeds")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d[0].update(body_first="words that are in no article"), "body"),
        (lambda d: d[0].update(published="last Sunday"), "published must be date"),
        (lambda d: d[0].update(colour="blue"), "unknown keys"),
        (lambda d: d[0].pop("sha256"), "lacks"),
        (lambda d: d.append(dict(d[0])), "duplicate source_id"),
        (lambda d: d[0].update(furniture=[{"text": "words that are in no article", "kind": "other"}]), "furniture"),
        (lambda d: d[0].update(body_first=d[0]["body_last"], body_last=d[0]["body_first"]), "before"),
    ],
)
def test_broken_sources_yaml_is_refused(inputs_copy, change, message):
    edit_yaml(inputs_copy / "seeds" / "sources.yaml", change)
    with pytest.raises(SeedError, match=message):
        read_seeds(inputs_copy / "seeds")


def test_missing_seeds_directory(tmp_path):
    with pytest.raises(SeedError, match="not found"):
        read_seeds(tmp_path / "nowhere")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(status="draft"), "only reviewed"),
        (lambda d: d.update(source_id="999_other"), "source_id is"),
        (lambda d: d.update(notes=[]), "unknown sections"),
        (lambda d: d.update(quotes="not a list"), "must be a list"),
        (lambda d: d["claims"].append({"value": 3}), "must be a list of items with a text"),
    ],
)
def test_broken_annotation_is_refused(inputs_copy, sources_yaml, change, message):
    sid = sources_yaml[-1]["source_id"]
    path = inputs_copy / "seeds" / "annotations" / f"{sid}.yaml"
    edit_yaml(path, change)
    with pytest.raises(SeedError, match=message) as info:
        read_annotation(inputs_copy / "seeds", sid)
    assert f"{sid}.yaml" in str(info.value)


def test_missing_annotation_file_is_refused(inputs_copy, sources_yaml):
    sid = sources_yaml[0]["source_id"]
    (inputs_copy / "seeds" / "annotations" / f"{sid}.yaml").unlink()
    with pytest.raises(SeedError, match="not found"):
        read_seeds(inputs_copy / "seeds")


def test_empty_sections_become_lists(inputs_copy, sources_yaml):
    sid = sources_yaml[0]["source_id"]
    path = inputs_copy / "seeds" / "annotations" / f"{sid}.yaml"
    edit_yaml(path, lambda d: d.update(ignores=None))
    assert read_annotation(inputs_copy / "seeds", sid)["ignores"] == []


def test_a_repeated_furniture_line_is_told_apart_by_occurrence(inputs_copy, sources_yaml):
    """Two copies of one debris line in a body ("Advertisement" twice) are listed once each."""
    source = sources_yaml[0]
    text = (inputs_copy / "seeds" / source["path"]).read_text(encoding="utf-8")
    doc = read_seeds(inputs_copy / "seeds").documents[source["source_id"]]
    word = "Kadhimi"
    where = [i for i in range(doc.body.start, doc.body.end) if text.startswith(word, i)]
    assert len(where) >= 2
    path = inputs_copy / "seeds" / "sources.yaml"
    edit_yaml(path, lambda d: d[0].update(furniture=[{"text": word, "kind": "other"}]))
    with pytest.raises(SeedError, match="add context or occurrence"):
        read_seeds(inputs_copy / "seeds")
    edit_yaml(path, lambda d: d[0].update(furniture=[{"text": word, "kind": "other", "occurrence": n}
                                                    for n in (1, 2)]))
    spans = [f.span for f in read_seeds(inputs_copy / "seeds").documents[source["source_id"]].furniture]
    assert [s.start for s in spans] == where[:2]
