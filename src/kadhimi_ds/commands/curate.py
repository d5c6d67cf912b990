"""Curation helpers: register a new article with a draft annotation for review.

Curated files are only ever added to: an existing article, annotation or registry entry
is never rewritten. ``kds add`` holds the project lock, and writes all three files or none.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from pathlib import Path

from ..errors import KdsError
from ..build.seeds import MAX_SEED_BYTES, load_yaml, read_bytes
from ..errors import SeedError
from ..files import project_lock, read_input

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
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def add_article(root: Path, file: Path | str, *, publisher: str | None, title: str | None, published: dt.date,
                url: str | None) -> tuple[str, Path]:
    """Copy ``file`` (``-`` for standard input) into seeds/, append its entry to
    sources.yaml and write a draft annotation from the extractor. Returns the new source
    id and the draft's path."""
    raw = read_input(str(file), MAX_SEED_BYTES, SeedError)
    with project_lock(root, exclusive=True):
        return add_locked(root, raw, str(file), publisher=publisher, title=title, published=published, url=url)


def add_locked(root: Path, raw: bytes, file: str, *, publisher: str | None, title: str | None, published: dt.date,
               url: str | None) -> tuple[str, Path]:
    from ruamel.yaml import YAML

    from ..extract import check_language, decode_text, draft_yaml, extract

    seeds = root / "seeds"
    sources_path = seeds / "sources.yaml"
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
    events = seeds / "events.yaml"
    draft = extract(text, published, load_yaml(seeds / "actors.yaml"), (load_yaml(events) or []) if events.is_file() else None)
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
    existing = read_bytes(sources_path)
    block = ("\n" if existing and not existing.endswith(b"\n") else "") + "# added by kds add; check the body anchors\n" + out.getvalue()
    annotation = draft_yaml(draft, source_id).encode("utf-8")
    created: list[Path] = []
    try:
        draft_path.parent.mkdir(parents=True, exist_ok=True)
        for path, data in ((target, raw), (draft_path, annotation)):
            with open(path, "xb") as fh:
                created.append(path)
                fh.write(data)
        atomic_write(sources_path, existing + block.encode("utf-8"))
    except OSError as exc:
        for path in created:
            path.unlink(missing_ok=True)
        raise SeedError(f"{seeds}: cannot add {file} ({exc.strerror or exc}); nothing was added") from None
    return source_id, draft_path
