"""Persons named by a religious title and a given name alone ("Sayyed Moqtada", "Sheikh Qais"), as
an article close to a leader calls him, and that title standing alone later ("the Sayyed tweeted"):
each is the registered person whose name the given name opens, in any spelling (codebook G2); and
persons the article names by a given name only ("Zainab, a teacher, said"), registered under a
descriptive name ("Zainab, a schoolteacher") whose description the article's own sentence says (G1)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .draft import MentionProposal
from .gazetteer import Gazetteer, given_and_description, is_description
from .spelling import name_key, name_keys

_TITLE = r"(?:Sayy?[ie]d|Seyy?[ie]d|Syed|Sh(?:ei|ai|ay)kh?)"
_TITLED_GIVEN = re.compile(rf"(?<![\w’'-])({_TITLE})\s+([A-Z][a-z]+)(?![\w’'-])(?!\s+(?:[A-Z]|al-|el-|bin\b|ibn\b))")
"""A title and one given name, no surname after it ("Sayyed Moqtada said")."""
_BARE_TITLE = re.compile(rf"(?<![\w’'-])[Tt]he\s+({_TITLE})(?![\w’'-])(?!\s+(?:[A-Z]|al-|el-))")
"""A title standing alone after "the" ("The Sayyed tweeted")."""
_TITLE_BEFORE = re.compile(rf"({_TITLE})\s+\Z")


def _family(title: str) -> str:
    """One key for the spellings of a title ("Sayyed", "Sayyid", "Seyed" give "sayyid")."""
    return "sheikh" if title.startswith("Sh") else "sayyid"


@lru_cache(maxsize=8)
def _persons_by_given(gaz: Gazetteer) -> dict[str, set[str]]:
    """The registered persons by the spelling key of the first word of their names; built once per
    gazetteer (``gazetteer_for`` keeps one per registry), not once per article. Read only."""
    found: dict[str, set[str]] = {}
    for info in gaz.info.values():
        if info.person:
            for name in (info.name, *info.aliases):
                keys = name_keys(name)
                if len(keys) >= 2:
                    found.setdefault(keys[0], set()).add(info.id)
    return found


def given_name_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                        gaz: Gazetteer) -> list[MentionProposal]:
    """Mentions of a title and a given name, and of the title alone after "the".

    The given name is the person's when one person named before in the article has it, or else when
    exactly one registered person has it. "The Sayyed" is the person the article last titled so
    (before a full name or a given name); nothing when none was.
    """
    given = _persons_by_given(gaz)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [m.start for m in mentions]
    found: list[MentionProposal] = []
    for a, b in paragraphs:
        for m in _TITLED_GIVEN.finditer(text, a, b):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            owners = given.get(name_key(m.group(2)), set())
            named = {x.actor_id for x in mentions[:bisect.bisect_left(starts, m.start())]} & owners
            person = next(iter(named)) if len(named) == 1 else next(iter(owners)) if len(owners) == 1 and not named else None
            if person:
                found.append(MentionProposal(m.start(), m.end(), m.group(), person, "given", 0.7))
    titled = sorted([(x.start, _family(t.group(1)), x.actor_id) for x in mentions + found
                     if x.actor_id in gaz.info and gaz.info[x.actor_id].person
                     for t in [_TITLE_BEFORE.search(text, max(0, x.start - 12), x.start) or _TITLED_GIVEN.match(text, x.start)]
                     if t is not None])
    for a, b in paragraphs:
        for m in _BARE_TITLE.finditer(text, a, b):
            before = [aid for pos, fam, aid in titled if pos < m.start() and fam == _family(m.group(1))]
            if before and not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(MentionProposal(m.start(), m.end(), m.group(), before[-1], "given", 0.6))
    return found


_GIVEN_ALONE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?![\w’'-])")
_DESCRIPTION_WORD = re.compile(r"[a-z]{4,}")
_NOT_DESCRIBING = frozenset("with from that this only name named first".split())
_SENTENCE_STOP = re.compile(r"[.!?][”\"’']?(?=\s)")


@lru_cache(maxsize=8)
def _described_by_given(gaz: Gazetteer) -> dict[str, dict[str, frozenset[str]]]:
    """The registered persons whose canonical name is a given name and a description ("Zainab, a
    schoolteacher", "Karim, administrator at a hospital"), by the spelling key of the given name,
    with the words in lower case of the description. Read only."""
    found: dict[str, dict[str, frozenset[str]]] = {}
    for info in gaz.info.values():
        parts = given_and_description(info.name)
        if info.person and parts and is_description(info.name):
            words = frozenset(_DESCRIPTION_WORD.findall(parts[1])) - _NOT_DESCRIBING
            if words:
                found.setdefault(name_key(parts[0]), {})[info.id] = words
    return found


def described_given_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                             gaz: Gazetteer) -> list[MentionProposal]:
    """A given name standing alone ("Zainab") outside every mention, no other name word beside it, is the
    registered person of that given name whose descriptive name's words ("schoolteacher") the sentence
    around it says, when exactly one is; later in the article the same given name is that person (G2)."""
    by_given = _described_by_given(gaz)
    if not by_given:
        return []
    taken = [(m.start, m.end) for m in mentions]
    known: dict[str, str] = {}
    found: list[MentionProposal] = []
    for a, b in paragraphs:
        for m in _GIVEN_ALONE.finditer(text, a, b):
            key = name_key(m.group(1))
            persons = by_given.get(key)
            if not persons or any(s < m.end() and m.start() < e for s, e in taken) \
                    or re.match(r"\s+(?:al-|el-)?[A-Z]", text[m.end():b]) or re.search(r"[A-Z][\w’'-]*\s+\Z", text[a:m.start()]):
                continue  # part of a longer name ("Zainab Hashim")
            stops = [x.end() for x in _SENTENCE_STOP.finditer(text, a, m.start())]
            end = next((x.end() for x in _SENTENCE_STOP.finditer(text, m.end(), b)), b)
            said = set(_DESCRIPTION_WORD.findall(text[stops[-1] if stops else a:end].lower()))
            fits = [aid for aid, words in persons.items() if words & said]
            person = fits[0] if len(fits) == 1 else known.get(key)
            if person:
                known[key] = person
                found.append(MentionProposal(m.start(), m.end(), m.group(1), person, "given", 0.6))
    return found
