"""Datelines alone on their line, by shape: a place in capitals ("NORTHPORT, Westland", "HARBOURTON"), a
place and its region, its agency ("Northport - WNA", "Northport (WNA)") or its day ("NORTHPORT, 9 March"), an
outlet and its place ("Northport – Harbour Post"), a date in figures and a time ("2021-11-07 09:41"); and the
sub-headings in capitals that only look like a place. Codebook F8: a dateline that opens a paragraph
("NORTHPORT (Reuters) - Westland halted ...") stays body; only a line that holds nothing but the place (and
its agency) is furniture, and an outlet's slug that opens a paragraph ("Harbour News/ The board ...") is body
likewise."""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .debris import AGENCY
from .story_ends import END_MARKER

CAPS_PLACE = r"[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+)?"
TITLE_PLACE = r"[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}"
_REGION = r",\s*[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,2}"
_PLACE_LINE = re.compile(r"^(?:" + CAPS_PLACE + r"(?:" + _REGION + r")?|" + TITLE_PLACE + _REGION + r")$")
_OUTLET_NAME = r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Post|News|Times|Agency|Press|Herald|Journal|Network|Tribune|Gazette|Observer|Monitor|Media|TV|Online|Daily)"
"""An outlet named by its last word ("Al-Rafidain Post", "Northport Daily News")."""
_PLACE_AGENCY = re.compile(r"^(?:" + CAPS_PLACE + r"|" + TITLE_PLACE + r")(?:" + _REGION + r")?\s*[-–—/|]\s*(?:"
                           + AGENCY + r"|[A-Z]{2,6}|" + _OUTLET_NAME + r")$")

_OUTLET_PLACE = re.compile(r"^" + _OUTLET_NAME + r"\s*[–—|]\s*(?:" + CAPS_PLACE + r"|" + TITLE_PLACE + r")$")
"""An outlet and the place it reports from: "Harbour Today TV – Northport"."""
_PLACE_DATE = re.compile(r"^" + CAPS_PLACE + r"(?:" + _REGION + r")?,\s*(?:\d{1,2}\s+(?:" + MONTH_RE + r")|(?:" + MONTH_RE
                         + r")\.?\s+\d{1,2})(?:,?\s+\d{4})?$")
"""A place in capitals and the day alone: "NORTHPORT, 9 March", "NORTHPORT, Westland, March 9, 2024"."""
_PLACE_BRACKET = re.compile(r"^(?:" + CAPS_PLACE + r"|" + TITLE_PLACE + r")(?:" + _REGION + r")?\s*\(\s*(?:" + AGENCY
                            + r"|[A-Z]{2,6}|" + _OUTLET_NAME + r")\s*\)$")
"""A place and its agency in brackets alone: "Northport (WNA)", "EASTPORT, Westland (AFP)"."""
_NUMERIC_DATELINE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[\sT,|–—-]+\d{1,2}:\d{2}(?::\d{2})?"
                               r"(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|Z|[+-]\d{2}:?\d{2})?)?$", re.I)
_AGENCY_AFTER_COMMA = re.compile(r",\s*(?:" + AGENCY + r"|Associated Press|Al Jazeera|Bloomberg|Staff|[A-Z]{2,6})\s*$")


def furniture_numeric_dateline(line: str) -> str | None:
    """A line that is only a date in figures and a time: "2021-11-07 09:41", "07/11/2021 | 14:32"."""
    return "dateline" if _NUMERIC_DATELINE.match(line) else None


def furniture_place_line(line: str) -> str | None:
    """A dateline alone on its line: a place in capitals ("HARBOURTON", "NORTHPORT, Westland"), a place
    and its region ("Northport, Westland"), a place and its agency ("Northport - WNA") or the outlet before it
    ("Harbour Today TV – Northport"), a place in capitals and the day ("NORTHPORT, 9 March")."""
    if len(line) >= 50 or re.match(r"(?i:by)\s", line) or (_AGENCY_AFTER_COMMA.search(line) and not re.match(CAPS_PLACE + ",", line)):
        return None  # "Rana Aziz, Reuters" is a byline
    if END_MARKER.match(line.strip()):
        return None  # "ENDS" closes the story: a tail rule, not a dateline
    return "dateline" if _PLACE_LINE.match(line) or _PLACE_AGENCY.match(line) or _PLACE_BRACKET.match(line) \
        or _OUTLET_PLACE.match(line) or _PLACE_DATE.match(line) else None


_BARE_CAPITALS = re.compile(r"[A-Z][A-Z'’]+(?: [A-Z][A-Z'’-]+){0,3}")
_BULLET = re.compile(r"[*•▪►·–-]\s+\S")


def capital_subheadings(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A line of bare capitals ("THE SUSPECTS", "REACTION") taken for a place is a sub-heading, body,
    when a bulleted line follows it or two article paragraphs come before it: a dateline heads the
    story, under at most its headline and standfirst (F8: sub-headings are body)."""
    before = 0
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if kinds[i][0] == "furniture_place_line" and _BARE_CAPITALS.fullmatch(line):
            bullet = i + 1 < len(lines) and _BULLET.match(text[slice(*lines[i + 1])])
            if before >= 2 or bullet:
                kinds[i] = (None, None)
        elif kinds[i][0] is None and len(line.split()) >= 8 and line.rstrip()[-1] in ".!?:\"”’":
            before += 1
