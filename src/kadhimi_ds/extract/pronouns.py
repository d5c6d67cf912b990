"""Pronouns: the antecedent of "he", "she", "it" and "they" inside the article (codebook G2, Q9 a),
and whether an actor is a woman; split from :mod:`.referents`."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .cues import FINITE_SPEECH, Cue
from .given_sexes import sex_of_name
from .referring import Ref, Resolved
from .text import heading_line

_PAIR_MEMBERS = ("mention", "name", "orgrole", "role", "state")
"""Reference kinds that can be one of a coordinated pair of speakers."""
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
"""Between the two members of a coordinated pair ("the army and the government")."""
_TWO = re.compile(r"(?:[Tt]he\s+)?(?:[Tt]wo|2)\s")
"""A group counted as two ("two security sources"), that "both" and "the two" may stand for."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
"""The number of actors "the two", "the four governments" take together."""
ANTECEDENT_KINDS = ("mention", "name", "orgrole", "anon", "role", "possessive", "described", "unnamed")
"""Reference kinds that can be the antecedent of a pronoun (not pronouns, generic or relative words)."""

_FEMALE_WORDS = re.compile(r"\b(?:[Ss]he|[Hh]er|[Ww]oman|[Ss]pokeswoman|[Cc]hairwoman|[Cc]ongresswoman|[Bb]usinesswoman|[Mm]other"
                           r"|[Ww]ife|[Dd]aughter|[Ss]ister|[Ww]idow|[Aa]ctress|[Qq]ueen|[Pp]rincess|Mrs|Ms|[Ff]emale)\b")
_OBJECT_HER = re.compile(r"\b[Hh]er(?=\s+(?:about|to|for|with|at|on|in|from|that|after|before)\b|\s*[.,;)]|\s*$)")
"""An object "her" in a registry description ("a friend who texted her about it"): another woman, not
the actor described ("known for her criticism" is the actor's own)."""
_FEMALE_BEFORE = re.compile(r"(?:\b(?:Mrs|Ms|Madam|Madame|Lady)\.?|\b[Ss]pokeswoman|\b[Cc]hairwoman)\s+\Z")
_FEMALE_AFTER = re.compile(r",\s+(?:the|a|an|his|its)\s+(?:[\w’'-]+\s+){0,4}?(?:spokeswoman|chairwoman|woman|mother|wife|"
                           r"daughter|sister|widow)\b")
_MALE_WORDS = re.compile(r"\b(?:[Hh]e|[Hh]is|[Mm]an|[Ss]pokesman|[Cc]hairman|[Cc]ongressman|[Bb]usinessman|[Ff]ather|[Hh]usband"
                         r"|[Ss]on|[Bb]rother|[Ww]idower|[Kk]ing|[Pp]rince|Mr)\b")
_MALE_BEFORE = re.compile(r"(?:\bMr\.?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:(?:elder|younger|older|eldest|youngest)\s+)?"
                          r"(?:brother|son|father|husband|uncle|nephew|grandfather)\s*,?)\s+\Z")
_MALE_AFTER = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?:man|brother|son|father|husband|uncle"
                         r"|nephew|grandfather|widower|boy|chairman|spokesman)\b")
"""A man, as the registry or the article shows him ("Mr", "Her brother, X", "X, a father of three")."""
_FEMALE_TITLE = re.compile(r"(?:Mrs|Ms|Madam|Madame|Lady)\.?\s")
_MALE_TITLE = re.compile(r"Mr\.?\s")
"""An alias of the registry titled for a woman ("Ms. Plasschaert") or a man ("Mr. Kadhimi")."""
_HE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)(?![\w’'-])")
_SHE = re.compile(r"(?<![\w’'-])(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)(?![\w’'-])")
"""The pronouns of a man and of a woman, which carry a person on through an article."""
_FIRST_PERSON_VERB = re.compile(r"(?<![\w’'-])(?:I|[Ww]e)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+(?:with|to))?\s+\Z")
"""A first-person subject and its verb right before a name: "I spoke with", "we met", "I later called"."""

_SUBJECT_OWNER = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){1,2}(?:at|of|in|outside|inside|behind|near|from)"
                            r"(?:\s+the)?|[Tt]he)?")
"""The words of a clause's subject before its owner: none ("X's bloc won") or a noun and a preposition ("the queue
at X's counter")."""
_OWNED_PERSON = re.compile(r"[’']s?\s+(?:[a-z-]+\s+)?(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|deputy|son|"
                           r"daughter|wife|husband|brother|sister|mother|father|cousin|friend|office|guard|guards|men)\b")
"""A person or body the owner has ("X's spokesman", "X's office"): they, not the owner, are the subject."""

_CARRIERS = ("source", "readfrom", "byagent")
"""Cues that name what carried the words ("a statement released by", "read out by"), not always who spoke them."""

_BEFORE_ASIDE = re.compile(r"\w[\w’'”\"]*\s*,\s*\Z")
_ASIDE_AFTER = re.compile(r"\s+(?:(?:also|then|later)\s+)?(?:" + "|".join(FINITE_SPEECH) + r")\b[^,.;:“”\"‘’]{0,60},")
"""A reporting clause set off by commas in the middle of a sentence (", he added,", ", she wrote on
Telegram on Sunday,")."""
_SUBORDINATE = re.compile(r"\s*(?:[Ii]f|[Ww]hen|[Ww]hether|[Uu]nless|[Aa]lthough|[Tt]hough|[Bb]ecause|[Oo]nce|[Ww]hile|[Ss]ince|[Uu]ntil)\b")
"""A subordinate clause opening the reported words before the reporting clause."""


def one_source(method: str, text: str) -> bool:
    """One unnamed source, official or spokesperson of an institution ("the security source", "an
    official", "a ministry spokesman", Q8.3): a person that "he" or "she" can point back to;
    "sources", "officials" are a group, and so are those a "they" stood for."""
    return method in ("anonymous", "orgrole") and not text.rstrip().endswith("s") \
        and text.lower() not in ("they", "them") and (method == "anonymous" or bool(re.match(r"(?i)an?\s", text)))


class Pronouns:
    """The pronoun half of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the state of
    :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_pronoun(self, si: int, ref: Ref) -> Resolved | None:
        """he/she: a person; it: an organisation; they: a group, unnamed sources or a plural (G2).

        The antecedent is the latest discourse entity of that type that was the subject of a clause
        or a speaker: first in the pronoun's own sentence, then in the sentences before it (its
        paragraph and the one before; in each, the speaker of a cue first, else the first clause
        subject; sub-headings between are not counted), else one of the last speakers. Objects of prepositions and verbs, possessives and
        words inside quotations are never antecedents, and nothing is guessed beyond that.
        """
        word = ref.text.lower()

        def fits(person: bool | None, single: bool = False) -> bool:
            if word in ("he", "she"):  # also one unnamed source that spoke in the paragraph ("the source … he said")
                return person is True or single
            if word == "it":
                return person is False
            return person is not True

        span = (ref.start, ref.end)
        sent = self.sentences[si]

        # "If X wanted sympathy, he added, he should …": the words before a reporting clause set off by
        # commas are the speaker's, reported; a name in them is no antecedent of that clause's pronoun
        own = [r for r in self.refs(si) if r.end <= ref.start]
        if _BEFORE_ASIDE.search(self.text, sent.start, ref.start) and _ASIDE_AFTER.match(self.text, ref.end):
            cut = max(self.text.rfind(c, sent.start, ref.start) for c in ":;—–") + 1 or sent.start
            if _SUBORDINATE.match(self.text, max(cut, sent.start)):  # ("… answered: if anyone wanted Y gone, he wrote")
                own = [r for r in own if r.start < cut]

        def attempt(accept: Callable[[Resolved], bool], history: bool, reach: int = 1) -> Resolved | None:
            for r in reversed(own):
                if word == "they" and r.kind == "generic":
                    return self.resolve(si, r)
                if r.kind in ANTECEDENT_KINDS and fits(r.person) and self.subject_like(r, sent.start) \
                        and not self.apposed_role(si, r):
                    res = self.resolve(si, r)
                    if res is not None and res.known and accept(res):
                        if self.out_of_reach(res, ref.start, accept):
                            return None
                        return Resolved(res.actor, res.new, ref.text, True, res.person, "pronoun", 0.75, span)
            owner = self.subject_owner(si, ref.start) if word in ("he", "she") else None
            res = self.resolve(si, owner) if owner is not None else None
            if res is not None and res.known and accept(res):
                return Resolved(res.actor, res.new, ref.text, True, res.person, "pronoun", 0.6, span)
            res = self._antecedent_before(si, fits, accept, reach)
            if res is not None:  # (one unnamed source stays one: a later "he" may still go back to it)
                if self.out_of_reach(res, ref.start, accept):
                    return None
                method = "anonymous" if res.method == "anonymous" else "pronoun"
                return Resolved(res.actor, res.new, ref.text, False, res.person, method, 0.65, span)
            for n, last in enumerate(reversed(self.speakers[-8:]) if history else ()):
                if last.known and fits(last.person) and accept(last) and not self.out_of_reach(last, ref.start, accept):
                    return Resolved(last.actor, last.new, ref.text, False, last.person, "pronoun", 0.6 if n == 0 else 0.5, span)
            return self._sole_person(ref, accept) if history and word in ("he", "she") else None

        if word == "she":  # a woman the registry or the article shows as one, nearby, before any person not a man
            not_male = lambda res: not self.is_male(res)  # noqa: E731  (her own paragraph first: "…, Landor said.
            found = attempt(self.is_female, False, 0) or attempt(not_male, False, 0) \
                or attempt(self.is_female, False) or attempt(not_male, True)  # “…,” she added" is Landor's)
            if found is not None and found.person:  # the article calls her "she": a woman for its later pronouns
                self._female[found.actor or found.new or ""] = True
            return found
        if word == "he":
            found = attempt(lambda res: not self.is_female(res), True)
            if found is not None and found.person:  # and "he": a man for its later "she"
                self._male[found.actor or found.new or ""] = True
            return found
        return attempt(lambda res: True, True)

    def _sole_person(self, ref: Ref, accept: Callable[[Resolved], bool]) -> Resolved | None:
        """The one person the article has named before ``ref`` outside quotations, however far back, when nothing
        nearer fits and the article has gone on about that person with the same pronoun since, in this paragraph or the
        one before ("Kadhimi appeared on television. His message … He said he knew … “…,” he said"); "The drone struck
        X's home. “…,” he said" is nobody's."""
        named = [m for m in self._recent_named(ref.start, 400) if not self.in_quote(m.start)
                 and (info := self.gaz.info.get(m.actor_id)) is not None and info.person]
        if len({m.actor_id for m in named}) != 1:
            return None
        same = _HE if ref.text.lower() == "he" else _SHE
        para = self.sentences[self.sentence_of(ref.start)].para
        lo = max(named[0].end, self.paragraphs[max(0, para - 1)][0])  # (the pronoun carried on into the paragraph before)
        if not any(not self.in_quote(p.start()) for p in same.finditer(self.text, lo, ref.start)):
            return None
        res = Resolved(named[0].actor_id, None, ref.text, False, True, "pronoun", 0.5, (ref.start, ref.end))
        return res if accept(res) else None

    def speaker_before(self, si: int, pronoun: Resolved) -> Resolved | None:
        """The latest speaker of a cue, in the sentences before ``si`` (its paragraph and the one before), that the
        pronoun of a reporting clause set after unquoted words can stand for ("Officials said three drones were
        launched. Guards shot down two, they said."); None without one."""
        word = pronoun.text.lower()
        para = self.sentences[si].para
        for sj in range(si - 1, -1, -1):
            if self.paragraphs_back(self.sentences[sj].para, para) > 1:
                break
            spoke = [res for cue, res in self.speakers_of(sj) if res.method != "generic"
                     and (res.person is not True if word == "they" else res.person is False if word == "it"
                          else res.person is True or one_source(res.method, res.text))]
            if spoke:
                res = spoke[-1]
                return Resolved(res.actor, res.new, pronoun.text, False, res.person, "pronoun", 0.65, pronoun.span)
        return None

    def unnamed_spokesperson(self, ref: Ref) -> Resolved | None:
        """"the spokesman" right after words of "a ministry spokesman" (G2): the latest speaker, in this
        paragraph or the one before, is that unnamed spokesperson, so it is the institution (Q8.3)."""
        if not self.speakers or not ref.head:
            return None
        last = self.speakers[-1]
        if last.method != "orgrole" or not one_source(last.method, last.text) or last.span is None \
                or ref.head not in last.text.lower() or last.span[0] >= ref.start:
            return None
        if self.sentences[self.sentence_of(last.span[0])].para < self.sentences[self.sentence_of(ref.start)].para - 1:
            return None
        return Resolved(last.actor, last.new, ref.text, True, last.person, "orgrole", 0.6, (ref.start, ref.end))

    def is_female(self, res: Resolved) -> bool:
        """The registry describes the actor as a woman ("spokeswoman", "her"), titles an alias so ("Ms. X") or
        names her with a woman's given name (:mod:`.given_sexes`), or
        the article titles or describes a mention of it so ("Ms Sabbagh", "Sabbagh, the ministry’s spokeswoman"), or
        an earlier "she" of the article went back to it."""
        key = res.actor or res.new or ""
        if key in self._female:
            return self._female[key]
        info = self.gaz.info.get(res.actor or "")
        found = bool(info and (_FEMALE_WORDS.search(_OBJECT_HER.sub("", f"{info.name} {info.description}"))
                               or any(_FEMALE_TITLE.match(a) for a in info.aliases)
                               or info.person and sex_of_name(info.name) == "f"))
        for a, b in self._mention_spans(res) if not found else ():
            if _FEMALE_BEFORE.search(self.text, max(0, a - 14), a) or _FEMALE_AFTER.match(self.text, b):
                found = True
                break
        self._female[key] = found
        return found

    def is_male(self, res: Resolved) -> bool:
        """The registry describes the actor as a man ("spokesman", "his"), titles an alias so ("Mr. X") or names
        him with a man's given name (:mod:`.given_sexes`), or the
        article titles or describes a mention of it so ("Mr Haddad", "Her brother, Omar Haddad", "Haddad, a father
        of three")."""
        key = res.actor or res.new or ""
        if key not in self._male:
            info = self.gaz.info.get(res.actor or "")
            found = bool(info and (_MALE_WORDS.search(f"{info.name} {info.description}")
                                   or any(_MALE_TITLE.match(a) for a in info.aliases)
                                   or info.person and sex_of_name(info.name) == "m"))
            self._male[key] = found or any(_MALE_BEFORE.search(self.text, max(0, a - 30), a) or _MALE_AFTER.match(self.text, b)
                                           for a, b in self._mention_spans(res))
        return self._male[key]

    def _mention_spans(self, res: Resolved) -> list[tuple[int, int]]:
        """The spans where the article names the actor or the proposal ``res`` stands for."""
        if res.actor:
            return [(m.start, m.end) for m in self.mentions if m.actor_id == res.actor]
        return next((p.mentions for p in self.proposals.values() if p.id == res.new), [])

    def _antecedent_before(self, si: int, fits: Callable[[bool | None, bool], bool],
                           accept: Callable[[Resolved], bool] = lambda res: True, reach: int = 1) -> Resolved | None:
        """The latest fitting speaker or clause subject before sentence ``si``, in its paragraph or the
        ``reach`` paragraphs before (a speaker of a sentence outranks the subjects of its other clauses; a speaker found
        through a pronoun counts, so "He said he had found the premier … “…,” he wrote" stays with
        the speaker of the chain, not the object between). A person named right after a first-person
        subject and its verb ("I spoke with X.", "We reached X by phone.") counts as a subject: "he" or
        "she" cannot be the "I" who speaks."""
        para = self.sentences[si].para
        for sj in range(si - 1, -1, -1):
            sent = self.sentences[sj]
            if self.paragraphs_back(sent.para, para) > reach:
                break
            spoke = [res for cue, res in self.speakers_of(sj) if res.method != "generic" and accept(res)
                     and fits(res.person, one_source(res.method, res.text) and (sent.para == para or self._sole_speaker(sent.para, res)))]
            if spoke:
                return spoke[-1]
            for r in self.refs(sj):
                if self.names_after(sj, r) or self.apposed_role(sj, r):
                    continue
                single = r.kind == "anon" and sent.para == para and one_source("anonymous", r.text)  # ("The official
                # did not argue. “…,” he said": one unnamed source, subject of its paragraph's clause)
                if r.kind in ANTECEDENT_KINDS and fits(r.person, single) and (self.subject_like(r, sent.start) or r.person
                                                                       and _FIRST_PERSON_VERB.search(self.text, sent.start, r.start)):
                    res = self.resolve(sj, r)
                    if res is not None and res.known and accept(res):
                        return res
            owner = self.subject_owner(sj, sent.end) if sj == si - 1 and fits(True) else None
            res = self.resolve(sj, owner) if owner is not None else None
            if res is not None and res.known and accept(res):
                return res
        return None

    def subject_owner(self, si: int, end: int) -> Ref | None:
        """The person named only as the owner in the subject of sentence ``si`` before ``end``, the sole
        person the sentence names there ("X's bloc won 73 seats, and he has said …", "By noon the queue at X's
        counter was long. “…,” he said."): the one a later "he" or "she" goes back to when no subject is a person."""
        people = [r for r in self.refs(si) if r.end <= end and r.person and r.kind in ANTECEDENT_KINDS]
        if len(people) != 1 or not people[0].possessive or people[0].kind not in ("mention", "name"):
            return None
        r, lo = people[0], self.sentences[si].start
        opening = max(self.text.rfind(",", lo, r.start) + 1, lo)
        if self.in_quote(r.start) or _OWNED_PERSON.match(self.text, r.end):
            return None
        return r if _SUBJECT_OWNER.fullmatch(self.text[opening:r.start].strip()) else None

    def speakers_of(self, si: int) -> list[tuple[Cue, Resolved]]:
        """The cues of sentence ``si`` that name a known speaker, no relay; a source the words came through ("in a
        statement released by the White House") only when no other cue of the sentence names who spoke ("Biden said")."""
        known = [(cue, res) for cue, res in self.resolved_cues.get(si, ())
                 if cue.kind != "relay" and res is not None and res.known]
        spoke = [(cue, res) for cue, res in known if cue.kind not in _CARRIERS]
        return spoke or known

    def _sole_speaker(self, para: int, res: Resolved) -> bool:
        """The unnamed source ``res`` is the only speaker the cues of paragraph ``para`` name, and the
        paragraph names no person as a subject ("The security official said …" and nobody else; "an official close
        to X said" names X only as an object): a "he" in the next paragraph can point back to it."""
        own = [sj for sj, sent in enumerate(self.sentences) if sent.para == para]
        told = {(r.actor, r.new) for sj in own for cue, r in self.resolved_cues.get(sj, ())
                if cue.kind != "relay" and r is not None and r.known}
        return told == {(res.actor, res.new)} and not any(r.person and r.kind in ("mention", "name", "described")
                                                          and self.subject_like(r, self.sentences[sj].start)
                                                          for sj in own for r in self.refs(sj))

    def paragraphs_back(self, earlier: int, para: int) -> int:
        """How many paragraphs ``para`` stands after ``earlier``, sub-headings between them not counted: a
        "he" after a sub-heading goes back to the paragraph before it."""
        between = range(earlier + 1, para)
        return para - earlier - sum(1 for k in between if heading_line(self.text, self.paragraphs[k][0]) is not None)

    def _resolve_ordinal(self, si: int, ref: Ref) -> Resolved | None:
        """"the latter", "the former": the second or the first of the last two actors named by name before
        it, in its sentence or else in the sentence before ("X met Y on Monday. The latter said …": Y)."""
        span = (ref.start, ref.end)
        for sj, own in ((si, True), (si - 1, False)):
            if sj < 0 or self.sentences[sj].para < self.sentences[si].para - 1:
                break
            named: list[Ref] = []
            for r in self.refs(sj):
                if (not own or r.end <= ref.start) and r.kind in ("mention", "name") and not r.possessive \
                        and all((x.actor, x.text) != (r.actor, r.text) for x in named):
                    named.append(r)
            if len(named) >= 2:
                pick = named[-1] if ref.text.lower() == "latter" else named[-2]
                res = self.resolve(sj, pick)
                if res is None or not res.known:
                    return None
                return Resolved(res.actor, res.new, ref.text, own, res.person, "pronoun", 0.6, span)
        return None

    def _resolve_pair(self, si: int, ref: Ref) -> Resolved | None:
        """"the two", "both sides", "the pair": the first of two actors coordinated as a subject ("X and Y issued
        a joint statement. “…,” the two said": X; one utterance has one speaker, the first named, Q8 note), in its
        sentence before it or else in the sentence before, when that pair is the only coordination of actors there; else a
        group counted as two there ("two officials"). "The four governments" goes so to the first of four listed ("A, B,
        C and D")."""
        span = (ref.start, ref.end)
        for sj, own in ((si, True), (si - 1, False)):
            if sj < 0 or self.sentences[sj].para < self.sentences[si].para - 1:
                break
            refs = [r for r in self.refs(sj) if (not own or r.end <= ref.start) and not r.possessive
                    and r.kind in _PAIR_MEMBERS]
            pairs = [k for k in range(len(refs) - 1) if _AND.fullmatch(self.text, refs[k].end, refs[k + 1].start)]
            if not pairs:
                counted = next((r for r in reversed(self.refs(sj)) if (not own or r.end <= ref.start) and r.kind == "anon"
                                and _TWO.match(r.text)), None)
                if counted is not None:  # "two security sources …, and both told me": those sources (M8)
                    res = self.resolve(sj, counted)
                    return replace(res, explicit=own) if res is not None else None
                continue
            k = pairs[0]
            while k > 0 and re.fullmatch(r",\s*", self.text[refs[k - 1].end:refs[k].start]):
                k -= 1  # "X, Y, Z and W": the list opens at X
            if len(pairs) > 1 or pairs[0] + 2 - k != _COUNTS.get(ref.text.split()[1].lower() if " " in ref.text else "", 2) \
                    or not self.subject_like(refs[k], self.sentences[sj].start):
                return None  # another number of actors, two pairs, or a pair that is no subject ("met X and Y")
            first, second = self.resolve(sj, refs[k]), self.resolve(sj, refs[k + 1])
            if first is None or second is None or not first.known or not second.known \
                    or (first.actor, first.new) == (second.actor, second.new):
                return None
            return Resolved(first.actor, first.new, ref.text, own, first.person, "pronoun", 0.6, span)
        return None

    def _resolve_age(self, ref: Ref) -> Resolved | None:
        """"the 54-year-old": the latest person mentioned before it whose age the article gave right after
        a mention ("Omar Haddad, 54,", "Haddad (54)", "Haddad, aged 54")."""
        age = re.search(r"\d{2}", ref.text)
        if age is None:
            return None
        after = re.compile(r"\s*(?:,\s*(?:aged\s+)?|\(\s*)" + age.group() + r"\b")
        for m in reversed([m for m in self.mentions if m.end <= ref.start]):
            info = self.gaz.info.get(m.actor_id)
            if info is not None and info.person and after.match(self.text, m.end):
                return Resolved(info.id, None, ref.text, True, True, "role", 0.6, (ref.start, ref.end))
        return None
