"""Descriptive group phrases ("Iran-backed militias", "the pro-Iran factions"): the group nouns, the
noun phrase a group noun heads, and the proper-name cores of its modifiers."""
from __future__ import annotations

import re
from typing import Iterable

GROUP_LEMMAS = {"militia": "militia", "militias": "militia", "party": "party", "parties": "party", "group": "group",
                "groups": "group", "faction": "faction", "factions": "faction", "bloc": "bloc", "blocs": "bloc",
                "alliance": "alliance", "alliances": "alliance", "movement": "movement", "movements": "movement",
                "paramilitaries": "paramilitary"}
GROUP_LEMMAS_CASED = {**GROUP_LEMMAS, **{k.capitalize(): v for k, v in GROUP_LEMMAS.items()}}
"""Group nouns as written, lower case or capitalised (the token index collects them)."""
COMPOUND_HEAD_AFTER = re.compile(
    r"\s+(?:groups?|factions?|leaders?|members?|commanders?|chiefs?|spokes\w+|officials?|supporters?"
    r"|fighters?|figures?|heads?|founders?|bosses?|positions?|bases?)\b")
MILITIA_BEFORE = re.compile(r"(?:militia|paramilitary)\s+$", re.I)
_MOD_STOP = frozenset("pro anti backed allied affiliated linked aligned based led supported the a an of and".split())
_MODIFIER_LIKE = re.compile(r"^(?:[\w]+-[\w-]+|[A-Z][\w’'-]*|\w+(?:ed|al|an|ian|ic|ful|ive|ary|ist|ish|est)|armed|most|main|major|other|several|many|some|shia|shiite|sunni)$")


def group_lemma(word: str) -> str | None:
    return GROUP_LEMMAS.get(word.lower())


_MILITIA_LIKE = frozenset(("faction",))


def same_head(phrase: str | None, name: str) -> bool:
    """A phrase's group noun names the same kind of group as a registry name's: the same lemma, or
    "factions" for a name ending in "militias" ("pro-Iran factions")."""
    return phrase == name or name == "militia" and phrase in _MILITIA_LIKE


def modifier_cores(words: Iterable[str]) -> set[str]:
    """The proper-name parts of modifier words: "Pro-Iran" gives {"iran"}, "Iran-backed" {"iran"};
    plain adjectives ("armed", "largest") carry no identity and give nothing."""
    out = set()
    for w in words:
        for part in re.split(r"[-’'\s]", w):
            if len(part) >= 3 and part[0].isupper() and part.lower() not in _MOD_STOP:
                out.add(part.lower())
    return out


def cores_meet(a: set[str], b: set[str]) -> bool:
    """Some core words agree, allowing a derived form ("iranian" and "iran")."""
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x in a for y in b)


def group_phrase(text: str, lo: int, head_start: int, head_end: int, word: str) -> tuple[int, int, str | None, list[str]] | None:
    """(start, end, head lemma, modifiers) of the noun phrase ending in the group noun ``word`` at
    [head_start, head_end): determiner, adverb, adjectives and hyphenated or capitalised modifiers;
    None when the noun has neither a modifier nor a determiner."""
    lemma = group_lemma(word)
    base = max(lo, head_start - 80)
    tokens = [(base + m.start(), base + m.end(), m.group()) for m in re.finditer(r"[\w’'-]+", text[base:head_start])]
    if tokens and text[tokens[-1][1]:head_start].strip():
        tokens = []
    if lemma in ("group", "faction") and tokens and tokens[-1][2].lower() in ("militia", "paramilitary"):
        lemma = "militia" if tokens[-1][2].lower() == "militia" else "paramilitary"
        start = tokens[-1][0]
        tokens = tokens[:-1]
    else:
        start = head_start
    mods: list[str] = []
    definite = False
    while tokens:
        s, e, w = tokens[-1]
        gap = text[e:start]
        if gap.strip():
            break
        low = w.lower()
        if low in ("the", "its", "their", "these", "those") or re.fullmatch(r"[A-Z][\w-]*[’']s", w):
            start, definite = s, True
            break
        if low.endswith("ly") and mods:
            mods.insert(0, w)
            start = s
            tokens.pop()
            continue
        if not _MODIFIER_LIKE.match(w) or low in ("a", "an"):
            break
        mods.insert(0, w)
        start = s
        tokens.pop()
    if not mods and not definite:
        return None
    first = text[start:head_start].split()
    if first and re.fullmatch(r"[A-Z][\w-]*[’']s", first[0]):
        mods = [first[0][:-2]] + mods  # "Iraq’s largest militia groups": the owner identifies the group
    return start, head_end, lemma, mods
