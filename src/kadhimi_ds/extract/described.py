"""Persons described by a noun once named ("Dr. X was on the night shift. The doctor said …", "the
neighbour", "the guard’s cousin"): the one person named in the paragraph or the one before whose title,
registry description or introduction in the article says the noun, else the person the same noun pointed
to earlier in the article, else an unregistered name the noun was in apposition to, proposed (G2, Q9 a);
split from :mod:`.referents`."""
from __future__ import annotations

import bisect
import re

from .draft import MentionProposal
from .referring import DESCRIBED, PERSON_NOUNS, SYMMETRIC_NOUNS, Ref, Resolved
from .described_actors import head_of
from .unnamed_people import identifying_end

_DESCRIPTION_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+\Z")
"""A definite description right before a cue ("“…,” the political scientist said"), no more than three words."""
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]{1,6})\.?\s+\Z")
"""A title right before a name ("Dr. "): its word counts as a description of the person ("dr")."""


class DescribedPersons:
    """The described-person half of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the
    state of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_described(self, si: int, ref: Ref) -> Resolved | None:
        """Who "the doctor", "the neighbour" or "the guard’s cousin" is (see the module docstring); a
        description that fits a registered described person ("the taxi driver at the bridge", ``actor``)
        is that person unless the noun describes one named in the paragraph or the one before."""
        m = DESCRIBED.fullmatch(ref.text)
        if ref.actor is not None and not (ref.head in PERSON_NOUNS and self._named_as(si, ref, None)):
            return self._resolve_unnamed(si, ref)
        if m is None and ref.actor is None or ref.head not in PERSON_NOUNS:
            actor = self._unnamed_before(si, ref)
            if actor is None:
                return None
            end = identifying_end(self.text, ref.end, self.sentences[si].end)
            self._remember(Ref(ref.start, end, self.text[ref.start:end], ref.kind), actor, "described", 0.6)
            return Resolved(actor, None, ref.text, True, True, "described", 0.6, (ref.start, ref.end))
        owner = m.group("owner") if m else None
        found = self._named_as(si, ref, owner)
        actor = found.pop() if len(found) == 1 else None
        apposed = self._named_in_apposition(ref, owner) if actor is None and not found else None
        if actor is None and not found:
            actor = apposed or self._described_before(si, ref) or self._unnamed_before(si, ref)
        if actor is None and not found and ref.head in PERSON_NOUNS:
            return self._name_described_before(si, ref)
        if actor is None:
            return None
        if apposed is None and not any(re.fullmatch(r",\s*", self.text[x.end:ref.start]) for x in self._recent_mentions(ref.start, 2)):
            self._remember(ref, actor, "described", 0.6)  # (in apposition, "X, the surgeon on duty", it is a title: M3,
            # and so before the name, "The old man next door, X, …")
        return Resolved(actor, None, ref.text, True, True, "described", 0.6, (ref.start, ref.end))

    def paragraph_opener(self, si: int, pos: int) -> Resolved | None:
        """The person a definite description said to speak at ``pos`` in sentence ``si`` describes when nothing
        else tells who it is: the one named at the opening of the paragraph as its first sentence's subject,
        when no other person is named in the paragraph before ("Hiba X, who teaches political science …, sees
        … “…,” the political scientist said", G2)."""
        if not _DESCRIPTION_BEFORE.search(self.text, max(self.sentences[si].start, pos - 50), pos):
            return None
        para = self.sentences[si].para
        first = si
        while first > 0 and self.sentences[first - 1].para == para:
            first -= 1
        people = [(sj, r) for sj in range(first, si + 1) for r in self.refs(sj) if r.person and r.end <= pos
                  and r.kind in ("mention", "name", "role", "orgrole", "anon", "described", "unnamed", "possessive")]
        if not people:
            return None
        sj, opener = people[0]
        if sj != first or opener.kind not in ("mention", "name") or opener.possessive \
                or self.text[self.sentences[first].start:opener.start].strip() \
                or any((r.kind, r.actor, r.text) != (opener.kind, opener.actor, opener.text) for _, r in people[1:]):
            return None
        return self.resolve(first, opener)

    def _named_as(self, si: int, ref: Ref, owner: str | None) -> set[str]:
        """The persons named in the paragraph of sentence ``si`` or the one before whom the noun of ``ref``
        describes (:meth:`_described_as`), else those named earlier in the article ("Karim Jabbari, a
        shopkeeper," three paragraphs before "the shopkeeper said")."""
        lo = self.paragraphs[max(0, self.sentences[si].para - 1)][0]
        fits = [mention for mention in self._recent_mentions(ref.start, len(self.mentions))
                if self._described_as(mention, ref.head or "", owner)]
        return {m.actor_id for m in fits if m.start >= lo} or {m.actor_id for m in fits}

    def _described_as(self, mention: MentionProposal, head: str, owner: str | None) -> bool:
        """The mentioned person is one the noun ``head`` describes: by a title before the name ("Dr."), the
        registry's description, an apposition ("X, a 27-year-old labourer,") or, for a relation that
        holds both ways and an owner ("the guard’s cousin"), an introduction as "X’s cousin"."""
        info = self.gaz.info.get(mention.actor_id)
        if info is None or not info.person:
            return False
        words = PERSON_NOUNS[head]
        title = _TITLE_BEFORE.search(self.text, max(0, mention.start - 10), mention.start)
        titled = re.match(r"([A-Z][a-z]{1,6})\.?\s", mention.text)
        if any(t is not None and t.group(1).lower() in words for t in (title, titled)):
            return True
        if any(info.says(w) for w in words):
            return True
        if self._apposed_noun(mention.start, mention.end, words):
            return True
        return bool(owner and head in SYMMETRIC_NOUNS
                    and re.match(r"[’']s\s+" + re.escape(head) + r"(?![\w-])", self.text[mention.end:mention.end + 20]))

    def _apposed_noun(self, start: int, end: int, words) -> bool:
        """The name at ``text[start:end]`` has a description with one of the nouns ``words`` in apposition:
        after it ("X, a 27-year-old labourer,") or, for an unregistered name, before it ("His tribe’s sheikh,
        X, sat")."""
        noun = "(?:" + "|".join(re.escape(w) for w in words) + ")"
        return bool(re.match(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?[a-z]*" + noun + r"(?![\w-])", self.text[end:end + 60])
                    or re.search(r"(?<![\w-])" + noun + r",\s+\Z", self.text[max(0, start - 30):start]))

    def _name_described_before(self, si: int, ref: Ref) -> Resolved | None:
        """An unregistered name the description's noun is in apposition to, the last before it in the article
        ("Nouri Jabbar, a fisherman, sat by the quay. … “…,” the fisherman said"): that name, proposed."""
        words = PERSON_NOUNS[ref.head or ""]
        for sj in range(si, -1, -1):
            for r in reversed(self.refs(sj)):
                if r.kind == "name" and r.person is not False and r.end <= ref.start and " " in r.text.strip() \
                        and self._apposed_noun(r.start, r.end, words):
                    res = self.resolve(sj, r)
                    return Resolved(res.actor, res.new, ref.text, True, True, "described", 0.6, (ref.start, ref.end)) \
                        if res is not None and res.known else None
        return None

    def _named_in_apposition(self, ref: Ref, owner: str | None) -> str | None:
        """The person named in apposition right after the description ("The old man next door, Abu Salim,
        was …") whom the noun describes (M3)."""
        k = bisect.bisect_left(self.mention_starts, ref.end)
        named = self.mentions[k] if k < len(self.mentions) else None
        if named is None or not re.fullmatch(r",\s*", self.text[ref.end:named.start]):
            return None
        return named.actor_id if self._described_as(named, ref.head or "", owner) else None

    def _described_before(self, si: int, ref: Ref) -> str | None:
        """The person the same noun described earlier in the article ("the neighbour" again, paragraphs on)."""
        for sj in range(si, -1, -1):
            for r in reversed(self.refs(sj)):
                if r.kind == "described" and r.head == ref.head and r.end <= ref.start and r.text.lower() == ref.text.lower():
                    res = self.resolve(sj, r)
                    return res.actor if res is not None else None
        return None

    def _unnamed_before(self, si: int, ref: Ref) -> str | None:
        """The registered described person an earlier description of the article with the same head noun
        stood for ("a nurse on the emergency ward … the nurse added", :mod:`.unnamed_people`)."""
        for sj in range(si, -1, -1):
            for r in reversed(self.refs(sj)):
                if (r.kind == "unnamed" and r.person or r.kind == "described" and r.actor) and r.end <= ref.start \
                        and head_of(self.gaz, r.actor) == ref.head:
                    res = self.resolve(sj, r)
                    return res.actor if res is not None else None
                if r.kind == "anon" and r.end <= ref.start and r.text.lower().endswith(f" {ref.head}"):
                    res = self.resolve(sj, r)  # "a surgeon …", an unnamed source the registry describes (M8)
                    if res is not None and head_of(self.gaz, res.actor) == ref.head:
                        return res.actor
        return None
