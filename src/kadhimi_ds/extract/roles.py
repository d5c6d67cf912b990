"""Role and group nouns as mentions (CODEBOOK.md M3-M6): the registry's ``role_aliases``
("the prime minister", "the militias", "protesters") found in the body.

A role noun is proposed as a mention of its actor when it refers: with a definite or
possessive determiner or a national modifier ("the premier", "Iraq's Prime Minister",
"these militias", "Iraqi PM"), or, for a plural group noun, bare after a preposition or at
the start of a clause ("the killing of protesters"). It is not proposed when indefinite
("a former prime minister"), as a title directly before a name ("Prime Minister Mustafa"),
after "one of", or bare after an adjective ("criminal armed groups").

For attribution, :func:`names_role` and :func:`home_actor` tell which registered body a bare role
noun such as "the army" names when no recent mention does: the one of the article's own country.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

from .draft import MentionProposal

if TYPE_CHECKING:
    from .gazetteer import ActorInfo, Gazetteer

DETERMINER = r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
MODIFIER = r"(?:[A-Z][a-z]+[’']s|[A-Z]{2,}[’'][Ss]|Iraqi|Iran-backed|[Pp]ro-Iran(?:ian)?|(?P<name>[A-Z][a-z]+))"
"""A determiner-like modifier: an owner's possessive ("Iraq’s", "IRAQ’S"), a national adjective, or a
bare name that the registry found there ("Iraq PM"; any other capitalised word is no modifier)."""
_COMMA = re.compile(r",[ \t]+")
INDEFINITE = {"a", "an", "another", "former", "deputy", "ex", "new", "next", "acting", "late"}
BARE_AFTER = {"of", "to", "by", "with", "for", "against", "and", "on", "at", "from", "that", "as", "among", "the"}
"""Words after which a bare plural group noun still refers to the group ("the murder of protesters")."""


def role_table(actors: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each role alias of the registry with its actor id."""
    return {role: a["id"] for a in actors for role in a.get("role_aliases") or []}


def role_mentions(text: str, spans: list[tuple[int, int]], actors: Iterable[dict[str, Any]],
                  taken: list[tuple[int, int]]) -> list[MentionProposal]:
    """Mentions of the registry's role and group nouns in ``spans`` (the paragraphs), none
    overlapping a span of ``taken``."""
    roles = role_table(actors)
    if not roles:
        return []
    alternatives = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w’'-])(?:(?P<det>{DETERMINER})\s+)?(?:(?P<mod>{MODIFIER})\s+)?"
                         rf"(?P<role>{alternatives})(?![\w-])")
    out: list[MentionProposal] = []
    names = set(taken)
    starts = {a for a, _ in taken}
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if m.group("name") and m.span("name") not in names:
                m = pattern.match(text, m.start("role"), m.end())  # "Former PM": the role alone
            mod = m.span("mod") if m.group("mod") else (m.start("role"), m.start("role"))
            # a registered name inside the modifier is a nested mention of its own (M12)
            if any(s < m.end() and m.start() < e and not (mod[0] <= s and e <= mod[1]) for s, e in taken) \
                    or not _refers(text, m, starts):
                continue
            comma = _COMMA.match(text, m.end())
            if comma and comma.end() in starts:
                continue  # "Iraq’s prime minister, Mustafa al-Kadhimi,": a title of the name after it (M3 note b)
            out.append(MentionProposal(m.start(), m.end(), m.group(), actor_id=roles[m.group("role")],
                                       method="role", score=0.8))
    return out


def _refers(text: str, m: re.Match[str], starts: set[int] = frozenset()) -> bool:
    """Whether a matched role noun refers to its actor rather than being a title, an
    indefinite or generic use. In an all-capitals headline only a registered name (one of
    ``starts``) after the role makes it a title."""
    before = text[max(0, m.start() - 40):m.start()].split()
    word = before[-1].strip("(“\"'") if before else ""
    previous = word.lower()
    if previous in INDEFINITE or before[-2:] and [w.lower() for w in before[-2:]] == ["one", "of"]:
        return False
    after = text[m.end():m.end() + 40]
    title = re.match(r"[ \t]+(?:[A-Z][\w’'-]*|al-[A-Z])", after)
    if m.group().isupper() and title:
        title = m.end() + len(after) - len(after.lstrip(" \t")) in starts
    if title and not re.match(r"[ \t]+(?:And|But|On|In|The)\b", after):
        return False  # a title directly before a name
    if m.group("det") or m.group("mod"):
        return True
    role = m.group("role")
    plural = role.endswith("s") and not role.endswith("ss")
    return plural and (not word or previous in BARE_AFTER or not word[-1].isalpha() or word[0].isupper())


def names_role(info: ActorInfo, words: Iterable[str], aliases: bool = True) -> bool:
    """The actor's name (or one of its ``aliases``) carries one of the role ``words`` ("Iraqi military"),
    as a noun: a word hyphened into a modifier ("Pro-militia Telegram channels", "pro-government
    militias") describes another noun, so "the militias" is no channel."""
    names = " | ".join((info.name, *(info.aliases if aliases else ()))).lower()
    return any(re.search(r"(?<![a-z-])" + re.escape(w) + r"(?![a-z-])", names) for w in words)


def root(aid: str, gaz: Gazetteer) -> str:
    """The top of an actor's chain of parents (a ministry's state)."""
    seen = {aid}
    while (parent := gaz.info[aid].parent) in gaz.info and parent not in seen:
        aid = parent
        seen.add(aid)
    return aid


def body_under(state: str, words: list[str], gaz: Gazetteer, exclude: set[str]) -> ActorInfo | None:
    """The one registered body under ``state`` (its chain of parents) whose name or an alias carries all
    of the role's ``words`` ("foreign ministry": "Ministry of Foreign Affairs (Iran)", "Iranian Foreign
    Ministry"), the one whose name begins with the role's head noun when several do, or None."""
    found = [i for i in gaz.info.values() if i.id not in exclude and not i.person and i.id != state
             and root(i.id, gaz) == state and all(names_role(i, [w]) for w in words)]
    if len(found) > 1 and words:  # "Iraq’s government": "Government of Iraq" before "Kurdistan Regional Government"
        found = [i for i in found if i.name.lower().startswith(words[-1])] or found
    return found[0] if len(found) == 1 else None


def home_actor(candidates: list[ActorInfo], head: str, gaz: Gazetteer, mentions: Iterable[MentionProposal]) -> ActorInfo | None:
    """Of the registry's actors named by a role noun, the one it means with no owner named: the only
    one, else the only one whose name begins with it ("the government": "Government of X"), else
    the one of the country the article is about, the chain of parents most of its mentions share."""
    if len(candidates) > 1:
        first = [i for i in candidates if i.name.lower().startswith(head)]
        candidates = first or candidates
    if len(candidates) > 1:
        counts: dict[str, int] = {}
        for m in mentions:
            if m.actor_id in gaz.info:
                top = root(m.actor_id, gaz)
                counts[top] = counts.get(top, 0) + 1
        score = {i.id: counts.get(root(i.id, gaz), 0) for i in candidates}
        best = max(score.values())
        candidates = [i for i in candidates if score[i.id] == best] if best else []
    return candidates[0] if len(candidates) == 1 else None


def home_person(holders: list[ActorInfo], words: Iterable[str], gaz: Gazetteer,
                mentions: Iterable[MentionProposal]) -> ActorInfo | None:
    """Of the registry's persons whose description carries a role ("President of …"), the one of the
    country most of the article's known mentions belong to; of several there, the one the registry
    calls the role "of" that country ("President of Iraq", not of one of its regions)."""
    home = home_country(gaz, mentions)
    if home is None:
        return None
    names = [n for i in gaz.info.values() if i.kind == "state" and i.country == home for n in (i.name, *i.aliases)]
    return sole_holder([i for i in holders if i.country == home], words, names)


def home_country(gaz: Gazetteer, mentions: Iterable[MentionProposal]) -> str | None:
    """The country code most of the article's known mentions belong to, or None on a tie."""
    counts: dict[str, int] = {}
    for m in mentions:
        if (info := gaz.info.get(m.actor_id)) is not None and info.country:
            counts[info.country] = counts.get(info.country, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    home = [c for c, n in counts.items() if n == top]
    return home[0] if len(home) == 1 else None


def sole_holder(holders: list[ActorInfo], words: Iterable[str], names: Iterable[str]) -> ActorInfo | None:
    """The one person of ``holders``; of several, the one the registry calls the role "of" one of ``names``
    ("President of Iraq" before "President of the Kurdistan Region of Iraq"); None when not one."""
    if len(holders) > 1:
        names = list(names)
        holders = [i for i in holders if any(i.says(f"{w} of {n}") for w in words for n in names)]
    return holders[0] if len(holders) == 1 else None
