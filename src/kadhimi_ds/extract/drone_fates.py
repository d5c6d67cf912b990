"""What the words after a drone count say befell it (codebook C7): it struck the target (test 2, not on open
ground), was downed (test 1), and where the verb phrase after an ordinal of a series ends, through its target or the
place it landed (C6, C8)."""
from __future__ import annotations

import re

_OPEN_GROUND = (r"\s+(?:(?:the|a|an|its|their)\s+)?(?:nearby\s+|open\s+|empty\s+)?(?:gardens?|yards?|fields?|ground|streets?|roads?"
                r"|rivers?|water|orchards?|wasteland|farmland|desert|car\s+park|parking\s+lot|open)\b(?!\s+of\b)")
"""Open ground where a falling drone lands short of a target ("fell into the garden"): C7 test 3, no strike; ground
of a place ("crashed into the garden of the residence") is the target's."""
LANDING_PREP = re.compile(r"[^\S\n]+(?:into|onto|on|at|inside)\b")
"""A preposition after "fell" or "crashed" that names where it landed: the place decides whether it struck (C7)."""
STRUCK_AFTER = re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}?(?:hit|struck|reach(?:ed|ing)|slam(?:s|med)?|smash(?:es|ed)?|succeeded"
                          r"|got through|made it through|on[ -]target\b"
                          r"|(?:able|managed)\s+to\s+(?:reach|hit|strike)\b"
                          r"|(?:strikes?|striking)\b(?!\s+(?:on|against|in|at|near|that|which|by|was|were|had)\b)"
                          r"|punch(?:es|ed)?\s+a\s+hole|(?:tore|ripped|plough(?:ed|s)?|plow(?:ed|s)?)\s+(?:into|through)"
                          r"|(?:explod|detonat)(?:es|ed|ing)\s+(?:into|onto|on|at|inside)\b"
                          r"|(?:crash(?:es|ed|ing)?|lands|landed|landing|falls|fell|falling)\s+(?:into|onto|on|at|inside)\b(?!" + _OPEN_GROUND + "))")
"""C7 test 2: the drone hit, struck, reached ("got through", "were able to reach", "on target"), crashed into or exploded
(detonated) on the target, also in a headline's
present tense ("strikes his home", "slams into") or a participle ("a third crashing into the building"); "fell" or
"crashed" alone is test 3, and so on open ground (:data:`_OPEN_GROUND`); "fell on the roof of the house" names the target."""
_DOWNED_AFTER = re.compile(r"^\W*(?:(?:was|were|had been|has been)\s+)?(?:\w+\s+)?(?:shot down|downed|intercepted|brought down"
                           r"|destroyed|jammed)\b")
"""C7 test 1 right after an ordinal: "(a fourth) was shot down", "(the third) was quickly intercepted"."""
_NEXT_WORD = re.compile(r"[^\S\n]+([\w’'-]+)")
_OBJECT_DETERMINERS = frozenset("the a an his her its their our".split())
_TARGET_PREP = re.compile(r"[^\S\n]+(?:into|onto|on|at|inside|through|against|in)(?=[^\S\n])")
"""A preposition between a striking verb and its target ("(slammed) into", "(ploughed) through")."""
_OWNER, _OF_WORD = re.compile(r"[’']s$"), re.compile(r"[^\S\n]+of\b")
_OBJECT_STOP = frozenset("and or but while as when after before in at on near with without by from to into during then which that who "
                         "of was were is had has killing wounding setting causing damaging".split())


def _object_end(text: str, at: int, end: int) -> int | None:
    """The end of a noun phrase opening at ``at`` with a determiner or an owner ("the customs office",
    "Haddad’s house"): up to four words, to a function word or punctuation; None without one."""
    first = _NEXT_WORD.match(text, at, end)
    if not first or not (first.group(1).lower() in _OBJECT_DETERMINERS or _OWNER.search(first.group(1))):
        return None
    at = first.end()
    for _ in range(4):
        w = _NEXT_WORD.match(text, at, end)
        if not w or w.group(1).lower() in _OBJECT_STOP or w.group(1).lower() in _OBJECT_DETERMINERS:
            break
        at = w.end()
    return at if at > first.end() else None


_SAID_ASIDE = re.compile(r",[^\S\n]+(?:(?:[\w’'-]+[^\S\n]+){0,3}?(?:said|says|say|added|adds|told\s+[\w’'-]+|claimed|reported|insisted)"
                         r"(?:[^\S\n]+(?:on\s+)?[A-Z][a-z]+day)?|according[^\S\n]+to[^\S\n]+[^,;.]{1,60}),")
"""An attribution set off by commas between a subject and its verb: "(The third), they said, (struck the house)",
"(A third), according to witnesses, (slammed into the house)"."""
_LOAD_ASIDE = re.compile(r",[^\S\n]+(?:(?:packed|laden|loaded|armed|rigged|fitted|filled)[^\S\n]+with|carrying)[^\S\n]+[^,;.:]{1,60},")
"""What a drone carried, set off by commas between a subject and its verb: "(a third), packed with explosives, (hit the
building)", "(the third), carrying about a kilogram of explosives, (hit the roof)"."""


def past_aside(text: str, pos: int, end: int) -> int:
    """``pos``, or the end of a comma-set attribution (:data:`_SAID_ASIDE`) or load (:data:`_LOAD_ASIDE`) that starts there."""
    m = _SAID_ASIDE.match(text, pos, end) or _LOAD_ASIDE.match(text, pos, end)
    return m.end() if m else pos


_LOAD = re.compile(r"[^\S\n]+(?:(?:packed|laden|loaded|armed|rigged|fitted|filled)[^\S\n]+with|carrying)[^\S\n]+"
                   r"(?:[\w’'-]+[^\S\n]+){0,4}?explosives?(?=[^\S\n])")
"""What a drone carried, without commas, between a subject and its verb: "(a small drone) carrying explosives (crashed
into the house)", "(a drone) packed with about a kilogram of explosives (hit the roof)"."""


def past_load(text: str, pos: int, end: int) -> int:
    """``pos``, or the end of a load without commas (:data:`_LOAD`) that starts there."""
    m = _LOAD.match(text, pos, end)
    return m.end() if m else pos


_RELATIVE = re.compile(r"[^\S\n]+(?:that|which)[^\S\n]+[^,;.:]{0,80}?(?=[^\S\n]+(?:was|were|had been|has been)[^\S\n])")
"""A relative clause between a subject and its verb: "(a drone) that tried to target the house (was shot down)"."""


def past_relative(text: str, pos: int, end: int) -> int:
    """``pos``, or the end of a relative clause that starts there and runs to a passive verb (:data:`_RELATIVE`)."""
    m = _RELATIVE.match(text, pos, end)
    return m.end() if m else pos


def ordinal_verb_end(text: str, pos: int, end: int) -> int | None:
    """Where the verb phrase after an ordinal of a drone series ends, through its target (C8:
    "(a third) hit the customs office", "(the third) fell on the roof of the depot", "(the fourth)
    had struck a crane", "(the third), they said, struck the house", "(a third) slammed into the front
    of the depot"); the verb alone when no target
    with a determiner or owner follows ("(the third) got through"). None when no striking or downing
    verb follows."""
    pos = past_aside(text, pos, end)
    low = text[pos:end].lower()
    struck = STRUCK_AFTER.match(low)
    m = struck or _DOWNED_AFTER.match(low)
    if not m:
        return None
    return through_place(text, pos + m.end(), end, bool(struck))


def through_place(text: str, at: int, end: int, prepositions: bool = True) -> int:
    """Where a verb ending at ``at`` ends with its target or place: a noun phrase with a determiner or owner, after a
    preposition when ``prepositions`` ("slammed into the front of the house", "fell into the garden"); ``at``
    when none follows."""
    prep = _TARGET_PREP.match(text, at, end) if prepositions else None
    target = _object_end(text, prep.end() if prep else at, end)
    if target is None:
        return at
    of = _OF_WORD.match(text, target, end)
    more = _object_end(text, of.end(), end) if of else None
    return more or target
