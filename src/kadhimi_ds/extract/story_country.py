"""Which of several registered bodies of one generic name ("the Ministry of Foreign Affairs", "the
foreign ministry") a passage means: the one of the country the sentence names last before it, else of
the one country its paragraph names before it, else of the article's dateline (codebook G2, M9; the registry's
``country`` and ``parent`` fields, or the country in its name's parentheses, place each body)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from .capitals import CAPITALS, STATE_KINDS
from .roles import root

if TYPE_CHECKING:
    from .gazetteer import ActorInfo, Gazetteer

_GENERIC_STATE_WORDS = frozenset("united republic islamic kingdom state states arab democratic federal sultanate "
                                 "people great".split())
"""First words of state names shared by many states: no adjective of one ("United" is no "United States")."""
_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s*(?:,|[-–—]|\(|:)")
"""The place a story is filed from, opening one of its first paragraphs ("MUSCAT, Nov 7 -", "Baghdad – INA:")."""
_PLACE_LINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z]{3,}(?:[ ][A-Z]{3,})?)[ \t]*$")
"""A dateline set as a line of its own in capitals, between the byline and the date ("ANKARA"): a capital
city only, since a country's name alone on a line is a section label ("IRAQ")."""
_DATELINE_PARAGRAPHS = 5
_JOINED = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)")
"""Between two country names read together ("Sylvania and Freedonia", "Sylvania, Freedonia")."""


def country_names(info: ActorInfo, gaz: Gazetteer) -> set[str]:
    """The names of a body's country: its state's names and aliases (by ``country`` code or chain of
    parents), the country in its registry name's parentheses ("Ministry of Foreign Affairs (Oman)"),
    and that country's capital."""
    top = gaz.info.get(root(info.id, gaz))
    code = info.country or (top.country if top else None)
    names = {n for i in gaz.info.values() if i.kind in STATE_KINDS and (i.id == (top.id if top else None)
             or code and i.country == code) for n in (i.name, *i.aliases)}
    paren = re.search(r"\(([^)]*)\)\s*$", info.name)
    if paren:
        names.add(paren.group(1).strip())
    names |= {city for city, states in CAPITALS.items() if names & set(states)}
    return names


def naming_pattern(names: set[str]) -> re.Pattern[str] | None:
    """Words that name the country of ``names``: a name itself, or an adjective sharing the first four
    letters of a name's distinctive first word ("Saudi", "Omani", "Iranian", "American")."""
    alts = {re.escape(n) for n in names if n}
    for n in names:
        first = n.split()[0] if n.split() else ""
        if len(first) >= 4 and first[0].isupper() and first.lower() not in _GENERIC_STATE_WORDS:
            alts.add(re.escape(first[:4]) + r"[a-z]*")
    if not alts:
        return None
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?![\w-])")


@lru_cache(maxsize=1024)
def country_pattern(info: ActorInfo, gaz: Gazetteer) -> re.Pattern[str] | None:
    """``naming_pattern`` of a body's ``country_names``, built once per body and gazetteer (``gazetteer_for``
    keeps one per registry), not once per reference."""
    return naming_pattern(country_names(info, gaz))


@lru_cache(maxsize=8)
def _places(gaz: Gazetteer) -> frozenset[str]:
    """Every state name, alias and capital of a gazetteer, lower-cased: what a dateline can name."""
    names = {n.lower() for i in gaz.info.values() if i.kind in STATE_KINDS for n in (i.name, *i.aliases)}
    return frozenset(names | {c.lower() for c in CAPITALS})


def _named_at(text: str, info: ActorInfo, gaz: Gazetteer, start: int, end: int,
              quoted: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Where text[start:end] names the country of ``info`` in the writer's words: a country inside a
    quotation is what the speaker talks of, not where the speaker stands ("“… on Sylvania,” the
    ministry said")."""
    p = country_pattern(info, gaz)
    return [(m.start(), m.end()) for m in p.finditer(text, start, end) if not quoted(m.start())] if p else []


def named_before(text: str, candidates: list[ActorInfo], gaz: Gazetteer, start: int, end: int,
                 quoted: Callable[[int], bool] = lambda _: False) -> ActorInfo | None:
    """Of ``candidates`` (bodies of one generic name, of different countries), the one whose country
    text[start:end] (the sentence before the reference) names last outside ``quoted`` positions; None when
    it names none of them, or names last two countries together ("In Sylvania and Freedonia, the
    ministry")."""
    hits = [(a, b, c) for c in candidates for a, b in _named_at(text, c, gaz, start, end, quoted)]
    if not hits:
        return None
    hits.sort(key=lambda h: h[0])
    last = hits[-1]
    if any(c is not last[2] and (h_start == last[0] or _JOINED.fullmatch(text, h_end, last[0]))
           for h_start, h_end, c in hits[:-1]):
        return None
    return last[2]


def placed(text: str, candidates: list[ActorInfo], gaz: Gazetteer, before: tuple[int, int],
           paragraphs: list[tuple[int, int]], quoted: Callable[[int], bool] = lambda _: False) -> ActorInfo | None:
    """Of ``candidates``, the only one whose country the paragraph names in text[before[0]:before[1]] (up to
    the reference) outside ``quoted`` positions, else (it names none of them, or several) the only one of the
    place of the article's dateline ("MUSCAT, Nov 7 -")."""
    named = [c for c in candidates if _named_at(text, c, gaz, *before, quoted)]
    if len(named) == 1:
        return named[0]
    places = _places(gaz)
    head = paragraphs[:_DATELINE_PARAGRAPHS]
    for a, b in head:
        m = _DATELINE.match(text, a, b)
        if m is None or m.group("place").lower() not in places:
            continue
        place = m.group("place").lower()
        return _of_place(place, candidates, gaz)
    cities = {c.lower() for c in CAPITALS}
    lines = [m.group("place").lower() for m in _PLACE_LINE.finditer(text, 0, head[-1][1] if head else 0)]
    return next((_of_place(p, candidates, gaz) for p in lines if p in cities), None)


def _of_place(place: str, candidates: list[ActorInfo], gaz: Gazetteer) -> ActorInfo | None:
    """The only one of ``candidates`` whose country has ``place`` (lower-cased) among its names."""
    found = [c for c in candidates if place in {n.lower() for n in country_names(c, gaz)}]
    return found[0] if len(found) == 1 else None
