"""Back-references by surname: after an article names a registered person in full ("Interior
ministry spokesman Saad Maan", "Sa'ad Ma'an"), a later bare surname ("Maan said", "Ma'an told",
"Al-Kadhimi") or first word ("Hashim said", "Wang told") refers to that person (codebook G2), in any
spelling of the same name; so does an
honorific standing alone ("His Eminence said") after the article has used it as that person's
title ("His Eminence Sayyid X")."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from .draft import MentionProposal
from .gazetteer import KUNYA_WORDS, Gazetteer, names_child
from .text import TITLES, abbreviation_before
from .transliteration import translit_key

_CAP_WORD = re.compile(r"(?<![\w’'-])((?:[Aa]l-|[Ee]l-)?[A-Z][a-z]*(?:['’][a-z]+)*[a-z](?:-[A-Z][a-z]*(?:['’][a-z]+)*[a-z])*"
                       r"|(?:AL-|EL-)?[A-Z]{4,})(?![\w’'-])")
"""A surname as written in running text ("al-Saffar", "Hennis-Plasschaert") or in capitals, as a transcript's speaker
label ("AL-SAFFAR:")."""
_NEXT_CAP = re.compile(r" [A-Z][a-z]")
_PREV_WORD = re.compile(r"([A-Za-z][\w’'.-]*) \Z")
_HONORIFIC = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er)\s+(?:Eminence|Excellency|Holiness|Majesty|Highness|Grace|Beatitude)(?![\w-])")
_TITLE_TAIL = re.compile(r"\s+(?:the\s+\w|[A-Z])")
"""After an honorific used as a title: a name or a titled role ("His Excellency the Prime Minister")."""
_OPENERS = frozenset("But And Or Yet So Then When While After Before Since As If Although Though Because Meanwhile "
                     "However Still Even Now Later Earlier Instead Asked Speaking".split())
"""Capitalised words that open a clause, never a given name: "But Maan said" is Maan."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_TITLE_SPAN = 90
"""How far after an honorific title the person it titles may be named (titles and roles between)."""


def _surname(full: str) -> str | None:
    """The last word of a name of two words or more, as a spelling-insensitive key; none for a kunya
    ("Umm Zainab")."""
    words = full.split()
    return translit_key(words[-1]) if len(words) >= 2 and len(words[-1]) >= 4 and not names_child(words) else None


def _forename(full: str) -> str | None:
    """The first word of a name of two words or more, as a spelling-insensitive key: what an article
    calls a person it has named in full by the given name ("Hashim said") or, for a name whose family
    name comes first, by the surname ("Wang Wenbin … Wang told"); none for a title or a kunya word."""
    words = full.split()
    first = words[0].rstrip(".") if words else ""
    if len(words) < 2 or first.lower() in TITLES or first.lower() in KUNYA_WORDS or not first[:1].isupper():
        return None
    return translit_key(first)


def _named_in_full(mentions: list[MentionProposal], gaz: Gazetteer,
                   key: Callable[[str], str | None] = _surname) -> dict[str, dict[str, list[int]]]:
    """For each surname key (or other ``key`` of a name), the persons ``mentions`` name in full with it
    and where each such mention ends, in order."""
    named: dict[str, dict[str, list[int]]] = {}
    for m in mentions:
        info = gaz.info.get(m.actor_id)
        k = key(m.text) if info and info.person else None
        if k:
            named.setdefault(k, {}).setdefault(m.actor_id, []).append(m.end)
    return named


def _last_before(named: dict[str, list[int]], pos: int) -> dict[str, int]:
    """Of the persons in ``named``, those named in full before ``pos``, with where the last such name ends."""
    return {aid: max(e for e in ends if e <= pos) for aid, ends in named.items() if min(ends) <= pos}


def _latest_alone(before: dict[str, int], paragraph_starts: list[int]) -> str | None:
    """The one person of ``before`` (person: where the last full name ends), or, among namesakes, the one
    named last when no other was named in full in the same paragraph or after ("Nechirvan Barzani …",
    then "KDP leader Masoud Barzani condemned …", then "Barzani said": Masoud)."""
    if len(before) <= 1:
        return next(iter(before), None)
    order = sorted(before, key=before.get)
    paragraph = [bisect.bisect_right(paragraph_starts, before[aid] - 1) for aid in order]
    return order[-1] if paragraph[-1] > paragraph[-2] else None


def surname_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                     gaz: Gazetteer) -> list[MentionProposal]:
    """Mentions of bare surnames (or first words: a given name, a family name written first) that
    follow a full-name mention of the same registered person.

    A capitalised word (with or without "al-", or in capitals as a transcript's speaker label)
    outside every mention is a back-reference when its key equals the surname or first-word key of
    exactly one person named in full before it (or of the namesake named last, see ``_latest_alone``),
    whatever namesakes the registry holds (a namesake named only later, "Masoud Barzani" after
    "Nechirvan Barzani … Barzani said", does not block it), and no other capitalised word stands right
    before or after it (then it is part of another name).
    """
    surnames, forenames = _named_in_full(mentions, gaz), _named_in_full(mentions, gaz, _forename)
    if not surnames and not forenames:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in paragraphs]
    found: list[MentionProposal] = []
    for a, b in paragraphs:
        for w in _CAP_WORD.finditer(text, a, b):
            key = translit_key(w.group(1))
            prev = _PREV_WORD.search(text, max(a, w.start() - 30), w.start())
            titled = prev is not None and prev.group(1).rstrip('.').lower() in TITLES
            before = {aid: end for named in (surnames, {} if titled else forenames)  # ("Sheikh Yousef": given_names')
                      for aid, end in _last_before(named.get(key, {}), w.start()).items()}
            aid = _latest_alone(before, starts)
            if aid is None:
                continue
            if any(s < w.end() and w.start() < e for s, e in taken):
                continue
            if _NEXT_CAP.match(text, w.end(), b) or prev and prev.group(1)[0].isupper() and prev.group(1).rstrip('.').lower() not in TITLES \
                    and prev.group(1) not in _OPENERS:
                continue  # part of a longer, other name ("Maan Ali", "Hussein Maan"), not "But Maan said"
            found.append(MentionProposal(w.start(), w.end(), w.group(1), aid, "surname", 0.8))
    return found


def namesake_surnames(mentions: list[MentionProposal], paragraphs: list[tuple[int, int]],
                      gaz: Gazetteer) -> list[MentionProposal]:
    """``mentions`` with a bare surname that the registry gives to one person ("al-Maliki" for Nouri
    al-Maliki) given to the other person of that surname the article named in full before it ("Sheikh
    Qais Abdul-Wahhab al-Maliki … al-Maliki said", G2): the one person of that surname named in full
    before it, or among several, the one named last in a later paragraph than the others (``_latest_alone``:
    "Mahmoud al-Rubaie, the spokesman …", then "Qasim al-Rubaie, a councillor …, Rubaie said": Qasim)."""
    firsts = _named_in_full(mentions, gaz)
    starts = [a for a, _ in paragraphs]
    out: list[MentionProposal] = []
    for m in mentions:
        info = gaz.info.get(m.actor_id)
        word = re.sub(r"^(?:[Aa]l|[Ee]l)-", "", m.text)
        before = _last_before(firsts.get(translit_key(word), {}), m.start) \
            if info and info.person and " " not in m.text.strip() else {}
        latest = _latest_alone(before, starts)
        if latest is not None and latest != m.actor_id:
            m = replace(m, actor_id=latest)
        out.append(m)
    return out


def honorific_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                       gaz: Gazetteer) -> list[MentionProposal]:
    """Honorifics standing alone ("His Eminence said", "His Excellency is well") that refer back to
    the person the article titled with the same honorific before ("His Eminence Sayyid X"): the
    first person mention within a short stretch after the title, in the same sentence. One never used
    as a title refers back to the last person named before it, unless another honorific titled him."""
    titled: dict[str, str] = {}
    used: set[str] = set()
    found: list[MentionProposal] = []
    starts = [m.start for m in mentions]
    for a, b in paragraphs:
        for h in _HONORIFIC.finditer(text, a, b):
            key = h.group().split()[-1]
            if _TITLE_TAIL.match(text, h.end(), b):
                used.add(key)
                limit = min(b, h.end() + _TITLE_SPAN)
                stop = next((p.start() for p in _SENTENCE_END.finditer(text, h.end(), limit)
                             if not abbreviation_before(text, p.start(), h.end())), limit)
                k = bisect.bisect_left(starts, h.end())
                person = next((m.actor_id for m in mentions[k:] if m.start < stop and m.actor_id in gaz.info
                               and gaz.info[m.actor_id].person), None)
                if person:
                    titled[key] = person
            elif not any(m.start < h.end() and h.start() < m.end for m in mentions):
                person = titled.get(key) if key in used else _last_person(mentions, starts, gaz, h.start(), paragraphs)
                if person and (key in titled or person not in titled.values()):  # never one titled otherwise
                    found.append(MentionProposal(h.start(), h.end(), h.group(), person, "honorific", 0.7))
    return found


def _last_person(mentions: list[MentionProposal], starts: list[int], gaz: Gazetteer, pos: int,
                 paragraphs: list[tuple[int, int]]) -> str | None:
    """The person an honorific never used as a title before refers back to (G2): the last registered
    person named before it, in its paragraph or the two before."""
    here = next(i for i, (a, b) in enumerate(paragraphs) if a <= pos < b)
    lo = paragraphs[max(0, here - 2)][0]
    before = mentions[:bisect.bisect_left(starts, pos)]
    return next((m.actor_id for m in reversed(before) if m.start >= lo and m.actor_id in gaz.info
                 and gaz.info[m.actor_id].person), None)
