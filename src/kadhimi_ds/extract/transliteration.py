"""Spelling-insensitive keys for Arabic and Persian names written in Latin letters (Kadhimi,
Kazemi and Khadimi give one key: :func:`translit_key`), accents stripped, the fuzzy string
comparison that confirms a near key (rapidfuzz; difflib as a slower stand-in when it is missing),
and the test that two name words are spellings of one name by their letters
(:func:`spelling_variants`: Dhahabi and Thahaby are, Hamdun and Hamdan not).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

try:  # rapidfuzz does the fuzzy comparison; difflib is a slower stand-in when it is missing
    from rapidfuzz import fuzz as _fuzz
    from rapidfuzz import process as _process

    def fuzzy_ratio(a: str, b: str) -> float:
        """How alike two strings are (0..100)."""
        return _fuzz.ratio(a, b)

    def partial_ratio(a: str, b: str) -> float:
        """How well the shorter string matches its best window of the longer one (0..100)."""
        return _fuzz.partial_ratio(a, b)

    def best_match(query: str, choices: list[str], cutoff: float) -> str | None:
        """The choice most like ``query`` with a :func:`fuzzy_ratio` of at least ``cutoff``, or None."""
        hit = _process.extractOne(query, choices, scorer=_fuzz.ratio, score_cutoff=cutoff)
        return hit[0] if hit else None
except ImportError:  # pragma: no cover - exercised only without rapidfuzz
    import difflib

    def fuzzy_ratio(a: str, b: str) -> float:
        return 100 * difflib.SequenceMatcher(None, a, b).ratio()

    def best_match(query: str, choices: list[str], cutoff: float) -> str | None:
        hits = difflib.get_close_matches(query, choices, n=1, cutoff=cutoff / 100)
        return hits[0] if hits else None

    def partial_ratio(a: str, b: str) -> float:
        return 100.0 if a in b else 0.0


@lru_cache(maxsize=1 << 16)
def strip_accents(s: str) -> str:
    """``s`` without combining marks (the words of an article repeat: cached)."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_TRANSLIT = (("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
             ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"), ("c", "k"), ("z", "d"), ("w", "u"),
             ("y", "i"), ("e", "i"), ("o", "u"))


@lru_cache(maxsize=1 << 16)
def translit_key(word: str) -> str:
    """A spelling-insensitive key for an Arabic or Persian name written in Latin letters.

    Kadhimi, Kadhemi, Kazimi, Kazemi and Khadimi all give "kadimi": the article prefix
    (al-, el-), apostrophes and hyphens go, digraphs and interchangeable letters fold
    (dh/z/d, kh/q/k, th/t, e/i, o/u, w/u, y/i) and doubled letters collapse.
    """
    w = strip_accents(word).lower()
    w = re.sub(r"^(?:al|el|ul|an|ar|as|ash|at|ad|az)[-\s]", "", w)
    w = re.sub(r"[’'`\-\s.]", "", w)
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def consonant_skeleton(key: str) -> str:
    """The consonants of a transliteration key ("kadimi" gives "kdm")."""
    return re.sub(r"[aiu]", "", key)


_CONSONANT_PAIRS = frozenset(frozenset(p) for p in (
    ("dh", "z"), ("dh", "th"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("kh", "h"), ("k", "q"), ("c", "k"),
    ("gh", "g"), ("ph", "f"), ("sh", "ch"), ("s", "z")))
"""Letters that write one Arabic or Persian consonant (ذ as dh, z, th or d; ق as q or k; خ as kh, k or h), and
the s/z of English spellings ("Organisation", "Organization")."""
_UNIT = re.compile(r"dh|th|kh|gh|sh|ch|ph|[aeiouyw]+|[a-z]")
_VOWEL_FOLDS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ai"), ("ey", "ai"), ("ay", "ai"), ("y", "i"),
                ("w", "u"), ("o", "u"))


@lru_cache(maxsize=1 << 16)
def _units(word: str) -> tuple[str, ...]:
    """A word as consonants and vowel runs, one letter or digraph each, doubled letters collapsed, a final h after a
    vowel dropped, the vowels folded by their transliteration pairs ("ou"/"u", "ee"/"i", "ei"/"ai", "y"/"i", "w"/"u";
    an "e" stays: it may stand for any vowel or none)."""
    w = re.sub(r"^(?:al|el|ul)[-\s]|[’'`ʼ‘]s$", "", strip_accents(word).lower())
    w = re.sub(r"(?<=[aeiou])h$", "", re.sub(r"[^a-z]", "", w))
    units: list[str] = []
    for u in _UNIT.findall(re.sub(r"(.)\1+", r"\1", w)):
        if u[0] in "aeiouyw":
            for a, b in _VOWEL_FOLDS:
                u = u.replace(a, b)
            u = re.sub(r"(.)\1+", r"\1", u)
        units.append(u)
    return tuple(units)


def _vowels_meet(a: str, b: str) -> bool:
    """Two vowel runs (or none) of one sound: equal, or equal when an "e" of one stands for a vowel or none of the other."""
    return a == b or any(re.fullmatch(x.replace("e", "[aiu]?"), y) is not None for x, y in ((a, b), (b, a)) if "e" in x)


def _gapped(units: tuple[str, ...]) -> list[tuple[str, str]]:
    """The consonants of a word, each with the vowel run before it (or ""), and a last pair for the final vowels."""
    out, vowels = [], ""
    for u in units:
        if u[0] in "aeiou":
            vowels = u
        else:
            out.append((vowels, u))
            vowels = ""
    return out + [(vowels, "")]


_DROPPED = [{"", "a"}, {"", "i"}, {"", "u"}]
"""A short vowel between two consonants that one spelling writes and the other drops ("Maliki", "Malki")."""


def spelling_variants(a: str, b: str) -> bool:
    """Two name words are spellings of one name: their consonants correspond one by one, equal or a known
    transliteration pair (dh/z/th/d, k/q, kh/k/h, ...), and the vowels between them meet ("Kadhimi",
    "Kazemi", "Khadimi"; "Dhahabi", "Thahaby"; "Sadr", "Sader"), or but one short vowel between two consonants is
    written in one and dropped in the other ("Maliki", "Malki"), unlike "Hamdun" and "Hamdan" (u/a), "Haddad"
    and "Hammad" (d/m) or "Zaidi" and "Zubaidi" (a consonant more)."""
    x, y = _gapped(_units(a)), _gapped(_units(b))
    if len(x) != len(y) or not all(c == d or frozenset((c, d)) in _CONSONANT_PAIRS for (_, c), (_, d) in zip(x, y)):
        return False
    unmet = [k for k, ((v, _), (w, _)) in enumerate(zip(x, y)) if not _vowels_meet(v, w)]
    return not unmet or len(unmet) == 1 and len(x) > 3 and 0 < unmet[0] < len(x) - 1 \
        and {x[unmet[0]][0], y[unmet[0]][0]} in _DROPPED  # (three consonants at least: "Amiri" is not "Amri")
