"""Mention stage: find every actor mention in the bodies from the registry's aliases.

Aliases match case-sensitively as whole words (no letter, digit or underscore on
either side), longest alias first, without overlaps (:mod:`kadhimi_ds.build.aliases`, which
the extractor's gazetteer shares); page furniture is skipped.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import SeedError
from .aliases import alias_pattern
from .anchors import Span
from .seeds import Document, Seeds


def alias_table(actors: list[dict[str, Any]]) -> dict[str, str]:
    """Map each alias to its actor id, refusing an alias claimed by two actors."""
    table: dict[str, str] = {}
    for actor in actors:
        aliases = actor.get("aliases") or []
        if not isinstance(aliases, list):
            raise SeedError(f"seeds/actors.yaml {actor['id']}: aliases must be a list, got {aliases!r}")
        for alias in aliases:
            if not isinstance(alias, str) or not alias.strip():
                raise SeedError(f"seeds/actors.yaml {actor['id']}: empty alias")
            if table.get(alias, actor["id"]) != actor["id"]:
                raise SeedError(f"seeds/actors.yaml: alias {alias!r} belongs to both {table[alias]} and {actor['id']}")
            table[alias] = actor["id"]
    return table


def find_mentions(doc: Document, pattern: re.Pattern[str] | None, table: dict[str, str]) -> list[dict[str, Any]]:
    """Alias mentions in one document's body, outside furniture."""
    if pattern is None:
        return []
    rows = []
    for match in pattern.finditer(doc.text, doc.body.start):
        if match.end() > doc.body.end:
            break
        span = Span(match.start(), match.end())
        if doc.in_furniture(span):
            continue
        rows.append({"actor_id": table[match.group()], "source_id": doc.source_id,
                     "start": span.start, "end": span.end, "text": match.group(), "method": "alias"})
    return rows


def alias_mentions(seeds: Seeds) -> list[dict[str, Any]]:
    """Alias mentions across all articles."""
    table = alias_table(seeds.actors)
    pattern = alias_pattern(list(table))
    return [row for _, doc in sorted(seeds.documents.items()) for row in find_mentions(doc, pattern, table)]


def uncovered_role_nouns(seeds: Seeds, covered: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Occurrences of the registry's ``role_aliases`` ("the premier", "militias") in a body that
    overlap no row of ``covered`` (mentions and ignores) and are not a title directly before
    a name (an alias of any actor, or a row of ``covered`` starting there): each must be a
    mention or ignored (CODEBOOK.md M4, V12)."""
    roles = {r: a["id"] for a in seeds.actors for r in a.get("role_aliases") or []}
    pattern, names = alias_pattern(list(roles)), alias_pattern(list(alias_table(seeds.actors)))
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in covered:
        spans.setdefault(row["source_id"], []).append((row["start"], row["end"]))
    out = []
    for sid, doc in sorted(seeds.documents.items()):
        starts = {a for a, _ in spans.get(sid, [])}
        for row in find_mentions(doc, pattern, roles):
            if any(a < row["end"] and row["start"] < b for a, b in spans.get(sid, [])):
                continue
            after = re.match(r"[ \t]+", doc.text[row["end"]:])
            name_at = row["end"] + after.end() if after else None
            if name_at is not None and (name_at in starts or (names is not None and names.match(doc.text, name_at))):
                continue  # a title directly before a name (an alias or a curated mention)
            out.append(row)
    return out
