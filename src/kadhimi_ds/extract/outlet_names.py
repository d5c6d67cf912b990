"""Newspapers an article names and the registry lacks, as a press review names them: in apposition with a
newspaper noun ("Javan, the daily close to the Guards,", "Shargh, another reformist title,", "In Al-Taakhi,
the organ of the party,") or as the owner of a paper's own pages ("Al-Zaman went further on its front
page", "The UAE’s Al-Khaleej said in its editorial"). Each is proposed as a new ``media`` actor, which the
extractor's second pass registers as a newspaper, so that "the paper wrote" and "it said" reach it
(codebook Q8 rule 2, G2; :func:`kadhimi_ds.extract.pipeline.extract`)."""
from __future__ import annotations

import re

from .draft import ActorProposal
from .gazetteer import Gazetteer
from .referring import NAME_STOP, ORG_HEADS, PLACE_HEADS, _slug

PAPER_NOUNS = "newspaper|paper|daily|weekly|tabloid|broadsheet|title|organ|mouthpiece"
"""Nouns that say a name is a newspaper's."""
_WORD = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w’'-]*"
_NAME = re.compile(r"(?<![\w’'-])" + _WORD + r"(?:\s+" + _WORD + r"){0,3}")
_APPOSITION = re.compile(r",\s+(?:the|a|an|another)\s+(?:[\w’'-]+\s+){0,4}?(?:" + PAPER_NOUNS + r")"
                         r"(?=\s*[,.;:]|\s+(?:close|that|which|of|in|published|owned|run|based|known|linked|affiliated|founded)\s)")
"""After a name, a newspaper noun phrase in apposition (", the liberal Baghdad daily")."""
_OWN_PAGES = re.compile(r"(?:\s+[a-z][\w’'-]*){1,4}?\s+its\s+(?:[a-z]+\s+)?(?:front\s+page|editorial|editorials|headline|lead\s+article|columnist)(?![\w’'-])")
"""After a name, a verb and the paper's own pages (" went further on its front page", " said in its editorial")."""
_OPENERS = frozenset("Only Even Yet Still Then Meanwhile Elsewhere".split())
"""Capitalised words that open a sentence before a name ("Only Jomhouri-ye Eslami, a daily …")."""


def _name_at(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """The start and words of the name the capitalised run ``m`` ends with, the words opening the sentence
    or an owner in the possessive ("The UAE’s") left out; None for a name of a body, a place or a person's title."""
    words = m.group().split()
    while words and (words[0] in NAME_STOP or words[0] in _OPENERS or words[0].endswith(("’s", "'s"))):
        words.pop(0)
    if not words or any(w in ORG_HEADS or w in PLACE_HEADS or w in NAME_STOP for w in words):
        return None
    name = " ".join(words)
    return m.end() - len(name), name


def named_outlets(text: str, quotes: list[tuple[int, int]], gaz: Gazetteer) -> list[ActorProposal]:
    """The newspapers ``text`` names outside its ``quotes`` by a name the registry lacks (see the module
    docstring), one proposal per name, of kind ``media`` with evidence "outlet"."""
    found: dict[str, ActorProposal] = {}
    for m in _NAME.finditer(text):
        if any(a <= m.start() < b for a, b in quotes) or not (_APPOSITION.match(text, m.end()) or _OWN_PAGES.match(text, m.end())):
            continue
        named = _name_at(text, m)
        if named is None or named[1] in gaz.surface:
            continue
        start, name = named
        if name not in found:
            found[name] = ActorProposal(_slug(name), name, "media", start, m.end(), name, [(start, m.end())], "outlet")
    return list(found.values())
