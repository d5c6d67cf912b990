"""Crowds that speak: the speaker of words chanted or shouted, or of a "they" cue, is the crowd that the
sentence names (Q8, M5, G2), the registry's group noun ("Protesters … chanted “…”") or supporters said
to protest or march ("Supporters of X marched … chanting “…”", "… protesting what they call “…”", the
actor of the noun "protesters")."""
from __future__ import annotations

import re

CHANT_WORDS = frozenset("chanted chant chants shouted chanting shouting".split())
_SUPPORTERS = re.compile(r"(?<![\w-])(?:[Ss]upporters|[Ff]ollowers|[Ll]oyalists)\b")
_PROTESTING = re.compile(r"\b(?:protest(?:ed|ing|s)?|march(?:ed|ing)?|storm(?:ed|ing)?|clash(?:ed|ing)?|sit-in|rall(?:ied|ying))\b")
_WORD = re.compile(r"[A-Za-z][\w-]*")


def chanting_crowd(text: str, lo: int, pos: int, role_nouns: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The actor and span of the crowd named between ``lo`` (the sentence start) and a chant cue at
    ``pos``: supporters that the sentence says protested, marched, stormed or clashed (M5), taken
    as the actor of "protesters", else the last plural group noun of the registry ("protesters")."""
    supporters = _SUPPORTERS.search(text, lo, pos)
    if supporters and _PROTESTING.search(text, supporters.end(), pos) and "protesters" in role_nouns:
        return role_nouns["protesters"], supporters.span()  # ("supporters of the militias": not the militias)
    for m in reversed(list(_WORD.finditer(text, lo, pos))):
        aid = role_nouns.get(m.group().lower())
        if aid and m.group().endswith("s"):
            return aid, m.span()
    return None
