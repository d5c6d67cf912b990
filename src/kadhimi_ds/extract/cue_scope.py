"""Which clause a cue governs (codebook C16): a cue in a free relative closed before a count ("survived
what the army says was an attempt on his life, after a drone struck his home"), in another relative clause
than the count's, or in a clause joined after the count's does not govern it: the count is in the article's
voice."""
from __future__ import annotations

import re

_RELATIVE_CUE = re.compile(r"\bwhat\s+(?P<cue>[^,;:.]{1,60}?\s(?:says|said|say|claims|claimed|called|calls|described|describes))\b"
                           r"[^,;:]*,\s+(?:after|when|before|as|while|since|once)\s+[^,;:]*$", re.I)
"""A cue inside a free relative closed before the count: "survived what the army says was an attempt on his life,
after (a drone) struck his home"."""


_RELATIVE_OPEN = re.compile(r",\s+(?:whose|which|who)\b[^,;:]*$")
_NEXT_RELATIVE = re.compile(r"\band\s+(?:which|who)\b[^,;:]*$")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!(?:which|who|that)\b)[^,;:“”\"]*$")
"""A clause joined after the count's that holds the cue ("won 31 seats, and its leader X condemned the attack"): the cue is its own."""


def outside_relative_cue(text: str, sent_start: int, count_start: int, cue_words: str | None) -> bool:
    """True when the cue of a count governs another clause than the count's (C16), so the count is in the article's
    voice: the cue sits in a free relative ("what the army says was ...") that a comma and a subordinator close
    before the count; the count stands in a relative clause of the speaker that closes before the cue's verb
    ("Sadr, whose 73 seats make him kingmaker, called ..."); the cue stands in a relative clause and the count in
    the next one ("which the army called a plot and which wounded seven guards"); or the cue stands in a clause joined
    after the count's by a comma and a conjunction (:data:`_NEXT_CLAUSE`)."""
    m = _RELATIVE_CUE.search(text, sent_start, count_start)
    if m and cue_words and cue_words in m.group("cue"):
        return True
    cue_at = text.find(cue_words, sent_start) if cue_words else -1
    if cue_at < 0:
        return False
    own = _RELATIVE_OPEN.search(text, sent_start, count_start)
    close = text.find(",", count_start, cue_at + len(cue_words))
    if own and cue_at <= own.start() and close >= 0:
        return True
    after = _NEXT_RELATIVE.search(text, sent_start, count_start)
    if after and cue_at + len(cue_words) <= after.start():
        return True
    return cue_at > count_start and bool(_NEXT_CLAUSE.search(text, count_start, cue_at))
