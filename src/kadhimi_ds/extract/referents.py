"""What a referring expression points to: a registered actor (through the registry's names,
roles, parents and descriptions), the last speaker, or a proposed new actor."""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from .gazetteer import ActorInfo
from .capitals import STATE_KINDS
from .draft import ActorProposal, MentionProposal
from .pronouns import Pronouns
from .roles import home_actor, names_role, body_under
from .referring import ORG_HEADS, PERSON_ROLES, PORTFOLIOS, ROLE_CANON, ROLE_SYNONYMS, Ref, Resolved, _slug, is_nickname


_PARTITIVE_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Ee]ach|[Aa]nother) of\s+\Z")
_OF_PLACE = re.compile(r" of (?:the )?(?:[a-z]+ ){0,2}(?:(?:al|el)-)?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
                       r"(?: (?:district|quarter|neighbourhood|neighborhood|area|city|town|village|province))?(?![\w-])")
"""The place a resident lives in, after the head noun ("of the nearby Karrada district")."""
OUTLET_NOUNS = frozenset("channel account page website".split())
"""Nouns with which an article introduces an outlet, and later refers back to it ("the account wrote")."""
_NOUN_BEFORE = re.compile(r"\b(channel|account|page|website)\s+(?:called\s+|named\s+)?\Z", re.I)
_NOUN_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(channel|account|page|website)\b")


_SECURITY_WORDS = frozenset("security police military intelligence army".split())


def _qualified(name: str, head: str, mods: list[str]) -> bool:
    """M8: "source(s)" is the registry's unnamed security-source actor only when qualified by security,
    police or military ("a police source", "intelligence sources"), never "a source", "sources close
    to X" or "a medical source". Other heads (officials, residents, diplomats) need no qualifier."""
    if head != "source":
        return True
    quals = [w for w in re.findall(r"[a-z]+", name) if w in _SECURITY_WORDS]
    return not quals or bool({w.lower() for w in mods} & _SECURITY_WORDS)


_COMPOUND_TITLE = re.compile(r"\b(?:prime|vice|deputy)\s+$", re.I)


def _compound_only(info: ActorInfo, word: str, said: str) -> bool:
    """The role word stands in the registry's name and description only inside another title ("minister"
    in "Prime minister of X", "president" in "vice president"), which the reference does not say: "the
    minister" is not the prime minister."""
    hay = f"{info.name} {info.description}"
    hits = [m.start() for m in re.finditer(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", hay, re.I)]
    return bool(hits) and all(_COMPOUND_TITLE.search(hay[:h]) for h in hits) and not _COMPOUND_TITLE.search(
        said[:len(said) - len(word)] if said.lower().endswith(word) else "")


class Referents(Pronouns):
    """The resolving half of :class:`kadhimi_ds.extract.references.ArticleReferences` (its state:
    sentences, references, mentions, descriptive mentions and proposals)."""

    def resolve(self, si: int, ref: Ref) -> Resolved | None:
        """Who the reference ``ref`` of sentence ``si`` points to (None when it cannot be told)."""
        kind = ref.kind
        span = (ref.start, ref.end)
        if kind == "mention":
            info = self.gaz.info.get(ref.actor or "")
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
            pid = self.propose(ref.text, ref.start, ref.end, "speaker" if not ref.possessive else "named")
            return Resolved(None, pid, ref.text, True, ref.person, "name", 0.7, span)
        if kind == "generic":
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, span)
        if kind == "pronoun":
            return self._resolve_pronoun(si, ref)
        if kind == "ordinal":
            return self._resolve_ordinal(si, ref)
        if kind == "age":
            return self._resolve_age(ref)
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

    def _remember(self, ref: Ref, actor: str | None, method: str, score: float) -> None:
        if actor:
            self.descriptive[(ref.start, ref.end)] = MentionProposal(ref.start, ref.end, ref.text, actor, method, score)

    def _resolve_org_role(self, ref: Ref) -> Resolved:
        """"an interior ministry spokesman": the registered person whose parent is the organisation and
        whose description carries the role, else the organisation itself."""
        org = ref.org or ""
        if re.match(r"(?i)an?\s", ref.text):  # "a ministry spokesman": the institution, never a registered person (G1, Q8.3)
            return Resolved(org, None, ref.text, True, False, "orgrole", 0.6, (ref.start, ref.end))
        head = ROLE_CANON.get(ref.head or "", ref.head or "")
        words = ROLE_SYNONYMS.get(head, (head,))
        people = [i for i in self.gaz.info.values() if i.parent == org and i.person and any(i.says(w) for w in words)]
        if len(people) == 1:
            self._remember(ref, people[0].id, "role", 0.7)
            return Resolved(people[0].id, None, ref.text, True, True, "orgrole", 0.7, (ref.start, ref.end))
        return Resolved(org, None, ref.text, True, False, "orgrole", 0.6, (ref.start, ref.end))

    def _resolve_anon(self, ref: Ref) -> Resolved:
        """"Security sources", "two Iraqi officials": the registry's unnamed-source actor that fits the
        head noun and modifiers, else a proposed new unnamed-source actor."""
        words = re.findall(r"[A-Za-z]+", ref.text)
        part = _PARTITIVE_BEFORE.search(self.text, max(0, ref.start - 20), ref.start)
        mref = Ref(part.start(), ref.end, self.text[part.start():ref.end], ref.kind) if part else ref  # "One of the sources"
        head = words[-1].lower().rstrip("s")
        if words[0].lower() in ("the", "these", "those"):  # "the official": the unnamed source named before
            names = [w for w in words[1:-1] if w[0].isupper()]  # "the US official" goes back to a US one only
            for (a, b), m in sorted(self.descriptive.items(), reverse=True):
                if b <= ref.start and m.method == "anonymous" and re.search(r"\b" + head + r"s?\b", m.text.lower()) \
                        and all(re.search(r"\b" + re.escape(w) + r"\b", m.text) for w in names):
                    self._remember(mref, m.actor_id, "anonymous", 0.75)
                    return Resolved(m.actor_id, None, ref.text, True, None, "anonymous", 0.75, (ref.start, ref.end))
        mods = [w for w in words[:-1] if w.lower() not in ("the", "these", "those", "a", "an", "one", "two", "three", "four", "five", "several", "some", "other", "many")]
        best, best_score = None, -1
        for info in self.gaz.unnamed:
            low = info.name.lower()
            if head not in low:
                continue
            told = f"{low} {info.description.lower()}"  # "one Western diplomat": "Foreign (mostly Western) diplomats"
            if any(w[0].isupper() and w.lower() not in told for w in mods) or not _qualified(low, head, mods):
                continue
            score = sum(1 for w in mods if w.lower() in low)
            if score > best_score:
                best, best_score = info, score
        if best is not None:
            place = _OF_PLACE.match(self.text, ref.end) if head == "resident" else None
            # "a resident of the nearby Karrada district": the place belongs to the description
            self._remember(Ref(mref.start, place.end(), self.text[mref.start:place.end()], ref.kind) if place else mref,
                           best.id, "anonymous", 0.8)
            return Resolved(best.id, None, ref.text, True, None, "anonymous", 0.8, (ref.start, ref.end))
        if head == "resident":  # residents are a registered group only when the registry has one (M8)
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, (ref.start, ref.end))
        label = "unnamed " + " ".join(w.lower() for w in mods if w[0].isupper() or w.lower() in ("security", "government", "military", "police")) + " " + head + "s"
        pid = self.propose(re.sub(r"\s+", " ", label).strip().capitalize(), ref.start, ref.end, "unnamed source", kind="other")
        return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))

    def _recent_mentions(self, pos: int, limit: int = 80) -> Iterable[MentionProposal]:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        n = 0
        while k >= 0 and n < limit:
            yield self.mentions[k]
            k -= 1
            n += 1

    def _recent_referents(self, pos: int, limit: int = 80) -> list[str]:
        """Actors referred to before ``pos`` (registry mentions and resolved descriptions), most recent first."""
        items = [(m.start, m.actor_id) for m in self._recent_mentions(pos, limit)]
        items += [(k[0], v.actor_id) for k, v in self.descriptive.items() if k[1] <= pos]
        return [aid for _, aid in sorted(items, key=lambda x: -x[0])]

    def _resolve_role(self, ref: Ref) -> Resolved | None:
        """A definite role ("the premier", "The Iraqi PM", "The channel", "the statement"): the most
        recently mentioned actor whose registry name or description carries the role; for a body's role
        ("the army"), an actor whose name or alias carries it comes first, recent or else the one of the
        article's own country (:func:`.roles.home_actor`); for a person's role, else the most recently
        mentioned person, else (a headline) the first person mentioned later whose description carries
        the role."""
        head = ref.head or ""
        span = (ref.start, ref.end)
        if head == "statement":
            if self.last_statement and self.last_statement.known:
                r = self.last_statement
                return Resolved(r.actor, r.new, ref.text, False, r.person, "statement", 0.6, span)
            para = self.sentences[self.sentence_of(ref.start)].para
            for r in reversed(self.speakers[-4:]):  # "…, his office said. “…,” the statement said": the office's
                if r.known and r.person is False and r.method not in ("generic", "pronoun", "statement") and r.span \
                        and self.sentences[self.sentence_of(r.span[0])].para == para:
                    return Resolved(r.actor, r.new, ref.text, False, r.person, "statement", 0.55, span)
            return None
        words = ROLE_SYNONYMS.get(head, (head,))
        former = "former" in ref.text.lower()
        person_role = head in PERSON_ROLES

        unnamed = {i.id for i in self.gaz.unnamed}

        portfolio = [w for w in re.findall(r"[a-z]+", ref.text.lower()) if w in PORTFOLIOS]

        def carries(info: ActorInfo | None) -> bool:  # an unnamed-source actor is never "the government"
            if info and portfolio and not all(info.says(w) for w in portfolio):
                return False  # "the finance minister" is no minister of another portfolio
            return bool(info) and info.id not in unnamed and (info.person or not person_role) and any(
                info.says(w) and not _compound_only(info, w, ref.text) for w in words) and (
                former or not any(info.says("former " + w) for w in words))

        def found(info: ActorInfo, conf: float) -> Resolved:
            self._remember(ref, info.id, "role", conf)
            return Resolved(info.id, None, ref.text, True, info.person, "role", conf, span)

        if person_role and (spokesperson := self.unnamed_spokesperson(ref)) is not None:
            return spokesperson
        recent = self._recent_referents(ref.start)
        if head in OUTLET_NOUNS and ref.text.split()[0].lower() in ("the", "this", "that"):
            outlet = self._outlet_in_paragraph(head, ref.start) or self._introduced_as(head, ref.start)
            if outlet is not None:
                return found(outlet, 0.6)
        if head == "group":  # "the group": the armed group, party or movement last named
            info = next((self.gaz.info[a] for a in recent if a in self.gaz.info and a not in unnamed
                         and self.gaz.info[a].kind in ("armed_group", "party")), None)
            return found(info, 0.55) if info else None
        if not person_role:  # "the army": an actor named so (name or alias) before one only described so
            named = [info for aid in recent if (info := self.gaz.info.get(aid)) and aid not in unnamed and names_role(info, words)]
            if named:
                return found(named[0], 0.6)
            state = self._opening_state(ref)
            body = body_under(state, [w for w in re.findall(r"[a-z]+", ref.text.lower()) if w not in ("the", "its")],
                              self.gaz, unnamed) if state else None
            if body is not None:  # "In Tehran, the Foreign Ministry urged …": the ministry of that state
                return found(body, 0.55)
            home = home_actor([i for i in self.gaz.info.values() if i.id not in unnamed and names_role(i, words, False)],
                              head, self.gaz, self.mentions)
            if home is not None:
                return found(home, 0.5)
        for aid in recent:
            info = self.gaz.info.get(aid)
            if carries(info):
                return found(info, 0.6 if person_role else 0.5)
        if person_role:
            for aid in recent[:40]:
                info = self.gaz.info.get(aid)
                if info and info.person and not (portfolio and any(info.says(w) for w in words)):
                    return found(info, 0.45)  # (never a minister of another portfolio)
            k = bisect.bisect_left(self.mention_starts, ref.end)
            for m in self.mentions[k:k + 40]:
                info = self.gaz.info.get(m.actor_id)
                if carries(info):
                    return found(info, 0.45)
        return None

    def _opening_state(self, ref: Ref) -> str | None:
        """The state named in the adverbial that opens the role's sentence, before its first comma ("In
        Tehran, the Foreign Ministry …", "In Ankara, the ministry …"): the place the writer sets the
        clause in, whose body the bare role names."""
        sent = self.sentences[self.sentence_of(ref.start)]
        comma = self.text.find(",", sent.start, ref.start)
        opener = re.match(r"\s*(?:In|From|Inside|Over in|Meanwhile in)\s", self.text[sent.start:comma]) if comma > 0 else None
        if opener is None or self.text[comma + 1:ref.start].strip():
            return None
        states = [m.actor_id for m in self.mentions if sent.start <= m.start and m.end <= comma
                  and (info := self.gaz.info.get(m.actor_id)) is not None and info.kind in STATE_KINDS]
        return states[-1] if len(set(states)) == 1 else None

    def _outlet_in_paragraph(self, noun: str, pos: int) -> ActorInfo | None:
        """The latest outlet named earlier in the paragraph of ``pos`` that the registry describes with
        ``noun`` ("Al-Ahd TV, owned by …, aired … The channel said"): the nearer antecedent (G2)."""
        para = self.sentences[self.sentence_of(pos)].para
        a = self.paragraphs[para][0] if para < len(self.paragraphs) else pos
        for m in self._recent_mentions(pos, 40):
            info = self.gaz.info.get(m.actor_id)
            if m.start < a:
                return None
            if info is not None and info.kind == "media" and info.says(noun):
                return info
        return None

    def _introduced_as(self, noun: str, pos: int) -> ActorInfo | None:
        """The outlet that the article introduced with ``noun`` before ``pos`` ("the Telegram channel
        Sabreen News", "Tigris Pulse, a Facebook page"): "the channel", "the page" is that outlet (G2)."""
        for m in self._recent_mentions(pos, 40):
            info = self.gaz.info.get(m.actor_id)
            if info is None or info.kind != "media":
                continue
            intro = _NOUN_BEFORE.search(self.text, max(0, m.start - 40), m.start) or _NOUN_AFTER.match(self.text, m.end)
            if intro and intro.group(1).lower() == noun:
                return info
        return None

    def _resolve_possessive(self, si: int, ref: Ref, exact_only: bool = False) -> Resolved | None:
        """"his office": the owner (the nearest fitting actor) composed with the noun through the
        registry (an alias "<owner>’s office", or an actor whose parent is the owner)."""
        owner_word = ref.text.split()[0].lower()
        noun = ref.head or ""
        owner = None
        for r in reversed([r for r in self.refs(si) if r.end <= ref.start and r.kind == "mention"]):
            if (owner_word in ("his", "her")) == bool(r.person):
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
        if (start, end) not in prop.mentions:
            prop.mentions.append((start, end))
        return prop.id
