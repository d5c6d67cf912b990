"""Who asserts a count, where the sentence's cue alone does not say (C16, C17): a closing cue over
coordinated clauses ("two were downed and one hit the roof, INA added"), and a relay that cites its
source ("X, citing Y, reported": Y asserts it, X relays it)."""
from __future__ import annotations

import re

from .cues import Cue
from .referring import Resolved

_COORDINATED = re.compile(r",?\s*(?:and|but|while|whereas)\s+")
"""A clause coordinated right after a count ("… two of the drones and one exploded …")."""


def coordinated_end(text: str, end: int, sent_end: int, cues: list[tuple[Cue, Resolved | None]]) -> int:
    """Where the clause of a count ending at ``end`` stops for a closing cue: at the last comma of the
    sentence when clauses coordinated after the count run up to it with no cue or semicolon of their
    own ("Air defences brought down two of the drones and one exploded on the roof, INA added": the
    cue governs both clauses); ``end`` otherwise."""
    if not _COORDINATED.match(text, end, sent_end):
        return end
    comma = text.rfind(",", end, sent_end)
    if comma < 0 or ";" in text[end:comma] or any(end <= c.start < comma for c, _ in cues):
        return end
    return comma


_CITING = re.compile(r",\s+(?:citing|quoting)\s+(?P<who>[^,;]{3,80}?),\s+$")
"""The source a relay cites between its name and its verb ("Al-Arabiya, citing security sources, reported")."""


def cited_span(text: str, relay_end: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the source named between a relay ending at ``relay_end`` and the verb at
    ``verb_start`` ("AFP, citing an Iraqi security official, said": C17 note), if any."""
    m = _CITING.match(text, relay_end, verb_start)
    return m.span("who") if m else None
