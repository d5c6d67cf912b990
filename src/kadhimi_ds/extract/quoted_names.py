"""Names and titles in quotation marks (codebook Q5): proper names, nicknames, titles of works,
programmes and operations, and hashtags that stand between marks without being a quotation; and the
test both Q4 and Q5 share, whether the sentence around the marks has an attribution cue."""
from __future__ import annotations

import re
from typing import Protocol

from .cues import FINITE_SPEECH, INFINITIVE_SPEECH, PARTICIPLE_SPEECH
from .referring import PLACE_HEADS


class Marked(Protocol):
    """A paired quotation: its marks at ``open`` and ``close`` and its words ``start``-``end``."""

    open: int
    close: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int: ...


QUOTING_WORDS = frozenset(FINITE_SPEECH) | frozenset(PARTICIPLE_SPEECH) | frozenset(INFINITIVE_SPEECH) - {"blame"} | {
    "say", "call", "according", "statement", "dubbed", "termed", "branded", "labelled", "labeled", "chanted", "read"}
"""Words that, outside the marks, make the marked words somebody's (Q4's test); a bare "blame" is too often
the plain verb of a sentence ("they blame everyone") to tell speech."""
LABELLING_WORDS = frozenset("brands branded dubbed termed labelled labeled".split())
"""Quoting words that make only the label right after them somebody's ("which his office brands “…”"),
not other marks of their sentence."""
_LABEL_SPAN = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s*[,:]?\s*\Z")

_NAMING_BEFORE = re.compile(
    r"\b(?:known|referred to)(?:\s+[\w’']+){0,3}?\s+as\s*$|\b(?:nicknamed|dubbed|alias|aka|named|called|calls?|calling"
    r"|nom de guerre|by the (?:nick)?name(?: of)?|goes by|went by)\s*$"
    r"|\b(?:ran|runs?|running|stood|stands?|standing|campaign(?:ed|s|ing)?|registered|listed|operat(?:ed|es|ing))\s+as\s*$")
_NAMING_AFTER = re.compile(r"[,.]?[”\"’»]?,?\s+as\s+(?:(?:the|a|an|its|it|he|she|they|locals|residents|many|some|\w+s)\s+){0,3}?"
                           r"(?:[\w’'-]+\s+){0,3}?(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:known|called|nicknamed|dubbed)"
                           r"|(?:call|calls|called|nickname|nicknamed|dub|dubbed)\s+(?:it|him|her|them|the\s+[\w’'-]+))\b")
"""A naming clause after the marks ("“the bubble,” as the Green Zone is known", "as locals call it"):
the marked words are a nickname (Q5), whatever their case."""
_WRITTEN_IN = re.compile(r"\b(?:argued|wrote|written|explained|noted|published|reported|described)\s+in\s*\Z")
"""A piece the writer argued or wrote in ("As we argued in “The Losers’ Veto”"): its title (Q5)."""
_DATED_AFTER = re.compile(r"\s*\((?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|\d{4})[^)]{0,12}\)")
"""A date in brackets after the marks ("“The Losers’ Veto” (October 21)"): a dated piece's title."""
_REPORT_NOUN_THAT = re.compile(r"\b(?:claims?|allegations?|accusations?|assertions?|insistence|charges?|contention)\s+that\b")
"""A noun reporting what someone said, and its clause ("the factions’ claim that the attack had been “staged”")."""
_APPOSITION_BEFORE = re.compile(r"[A-Za-z][\w’']*,\s*$")
_CAPITALISED = r"(?:(?:al|el|bin|ibn)-?\s*)?[A-Z][\w’'-]*"
_NAME_WORDS = re.compile(r"(?:[Tt]he\s+)?(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w’'-]*(?:\s+" + _CAPITALISED + r"){0,4}[,.]?")
_TITLE_WORDS = re.compile(r"(?:(?:[Tt]he|An?)\s+)?(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w’'-]*"
                          r"(?:\s+(?:(?:of|the|to|and|for|in|on|at|de|du)\s+){0,2}" + _CAPITALISED + r"){0,6},?")
"""Capitalised words with the small words of a title between them ("A Clarification to the Iraqi People")."""
_HASHTAG = re.compile(r"#\w+[,.]?")
_WORKS = (r"book|study|report|novel|film|documentary|memoir|paper|essay|poem|song|album|play|series|column|programme"
          r"|program|show|channel|newspaper|magazine|website|page|account|campaign|operation|hashtag")
_WORK_AFTER = re.compile(r",?\s+(?:(?:his|her|their|its|a|the)\s+)?(?:\d{4}\s+|new\s+|latest\s+|first\s+|weekly\s+|daily\s+)?"
                         r"(?:" + _WORKS + r")\b")
_WORK_BEFORE = re.compile(r"\b(?:" + _WORKS + r"|titled|entitled|headlined)\s*\Z", re.I)
_HEADLINE_BEFORE = re.compile(r"\b(?:the|a|its|their)\s+headline\s*\Z", re.I)
"""A headline named in apposition ("led with the headline “…”", "under the headline “…”"): the title of an
article (Q5), whatever its case; "the headline read “…”" has a verb and quotes the paper."""
_MEMBERS_BEFORE = re.compile(r"\b(?:groups?|factions?|militias?|outfits?|fronts?|organi[sz]ations?|parties|movements?"
                             r"|brigades|cells|units?|lists?|blocs?)\s+(?:such as|like|including|called|named)\s*$")
"""A group named as one of a kind ("front groups such as “Guardians of Blood”")."""
_DETERMINED = re.compile(r"\b(?i:the|a|an|its|his|her|their|our|this|that)\s+(?:(?![a-z]+ing\b|(?:"
                         + "|".join(sorted(QUOTING_WORDS)) + r")\b)[a-z][\w-]*\s+){0,3}$")
"""A determiner and up to three lower-case modifiers, no "-ing" verb and no verb of saying, before the marks
("the heavily fortified “…”", not "a banner reading “…”" nor "the minister said “…”")."""
_SPEECH_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(QUOTING_WORDS)) + r")\b")
_GLOSS = re.compile(r"[A-Z][\w’'-]*\s+\($")
_NAMED_THE = re.compile(r"\b(?:called|calls|named|names|dubbed|dubs|renamed|christened)\s+(?:[\w’'-]+\s+){1,4}?the\s*$")
"""A naming verb, its object and "the" before capitalised words ("called Friday’s march the “Friday of
Rejection”"): the name given (Q5)."""
_OR_NAME = re.compile(r"[A-Z][\w’'-]*,?\s+or\s*$")
"""A name and "or" before the marks ("Saraya Awliya al-Dam, or “Guardians of the Blood Brigades”"): the
name's translation or other form (Q5)."""
_GROUP_AFTER = re.compile(r"\s+(?:group|militia|faction|brigades?|movement|outfit|cell|front)\b")
"""A group noun right after the marks ("the ‘Awliya al-Dam’ group"): the marks hold the group's name."""


def _work_after(text: str, pos: int) -> bool:
    """The word for a work follows the marks, and no speech verb follows it ("“Fake,” the website said")."""
    work = _WORK_AFTER.match(text, pos)
    return bool(work) and not _SPEECH_NEXT.match(text, work.end())


def sentence_has_cue(text: str, q: Marked, para: tuple[int, int]) -> bool:
    """True when the sentence around the marks holds a quoting word outside them, or a noun reporting
    speech and its clause before them ("the claim that")."""
    a, b = para
    start = max(text.rfind(". ", a, q.open), text.rfind("? ", a, q.open), text.rfind("! ", a, q.open), a)
    end = min([i for i in (text.find(c, q.outer_end, b) for c in ".?!") if i >= 0] or [b])
    outside = [(w.group().lower(), w.end()) for w in re.finditer(r"[A-Za-z]+", text[start:q.open])]
    outside += [(w.lower(), -1) for w in re.findall(r"[A-Za-z]+", text[q.outer_end:end])]
    return any(w in QUOTING_WORDS and (w not in LABELLING_WORDS or e >= 0 and _LABEL_SPAN.match(text, start + e, q.open))
               for w, e in outside) or bool(_REPORT_NOUN_THAT.search(text, start, q.open))


def is_quoted_name(text: str, q: Marked, para: tuple[int, int]) -> bool:
    """A name, nickname, title or hashtag in quotation marks (codebook Q5), not a quotation: a hashtag;
    capitalised words after a naming phrase ('known as "Abu Hamza"', 'whose list ran as "Sairoon"'), a
    group's name given as one of its kind ('groups such as “Guardians of Blood”'), the title of a work or
    programme next to the word for it ('the “Iraq Pulse” column', 'a statement titled “A Clarification …”'),
    a piece the writer wrote in or dates ('as we argued in “The Losers’ Veto” (October 21)'), a headline in
    apposition ('led with the headline “Cranes fall at dawn”'), words a naming
    clause after them calls so ('“the bubble,” as the Green Zone is known'), a translation of a name in
    brackets ('The Fatah (“Conquest”) Alliance'), a capitalised name after a
    determiner in a sentence with no quoting word ('inside the fortified “International Zone”') or ending
    in a place noun in any sentence ('approached the “Green Zone”'), a name given by a naming verb ('an
    operation, dubbed “Swords of Justice”', 'called the march the “Friday of Rejection”'), another form
    of a name after "or", a group's name before its group noun ('the ‘Awliya al-Dam’ group'), or one
    standing in apposition between commas after a noun that is no speech verb ('The commander, “Abu Sami”,
    said')."""
    words = text[q.start:q.end]
    if _HASHTAG.fullmatch(words):
        return True
    if q.close is None:
        return False
    before = text[max(para[0], q.open - 40):q.open]
    if _NAMING_AFTER.match(text, q.outer_end) and len(words.split()) <= 4 or _HEADLINE_BEFORE.search(before):
        return True
    if _TITLE_WORDS.fullmatch(words):
        if _NAMING_BEFORE.search(before) or _NAMED_THE.search(before) or _OR_NAME.search(before) \
                or _GROUP_AFTER.match(text, q.outer_end):
            return True  # ("an operation, dubbed “Swords of Justice”", "the camp its organisers named “…”")
        if _DETERMINED.search(before) and words.split()[-1].rstrip(",.") in PLACE_HEADS:
            return True  # a place ("approached the “Green Zone” from the river"), whatever the sentence reports
        if _work_after(text, q.outer_end) or _WORK_BEFORE.search(before) or _MEMBERS_BEFORE.search(before) \
                or _WRITTEN_IN.search(before) or _DATED_AFTER.match(text, q.outer_end):
            return True
        if _GLOSS.search(before) and text[q.outer_end:q.outer_end + 1] == ")":
            return True
        if _DETERMINED.search(before) and not sentence_has_cue(text, q, para):
            return True
    if not _NAME_WORDS.fullmatch(words):
        return False
    if _NAMING_BEFORE.search(before):
        return True
    apposition = _APPOSITION_BEFORE.search(text[max(0, q.open - 30):q.open])
    if not apposition or text[q.close + 1:q.close + 2] != "," or len(words.split()) > 4 or words.endswith((",", ".")):
        return False
    last = re.findall(r"[A-Za-z]+", apposition.group())[-1].lower()
    return last not in QUOTING_WORDS and last not in ("chanted", "shouted", "cried", "wrote", "tweeted")
