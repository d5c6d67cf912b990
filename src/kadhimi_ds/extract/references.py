"""Referring expressions and attribution cues, and what they refer to.

:class:`ArticleReferences` holds one article's sentences and, per sentence, its referring
expressions outside quotations (registry mentions, roles such as "the premier", unnamed
sources, pronouns, possessive roles such as "his office", unregistered names) and its
attribution cues ("said", "according to", "statement from"); it finds the referent a cue
points to and resolves it to a registered actor or to a proposed new one.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .cues import _CONTINUATION_FRAME, _COORDINATED_BEFORE, _CUE, _NOUN_BEFORE, _PASSIVE_BEFORE, Cue
from .draft import ActorProposal, MentionProposal
from .gazetteer import Gazetteer
from .groups import COMPOUND_HEAD_AFTER
from .quotes import RawQuote
from .roles import body_under
from .subjects import Subjects
from .referring import (MEMBERS_BEFORE, _ANON_TAIL, _CLAUSE_PUNCT, _NAME, _ORG_ROLE_AFTER, _REF_ORDER, _REF_PATTERNS, _ROLE_TAIL, _WORD_KINDS,
                        DEFINITE, NAME_STOP, ORG_HEADS, PERSON_ROLES, PLACE_FIRSTS, PLACE_HEADS, ROLE_CANON,
                        Ref, Resolved, Sentence)
from .text import THE_BEFORE, WORD_JOINERS, WORDISH, inside, split_sentences

_FOOTNOTE_END = re.compile(r"[.!?][”\"’»]?(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\s+[“\"‘«]?[A-Z])")
"""A sentence ending in a note mark ("… endorse.”[3] Hadi …", "… said.² The …"): the next sentence starts after it."""
_ADJUNCT_BEFORE = re.compile(r"[,—–][”\"’»]?\s*\Z")
"""A participle after a comma or dash ("…, adding", "…,” describing"): an adjunct of the main clause."""
_STATE_SOURCE_AFTER = re.compile(r"(?:\s+(?:senior|security|military|defen[cs]e|government|intelligence|administration))?"
                                 r"\s+(?:officials?|sources?|diplomats?)(?![\w-])")
"""After a state's name, an unnamed source of that state ("US officials", "a U.S. defense official")."""
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:al|el)-)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?![\w-])")



def is_place(name: str) -> bool:
    """A capitalised name that ends in a place noun ("Al-Rasheed Street") or that begins with an
    owner in the possessive ("Baghdad’s Green Zone"): a place or a thing, not a person."""
    words = name.split()
    return words[-1] in PLACE_HEADS or words[0] in PLACE_FIRSTS or any(w.endswith(("’s", "'s")) for w in words[:-1])


if TYPE_CHECKING:
    from .tokens import TokenIndex


_QUOTED_SENTENCE_END = re.compile(r"[.?!…][”\"’'»]")
"""A quotation ending in a full stop, question or exclamation mark: the words before it are no
verb or preposition of the writer's clause that follows ("“Who was killed?” he asked")."""


_BODY_AFTER = re.compile(r"\s+((?:(?i:state|foreign|interior|defen[cs]e|health|assistance|political)\s+)?"
                         r"(?i:department|ministry|mission))(?![\w’'-])")
"""A body noun right after the name of the state or organisation it belongs to ("US state department",
"UN mission", "Turkey foreign ministry"): the one registered body under that actor carrying the words."""


class ArticleReferences(Subjects):
    """Per-article state: sentences, references and cues (cached per sentence), their referents,
    the descriptive mentions and new actors that resolving them found, and the speakers and
    statement sources so far (which the attribution pass records)."""

    def __init__(self, text: str, gaz: Gazetteer, paragraphs: list[tuple[int, int]], raw_quotes: list[RawQuote],
                 mentions: list[MentionProposal], index: TokenIndex):
        self.text, self.gaz, self.paragraphs = text, gaz, paragraphs
        self.raw_quotes = raw_quotes
        self.outer = [(q.open, q.outer_end) for q in raw_quotes]
        self.outer_starts = [a for a, _ in self.outer]
        self.inner = [(q.start, q.end) for q in raw_quotes]
        self.inner_starts = [a for a, _ in self.inner]
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.sentences: list[Sentence] = []
        for n, (a, b) in enumerate(paragraphs):
            for s, e in split_sentences(text, a, b, self.outer, self.outer_starts):
                for cut in [m.end() for m in _FOOTNOTE_END.finditer(text, s, e)]:
                    self.sentences.append(Sentence(s, cut, n))
                    s = cut + 1
                self.sentences.append(Sentence(s, e, n))
        self.sentence_starts = [s.start for s in self.sentences]
        for qi, q in enumerate(raw_quotes):
            self.sentences[self.sentence_of(q.open)].quotes.append(qi)
        self._refs: dict[int, list[Ref]] = {}
        self.index = index
        self.tokens = index.tokens
        self.token_starts = index.starts
        self._cues: dict[int, list[Cue]] = {}
        self.resolved_cues: dict[int, list[tuple[Cue, Resolved | None]]] = {}
        self.speakers: list[Resolved] = []
        self.last_statement: Resolved | None = None
        self.descriptive: dict[tuple[int, int], MentionProposal] = {}
        self.proposals: dict[str, ActorProposal] = {}
        self._female: dict[str, bool] = {}

    # --- positions ------------------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        return inside(self.inner, self.inner_starts, pos)

    def words_before(self, pos: int, lo: int, n: int = 3) -> list[str]:
        """Up to ``n`` lowercase words before ``pos`` (nearest first), skipping quotation marks."""
        chunk = _CLAUSE_PUNCT.split(self.text[max(lo, pos - 60):pos])[-1]
        chunk = _QUOTED_SENTENCE_END.split(chunk)[-1]  # "“… was killed?” he wrote": the quotation ends a clause
        return [w.lower() for w in WORDISH.findall(chunk)[::-1][:n]]

    # --- references -----------------------------------------------------------------------

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
            info = self.gaz.info.get(m.actor_id)
            role = _ORG_ROLE_AFTER.match(text, m.end, e)
            members = MEMBERS_BEFORE.search(text, max(s, m.start - 60), m.start) if not (info and info.person) else None
            if members and free(members.start(), m.start):  # "His colleagues at X spoke of ...": X speaks
                head = members.group("head").lower()
                refs.append(Ref(members.start(), m.end, text[members.start():m.end], "orgrole", org=m.actor_id,
                                head=head, person=head.startswith("spokes")))
                taken.append((members.start(), m.end))
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
            if role and not (info and info.person):
                start = m.start
                det = re.search(r"(?:\b(?:[Aa]n?|[Tt]he)\s+)$", text[max(s, start - 5):start])
                if det:
                    start -= len(det.group())
                refs.append(Ref(start, role.end(), text[start:role.end()], "orgrole", org=m.actor_id,
                                head=role.group().strip().lower()))
                taken.append((start, role.end()))
                continue
            refs.append(Ref(m.start, m.end, m.text, "mention", actor=m.actor_id, person=bool(info and info.person)))
            taken.append((m.start, m.end))
        found: dict[str, list[tuple[int, int, re.Match[str]]]] = {k: [] for k in _REF_ORDER}
        last_name = -1
        mention_starts = {x for x, _ in taken}
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
                    if COMPOUND_HEAD_AFTER.match(text, b, min(e, b + 14)):
                        continue  # "the militia leaders": the role word only modifies the head
                    det, mods, head = (m.group("det") or "").strip().lower(), m.group("mods") or "", m.group("head")
                    if not (det in DEFINITE or mods[:1].isupper() or head[:1].isupper()) or (
                            head.lower() == "factions" and det not in DEFINITE):
                        continue  # "an Iran-backed militia leader", "any official statement", "Different factions": not a referent
                    org = self._org_name(m, b, e)
                    if org is not None:  # "the Saraya Awliya Brigades", "the Ministry of Water": a name
                        kind, (a, b) = "name", org
                if not free(a, b):
                    continue
                ref = Ref(a, b, text[a:b], kind)
                if kind == "role":
                    ref.head = ROLE_CANON.get(re.sub(r"\s+", " ", m.group("head").lower()),
                                              re.sub(r"\s+", " ", m.group("head").lower()))
                    ref.person = ref.head in PERSON_ROLES
                elif kind == "possessive":
                    ref.head = m.group("noun").lower()
                elif kind == "name":
                    ref.person = not any(t in ORG_HEADS for t in ref.text.split())
                    if is_place(ref.text):
                        ref.kind, ref.person = "place", False
                refs.append(ref)
                taken.append((a, b))
        for r in refs:
            tail = text[r.end:r.end + 2]
            r.possessive = tail in ("’s", "'s") or (r.text.endswith("s") and tail[:1] in ("’", "'") and not tail[1:].isalpha())
        refs.sort(key=lambda r: r.start)
        self._refs[si] = refs
        return refs

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

    def words(self, si: int) -> list[tuple[int, int, str]]:
        """The letter runs of sentence ``si`` as (start, end, word): the trigger words of cues and references."""
        sent = self.sentences[si]
        lo = bisect.bisect_left(self.token_starts, sent.start)
        hi = bisect.bisect_left(self.token_starts, sent.end, lo)
        return self.tokens[lo:hi]

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

    # --- cues -----------------------------------------------------------------------------

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
                if word in ("claimed", "claims") and re.match(r"\s+(?:responsibility|credit)", text[m.end():m.end() + 16]):
                    continue
                if word.startswith("hail") and re.match(r"\s+from\b", text[m.end():m.end() + 6]):
                    continue  # "who hails from Basra": where one comes from, no speech
            if kind == "cont":
                after = text[m.end():m.end() + 3]
                if not (_CONTINUATION_FRAME.search(before) and re.match(r"\s*[.,;]|\s*$", after)
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

    # --- finding the referent of a cue ----------------------------------------------------

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
        elif cue.word == "saying" and (quoted := self._quoted_as_saying(si, cue)) is not None:
            return self.resolve(si, quoted)
        else:
            before = text[max(sent.start, cue.start - 25):cue.start]
            finite = [res for c, res in earlier if c.kind in ("finite", "quoted") and res is not None]
            if cue.kind in ("finite", "quoted") and finite and _COORDINATED_BEFORE.search(before):
                return finite[-1]
            if cue.kind == "part" and finite and finite[-1].known and _ADJUNCT_BEFORE.search(before):
                return finite[-1]  # "X wrote that Y would “…,” describing it as …": X goes on, not Y
            gap = text[self._prev_boundary(si, cue.start):cue.start]
            if cue.kind in ("finite", "quoted") and not re.search(r"[A-Za-z]", gap) and cue.word not in ("told", "tells"):
                ref = self.np_after(si, cue.end, max_words=4) or self.subject_before(si, cue.start)
            else:
                ref = self.subject_before(si, cue.start, bool(_COORDINATED_BEFORE.search(before)))
                if ref is None and cue.kind == "finite" and cue.word not in ("told", "tells"):
                    ref = self.np_after(si, cue.end, max_words=2)  # "said X" (never the listener of "told X")
        return self.resolve(si, ref) if ref else None

    def _quoted_as_saying(self, si: int, cue: Cue) -> Ref | None:
        """"The paper quoted X as saying", "cited X as saying": X is the speaker, not the outlet."""
        prev = [r for r in self.refs(si) if r.end <= cue.start]
        if prev and re.fullmatch(r"\s+as\s+", self.text[prev[-1].end:cue.start]) \
                and re.search(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+$", self.text[max(0, prev[-1].start - 12):prev[-1].start]):
            return prev[-1]
        return None

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
