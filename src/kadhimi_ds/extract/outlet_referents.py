"""Outlets referred back to by a noun ("the channel", "the account", "the paper"): the outlet named
earlier in the paragraph that the registry describes so, or the one the article introduced with that noun;
split from :mod:`.role_referents`."""
from __future__ import annotations

import re

from .gazetteer import ActorInfo

OUTLET_NOUNS = frozenset("channel account page website".split())
"""Nouns with which an article introduces an outlet, and later refers back to it ("the account wrote")."""
NEWSPAPER_WORDS = ("newspaper", "paper", "daily")
"""Words by which the registry describes a newspaper, that "the paper" refers back to (G2)."""
_NOUN_BEFORE = re.compile(r"\b(channel|account|page|website)\s+(?:called\s+|named\s+)?\Z", re.I)
_NOUN_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(channel|account|page|website)\b")


class OutletReferents:
    """The outlet part of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the state of
    :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _outlet_in_paragraph(self, nouns: tuple[str, ...], pos: int) -> ActorInfo | None:
        """The latest outlet named earlier in the paragraph of ``pos`` that the registry describes with
        one of ``nouns`` ("Al-Ahd TV, owned by …, aired … The channel said"): the nearer antecedent (G2)."""
        para = self.sentences[self.sentence_of(pos)].para
        a = self.paragraphs[para][0] if para < len(self.paragraphs) else pos
        for m in self._recent_mentions(pos, 40):
            info = self.gaz.info.get(m.actor_id)
            if m.start < a:
                return None
            if info is not None and info.kind == "media" and any(info.says(n) for n in nouns):
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
