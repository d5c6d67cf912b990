"""Date hints: month and weekday names, date expressions ("7 November 2021", "last Sunday",
"two days ago") and their resolution against the article's date."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from ..numbers import UNITS
from .draft import DateHint
from .numerals import ORDINAL_WORDS
from .text import with_capitals

if TYPE_CHECKING:
    from .tokens import TokenIndex

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH_FORMS = (r"January|February|March|April|May|June|July|August|September|October|November|December"
                r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
MONTH_RE = r"(?:" + _MONTH_FORMS + "|" + _MONTH_FORMS.upper() + r")"
"""A month's name or abbreviation, capitalised or in capitals as timelines and datelines write it ("NOV 5")."""

_ORD_DAY = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first)"
_DATE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    r"|(?P<mdy>\b(?:(?P<mdy_part>early|mid|late)[- ])?(?P<mdy_month>" + MONTH_RE + r")\s+(?P<mdy_day>\d{1,2}(?:st|nd|rd|th)?|" + _ORD_DAY + r")\b(?:,?\s+(?P<mdy_year>\d{4})\b)?)"
    r"|(?P<dmy>\b(?P<dmy_day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_month>" + MONTH_RE + r")(?:,?\s+(?P<dmy_year>\d{4}))?\b)"
    r"|(?P<my>\b(?:(?P<my_part>early|mid|late)[- ]|(?P<my_prep>in|since|until|by|last|next|this|of|from|during)\s+)?(?P<my_month>" + MONTH_RE + r")(?:\s+(?:of\s+)?(?P<my_year>\d{4}))?\b)"
    r"|(?P<year>\b(?P<year_prep>in|since|until|by|from|during|of|before|after|early|late|mid)[- ](?P<year_value>1[89]\d\d|20\d\d)\b(?![,.]?\d))"
    r"|(?P<weekday>\b(?:(?P<wd_mod>early|late|on|last|this|next|by|until|since)\s+)?(?P<wd_day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[’']s)?(?:\s+(?:morning|afternoon|evening|night))?\b)"
    r"|(?P<rel_n>\b(?P<rel_num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+(?P<rel_unit>day|week|month|year)s?\s+(?P<rel_dir>ago|earlier|later|before|after)\b)"
    r"|(?P<rel>\b(?:yesterday|today|tonight|last night|this (?:morning|week|month|year)|(?:late |early )?last (?:week|month|year|weekend)|next (?:week|month|year)|earlier this (?:week|month|year)|(?:days|weeks|months) (?:earlier|ago|later)|in recent (?:days|weeks|months))\b)",
    re.IGNORECASE,
)
DATE_WORDS_CASED = with_capitals(list(MONTHS) + list(MONTH_ABBR) + list(WEEKDAYS) + (
    "may yesterday today tonight last next this ago earlier later before after recent").split(), upper=True)
"""Words at which a date expression can stand (the token index collects them)."""
_TIME_UNITS = frozenset("night morning week weekend month year".split())
_YEARISH = re.compile(r"(?<![\d,.])(?:1[89]\d\d|20\d\d)(?![\d,])|\b\d{4}-\d\d-\d\d\b")
_DAY_BEFORE = re.compile(r"(?<![\w,.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR.get(w[:4]) or MONTH_ABBR[w[:3]]


def _day_number(word: str) -> int:
    w = word.lower()
    if w[0].isdigit():
        return int(re.sub(r"\D", "", w))
    if "-" in w:
        tens, unit = w.split("-")
        return {"twenty": 20, "thirty": 30}[tens] + ORDINAL_WORDS[unit]
    return ORDINAL_WORDS[w]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


def resolve_date(m: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, str | None, bool, str]:
    """(date, precision, relative, rule) of a date expression, against the article's date."""
    g = m.groupdict()
    pub = published
    if g["iso"]:
        y, mo, d = map(int, g["iso"].split("-"))
        return _safe_date(y, mo, d), "day", False, "iso"
    if g["mdy"] or g["dmy"]:
        pre = "mdy" if g["mdy"] else "dmy"
        month = _month_number(g[f"{pre}_month"])
        day = _day_number(g[f"{pre}_day"])
        year = g[f"{pre}_year"]
        if year:
            return _safe_date(int(year), month, day), "day", False, "month_day_year"
        if pub is None:
            return None, "day", True, "month_day"
        d = _safe_date(pub.year, month, day)
        if d and d > pub + dt.timedelta(days=7):
            d = _safe_date(pub.year - 1, month, day)
        return d, "day", True, "month_day"
    if g["my"]:
        word = g["my_month"]
        if word.lower().startswith("may") and not (g["my_year"] or g["my_part"] or g["my_prep"]):
            return None, None, False, "not_a_date"
        if not (g["my_year"] or g["my_part"] or g["my_prep"]) and word[0].islower():
            return None, None, False, "not_a_date"
        month = _month_number(word)
        if g["my_year"]:
            return dt.date(int(g["my_year"]), month, 1), "month", False, "month_year"
        if pub is None:
            return None, "month", True, "month"
        prep = (g["my_prep"] or "").lower()
        year = pub.year
        if prep == "next" or (prep != "last" and month > pub.month and prep not in ("next",)):
            year = pub.year + 1 if prep == "next" else pub.year - 1
        if prep == "last" and month >= pub.month:
            year = pub.year - 1
        return dt.date(year, month, 1), "month", True, "month"
    if g["year"]:
        return dt.date(int(g["year_value"]), 1, 1), "year", False, "year"
    if g["weekday"]:
        if pub is None:
            return None, "day", True, "weekday"
        want = WEEKDAYS[g["wd_day"].lower()]
        back = (pub.weekday() - want) % 7
        mod = (g["wd_mod"] or "").lower()
        if mod == "next":
            return pub + dt.timedelta(days=(want - pub.weekday()) % 7 or 7), "day", True, "weekday"
        if mod == "last" and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), "day", True, "weekday"
    if g["rel_n"]:
        n = g["rel_num"].lower()
        if n in ("several", "few") or pub is None:
            return None, None, True, "relative_span"
        count = int(n) if n.isdigit() else UNITS.get(n, 1)  # "a week ago": one
        unit, direction = g["rel_unit"].lower(), g["rel_dir"].lower()
        if direction in ("before", "after", "later", "earlier"):  # E9: "days earlier" is no day
            return None, None, True, "relative_to_event"
        if unit == "day":
            return pub - dt.timedelta(days=count), "day", True, "ago"
        if unit == "week":
            return pub - dt.timedelta(weeks=count), "day", True, "ago"
        if unit == "month":
            return _shift_months(pub, -count), "month", True, "ago"
        return dt.date(pub.year - count, 1, 1), "year", True, "ago"
    word = g["rel"].lower()
    if pub is None:
        return None, None, True, "relative"
    if word in ("yesterday", "last night"):
        return pub - dt.timedelta(days=1), "day", True, "relative"
    if word in ("today", "tonight", "this morning"):
        return pub, "day", True, "relative"
    if word.endswith("last month") or word in ("this month", "earlier this month"):
        return _shift_months(pub, -1 if "last" in word else 0), "month", True, "relative"
    if word == "next month":
        return _shift_months(pub, 1), "month", True, "relative"
    if word.endswith("last year"):
        return dt.date(pub.year - 1, 1, 1), "year", True, "relative"
    if word in ("this year", "earlier this year"):
        return dt.date(pub.year, 1, 1), "year", True, "relative"
    if word == "next year":
        return dt.date(pub.year + 1, 1, 1), "year", True, "relative"
    if word.endswith("last week"):
        return pub - dt.timedelta(days=7), "day", True, "relative"
    return None, None, True, "relative"


def period(first: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day of the period that a date of ``precision`` (day, month, year) opens (E10)."""
    if precision == "year":
        return first, dt.date(first.year, 12, 31)
    if precision == "month":
        return first, _shift_months(first, 1) - dt.timedelta(days=1)
    return first, first


_NIGHT = re.compile(r"(?:last|to)night$", re.I)
_WHEN_AFTER = re.compile(r",?\s*when\b", re.I)
"""A "when" clause right after a time ("since April, when a drone hit the hangar"): it tells what happened at that time."""


def time_periods(words: str, published: dt.date | None) -> list[tuple[int, int, dt.date, dt.date]]:
    """(start, end, first day, last day) of every date expression of ``words`` that resolves against the
    article's date, and of every year standing alone; "last night" and "tonight" span the evening before
    and the publication day (an attack early on the day of publication, E9); "since" runs to publication, unless a
    "when" clause follows it ("since April, when ..."): that clause tells what happened then, in April alone."""
    out = []
    for m in _DATE.finditer(words):
        date, precision, _, rule = resolve_date(m, published)
        if date is None or precision is None or rule == "not_a_date":
            continue
        first, last = period(date, precision)
        if published is not None and _NIGHT.search(m.group().replace(" ", "")):
            first, last = published - dt.timedelta(days=1), published
        elif published is not None and m.group().lower().startswith("since") and not _WHEN_AFTER.match(words, m.end()):
            last = max(last, published)
        out.append((m.start(), m.end(), first, last))
    for m in _YEARISH.finditer(words):  # a year as a modifier: "the 2018 election", "the 2019 uprising"
        if m.group().isdigit() and not any(s <= m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), *period(dt.date(int(m.group()), 1, 1), "year")))
    return sorted(out)


def whole_time(words: str, published: dt.date | None) -> bool:
    """True when ``words`` are one date expression that resolves ("Last month", "two weeks ago")."""
    return any((a, b) == (0, len(words)) for a, b, _, _ in time_periods(words, published))


def _date_triggers(text: str, a: int, b: int, index: TokenIndex) -> list[tuple[int, int, list[int]]]:
    """Where a date expression can be in [a, b), left to right: month, weekday and relative-time
    words and years, each with the starts of up to two words (or a day number) before it."""
    found = []
    tokens = index.tokens
    first = bisect.bisect_left(index.starts, a)
    lo = bisect.bisect_left(index.date, first)
    hi = bisect.bisect_left(index.date, bisect.bisect_left(index.starts, b))

    def before(i: int, pos: int) -> list[int]:
        starts = [tokens[j][0] for j in (i - 2, i - 1) if j >= first and tokens[j][0] >= pos - 24]
        day = _DAY_BEFORE.search(text, max(a, pos - 8), pos)  # "3 March": the day is digits, not a token
        return starts + [day.start()] if day else starts

    for i in index.date[lo:hi]:
        ws, we, w = tokens[i]
        low = w.lower()
        if low in ("last", "next", "this"):
            if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in _TIME_UNITS:
                continue
        elif low in ("ago", "earlier", "later", "before", "after"):
            if i == 0 or tokens[i - 1][2].lower().rstrip("s") not in ("day", "week", "month", "year"):
                continue
        elif low == "may" and w == "may":
            continue
        found.append((ws, we, before(i, ws)))
    for m in _YEARISH.finditer(text, a, b):
        i = bisect.bisect_left(index.starts, m.start())
        found.append((m.start(), m.end(), before(i, m.start())))
    return sorted(found)


def find_dates(text: str, paragraphs: list[tuple[int, int]], published: dt.date | None,
               index: TokenIndex) -> list[DateHint]:
    """Date expressions of the body resolved against the article's date (None when they cannot be)."""
    out: list[DateHint] = []
    for a, b in paragraphs:
        seen: dict[tuple[int, int], re.Match[str]] = {}
        for ts, te, earlier in _date_triggers(text, a, b, index):
            # the full date pattern is tried only where it can start: at a month, weekday, year or
            # relative word, or up to two words before it ("early Sunday", "in 2019", "two days ago")
            for pos in [ts, *earlier]:
                m = _DATE.match(text, pos, b)
                if m and m.end() >= te:
                    seen[(m.start(), m.end())] = m
        kept: list[re.Match[str]] = []
        for (s, e), m in sorted(seen.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))):
            if kept and s < kept[-1].end():
                continue
            kept.append(m)
        for m in kept:
            date, precision, relative, rule = resolve_date(m, published)
            if rule == "not_a_date":
                continue
            out.append(DateHint(m.start(), m.end(), m.group(), date, precision, relative, rule))
    return out
