"""The referring expressions of one sentence outside quotations: registry mentions, roles such as
"the premier", unnamed sources, pronouns, possessive roles such as "his office", unregistered names;
split from :mod:`.references`."""
from __future__ import annotations

import bisect
import re

from .capitals import CAPITALS, COUNTRIES
from .groups import COMPOUND_HEAD_AFTER
from .spokesperson_referents import SPOKESPERSON_OF_BODY
from .unnamed_sources import SECURITY_WORDS, state_officials
from .roles import body_under, home_country
from .referring import (MEMBERS_AFTER, MEMBERS_BEFORE, _ANON_TAIL, _NAME, _ORG_ROLE_AFTER, _REF_ORDER, _REF_PATTERNS, _ROLE_TAIL, _WORD_KINDS,
                        DEFINITE, NAME_STOP, ORG_HEADS, PERSON_ROLES, PLACE_FIRSTS, PLACE_HEADS, ROLE_CANON, Ref)
from .text import THE_BEFORE, WORD_JOINERS
from .described_actors import described_actors, placed
from .gazetteer import Gazetteer
from .unnamed_people import described_again, unnamed_people

_POSTED_IN = re.compile(r"\s+in\s+(?:(?:al|el)-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?![\w’'-])")
"""Where a correspondent is posted, after the role ("our correspondent in Baghdad")."""

_STATE_SOURCE_AFTER = re.compile(r"(?:\s+(?:senior|security|military|defen[cs]e|government|intelligence|administration))?"
                                 r"\s+(?:officials?|sources?|diplomats?)(?![\w-])")
"""After a state's name, an unnamed source of that state ("US officials", "a U.S. defense official")."""
_SOURCE_AFTER = re.compile(r"\s+(?:sources?|officials?)(?![\w-])")
"""After a security body's bare name, an unnamed source of it ("a police source", "army officials")."""
_MEMBER_AFTER = re.compile(r"\s+(?:officers?|officer’s|colonel|lieutenant|captain|major|sergeant|guard|commando|conscript)(?![\w-])")
"""After a security body's bare name, one of its members as a person ("a police officer", "an army colonel")."""
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:al|el)-)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}"
                      r"(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w’'-])(?!\s+[A-Z]))?(?![\w-])")
"""After a body's head noun, "of" and its title-case words, a last "and" and one or two of them that end the
name ("of Foreign Affairs and International Cooperation", never "of Health and Prime Minister X")."""
_TITLE_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:(?:Dr|Mr|Mrs|Ms|Gen|Sheikh|Sayyid)\.?\s+)?")
"""Between a role word and a person's name, the rest of a title ("President| of the Republic Dr. |X")."""
_HEADLINE_SOURCE = re.compile(r"\s+says?[ \t]*$", re.M)
"""A present-tense "says" closing a line after a bare role noun, as headlines and alerts name their
source without an article (", military says", ", ministry says")."""

_WHAT_BEFORE = re.compile(r"(?<![\w’'-])what\s+\Z")
"""Before a bare role noun, a free relative's "what": a headline's subject without its article ("after what
military calls “…”")."""


_PLACE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|from|to|of|near|outside|inside|around|across|into|towards?|via|between|over"
                           r"|through|with|against|for|on|visit(?:ed|ing|s)?)\s+(?:the\s+)?\Z", re.I)
"""A preposition or a visiting verb before a state's name: the state is a place or an object there, not a subject."""


def is_place(name: str) -> bool:
    """A capitalised name that ends in a place noun ("Al-Rasheed Street"), that begins with an owner in the
    possessive ("Baghdad’s Green Zone") or a capital's ("Abu Dhabi", no kunya): a place or a thing, not a person;
    an owner's body ("Qatar’s Ministry of Foreign Affairs") is no place."""
    words = name.split()
    owned = any(w.endswith(("’s", "'s")) for w in words[:-1]) and not any(w in ORG_HEADS for w in words)
    return words[-1] in PLACE_HEADS or words[0] in PLACE_FIRSTS or owned or name in CAPITALS



_BODY_AFTER = re.compile(r"(?:[’']s)?\s+((?:(?i:state|foreign|interior|defen[cs]e|health|assistance|political)\s+)?"
                         r"(?i:department|ministry|mission|embassy|government))(?![\w’'-])")
"""A body noun right after the name of the state or organisation it belongs to, or its possessive ("US
state department", "UN mission", "Turkey foreign ministry", "the US embassy", "Iraq’s government"): the
one registered body under that actor carrying the words."""

_SUB_BODY = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Council|Presidency|Committee|Commission|Mission|Office|Ministry|Directorate"
                       r"|Authority)(?![\w’'-])")
"""Title-case words ending in a body's head noun right after the name of the actor it belongs to ("UN| Security
Council", "Kurdistan Region| Presidency"): the name of a body of its own, not its owner."""


def _qualified(gaz: Gazetteer, actor: str) -> bool:
    """The registered described actor's name has words besides its head noun ("… on the emergency ward")."""
    return any(a.id == actor and a.qualifiers for a in described_actors(gaz))


_STATE_LEADER_AFTER = re.compile(r"\s+(PM|(?i:premier|prime\s+minister|president))(?![\w-])(?!\s+(?:of\b|(?:al-|el-)?[A-Z]))")
"""A state's head of government named by the state and the title ("Iraq PM", "Iran president"): the person, as
"the Iraqi PM" is; not a title before a name ("Iraq President Barham Salih") nor one "of" something."""


class SentenceReferences:
    """The reference-finding half of :class:`kadhimi_ds.extract.references.ArticleReferences` (a mixin
    over its state: sentences, quotations, mentions and tokens)."""

    def refs(self, si: int) -> list[Ref]:
        """Referring expressions of sentence ``si`` outside quotations, left to right."""
        if si in self._refs:
            return self._refs[si]
        sent = self.sentences[si]
        text, s, e = self.text, sent.start, sent.end
        refs: list[Ref] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return not self.in_quote(a) and all(b <= x or a >= y for x, y in taken)

        k = bisect.bisect_left(self.mention_starts, s)
        while k < len(self.mentions) and self.mentions[k].start < e:
            m = self.mentions[k]
            k += 1
            if self.in_quote(m.start) or not free(m.start, m.end):
                continue
            if m.text.lower() in SECURITY_WORDS and (_SOURCE_AFTER.match(text, m.end, e) or _MEMBER_AFTER.match(text, m.end, e)):
                continue  # "a police source", "military officials": an unnamed source (M8), "a police officer": a
                # person described (M8 note), not the body
            info = self.gaz.info.get(m.actor_id)
            role = _ORG_ROLE_AFTER.match(text, m.end, e)
            members = MEMBERS_BEFORE.search(text, max(s, m.start - 60), m.start) if not (info and info.person) else None
            if members and free(members.start(), m.start):  # "His colleagues at X spoke of ...": X speaks
                head = members.group("head").lower()
                refs.append(Ref(members.start(), m.end, text[members.start():m.end], "orgrole", org=m.actor_id,
                                head=head, person=head.startswith("spokes")))
                taken.append((members.start(), m.end))
                continue
            members = MEMBERS_AFTER.match(text, m.end, e) if not (info and info.person) else None
            if members and free(m.start, members.end()):  # "X's leaders have called …": X speaks
                refs.append(Ref(m.start, members.end(), text[m.start:members.end()], "orgrole", org=m.actor_id,
                                head=members.group("head").lower(), person=False))
                taken.append((m.start, members.end()))
                continue
            leader = _STATE_LEADER_AFTER.match(text, m.end, e) if info and info.kind == "state" else None
            if leader and free(m.start, leader.end()):  # "Iraq PM survives …, calls for": the premier, not the state
                head = re.sub(r"\s+", " ", leader.group(1).lower())
                refs.append(Ref(m.start, leader.end(), text[m.start:leader.end()], "role", head=ROLE_CANON.get(head, head),
                                person=True))
                taken.append((m.start, leader.end()))
                continue
            anon = _STATE_SOURCE_AFTER.match(text, m.end, e) if info and info.kind == "state" else None
            if anon and free(m.start, anon.end()):  # "the US official", "two Iranian security sources": unnamed (M8)
                det = re.search(r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)$", text[max(s, m.start - 9):m.start])
                start = m.start - len(det.group()) if det else m.start
                refs.append(Ref(start, anon.end(), text[start:anon.end()], "anon"))
                taken.append((start, anon.end()))
                continue
            body = _BODY_AFTER.match(text, m.end, e) if info and not info.person else None
            under = body_under(m.actor_id, body.group(1).lower().split(), self.gaz, set()) if body else None
            if under is not None and free(m.start, body.end()):  # "the US state department", "UN mission"
                refs.append(Ref(m.start, body.end(), text[m.start:body.end()], "mention", actor=under.id, person=False))
                taken.append((m.start, body.end()))
                continue
            sub = _SUB_BODY.match(text, m.end, e) if info and not info.person and info.kind != "media" else None
            if sub and free(m.start, sub.end()) and not (k < len(self.mentions) and self.mentions[k].start < sub.end()):
                refs.append(Ref(m.start, sub.end(), text[m.start:sub.end()], "name", person=False))  # "the UN Security
                taken.append((m.start, sub.end()))  # Council condemned": the council speaks, a body the registry lacks
                continue
            if role and not (info and info.person):
                start = m.start
                det = re.search(r"(?:\b(?:[Aa]n?|[Tt]he)\s+)$", text[max(s, start - 5):start])
                if det:
                    start -= len(det.group())
                head = role.group().strip().lower()
                kind = "anon" if state_officials(self.gaz, m.actor_id, head, home_country(self.gaz, self.mentions)) else "orgrole"
                refs.append(Ref(start, role.end(), text[start:role.end()], kind, org=m.actor_id, head=head))
                taken.append((start, role.end()))
                continue
            refs.append(Ref(m.start, m.end, m.text, "mention", actor=m.actor_id, person=bool(info and info.person)))
            taken.append((m.start, m.end))
        found: dict[str, list[tuple[int, int, re.Match[str]]]] = {k: [] for k in _REF_ORDER}
        last_name = -1
        mention_starts = {x for x, _ in taken}
        person_starts = sorted(r.start for r in refs if r.person)
        words = self.words(si)
        for i, (ws, we, word) in enumerate(words):
            # one pass over the words: each word triggers the patterns it can start or end
            kinds = _WORD_KINDS.get(word)
            if kinds:
                for kind in kinds:
                    if kind in ("anon", "role"):
                        if we >= e or text[we] not in WORD_JOINERS or text[we] in "’'" and (
                                not text[we + 1:we + 2].isalnum() or text[we + 1] == "s" and not text[we + 2:we + 3].isalnum()):
                            # (a possessive, "the factions’ channels", "the ministry’s statement", ends the phrase too)
                            # the phrase ends at this head word: try the longest start first (up to 5 words back)
                            tail = _ANON_TAIL if kind == "anon" else _ROLE_TAIL
                            for j in range(max(0, i - 5), i + 1):
                                m = tail.match(text, words[j][0], we)
                                if m:
                                    found[kind].append((m.start(), we, m))
                                    break
                    else:
                        m = _REF_PATTERNS[kind].match(text, ws, e)
                        if m:
                            found[kind].append((m.start(), m.end(), m))
            if ws >= last_name and "A" <= word[0] <= "Z" and word not in NAME_STOP and ws not in mention_starts \
                    and (ws == 0 or text[ws - 1] not in WORD_JOINERS):
                m = _NAME.match(text, ws, e)
                if m:
                    found["name"].append((m.start(), m.end(), m))
                    last_name = m.end()
        for group in _REF_ORDER:
            for a, b, m in found[group]:
                kind = group  # a role phrase that turns out to be a name is a name for this match only
                if kind == "anon" and THE_BEFORE.search(text[max(s, a - 4):a]):
                    continue
                if kind == "name":
                    a, b = self._trim_name(a, b)
                    if a is None:
                        continue
                if kind == "role":
                    if re.match(r"\s+(?:(?:al|el)-)?[A-Z][a-z]", text[b:b + 5]):
                        continue  # "spokesman Ned Price": the name is the referent
                    named = next((p for p in person_starts if p > b), None)
                    if named is not None and _TITLE_OF.fullmatch(text, b, named):
                        continue  # "President of the Republic Dr. X": a title of the person named after it
                    if COMPOUND_HEAD_AFTER.match(text, b, min(e, b + 14)):
                        continue  # "the militia leaders": the role word only modifies the head
                    det, mods, head = (m.group("det") or "").split()[:1] or [""], m.group("mods") or "", m.group("head")
                    det = det[0].lower()  # ("the country’s army": "the")
                    headline = not det and not mods and (text[max(s, a - 2):a] == ", " and _HEADLINE_SOURCE.match(text, b)
                                                         or _WHAT_BEFORE.search(text, max(s, a - 6), a))
                    if not (det in DEFINITE or mods[:1].isupper() or head[:1].isupper() or headline
                            or SPOKESPERSON_OF_BODY.match(m.group())) or (head.lower() == "factions" and det not in DEFINITE):
                        continue  # "an Iran-backed militia leader", "any official statement", "Different factions": not a referent
                        # ("a military spokesman" is: his body speaks, Q8.3)
                    org = self._org_name(m, b, e)
                    if org is not None:  # "the Saraya Awliya Brigades", "the Ministry of Water": a name
                        kind, (a, b) = "name", org
                    post = _POSTED_IN.match(text, b, e) if head.lower() == "correspondent" else None
                    if post and free(a, post.end()):
                        b = post.end()  # "our correspondent in Baghdad": the place identifies the person (M13)
                if kind == "role" and (owned := self._owned_role(refs, m, a, b)) is not None:
                    refs[refs.index(owned[0])] = owned[1]  # "Iraq’s military": the owner's body, not Iraq
                    taken.append((owned[1].start, b))
                    continue
                if not free(a, b):
                    continue
                ref = Ref(a, b, text[a:b], kind)
                if kind == "role":
                    ref.head = ROLE_CANON.get(re.sub(r"\s+", " ", m.group("head").lower()),
                                              re.sub(r"\s+", " ", m.group("head").lower()))
                    ref.person = ref.head in PERSON_ROLES
                elif kind == "possessive":
                    ref.head = m.group("noun").lower()
                elif kind == "described":
                    ref.head, ref.person = m.group("head").lower(), True
                elif kind == "name":
                    ref.person = not any(t in ORG_HEADS for t in ref.text.split())
                    if is_place(ref.text):
                        ref.kind, ref.person = "place", False
                refs.append(ref)
                taken.append((a, b))
        for ws, we, word in words:  # "Egypt condemned …": a state the registry lacks (M1), or a place ("in Egypt")
            if word in COUNTRIES and ws not in mention_starts and free(ws, we) and text[we:we + 2] not in ("’s", "'s"):
                place = _PLACE_BEFORE.search(text, max(s, ws - 12), ws)
                refs.append(Ref(ws, we, word, "place" if place else "state", person=False))
                taken.append((ws, we))
        for a, b, actor, person, definite in unnamed_people(text, s, e, self.gaz, lambda pos: not self.in_quote(pos)):
            staff = next((r for r in refs if (r.start, r.end) == (a, b) and r.kind in ("anon", "role")), None)
            if staff is not None and (staff.kind == "role" and not staff.org or placed(self.gaz, actor, text, s, e)
                                      or staff.kind == "anon" and self.gaz.info[actor].person and _qualified(self.gaz, actor)):
                # "At the Ibn al-Nafees hospital, a nurse on the emergency ward": the registered nurse there (M8
                # note), or a registered person whose name the description fits by more than its head noun ("Unnamed
                # nurse on the emergency ward"), one person, not the staff (M8 note of 2026-12-01: an unnamed
                # individual is an actor of its own); "a Twitter account", a role noun of no body: the registered account
                refs.remove(staff)
                taken.remove((a, b))
            if free(a, b) and definite:  # "the taxi driver at the bridge": unless someone named before (:mod:`.described`)
                refs.append(Ref(a, b, text[a:b], "described", actor=actor, head=text[a:b].split()[-1].lower(), person=True))
                taken.append((a, b))
            elif free(a, b):  # "a taxi driver": a registered actor named by that description
                refs.append(Ref(a, b, text[a:b], "unnamed", actor=actor, person=person))
                taken.append((a, b))
        for a, b, head in described_again(text, s, e, self.gaz):
            if free(a, b):  # "the private": the person described so before (:mod:`.described`)
                refs.append(Ref(a, b, text[a:b], "described", head=head, person=True))
                taken.append((a, b))
        for r in refs:
            tail = text[r.end:r.end + 2]
            r.possessive = tail in ("’s", "'s") or (r.text.endswith("s") and tail[:1] in ("’", "'") and not tail[1:].isalpha())
        refs.sort(key=lambda r: r.start)
        self._refs[si] = refs
        return refs

    def _owned_role(self, refs: list[Ref], m: re.Match[str], a: int, b: int) -> tuple[Ref, Ref] | None:
        """A role whose words open with a registered owner in the possessive ("Iraq’s military", "Iraq's
        president", "Al-Kadhimi’s office"): (the owner's mention, a possessive reference from the owner
        to the head noun whose ``actor`` is the owner), resolved through the owner (G2, M3)."""
        owner = next((r for r in refs if r.kind == "mention" and r.actor and a <= r.start < b), None)
        if owner is None or self.text[owner.end:owner.end + 2].lower() not in ("’s", "'s") or self.text[a:owner.start].strip() \
                or not m.group("mods").strip():
            return None
        head = re.sub(r"\s+", " ", m.group("head").lower())
        head = ROLE_CANON.get(head, head)
        role = Ref(owner.start, b, self.text[owner.start:b], "possessive", actor=owner.actor, head=head,
                   person=head in PERSON_ROLES)
        return owner, role

    def _org_name(self, m: re.Match[str], b: int, e: int) -> tuple[int, int] | None:
        """The span of an organisation's own name that a role phrase begins: a capitalised
        organisation head after a proper name ("Saraya Awliya Brigades", "Dijlah News Agency") or
        before "of" and a proper name ("Ministry of Water")."""
        head = m.group("head")
        if head not in ORG_HEADS:
            return None
        of = _OF_NAME.match(self.text, b, e)
        mods = (m.group("mods") or "").split()
        if not of and not any(w[:1].isupper() and re.sub(r"[’']s$", "", w) not in NAME_STOP for w in mods):
            return None
        return (m.start("mods") if mods else m.start("head")), (of.end() if of else b)
    def _trim_name(self, a: int, b: int) -> tuple[int | None, int]:
        """Drop titles and function words at the front of a capitalised run and a trailing "’s"."""
        text = self.text
        if text[b - 2:b] in ("’s", "'s"):
            b -= 2
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[a:b])]
        while tokens and text[a + tokens[0][0]:a + tokens[0][1]].rstrip(".") in NAME_STOP:
            tokens.pop(0)
        if len(tokens) < 2:
            return None, b
        words = [text[a + x:a + y] for x, y in tokens]
        if any(w.rstrip(".") in NAME_STOP for w in words[1:]) and not any(w in ORG_HEADS for w in words):
            return None, b
        return a + tokens[0][0], b
