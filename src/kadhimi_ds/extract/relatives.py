"""People an article names by a given name after their relation to the writer or to someone ("My cousin
Hussein is a soldier …", "his nephew Karrar"): proposed as new persons named by that given name, so that the
extractor's second pass registers it and "he said" after it reaches them (codebook G2, M8 note)."""
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


def related_given_names(draft: Draft) -> list[ActorProposal]:
    """The given names after a relation (:data:`_RELATED`) outside page furniture and the first pass's
    mentions, in a paragraph that reports speech after the name (a verb of saying or a quotation mark); one
    proposal per name, evidence "speaker"."""
    text = draft.text
    taken = [(m.start, m.end) for m in draft.mentions]
    found: dict[str, ActorProposal] = {}
    for m in _RELATED.finditer(text):
        a, b = m.span(1)
        word = m.group(1)
        stop = text.find("\n", b)
        if draft.in_furniture(a, b) or any(s < b and a < e for s, e in taken) or word in NAME_STOP or is_place(word) \
                or not _SPEECH.search(text, b, len(text) if stop < 0 else stop):
            continue
        if word in found:
            found[word].mentions.append((a, b))
        else:
            found[word] = ActorProposal(_slug(word), word, "person", a, b, word, [(a, b)], "speaker")
    return list(found.values())
