"""Aliases written in lower case ("state television", "interior ministry") that open a sentence, a
paragraph or a heading and so stand capitalised ("State television has spoken only of …"): the
capital is the sentence's, not the name's, and the words are that alias (codebook M1; the claims'
headings read the same way, see :meth:`kadhimi_ds.extract.claim_records.ClaimRecords.heading_claimant`)."""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .draft import MentionProposal

_OPENS = re.compile(r"(?:^|(?<=[.!?])[”\"’']?\s+|(?<=\n))\Z")
"""Right before the start of a sentence: a paragraph start, or a full stop (a closing mark) and space."""


def initial_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                     gaz: Gazetteer) -> list[MentionProposal]:
    """Mentions of lower-case aliases of two words or more capitalised as the first words of a
    sentence, outside every mention already found; an alias of one word ("army") is left out (a
    capitalised single word is too often another name's start)."""
    lowered = {alias[0].upper() + alias[1:]: aid for alias, aid in gaz.surface.items()
               if alias[:1].islower() and " " in alias and alias[0].upper() + alias[1:] not in gaz.surface}
    if not lowered:
        return []
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(a) for a in sorted(lowered, key=len, reverse=True))
                         + r")(?![\w’'-])")
    taken = [(m.start, m.end) for m in mentions]
    out: list[MentionProposal] = []
    for a, b in paragraphs:
        for m in pattern.finditer(text, a, b):
            if not (m.start() == a or _OPENS.search(text, max(a, m.start() - 3), m.start())):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
                continue  # "State Television Corporation": a longer name of its own
            out.append(MentionProposal(m.start(), m.end(), m.group(), lowered[m.group()], "alias", 0.8))
    return out
