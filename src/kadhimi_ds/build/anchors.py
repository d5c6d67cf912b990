"""Anchor resolution: turn an exact text (plus context or occurrence) into a span.

Spans are half-open ``[start, end)`` offsets in Unicode code points of the seed text,
so that ``text[start:end] == anchor``. A helper returns no span rather than a wrong one:
a missing or ambiguous anchor raises :class:`AnchorError`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import AnchorError


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def find_all(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of every occurrence of ``needle`` lying wholly inside ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    if not needle:
        return []
    found, i = [], text.find(needle, lo, hi)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1, hi)
    return found


def resolve_anchor(
    text: str,
    anchor: str,
    *,
    lo: int = 0,
    hi: int | None = None,
    context: str | None = None,
    occurrence: int | None = None,
) -> Span:
    """Find the one span of ``anchor`` inside ``text[lo:hi]``.

    ``context`` is a longer exact string that occurs once and holds ``anchor`` once;
    ``occurrence`` (1-based) picks among several occurrences.
    """
    if not isinstance(anchor, str) or not anchor:
        raise AnchorError("anchor text is empty")
    if context is not None and occurrence is not None:
        raise AnchorError(f"anchor {anchor!r} has both context and occurrence")
    if context is not None:
        where = find_all(text, context, lo, hi)
        if len(where) != 1:
            raise AnchorError(f"context found {len(where)} times in the body: {context!r}")
        inner = find_all(text, anchor, where[0], where[0] + len(context))
        if len(inner) != 1:
            raise AnchorError(f"anchor found {len(inner)} times in its context: {anchor!r}")
        start = inner[0]
    else:
        where = find_all(text, anchor, lo, hi)
        if not where:
            raise AnchorError(f"anchor not found in the body: {anchor!r}")
        if occurrence is None:
            if len(where) > 1:
                raise AnchorError(
                    f"anchor found {len(where)} times in the body, add context or occurrence: {anchor!r}"
                )
            start = where[0]
        else:
            if not isinstance(occurrence, int) or not 1 <= occurrence <= len(where):
                raise AnchorError(f"occurrence {occurrence!r} of {anchor!r} does not exist ({len(where)} found)")
            start = where[occurrence - 1]
    return Span(start, start + len(anchor))
