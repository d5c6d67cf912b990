"""Numbers written in digits or words, and the hedge words that qualify them.

Used by the meaning layer of validation (a claim's value must be a number its text
gives; its qualifier must match its cue words) and by the extractor.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
VAGUE = {"dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2_000, "several": 3}
"""Vague amounts, read as the least they can mean ("hundreds" is at least 200)."""

NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)

QUALIFIER_CUES = {
    "at_least": ("at least", "no fewer than", "no less than"),
    "more_than": ("more than", "upwards of", "in excess of"),
    "at_most": ("at most", "up to", "no more than"),
    "less_than": ("less than", "fewer than"),
    "about": ("about", "around", "approximately", "roughly", "an estimated", "some"),
    "nearly": ("nearly", "almost", "close to"),
    "unspecified": ("unspecified", "unconfirmed", "unknown number", "undisclosed"),
}

_CUES_LONGEST_FIRST = sorted(((c, q) for q, cues in QUALIFIER_CUES.items() for c in cues), key=lambda cq: -len(cq[0]))
"""Cues tried longest first, so "no more than" (at_most) wins over "more than"."""

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d{1,3}(?:,\d{3})+|\d+")


def parse_number_words(phrase: str) -> int | None:
    """Parse a cardinal written in words ("one hundred and twenty-five"); None if it is not one."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower().strip()) if w and w != "and"]
    if not words or any(w not in NUMBER_WORDS for w in words):
        return None
    total, current, seen = 0, 0, False
    for w in words:
        if w in UNITS or w in TENS:
            current += UNITS.get(w, TENS.get(w, 0))
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * SCALES[w]
            current = 0
    return total + current if seen or total or current else None


def number_values(text: str) -> set[int]:
    """Every count the text can be read as giving: digits, number words, vague amounts,
    ordinals ("a third" of three) and the article "a"/"an" for a singular count."""
    tokens = [m.group() for m in _TOKEN.finditer(text)]
    values: set[int] = set()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        if tok[0].isdigit():
            values.add(int(tok.replace(",", "")))
        elif low in ("a", "an"):
            values.add(1)
        elif low in ORDINALS:
            values.add(ORDINALS[low])
        elif low in VAGUE:
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if low == "several" and nxt in SCALES:
                values.add(3 * SCALES[nxt])
                i += 1
            else:
                values.add(VAGUE[low])
        else:
            j = i
            while j < len(tokens):
                word = tokens[j].lower()
                if word == "and":
                    # "and" continues a number only after a scale: "one hundred and twenty"
                    if not (j > i and tokens[j - 1].lower() in SCALES):
                        break
                elif not all(p in NUMBER_WORDS for p in word.split("-")):
                    break
                j += 1
            while j > i and tokens[j - 1].lower() == "and":
                j -= 1
            if j > i:
                parsed = parse_number_words(" ".join(tokens[i:j]))
                if parsed is not None:
                    values.add(parsed)
                i = j
                continue
        i += 1
    return values


def qualifier_cue(text: str) -> str:
    """The qualifier the wording of a claim implies: a hedge cue, else at_least for a
    vague plural ("hundreds"), else exact."""
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    for cue, qualifier in _CUES_LONGEST_FIRST:
        if re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", low):
            return qualifier
    if re.search(r"(?<![a-z])(dozens|hundreds|thousands|several)(?![a-z])", low):
        return "at_least"
    return "exact"


# --- additions for the extractor: finding number expressions with their spans ------------------
# (The functions above are used by validation and keep their behaviour; the ones below are new.)

from dataclasses import dataclass as _dataclass

ORDINAL_WORDS = {
    **ORDINALS, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
}
"""Ordinal words up to twentieth plus a few round ones."""

_SMALL = sorted(list(UNITS) + list(TENS), key=len, reverse=True)
_SCALE = sorted(SCALES, key=len, reverse=True)
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
_RUN_TOKEN = re.compile(r"[A-Za-z]+")
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
    has_small = any(_word_class(g) in ("unit", "teen", "tens") for g in chunk if g != "hundred")
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


def _word_cardinals(text: str, lo: int, hi: int):
    """Yield (start, end) of each well-formed cardinal written in words inside text[lo:hi]."""
    for run in _RUN.finditer(text, lo, hi):
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _RUN_TOKEN.finditer(text, run.start(), run.end())]
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
_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_CUES_LONGEST_FIRST = sorted(((c, q) for q, cues in QUALIFIER_CUES.items() for c in cues), key=lambda cq: -len(cq[0]))
"""Cues tried longest first, so "no more than" (at_most) wins over "more than"."""

_WORD = re.compile(r"(?<![A-Za-z-])" + _alt(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"(?![A-Za-z])",
                           re.IGNORECASE)
_VAGUE = re.compile(
    r"(?<![A-Za-z-])(?:(?:several|a\s+few)\s+(?:hundred|thousand|dozen)|tens\s+of\s+thousands|hundreds\s+of\s+thousands"
    r"|a\s+dozen|dozens|hundreds|thousands|scores|several|a\s+couple\s+of|both)(?![A-Za-z-])",
    re.IGNORECASE,
)
_UNSPECIFIED = re.compile(
    r"(?<![A-Za-z-])(?:an?|the)\s+(?:unspecified|unconfirmed|unknown|undisclosed|undetermined|uncertain)\s+number\b",
    re.IGNORECASE,
)
VAGUE_VALUES = {
    "several hundred": 300, "several thousand": 3_000, "several dozen": 36, "a few hundred": 200,
    "a few thousand": 2_000, "a few dozen": 24, "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2_000, "scores": 40, "several": 3,
    "a couple of": 2, "both": 2,
}
"""Vague amounts read as the least they can mean ("hundreds" is at least 200), as README says."""


@_dataclass(frozen=True)
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


def find_numbers(text: str, lo: int = 0, hi: int | None = None) -> list[NumberToken]:
    """Every number expression in ``text[lo:hi]``, left to right, without overlaps.

    Digits ("125", "2,000", "2.5"), cardinals in words ("one hundred and twenty-five"),
    vague amounts ("hundreds", "several hundred", "a dozen"), ordinals ("third", "2nd")
    and "an unspecified number". Longer expressions win over shorter ones they contain.
    """
    hi = len(text) if hi is None else hi
    found: list[NumberToken] = []
    for m in _UNSPECIFIED.finditer(text, lo, hi):
        found.append(NumberToken(m.start(), m.end(), m.group(), None, "unspecified"))
    for m in _VAGUE.finditer(text, lo, hi):
        found.append(NumberToken(m.start(), m.end(), m.group(), VAGUE_VALUES[_squash(m.group())], "vague"))
    for a, b in _word_cardinals(text, lo, hi):
        phrase = text[a:b]
        value = parse_number_words(re.sub(r"^[Aa]\s+", "", phrase))
        if value is not None:
            found.append(NumberToken(a, b, phrase, value, "words"))
    for m in _ORDINAL_DIGITS.finditer(text, lo, hi):
        found.append(NumberToken(m.start(), m.end(), m.group(), int(re.sub(r"\D", "", m.group())), "ordinal"))
    for m in _ORDINAL_WORD.finditer(text, lo, hi):
        found.append(NumberToken(m.start(), m.end(), m.group(), ORDINAL_WORDS[m.group().lower()], "ordinal"))
    for m in _DIGITS.finditer(text, lo, hi):
        raw = m.group().replace(",", "")
        if "." in raw:
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


_ONES_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_to_words(n: int, *, hyphen: bool = True, use_and: bool = False) -> str:
    """An English cardinal for 0 <= n < 10**12 ("one hundred and twenty-five" with ``use_and``)."""
    if not 0 <= n < 10**12:
        raise ValueError(f"{n} is out of range")
    if n == 0:
        return "zero"

    def below_thousand(k: int) -> list[str]:
        words: list[str] = []
        hundreds, rest = divmod(k, 100)
        if hundreds:
            words += [_ONES_W[hundreds], "hundred"]
            if rest and use_and:
                words.append("and")
        if rest >= 20:
            tens, ones = divmod(rest, 10)
            if ones:
                words += [f"{_TENS_W[tens]}-{_ONES_W[ones]}"] if hyphen else [_TENS_W[tens], _ONES_W[ones]]
            else:
                words.append(_TENS_W[tens])
        elif rest:
            words.append(_ONES_W[rest])
        return words

    out: list[str] = []
    for scale, size in (("billion", 10**9), ("million", 10**6), ("thousand", 10**3), ("", 1)):
        chunk = (n // size) % 1000
        if not chunk:
            continue
        if use_and and out and size == 1 and chunk < 100:
            out.append("and")
        out += below_thousand(chunk)
        if scale:
            out.append(scale)
    return " ".join(out)
