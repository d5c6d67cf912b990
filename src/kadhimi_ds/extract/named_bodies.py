"""Bodies an article names by a title-case name after "the … of" or a possessor ("the Council of Ministers", "the
Committee of Inquiry", "the Region’s Ministry of Peshmerga Affairs"), or after "the" and ending in a noun that names no
role ("the Coordination Framework"), that the registry lacks and that the article refers back to by its head noun ("the
Council condemned …", "the Framework demanded …"): proposed as new actors, which the extractor's second pass registers, so that "the council"
reaches the body named last rather than a registered body of the same noun (codebook G2, Q8 rule 2;
:func:`kadhimi_ds.extract.pipeline.extract`). So are bodies named by one word the registry lacks, that the
article introduces as a state's ("Lebanon’s Hezbollah") or with a relative clause ("Hezbollah, which …") and says
to speak ("Hezbollah said"), so that the quote goes to them (:func:`speaking_names`)."""
from __future__ import annotations

import re

from .capitals import COUNTRIES
from .draft import ActorProposal, Draft, MentionProposal
from .gazetteer import Gazetteer
from .outlet_names import SAYS
from .referring import GENERIC_MINISTRY, NAME_STOP, ORG_HEADS, PLACE_HEADS, ROLE_HEAD_WORDS, _slug
from .sentence_references import is_place
from .text import TITLES

_HEADS = "Council|Ministry|Committee|Commission|Office|Department|Union|Association|Syndicate|Directorate|Authority|Federation"
_NAME = re.compile(r"(?:(?<![\w’'-])[Tt]he\s+|(?P<owner>(?<![\w’'-])[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}[’']s\s+))"
                   r"(?P<name>(?P<head>" + _HEADS + r")\s+of\s+(?:the\s+)?[A-Z][a-z]+"
                   r"(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})(?![\w’'-])")
"""A body's name after "the" or a possessor: its head noun, "of" and title-case words ("the Council of
Ministers", "the Kurdistan Region’s Ministry of Peshmerga Affairs")."""


_HEAD_LAST = re.compile(r"(?<![\w’'-])[Tt]he\s+(?P<name>(?:[A-Z][a-z]+\s+){1,3}(?P<head>[A-Z][a-z]+))(?![\w’'-])"
                        r"(?!\s+(?:[A-Z]|of\b))")
"""A body's name after "the" that ends in its head noun ("the Coordination Framework")."""


def named_bodies(text: str, quotes: list[tuple[int, int]], mentions: list[MentionProposal], gaz: Gazetteer) -> list[ActorProposal]:
    """The bodies ``text`` names outside its ``quotes`` and the registry's ``mentions`` (see the module
    docstring) that a later "the <head>" refers back to, one proposal per name, with evidence "named body"; a
    ministry named by its portfolio alone is one of each state's (:data:`GENERIC_MINISTRY`), no new body. A name
    that ends in its head is referred back to by the capitalised head alone, and never ends in a role, a title or a
    place ("the Security Council", "the Grand Ayatollah", "the Green Zone")."""
    found: dict[str, ActorProposal] = {}
    named = [m for m in _NAME.finditer(text) if not (GENERIC_MINISTRY.match if m.group("owner") else GENERIC_MINISTRY.fullmatch)(
        m.group("name"))]  # ("the UAE’s Ministry of Foreign Affairs and International Cooperation" is the UAE’s foreign
    # ministry, found as a state's body)
    named += [m for m in _HEAD_LAST.finditer(text) if not any(w in NAME_STOP for w in m.group("name").split())
              and m.group("head") not in ROLE_HEAD_WORDS | PLACE_HEADS and m.group("head").lower() not in TITLES]
    for m in sorted(named, key=lambda m: m.start()):
        name, head = m.group("name"), m.group("head")
        if name in gaz.surface or any(a <= m.start() < b for a, b in quotes) \
                or any(x.start < m.end() and m.start("name") < x.end for x in mentions):
            continue
        said = rf"{head}(?!\s+[A-Z])" if m.re is _HEAD_LAST else f"(?:{head}|{head.lower()})"  # ("the Framework")
        if not re.search(rf"(?<![\w’'-])[Tt]he\s+{said}(?!\s+of\b)(?![\w’'-])", text[m.end():]):
            continue
        if name not in found:
            found[name] = ActorProposal(_slug(name), name, ORG_HEADS.get(head, "other"), m.start("name"), m.end(), name,
                                        [(m.start("name"), m.end())], "named body")
    return list(found.values())

_ONE = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
"""A name of one word ("Hezbollah", "Al-Akhbar"), no acronym."""
_OWNED = re.compile(r"(?<![\w’'.-])(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+(?P<name>" + _ONE
                    + r")(?![\w’'-])(?![ \t]+(?:[A-Z]|(?:al|el)-))")
"""A one-word name owned in the possessive and ending its capitalised run ("Lebanon’s Hezbollah")."""
_WHICH = re.compile(r"(?<![\w’'-])(?P<name>" + _ONE + r"),\s+which\s")
"""A one-word name before a relative clause ("Hezbollah, which is close to Iran, …")."""
_SAID_BEFORE = re.compile(r"(?<![\w’'-])(?:said|says|added|wrote)\s+\Z")
_INITIAL = re.compile("(?:\\A|\\n|[.!?:;]\\s+|[“\"‘(]\\s*)\\Z")
"""Before a word, what makes it open a sentence or a line, whose capital says nothing of a name."""
_NAMED_BEFORE = re.compile(r"(?<![\w’'.-])(?P<word>[A-Z][\w.-]*)[ \t]+\Z")
"""Before a word, a capitalised word that may be a given name or a title ("Samir Touma", "President Touma")."""
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|ish)")
"""A nationality's adjective ("Lebanese Hezbollah"), which may stand before a body's name."""
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ian|ite|an|ab|i|d)s")
"""A people or a faith's followers in the plural ("Kurds", "Sunnis", "Shiites", "Christians"), no body."""
_PLACE_USE = re.compile(r"(?<![\w’'-])(?:in|near|outside|inside|around|across|into|towards?|through)\s+\Z")
_PLACE_AFTER = re.compile(r"\s+(?:city|province|governorate|district|town|village|neighbou?rhood)(?!\w)")
"""Before or after a name, a preposition or a noun of place ("shops in Basra", "Basra province"): a place's name."""
_OUTLET_AFTER = re.compile(r"\s+(?:(?P<paper>newspaper|daily|paper|weekly)|(?P<channel>TV|television|channel|station|broadcaster)"
                           r"|(?P<agency>news\s+agency))(?![\w’'-])")
_OUTLET_BEFORE = re.compile(r"(?<![\w’'-])(?:(?P<paper>newspaper|daily|paper|weekly)|(?P<channel>channel|station|broadcaster)"
                            r"|(?P<agency>agency))\s+\Z")
"""An outlet's noun right after or before a name ("Kayhan newspaper", "the daily Kayhan"): the name is an outlet's."""
_OUTLET_EVIDENCE = {"paper": "newspaper", "channel": "channel", "agency": "agency"}


def _personal(text: str, pos: int) -> bool:
    """The word at ``pos`` follows a title or another capitalised word, a given name ("President Touma", "Samir
    Touma"), not a nationality's adjective ("Lebanese Hezbollah") nor a word that opens a sentence ("In")."""
    before = _NAMED_BEFORE.search(text, max(0, pos - 30), pos)
    word = before["word"].rstrip(".") if before else ""
    return bool(word) and (word.lower() in TITLES or word not in NAME_STOP and not _DEMONYM.fullmatch(word))


def speaking_names(draft: Draft, quotes: list[tuple[int, int]], gaz: Gazetteer) -> list[ActorProposal]:
    """Bodies named by one capitalised word the registry lacks, introduced outside the ``quotes`` and the
    furniture as a state's ("Lebanon’s Hezbollah", "Iran’s Kayhan") or with a relative clause ("Hezbollah, which …"),
    then said to speak ("Hezbollah said", "said Hezbollah"): one proposal each, a ``media`` one when an outlet's noun
    stands by the name ("Kayhan newspaper"), else ``other``. Never a word the text writes in lower case or only
    where a capital opens a sentence, a place (named so, or once after "in" or before "province"), a role, a people
    ("Iraq’s Kurds"), nor a person's name (a word of a person the first pass found, or one that follows a title or a
    given name outside the registry's mentions)."""
    text = draft.text
    states = COUNTRIES | set(gaz.state_by_name)
    persons = {w for m in draft.mentions if (info := gaz.info.get(m.actor_id)) is not None and info.person
               for w in m.text.split()} | {w for p in draft.new_actors if p.kind == "person" for w in p.name.split()}

    def outside(a: int, b: int) -> bool:  # in the article's prose, never a quotation, furniture or a headline
        line_end = text.find("\n", b)
        line = text[text.rfind("\n", 0, a) + 1:len(text) if line_end < 0 else line_end].rstrip()
        return not draft.in_furniture(a, b) and not any(x <= a < y for x, y in quotes) and line[-1:] in ".!?”\"’"

    intros = [m for m in _OWNED.finditer(text) if any(" ".join(m.group("owner").split()[i:]) in states for i in range(2))]
    intros += list(_WHICH.finditer(text))
    found: dict[str, ActorProposal] = {}
    for m in intros:
        name, a, b = m.group("name"), m.start("name"), m.end("name")
        if name in found or name in NAME_STOP or name in states or name in gaz.surface or name in persons or name in ORG_HEADS \
                or name in PLACE_HEADS or name in ROLE_HEAD_WORDS or is_place(name) or _PEOPLE.fullmatch(name) \
                or not outside(a, b) or any(x.start < b and a < x.end for x in draft.mentions):
            continue
        word = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])")
        uses = [u for u in word.finditer(text) if outside(u.start(), u.end())]
        if re.search(r"(?<![\w’'-])" + re.escape(name.lower()) + r"(?![\w’'-])", text) \
                or any(_personal(text, u.start()) and not any(x.start < u.end() and u.start() < x.end for x in draft.mentions)
                       or _PLACE_USE.search(text, max(0, u.start() - 12), u.start()) or _PLACE_AFTER.match(text, u.end())
                       for u in word.finditer(text)) \
                or all(_INITIAL.search(text, max(0, u.start() - 3), u.start()) for u in uses) \
                or not any(SAYS.match(text, u.end()) or _SAID_BEFORE.search(text, max(0, u.start() - 10), u.start()) for u in uses):
            continue
        outlet = next((o for u in uses if (o := _OUTLET_AFTER.match(text, u.end()) or _OUTLET_BEFORE.search(
            text, max(0, u.start() - 12), u.start()))), None)
        evidence = _OUTLET_EVIDENCE[outlet.lastgroup] if outlet else "speaking name"
        found[name] = ActorProposal(_slug(name), name, "media" if outlet else "other", a, b, name, [(a, b)], evidence)
    return list(found.values())
