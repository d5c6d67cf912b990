"""The hedge of a number (codebook C2, C5): the qualifier its cue words give, written before the number
("at least six", "as many as 40") or after the counted noun ("six guards at least were hurt"), and the
qualifier of a vague amount ("a dozen" is about 12, "dozens" at least 24)."""
from __future__ import annotations

import re

from ..numbers import QUALIFIER_CUES
from .numerals import NumberContext

QUALIFIER_BEFORE = re.compile(
    r"(?P<cue>at least|no fewer than|no less than|more than|upwards of|in excess of|just over|over|at most|up to|no more than"
    r"|as many as|as high as|as low as|less than|fewer than|under|about|around|approximately|roughly|an estimated|some|nearly|almost|close to"
    r"|down from|up from)\s+[“\"‘]?\s*$", re.I)
QUALIFIER_MAP = {**{cue: qual for qual, cues in QUALIFIER_CUES.items() if qual != "unspecified" for cue in cues},
                 "just over": "more_than", "over": "more_than", "as many as": "exact", "as high as": "exact", "as low as": "exact", "under": "less_than",
                 "down from": "exact", "up from": "exact"}
"""The qualifier of each hedge that ``QUALIFIER_BEFORE`` finds: the cues that validation checks
(``kadhimi_ds.numbers.QUALIFIER_CUES``) and a few more that only the extractor reads. "as many as" is
no C5 cue: it stays in the span, the count is exact."""


def qualifier_before(c: NumberContext) -> tuple[str, int]:
    """The hedge written before the number and where it starts; vague amounts are at_least."""
    m = QUALIFIER_BEFORE.search(c.before)
    if c.tok.form == "unspecified":
        return "unspecified", c.tok.start
    if m:
        cue = m.group("cue").lower()
        if cue == "some" and c.tok.form not in ("digits", "words"):
            m = None
        else:
            qual = QUALIFIER_MAP[cue]
            start = c.tok.start - len(c.before) + m.start()
            if qual == "exact" and c.tok.form == "vague":
                qual = "at_least"
            return qual, start
    if c.tok.form == "vague":  # C2: "a dozen" is about 12, the other vague amounts at least their value
        return ("about" if c.tok.text.lower().startswith("a dozen") else "at_least"), c.tok.start
    return "exact", c.tok.start


_QUALIFIER_AFTER = re.compile(r"\s+(?P<cue>at least|at most)\b(?=\s+(?:were|was|had|have|are|died|killed|wounded|injured|hurt)\b"
                              r"|\s*(?:[.;!?]|$))", re.I)
"""A hedge set after the counted noun and before its verb, or closing the sentence: "six guards at least were hurt",
"put the crowd at 1,500 at most." (C5)."""


def qualifier_after(text: str, noun_end: int, sent_end: int) -> tuple[str, int] | None:
    """(qualifier, end) of a hedge right after the counted noun ("(six guards) at least were hurt"), else None."""
    m = _QUALIFIER_AFTER.match(text, noun_end, sent_end)
    return (QUALIFIER_MAP[m.group("cue").lower()], m.end()) if m else None
