"""Bodies an article names by a title-case name after "the … of" or a possessor ("the Council of Ministers", "the
Committee of Inquiry", "the Region’s Ministry of Peshmerga Affairs") that the registry lacks and that the article refers back to by its head noun ("the Council
condemned …"): proposed as new actors, which the extractor's second pass registers, so that "the council"
reaches the body named last rather than a registered body of the same noun (codebook G2, Q8 rule 2;
:func:`kadhimi_ds.extract.pipeline.extract`)."""
from __future__ import annotations

import re

from .draft import ActorProposal, MentionProposal
from .gazetteer import Gazetteer
from .referring import GENERIC_MINISTRY, ORG_HEADS, _slug

_HEADS = "Council|Ministry|Committee|Commission|Office|Department|Union|Association|Syndicate|Directorate|Authority|Federation"
_NAME = re.compile(r"(?:(?<![\w’'-])[Tt]he\s+|(?P<owner>(?<![\w’'-])[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}[’']s\s+))"
                   r"(?P<name>(?P<head>" + _HEADS + r")\s+of\s+(?:the\s+)?[A-Z][a-z]+"
                   r"(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})(?![\w’'-])")
"""A body's name after "the" or a possessor: its head noun, "of" and title-case words ("the Council of
Ministers", "the Kurdistan Region’s Ministry of Peshmerga Affairs")."""


def named_bodies(text: str, quotes: list[tuple[int, int]], mentions: list[MentionProposal], gaz: Gazetteer) -> list[ActorProposal]:
    """The bodies ``text`` names outside its ``quotes`` and the registry's ``mentions`` (see the module
    docstring) that a later "the <head>" refers back to, one proposal per name, with evidence "named body"; a
    ministry named by its portfolio alone is one of each state's (:data:`GENERIC_MINISTRY`), no new body."""
    found: dict[str, ActorProposal] = {}
    for m in _NAME.finditer(text):
        name, head = m.group("name"), m.group("head")
        generic = GENERIC_MINISTRY.match if m.group("owner") else GENERIC_MINISTRY.fullmatch  # ("the UAE’s Ministry of
        # Foreign Affairs and International Cooperation" is the UAE’s foreign ministry, found as a state's body)
        if name in gaz.surface or generic(name) or any(a <= m.start() < b for a, b in quotes) \
                or any(x.start < m.end() and m.start("name") < x.end for x in mentions):
            continue
        later = rf"(?<![\w’'-])[Tt]he\s+(?:{head}|{head.lower()})(?!\s+of\b)(?![\w’'-])"
        if not re.search(later, text[m.end():]):
            continue
        if name not in found:
            found[name] = ActorProposal(_slug(name), name, ORG_HEADS[head], m.start("name"), m.end(), name,
                                        [(m.start("name"), m.end())], "named body")
    return list(found.values())
