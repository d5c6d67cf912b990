"""Crowds that speak: the speaker of words chanted or shouted, or of a "they" cue, is the crowd that the
sentence names (Q8, M5, G2), the registry's group noun ("Protesters … chanted “…”") or supporters and mourners said
to protest, march or sit in ("Supporters of X marched … chanting “…”", "… protesting what they call “…”", the
actor of the noun "protesters")."""
from __future__ import annotations

import re

CHANT_WORDS = frozenset("chanted chant chants shouted chanting shouting".split())
_SUPPORTERS = re.compile(r"(?<![\w-])(?:[Ss]upporters|[Ff]ollowers|[Ll]oyalists|[Mm]ourners|[Mm]archers)\b")
_PROTESTING = re.compile(r"\b(?:protest(?:ed|ing|s)?|march(?:ed|ing|es)?|storm(?:ed|ing)?|clash(?:ed|ing)?|sit-in|rall(?:ied|ying)"
                         r"|camp(?:ed|ing)?|tents)\b")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_CROWD = re.compile(r"(?<![\w’'-])(?:(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|(?:[Ss]everal|[Tt]ens\s+of)\s+(?:hundred|thousand)s?)\s+(?:of\s+)?)?"
                    r"(?:(?!the\b|these\b|those\b)[a-z][\w-]*\s+)?(?:[Mm]ourners|[Mm]archers|[Ss]upporters|[Ff]ollowers|[Ww]orshippers|[Dd]emonstrators"
                    r"|[Pp]rotesters|[Ss]tudents|[Ff]ans|[Cc]rowds?)(?![\w-])"
                    r"(?:\s+of\s+(?:the\s+)?(?:[a-z][\w’'-]*(?:ing|ed|al|an|ist)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)?")
"""A crowd named by its noun, with a count before it and its owner after it ("Hundreds of mourners", "Supporters of
the mayor")."""
DEFINITE_CROWD = re.compile(r"\b[Tt]he\s+(?:crowds?|mourners|marchers|demonstrators|protesters)\b")
"""A crowd named before, taken up by a definite noun ("The crowd chanted …")."""
_OWNER_ONLY = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}\Z|\s*\Z")
"""Between a crowd noun and the words a reference spans: only the crowd's own "of" phrase."""


def chanting_crowd(text: str, lo: int, pos: int, role_nouns: dict[str, str], hi: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """The actor and span of the crowd named between ``lo`` (the sentence start) and a chant cue at
    ``pos``: supporters or mourners in a sentence that says they protested, marched, camped or sat in (M5; before
    the cue, or before ``hi``), taken as the actor of "protesters", else the last plural group noun of the registry."""
    supporters = _last(_SUPPORTERS, text, lo, pos)
    if supporters and _PROTESTING.search(text, lo, hi or pos) and "protesters" in role_nouns:
        return role_nouns["protesters"], supporters.span()  # ("supporters of the militias": not the militias)
    for m in reversed(list(_WORD.finditer(text, lo, pos))):
        aid = role_nouns.get(m.group().lower())
        if aid and m.group().endswith("s"):
            return aid, m.span()
    return None


def crowd_subject(text: str, lo: int, pos: int, subject: tuple[int, int] | None, participle: bool) -> bool:
    """The cue at ``pos`` has the sentence's last supporters or mourners for subject: it follows them and their own
    "of" phrase ("supporters of the losing lists denounced"), or it is a participle ("…, vowing") of a sentence
    where no other subject was found."""
    supporters = _last(_SUPPORTERS, text, lo, pos)
    if supporters is None:
        return False
    if subject is None:
        return participle or _OWNER_ONLY.match(text[supporters.end():pos]) is not None
    return supporters.end() <= subject[0] and _OWNER_ONLY.match(text[supporters.end():subject[0]]) is not None


def unregistered_crowd(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The span of the last crowd named between ``lo`` and a chant cue at ``pos`` ("Hundreds of mourners"): one
    group actor that speaks as one voice (M8 note)."""
    found = _last(_CROWD, text, lo, pos)
    if found is None or re.search(r"(?i)\b(?:the|these|those)\s+\Z", text[max(lo, found.start() - 8):found.start()]):
        return None  # "the crowd" goes back to a crowd named before, no new group
    return found.span()


def _last(pattern: re.Pattern[str], text: str, lo: int, pos: int) -> re.Match[str] | None:
    found = list(pattern.finditer(text, lo, pos))
    return found[-1] if found else None
