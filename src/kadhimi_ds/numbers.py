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
    "more_than": ("more than", "over", "upwards of", "in excess of"),
    "at_most": ("at most", "up to", "no more than"),
    "less_than": ("less than", "fewer than", "under"),
    "about": ("about", "around", "approximately", "roughly", "an estimated", "some", "a dozen"),
    "nearly": ("nearly", "almost", "close to"),
    "unspecified": ("unspecified", "unconfirmed", "unknown number", "undisclosed"),
}

_CUES_LONGEST_FIRST = sorted(((c, q) for q, cues in QUALIFIER_CUES.items() for c in cues),
                             key=lambda cq: (cq[1] == "unspecified", -len(cq[0])))
"""Cues tried longest first, so "no more than" (at_most) wins over "more than"; the markers of an
unspecified count come last, so they never override a hedged number."""
_SELF_CONTAINED_CUES = ("a dozen", *QUALIFIER_CUES["unspecified"])
"""Cues that need no number after them: "a dozen" is its own number, the others mark a count with
none. Every other cue qualifies only the number right after it."""
_NUMBER_START = (r"[\"“‘']?(?:[0-9]|(?:" + "|".join(sorted(set(UNITS) | set(TENS) | set(SCALES) | {"dozens", "several"},
                                                   key=lambda w: (-len(w), w)))
                 + r"){b}|an?{space}(?:hundred|thousand|million|billion|dozen){b})")
"""Where a number expression starts, maybe after an opening quotation mark: "about 40", "at least
five", "more than a hundred", "nearly a dozen", 'at least “one explosion'; a cue before anything else ("about a kilogram", "some of the guards") qualifies no count."""


def _cue_regex(space: str, b: str) -> str:
    """The cue pattern, with ``space`` for the gaps and ``b`` for an ASCII word boundary: a cue
    followed by a number start, or the self-contained cue. Leftmost-first, so "nearly a dozen" is
    one match."""
    def alternatives(cues):
        return "|".join(space.join(map(re.escape, c.split())) for c in cues)

    hedges = alternatives(c for c, _ in _CUES_LONGEST_FIRST if c not in _SELF_CONTAINED_CUES)
    own = alternatives(sorted(_SELF_CONTAINED_CUES, key=len, reverse=True))
    return rf"{b}(?:(?:{hedges}){space}{_NUMBER_START.format(space=space, b=b)}|(?:{own}){b})"


_CUE_PATTERN = re.compile(_cue_regex(" ", r"\b"), re.ASCII)
_CUE_ORDER = {cue: i for i, (cue, _) in enumerate(_CUES_LONGEST_FIRST)}
_CUE_AT_START = re.compile("|".join(re.escape(c) for c, _ in _CUES_LONGEST_FIRST))
_VAGUE_PLURAL = re.compile(r"\b(dozens|hundreds|thousands|several)\b", re.ASCII)
"""Word boundaries are ASCII ones (a word is letters, digits and _ of ASCII), as in qualifier_cue_expr."""

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
    ordinals (the total of "a third" of three, and the one item it ranks: "the third struck"
    is one drone, C8) and "a", "an" or "another" for a singular count (C3)."""
    tokens = [m.group() for m in _TOKEN.finditer(text)]
    values: set[int] = set()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        if tok[0].isdigit():
            values.add(int(tok.replace(",", "")))
        elif low in ("a", "an", "another"):
            values.add(1)
        elif low in ORDINALS:
            values.update((ORDINALS[low], 1))
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


_SPACE = r"[\s\x1c-\x1f]+"
"""Python's ``\\s+`` for polars, whose ``\\s`` leaves out the separators \\x1c-\\x1f."""


def qualifier_cue_expr(text):
    """qualifier_cue as a polars expression over a column of claim texts: every cue found,
    the longest one wins, as in qualifier_cue."""
    import polars as pl

    low = text.str.to_lowercase()
    cue_at_start = "^(?:" + "|".join(_SPACE.join(map(re.escape, c.split())) for c in _CUE_ORDER) + ")"
    first = low.str.extract_all(_cue_regex(_SPACE, r"(?-u:\b)")).list.eval(
        pl.element().str.extract(f"({cue_at_start})", 1).str.replace_all(_SPACE, " ")
        .replace_strict(_CUE_ORDER, return_dtype=pl.Int64)).list.min()
    vague = low.str.contains(r"(?-u:\b)(?:dozens|hundreds|thousands|several)(?-u:\b)")
    qualifier = first.replace_strict({i: q for i, (_, q) in enumerate(_CUES_LONGEST_FIRST)})
    return pl.coalesce(qualifier, pl.when(vague).then(pl.lit("at_least")), pl.lit("exact"))


def _single_token_values() -> dict[str, int]:
    """Tokens that on their own give one count: cardinals up to 99, articles, ordinals, vague words."""
    out = {**UNITS, **TENS, **ORDINALS, "a": 1, "an": 1, "another": 1}
    out.update({k: v for k, v in VAGUE.items() if k != "several"})
    out.update({f"{t}-{u}": TENS[t] + UNITS[u] for t in TENS for u in UNITS if 0 < UNITS[u] < 10})
    return out


SINGLE_TOKEN_VALUES = _single_token_values()


def _any_of(words) -> str:
    """Regex matching any of the words, in ASCII letters of either case, longest first."""
    return "(?i-u:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


_SURE_TOKEN = r"\d{1,3}(?:,\d{3})+|\d+|(?i-u:-?\b" + _any_of(SINGLE_TOKEN_VALUES) + r"\b(?:-[a-z]+)*-?)"
"""The digit tokens of _TOKEN, and the word tokens of SINGLE_TOKEN_VALUES; a word comes with
the hyphens next to it, so "x-five" or "five-year" match no word."""
_GAP = r"(?:[^A-Za-z0-9-][^A-Za-z0-9]*|-[^A-Za-z0-9]+)"
"""What can lie between two tokens: no ASCII letter or digit, and not a lone hyphen (which joins words)."""
_MAYBE_MERGED = (f"{_any_of(NUMBER_WORDS)}{_GAP}{_any_of(NUMBER_WORDS)}"
                 f"|{_any_of(SCALES)}{_GAP}(?i-u:and){_GAP}{_any_of(NUMBER_WORDS)}")
"""Texts where number_values may read number words together ("twenty five", "hundred and
five"); it also flags texts where it would not ("someone six"), which is safe."""


def value_in_text_expr(text, value):
    """A polars expression that is true when ``value`` is surely in number_values(text): one
    token gives it (digits, or a word of SINGLE_TOKEN_VALUES), and no number words of the text
    may be read together. False means: ask number_values."""
    import polars as pl

    digits = pl.element().str.replace_all(",", "", literal=True).cast(pl.Int64, strict=False)
    numbers = text.str.extract_all(_SURE_TOKEN).list.eval(
        pl.element().str.to_lowercase().replace_strict(SINGLE_TOKEN_VALUES, default=digits, return_dtype=pl.Int64))
    return value.is_not_null() & numbers.list.contains(value) & ~text.str.contains(_MAYBE_MERGED)


def qualifier_cue(text: str) -> str:
    """The qualifier the wording of a claim implies (C5): the longest hedge cue that stands
    right before a number, else at_least for a vague plural ("hundreds"), else exact."""
    low = re.sub(r"\s+", " ", text.lower())
    found = [_CUE_ORDER[_CUE_AT_START.match(m.group()).group()] for m in _CUE_PATTERN.finditer(low)]
    if found:
        return _CUES_LONGEST_FIRST[min(found)][1]
    if _VAGUE_PLURAL.search(low):
        return "at_least"
    return "exact"
