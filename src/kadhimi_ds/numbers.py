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
_CUE_PATTERNS = [(re.compile(r"\b" + re.escape(c) + r"\b"), q) for c, q in _CUES_LONGEST_FIRST]
_VAGUE_PLURAL = re.compile(r"\b(dozens|hundreds|thousands|several)\b")

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


def qualifier_cue_expr(text):
    """qualifier_cue as a polars expression over a column of claim texts: every cue found,
    the longest one wins, as in qualifier_cue."""
    import polars as pl

    low = text.str.to_lowercase().str.replace_all(r"\s+", " ")
    rank = {cue: len(_CUES_LONGEST_FIRST) - i for i, (cue, _) in enumerate(_CUES_LONGEST_FIRST)}
    by_rank = {r: _CUES_LONGEST_FIRST[len(_CUES_LONGEST_FIRST) - r][1] for r in rank.values()}
    pattern = r"\b(?:" + "|".join(re.escape(c) for c, _ in _CUES_LONGEST_FIRST) + r")\b"
    best = low.str.extract_all(pattern).list.eval(
        pl.element().replace_strict(rank, default=0, return_dtype=pl.Int64)).list.max()
    vague = low.str.contains(r"\b(?:dozens|hundreds|thousands|several)\b")
    return (pl.when(best > 0).then(best.replace_strict(by_rank, default=None, return_dtype=pl.String))
            .when(vague).then(pl.lit("at_least")).otherwise(pl.lit("exact")))


def _single_token_values() -> dict[str, int]:
    """Tokens that on their own give one count: cardinals up to 99, articles, ordinals, vague words."""
    out = {**UNITS, **TENS, **ORDINALS, "a": 1, "an": 1}
    out.update({k: v for k, v in VAGUE.items() if k != "several"})
    out.update({f"{t}-{u}": TENS[t] + UNITS[u] for t in TENS for u in UNITS if 0 < UNITS[u] < 10})
    return out


SINGLE_TOKEN_VALUES = _single_token_values()
_CARDINALS = [w for w in SINGLE_TOKEN_VALUES if w in UNITS or w in TENS or "-" in w]


def value_in_text_expr(text, value):
    """A polars expression that is true when ``value`` is surely in number_values(text):
    written in digits, or as a lone number word (no scale word, no two number words in a
    row, which number_values would read together). False means: ask number_values."""
    import polars as pl

    tokens = text.str.extract_all(_TOKEN.pattern)
    low = tokens.list.eval(pl.element().str.to_lowercase())
    numbers = low.list.eval(pl.when(pl.element().str.contains(r"^\d")).then(
        pl.element().str.replace_all(",", "").cast(pl.Int64, strict=False)).otherwise(
        pl.element().replace_strict(SINGLE_TOKEN_VALUES, default=None, return_dtype=pl.Int64)))
    cardinal = pl.element().is_in(_CARDINALS)
    merged = low.list.eval((cardinal & cardinal.shift(1)).any()).list.first()
    scaled = low.list.eval(pl.element().is_in([*SCALES, "several"]).any()).list.first()
    return numbers.list.contains(value) & ~merged.fill_null(False) & ~scaled.fill_null(False)


def qualifier_cue(text: str) -> str:
    """The qualifier the wording of a claim implies: a hedge cue, else at_least for a
    vague plural ("hundreds"), else exact."""
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    for pattern, qualifier in _CUE_PATTERNS:
        if pattern.search(low):
            return qualifier
    if _VAGUE_PLURAL.search(low):
        return "at_least"
    return "exact"
