"""Stamp lines, by their words rather than one house style: a line made only of dates, times, time
zones, reading times, counts of views or comments and the words that label them ("Posted: Nov 8,
2021 / 10:14 AM CST / Updated: ...", "Sun 7 Nov 2021 15.02 GMT First published on Sun 7 Nov 2021
05.40 GMT", "Mon, 8 November 2021, 7:52 am·3-min read", "👁 2,318 views"), and a live blog's
key-event link led by its age ("4h ago Minister resigns"). A sentence always holds a word that no
stamp has; a timeline's heading ("March 2021") has neither a time, a full date nor a label."""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .debris import AGENCY

_DAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?"
_TIME = (r"\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m?\.?)?-\d{1,2}(?:[:.]\d{2})?[ap]\.?m?\.?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?"
         r"|\d{1,2}(?:[ap]\.?m\.?|h)")
"""A time or a programme's slot ("12-1p", "9-10am")."""
_ZONE = (r"(?:gmt|utc|bst|cet|cest|ast|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|msk|irst|local"
         r"|(?-i:IST|PKT|IRDT|AFT|NPT|BDT|EAT|CAT|WAT|SAST|EET|EEST|WET|WEST|TRT|GST|AZT|WIB|WITA|WIT|ICT|MYT|SGT|PHT|HKT|JST|KST"
         r"|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|ADT|NST|NDT|HST|AKST|AKDT|BRT|ART|CLT|COT|PET|VET))(?:[+-]\d{1,2}(?::?\d{2})?)?")
"""A time zone: the common ones in any case, the other newsrooms' ("IST", "PKT", "EAT", "WIB", "JST",
"AEDT") in capitals only, since some spell English words ("WEST", "CAT")."""
_NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
_LABEL = r"updated?|published|posted|date|years?|months?|weeks?|modified|edited|aired|broadcast|recorded|first|last|on|at|am|pm|a\.m\.|p\.m\.|time|ago|read|listen|min|mins|minutes?|hours?|hrs?|secs?|seconds?"
_COUNT = r"views|reads|comments?|shares|reactions|likes"
_TOKEN = re.compile(r"(?P<month>" + MONTH_RE + r")|(?P<day>" + _DAY + r")\.?|(?P<time>" + _TIME + r")|(?P<zone>" + _ZONE + r")"
                    r"|(?P<date>" + _NUMERIC_DATE + r")|(?P<num>\d[\d,.]*(?:st|nd|rd|th|k|m)?)(?:-(?:min|minute))?|(?P<label>" + _LABEL
                    + r")|(?P<count>" + _COUNT + r")", re.I)
_COUNT_LINE = re.compile(r"^\W*(?:\d[\d,]*(?:\.\d+)?[km]?\s+(?:views|reads|shares|reactions|likes)|(?:views|reads|shares)\s*:\s*\d[\d,]*)$",
                         re.I)
"""A count of views alone ("👁 2,318 views", "Views: 2,318"); "3 comments" heads the comments (a tail rule)."""
_SPLIT = re.compile(r"(?:[\s·|•,()\[\];]|(?<!\d)[:/+–—-]|[:/+–—-](?!\d))+")
"""Between the words of a stamp; a time's colon and a date's slashes and dashes stay inside it."""


def _stamp_parts(line: str) -> set[str] | None:
    """The kinds of the words of ``line`` when every word is a stamp's word, else None; signs and
    symbols ("👁", "·") count as nothing."""
    kinds: set[str] = set()
    for word in _SPLIT.split(line):
        if not re.search(r"\w", word):
            continue
        m = _TOKEN.fullmatch(word)
        if not m:
            return None
        kinds.add(m.lastgroup or "")
    return kinds


_CITY_TIME = re.compile(r"(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time(?=,|$)")
"""A clock time given in a city's time ("16:52 Baghdad time", "12:10 Baghdad time, Sunday 7 November 2021"): the city
and "time" stand for a zone."""

_CAPS_PLACE_LEAD = re.compile(r"^[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]{2,}){0,2},\s+")
"""A place in capitals and a comma before a stamp ("NORTHPORT, MARCH 08, 2024 22:41 IST"); the stamp's own
words decide the line."""

_TIMES_NOTE = re.compile(r"^All times(?:\s+(?:are|stated|shown|given|listed))*(?:\s+in)?\s+(?:[A-Z][\w+]*)(?:\s+\((?:GMT|UTC)[+−-]\d{1,2}\))?"
                         r"(?:\s+time)?(?:\.(?:\s|$)|$)")
"""A note of the time zone a page's times are in: "All times stated are UK", "All times Northport (GMT+3). ..."."""

def furniture_stamp_line(line: str) -> str | None:
    """A line of stamp words only that holds a time, a full date ("7 Nov 2021", "07/11/2021"), a
    reading time or a count of views: a dateline (the counts, "2,318 views", are "other"); a time
    may be given in a city's time ("Updated 8 Nov 2021 16:52 Baghdad time"), the stamp led by a place in capitals
    ("NORTHPORT, MARCH 08, 2024 22:41 IST"). A note of the zone all times are
    in ("All times stated are UK") is furniture too ("other")."""
    if len(line) < 200 and _TIMES_NOTE.match(line):
        return "other"
    if len(line) >= 120 or not re.search(r"\d", line):
        return None
    line = _CITY_TIME.sub(r"\1", _CAPS_PLACE_LEAD.sub("", line.rstrip()))
    kinds = _stamp_parts(line)
    if not kinds:
        return None
    if _COUNT_LINE.match(line):
        return "other"
    full_date = "date" in kinds or ("month" in kinds and len(re.findall(r"\d+", line)) >= 2)
    labelled = "label" in kinds and bool(re.search(r"\b(?:updated|published|posted|aired|broadcast|read|ago)\b", line, re.I))
    return "dateline" if "time" in kinds or full_date or labelled else None


_AGE = re.compile(r"^\d{1,3}\s?(?:h|hr|hrs|m|min|mins|d)\s+ago\s+(\S.*)$|^(?:\d{1,3}|an?)\s+(?:hours?|minutes?|days?)\s+ago\s+([^\s,].*)$", re.I)


def furniture_event_age(line: str) -> str | None:
    """A live blog's key-event link led by the entry's age: "4h ago Minister resigns", "2 hours ago
    ‘We are safe’: mayor speaks"; a sentence ("Two hours ago, the mayor ...") goes on after a comma
    and closes with a full stop."""
    m = _AGE.match(line) if len(line) < 160 else None
    rest = m and (m.group(1) or m.group(2))
    return "related_link" if rest and not re.search(r"[.]$", rest) and len(rest.split()) <= 16 else None


_STAMP_LEAD = re.compile(r"^(?:aired|broadcast|updated|published|posted|first published|last updated)\b", re.I)


def furniture_stamped_title(line: str) -> str | None:
    """A listing's title closed by its stamp: "Minister Survives Attack; Lawmaker Speaks. Aired 12-1p ET"
    (one title, then a labelled stamp sentence); a paragraph ("The crane fell. Updated figures show
    ...") has more than one sentence before, or words after, the label."""
    if len(line) >= 200:
        return None
    head, sep, tail = line.rpartition(". ")
    if not sep or not _STAMP_LEAD.match(tail) or re.search(r"[.!?]\s", head) or len(head.split()) < 3:
        return None
    return "dateline" if furniture_stamp_line(tail) else None


_ANY_LABEL = re.compile(r"^(?:[^\W\d_]{1,20}\s+){0,2}[^\W\d_]{2,20}\s*:\s*(\S.*)$")


def furniture_labelled_stamp(line: str) -> str | None:
    """A stamp under a label in any language: "Güncelleme: 08.11.2021 - 11:02", "Mis à jour: 7 Nov 2021 09:41", a story's
    number and its stamp ("News ID: 4120 - Sunday, March 7, 2024 - 15:40"); the
    stamp holds a clock time, so a heading over a day ("Sunday: 7 November 2021") stays body."""
    m = _ANY_LABEL.match(line.strip()) if len(line) < 80 else None
    if not m or furniture_stamp_line(m.group(1)) != "dateline":
        return None
    return "dateline" if re.search(r"\d{1,2}[:.]\d{2}(?![.\d]{3})|\d[ap]\.?m\b", m.group(1), re.I) else None


_NAME_PART = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}")


_ISSUE = re.compile(r"(?i:issue|vol(?:ume)?\.?|edition|episode|ep\.)\s*(?:(?i:no)\.?\s*|#\s*)?\d{1,5}(?:\s*,\s*(?i:no)\.?\s*\d{1,5})?"
                    r"|\d{1,3}\s*(?i:min(?:ute)?s?|hrs?|hours?)")
"""A newsletter's or journal's issue, a programme's episode or its running time: "Issue No. 412", "Issue #87", "Vol. 3,
No. 12", "Episode 318", "22 min"."""
_NAMES_PART = re.compile(_NAME_PART.pattern + r"(?:(?:,\s+|,?\s+and\s+)" + _NAME_PART.pattern + r"){0,3}")
"""One name or several joined by commas and "and": "Sami Nour and Lea Brandt"."""
_BYLINE_PART = re.compile(r"(?:(?i:written|reported|compiled|edited)\s+)?(?i:by)\s+" + _NAMES_PART.pattern)
_ROW_BAR = re.compile(r"\s+[|·•]\s*|\s*[|·•]\s+")
"""The bar or bullet between a row's parts, spaced on one side at least ("Sami Nour   |07.11.2021")."""


def issue_stamp(line: str) -> bool:
    """A row of a date and an issue number: "Monday 8 March 2024 · Issue No. 41", "Issue #87 | 11 March 2024"."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", line)]
    return len(parts) >= 2 and any(_ISSUE.fullmatch(p) for p in parts) \
        and all(_ISSUE.fullmatch(p) or furniture_stamp_line(p) or _NAME_PART.fullmatch(p) for p in parts)


_COUNT_PART = re.compile(r"\d[\d,]*\s+(?i:comments?|replies|views|shares)")
"""A count beside a row's stamp ("4 Comments"); alone on its line it heads the comments (a tail rule)."""
_STAMP_BY = re.compile(r"(.+?)\s+(?i:by)\s+(" + _NAMES_PART.pattern + r"|@?[\w.-]{3,30})")
"""A stamp and its author in one part: "Posted on November 9, 2021 by Sami"."""


def _row_part(part: str) -> bool:
    """A part of a stamp row that is no stamp: names, a byline, an issue, a count, an agency ("dpa")."""
    return bool(_NAMES_PART.fullmatch(part) or _BYLINE_PART.fullmatch(part) or _ISSUE.fullmatch(part)
                or _COUNT_PART.fullmatch(part) or re.fullmatch(AGENCY, part))


def _row_stamp(part: str) -> bool:
    """A part of a stamp row that is a stamp, perhaps with its author after "by"."""
    by = _STAMP_BY.fullmatch(part)
    return bool(furniture_stamp_line(part) or furniture_labelled_stamp(part) or (by and furniture_stamp_line(by.group(1))))


_NAME_THEN_LABEL = re.compile(r"^(?:By\s+)?" + _NAME_PART.pattern + r"\s*(?:[,/–—-]\s*|\s)(?=(?i:(?:last\s+)?(?:updated|published|posted)\b))")
"""A desk's or outlet's name right before a labelled stamp: "Coastal Desk - Updated ...", "Web Desk, Published: ..."."""


def furniture_stamp_row(line: str) -> str | None:
    """An outlet's name and its stamps in one row: "Xinhua | Updated: 2021-11-07 18:42", "Coastal News · 7 March
    2024 · 09:41"; each part is a stamp or a capitalised name, and one at least a stamp. A name may
    also run into a labelled stamp after a comma, slash or dash ("Web Desk - Updated Nov 8, 2021 10:20 PKT"). A part may
    be a byline ("Written by Coastal Desk | Northport | Updated: ..."), authors' names ("Sami Nour and Lea Brandt  |08.03.2024"),
    an issue or episode number or a running time ("The Harbour Hour · Episode 41 · 8 March 2024 · 22 min"), an agency
    ("dpa | 07/11/2021 - 13:05 GMT"), a count ("Posted on May 2, 2024 by Sami | Port Notes | 4 Comments")."""
    if len(line) >= 120:
        return None
    lead = _NAME_THEN_LABEL.match(line)
    if lead and furniture_stamp_line(line[lead.end():]):
        return "dateline"
    parts = [p.strip() for p in _ROW_BAR.split(line)]
    stamps = [p for p in parts if _row_stamp(p)]
    return "dateline" if len(parts) >= 2 and stamps and all(p in stamps or _row_part(p) for p in parts) else None
