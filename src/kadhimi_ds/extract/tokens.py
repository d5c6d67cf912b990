"""The token index of an article: its letter runs, with the runs at which each kind of rule
can start sorted out in one pass, so that every rule looks only at its own candidates."""
from __future__ import annotations

import bisect

from dataclasses import dataclass

from .text import LETTERS


@dataclass(frozen=True)
class Triggers:
    """The words at which each kind of rule can start: number words, attribution cues,
    date words and group nouns (each module owns its list; the pipeline gathers them)."""
    nums: frozenset[str] | dict[str, object]
    cues: frozenset[str] | dict[str, object]
    dates: frozenset[str] | dict[str, object]
    groups: frozenset[str] | dict[str, object]


class TokenIndex:
    """The letter runs of ``spans`` as ``tokens`` (start, end, word) and, per kind, the runs that
    can start an expression of that kind: ``between("num" | "cue" | "group" | "caps" | "names",
    a, b)``; ``date`` holds the indices in ``tokens`` of month, weekday and relative-time words.
    ``name_firsts`` are the first words of the registry's canonical names."""

    def __init__(self, text: str, spans: list[tuple[int, int]], triggers: Triggers,
                 name_firsts: frozenset[str] = frozenset()):
        self.tokens = tokens = [(m.start(), m.end(), m.group()) for a, b in spans for m in LETTERS.finditer(text, a, b)]
        self.starts = [t[0] for t in tokens]
        num: list[tuple[int, int, str]] = []
        cue: list[tuple[int, int, str]] = []
        group: list[tuple[int, int, str]] = []
        caps: list[tuple[int, int, str]] = []
        names: list[tuple[int, int, str]] = []
        date: list[int] = []
        nums, dates, groups, cues = triggers.nums, triggers.dates, triggers.groups, triggers.cues
        for i, t in enumerate(tokens):
            w = t[2]
            if w in nums:
                num.append(t)
            if w in cues:
                cue.append(t)
            if w in dates:
                date.append(i)
            if w in groups:
                group.append(t)
            if w in name_firsts:
                names.append(t)
            if "A" <= w[0] <= "Z":
                caps.append(t)
        self.lists = {"num": num, "cue": cue, "group": group, "caps": caps, "names": names}
        self.list_starts = {k: [t[0] for t in v] for k, v in self.lists.items()}
        self.date = date

    def between(self, kind: str, a: int, b: int) -> list[tuple[int, int, str]]:
        """The candidate tokens of one kind that start inside [a, b)."""
        starts = self.list_starts[kind]
        lo = bisect.bisect_left(starts, a)
        return self.lists[kind][lo:bisect.bisect_left(starts, b, lo)]
