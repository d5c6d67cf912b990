"""Resolve stage: turn curated annotation items into rows with exact spans.

Each row keeps the ``source_id``, ``start``, ``end`` and ``text`` of its anchor; the
references it makes (actors, events) are checked against the registries here, so a
typo in a curated file stops the build with the file and item named.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import SeedError
from .seeds import OPT_STR, STR, Document, Seeds, check_types

QUOTE_KEYS = {"text", "context", "occurrence", "speaker", "attribution", "channel", "event",
              "utterance", "fragment", "reported_via"}
CLAIM_KEYS = {"text", "context", "occurrence", "quantity", "value", "qualifier", "population",
              "population_text", "event", "subject", "claimed_by", "claimed_by_basis", "reported_via"}
EVENT_MENTION_KEYS = {"text", "context", "occurrence", "event"}
MENTION_KEYS = {"text", "context", "occurrence", "actor"}
IGNORE_KEYS = {"text", "context", "occurrence", "reason"}
ITEM_TYPES = {"text": STR, "context": STR, "occurrence": (int,), "speaker": OPT_STR, "attribution": STR,
              "channel": STR, "event": OPT_STR, "utterance": OPT_STR, "fragment": (bool,), "reported_via": OPT_STR,
              "quantity": STR, "value": (int, type(None)), "qualifier": STR, "population": STR, "subject": OPT_STR,
              "population_text": STR, "claimed_by": OPT_STR, "claimed_by_basis": OPT_STR, "actor": STR, "reason": STR}

RULE_CITED = re.compile(r"\([A-Z]\d+\)\s*$")
"""An ignore's reason ends with the CODEBOOK.md rule it applies: "relative date (I3)"."""


class Resolver:
    """Resolves the annotation items of one article against its text and the registries."""

    def __init__(self, doc: Document, path: Path, actor_ids: set[str], event_ids: set[str]):
        self.doc, self.path = doc, path
        self.actor_ids, self.event_ids = actor_ids, event_ids

    def span_row(self, item: dict[str, Any], where: str, keys: set[str]) -> dict[str, Any]:
        unknown = set(item) - keys
        if unknown:
            raise SeedError(f"{self.path} {where}: unknown keys {sorted(unknown)}")
        check_types(item, ITEM_TYPES, f"{self.path} {where}")
        span = self.doc.resolve(item, f"{self.path} {where}")
        return {"source_id": self.doc.source_id, "start": span.start, "end": span.end,
                "text": self.doc.text[span.start:span.end]}

    def ref(self, item: dict[str, Any], key: str, where: str, ids: set[str], required: bool = False) -> str | None:
        value = item.get(key)
        if value is None:
            if required:
                raise SeedError(f"{self.path} {where}: {key} is required")
            return None
        if value not in ids:
            raise SeedError(f"{self.path} {where}: unknown {'event' if ids is self.event_ids else 'actor'} {value!r} in {key}")
        return value

    def quote(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        row = self.span_row(item, where, QUOTE_KEYS)
        row.update(
            speaker_id=self.ref(item, "speaker", where, self.actor_ids),
            attribution=item.get("attribution"),
            channel=item.get("channel"),
            event_id=self.ref(item, "event", where, self.event_ids),
            utterance_id=item.get("utterance"),
            fragment=item.get("fragment", False),
            reported_via=self.ref(item, "reported_via", where, self.actor_ids),
        )
        return row

    def claim(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        row = self.span_row(item, where, CLAIM_KEYS)
        value = item.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise SeedError(f"{self.path} {where}: value must be an integer or null, got {value!r}")
        row.update(
            quantity=item.get("quantity"),
            value=value,
            qualifier=item.get("qualifier"),
            population=item.get("population"),
            population_text=item.get("population_text"),
            event_id=self.ref(item, "event", where, self.event_ids, required=True),
            subject_id=self.ref(item, "subject", where, self.actor_ids),
            claimed_by=self.ref(item, "claimed_by", where, self.actor_ids),
            claimed_by_basis=item.get("claimed_by_basis"),
            reported_via=self.ref(item, "reported_via", where, self.actor_ids),
        )
        return row

    def event_mention(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        row = self.span_row(item, where, EVENT_MENTION_KEYS)
        row["event_id"] = self.ref(item, "event", where, self.event_ids, required=True)
        return row

    def mention(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        row = self.span_row(item, where, MENTION_KEYS)
        row["actor_id"] = self.ref(item, "actor", where, self.actor_ids, required=True)
        row["method"] = "curated"
        return row

    def ignore(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        row = self.span_row(item, where, IGNORE_KEYS)
        if not item.get("reason"):
            raise SeedError(f"{self.path} {where}: an ignore needs a reason")
        if not RULE_CITED.search(item["reason"]):
            raise SeedError(f"{self.path} {where}: the reason must end with the codebook rule it applies, e.g. (I3)")
        row["reason"] = item["reason"]
        return row


SECTIONS = {"quotes": Resolver.quote, "claims": Resolver.claim, "events": Resolver.event_mention,
            "mentions": Resolver.mention, "ignores": Resolver.ignore}


def resolve_annotations(seeds: Seeds, folder: Path = Path("seeds") / "annotations") -> dict[str, list[dict[str, Any]]]:
    """Rows for every curated item, keyed by annotation section; errors name the file in ``folder``."""
    actor_ids = {a["id"] for a in seeds.actors}
    event_ids = {e["id"] for e in seeds.events}
    rows: dict[str, list[dict[str, Any]]] = {section: [] for section in SECTIONS}
    for source_id, ann in sorted(seeds.annotations.items()):
        path = folder / f"{source_id}.yaml"
        resolver = Resolver(seeds.documents[source_id], path, actor_ids, event_ids)
        for section, make in SECTIONS.items():
            for n, item in enumerate(ann[section], 1):
                rows[section].append(make(resolver, item, f"{section}[{n}]"))
    return rows
