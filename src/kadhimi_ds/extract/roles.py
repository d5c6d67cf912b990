"""Role and group nouns as mentions (CODEBOOK.md M3-M6): the registry's ``role_aliases``
("the prime minister", "the militias", "protesters") found in the body.

A role noun is proposed as a mention of its actor when it refers: with a definite or
possessive determiner or a national modifier ("the premier", "Iraq's Prime Minister",
"these militias", "Iraqi PM"), or, for a plural group noun, bare after a preposition or at
the start of a clause ("the killing of protesters"). It is not proposed when indefinite
("a former prime minister"), as a title directly before a name ("Prime Minister Mustafa"),
after "one of", or bare after an adjective ("criminal armed groups").
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from .draft import MentionProposal

DETERMINER = r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
MODIFIER = r"(?:[A-Z][a-z]+[’']s|Iraqi|Iran-backed|[Pp]ro-Iran(?:ian)?)"
INDEFINITE = {"a", "an", "another", "former", "deputy", "ex", "new", "next", "acting", "late"}
BARE_AFTER = {"of", "to", "by", "with", "for", "against", "and", "on", "at", "from", "that", "as", "among", "the"}
"""Words after which a bare plural group noun still refers to the group ("the murder of protesters")."""


def role_table(actors: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each role alias of the registry with its actor id."""
    return {role: a["id"] for a in actors for role in a.get("role_aliases") or []}


def role_mentions(text: str, spans: list[tuple[int, int]], actors: Iterable[dict[str, Any]],
                  taken: list[tuple[int, int]]) -> list[MentionProposal]:
    """Mentions of the registry's role and group nouns in ``spans`` (the paragraphs), none
    overlapping a span of ``taken``."""
    roles = role_table(actors)
    if not roles:
        return []
    alternatives = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w’'-])(?:(?P<det>{DETERMINER})\s+)?(?:(?P<mod>{MODIFIER})\s+)?"
                         rf"(?P<role>{alternatives})(?![\w-])")
    out: list[MentionProposal] = []
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if any(s < m.end() and m.start() < e for s, e in taken) or not _refers(text, m):
                continue
            out.append(MentionProposal(m.start(), m.end(), m.group(), actor_id=roles[m.group("role")],
                                       method="role", score=0.8))
    return out


def _refers(text: str, m: re.Match[str]) -> bool:
    """Whether a matched role noun refers to its actor rather than being a title, an
    indefinite or generic use."""
    before = text[max(0, m.start() - 40):m.start()].split()
    word = before[-1].strip("(“\"'") if before else ""
    previous = word.lower()
    if previous in INDEFINITE or before[-2:] and [w.lower() for w in before[-2:]] == ["one", "of"]:
        return False
    after = text[m.end():m.end() + 40]
    if re.match(r"[ \t]+(?:[A-Z][\w’'-]*|al-[A-Z])", after) and not re.match(r"[ \t]+(?:And|But|On|In|The)\b", after):
        return False  # a title directly before a name
    if m.group("det") or m.group("mod"):
        return True
    role = m.group("role")
    plural = role.endswith("s") and not role.endswith("ss")
    return plural and (not word or previous in BARE_AFTER or not word[-1].isalpha() or word[0].isupper())
