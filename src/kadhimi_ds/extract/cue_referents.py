"""Attribution cues of one sentence ("said", "according to", "statement from") and the referent
each points to; split from :mod:`.references`."""
from __future__ import annotations

import bisect
import re

from ..build.aliases import fold_apostrophes
from .crowds import CHANT_WORDS, DEFINITE_CROWD, chanting_crowd, crowd_subject, unregistered_crowd
from .cues import _CONTINUATION_FRAME, _COORDINATED_BEFORE, _CUE, _NOUN_BEFORE, _NOUN_TO_BEFORE, _PASSIVE_BEFORE, PARTICIPLE_SPEECH, Cue
from .referring import NAME_GIVING, Ref, Resolved
from .roles import body_under

_ADJUNCT_BEFORE = re.compile(r"[,—–][”\"’»]?\s*\Z")
"""A participle after a comma or dash ("…, adding", "…,” describing"): an adjunct of the main clause."""
_WITH_OPENS = re.compile(r"(?:[,;—–]\s*|^)[Ww]ith\s+", re.M)
"""A "with" opening a segment, whose noun is the subject of a participle after it (", with X tweeting")."""
_WITH_NOUN = re.compile(r"(?:[,;—–]\s*|^)[Ww]ith\s+(?!(?:the|a|an|its|his|her|their)\s+(?:aim|help|support|view|goal)\b)"
                        r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+\Z", re.M)
"""A "with" clause whose noun phrase stands right before the participle (", with factions warning"): the
participle's subject is that noun phrase."""
_THROUGH_OWN = re.compile(r"\s+(?:\w+ly\s+)?(?:through|via)\s+(?:its|his|her|their)\s+(?P<body>(?:[a-z]+\s+){0,3}?)"
                          r"(?P<head>spokesman|spokeswoman|spokesperson|spokespeople|ministry|office|mission|embassy)\b")
"""A speaker's own organ after the verb ("Iran said through its foreign ministry spokesman that …"): the
body it names speaks (Q8 rule 3), or the speaker itself through its own spokesperson."""


_NAME_GIVEN_AFTER = re.compile(r"\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[a-z]+,\s+who\s[^.;:“”\"‘’]{0,80}?"
                               + NAME_GIVING)
"""After a cue, a description and a relative clause that gives the person's name ("said the soldier, who gave only
his first name, Hussam"): the name that follows is the speaker's (M8 note)."""
_NAME_GIVEN_NEXT = re.compile(r"\s*(?:Her|His)\s+(?:full\s+|first\s+)?name\s+is\s+")
"""The next sentence opening with the name of the person a cue described ("…,” said the woman in a black abaya.
Her name is Zainab Hadi, and …")."""
_DESCRIBED_AFTER = re.compile(r"\s+(?:the|a|an)\s+[a-z]")
"""A description right after the cue, the one the next sentence may name."""
_APPOSED_AFTER = re.compile(r"(?:\s+(?:me|us|reporters|journalists|another|one|a\s+(?:second|third|fourth)))?,\s+")
"""Between a cue and a description in apposition to its subject: the listener it told, a comma; or the subject
itself, a word that counts people ("said another, an older man")."""
_OBJECT_VERBS = frozenset("told tells called calls branded brands dubbed dubs labelled labeled labels described describes "
                          "accused accuses blamed blames urged urges thanked thanks praised praises termed terms".split())
"""Cue verbs whose following noun phrase is their object, never an inverted subject: "branded al-Kadhimi a “traitor”"
is not al-Kadhimi's word, "told Reuters" is not Reuters'."""
_ADDED_OBJECT = re.compile(r"\s+(?!(?:that|in|on|at|to|during|later|then|also|when|after|before|while|as|the|it|he|she|they|we|i|you|there|this"
                           r"|these|those|his|her|its|their|our|no|nobody|nothing|none|all|any|some|if|whether)\b|\w+ly\b)[a-z\d]")
"""A bare object right after "added" ("had added checkpoints", "added two more"): the verb adds a thing; speech
goes on with "that", a colon, a comma, marks or an adverbial."""
_QUOTED_HIM = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<obj>him|her|them)\s+as\s+\Z")
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they"}
"""The subject pronoun of an object pronoun ("quoted him as saying": "he" says it)."""
_AS_SAYING = frozenset(PARTICIPLE_SPEECH)
"""Participles after "quoted X as": X says the words ("quoted the minister as calling the attack “…”", "quoted him
as telling")."""

_QUOTED_OBJECT = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?!by\s)(?P<obj>[^,;:“”\"«»]{1,100}?)\s+as\s+\Z")
"""The object of "quoted … as" before a participle, a phrase with no comma or quotation mark ("was quoted by
state media as saying" has none: the subject speaks)."""
_QUALIFIER = re.compile(r"(?:\s+(?:in|of|at|from|with|for|near|inside|close\s+to)\s.*)?", re.S)
"""What may follow the one named in that object: nothing, or a phrase that places them ("in one of the groups")."""


_RIGHT_AFTER = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}")
"""Between an inverted verb and the one named after it: an article and title words only ("says Hezbollah commander")."""
_CLOSES = re.compile(r"\s*(?:[.!?]\s*)?(?:\n|\Z)")
"""What may follow the one named in an inverted closing clause: the end of its sentence or line."""


class CueReferents:
    """The cue half of :class:`kadhimi_ds.extract.references.ArticleReferences` (a mixin over its
    state: sentences, quotations, references and the registry)."""

    def cues(self, si: int) -> list[Cue]:
        """Attribution cues of sentence ``si`` outside quotations."""
        if si in self._cues:
            return self._cues[si]
        sent = self.sentences[si]
        out: list[Cue] = []
        text = self.text
        for ws, _, word in self.index.between("cue", sent.start, sent.end):
            if self.in_quote(ws):
                continue
            m = _CUE.match(text, ws, sent.end)
            if not m:
                continue
            kind = m.lastgroup or "finite"
            word = m.group()
            before = text[max(sent.start, m.start() - 30):m.start()]
            if kind in ("finite", "part"):
                # "was told" is passive; "have been saying", "is calling" are progressive, active
                if kind == "finite" and _PASSIVE_BEFORE.search(before) or before.endswith("-"):
                    continue
                if kind == "finite" and word.endswith("s") and _NOUN_BEFORE.search(before):
                    continue  # "challenged in appeals", "their calls": a plural noun
                if kind == "finite" and _NOUN_TO_BEFORE.search(before):
                    continue  # "nothing to suggest": the infinitive of a noun, no speech
                if word in ("claimed", "claims") and re.match(r"\s+(?:responsibility|credit)", text[m.end():m.end() + 16]):
                    continue
                if word.startswith("hail") and re.match(r"\s+from\b", text[m.end():m.end() + 6]):
                    continue  # "who hails from Basra": where one comes from, no speech
                if word in ("added", "adds") and _ADDED_OBJECT.match(text, m.end()):
                    continue  # "police had added checkpoints": a thing added, no speech
            if kind == "cont":
                after = text[m.end():m.end() + 9]  # "…,” he went on.", "…,” one man shouted into a phone"
                if not (_CONTINUATION_FRAME.search(before) and re.match(r"\s*[.,;]|\s*$|\s+(?:into|at|in|on|over|from)\b", after)
                        or re.match(r":\s*[“\"‘«]", after)):
                    continue
                kind = "finite"
            if kind == "relay" and re.search(r"\b(?:the|a|an)\s+$", before):
                continue
            if kind == "term" and not re.search(r"[’']s\s+$", before):
                continue
            if kind == "view" and ws != sent.start:
                continue  # "For X, the attack was “…”": a view frame opens its sentence
            out.append(Cue(m.start(), m.end(), kind, word))
        self._cues[si] = out
        return out
    def cue_referent(self, si: int, cue: Cue, earlier: list[tuple[Cue, Resolved | None]]) -> Resolved | None:
        """Who the cue attributes words to."""
        sent = self.sentences[si]
        text = self.text
        if cue.kind in ("according", "source", "readfrom", "byagent", "view"):
            ref = self.np_after(si, cue.end)
        elif cue.kind in ("term", "words"):  # "X’s use of the term", "in X’s words", "X’s remarks were blunt"
            ref = next((r for r in reversed(self.refs(si)) if r.end <= cue.start and r.possessive), None)
            if cue.kind == "words" and ref is not None and self.text[ref.end:cue.start].strip(" ’'s") != "":
                ref = None
            return self.resolve(si, ref) if ref else None
        elif cue.word in _AS_SAYING and (quoted := self._quoted_as_saying(si, cue)) is not None:
            return self.resolve(si, quoted)
        else:
            before = text[max(sent.start, cue.start - 25):cue.start]
            finite = [res for c, res in earlier if c.kind in ("finite", "quoted") and res is not None]
            if cue.kind in ("finite", "quoted") and finite and _COORDINATED_BEFORE.search(before):
                return finite[-1]
            own = self._with_subject(si, cue) if cue.kind == "part" else None
            if own is not None:  # "X condemned it, with Y, its envoy, tweeting that …": Y tweets
                return self.resolve(si, own)
            with_np = _WITH_NOUN.search(text, max(sent.start, cue.start - 60), cue.start) if cue.kind == "part" else None
            if with_np is not None:  # "…, with its minister X calling it …": X; "with factions warning": none that can be told
                own = next((r for r in reversed(self.refs(si)) if with_np.start() <= r.start and r.end <= cue.start
                            and not r.possessive and r.kind in ("mention", "name", "role", "orgrole")), None)
                return self.resolve(si, own) if own is not None else None
            parts = [res for c, res in earlier if c.kind == "part" and res is not None and res.known]
            if cue.kind == "part" and parts and _COORDINATED_BEFORE.search(before):
                return parts[-1]  # "issued a statement dismissing …, and describing it as": the same subject
            if cue.kind == "part" and finite and finite[-1].known and _ADJUNCT_BEFORE.search(before):
                return finite[-1]  # "X wrote that Y would “…,” describing it as …": X goes on, not Y
            gap = text[self._prev_boundary(si, cue.start):cue.start]
            if cue.kind in ("finite", "quoted") and not re.search(r"[A-Za-z]", gap) and cue.word not in _OBJECT_VERBS:
                ref = self.np_after(si, cue.end, max_words=4) or self.subject_before(si, cue.start)
            elif (closing := self._inverted_closing(si, cue)) is not None:
                ref = closing
            else:
                ref = self.subject_before(si, cue.start, bool(_COORDINATED_BEFORE.search(before)))
                if ref is None and cue.kind == "finite" and cue.word not in _OBJECT_VERBS:
                    ref = self.np_after(si, cue.end, max_words=2)  # "said X" (never the listener of "told X")
        if ref is None or ref.kind == "pronoun":
            ref = self._described_after(si, cue) or ref
        res = self.resolve(si, ref) if ref else None
        if (res is None or not res.known) and cue.kind == "finite" and (given := self._name_given_after(si, cue)):
            res = self.resolve(si, given) or res
        if (res is None or not res.known) and cue.kind == "finite" and (ref is None or ref.kind == "described"):
            res = self.paragraph_opener(si, cue.start) or res  # "X, who teaches …, sees … “…,” the political scientist said"
        unknown = res is None or not res.known
        if unknown and (cue.word in CHANT_WORDS or crowd_subject(text, sent.start, cue.start, ref and (ref.start, ref.end),
                                                                        cue.kind == "part")) \
                or ref is not None and ref.text.lower() == "they":
            crowd = chanting_crowd(text, sent.start, cue.start, self.gaz.role_nouns)
            if crowd is None and si > 0 and cue.word in CHANT_WORDS and DEFINITE_CROWD.search(text, sent.start, cue.start):
                crowd = chanting_crowd(text, self.sentences[si - 1].start, cue.start, self.gaz.role_nouns, sent.end)
                # "Supporters of X returned … / The crowd chanted “…” as they marched": the crowd named before
            if crowd is not None:
                return Resolved(crowd[0], None, text[crowd[1][0]:crowd[1][1]], True, False, "crowd", 0.6, crowd[1])
            if unknown and cue.word in CHANT_WORDS and (span := unregistered_crowd(text, sent.start, cue.start)):
                name = text[span[0]:span[1]]  # "Hundreds of mourners … chanting": one group the registry lacks (M8 note)
                pid = self.propose(name[0].upper() + name[1:], span[0], span[1], "crowd", kind="other")
                return Resolved(None, pid, name, True, False, "crowd", 0.6, span)
        return self._through_own_organ(cue, res) if cue.kind == "finite" and res is not None else res

    def _inverted_closing(self, si: int, cue: Cue) -> Ref | None:
        """An inverted reporting clause that closes its sentence or line after a comma ("PM unharmed after
        ‘failed attempt’, says his office", "…, said the ministry."): the one named after the verb speaks,
        not the subject of the clause before the comma."""
        if cue.word not in ("says", "said") or not re.search(r",\s*\Z", self.text[max(0, cue.start - 3):cue.start]):
            return None
        ref = self.np_after(si, cue.end, max_words=3)
        if ref is None or ref.kind == "pronoun" or not _RIGHT_AFTER.fullmatch(self.text, cue.end, ref.start) \
                or not _CLOSES.match(self.text, ref.end, self.sentences[si].end):
            return None
        return ref

    def _described_after(self, si: int, cue: Cue) -> Ref | None:
        """A registered described person in apposition right after a pronoun's cue ("“…,” one of them
        told me, a private from Diwaniyah with …"): the description says who the pronoun is."""
        gap = _APPOSED_AFTER.match(self.text, cue.end)
        if gap is None:
            return None
        return next((r for r in self.refs(si) if r.start == gap.end() and r.kind == "unnamed" and r.person), None)

    def _name_given_after(self, si: int, cue: Cue) -> Ref | None:
        """The person named by a relative clause after the description that follows the cue
        (:data:`_NAME_GIVEN_AFTER`), or by the next sentence when it opens so (:data:`_NAME_GIVEN_NEXT`)."""
        m = _NAME_GIVEN_AFTER.match(self.text, cue.end, self.sentences[si].end)
        if m is None and si + 1 < len(self.sentences) and _DESCRIBED_AFTER.match(self.text, cue.end) \
                and self.sentences[si + 1].para == self.sentences[si].para:
            m, si = _NAME_GIVEN_NEXT.match(self.text, self.sentences[si + 1].start), si + 1
        return next((r for r in self.refs(si) if m and r.start == m.end() and r.kind in ("mention", "name") and r.person),
                    None)

    def _with_subject(self, si: int, cue: Cue) -> Ref | None:
        """The subject a participle has of its own in a "with" clause (", with Ali X, secretary of the
        council, tweeting that …"): the reference right after the last "with" opening a segment before
        the cue, when no other cue stands between."""
        sent = self.sentences[si]
        opens = list(_WITH_OPENS.finditer(self.text, sent.start, cue.start))
        if not opens or any(opens[-1].end() <= c.start < cue.start for c in self.cues(si)):
            return None
        return next((r for r in self.refs(si) if r.start == opens[-1].end() and r.kind in ("mention", "name", "role", "orgrole")),
                    None)

    def _through_own_organ(self, cue: Cue, res: Resolved) -> Resolved:
        """"X said through its foreign ministry spokesman that …": the body under X that the words
        before the role name (Q8 rule 3: an unnamed spokesperson's institution); X itself when
        they name none ("through its spokesman") or no one registered body."""
        m = _THROUGH_OWN.match(self.text, cue.end)
        if m is None or not res.actor:
            return res
        words = m.group("body").split() + ([m.group("head")] if m.group("head")[:5] != "spoke" else [])
        body = body_under(res.actor, words, self.gaz, {i.id for i in self.gaz.unnamed}) if words else None
        if body is None:
            return res
        return Resolved(body.id, None, self.text[m.start("body"):m.end()], True, False, "orgrole", res.confidence,
                        (m.start("body"), m.end()))

    def _quoted_as_saying(self, si: int, cue: Cue) -> Ref | None:
        """"The paper quoted X as saying", "cited X as calling it": X is the speaker, not the outlet; so is
        the one named right before "as" or before a phrase that places them ("quoted a senior official in one of
        the groups as describing"); "his office quoted him as saying": the one "he" points to, and "Kadhimi's
        office quoted him as saying": the office's owner (Q8; the office relays, Q11)."""
        him = _QUOTED_HIM.search(self.text, max(0, cue.start - 40), cue.start)
        if him is not None:
            if him.group("obj").lower() != "them" and (owner := self._owner_before(si, him.start())) is not None:
                return owner  # "Kadhimi's office quoted him as saying": the office's owner
            return Ref(him.start("obj"), him.end("obj"), _SUBJECT_OF[him.group("obj").lower()], "pronoun")
        prev = [r for r in self.refs(si) if r.end <= cue.start]
        if prev and re.fullmatch(r"\s+as\s+", self.text[prev[-1].end:cue.start]) \
                and re.search(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$",
                              self.text[max(0, prev[-1].start - 40):prev[-1].start]):
            return prev[-1]
        frame = _QUOTED_OBJECT.search(self.text, self.sentences[si].start, cue.start)
        return next((r for r in prev if frame.start("obj") <= r.start and _QUALIFIER.fullmatch(self.text, r.end, frame.end("obj"))),
                    None) if frame else None

    def _owner_before(self, si: int, pos: int) -> Ref | None:
        """The registered person whose name owns the last body named before ``pos`` in sentence ``si`` ("Kadhimi's
        office"), as a reference to that person."""
        body = next((r for r in reversed(self.refs(si)) if r.end <= pos and r.kind in ("possessive", "mention")), None)
        owner = re.match(r"(.+?)[’']s\s", body.text) if body is not None else None
        if owner is None:
            return None
        aid = self.gaz.surface.get(owner.group(1)) or self.gaz.folded.get(fold_apostrophes(owner.group(1)))
        if aid is None or not self.gaz.info[aid].person:
            return None
        return Ref(body.start, body.start + owner.end(1), owner.group(1), "mention", aid, True)

    def _prev_boundary(self, si: int, pos: int) -> int:
        """Start of the text between the previous quotation (or the sentence start) and ``pos``."""
        sent = self.sentences[si]
        k = bisect.bisect_left(self.outer_starts, pos) - 1
        if k >= 0 and self.outer[k][1] <= pos and self.outer[k][1] >= sent.start:
            return self.outer[k][1]
        return sent.start

    def resolve_sentence(self, si: int) -> list[tuple[Cue, Resolved | None]]:
        """The cues of sentence ``si`` with their referents (cached)."""
        if si not in self.resolved_cues:
            out: list[tuple[Cue, Resolved | None]] = []
            for cue in self.cues(si):
                res = self.cue_referent(si, cue, out)
                if cue.kind in ("source", "readfrom", "byagent") and res is not None and res.actor \
                        and self.gaz.info[res.actor].kind == "media":
                    cue.kind = "relay"  # "a statement carried by the news agency": a relay (Q11), not a speaker
                out.append((cue, res))
            self.resolved_cues[si] = out
        return self.resolved_cues[si]
