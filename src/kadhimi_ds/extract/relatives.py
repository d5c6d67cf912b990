"""People an article names by a given name alone, after their relation to the writer or to someone ("My
cousin Hussein is a soldier …", "his nephew Karrar") or with an age in apposition ("asked Mohammed, 41, who
sells phones"): proposed as new persons named by that given name, so that the extractor's second pass
registers it and "he said" after it reaches them (codebook G2, M8 note)."""
from __future__ import annotations

import re

from .draft import ActorProposal, Draft
from .newcomers import _SPEECH
from .referring import NAME_STOP, _slug
from .sentence_references import is_place

_RELATED = re.compile(r"(?<![\w’'-])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:elder|younger|older|eldest|youngest)\s+)?"
                      r"(?:cousin|brother|sister|uncle|aunt|nephew|niece|son|daughter|father|mother|husband|wife|friend"
                      r"|neighbour|neighbor|colleague),?\s+((?:(?:Umm|Abu)\s+)?[A-Z][a-z’'-]{2,})(?![\w’'-])"
                      r"(?!\s+(?:[A-Z]|al-|el-|bin\b|ibn\b))")
"""A possessive, a relation and one given name (or a kunya) with no family name after it ("My cousin Hussein")."""
_AGED = re.compile(r"(?<![\w’'-])((?:(?:Umm|Abu)\s+)?[A-Z][a-z’'-]{2,}),\s+(?:aged\s+)?\d{1,3},\s+(?!an?\s)")
"""One given name (or a kunya) and an age in apposition, with no description after it ("Mohammed, 41, who sells
phones", "said Umm Ali, 60, as she"); one with a description ("Sarah, 29, a pharmacist") is the described
newcomer's (:mod:`.newcomers`)."""
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+\Z")
"""A capitalised word right before a given name: the name goes on from it ("Raed Jawad, 41")."""


def related_given_names(draft: Draft) -> list[ActorProposal]:
    """The given names after a relation (:data:`_RELATED`) or before an age (:data:`_AGED`) outside page
    furniture and the first pass's mentions, in a paragraph that reports speech after the name (before it too,
    for an age) (a verb of saying or a quotation mark); one proposal per name, evidence "speaker"."""
    text = draft.text
    taken = [(m.start, m.end) for m in draft.mentions]
    found: dict[str, ActorProposal] = {}
    aged = [m for m in _AGED.finditer(text) if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    for m in sorted([*_RELATED.finditer(text), *aged], key=lambda m: m.start(1)):
        a, b = m.span(1)
        word = m.group(1)
        stop = text.find("\n", b)
        opening = text.rfind("\n", 0, a) + 1 if m.re is _AGED else b  # (an age: "asked Mohammed, 41," after the quote)
        if draft.in_furniture(a, b) or any(s < b and a < e for s, e in taken) or word in NAME_STOP or is_place(word) \
                or not _SPEECH.search(text, opening, len(text) if stop < 0 else stop):
            continue
        if word in found:
            found[word].mentions.append((a, b))
        else:
            found[word] = ActorProposal(_slug(word), word, "person", a, b, word, [(a, b)], "speaker")
    return list(found.values())
