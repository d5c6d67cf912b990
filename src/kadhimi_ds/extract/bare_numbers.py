"""What a number with no noun after it counts (codebook C7, C11, C12 note): a casualty word or a counting
verb around it ("death toll at four", "seven were hurt"), a crowd ("the protest drew thousands"), the drones
that are shot down, brought down or hit a target ("brought one down", "one hit the house"), seats for a place
in the results ("came second with 37"), else the nearest counted noun before it in the sentence."""
from __future__ import annotations

import re

from .counted import OF_THEM
from .counting import CROWD_BEFORE, MARCHED, COUNT_NOUNS, casualty_of
from .numerals import NumberContext
from .text import LETTERS


_VERB_AFTER = re.compile(r"^\s+(?:(?:were|was|are|had been|have been|has been)\s+)?(?:being\s+)?(?:\w+ly\s+)?(?:killed|injured|wounded|hurt"
                         r"|hospitali[sz]ed|treated\s+for\s+(?:[\w’'-]+\s+){0,2}?(?:injuries|wounds)"
                         r"|dead|died|shot down|downed|intercepted|brought down|hit|struck|reached|crashed|exploded|launched|used)\b", re.I)
"""A number that is the subject of a counting verb ("two were shot down", "seven were hurt", "19 were hospitalised",
"seven were being treated for their injuries")."""


_PLACED_WITH = re.compile(r"\b(?:came|comes|come|coming|finished|finishes|finishing|placed|ended(?:\s+up)?|emerged|was|is)\s+"
                         r"(?:(?:a\s+(?:close|distant)\s+)?(?:first|second|third|fourth|fifth|sixth|top|last|runner-up)|out\s+on\s+top"
                         r"|ahead|in\s+(?:first|second|third|fourth|fifth)\s+place)\s+(?P<with>with)\s+"
                         r"(?:(?:about|around|roughly|some|nearly|almost|just|only|at least|more than|over)\s+)?$", re.I)
_ELECTION_WORDS = re.compile(r"\bseats?\b|-seat\b|\bparliament|\bassembly\b|\blegislature\b", re.I)


def placed_with(c: NumberContext) -> int | None:
    """Where "with" starts in "(the bloc) came second with (37)", "finished first with (about 73)", "came
    out on top with (61)": a place in the results with a bare number, which counts seats won when the
    paragraph speaks of seats or the parliament (C11; the span runs from "with", C6 note). None
    otherwise ("came first with 61 in the regatta")."""
    m = _PLACED_WITH.search(c.before)
    if m is None or OF_THEM.match(c.after):
        return None
    lo, hi = c.text.rfind("\n", 0, c.tok.start) + 1, c.text.find("\n", c.tok.end)
    if not _ELECTION_WORDS.search(c.text, lo, len(c.text) if hi < 0 else hi):
        return None
    return c.tok.start - len(c.before) + m.start("with")


_NUMBER_HYPHEN = re.compile(r"\d-$")
_TIME_OF_DAY = re.compile(r"\bthe\s+(?:small|early|late|wee|final|last|first)\s+$", re.I)
"""The words before a time noun that make it a time of day or a stretch of the story ("the small hours", "the early
hours"), not a counted duration that a later number could stand for."""
_DOWNING_SPLIT = re.compile(r"\b(?:shot|shoot|shoots|shooting|brought|bring|brings|bringing)\s+$", re.I)
_DOWN_AFTER = re.compile(r"\s+down\b")


_SHOT_DOWN = re.compile(r"\b(?:shot|shoot|shooting|brought|bringing)\s+down\s+$|\bdowned\s+$", re.I)
_DRONES = re.compile(r"\b(?:drones?|UAVs?|quadcopters?)\b", re.I)
_STRIKES_NEXT = re.compile(r"^\s+(?:(?:then|later|finally|eventually)\s+)?(?:hit|struck|slammed\s+into|crashed\s+into|exploded\s+(?:on|at|into))\b",
                           re.I)
"""A number that is the active subject of a striking verb (C7 test 2): what hits a target is a drone of the sentence."""


def split_downing(c: NumberContext) -> tuple[int, int] | None:
    """(start, end) of a downing verb split by the number, its object ("brought (one) down", "shot (two)
    down"): the span of the count (C6); None otherwise."""
    verb, down = _DOWNING_SPLIT.search(c.before), _DOWN_AFTER.match(c.after)
    if verb is None or down is None:
        return None
    return c.tok.start - len(c.before) + verb.start(), c.tok.end + down.end()


_TABLE_ROW = re.compile(r"[^\W\d][^\n]{0,80}?\s[–—-]\s+(?P<won>\d+)(?:\s+\((?P<before>\d+|new)\))?[ \t]*$")
_TABLE_HEAD = re.compile(r"\bseats\b[^\n]*:[ \t]*$", re.I)
_EARLIER_IN_BRACKETS = re.compile(r"(?:\b(?:19|20)\d\d|\bprevious|\boutgoing|\blast)\b[^\n()]{0,30}\bin\s+(?:brackets|parentheses)\b", re.I)


def table_column(c: NumberContext) -> str | None:
    """The quantity of a bare number in a row of a results table: lines "Party – 73 (54)" under a heading line
    about seats that ends in a colon (rows and blank lines only between them). The first number is the seats won;
    the one in brackets the seats held before when the heading says so ("(2018 seats in brackets)", C11), else ""
    (a figure the table does not explain). None for any other number."""
    text = c.text
    lo = text.rfind("\n", 0, c.tok.start) + 1
    hi = text.find("\n", c.tok.end)
    row = _TABLE_ROW.fullmatch(text, lo, len(text) if hi < 0 else hi)
    if row is None or c.tok.start not in (row.start("won"), row.start("before")):
        return None
    while lo > 0:
        prev_lo = text.rfind("\n", 0, lo - 1) + 1
        line = text[prev_lo:lo - 1]
        lo = prev_lo
        if line.strip() and not _TABLE_ROW.fullmatch(line):
            break
    else:
        return None
    if not _TABLE_HEAD.search(line):
        return None
    if c.tok.start == row.start("won"):
        return "seats_won"
    return "seats_previous" if _EARLIER_IN_BRACKETS.search(line) else ""


_HOW_MANY = re.compile(r"^\W*(?:\d+\.\s+)?how\s+many\s+(?P<noun>[a-z]+)\b[^?]*\?\W*$", re.I)


def asked_category(sentence: str) -> str | None:
    """What a question "How many drones were there?" asks to count (a noun's category, :data:`COUNT_NOUNS`): the
    numbers with no noun that answer it count that ("Reports have said one, two or three"). None for any other
    sentence."""
    m = _HOW_MANY.match(sentence)
    return COUNT_NOUNS.get(m.group("noun").lower()) if m else None


def elided_category(c: NumberContext, cats: list[str | None]) -> str | None:
    """What a number with no noun counts: a casualty word right before it ("death toll at four"),
    else the nearest counted noun earlier in the sentence ("15 seats, down from 48"; past a source
    noun when the number is the subject of a counting verb), else the
    previous claim of the paragraph ("the other one")."""
    if placed_with(c) is not None or table_column(c) is not None:
        return "seat"  # "came second with 37", "Sadrist Movement – 73 (54)" under a heading about seats
    whole = OF_THEM.match(c.after)
    if whole and whole.group("pro").endswith("own"):
        return "people"  # "two of their own were killed"
    if whole and cats:
        return cats[-1]
    if casualty_of(c.before, ""):
        return "people"
    verb = _VERB_AFTER.match(c.after[whole.end():] if whole else c.after)
    if verb and casualty_of("", verb.group()):
        return "people"  # "125 HURT", "(hundreds) of them were wounded": the number is the subject of a casualty verb
    if CROWD_BEFORE.search(c.before):
        return "people"  # "the protest drew thousands", "police put the crowd at 1,500"
    if MARCHED.match(c.after[whole.end():] if whole else c.after):
        return "people"  # "Hundreds of them marched on the bridge", "Hundreds attended a funeral"
    if split_downing(c) and re.search(r"\b(?:drones?|uavs?)\b", c.before, re.I):
        return "drone"  # "(guards) brought one down": what is brought down is a drone, not the guards before it
    if not cats and _SHOT_DOWN.search(c.before) and _DRONES.search(c.text, 0, c.sent_start):
        return "drone"  # "They shot down two of them": drones the article counted before this paragraph (C12 note)
    if _STRIKES_NEXT.match(c.after) and (_DRONES.search(c.before) or cats and cats[-1] == "drone"):
        return "drone"  # "three drones were launched, two were downed by the guards and one hit the house": not the guards
    subject = bool(verb)
    for m in reversed(list(LETTERS.finditer(c.before))):
        if _NUMBER_HYPHEN.search(c.before, 0, m.start()):
            continue  # "Iraq’s 329-member parliament ..., down from 48": a compound's "member" counts no one
        cat = COUNT_NOUNS.get(m.group().lower())
        if cat == "time" and _TIME_OF_DAY.search(c.before, 0, m.start()):
            continue  # "in the small hours of Sunday; two were shot down": a time of day, no count the number leaves out
        if cat == "source" and subject:
            continue  # "a police official said seven were hurt": the official speaks, the seven are counted
        if cat:
            return cat
    if not cats and re.match(r"^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:killed|injured|wounded|hurt|dead)\b", c.after):
        return "people"  # "Hundreds were injured"
    return cats[-1] if cats else None
