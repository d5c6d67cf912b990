"""Curation helpers: register a new article with a draft annotation for review.

Curated files are only ever added to: an existing article, annotation or registry entry
is never rewritten.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from pathlib import Path

from ..errors import KdsError
from ..build.seeds import load_yaml, read_bytes

FURNITURE_KINDS = {"embedded_post", "photo_caption", "dateline", "related_link", "credit_line"}


def unique_edge(text: str, start: int, end: int, from_end: bool, minimum: int = 24) -> str:
    """The shortest stretch (at least ``minimum`` characters) at the start or end of
    ``text[start:end]`` that occurs once in ``text``: a body anchor."""
    for n in range(min(minimum, end - start), end - start + 1):
        piece = text[end - n:end] if from_end else text[start:start + n]
        beyond = text[end - n - 1:end - n] if from_end else text[start + n:start + n + 1]
        at_word_edge = not beyond.isalnum()
        if at_word_edge and text.count(piece) == 1 and not piece[0].isspace() and not piece[-1].isspace():
            return piece
    raise KdsError("cannot find a unique anchor for the body; add the article by hand")


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def add_article(root: Path, file: Path, *, publisher: str | None, title: str | None, published: dt.date,
                url: str | None) -> tuple[str, Path]:
    """Copy ``file`` into seeds/, append its entry to sources.yaml and write a draft
    annotation from the extractor. Returns the new source id and the draft's path."""
    from ruamel.yaml import YAML

    from ..extract import check_language, decode_text, draft_yaml, extract

    seeds = root / "seeds"
    sources_path = seeds / "sources.yaml"
    raw = read_bytes(file)
    text = decode_text(raw, str(file))
    check_language(text)
    sources = load_yaml(sources_path) or []
    sha = hashlib.sha256(raw).hexdigest()
    for entry in sources:
        if entry.get("sha256") == sha:
            raise KdsError(f"{file}: already registered as {entry['source_id']}")
    numbers = [int(m[1]) for e in sources if (m := re.match(r"(\d+)_", str(e.get("source_id", ""))))]
    source_id = f"{max(numbers, default=-1) + 1:03d}_{sha[:16]}"
    target, draft_path = seeds / f"{source_id}.txt", seeds / "annotations" / f"{source_id}.yaml"
    for path in (target, draft_path):
        if path.exists():
            raise KdsError(f"{path}: exists already; curated files are never overwritten")
    draft = extract(text, published, load_yaml(seeds / "actors.yaml"))
    body = draft.body
    entry = {
        "source_id": source_id, "path": target.name, "sha256": sha, "publisher": publisher,
        "publisher_evidence": None, "title": title, "published": published,
        "published_basis": "stated", "published_evidence": f"given to kds add: {published.isoformat()}",
        "language": "en", "url": url,
        "body_first": unique_edge(text, body.start, body.end, from_end=False),
        "body_last": unique_edge(text, body.start, body.end, from_end=True),
        "furniture": [{"text": f.text, "kind": f.kind if f.kind in FURNITURE_KINDS else "other"}
                      for f in draft.furniture if body.start <= f.start and f.end <= body.end],
    }
    out = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False
    yaml.dump([entry], out)
    existing = sources_path.read_bytes()
    block = ("\n" if existing and not existing.endswith(b"\n") else "") + "# added by kds add; check the body anchors\n" + out.getvalue()
    draft_path.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(raw)
    draft_path.write_text(draft_yaml(draft, source_id), encoding="utf-8")
    atomic_write(sources_path, existing + block.encode("utf-8"))
    return source_id, draft_path
