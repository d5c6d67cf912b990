"""A live blog's entry bylines: "From Sami Nour" (or "From Sami Nour and Lea Brandt in Northport") on its own line,
under an entry's heading and its time stamp. Alone, "From Tahrir Square" may be a sub-heading; its place under a
stamped heading makes it the entry's credit (codebook F8: bylines are furniture)."""
from __future__ import annotations

import re

from .headers import names_line

_FROM = re.compile(r"From\s+(?P<names>[^\n]{3,100})")
_STOP = re.compile(r"[.!?…]$")


def entry_bylines(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """Mark "From <names>" as a credit line when the line above is an entry heading (unclassified, no closing stop)
    right under a dateline stamp, no blank line between the three, and an article line follows."""
    for i in range(2, len(lines) - 1):
        (s, e), (hs, he), (ts, te) = lines[i], lines[i - 1], lines[i - 2]
        m = _FROM.fullmatch(text[s:e].strip())
        if not m or kinds[i][0] is not None or not names_line(m.group("names")):
            continue
        heading = kinds[i - 1][0] is None and not _STOP.search(text[hs:he].rstrip())
        stamped = kinds[i - 2][1] == "dateline" and "\n\n" not in text[te:s]
        if heading and stamped and kinds[i + 1][0] is None:
            kinds[i] = ("furniture_entry_byline", "credit_line")
