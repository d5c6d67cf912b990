"""Outlets an article names and the registry lacks: newspapers as a press review names them, in apposition
with a newspaper noun ("Javan, the daily close to the Guards,", "Shargh, another reformist title,", "In
Al-Taakhi, the organ of the party,") or as the owner of a paper's own pages ("Al-Zaman went further on its
front page", "The UAE’s Al-Khaleej said in its editorial"), after a newspaper's noun ("the hardline daily
Kayhan", "In an editorial, Javan said"), or opening a paragraph that refers back to it as a paper ("Kayhan
(hardline, Tehran): The paper’s front page …", "Beirut’s Al-Akhbar, …, was alone … Its editorial argued",
"told the paper" is no such reference); channels, accounts and pages introduced by their
noun ("the Twitter account Iraq Now Live", "Tigris Pulse, a Facebook page"); and a station named so ("Al-Ahd
TV") that "the channel" refers back to; a news agency named before its noun ("the Tasnim news agency"). Each is proposed as a new ``media`` actor, its evidence the noun
that introduced it, which the extractor's second pass registers under that noun, so that "the paper wrote",
"the account wrote" and "it said" reach it (codebook Q8 rule 2, G2; :func:`kadhimi_ds.extract.pipeline.extract`)."""
from __future__ import annotations

import re

from .draft import ActorProposal, MentionProposal
from .gazetteer import Gazetteer
from .referring import NAME_STOP, OBJECT_VERBS, ORG_HEADS, PLACE_HEADS, PREPOSITIONS, _slug

OUTLET_EVIDENCE = ("newspaper", "channel", "account", "page", "agency")
"""The evidence of a proposed outlet: the noun the second pass describes it by ("Newspaper.")."""
_PAPER_NOUNS = frozenset("newspaper paper daily weekly tabloid broadsheet title organ mouthpiece".split())
"""Nouns that say a name is a newspaper's."""
_NOUNS = "|".join(sorted(_PAPER_NOUNS | {"channel", "account", "page"}))
_WORD = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w’'-]*"
_NAME = re.compile(r"(?<![\w’'-])" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3}")
"""A capitalised run of up to four words on one line."""
_APPOSITION = re.compile(r",\s+(?:the|a|an|another)\s+(?:[\w’'-]+\s+){0,4}?(?P<noun>" + _NOUNS + r")"
                         r"(?=\s*[,.;:]|\s+(?:close|that|which|of|in|on|published|owned|run|based|known|linked|affiliated|founded)\s)")
"""After a name, an outlet's noun phrase in apposition (", the liberal Baghdad daily", ", a Telegram channel close to")."""
_OWN_PAGES = re.compile(r"(?:\s+[a-z][\w’'-]*){1,4}?\s+its\s+(?:[a-z]+\s+)?(?:front\s+page|editorial|editorials|headline|lead\s+article|columnist)(?![\w’'-])")
"""After a name, a verb and the paper's own pages (" went further on its front page", " said in its editorial")."""
_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa])\s+(?:(?:Twitter|Telegram|Facebook|Instagram|TikTok|YouTube)\s+)?"
                          r"(?P<noun>channel|account|page)\s+(?:called\s+|named\s+)?(?=[A-Z])")
"""Before a name, the noun that introduces an outlet ("the Twitter account ")."""
_STATION = re.compile(r"(?<![\w’'-])(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w’'-]*(?:\s+(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w’'-]*){0,2}\s+(?:TV|Television)(?![\w’'-])")
"""A station's name ("Al-Ahd TV")."""
_OPENERS = frozenset("Only Even Yet Still Then Meanwhile Elsewhere".split())
"""Capitalised words that open a sentence before a name ("Only Jomhouri-ye Eslami, a daily …")."""
_PAPER_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa])\s+(?:[\w’'-]+\s+){0,3}?(?:daily|newspaper|weekly|tabloid)\s+(?=(?:(?:[Aa]l|[Ee]l)-)?[A-Z])")
"""Before a name, a newspaper's noun ("the ultra-conservative daily ")."""
_PAGES_BEFORE = re.compile(r"(?<![\w’'-])In\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}?(?:editorial|commentary|lead\s+article),\s+(?=[A-Z])")
"""Before a name said to speak, the paper's own pages ("In an editorial, ")."""
SAYS = re.compile(r"\s+(?:also\s+|again\s+)?(?:said|says|wrote|writes|argued|argues|noted|notes|warned|warns|asked|asks|claimed|claims|called|calls)(?![\w’'-])")
"""After a name, a verb of saying."""
_OPENING = re.compile(r"(?:(?:In|At)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+)?(?:(?:Only|Even|But|And)\s+)?"
                      r"(?:(?:For\s+)?(?:[Tt]he|[A-Z][\w’'-]*[’']s)\s+(?:[a-z][\w’'-]*\s+){0,3}?)?(?=(?:(?:[Aa]l|[Ee]l)-)?[A-Z])")
"""What may stand before the name a press review's paragraph opens with ("In Beirut, ", "The reformist ",
"Iraq’s state-owned ", "For the ")."""
_AFTER_OPENING = re.compile(r"\s*[,:(]|\s+[a-z]")
"""After a paragraph's opening name: a comma, a label's colon or bracket, or its verb."""
_PAGE = r"(?:editorials?|commentary|front[\s-]page|headlines?|columnists?|lead\s+article)"
_BACK = re.compile(r"(?<![\w’'-])(?:(?P<the>[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?(?:paper|daily|newspaper)(?:(?=\s*,)|(?=[’']s\s+(?:[a-z]+\s+)?" + _PAGE + r")"
                   r"|\s+(?:also\s+|again\s+|even\s+)?(?:[a-z]+ed|was|is|has|had|ran|runs|broke|wrote|writes|said|says|put|puts|gave|took|led|went|calls|carries|quotes|notes|argues)(?![\w’'-]))"
                   r"|(?:[Ii]ts\s+(?:[a-z][\w-]*\s+){0,2}?" + _PAGE + r"|[Ii]n\s+an\s+editorial)(?![\w’'-]))")
"""A paper referred back to as a subject or by its own pages ("the paper said", "The reformist daily broke ranks",
"the paper’s editorial", "Its front-page commentary", "In an editorial"); not as an object ("told the paper")."""
_AGENCY_AFTER = re.compile(r"\s+news\s+agency(?![\w’'-])(?!\s+(?:(?:[Aa]l|[Ee]l)-)?[A-Z])")
"""After a name, the noun of a news agency ("the Tasnim news agency"); not before the agency's own name ("the
French news agency AFP")."""
_BASED = re.compile(r"[A-Z][\w’'-]*-(?:based|owned|run|backed|funded|aligned|language|affiliated|controlled)")
"""A capitalised word that describes a name it stands before ("London-based", "Saudi-owned")."""
_OBJECT_BEFORE = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(OBJECT_VERBS | PREPOSITIONS)) + r")\s+\Z", re.I)


def _name_at(text: str, start: int, end: int, station: bool = False) -> tuple[int, str] | None:
    """The start and words of the name the capitalised run ``text[start:end]`` ends with, the words opening
    the sentence or an owner in the possessive ("The UAE’s") left out; None for a name of a body, a place or a
    person's title (a ``station``'s name ends in "TV")."""
    words = text[start:end].split()
    while words and (words[0] in NAME_STOP or words[0] in _OPENERS or words[0].endswith(("’s", "'s")) or _BASED.fullmatch(words[0])):
        words.pop(0)
    if len(words) < 1 + station or any(w in ORG_HEADS or w in PLACE_HEADS or w in NAME_STOP for w in (words[:-1] if station else words)):
        return None
    name = " ".join(words)
    return end - len(name), name


def _outlets(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
    """Where ``text`` names an outlet, with the noun that says what it is: (start, end, noun, station); a
    press review's paragraph that refers back to a paper outside the ``quotes`` names it first."""
    found = []
    for m in _NAME.finditer(text):
        after = _APPOSITION.match(text, m.end())
        if after or _OWN_PAGES.match(text, m.end()):
            noun = after.group("noun") if after else "newspaper"
            found.append((m.start(), m.end(), "newspaper" if noun in _PAPER_NOUNS else noun, False))
        elif _AGENCY_AFTER.match(text, m.end()):
            found.append((m.start(), m.end(), "agency", False))
    for m in _NOUN_BEFORE.finditer(text):
        name = _NAME.match(text, m.end())
        found.append((name.start(), name.end(), m.group("noun"), False))
    for m in _PAPER_BEFORE.finditer(text):
        name = _NAME.match(text, m.end())
        if _AFTER_OPENING.match(text, name.end()) or text[name.end():name.end() + 1] in ".;":
            found.append((name.start(), name.end(), "newspaper", False))
    for m in _PAGES_BEFORE.finditer(text):
        name = _NAME.match(text, m.end())
        if SAYS.match(text, name.end()):
            found.append((name.start(), name.end(), "newspaper", False))
    for para in re.finditer(r"[^\n]+", text):
        opening = _OPENING.match(text, para.start())
        name = _NAME.match(text, opening.end()) if opening else None
        if name and _AFTER_OPENING.match(text, name.end()) and _referred_back(text, name.end(), para.end(), quotes):
            found.append((name.start(), name.end(), "newspaper", False))
    if re.search(r"(?<![\w’'-])[Tt]he\s+(?:channel|station)(?![\w’'-])", text):
        found += [(m.start(), m.end(), "channel", True) for m in _STATION.finditer(text)]
    return sorted(found)


def _referred_back(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` (the rest of a paragraph) refers back to a paper, outside the ``quotes``, by its
    own pages or as a subject."""
    return any(not any(a <= m.start() < b for a, b in quotes) and not (
        m.group("the") and _OBJECT_BEFORE.search(text, max(start, m.start() - 30), m.start())) for m in _BACK.finditer(text, start, end))


def named_outlets(text: str, quotes: list[tuple[int, int]], mentions: list[MentionProposal], gaz: Gazetteer) -> list[ActorProposal]:
    """The outlets ``text`` names outside its ``quotes`` and the registry's ``mentions`` by a name the registry
    lacks (see the module docstring), one proposal per name, of kind ``media``, its evidence one of
    :data:`OUTLET_EVIDENCE`."""
    found: dict[str, ActorProposal] = {}
    for start, end, noun, station in _outlets(text, quotes):
        if any(a <= start < b for a, b in quotes):
            continue
        named = _name_at(text, start, end, station)
        if named is None or named[1] in gaz.surface or station and named[1].rpartition(" ")[0] in gaz.surface:
            continue  # (a station registered without its "TV": "Al-Iraqiya TV" is "Al-Iraqiya")
        start, name = named
        if " " not in name and re.search(r"(?<![\w’'-])" + name.lower() + r"(?![\w’'-])", text):
            continue  # a common word ("State news agency …, the state")
        if any(m.start < end and start < m.end and gaz.info[m.actor_id].kind == "media" and m.method != "role" for m in mentions):
            continue  # an outlet registered under a shorter name ("Sabreen" in "Sabreen News Channel"), not a
            # registered outlet "the … news agency" was taken for
        if name not in found:
            found[name] = ActorProposal(_slug(name), name, "media", start, end, name, [(start, end)], noun)
    return list(found.values())
