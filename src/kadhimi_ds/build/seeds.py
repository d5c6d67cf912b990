"""Read stage: load the articles and curated registries under ``seeds/``.

Everything here is read-only: curated files are never written by the pipeline.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .anchors import Span, resolve_anchor
from ..errors import AnchorError, SeedError
from ..files import member, read_file

MAX_SEED_BYTES = 5_000_000
"""Largest article or YAML file accepted, so a stray huge file cannot exhaust memory."""


MAX_YAML_ALIASES = 100
"""Aliases (``*name``) allowed in one YAML file: enough for any curated file, too few for
an expansion bomb."""


def load_yaml(path: Path) -> Any:
    """Load a YAML file safely: no custom tags, no duplicate keys, at most
    MAX_YAML_ALIASES aliases, one-line errors. libyaml reads it when ruamel's reading is
    certain to be the same (:mod:`.yamlfast`), else ruamel's pure-Python parser."""
    from ruamel.yaml import YAML
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import AliasEvent

    class BoundedComposer(Composer):
        aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.parser.check_event(AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_YAML_ALIASES:
                    raise SeedError(f"{path}: more than {MAX_YAML_ALIASES} YAML aliases; refused")
            return super().compose_node(parent, index)

    from .yamlfast import UNSURE, load

    raw = read_bytes(path)
    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = BoundedComposer
    try:
        text = raw.decode("utf-8")
        if (value := load(text, yaml)) is not UNSURE:
            return value
        yaml = YAML(typ="safe", pure=True)  # a fresh loader: the fast path may have used this one
        yaml.Composer = BoundedComposer
        return yaml.load(text)
    except UnicodeDecodeError as exc:
        raise SeedError(f"{path}: not valid UTF-8 at byte {exc.start}") from None
    except RecursionError:
        raise SeedError(f"{path}: nested too deeply") from None
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SeedError(f"{path}: invalid YAML{where}: {problem}") from None


def read_bytes(path: Path) -> bytes:
    """Read a regular file of at most MAX_SEED_BYTES, refusing anything else in one line."""
    return read_file(path, MAX_SEED_BYTES, SeedError)


@dataclass(frozen=True)
class Furniture:
    span: Span
    kind: str


@dataclass
class Document:
    """One article: its exact text, metadata, body span and page furniture."""

    source_id: str
    path: str
    text: str
    sha256: str
    meta: dict[str, Any]
    body: Span
    furniture: list[Furniture] = field(default_factory=list)

    def in_furniture(self, span: Span) -> bool:
        """True when ``span`` overlaps page furniture inside or outside the body."""
        if span.start < self.body.start or span.end > self.body.end:
            return True
        return any(span.start < f.span.end and span.end > f.span.start for f in self.furniture)

    def resolve(self, item: dict[str, Any], where: str) -> Span:
        """Resolve an annotation item's anchor inside the body, outside furniture."""
        try:
            span = resolve_anchor(
                self.text,
                item.get("text"),
                lo=self.body.start,
                hi=self.body.end,
                context=item.get("context"),
                occurrence=item.get("occurrence"),
            )
        except AnchorError as exc:
            raise AnchorError(f"{where}: {exc}") from None
        if self.in_furniture(span):
            raise AnchorError(f"{where}: anchor lies in page furniture at [{span.start}, {span.end}): {item['text']!r}")
        return span


@dataclass
class Seeds:
    """Everything under seeds/: articles, registries and annotations."""

    root: Path
    documents: dict[str, Document]
    actors: list[dict[str, Any]]
    events: list[dict[str, Any]]
    annotations: dict[str, dict[str, Any]]


SOURCE_KEYS = {
    "source_id", "path", "sha256", "publisher", "publisher_evidence", "title", "published",
    "published_basis", "published_evidence", "language", "url", "body_first", "body_last", "furniture",
}
ACTOR_KEYS = {"id", "name", "kind", "country", "parent", "description", "aliases", "role_aliases"}
EVENT_KEYS = {
    "id", "date", "date_precision", "date_basis", "event_type", "sub_event_type", "location",
    "admin1", "country", "latitude", "longitude", "summary",
}
ANNOTATION_SECTIONS = {"quotes", "claims", "events", "mentions", "ignores"}


STR, OPT_STR = (str,), (str, type(None))
NUMBER = (int, float, type(None))
SOURCE_TYPES = {"source_id": STR, "path": STR, "sha256": STR, "publisher": OPT_STR, "publisher_evidence": OPT_STR,
                "title": OPT_STR, "published": (dt.date,), "published_basis": OPT_STR, "published_evidence": OPT_STR,
                "language": OPT_STR, "url": OPT_STR, "body_first": STR, "body_last": STR, "furniture": (list, type(None))}
ACTOR_TYPES = {"id": STR, "name": STR, "kind": STR, "country": OPT_STR, "parent": OPT_STR,
               "description": OPT_STR, "aliases": (list, type(None)), "role_aliases": (list, type(None))}
EVENT_TYPES = {"id": STR, "date": (dt.date,), "date_precision": STR, "date_basis": OPT_STR, "event_type": STR,
               "sub_event_type": STR, "location": STR, "admin1": OPT_STR, "country": STR,
               "latitude": NUMBER, "longitude": NUMBER, "summary": STR}


def check_types(record: dict[str, Any], types: dict[str, tuple], where: str) -> None:
    """Refuse a value of the wrong type, naming the file, entry and key."""
    for key, allowed in types.items():
        if key in record and (not isinstance(record[key], allowed) or
                              (isinstance(record[key], bool) and bool not in allowed)):
            names = " or ".join("null" if t is type(None) else "date (YYYY-MM-DD)" if t is dt.date else t.__name__
                                for t in allowed)
            raise SeedError(f"{where}: {key} must be {names}, got {record[key]!r}")


def _records(data: Any, path: Path, keys: set[str], required: set[str],
             types: dict[str, tuple] | None = None) -> list[dict[str, Any]]:
    if not isinstance(data, list):
        raise SeedError(f"{path}: expected a list of entries")
    for n, rec in enumerate(data, 1):
        if not isinstance(rec, dict):
            raise SeedError(f"{path}: entry {n} is not a mapping")
        unknown = set(rec) - keys
        if unknown:
            raise SeedError(f"{path}: entry {n} has unknown keys {sorted(unknown)}")
        missing = required - set(rec)
        if missing:
            raise SeedError(f"{path}: entry {n} lacks {sorted(missing)}")
        check_types(rec, types or {}, f"{path}: entry {n} ({rec.get('id') or rec.get('source_id')})")
    return data


def read_document(root: Path, meta: dict[str, Any]) -> Document:
    """Read one article, check its checksum and resolve its body and furniture."""
    path = member(root, meta["path"])
    if path is None:
        raise SeedError(f"{root / 'sources.yaml'} {meta['source_id']}: path {meta['path']!r} leaves seeds/; refused")
    raw = read_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta["sha256"]:
        raise SeedError(f"{path}: sha256 {digest} does not match sources.yaml ({meta['sha256']})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SeedError(f"{path}: not valid UTF-8 at byte {exc.start}") from None
    where = f"sources.yaml {meta['source_id']}"
    try:
        first = resolve_anchor(text, meta["body_first"])
        last = resolve_anchor(text, meta["body_last"])
    except AnchorError as exc:
        raise SeedError(f"{where}: body {exc}") from None
    if last.end <= first.start:
        raise SeedError(f"{where}: body_last comes before body_first")
    doc = Document(meta["source_id"], f"seeds/{meta['path']}", text, digest, meta, Span(first.start, last.end))
    for n, item in enumerate(meta.get("furniture") or [], 1):
        try:
            span = resolve_anchor(text, item["text"], lo=doc.body.start, hi=doc.body.end,
                                  context=item.get("context"), occurrence=item.get("occurrence"))
        except AnchorError as exc:
            raise SeedError(f"{where}: furniture {n}: {exc}") from None
        doc.furniture.append(Furniture(span, item.get("kind", "other")))
    return doc


def read_seeds(root: Path | str) -> Seeds:
    """Load seeds/: sources, articles, actors, events and one annotation file per article."""
    root = Path(root)
    if not root.is_dir():
        raise SeedError(f"{root}: seeds directory not found")
    sources = _records(
        load_yaml(root / "sources.yaml"), root / "sources.yaml", SOURCE_KEYS,
        {"source_id", "path", "sha256", "published", "body_first", "body_last"}, SOURCE_TYPES,
    )
    documents = {m["source_id"]: read_document(root, m) for m in sources}
    if len(documents) != len(sources):
        raise SeedError(f"{root / 'sources.yaml'}: duplicate source_id")
    actors = _records(load_yaml(root / "actors.yaml"), root / "actors.yaml", ACTOR_KEYS, {"id", "name", "kind"},
                      ACTOR_TYPES)
    events = _records(
        load_yaml(root / "events.yaml"), root / "events.yaml", EVENT_KEYS,
        {"id", "date", "date_precision", "event_type", "sub_event_type", "location", "country", "summary"},
        EVENT_TYPES,
    )
    annotations = {sid: read_annotation(root, sid) for sid in documents}
    return Seeds(root, documents, actors, events, annotations)


def read_annotation(root: Path, source_id: str) -> dict[str, Any]:
    """Load seeds/annotations/<source_id>.yaml and check its outline."""
    return read_annotation_file(root / "annotations" / f"{source_id}.yaml", source_id)


def read_annotation_file(path: Path, source_id: str, drafts: bool = False) -> dict[str, Any]:
    """Load the annotation file at ``path`` for article ``source_id`` and check its outline;
    a draft (``status: draft``) is refused unless ``drafts``."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise SeedError(f"{path}: expected a mapping")
    if data.get("source_id") != source_id:
        raise SeedError(f"{path}: source_id is {data.get('source_id')!r}, expected {source_id!r}")
    if data.get("status") != "reviewed" and not (drafts and data.get("status") == "draft"):
        raise SeedError(f"{path}: status is {data.get('status')!r}; only reviewed annotations are published")
    unknown = set(data) - ANNOTATION_SECTIONS - {"source_id", "status"}
    if unknown:
        raise SeedError(f"{path}: unknown sections {sorted(unknown)}")
    for section in ANNOTATION_SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) and "text" in i for i in items):
            raise SeedError(f"{path}: {section} must be a list of items with a text")
        data[section] = items
    return data
