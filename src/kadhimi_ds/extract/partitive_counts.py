"""Counts with no value of a group named through "of" (codebook C2, C4, C11): casualties named by a
casualty adjective or "others" ("a number of wounded", "a number of others were hurt"), "members of" a guard
after or before a casualty word ("wounded members of his guard"), a vague part of a group the sentence says
was killed or hurt ("killing some of the protesters") and a vague part of a party's seats ("lost most of its
seats"); and :class:`BareCount`, the record of every count without a number (:mod:`.bare_counts`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import NUMBER_WORDS
from .counting import casualty_of
from .numerals import NumberToken


@dataclass
class BareCount:
    """A count with no value: its span, the token standing for the amount, what it counts."""

    start: int
    end: int
    token: NumberToken
    category: str
    noun: str
    quantity: str



_VAGUE_CASUALTIES = re.compile(r"\b(?P<amount>a number|a few|a handful|a couple|many|numerous)[”\"’]?\s+of\s+"
                               r"(?:(?P<adjective>wounded|injured|dead)|(?P<others>others))\b", re.I)


def vague_casualties(text: str, sent_start: int, sent_end: int, taken: list[tuple[int, int]]) -> list[BareCount]:
    """A vague amount of casualties named by a casualty adjective ("a number of wounded among the guard") or of
    "others" that its clause says were killed or hurt ("a number of others were wounded"): C2, null, unspecified.
    The span runs through the adjective, or through the casualty verb after "others" (C6)."""
    out = []
    for m in _VAGUE_CASUALTIES.finditer(text, sent_start, sent_end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        end, noun = m.end(), m.group("adjective") or m.group("others")
        if m.group("adjective"):
            quantity = "killed" if noun.lower() == "dead" else "injured"
        else:
            verb = _OTHERS_HURT.match(text, m.end(), sent_end)
            if verb is None:
                continue
            quantity, end = ("killed" if verb.group("verb").lower() in ("killed", "dead", "slain") else "injured"), verb.end()
        tok = NumberToken(m.start(), m.start("amount") + len(m.group("amount")), m.group("amount"), None, "unspecified")
        out.append(BareCount(m.start(), end, tok, "people", noun, quantity))
    return out


_OTHERS_HURT = re.compile(r"\s+(?:were|had been|have been|was)\s+(?:[a-z]+ly\s+)?(?P<verb>wounded|injured|hurt|killed|slain)\b", re.I)


_MEMBERS_OF = re.compile(r"(?:\b(?P<cue>killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\s+|(?<![\w’'-]))"
                         r"(?P<amount>(?:[Ss]ome|[Aa] number of|[Aa] few|[Aa] handful of|[Aa] couple of|[Mm]any|[Nn]umerous)\s+)?"
                         r"(?P<noun>[Mm]embers|staff|personnel)"
                         r"\s+of\s+(?:the|his|her|its|their|[A-Z][\w’'-]*[’']s?|[a-z]+-[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
                         r"(?:guards?|protection|security|team|detail|force|forces|staff|escort|convoy|unit)\b"
                         r"(?(cue)|(?:\s+[a-z]+ed\s+(?:at|in|on|near|outside|inside)\s+(?:the\s+)?[\w’'-]+)?"
                         r"\s+(?:(?P<who>who\s+)?(?:were|had been|have been)\s+(?P<after>killed|wounded|injured|hurt)\b"
                         r"|(?P<sustained>sustained|suffered|received)\s+(?:[a-z]+\s+)?(?:injuries|wounds)\b"
                         r"|(?P<heading>killed|wounded|injured|hurt)(?=[ \t]*(?:[;.\n]|$))))")
"""A bare or vaguely counted "members of" a guard or force after a casualty word ("wounded members of his guard"),
opening a clause as the subject of one ("Members of the protection force were wounded", "that a number of members
of the protection force stationed at the residence sustained injuries", a heading's "members of his guard wounded"), or
with a relative clause that says it ("a swift recovery to members of his guard who were injured")."""
_CLAUSE_OPENER = re.compile(r"(?:^|\bthat|[,;:])[\s“\"‘]*$")
_COUNT_AFTER = re.compile(r"(?:\s*[—–:]|(?:\s+(?:in|during)\s+the\s+\w+)?,?\s+numbering)\s*(?:\d|(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b)", re.I)
"""A count given right after the members' clause ("members of his guard were injured — six", "members of his guard who
were wounded in the attack, numbering seven"): the number is the count."""


def casualty_members(text: str, sent_start: int, sent_end: int, taken: list[tuple[int, int]]) -> list[BareCount]:
    """A bare "members of" a group right after a casualty word: "(the blast) wounded members of his
    guard", "injured staff of the protection team", or opening a clause with one after it and no number
    right after that (C4: null, unspecified); with a vague amount before it ("Some members of his protection team were wounded"), the
    amount is the count's (C2: null, unspecified); "members" alone is too general to count without the
    casualty word."""
    out = []
    for m in _MEMBERS_OF.finditer(text[:sent_end], sent_start):
        if any(a < m.end() and m.start() < b for a, b in taken) or _COUNT_AFTER.match(text, m.end(), sent_end) \
                or not (m.group("cue") or m.group("who")) and not _CLAUSE_OPENER.search(text[sent_start:m.start()]):
            continue
        cue = m.group("cue") or m.group("after") or m.group("sustained") or m.group("heading")
        quantity = "killed" if cue.startswith("kill") else "injured"
        amount = (m.group("amount") or "").rstrip()
        begin = m.start("amount") if amount else m.start("noun")
        tok = NumberToken(begin, begin + len(amount), amount, None, "unspecified")
        out.append(BareCount(m.start(), m.end(), tok, "people", m.group("noun"), quantity))
    return out


_VAGUE_OF = re.compile(r"\b(?:a number|a few|a handful|a couple|scores|many|numerous|some|multiple)[”\"’]?\s+of\s+"
                       r"(?:the|his|her|its|their|our|my|your|[A-Z][\w’'-]*[’']s?)\s+(?:[\w’'-]+\s+){0,3}?"
                       r"(?P<noun>[a-z][\w-]*)(?=\s*(?:[,.;:]|$|\b(?:was|were|had|have|has|in|at|on|of|and|who|when|after|during)\b"
                       r"|(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+ago\b))", re.I)


def vague_partitives(text: str, sent_start: int, sent_end: int, taken: list[tuple[int, int]]) -> list[BareCount]:
    """A vague amount taken out of a group that the sentence says was killed or hurt: "wounding a
    number of the protection detail", "the injury of a number of the protection detachment of the Prime
    Minister", "killing some of the protesters" (C2: null, unspecified)."""
    out = []
    for m in _VAGUE_OF.finditer(text, sent_start, sent_end):
        amount = re.match(r".*?\bof\b", m.group()).group()
        if any(a < m.start() + len(amount) and m.start() < b for a, b in taken):
            continue  # the whole may hold its own count: "some of the nearly 600 protesters" (C6 note, F9)
        quantity = casualty_of(text[max(sent_start, m.start() - 45):m.start()], text[m.end():min(sent_end, m.end() + 100)])
        if quantity:
            tok = NumberToken(m.start(), m.start() + len(amount), amount, None, "unspecified")
            out.append(BareCount(m.start(), m.end(), tok, "people", m.group("noun"), quantity))
    return out + vague_seat_parts(text, sent_start, sent_end, taken + [(b.start, b.end) for b in out])


_SEAT_PART = re.compile(r"\b(?P<verb>kept|keeps|keeping|retained|retains|retaining|held on to|won|winning|lost|loses|losing|shed|sheds"
                        r"|shedding|forfeited)\s+(?:only\s+|just\s+|barely\s+)?(?P<amount>a handful|a few|a couple|a number|some|most|many)"
                        r"\s+of\s+(?:its|their|his|her|the|[A-Z][\w’'-]*[’']s?)\s+(?:[\w,.-]+\s+)?seats\b")
"""A vague part of a party's seats with the verb that says what became of it: "kept only a handful of its 15
seats", "lost most of its seats"."""


def vague_seat_parts(text: str, sent_start: int, sent_end: int, taken: list[tuple[int, int]]) -> list[BareCount]:
    """A vague amount of a party's seats kept or lost ("kept only a handful of its 15 seats", "lost most of
    its seats"): seats_won or seats_lost, null, unspecified (C2, C11), the span from the verb; a number in
    the whole is its own claim beside it (C6 note, F9)."""
    out = []
    for m in _SEAT_PART.finditer(text, sent_start, sent_end):
        if any(a < m.end("amount") and m.start() < b for a, b in taken):
            continue
        quantity = "seats_lost" if m.group("verb").startswith(("los", "shed", "forfeit")) else "seats_won"
        tok = NumberToken(m.start("amount"), m.end("amount"), m.group("amount"), None, "unspecified")
        out.append(BareCount(m.start(), m.end(), tok, "seat", "seats", quantity))
    return out
