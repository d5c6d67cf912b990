"""The claimant of a count whose sentence's only cue has a definite role noun the attribution pass left
unresolved: "Two were downed and a third struck the residence, the spokesman added" after "…, an interior
ministry spokesman said" is that spokesman, so his institution (codebook G2, C16): the nearest earlier
reference with the same head noun gives the source, when it was resolved."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attribution import ArticleAttribution
    from .referring import Resolved

_DEFINITE = re.compile(r"^(?:the|this)\s", re.I)
_NEXT_TO = 3
"""At most this many characters between the role noun and its speech verb ("the spokesman added", "added the spokesman")."""


def back_referred_source(art: ArticleAttribution, si: int) -> tuple[Resolved, str] | None:
    """(source, cue words) of sentence ``si`` when its one cue is unresolved and spoken by a definite role
    noun ("the spokesman") whose nearest earlier reference with the same head noun, in an earlier sentence,
    was resolved to a source; None otherwise."""
    cues = art.resolve_sentence(si)
    if len(cues) != 1 or cues[0][1] is not None or cues[0][0].kind != "finite":
        return None
    cue = cues[0][0]
    role = next((r for r in art.refs(si) if r.kind == "role" and r.head and _DEFINITE.match(r.text)
                 and (0 <= cue.start - r.end <= _NEXT_TO or 0 <= r.start - cue.end <= _NEXT_TO)), None)
    if role is None:
        return None
    for sj in range(si - 1, -1, -1):
        earlier = [r for r in art.refs(sj) if r.head == role.head]
        if not earlier:
            continue
        ref = earlier[-1]
        res = next((res for _, res in art.resolve_sentence(sj) if res is not None and res.span == (ref.start, ref.end)), None)
        if res is None or not res.known:
            return None
        lo, hi = min(cue.start, role.start), max(cue.end, role.end)
        return res, art.text[lo:hi]
    return None
