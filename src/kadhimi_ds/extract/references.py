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

from .cue_referents import CueReferents
from .cues import Cue
from .draft import ActorProposal, MentionProposal
from .gazetteer import Gazetteer
from .quotes import RawQuote
from .sentence_references import SentenceReferences
from .subjects import Subjects
from .referring import _CLAUSE_PUNCT, Ref, Resolved, Sentence
from .text import WORDISH, inside, split_sentences

if TYPE_CHECKING:
    from .tokens import TokenIndex

_FOOTNOTE_END = re.compile(r"[.!?][”\"’»]?(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\s+[“\"‘«]?[A-Z])")
"""A sentence ending in a note mark ("… endorse.”[3] Hadi …", "… said.² The …"): the next sentence starts after it."""
_QUOTED_SENTENCE_END = re.compile(r"[.?!…][”\"’'»]")
"""A quotation ending in a full stop, question or exclamation mark: the words before it are no
verb or preposition of the writer's clause that follows ("“Who was killed?” he asked")."""


class ArticleReferences(CueReferents, SentenceReferences, Subjects):
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
        self._male: dict[str, bool] = {}
        self.unnamed_actors: set[str] = set()  # the actors only described so far ("a taxi driver")

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

    def words(self, si: int) -> list[tuple[int, int, str]]:
        """The letter runs of sentence ``si`` as (start, end, word): the trigger words of cues and references."""
        sent = self.sentences[si]
        lo = bisect.bisect_left(self.token_starts, sent.start)
        hi = bisect.bisect_left(self.token_starts, sent.end, lo)
        return self.tokens[lo:hi]
