"""Front pages of a press review (codebook Q8 rule 2, Q9, Q10): the words a registered newspaper printed as
its headline or on its front page ("X led with “…”", "X put the story under “…”", "X … across its front
page: “…”", "In X, the headline read “…”") are that paper's, delivered as `other`; split from
:mod:`.attribution`."""
from __future__ import annotations

import re

from .draft import QuoteProposal
from .referring import DETERMINERS

FRONT_PAGE_FRAME = re.compile(
    r"(?:\bled\s+with|\b(?:put|puts|ran|runs|carried|carries)\s+(?:the|its|their)\s+(?:story|report|news)\s+under"
    r"|\bheadlines?\s+(?:read|reads|asked|asks|declared|declares|proclaimed|proclaims|screamed|screams)"
    r"|\bfront\s+page\s*:)\s*\Z", re.I)
"""The words right before the marks that make them a paper's headline or front page; "led with the headline
“…”" and "under the headline “…”" name a title (Q5) and are left out."""
_ITS_PAGE = re.compile(r"\b[Ii]ts\s+(?:[a-z]+\s+){0,2}(?:headlines?|front\s+page)\b")
_RELAYING = frozenset("told tell tells to on via by from quoted cited citing quoting".split())
"""Words before an outlet that make it the receiver or the relay of other words, not who printed them."""


class FrontPages:
    """The front-page half of :class:`kadhimi_ds.extract.attribution.ArticleAttribution` (a mixin over
    the state of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def front_page(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """Give ``prop`` to the newspaper whose headline or front page its frame says the words are: the
        registered outlet its sentence names before the frame, or for "its front page" the outlet last
        named in the paragraph. An article's own "headline" names no paper, and nobody is guessed."""
        q = self.raw_quotes[qi]
        sent = self.sentences[si]
        frame = FRONT_PAGE_FRAME.search(self.text, sent.start, q.open)
        if frame is None:
            return False
        paper = self._printing_outlet(si, frame.start())
        if paper is None and _ITS_PAGE.search(self.text, max(sent.start, frame.start() - 30), q.open):
            paper = self._outlet_of_paragraph(sent.start)
        if paper is None:
            return False
        prop.speaker, prop.speaker_text = paper[0], paper[1]
        prop.attribution = "explicit" if paper[2] else "implicit"
        prop.where = prop.cue = "front_page"
        prop.rule, prop.confidence, prop.channel = "front_page", 0.6, "other"
        return True

    def _printing_outlet(self, si: int, end: int) -> tuple[str, str, bool] | None:
        """The first registered outlet the sentence names before ``end`` as a subject or a place ("In X,"),
        not as the receiver or relay of words ("told X", "according to X")."""
        sent = self.sentences[si]
        for r in self.refs(si):
            if r.end > end or r.kind != "mention" or not r.actor:
                continue
            info = self.gaz.info.get(r.actor)
            words = [w for w in self.words_before(r.start, sent.start, 2) if w not in DETERMINERS]
            if info is not None and info.kind == "media" and not (words and words[0] in _RELAYING):
                return r.actor, r.text, True
        return None

    def _outlet_of_paragraph(self, pos: int) -> tuple[str, str, bool] | None:
        """The registered outlet last named in the paragraph before ``pos`` (what "its" points back to, G2)."""
        para = self.sentences[self.sentence_of(pos)].para
        lo = self.paragraphs[para][0] if para < len(self.paragraphs) else pos
        for m in self._recent_mentions(pos, 40):
            if m.start < lo:
                return None
            info = self.gaz.info.get(m.actor_id)
            if info is not None and info.kind == "media":
                return m.actor_id, m.text, False
        return None
