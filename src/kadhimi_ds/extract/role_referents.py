"""Definite roles ("the premier", "the army", "the group", "the office of X"): the actor the role
names in the article and the registry; split from :mod:`.referents`. An outlet's noun ("the channel"),
a body's spokesperson and a statement are resolved by :mod:`.outlet_referents`,
:mod:`.spokesperson_referents` and :mod:`.statement_referents`."""
from __future__ import annotations

import bisect
import re

from .draft import MentionProposal
from .gazetteer import ActorInfo
from .capitals import COUNTRIES, STATE_KINDS
from .outlet_referents import NEWSPAPER_WORDS, OUTLET_NOUNS
from .roles import home_actor, home_person, names_role, body_under
from .statement_referents import OWNED_WORDS
from .story_country import country_pattern, named_before, placed
from .referring import NAMED_OWNER, PERSON_ROLES, PORTFOLIOS, ROLE_SYNONYMS, Ref, Resolved

_PLURAL_GROUP = re.compile(r"\b(?:factions|militias|groups|parties|movements|paramilitaries)\Z")
"""A description in lower case that names several groups at once: no antecedent of a singular "the group"."""

OF_TITLES = re.compile(r"\s+of\s+(?:(?:[A-Z][\w’'.-]*|al-\w+)\s+){0,6}")
"""After "the office", "of" and the titles before a name ("of His Eminence Grand Ayatollah ")."""
STATE_BODIES = frozenset("ministry council office department embassy mission".split())
"""Role nouns of a state's body: "Egypt’s foreign ministry" is a body of Egypt's, not Egypt."""
_LED_BY = re.compile(r"\s+(?:led|headed|founded|run)\s+by\s+(?:[\w’'-]+\s+){0,3}?")
"""Between a body's role and the person who leads it, titles taken in ("led by Shia cleric ")."""
_COMPOUND_TITLE = re.compile(r"\b(?:prime|vice|deputy)\s+$", re.I)
_SERVED_TITLE = re.compile(r"\b(?:spokes(?:man|woman|person)|advis[eo]r|aide|assistant|envoy)\s+(?:of|to|for)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.’'-]*\s+){0,2}$", re.I)
"""Before a role word, another title that serves its holder ("Spokesman of the UN Secretary-General")."""


def _compound_only(info: ActorInfo, word: str, said: str) -> bool:
    """The role word stands in the registry's name and description only inside another title ("minister"
    in "Prime minister of X", "president" in "vice president", "Secretary-General" in "Spokesman of the
    Secretary-General"), which the reference does not say: "the minister" is not the prime minister."""
    hay = f"{info.name} {info.description}"
    hits = [m.start() for m in re.finditer(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", hay, re.I)]
    return bool(hits) and all(_COMPOUND_TITLE.search(hay[:h]) or _SERVED_TITLE.search(hay[:h]) for h in hits) and not _COMPOUND_TITLE.search(
        said[:len(said) - len(word)] if said.lower().endswith(word) else "")



_STATE_ADJECTIVE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+([A-Z][a-z]{3,})\s+(?:[a-z]+\s+){0,2}?[a-z]+\Z")
"""A capitalised word, a state's adjective or name, right after the determiner of a body's role ("The Saudi foreign
ministry", "the Iranian embassy")."""
_SHARED_CALLINGS = frozenset({"cleric", "leader", "commander", "general", "official"})
"""Person roles many hold at once: "the cleric" is the registry's cleric only when the article names him, else the
person it named last (M3); offices held by one person at a time ("the president") still go to their holder."""

_CALLING_TITLES = {
    "cleric": re.compile(r"(?<![\w-])(?:Sayy?[ie]d|Sayed|Seyed|Syed|Sheikh|Shaikh|Ayatollah|Imam|Hojatoleslam|Mullah)\s+\Z"),
    "general": re.compile(r"(?<![\w-])(?:Gen\.|General)\s+\Z"),
}
"""Titles before a name that say a person's calling: "the cleric" after "Sayyid Ammar al-Hakim", "the general" after
"Lt. Gen. X"."""


def _formerly(info: ActorInfo, words: tuple[str, ...]) -> bool:
    """The actor's name or description says it held the role before ("former minister", "a former transport
    minister")."""
    role = "(?:" + "|".join(map(re.escape, words)) + ")"
    return re.search(r"(?<![a-z])(?:former\s+(?:[a-z]+\s+){0,2}|formerly\s+)" + role + r"(?![a-z])",
                     f"{info.name} {info.description}".lower()) is not None


def _fits_tense(info: ActorInfo, words: tuple[str, ...], former: bool) -> bool:
    """"the minister" is no former holder of the role; "the former premier" is a former holder, or one the
    registry does not give the role, never its sitting holder."""
    return _formerly(info, words) or not any(info.says(w) for w in words) if former else not _formerly(info, words)


_RANKS = r"(?:Mr|Mrs|Ms|Dr|Sheikh|Sayyed|Lt|Gen|Maj|Col|Brig|Capt|General|Colonel|Major|Brigadier|Lieutenant)\.?"
"""Honorifics and ranks between a title and the name it titles ("Deputy Interior Minister Lt. Gen. X")."""


class RoleReferents:
    """The role half of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the state of
    :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_role(self, ref: Ref) -> Resolved | None:
        """A definite role ("the premier", "The Iraqi PM", "The channel", "the statement"): the most
        recently mentioned actor whose registry name or description carries the role; for a body's role
        ("the army"), an actor whose name or alias carries it comes first, recent or else the one of the
        article's own country (:func:`.roles.home_actor`); for a person's role, else the most recently
        mentioned person, else (a headline) the first person mentioned later whose description carries
        the role."""
        head = ref.head or ""
        span = (ref.start, ref.end)
        if head in OWNED_WORDS:
            return self._resolve_statement(ref)
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
                _fits_tense(info, words, former))

        def found(info: ActorInfo, conf: float) -> Resolved:
            self._remember(ref, info.id, "role", conf)
            return Resolved(info.id, None, ref.text, True, info.person, "role", conf, span)

        if not person_role and (led := self._led_by(ref)) is not None and carries(led[0]):
            whole = Ref(ref.start, led[1], self.text[ref.start:led[1]], ref.kind)
            self._remember(whole, led[0].id, "role", 0.6)  # the description takes in its leader (M3)
            return Resolved(led[0].id, None, whole.text, True, False, "role", 0.6, (whole.start, whole.end))
        if head == "office" and (person := self._named_after_of(ref)) is not None:
            return self.office_of(ref.start, person.actor_id, person.end)
        if person_role and (titled := self._titled_before(ref, words, former)) is not None:
            return titled
        if person_role and (spokesperson := self.unnamed_spokesperson(ref)) is not None:
            return spokesperson
        if head == "spokesman" and (body := self._spokesperson_body(ref)) is not None:
            return body
        recent = self._recent_referents(ref.start)
        if head in OUTLET_NOUNS and ref.text.split()[0].lower() in ("the", "this", "that"):
            outlet = self._outlet_in_paragraph((head,), ref.start) or self._introduced_as(head, ref.start)
            if outlet is not None:
                return found(outlet, 0.6)
        if head == "newspaper":  # "the paper": the newspaper last named in the paragraph
            outlet = self._outlet_in_paragraph(NEWSPAPER_WORDS, ref.start) if ref.text.split()[0].lower() in (
                "the", "this", "that") else None
            return found(outlet, 0.6) if outlet is not None else None
        if head == "group":  # "the group": the armed group, party or movement last named, as one group
            info = next((self.gaz.info[a] for a in self._singly_named(ref.start) if a in self.gaz.info and a not in unnamed
                         and self.gaz.info[a].kind in ("armed_group", "party")), None)
            return found(info, 0.55) if info else None
        if not person_role and head in STATE_BODIES and (new := self._body_of_new_owner(ref) or self._body_of_adjective(ref, words, portfolio)):
            return new
        if not person_role:
            state = self._opening_state(ref)
            body = body_under(state, [w for w in re.findall(r"[a-z]+", ref.text.lower()) if w not in ("the", "its")],
                              self.gaz, unnamed) if state else None
            if body is not None:  # "In Tehran, the Foreign Ministry urged …": the ministry of that state, before
                return found(body, 0.55)  # a ministry of another state named earlier
            if state and portfolio:  # "In Manama, the foreign ministry …": that state's, registered or new
                own = self._bodies_of(self.gaz.info[state].name, re.findall(r"[a-z]+", ref.text.lower().removeprefix("the ")))
                if len(own) == 1:
                    return found(own[0], 0.55)
                if not own:
                    name = re.sub(r"^(?:[Tt]he|[Ii]ts)\s+", "", ref.text)  # "Ministry of Health", "foreign ministry (Oman)"
                    name += "" if " of " in name else f" ({self.gaz.info[state].name})"
                    pid = self.propose(name, ref.start, ref.end, "named", kind="government")
                    return Resolved(None, pid, ref.text, True, False, "role", 0.5, span)
            # "the army": an actor named so (name or alias) before one only described so, of the same portfolio
            def of_portfolio(info: ActorInfo) -> bool:  # "the foreign ministry" is no health ministry
                return all(info.says(w) or names_role(info, [w]) for w in portfolio)
            bodies = [i for i in self.gaz.info.values() if i.id not in unnamed and not i.person
                      and i.kind not in STATE_KINDS and names_role(i, words) and of_portfolio(i)] if portfolio else []
            sent = self.sentences[self.sentence_of(ref.start)]
            if len(bodies) > 1 and (body := named_before(self.text, bodies, self.gaz, sent.start, ref.start,
                                                                self.in_quote)) is not None:
                return found(body, 0.55)  # "Saudi Arabia …, citing the Ministry of Foreign Affairs": Saudi Arabia's
            if (near := self._described_nearby(ref, words, unnamed)) is not None and of_portfolio(near):
                return found(near, 0.55)
            named = [info for aid in recent if (info := self.gaz.info.get(aid)) and aid not in unnamed
                     and names_role(info, words) and of_portfolio(info)]
            said = self._named_in_words(ref.start, named, words) if named else None
            if said is None and (unlisted := self._unlisted_body_before(ref, words)) is not None:
                return unlisted  # "told the Security Council … the council condemned": that council, not "parliament"
            if named:
                return found(said or named[0], 0.6)
            if len(bodies) > 1 and (body := placed(self.text, bodies, self.gaz, (self.paragraphs[sent.para][0], ref.start),
                                                    self.paragraphs, self.in_quote)) is not None:
                return found(body, 0.5)  # the country of the paragraph, else of the dateline
            home = home_actor([i for i in self.gaz.info.values() if i.id not in unnamed and names_role(i, words, False)],
                              head, self.gaz, self.mentions)
            if home is not None and of_portfolio(home):
                return found(home, 0.5)
        for aid in recent:
            info = self.gaz.info.get(aid)
            if carries(info):
                return found(info, 0.6 if person_role else 0.5)
        if person_role and ref.text.split()[0].lower() == "the" and (titled := self._titled_as(ref.start, head)) is not None:
            return found(titled, 0.5)
        if person_role:
            holders = [i for i in self.gaz.info.values() if i.person and carries(i)]
            holder = home_person(holders, words, self.gaz, self.mentions) if holders else None
            if holder is not None and head in _SHARED_CALLINGS and holder.id not in {m.actor_id for m in self.mentions}:
                holder = None  # "Ammar al-Hakim said …. “…,” said the cleric": a cleric named here, not one never named
            if holder is not None:  # "The President of the Republic said": the article's country's president,
                return found(holder, 0.45)  # not the person named last
            for aid in recent[:40]:
                info = self.gaz.info.get(aid)
                if info and info.person and not (portfolio and any(info.says(w) for w in words)) \
                        and _fits_tense(info, words, former):
                    return found(info, 0.45)  # (never a minister of another portfolio)
            k = bisect.bisect_left(self.mention_starts, ref.end)
            for m in self.mentions[k:k + 40]:
                info = self.gaz.info.get(m.actor_id)
                if carries(info):
                    return found(info, 0.45)
        return None

    def _titled_as(self, pos: int, head: str) -> ActorInfo | None:
        """"…," the cleric went on': the person the article last named, outside quotations, with a title of that
        calling ("Sayyid Ammar al-Hakim", "Lt. Gen. X"), before the person named last (M3)."""
        title = _CALLING_TITLES.get(head)
        if title is None:
            return None
        for m in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, pos)]):
            info = self.gaz.info.get(m.actor_id)
            if info and info.person and not self.in_quote(m.start) and title.search(self.text, max(0, m.start - 20), m.start):
                return info
        return None

    def _titled_before(self, ref: Ref, words: tuple[str, ...], former: bool) -> Resolved | None:
        """"Region Prime Minister X denounced it. “…,” the Prime Minister wrote", "X, a former transport
        minister, was scornful. “…,” the former minister said": a definite person's role refers back to the
        person the article has just given that title, in its sentence or the one before, outside quotations,
        before any registered holder of the title (M3); with two people so titled, the later one. A role with
        words before its noun ("the deputy minister", "the foreign ministry spokesman") goes further back, to the
        person last given a title with those words ("Deputy Interior Minister Lt. Gen. X")."""
        si = self.sentence_of(ref.start)
        titles = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        before = re.compile(r"(?<![\w-])(?:" + titles + r")\s+(?:" + _RANKS + r"\s+)*\Z", re.I)
        after = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:" + titles + r")(?![\w-])", re.I)
        last = self._titled_in(range(max(0, si - 1), si + 1), ref, before, after, former, ())
        modifiers = tuple(w for w in re.findall(r"[a-z]+", ref.text.lower().rsplit(" ", 1)[0])
                          if w not in ("the", "former") and w not in words)
        if last is None and modifiers:
            for k in range(si - 2, -1, -1):
                if (last := self._titled_in((k,), ref, before, after, former, modifiers)) is not None:
                    break
        if last is not None and last.actor:
            self._remember(ref, last.actor, "role", 0.6)
        return last

    def _titled_in(self, sentences, ref: Ref, before: re.Pattern, after: re.Pattern, former: bool,
                   modifiers: tuple[str, ...]) -> Resolved | None:
        """The person last given the title (``before`` a name or ``after`` it, with ``modifiers`` in its words) in
        ``sentences``, outside quotations and before ``ref``."""
        last: Resolved | None = None
        for k in sentences:
            for r in self.refs(k):
                if r.end > ref.start or r.kind not in ("mention", "name") or not r.person or self.in_quote(r.start):
                    continue
                pre = self.text[max(0, r.start - 60):r.start]
                title = before.search(pre)
                post = after.match(self.text, r.end, ref.start)
                said = pre[title.start():] if title else post.group() if post else None
                if said is None or _COMPOUND_TITLE.search(pre[:title.start()] if title else said[:-len(said.split()[-1])]) \
                        or former != ("former" in said.lower() or "former" in pre[-20:].lower()):
                    continue
                if modifiers and not all(w in (pre[-60:] if title else said).lower() for w in modifiers):
                    continue
                res = self.resolve(k, r)
                if res is not None and res.known and res.person:
                    last = Resolved(res.actor, res.new, ref.text, True, True, "role", 0.6, (ref.start, ref.end))
        return last

    def _body_of_new_owner(self, ref: Ref) -> Resolved | None:
        """"Qatar’s foreign ministry", its owner no registered actor: a new body of that owner's (proposed
        by its words), never a body of another state the article named (M1)."""
        owner = NAMED_OWNER.match(ref.text)
        if owner is None:
            return None
        a, b = ref.start + owner.start("owner"), ref.start + owner.end("owner")
        if any(m.start < b and a < m.end for m in self.mentions):
            return None
        pid = self.propose(self.text[a:ref.end], a, ref.end, "named", kind="government")
        return Resolved(None, pid, ref.text, True, False, "role", 0.55, (ref.start, ref.end))

    def _body_of_adjective(self, ref: Ref, words: tuple[str, ...], portfolio: list[str]) -> Resolved | None:
        """"The Saudi foreign ministry", "the Iranian embassy": the one registered body of the state the adjective
        names that carries the role (by its country), else a new body of its words; never another state's (M1)."""
        adj = _STATE_ADJECTIVE.match(ref.text)
        if adj is None:
            return None
        word = adj.group(1)
        if not any(c.startswith(word[:4]) for c in COUNTRIES) and not any(
                i.kind in STATE_KINDS and (p := country_pattern(i, self.gaz)) and p.fullmatch(word) for i in self.gaz.info.values()):
            return None  # "the Federal ministry", "the Sadrist office": no state's adjective
        bodies = [i for i in self.gaz.info.values() if not i.person and i.kind not in STATE_KINDS
                  and names_role(i, words) and all(i.says(w) or names_role(i, [w]) for w in portfolio)
                  and (p := country_pattern(i, self.gaz)) is not None and p.fullmatch(word)]
        if len(bodies) == 1:
            self._remember(ref, bodies[0].id, "role", 0.6)
            return Resolved(bodies[0].id, None, ref.text, True, False, "role", 0.6, (ref.start, ref.end))
        if bodies:
            return None
        a = ref.start + adj.start(1)
        pid = self.propose(self.text[a:ref.end], a, ref.end, "named", kind="government")
        return Resolved(None, pid, ref.text, True, False, "role", 0.55, (ref.start, ref.end))

    def _described_nearby(self, ref: Ref, words: tuple[str, ...], unnamed: set[str]) -> ActorInfo | None:
        """"In Berlin, the Federal Foreign Office condemned it. “…,” a ministry spokesperson said": the body
        named in this sentence or the one before it in the paragraph, most recent first, that the registry
        describes by the role's words (G2), before a body named so further back."""
        si = self.sentence_of(ref.start)
        sent = self.sentences[si]
        lo = self.sentences[si - 1].start if si and self.sentences[si - 1].para == sent.para else sent.start
        for m in self._recent_mentions(ref.start, 20):
            if m.start < lo:
                break
            info = self.gaz.info.get(m.actor_id)
            if info is not None and not info.person and info.kind not in STATE_KINDS and info.id not in unnamed \
                    and all(info.says(w) for w in words):
                return info
        return None

    def _named_after_of(self, ref: Ref) -> MentionProposal | None:
        """The registered person named after the role, "of" and titles ("the office of His Eminence X")."""
        k = bisect.bisect_right(self.mention_starts, ref.end)
        for m in self.mentions[k:k + 8]:
            if (info := self.gaz.info.get(m.actor_id)) is not None and info.person and OF_TITLES.fullmatch(self.text, ref.end, m.start):
                return m
        return None

    def _led_by(self, ref: Ref) -> tuple[ActorInfo, int] | None:
        """The body a registered person named after the role leads ("the bloc led by Shia cleric X"), and where
        the name ends: the body the registry places X under, before any body named earlier that the role fits."""
        k = bisect.bisect_right(self.mention_starts, ref.end)
        for m in self.mentions[k:k + 4]:
            info = self.gaz.info.get(m.actor_id)
            if info is not None and info.person and _LED_BY.fullmatch(self.text, ref.end, m.start):
                parent = self.gaz.info.get(info.parent or "")
                return (parent, m.end) if parent is not None and not parent.person else None
        return None

    def office_of(self, start: int, person: str, end: int) -> Resolved | None:
        """"The office of Grand Ayatollah X" (text[start:end], X the registered ``person``): the one registered
        office under X (M7, as "his office"), one mention; None when the registry places no one office under X."""
        offices = [i for i in self.gaz.info.values() if i.parent == person and not i.person and names_role(i, ["office"])]
        if len(offices) != 1:
            return None
        self._remember(Ref(start, end, self.text[start:end], "role"), offices[0].id, "possessive", 0.6)
        return Resolved(offices[0].id, None, self.text[start:end], True, False, "possessive", 0.6, (start, end))

    def _singly_named(self, pos: int) -> list[str]:
        """Actors referred to before ``pos``, most recent first, leaving out those named there by a plural
        description ("X, the most powerful of the armed factions, …": "the group" after it is X)."""
        items = [(m.start, m.actor_id, m.text) for m in self._recent_mentions(pos)]
        items += [(k[0], v.actor_id, v.text) for k, v in self.descriptive.items() if k[1] <= pos]
        return [aid for _, aid, said in sorted(items, key=lambda x: -x[0]) if not _PLURAL_GROUP.search(said)]

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

    def _unlisted_body_before(self, ref: Ref, words: tuple[str, ...]) -> Resolved | None:
        """The last body named before ``ref`` in the article by a capitalised name ending in the role's noun that is
        no registry name ("the Security Council" with no such entry): "the council" goes back to it, a new actor."""
        said = "|".join(re.escape(w.capitalize()) for w in words if w.isalpha())
        if not said:
            return None
        pattern = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+){1,4}(?:" + said + r")(?![\w’'-])")
        names = [m for m in pattern.finditer(self.text, 0, ref.start)
                 if not self.in_quote(m.start()) and not re.match(r"(?:The|A|An|This|That|Its|His|Her)\s", m.group())]
        if not names:
            return None
        last = names[-1]
        k = bisect.bisect_left(self.mention_starts, last.start())
        if any(m.start < last.end() and m.end > last.start() for m in self.mentions[max(0, k - 2):k + 3]):
            return None  # a registered body, or a name composed of one
        pid = self.propose(last.group(), last.start(), last.end(), "named")
        return Resolved(None, pid, ref.text, True, False, "role", 0.5, (ref.start, ref.end))

    def _named_in_words(self, pos: int, named: list[ActorInfo], words: tuple[str, ...]) -> ActorInfo | None:
        """Of the actors ``named`` whose names carry the role, the one last mentioned before ``pos`` in words
        that say it ("the Security Council", not "parliament" for a "Council of Representatives"): "the
        council" goes back to the body the article called a council."""
        ids = {info.id: info for info in named}
        said = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")
        return next((ids[m.actor_id] for m in self._recent_named(pos)  # (with a body composed of its owner's name)
                     if m.actor_id in ids and said.search(m.text.lower())), None)
