"""Which of several registered events that fit a count equally (the same finest precision:
:mod:`.registered_events`) its article means (C14, E11): the only one at a place the article names,
else the event of the nearest count before it in its paragraph that is linked to one of them (a
report goes on about the event it has been telling, "One protester was killed and 125 people were
hurt"); a heading with none before it, the event of the first such count of the paragraph under it (the item
tells what its heading announces). With neither, the count keeps no event, for the coder to link."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attribution import ArticleAttribution
    from .draft import ClaimProposal
    from .registered_events import RegisteredEvent

_PLACE_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_CLOSED = re.compile(r"[.!?”\"]\s*$")
"""The end of a sentence line; a heading has none."""


def named_in(text: str, event: RegisteredEvent) -> bool:
    """True when ``text`` names the place of ``event``: a name its location holds ("Baghdad" or "Green Zone" for
    "Baghdad (Green Zone)", the whole "Baghdad International Airport"; the province when no location is given),
    or when it happened across a country (no province), which any article of the registry is in."""
    names = _PLACE_NAME.findall(event.place)
    return not names or any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names)


def settle_ties(art: ArticleAttribution, claims: list[ClaimProposal], ties: dict[tuple[int, int], tuple[RegisteredEvent, ...]]) -> None:
    """Give each claim of ``claims`` left without an event one of the events ``ties`` says it fits equally, as the
    module says, in place, in reading order."""
    claims = sorted(claims, key=lambda c: c.start)
    for k, claim in enumerate(claims):
        tied = ties.get((claim.start, claim.end), ())
        if claim.event or not tied:
            continue
        named = [e for e in tied if named_in(art.text, e)]
        if len(named) == 1:
            claim.event = named[0].id
            continue
        ids = {e.id for e in named or tied}
        para = art.sentences[art.sentence_of(claim.start)].para
        before = (c for c in reversed(claims[:k]) if art.sentences[art.sentence_of(c.start)].para == para)
        claim.event = next((c.event for c in before if c.event in ids), None)
    for k, claim in enumerate(claims):  # a heading last, once the item under it is settled
        para = art.sentences[art.sentence_of(claim.start)].para
        if claim.event is None and ties.get((claim.start, claim.end)) and _is_heading(art, para):
            ids = {e.id for e in ties[(claim.start, claim.end)]}
            under = (c for c in claims[k + 1:] if art.sentences[art.sentence_of(c.start)].para == para + 1)
            claim.event = next((c.event for c in under if c.event in ids), None)


def _is_heading(art: ArticleAttribution, para: int) -> bool:
    """True when paragraph ``para`` is one line without a closing full stop: a heading."""
    a, b = art.paragraphs[para]
    words = art.text[a:b].strip()
    return "\n" not in words and not _CLOSED.search(words)
