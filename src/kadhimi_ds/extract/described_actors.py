"""The registry's actors named by a description ("Unnamed taxi driver on Karrada Street", "Mazin, policeman
at a Karrada checkpoint"): their head noun, qualifying words and places, and whether an article may describe
them (codebook M8 note of 2026-12-01, M15); :mod:`.unnamed_people` links an article's descriptions to them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Gazetteer, given_and_description, is_description

_WORD = re.compile(r"[a-z]+")
_NOT_QUALIFYING = frozenset("unnamed the of at on in off from near by with for and a an to close known as who whose which that was"
                            " outside inside behind along".split())
_PREPOSITION = re.compile(r"\s(?:of|at|on|in|off|from|near|by|with|for|to|close|outside|inside|behind|along|who|whose|that|which|known)\s|\s\(")
_ANON_HEADS = frozenset("source official diplomat resident".split())
"""Heads of the M8 unnamed sources (:mod:`.unnamed_sources` resolves them)."""


def singular(word: str) -> str:
    """A plural noun's singular, crudely ("officers" officer, "witnesses" witness, "ladies" lady)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def forms(words) -> frozenset[str]:
    """Words with their singulars ("guards" guard), so that a plural matches the name's singular."""
    return frozenset(f for w in words for f in (w, singular(w)))


@dataclass(frozen=True)
class DescribedActor:
    """A registered actor named by a description: its head noun (singular) and its qualifying words."""

    id: str
    head: str
    qualifiers: frozenset[str]
    person: bool
    proper: frozenset[str] = frozenset()
    """The qualifying words the name capitalises ("Diwaniyah", "Jumhuriya"): proper names of places."""
    modifier: str = ""
    """The lower-case word right before the head noun in the name, not a place ("taxi" in "Unnamed taxi driver")."""


def modifier_before(words: str, head_start: int) -> str:
    """The lower-case word right before the head noun in a description's ``words`` ("bus" in "bus driver"),
    or ""."""
    before = re.findall(r"[\w’'-]+", words[:head_start])
    return before[-1] if before and re.fullmatch(r"[a-z]+", before[-1]) else ""


def same_kind(actor: DescribedActor, modifier: str, words: frozenset[str]) -> bool:
    """A description whose word before the head (``modifier``) may describe the actor: an "ambulance
    driver" or a "bus driver" is not the registered "Unnamed taxi driver …" unless its words (``words``)
    say "taxi" or the name says its word; a word that ends the other ("bus" and "minibus") is the same kind."""
    return not (actor.modifier and modifier and not actor.modifier.endswith(modifier) and not modifier.endswith(actor.modifier)
                and actor.modifier not in words and modifier not in actor.qualifiers)


def telling(actor: DescribedActor) -> set[str]:
    """The qualifying words (singular) of a registered described actor that tell it from others of its head
    noun: not the word before the head, which says only its kind ("taxi" of "Unnamed taxi driver on Karrada
    Street", :func:`same_kind`), unless the name has no other."""
    words = {singular(w) for w in actor.qualifiers}
    return words - {actor.modifier} or words


def _head_part(name: str) -> str:
    """The part of a canonical name that describes: after a given name and a comma ("Mazin, policeman at
    …", :func:`given_and_description`), inside brackets after a given name ("Haider (pharmacist in
    Karrada)"), else before a comma."""
    parts = given_and_description(name)
    if parts:
        return parts[1]
    bracket = re.fullmatch(r"\s*[A-Z][\w’'-]*\s*\((.*)\)\s*", name)
    return bracket.group(1) if bracket else name.partition(",")[0]


@lru_cache(maxsize=8)
def described_actors(gaz: Gazetteer) -> tuple[DescribedActor, ...]:
    """The registry's actors named by a description: persons whose name is one (:func:`is_description`)
    and others whose name opens with "Unnamed", except the M8 unnamed sources; one of these is a person
    when the head noun of its name is singular ("Unnamed tea vendor near …"), a group when plural
    ("Unnamed soldiers at …"). Built once per gazetteer."""
    found = []
    for info in gaz.info.values():
        if not (info.name.startswith("Unnamed ") and info.kind == "other" or info.person and is_description(info.name)):
            continue
        part = _PREPOSITION.split(f" {_head_part(info.name).lower()} ")[0]
        words = _WORD.findall(part)
        head = singular(words[-1]) if words else ""
        if not head or head in _ANON_HEADS or head in _NOT_QUALIFYING:
            continue
        qualifiers = forms(w for w in _WORD.findall(info.name.lower()) if len(w) > 2 and w not in _NOT_QUALIFYING
                            and singular(w) != head)
        proper = frozenset(w.lower() for w in re.findall(r"(?<![\w’'])[A-Z][a-z]+", _head_part(info.name).removeprefix("Unnamed ")))
        proper &= qualifiers
        modifier = words[-2] if len(words) > 1 and words[-2] not in _NOT_QUALIFYING and words[-2] not in proper else ""
        found.append(DescribedActor(info.id, head, qualifiers, info.person or singular(words[-1]) == words[-1], proper, modifier))
    return tuple(found)


@lru_cache(maxsize=4)
def article_words(text: str) -> frozenset[str]:
    """The lower-case words of an article."""
    return frozenset(_WORD.findall(text.lower()))


def in_article(actor: DescribedActor, text: str) -> bool:
    """The article may describe the registered actor: it says every place the actor's name gives
    ("Jumhuriya") or, for a name that gives none, two of its qualifying words. A person described in
    one article is no candidate in another that only shares the head noun ("a shopkeeper")."""
    words = article_words(text)
    return actor.proper <= words if actor.proper else qualifiers_said(actor, words) >= min(2, len({singular(w) for w in actor.qualifiers}))


def article_described(gaz: Gazetteer, text: str) -> tuple[DescribedActor, ...]:
    """The registry's described actors that the article may describe (:func:`in_article`)."""
    return tuple(a for a in described_actors(gaz) if in_article(a, text))


def qualifiers_said(actor: DescribedActor, words: frozenset[str]) -> int:
    """How many qualifying words of the actor's name ``words`` says, a plural and its singular once."""
    return len({singular(w) for w in actor.qualifiers & words})


def placed(gaz: Gazetteer, actor: str, text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` says a place the registered described actor's name gives
    ("Ibn al-Nafees"): it is that person, not one of the hospital staff of an unnamed source (M8)."""
    proper = next((a.proper for a in described_actors(gaz) if a.id == actor), frozenset())
    return bool(proper & set(_WORD.findall(text[start:end].lower())))


def head_of(gaz: Gazetteer, actor: str | None) -> str | None:
    """The head noun of a registered described actor's name ("nurse"), None for another actor."""
    return next((a.head for a in described_actors(gaz) if a.id == actor), None)
