"""What a referring expression points to: a registered actor (through the registry's names,
roles, parents and descriptions), the last speaker, or a proposed new actor."""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from .capitals import STATE_KINDS
from .draft import ActorProposal, MentionProposal
from .gazetteer import ActorInfo
from .described import DescribedPersons
from .outlet_referents import OutletReferents
from .pronouns import Pronouns
from .role_referents import OF_TITLES, STATE_BODIES, RoleReferents
from .roles import body_under, names_role, sole_holder
from .referring import GENERIC_MINISTRY, OF_STATE, ORG_HEADS, expand_abbreviations, past_owner, ROLE_CANON, ROLE_SYNONYMS, Ref, Resolved, _slug, is_nickname
from .spokesperson_referents import SpokespersonReferents
from .statement_referents import StatementReferents
from .unnamed_people import UnnamedPeople
from .unnamed_sources import UnnamedSources


_LEADING = ("leader", "chief", "head", "secretary-general", "chairman")
"""Titles of the one who leads a body: "Fatah leader" and "head of the Fatah alliance" are one title."""

_OFFICE_OF = re.compile(r"(?<![\w’'-])[Tt]he\s+(?:[Mm]edia\s+)?[Oo]ffice" + OF_TITLES.pattern + r"\Z")
"""Before a person's name, the office that speaks for the person ("The office of His Eminence Grand Ayatollah ")."""
_NAME_AFTER = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+)?")
"""Between a role and the name of its holder in apposition ("…’s security official, Hajj X"), an honorific allowed."""


class Referents(RoleReferents, OutletReferents, SpokespersonReferents, StatementReferents, UnnamedSources, Pronouns,
                DescribedPersons, UnnamedPeople):
    """The resolving half of :class:`kadhimi_ds.extract.references.ArticleReferences` (its state:
    sentences, references, mentions, descriptive mentions and proposals)."""

    def resolve(self, si: int, ref: Ref) -> Resolved | None:
        """Who the reference ``ref`` of sentence ``si`` points to (None when it cannot be told)."""
        kind = ref.kind
        span = (ref.start, ref.end)
        if kind == "mention":
            info = self.gaz.info.get(ref.actor or "")
            office = _OFFICE_OF.search(self.text, max(0, ref.start - 80), ref.start) if info and info.person else None
            if office is not None:  # "The office of Grand Ayatollah X said": X's office
                return self.office_of(office.start(), info.id, ref.end)
            if not self._is_mention(ref):  # "the US state department", composed of "US" and the body under it
                self._remember(ref, ref.actor, "composed", 0.8)
            return Resolved(ref.actor, None, ref.text, True, bool(info and info.person), "mention", 0.9, span)
        if kind == "orgrole":
            return self._resolve_org_role(ref)
        if kind == "anon":
            return self._resolve_anon(ref)
        if kind == "role":
            return self._resolve_role(ref)
        if kind == "possessive":
            return self._resolve_possessive(si, ref)
        if kind == "name":
            if is_nickname(self.text, ref.start, ref.text):  # known only by a nickname: no new actor
                return Resolved(None, None, ref.text, True, True, "generic", 0.5, span)
            state = OF_STATE.match(self.text, ref.end) if GENERIC_MINISTRY.fullmatch(ref.text) else None
            if state is not None:  # "the Ministry of Foreign Affairs of the Kingdom of Bahrain": that state's only
                own = self._bodies_of(state.group("state"), re.findall(r"[a-z]+", ref.text.lower()))
                if len(own) == 1:
                    return Resolved(own[0].id, None, ref.text, True, False, "mention", 0.7, span)
                name = self.text[ref.start:state.end()]
                pid = self.propose(name, ref.start, state.end(), "speaker", kind="government")
                return Resolved(None, pid, name, True, False, "name", 0.7, (ref.start, state.end()))
            full = self.gaz.surface.get(expand_abbreviations(ref.text))
            if full is not None:  # "State Dept." is the registered "State Department"
                end = ref.end + (self.text[ref.end:ref.end + 1] == "." and expand_abbreviations(ref.text) != ref.text)
                self._remember(Ref(ref.start, end, self.text[ref.start:end], ref.kind), full, "abbreviation", 0.8)
                return Resolved(full, None, ref.text, True, self.gaz.info[full].person, "mention", 0.8, span)
            if GENERIC_MINISTRY.fullmatch(ref.text):  # "Ministry of Foreign Affairs": a registered one by context
                det = re.search(r"(?<![\w’'-])[Tt]he\s+\Z", self.text[max(0, ref.start - 4):ref.start])
                start = ref.start - len(det.group()) if det else ref.start  # the span opens at "the" (M13)
                res = self._resolve_role(Ref(start, ref.end, self.text[start:ref.end], "role", head="ministry"))
                if res is not None:
                    return res
            pid = self.propose(ref.text, ref.start, ref.end, "speaker" if not ref.possessive else "named")
            return Resolved(None, pid, ref.text, True, ref.person, "name", 0.7, span)
        if kind == "state":  # "Egypt condemned …": the state speaks, a new actor (M1)
            pid = self.propose(ref.text, ref.start, ref.end, "speaker", kind="state")
            return Resolved(None, pid, ref.text, True, False, "name", 0.7, span)
        if kind == "generic":
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, span)
        if kind == "pronoun":
            return self._resolve_pronoun(si, ref)
        if kind == "ordinal":
            return self._resolve_ordinal(si, ref)
        if kind == "pair":
            return self._resolve_pair(si, ref)
        if kind == "age":
            return self._resolve_age(ref)
        if kind == "described":
            return self._resolve_described(si, ref)
        if kind == "unnamed":
            return self._resolve_unnamed(si, ref)
        if kind == "relative":
            prev = self._relative_antecedent(si, ref)
            return self.resolve(si, prev) if prev else None
        return None

    def _relative_antecedent(self, si: int, ref: Ref) -> Ref | None:
        """The noun a relative pronoun attaches to: the nearest reference before it, except that
        "who" skips the organisations of an apposition's "of"/"for" phrase and the apposition
        itself back to the person it describes ("Omar Haddad, the head of the Front, who wrote")."""
        prev = [r for r in self.refs(si) if r.end <= ref.start and r.kind in ("mention", "name", "orgrole", "anon", "role")]
        if not prev or ref.text.lower() != "who":
            return prev[-1] if prev else None
        sent_start = self.sentences[si].start
        for k in range(len(prev) - 1, -1, -1):
            r = prev[k]
            if r.kind == "anon" and k > 0 and prev[k - 1].person and prev[k - 1].kind in ("mention", "name") \
                    and re.fullmatch(r",\s*(?:[a-z]+\s+)?", self.text[prev[k - 1].end:r.start]):
                return prev[k - 1]  # "X, the security official of the Brigades, who wrote": X, not unnamed officials
            if r.person:
                while k > 0 and r.kind in ("role", "anon", "orgrole") and prev[k - 1].person \
                        and prev[k - 1].kind in ("mention", "name") \
                        and re.fullmatch(r",\s*(?:[a-z]+\s+)?", self.text[prev[k - 1].end:r.start]):
                    k -= 1  # the role in apposition describes the named person before it
                    r = prev[k]
                return r
            before = [w for w in self.words_before(r.start, sent_start, 3) if w not in ("the", "a", "an")]
            if before[:1] not in (["of"], ["for"], ["at"], ["with"]):
                return r
        return prev[-1]

    def _is_mention(self, ref: Ref) -> bool:
        """``ref`` is one of the registry mentions found in the article (not one composed of them)."""
        k = bisect.bisect_left(self.mention_starts, ref.start)
        return any(m.end == ref.end for m in self.mentions[k:k + 4] if m.start == ref.start)

    def _remember(self, ref: Ref, actor: str | None, method: str, score: float) -> None:
        if actor:
            self.descriptive[(ref.start, ref.end)] = MentionProposal(ref.start, ref.end, ref.text, actor, method, score)

    def _resolve_org_role(self, ref: Ref) -> Resolved:
        """"an interior ministry spokesman": the registered person whose parent is the organisation and
        whose description carries the role, else the organisation itself."""
        org = ref.org or ""
        if ref.head == "official" and re.search(r"(?i)\bgovernment\s+\S+\Z", ref.text):
            return self._resolve_anon(ref)  # "an Iraqi government official": an unnamed official (M8), no body
        if re.match(r"(?i)an?\s", ref.text):  # "a ministry spokesman": the institution, never a registered person (G1, Q8.3)
            return Resolved(org, None, ref.text, True, False, "orgrole", 0.6, (ref.start, ref.end))
        head = ROLE_CANON.get(ref.head or "", ref.head or "")
        if head == "spokesman":  # "Iran's foreign ministry spokesman", named nowhere before: the ministry (Q8.3)
            return self.spokesperson_of(org, ref, "orgrole")
        if not re.match(r"(?i)the\s", ref.text) and (titled := self._titled_member(org, head)) is not None:
            self._remember(ref, titled, "role", 0.7)  # "Fatah leader condemns …" after "X, head of Fatah" (G2)
            return Resolved(titled, None, ref.text, True, True, "orgrole", 0.7, (ref.start, ref.end))
        words = ROLE_SYNONYMS.get(head, (head,))
        people = [i for i in self.gaz.info.values() if i.parent == org and i.person and any(i.says(w) for w in words)]
        if len(people) == 1:
            self._remember(ref, people[0].id, "role", 0.7)
            return Resolved(people[0].id, None, ref.text, True, True, "orgrole", 0.7, (ref.start, ref.end))
        return Resolved(org, None, ref.text, True, False, "orgrole", 0.6, (ref.start, ref.end))

    def _titled_member(self, org: str, head: str) -> str | None:
        """The person the article introduces with the title ``head`` of ``org``, before the name ("Fatah
        leader Hadi X") or in apposition after it ("Hadi X, head of the Fatah alliance"); the leading
        titles (leader, chief, head, secretary-general, chairman) are one."""
        titles = _LEADING if head in _LEADING else (head,)
        title = "(?:" + "|".join(re.escape(t) for t in titles) + ")"
        for k, m in enumerate(self.mentions):
            info = self.gaz.info.get(m.actor_id)
            if info is None or not info.person:
                continue
            prev = self.mentions[k - 1] if k else None
            if prev is not None and prev.actor_id == org and re.fullmatch(r"\s+" + title + r"\s+", self.text[prev.end:m.start], re.I):
                return info.id
            after = re.compile(r",\s+(?:the\s+)?(?:[a-z-]+\s+)?" + title + r"\s+of\s+(?:the\s+)?", re.I).match(self.text, m.end)
            if after and k + 1 < len(self.mentions) and self.mentions[k + 1].start == after.end() \
                    and self.mentions[k + 1].actor_id == org:
                return info.id
        return None

    def _recent_mentions(self, pos: int, limit: int = 80) -> Iterable[MentionProposal]:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        n = 0
        while k >= 0 and n < limit:
            yield self.mentions[k]
            k -= 1
            n += 1

    def _recent_named(self, pos: int, limit: int = 80) -> list[MentionProposal]:
        """Registry mentions and resolved descriptions before ``pos``, most recent first."""
        return sorted([*self._recent_mentions(pos, limit), *(m for k, m in self.descriptive.items() if k[1] <= pos)],
                      key=lambda m: -m.start)

    def _recent_referents(self, pos: int, limit: int = 80) -> list[str]:
        """Actors referred to before ``pos`` (registry mentions and resolved descriptions), most recent first."""
        return [m.actor_id for m in self._recent_named(pos, limit)]

    def _resolve_possessive(self, si: int, ref: Ref, exact_only: bool = False) -> Resolved | None:
        """"his office": the owner (the nearest fitting actor) composed with the noun through the
        registry (an alias "<owner>’s office", or an actor whose parent is the owner)."""
        owner_word = ref.text.split()[0].lower()
        noun = ref.head or ""
        owner = ref.actor  # "Iraq’s military": the owner is named
        if owner is not None:
            owned = self._owned(ref, owner)
            if owned is not None or ref.person:
                return owned
        for r in reversed([r for r in self.refs(si) if owner is None and r.end <= ref.start
                           and r.kind in ("mention", "role", "possessive")]):
            if r.kind == "possessive":  # "Iraq's Prime Minister … his office": the person the role names
                res = self._resolve_possessive(si, r) if r.person and r.actor else None
                r = Ref(r.start, r.end, r.text, "mention", actor=res.actor, person=True) if res and res.actor else r
            if r.kind == "role":  # "The prime minister “…,” according to his office": the role's person (G2)
                res = self._resolve_role(r) if r.person else None
                r = Ref(r.start, r.end, r.text, "mention", actor=res.actor, person=True) if res and res.actor else r
            if r.kind == "mention" and (owner_word in ("his", "her")) == bool(r.person):
                owner = r.actor
                break
        if owner is None:
            want_person = owner_word in ("his", "her")
            for m in self._recent_mentions(ref.start, 40):
                info = self.gaz.info.get(m.actor_id)
                if info and info.person == want_person:
                    owner = info.id
                    break
        if owner is None:
            return None
        owner_info = self.gaz.info[owner]
        if ROLE_CANON.get(noun, noun) == "spokesman" and not owner_info.person:
            return self.spokesperson_of(owner, ref, "possessive")  # "the ministry … its spokesman" (Q8.3)
        for alias in owner_info.aliases:
            for apo in ("’s", "'s"):
                target = self.gaz.surface.get(f"{alias}{apo} {noun}")
                if target:
                    self._remember(ref, target, "possessive", 0.6)
                    return Resolved(target, None, ref.text, True, False, "possessive", 0.6, (ref.start, ref.end))
        parent = self.gaz.info.get(owner_info.parent or "") if owner_info.person else None
        if parent is not None and not parent.person and names_role(parent, [noun]):
            # "his ministry" after the ports minister: the body the person belongs to, named so
            self._remember(ref, parent.id, "possessive", 0.55)
            return Resolved(parent.id, None, ref.text, True, False, "possessive", 0.55, (ref.start, ref.end))
        if exact_only:
            return None
        children = [i for i in self.gaz.info.values() if i.parent == owner and noun in f"{i.name} {i.description}".lower()]
        if len(children) == 1:
            self._remember(ref, children[0].id, "possessive", 0.5)
            return Resolved(children[0].id, None, ref.text, True, children[0].person, "possessive", 0.5, (ref.start, ref.end))
        return None

    def _owned(self, ref: Ref, owner: str) -> Resolved | None:
        """"Iraq's president", "Iraq’s military": the one registered person of the owner's country (or
        under the owner) whose registry entry carries the role, or the one body under the owner named
        by the role's words."""
        info = self.gaz.info.get(owner)
        noun = ref.head or ""
        span = (ref.start, ref.end)
        if info is None:
            return None
        if ref.person:
            words = ROLE_SYNONYMS.get(noun, (noun,))
            holders = [i for i in self.gaz.info.values() if i.person and (i.parent == owner or info.kind == "state"
                       and i.country and i.country == info.country) and any(i.says(w) for w in words)
                       and not any(i.says("former " + w) for w in words)]
            holder = sole_holder(holders, words, (info.name, *info.aliases))
            if holder is None:
                return None
            if not any(m.actor_id == holder.id and _NAME_AFTER.fullmatch(self.text, ref.end, m.start) for m in self.mentions):
                self._remember(ref, holder.id, "possessive", 0.6)  # (before ", Name" it is a title: M3 note b)
            return Resolved(holder.id, None, ref.text, True, True, "possessive", 0.6, span)
        words = [w for w in re.findall(r"[a-z]+", ref.text[ref.text.find(" ") + 1:].lower())]
        body = body_under(owner, words, self.gaz, {i.id for i in self.gaz.unnamed}) if words else None
        if body is None and ref.head in STATE_BODIES and info.kind in STATE_KINDS:
            bodies = self._bodies_of(info.name, words)
            if not bodies:  # "Egypt’s foreign ministry", none registered: a new body, never another state's (M1)
                pid = self.propose(ref.text, ref.start, ref.end, "named", kind="government")
                return Resolved(None, pid, ref.text, True, False, "possessive", 0.55, span)
            body = bodies[0] if len(bodies) == 1 else None
        if body is None:
            return None
        self._remember(ref, body.id, "possessive", 0.6)
        return Resolved(body.id, None, ref.text, True, body.person, "possessive", 0.6, span)

    def _bodies_of(self, place: str, words: list[str]) -> list[ActorInfo]:
        """The registered bodies of the state named ``place`` (whose name, description or an alias says it, or
        of its country) that carry the role's ``words`` other than "of" and "the" ("Ministry of Foreign Affairs
        (Kuwait)" for "Kuwait’s foreign ministry")."""
        state = self.gaz.info.get(self.gaz.state_by_name.get(place, ""))
        words = [w for w in words if w not in ("of", "the")]
        return [i for i in self.gaz.info.values() if not i.person and i.kind not in STATE_KINDS
                and all(names_role(i, [w]) or i.says(w) for w in words)
                and (i.says(place) or any(place in a for a in i.aliases) or state is not None and state.country
                     and i.country == state.country)]

    def propose(self, name: str, start: int, end: int, evidence: str, kind: str | None = None) -> str:
        """Record a proposed new actor for a name the registry lacks; returns its proposed id."""
        key = name.strip()
        if key not in self.proposals:
            words = key.split()
            head = words[:words.index("of")] if "of" in words else words  # the head noun stands before "of"
            guess = kind or next((ORG_HEADS[w] for w in reversed(head) if w in ORG_HEADS), "person")
            pid = _slug(key)
            self.proposals[key] = ActorProposal(pid, key, guess, start, end, self.text[start:end], [], evidence)
        prop = self.proposals[key]
        if prop.kind != "person":
            start, end = past_owner(self.text, (start, end))
        if (start, end) not in prop.mentions:
            prop.mentions.append((start, end))
        return prop.id
