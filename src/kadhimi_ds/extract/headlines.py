"""A headline restated by the body (codebook C15, I7): "Attack wounds six guards" over "six members of his
protection force were wounded" is one statement in the article's voice, anchored at the headline; so is a
range in other words ("five to seven guards" / "Between five and seven members"), and a headline in
quotation marks with no speaker ("‘Two drones shot down’") over the attributed quotation it shortens, which
gives the headline its claimant. A body count with a source of its own is another claim."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft import ClaimProposal
from .numerals import find_numbers
from .text import heading_line

if TYPE_CHECKING:
    from .attribution import ArticleAttribution

_SOURCE_WORD = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|according|report|reports|reported|citing|cited|quoted|quoting)\b", re.I)
"""Words of a source the attribution cues may not read ("Two sources tell Reuters that six guards were hurt")."""


def _values(text: str, claim: ClaimProposal) -> tuple[int | None, ...]:
    """The value of a count, or the bounds of a range ("five to seven" and "between five and seven": (5, 7))."""
    if claim.value is not None or claim.rule != "range":
        return (claim.value,)
    return tuple(t.value for t in find_numbers(text, claim.start, claim.end) if t.form in ("digits", "words"))


def _quoted(art: ArticleAttribution, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in art.raw_quotes)


def restates_headline(art: ArticleAttribution, first: ClaimProposal, later: ClaimProposal) -> bool:
    """True when ``first`` stands in a heading with no claimant and ``later``, in running text after it, is the
    same count (value or range, qualifier, quantity, population, subject) in the article's voice (its
    sentence names no source at all), or in quotation marks with a speaker when the heading's count is
    quoted too (C15)."""
    text = art.text
    line = heading_line(text, first.start)
    if line is None or first.claimed_by is not None or later.start < line[1] or heading_line(text, later.start):
        return False
    if (first.qualifier, first.quantity, first.population, first.subject) != \
            (later.qualifier, later.quantity, later.population, later.subject):
        return False
    values = _values(text, first)
    if values == (None,) or values != _values(text, later):
        return False
    if later.claimed_by is not None:
        return _quoted(art, first.start) and _quoted(art, later.start)
    sent = art.sentences[art.sentence_of(later.start)]
    return not art.resolve_sentence(art.sentence_of(later.start)) and not _SOURCE_WORD.search(text, sent.start, sent.end)
