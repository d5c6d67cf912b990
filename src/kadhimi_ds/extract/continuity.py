"""Carrying a speaker on where the quotation's own sentence names none (codebook Q6, Q8 rule 5,
Q9): sub-headings that shorten a later quotation, quotations in the same paragraph or running
over paragraphs, and a word the article repeats from a quotation it gave. Also whether a
quotation is a sub-heading or a fragment of the writer's sentence."""
from __future__ import annotations

import re

from .transliteration import partial_ratio
from .capitals import STATE_KINDS
from .cues import FINITE_SPEECH, PARTICIPLE_SPEECH, Cue
from .draft import QuoteProposal
from .references import ArticleReferences
from .quotes import TERM_BEFORE
from .referring import Resolved
from .roles import root

_SPEECH_WORDS = frozenset(FINITE_SPEECH) | frozenset(PARTICIPLE_SPEECH) | {"captioned", "caption", "read", "reads"}
"""Words after which a quotation is the words spoken ("said, “...”", "captioned: “...”")."""

_FUNCTION_WORDS = frozenset("the a an of to in on at for and or is are was were".split())


def excerpt(short: str, long: str) -> bool:
    """The words of ``short`` appear in ``long`` in the same order ("Heart of state" in "the heart of
    the Iraqi state"): a sub-heading shortened from a quotation (Q6 case 2)."""
    words = [w for w in re.findall(r"\w+", short) if w not in _FUNCTION_WORDS]
    pool = iter(re.findall(r"\w+", long))
    return len(words) >= 2 and all(w in pool for w in words)


def repeats(short: str, long: str) -> bool:
    """A headline quotation repeats a body quotation: one or two words found whole in it
    ("‘treacherous’" in "a treacherous attack …"), or longer words found nearly or in order."""
    words = short.strip(" ,.;:!?")
    if len(words.split()) <= 2:
        return bool(words) and re.search(r"(?<![\w’'-])" + re.escape(words) + r"(?![\w’'-])", long) is not None
    return partial_ratio(short, long) >= 80 or excerpt(short, long)


_NAMED_AFTER = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are|had been|has been)\s+(?:the\s+)?(?:(?:blunt|stark|terse|curt|grim|"
    r"considered|final|early|first|official)\s+)?(?:verdict|words?|view|assessment|message|response|reaction|warning|"
    r"judgement|judgment|conclusion|answer|reply|comment|advice)\s+(?:of|from)\s+")
"""A sentence after a quotation that names its speaker ("“…” That was the verdict of X, …")."""


_POINTS_AHEAD = re.compile(r"(?<![\w’'-])(?:this|these|the following|as follows|(?:this|that) way|thus)\s*\Z")
"""The last words of a clause that point to what follows its colon ("He sends this", "She put it this way")."""


_TERM_AFTER = re.compile(r"(?:[\w’',-]+\s+){0,4}?(?:that|this|the)\s+(?:word|term|phrase|label|expression)\b", re.I)
"""A sentence opening with a comment on a word ("Think about that word", "Remember the term")."""


class Continuity(ArticleReferences):
    """The carry-over half of :class:`kadhimi_ds.extract.attribution.ArticleAttribution`."""

    def is_heading(self, qi: int) -> bool:
        """A short quotation (12 words at most) that is all of its paragraph: a sub-heading."""
        q = self.raw_quotes[qi]
        a, b = self.paragraphs[self.sentences[self.sentence_of(q.open)].para]
        rest = (self.text[a:q.open] + self.text[q.outer_end:b]).strip(" .,:;!?")
        return not rest and len(self.text[q.start:q.end].split()) <= 12

    def is_headline(self, qi: int) -> bool:
        """A quotation in a short paragraph (20 words at most) that ends without a full stop, question
        or exclamation mark: a headline, standfirst or live-blog entry title (Q6)."""
        q = self.raw_quotes[qi]
        a, b = self.paragraphs[self.sentences[self.sentence_of(q.open)].para]
        line = self.text[a:b].rstrip()
        return len(line.split()) <= 20 and not line.rstrip("”’\"'» ").endswith((".", "!", "?"))

    def is_fragment(self, si: int, qi: int) -> bool:
        """A quoted word or phrase inside the writer's sentence rather than a whole utterance.

        Not a fragment: a quotation that opens its sentence (except a short sub-heading without
        final punctuation), one introduced by a speech verb and a comma or colon ("tweeted, “...”"),
        and a long one (8 words or more) right after a speech verb ("said “...”", "added that “...”").
        """
        q = self.raw_quotes[qi]
        text = self.text
        n_words = len(text[q.start:q.end].split())
        before = text[self.sentences[si].start:q.open].rstrip()
        if not re.search(r"[A-Za-z]", before):
            return self.is_heading(qi) and n_words <= 4 and text[q.end - 1:q.end] not in ".!?,"
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", before)]
        if before.endswith((",", ":")) and words and words[-1] in _SPEECH_WORDS:
            return False
        if words and (words[-1] in _SPEECH_WORDS or words[-1] == "that" and len(words) > 1 and words[-2] in _SPEECH_WORDS):
            return n_words < 8
        return True

    def named_after(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """A quotation that is all of its sentence, followed in its paragraph by a sentence naming who
        said it ("“We will not bend.” That was the verdict of X, the ministry’s spokesman."): that
        speaker, implicit (the name stands in the next sentence, Q9 a). True when found."""
        sent = self.sentences[si]
        q = self.raw_quotes[qi]
        if q.close is None or sent.quotes != [qi] or si + 1 >= len(self.sentences) \
                or (self.text[sent.start:q.open] + self.text[q.outer_end:sent.end]).strip(" .,;:!?"):
            return False
        nxt = self.sentences[si + 1]
        m = _NAMED_AFTER.match(self.text, nxt.start, nxt.end)
        if nxt.para != sent.para or not m:
            return False
        ref = self.np_after(si + 1, m.end())
        res = self.resolve(si + 1, ref) if ref is not None else None
        if res is None or not res.known or res.method == "generic":
            return False
        prop.speaker, prop.new_speaker, prop.speaker_text = res.actor, res.new, res.text
        prop.attribution, prop.confidence, prop.rule, prop.where = "implicit", 0.55, "named_after", "next sentence"
        return True

    def carry_over(self, si: int, qi: int, prop: QuoteProposal, done: list[QuoteProposal | None]) -> bool:
        """No cue in the sentence (Q9 b, c): a quotation that goes on from one left open at the end of
        the previous paragraph, or that stands in the same paragraph after another quotation, takes
        that quotation's speaker (implicit); a quotation opening its paragraph takes the last speaker
        of the paragraph before only when that paragraph ends in a colon introducing it. Otherwise it
        is unattributed: a quotation opening a new paragraph with no cue is never given the last
        speaker, also after reported speech of the same person (Q9 note of 2026-12-01). True when a
        speaker was carried over."""
        para = self.sentences[si].para
        prev = done[qi - 1] if qi > 0 else None
        if prev is not None and (prev.speaker or prev.new_speaker):
            before = self.raw_quotes[qi - 1]
            prev_para = self.sentences[self.sentence_of(before.open)].para
            rule = None
            if prev_para == para:
                rule, conf = "same_paragraph", 0.55
            elif before.continued and prev_para == para - 1 and self.raw_quotes[qi].open == self.paragraphs[para][0]:
                rule, conf = "continued_utterance", 0.6
            if rule:
                prop.speaker, prop.new_speaker, prop.speaker_text = prev.speaker, prev.new_speaker, prev.speaker_text
                prop.attribution, prop.confidence, prop.rule = "implicit", conf, rule
                return True
        q = self.raw_quotes[qi]
        if q.open == self.paragraphs[para][0] and para > 0 and self.text[:self.paragraphs[para - 1][1]].rstrip().endswith(":"):
            # a quotation opening its paragraph, introduced by the paragraph before ("she said:"); reported
            # speech without marks ("she said the port was tense") introduces nothing (Q9 note of 2026-12-01)
            said = [res for sj, sent in enumerate(self.sentences) if sent.para == para - 1
                    for cue, res in self.resolved_cues.get(sj, ()) if cue.kind != "relay" and res is not None
                    and res.known and res.method != "generic"]
            said = said or self._colon_subject(para - 1)
            if said:
                prop.speaker, prop.new_speaker, prop.speaker_text = said[-1].actor, said[-1].new, said[-1].text
                prop.attribution, prop.confidence, prop.rule = "implicit", 0.5, "introduced"
                return True
        prop.attribution, prop.confidence, prop.rule = "unattributed", 0.3, "no_cue"
        return False

    def _colon_subject(self, para: int) -> list[Resolved]:
        """The person who is the subject of the sentence closing paragraph ``para`` with a colon and no
        speech verb, its last words pointing ahead ("Our correspondent X is at the gate. He sends this:", "She
        put it this way:"): the one who speaks in the paragraph it introduces (Q9 note of 2026-12-01); a
        sentence that only ends in a colon ("The minister faced a choice:") names no one who speaks."""
        sj = max(k for k, sent in enumerate(self.sentences) if sent.para == para)
        colon = self.text.rfind(":", self.sentences[sj].start, self.paragraphs[para][1])
        if colon < 0 or not _POINTS_AHEAD.search(self.text, self.sentences[sj].start, colon):
            return []
        ref = self.subject_before(sj, colon)
        res = self.resolve(sj, ref) if ref is not None else None
        return [res] if res is not None and res.known and res.person and res.method != "generic" else []

    def repeated_word(self, si: int, qi: int, cues: list[tuple[Cue, Resolved | None]], prop: QuoteProposal,
                      done: list[QuoteProposal | None]) -> bool:
        """A word or short phrase the article repeats from a quotation it gave, to comment on its
        wording ("X’s use of the term “former”", "the word “traitor” angered ..."): the speaker of
        that quotation, whatever name the comment uses (Q8 rule 5, Q9 e). True when found."""
        q = self.raw_quotes[qi]
        words = self.text[q.start:q.end].strip(" ,.;:!?")
        if not words or len(words.split()) > 3:
            return False
        term = any(c.kind == "term" for c, _ in cues) or TERM_BEFORE.search(self.text[max(0, q.open - 30):q.open]) \
            or self._commented_after(si, qi)
        if not term:
            return False
        pattern = re.compile(r"(?<![\w’'-])" + re.escape(words.lower()) + r"(?![\w’'-])")
        source = next((p for p in reversed(done[:qi]) if p is not None and (p.speaker or p.new_speaker)
                       and pattern.search(p.text.lower())), None)
        if source is None:
            return False
        prop.speaker, prop.new_speaker, prop.speaker_text = source.speaker, source.new_speaker, source.speaker_text
        prop.attribution, prop.confidence, prop.rule, prop.where = "implicit", 0.6, "repeated_word", "earlier quote"
        return True

    def _commented_after(self, si: int, qi: int) -> bool:
        """A quotation that is all of its sentence, followed in its paragraph by a sentence about its
        wording ("“Theater.” Think about that word.", "“Fraud.” The word is everywhere.")."""
        sent, q = self.sentences[si], self.raw_quotes[qi]
        if sent.quotes != [qi] or (self.text[sent.start:q.open] + self.text[q.outer_end:sent.end]).strip(" .,;:!?"):
            return False
        nxt = self.sentences[si + 1] if si + 1 < len(self.sentences) else None
        return nxt is not None and nxt.para == sent.para and _TERM_AFTER.match(self.text, nxt.start, nxt.end) is not None

    def resolve_headings(self, pending: list[int], done: list[QuoteProposal | None]) -> None:
        """A quotation standing alone as a sub-heading takes the speaker of the later quotation it
        excerpts (fuzzy match of its words, Q6 case 2), else none (Q6 case 3)."""
        for qi in pending:
            q = self.raw_quotes[qi]
            words = self.text[q.start:q.end].lower()
            prop = QuoteProposal(q.start, q.end, self.text[q.start:q.end], fragment=self.is_fragment(self.sentence_of(q.open), qi))
            later = [p for p in done[qi + 1:] if p is not None and (p.speaker or p.new_speaker)]
            source = next((p for p in later if repeats(words, p.text.lower())), None)
            conf = 0.5 if source else 0.2
            if source is not None:
                prop.speaker, prop.new_speaker, prop.speaker_text = source.speaker, source.new_speaker, source.speaker_text
                prop.attribution, prop.channel = "implicit", source.channel
                if self._heading_names(qi, source):  # "Hezbollah Brigades allege ‘theatre’": Q6 case 1
                    prop.attribution = "explicit"
            prop.confidence, prop.rule = conf, "heading" if source is not None else "no_cue"
            done[qi] = prop

    def _heading_names(self, qi: int, source: QuoteProposal) -> bool:
        """The heading line of quotation ``qi`` names, outside its quotations, the speaker the body gives
        its words to ("Kadhimi appears on state TV", "Hezbollah Brigades allege ‘…’"): Q6 case 1."""
        si = self.sentence_of(self.raw_quotes[qi].open)
        line = self.text.rfind("\n", 0, self.raw_quotes[qi].open) + 1
        for r in self.refs(si):
            if r.start < line or r.kind not in ("mention", "name", "orgrole") or r.possessive:
                continue
            res = self.resolve(si, r)
            if res is not None and res.known and (res.actor, res.new) == (source.speaker, source.new_speaker):
                return True
        return False

    def headline_bodies(self, done: list[QuoteProposal | None]) -> None:
        """A headline quotation after a state's label and colon ("Sylvania: ‘…’") takes, implicit, the speaker
        of the body quote it repeats when that is a body or person of that state (Q6 case 2): the label names
        no act of saying. A state the headline's verb has say the words ("Turkey condemns ‘heinous’ attack")
        stays the speaker even when the body gives them to its ministry (Q6 case 1, note of 2026-12-01)."""
        for qi, prop in enumerate(done):
            info = self.gaz.info.get(prop.speaker or "") if prop is not None else None
            if prop is None or info is None or info.kind not in STATE_KINDS or prop.rule != "subject_of_quote" \
                    or not self.is_headline(qi):
                continue
            words = prop.text.lower()
            source = next((p for p in done[qi + 1:] if p is not None and p.speaker and p.speaker != info.id
                           and not self.is_headline(done.index(p)) and root(p.speaker, self.gaz) == info.id
                           and repeats(words, p.text.lower())), None)
            if source is not None and not any(res is not None and res.actor == info.id
                                              for _, res in self.resolve_sentence(self.sentence_of(source.start))):
                # (when the body's sentence has the state say them too, "The US condemned what the State
                # Department called “…”", the headline's state is the speaker the article presents)
                prop.speaker, prop.speaker_text, prop.attribution = source.speaker, source.speaker_text, "implicit"
                prop.channel, prop.rule, prop.confidence = source.channel, "heading", 0.5

    def continue_utterances(self, done: list[QuoteProposal | None]) -> None:
        """A quotation left open at a paragraph's end goes on in the next paragraph's quotation: when
        it has no cue of its own, it takes the speaker that the continuation names."""
        for qi in range(len(done) - 2, -1, -1):
            prop, nxt = done[qi], done[qi + 1]
            if prop is None or nxt is None or not prop.continued or prop.rule not in ("no_cue", "same_paragraph"):
                continue
            if nxt.speaker or nxt.new_speaker:
                prop.speaker, prop.new_speaker, prop.speaker_text = nxt.speaker, nxt.new_speaker, nxt.speaker_text
                prop.attribution, prop.channel = "implicit", nxt.channel
                prop.confidence, prop.rule = round(min(0.6, nxt.confidence), 2), "continued_utterance"
