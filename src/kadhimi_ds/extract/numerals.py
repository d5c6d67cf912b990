"""Number expressions in text: digits, cardinals in words, vague amounts ("hundreds", "a
dozen"), ordinals and "an unspecified number", each with its span and value, and the context
(:class:`NumberContext`) that the claim rules read around one."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..numbers import NUMBER_WORDS, ORDINALS, SCALES, TENS, UNITS, parse_number_words
from .text import LETTERS, with_capitals

ORDINAL_WORDS = {
    **ORDINALS, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
}
"""Ordinal words up to twentieth plus a few round ones."""

_ANY = sorted(NUMBER_WORDS, key=len, reverse=True)


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


# A cardinal in words is found in two steps: a run of number words joined by spaces, hyphens
# or "and", then split into well-formed cardinals by a small grammar (below), so that
# "two and three" stays two numbers and "twenty five" is one.
_RUN = re.compile(
    rf"(?<![A-Za-z-]){_alt(_ANY)}(?:(?:\s*-\s*|\s+(?:and\s+)?){_alt(_ANY)})*(?![A-Za-z-])",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])[Aa]\s+$")


def _word_class(w: str) -> str:
    if w == "zero":
        return "zero"
    if w in UNITS:
        return "unit" if UNITS[w] < 10 else "teen"
    if w in TENS:
        return "tens"
    return "hundred" if w == "hundred" else "scale"


def _extends(group: list[str], w: str, after_and: bool) -> bool:
    """Can word ``w`` continue the cardinal ``group`` (grammar of English cardinals)?"""
    last = _word_class(group[-1])
    cls = _word_class(w)
    if "zero" in (last, cls):
        return False
    if after_and and last not in ("hundred", "scale"):
        return False
    chunk: list[str] = []
    for g in reversed(group):
        if _word_class(g) == "scale":
            break
        chunk.append(g)
    has_hundred = "hundred" in chunk
    bigs = [SCALES[g] for g in group if _word_class(g) == "scale"]
    if cls == "scale":
        return last != "scale" and (not bigs or SCALES[w] < min(bigs))
    if cls == "hundred":
        return last in ("unit", "teen") and not has_hundred and len(chunk) == 1
    if cls == "tens":
        return last in ("hundred", "scale") or (after_and and last in ("hundred", "scale"))
    # unit or teen
    if last == "tens":
        return cls == "unit"
    if last in ("hundred", "scale"):
        small_after_hundred = has_hundred and any(
            _word_class(g) in ("unit", "teen", "tens") for g in chunk[: chunk.index("hundred")])
        return not small_after_hundred
    return False


def _word_cardinals(text: str, lo: int, runs: Iterable[re.Match[str]]):
    """Yield (start, end) of each well-formed cardinal written in words inside the runs of number
    words (matches of ``_RUN``) found in text[lo:...]."""
    for run in runs:
        tokens = [(m.start(), m.end(), m.group().lower()) for m in LETTERS.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(tokens):
            group, start, end = [tokens[i][2]], tokens[i][0], tokens[i][1]
            j = i + 1
            while j < len(tokens):
                after_and = tokens[j][2] == "and"
                k = j + 1 if after_and else j
                if k >= len(tokens) or tokens[k][2] == "and" or not _extends(group, tokens[k][2], after_and):
                    break
                group.append(tokens[k][2])
                end = tokens[k][1]
                j = k + 1
            if group[0] != "and":
                if _word_class(group[0]) in ("hundred", "scale"):
                    article = _ARTICLE_BEFORE.search(text, max(lo, start - 8), start)
                    if article:
                        start = article.start()
                yield start, end
            i = j if j > i else i + 1
            while i < len(tokens) and tokens[i][2] == "and":
                i += 1


_DIGITS = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d{3})")
_SCALE_AFTER = re.compile(r"[^\S\n]+(million|billion|thousand)\b", re.I)
_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_VAGUE = re.compile(
    r"(?<![A-Za-z-])(?:(?:several|a\s+few)\s+(?:hundred|thousand|dozen)|tens\s+of\s+thousands|hundreds\s+of\s+thousands"
    r"|a\s+dozen|dozens|hundreds|thousands|scores|several|a\s+couple\s+of|both)(?![A-Za-z-])",
    re.IGNORECASE,
)
_UNSPECIFIED = re.compile(
    r"(?<![A-Za-z-])(?:an?|the)\s+(?:unspecified|unconfirmed|unknown|undisclosed|undetermined|uncertain)\s+number\b",
    re.IGNORECASE,
)
_NOT_AMOUNT_SCORES = re.compile(r"(?:\bsettl(?:e|es|ed|ing)\s+(?:(?:old|some|personal|political)\s+)?|\b(?:the|their|his|her|its|our|my"
                                r"|your|test|exam|high|low|poll|approval|credit|final)\s+)$", re.I)
"""Words before "scores" that make it no amount: the idiom "settle (old) scores", a determiner or a noun of
marks ("their scores", "test scores")."""
_VAGUE_FIRST = frozenset("several tens hundreds thousands dozens scores both".split())
_UNSPECIFIED_WORDS = frozenset("unspecified unconfirmed unknown undisclosed undetermined uncertain".split())
_ARTICLE_SECOND = frozenset({"dozen", "few", "couple"}) | _UNSPECIFIED_WORDS
_ARTICLE_END = re.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he)\s+$")
NUMBER_TRIGGERS_CASED = with_capitals(frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS) | _VAGUE_FIRST | _ARTICLE_SECOND,
                                      upper=True)
"""Words that can start a number expression (the token index collects them)."""
VAGUE_VALUES = {
    "several hundred": 300, "several thousand": 3_000, "several dozen": None, "a few hundred": None,
    "a few thousand": None, "a few dozen": None, "tens of thousands": None, "hundreds of thousands": None,
    "a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2_000, "scores": None, "several": 3,
    "a couple of": None, "both": 2,
}
"""Vague amounts read as the least they can mean ("hundreds" is at least 200, codebook C2); the
others C2 does not value ("scores", "a couple of", "a few hundred") are None: unspecified; "several
thousand" is 3000 as "several hundred" is 300 (C2 note)."""


@dataclass(frozen=True)
class NumberToken:
    """A number expression found in a text: its span, value and form.

    ``form`` is one of ``digits``, ``decimal``, ``words``, ``vague``, ``ordinal``, ``unspecified``;
    ``value`` is None for decimals that are not whole and for "an unspecified number".
    """

    start: int
    end: int
    text: str
    value: int | None
    form: str


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def find_numbers(text: str, lo: int = 0, hi: int | None = None,
                 tokens: Iterable[tuple[int, int, str]] | None = None) -> list[NumberToken]:
    """Every number expression in ``text[lo:hi]``, left to right, without overlaps.

    Digits ("125", "2,000", "2.5"), cardinals in words ("one hundred and twenty-five"),
    vague amounts ("hundreds", "several hundred", "a dozen"), ordinals ("third", "2nd")
    and "an unspecified number". Longer expressions win over shorter ones they contain.
    """
    hi = len(text) if hi is None else hi
    found: list[NumberToken] = []
    runs: list[re.Match[str]] = []
    run_end = -1
    for s, e, word in (tokens if tokens is not None else ((m.start(), m.end(), m.group()) for m in LETTERS.finditer(text, lo, hi))):
        if word not in NUMBER_TRIGGERS_CASED:
            continue
        low = word.lower()
        if low in _ARTICLE_SECOND:
            # "a dozen", "a few hundred", "a couple of", "an unknown number": the article stands before
            article = _ARTICLE_END.search(text, max(lo, s - 5), s)
            if article:
                start = article.start()
                m = (_UNSPECIFIED if low in _UNSPECIFIED_WORDS else _VAGUE).match(text, start, hi)
                if m:
                    value = None if low in _UNSPECIFIED_WORDS else VAGUE_VALUES[_squash(m.group())]  # None: C2 gives no value
                    found.append(NumberToken(m.start(), m.end(), m.group(), value, "unspecified" if value is None else "vague"))
                    if low in _UNSPECIFIED_WORDS:
                        continue
        if low in _VAGUE_FIRST:
            m = _VAGUE.match(text, s, hi)
            if m and low == "scores" and _NOT_AMOUNT_SCORES.search(text, max(lo, s - 30), s):
                m = None  # "settle scores", "their scores", "test scores": no amount
            if m:
                value = VAGUE_VALUES[_squash(m.group())]
                found.append(NumberToken(m.start(), m.end(), m.group(), value, "unspecified" if value is None else "vague"))
        if low in ORDINAL_WORDS and (s == 0 or not (text[s - 1].isalpha() or text[s - 1] == "-")):
            found.append(NumberToken(s, e, word, ORDINAL_WORDS[low], "ordinal"))
        if low in NUMBER_WORDS and s >= run_end:
            m = _RUN.match(text, s, hi)
            if m:
                runs.append(m)
                run_end = m.end()
    for a, b in _word_cardinals(text, lo, runs):
        phrase = text[a:b]
        value = parse_number_words(re.sub(r"^[Aa]\s+", "", phrase))
        if value is not None:
            found.append(NumberToken(a, b, phrase, value, "words"))
    for m in _ORDINAL_DIGITS.finditer(text, lo, hi):
        found.append(NumberToken(m.start(), m.end(), m.group(), int(re.sub(r"\D", "", m.group())), "ordinal"))
    for m in _DIGITS.finditer(text, lo, hi):
        raw = m.group().replace(",", "")
        scale = _SCALE_AFTER.match(text, m.end(), hi)
        if scale:  # "9.6 million", "22 million": one number
            value = round(float(raw) * SCALES[scale.group(1).lower()])
            found.append(NumberToken(m.start(), scale.end(), text[m.start():scale.end()], value, "digits"))
        elif "." in raw:
            whole = float(raw)
            found.append(NumberToken(m.start(), m.end(), m.group(), int(whole) if whole.is_integer() else None, "decimal"))
        else:
            found.append(NumberToken(m.start(), m.end(), m.group(), int(raw), "digits"))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[NumberToken] = []
    for tok in found:
        if kept and tok.start < kept[-1].end:
            continue
        kept.append(tok)
    return kept


class NumberContext:
    """What the number rules look at: the token, its sentence, and the text around it
    (``before``: 90 characters, ``near``: 32 characters, ``after``: 120 characters)."""

    __slots__ = ("text", "tok", "sent_start", "sent_end", "before", "after", "near")

    def __init__(self, text: str, tok: NumberToken, sent_start: int, sent_end: int):
        self.text, self.tok, self.sent_start, self.sent_end = text, tok, sent_start, sent_end
        self.before = text[max(sent_start, tok.start - 90):tok.start]
        self.near = self.before[-32:]
        self.after = text[tok.end:min(sent_end, tok.end + 120)]
