"""People an article describes instead of naming ("a taxi driver at the checkpoint", "a lecturer in
political science", "one soldier"): the one registered actor whose canonical name is such a description
("Unnamed taxi driver on Karrada Street", "Mazin, policeman at a Karrada checkpoint") and shares the
description's head noun and a word qualifying it (codebook M8 note of 2026-12-01, Q8, G2)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .draft import MentionProposal
from .gazetteer import Gazetteer, is_description
from .referring import Ref, Resolved

_INDEFINITE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+((?:[a-z][a-z’'-]*\s+){0,3}[a-z][a-z’'-]*)(?![\w’'-])")
"""An indefinite determiner and up to four lower-case words after it, the head noun among them."""
_WORD = re.compile(r"[a-z]+")
_CLAUSE_END = re.compile(r"[,;:.!?—–“”\"]")
"""Where the words describing the person end: a comma, a clause mark, a quotation."""
_NOT_QUALIFYING = frozenset("unnamed the of at on in from near with for and a an to close known as who".split())
_PREPOSITION = re.compile(r"\s(?:of|at|on|in|from|near|with|for|to|close|who|known)\s")
_ANON_HEADS = frozenset("source official diplomat resident".split())
"""Heads of the M8 unnamed sources (:mod:`.unnamed_sources` resolves them)."""
_GENERIC_HEADS = frozenset("man woman boy girl person".split())
"""Heads that say nothing but a person: they link only when two words of the registered name qualify them."""
_AFTER_HEAD = re.compile(r"(?:\s+(?:in|at|from|of|on|near)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:who|which|that|whose|said|says|told)\b)"
                         r"[\w’'-]+\s+){0,3}?(?!(?:who|which|that|whose|said|says|told)\b)[\w’'-]+)*?(?=\s*,|\s+(?:who|whose)\b)")
"""The prepositional phrases after the head that the mention keeps ("A woman in a black abaya", M13), up to a
comma or a relative clause, which it leaves out."""


def singular(word: str) -> str:
    """A plural noun's singular, crudely ("officers" officer, "witnesses" witness, "ladies" lady)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@dataclass(frozen=True)
class DescribedActor:
    """A registered actor named by a description: its head noun (singular) and its qualifying words."""

    id: str
    head: str
    qualifiers: frozenset[str]
    person: bool


def _head_part(name: str) -> str:
    """The part of a canonical name that describes: after a given name and a comma ("Mazin, policeman at
    …"), inside brackets after a given name ("Haider (pharmacist in Karrada)"), else before a comma."""
    given, comma, rest = name.partition(",")
    if comma and " " not in given.strip():
        return rest
    bracket = re.fullmatch(r"\s*[A-Z][\w’'-]*\s*\((.*)\)\s*", name)
    return bracket.group(1) if bracket else given


@lru_cache(maxsize=8)
def described_actors(gaz: Gazetteer) -> tuple[DescribedActor, ...]:
    """The registry's actors named by a description: persons whose name is one (:func:`is_description`)
    and groups of people whose name opens with "Unnamed", except the M8 unnamed sources. Built once per
    gazetteer."""
    found = []
    for info in gaz.info.values():
        if not (info.name.startswith("Unnamed ") and info.kind == "other" or info.person and is_description(info.name)):
            continue
        part = _PREPOSITION.split(f" {_head_part(info.name).lower()} ")[0]
        words = _WORD.findall(part)
        head = singular(words[-1]) if words else ""
        if not head or head in _ANON_HEADS or head in _NOT_QUALIFYING:
            continue
        qualifiers = frozenset(w for w in _WORD.findall(info.name.lower()) if len(w) > 2 and w not in _NOT_QUALIFYING
                               and singular(w) != head)
        found.append(DescribedActor(info.id, head, qualifiers, info.person))
    return tuple(found)


def unnamed_people(text: str, start: int, end: int, gaz: Gazetteer, outside: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    """The indefinite descriptions of a person in the sentence ``text[start:end]`` (outside quotations)
    as (start, end, actor), the span from the determiner to the head noun: each is the one registered
    described actor whose head noun it has and one of whose qualifying words the description says, up to
    the next comma ("a taxi driver" with "taxi", "a lecturer in political science"); a bare "a man" or
    "a woman" needs two ("a young man from Najaf who sells phone accessories")."""
    actors = described_actors(gaz)
    if not actors:
        return []
    low = text.lower()
    found = []
    for m in _INDEFINITE.finditer(text, start, end):
        if not outside(m.start()):
            continue
        stop = _CLAUSE_END.search(text, m.end(), end)
        said = {w.group() for w in _WORD.finditer(low, m.start(), stop.start() if stop else end)}
        words = list(re.finditer(r"[a-z][a-z’'-]*", m.group(1)))
        for w in words:
            head = singular(w.group())
            if head in _GENERIC_HEADS:
                fits = {a.id for a in actors if a.person and len(a.qualifiers & said) >= 2}
            else:
                fits = {a.id for a in actors if a.head == head and a.qualifiers & said}
            if fits:
                if len(fits) == 1:
                    found.append((m.start(), m.start(1) + w.end(), fits.pop()))
                break
    return found


class UnnamedPeople:
    """The resolving of :func:`unnamed_people` references, a mixin of
    :class:`kadhimi_ds.extract.referents.Referents`."""

    def _resolve_unnamed(self, si: int, ref: Ref) -> Resolved:
        """The registered described actor; the description is its mention (up to the phrases after the
        head that identify it, M13) unless its sentence names the actor too ("…, Mazin": M3)."""
        sent = self.sentences[si]
        if not any(r.kind == "mention" and r.actor == ref.actor for r in self.refs(si)):
            tail = _AFTER_HEAD.match(self.text, ref.end, sent.end)
            end = tail.end() if tail else ref.end
            self.descriptive[(ref.start, end)] = MentionProposal(ref.start, end, self.text[ref.start:end], ref.actor or "",
                                                                 "unnamed", 0.6)
        self.unnamed_actors.add(ref.actor or "")
        return Resolved(ref.actor, None, ref.text, True, True, "unnamed", 0.7, (ref.start, ref.end))

    def out_of_reach(self, res: Resolved, pos: int, accept: Callable[[Resolved], bool]) -> bool:
        """A person the article only described (:meth:`_resolve_unnamed`) is no antecedent of a pronoun at
        ``pos`` beyond the paragraph after the one where it last stood, nor across a named person the
        pronoun would fit (``accept``): "he" stays with the people the article names (G2)."""
        if res.actor not in self.unnamed_actors or res.span is None:
            return False
        last = self.sentence_of(res.span[0])
        if self.paragraphs_back(self.sentences[last].para, self.sentences[self.sentence_of(pos)].para) > 1:
            return True
        for sj in range(last, self.sentence_of(pos) + 1):
            for r in self.refs(sj):
                if r.kind in ("mention", "name") and r.person and res.span[1] <= r.start and r.end <= pos:
                    other = self.resolve(sj, r)
                    if other is not None and other.known and other.actor != res.actor and accept(other):
                        return True
        return False
