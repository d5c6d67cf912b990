"""Plain text: decoding, the language check, lines, sentences and the small word helpers the
rules share (letter runs, word-joining characters, capitalised vocabulary)."""
from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Iterable

from ..errors import KdsError

LETTERS = re.compile(r"[A-Za-z]+")
"""A run of ASCII letters: the unit of the token index, number words and casualty words."""
WORDISH = re.compile(r"[A-Za-z’'-]+")
"""A word with its apostrophes and hyphens."""
WORD_JOINERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_’'-")
"""Characters that continue a word: a match next to one is not a whole word."""
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
TITLES = frozenset(
    "sayyid sayed sayid syed sheikh shaikh sheik hajji haji hajj mr mrs ms dr general gen maj major brig brigadier "
    "lieutenant lt col colonel prime minister president premier imam ayatollah grand cleric commander spokesman "
    "governor judge deputy".split())
"""Honorific and rank title words (lower case, no full stop) that come before a name, never in it."""


def with_capitals(words: Iterable[str], upper: bool = False) -> frozenset[str]:
    """The words as written in lower case, capitalised ("Said") and, with ``upper``, in capitals."""
    words = frozenset(words)
    out = words | {w.capitalize() for w in words}
    return out | {w.upper() for w in words} if upper else out


def inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """True when ``pos`` falls in one of the sorted, non-overlapping ``spans`` (``starts`` their starts)."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# --- decoding and the language check ---------------------------------------------------------

ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by it at from he his said were are be has have had "
    "an this not but they their its after who which been will would or also more than about over into "
    "she her we our us you i him them there when where while against up out no".split()
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Control characters (Unicode category Cc) other than tab, newline, form feed and return."""
_NOT_LATIN = re.compile(r"[^\x00-\u024f]")
"""Characters past the Latin blocks (U+0250 on)."""
_HTML_TAG = re.compile(r"<\s*/?\s*(?:html|head|body|div|span|p|a|script|style|meta|link|br|li|ul|table|tr|td|img|h[1-6]|article|section|nav|footer|header)\b[^>]*>", re.I)


def decode_text(raw: bytes, name: str = "input") -> str:
    """Decode UTF-8 bytes (a BOM is dropped), refusing binary data with a one-line message."""
    if b"\x00" in raw[:65536]:
        raise KdsError(f"{name}: binary data (NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KdsError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def check_language(text: str) -> None:
    """Refuse input that is not English news text, with a one-line :class:`KdsError`.

    Empty or blank text, binary data (NUL or many control characters), a web page's raw
    HTML, text in another script, and Latin-script text with too few English function
    words are refused. Only the first 200,000 characters are examined.
    """
    if not isinstance(text, str) or not text.strip():
        raise KdsError("empty text: nothing to extract")
    sample = text[:200_000]
    controls = len(_CONTROLS.findall(sample))
    if "\x00" in sample or controls > max(2, len(sample) // 200) or sample.count("\ufffd") > max(2, len(sample) // 200):
        raise KdsError("binary data, not a text article")
    tags = len(_HTML_TAG.findall(sample))
    if tags >= 3 and tags * 400 > len(sample) or re.search(r"<!doctype\s+html|<html[\s>]", sample[:5000], re.I):
        raise KdsError("raw HTML: give the article's text, not the web page (save the page as plain text first)")
    letters = "".join(filter(str.isalpha, sample))
    if not letters:
        raise KdsError("no words in the text: nothing to extract")
    latin = len(_NOT_LATIN.sub("", letters))
    if latin < 0.6 * len(letters):
        scripts: dict[str, int] = {}
        for c in letters:
            if c >= "\u0250":
                script = unicodedata.name(c, "UNKNOWN").split()[0]
                scripts[script] = scripts.get(script, 0) + 1
        main = max(scripts, key=scripts.get).capitalize() if scripts else "another"
        raise KdsError(f"not English: the text is mostly in {main} script")
    words = re.findall(r"[a-z]+", sample.lower())
    if len(words) >= 12:
        share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
        if share < 0.12:
            raise KdsError(f"not English: only {share:.0%} of the words are common English words")
    elif not any(w in ENGLISH_FUNCTION_WORDS for w in words) and len(words) >= 4:
        raise KdsError("not English: no common English words in the text")


# --- lines and sentences ------------------------------------------------------------------

def iter_lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) with surrounding whitespace excluded."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen maj lt col capt cpt sgt brig adm st jr sr no vs etc inc co corp gov sen rep prof rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig al approx dept est govt".split())
_SENT_END = re.compile(r"[.!?…]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])")
_CLOCK = re.compile(r"(?<![A-Za-z])[AaPp]\.[Mm]$")
_CLOCK_GOES_ON = re.compile(r"[\"”’»)\]]*\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                            r"[a-z]*\.?\s+\d|(?:[A-Z]{0,3}[SD]?T|GMT|UTC)\b|[A-Z][\w-]+\s+(?:local\s+)?time\b)")
"""Capitalised words that may follow "a.m."/"p.m." inside a sentence: a weekday, a date, a time zone, "Baghdad time"."""
_CAPITAL_NEXT = re.compile(r"[\"”’»)\]]*\s+[\"“‘(\[]?[A-Z]")


def abbreviation_before(text: str, dot: int, lo: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation ("Mr.", "U.S.", an initial); "a.m." and
    "p.m." before a capitalised word that is no weekday, date or time zone end a sentence."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(lo, dot - 12):dot])
    if not m:
        return False
    word = m.group(1)
    if _CLOCK.search(word):
        return not _CAPITAL_NEXT.match(text, dot + 1) or bool(_CLOCK_GOES_ON.match(text, dot + 1))
    return word.lower().rstrip(".") in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isupper())


def split_sentences(text: str, start: int, end: int, outer: list[tuple[int, int]], outer_starts: list[int]) -> list[tuple[int, int]]:
    """Sentences of one paragraph; never split inside a quotation or after an abbreviation."""
    out = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        dot = m.start()
        if text[dot] == "." and abbreviation_before(text, dot, start):
            continue
        k = bisect.bisect_left(outer_starts, cut) - 1
        if k >= 0 and outer[k][1] > cut:
            continue
        e = m.start() + len(m.group().rstrip())
        out.append((s, e))
        s = cut
    if s < end:
        out.append((s, end))
    return out


def inner_sentence(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The grammatical sentence holding ``pos`` within the sentence [start, end): a quotation of several
    sentences is one sentence of :func:`split_sentences`, but a time in one of its sentences does not place
    a count of another ("… in last month’s election. One protester was killed on Friday")."""
    lo, hi = start, end
    for m in _SENT_END.finditer(text, start, end):
        if text[m.start()] == "." and abbreviation_before(text, m.start(), start):
            continue
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start() + 1
            break
    return lo, hi


_MAX_HEADING_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?][”\"’']?$")


def heading_line(text: str, pos: int) -> tuple[int, int] | None:
    """The line holding ``pos`` when it is a heading: short, and closed by no full stop, question or
    exclamation mark ("Drone attack wounds six guards"); None for a line of running text."""
    lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[lo:len(text) if hi < 0 else hi].strip()
    if not line or _SENTENCE_END.search(line) or len(line.split()) > _MAX_HEADING_WORDS:
        return None
    return lo, lo + len(line)
