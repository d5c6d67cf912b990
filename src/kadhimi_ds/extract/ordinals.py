"""Ordinals closing a series: "two were downed and a third hit the house" gives the total and
the one that hit (C8); "a fifth drone was shot down" counts one. A mixin of
:class:`.claims.ClaimPass`, whose ``add_claim``, ``claims``, ``art`` and ``heading_claimant`` it uses."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_checks import same_source
from .counted import counted_noun
from .counting import STRUCK_AFTER, NumberContext, ordinal_verb_end, past_aside, quantity_of
from .draft import ClaimProposal

if TYPE_CHECKING:
    from .attribution import ArticleAttribution


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]|[Tt]he)\s+$")


def _article_start(c: NumberContext) -> int:
    """Where "a" or "the" right before the number starts ("a third", "the fifth")."""
    return c.tok.start - len(_ARTICLE_BEFORE.search(c.before).group())


_SERIES = ("drones", "explosions", "injured", "killed")
_CASUALTY_NEXT = re.compile(r"^\s*(?:[,.;:!?)—–]|$|(?:(?:later|also|then|soon|too)\s+)?(?:was|were|had|has|is|died|succumbed|[a-z]+ed)\b)")
"""What may follow an ordinal closing a casualty count: a clause end or a verb ("a seventh died later")."""


class OrdinalClaims:
    """The rules of ordinals in a series."""

    art: ArticleAttribution
    claims: list[ClaimProposal]

    def implied_total(self, si: int, c: NumberContext, here: list[ClaimProposal], cats: list[str | None]) -> list[ClaimProposal]:
        """"shot down two drones, and a third hit the residence": a third implies three launched and one
        that hit, its span through the target (C8). The total is a repeat (C15) when the same claimant
        (null included) has already stated it in the article; another claimant's total does not block it."""
        tok = c.tok
        if not _ARTICLE_BEFORE.search(c.before) or (tok.value or 0) < 2:
            return []
        prior = [cl for cl in here if cl.value == tok.value - 1 and cl.quantity.startswith(_SERIES)]
        para = self.art.paragraphs[self.art.sentences[si].para]
        if not prior and re.match(r"[Tt]he\s", c.text[_article_start(c):tok.end]):
            # "Two of the drones were shot down. The third got through.": the series is in the paragraph
            prior = [cl for cl in self.claims if para[0] <= cl.start < tok.start and cl.value == tok.value - 1
                     and cl.quantity.startswith(_SERIES)]
        if not prior:
            return self.ordinal_one(si, c, cats)
        base = prior[-1]
        start, made = _article_start(c), []
        res = self.art.claim_source(si, start, tok.end)[0]
        who, words = ((res.actor or res.new), res.text) if res is not None else self.heading_claimant(si, start)
        if base.quantity in ("injured", "killed"):
            return self.casualty_total(si, c, base, who, words, here, cats)
        if not base.quantity.startswith("drones"):
            return []
        if not any(cl.value == tok.value and cl.quantity == "drones_launched" and same_source(cl, who, words) for cl in self.claims + here):
            made.append(self.add_claim(si, start, tok.end, tok, "drones_launched", tok.value, "exact", "drone", base.noun,
                                       "implied_total", 0.6))
        verb_end = ordinal_verb_end(c.text, tok.end, c.sent_end)
        if verb_end is not None:
            quantity = "drones_struck" if STRUCK_AFTER.match(c.text[past_aside(c.text, tok.end, c.sent_end):c.sent_end].lower()) \
                else "drones_downed"
            made.append(self.add_claim(si, start, verb_end, tok, quantity, 1, "exact", "drone", base.noun, "ordinal_one", 0.6))
        made = [m for m in made if m]
        cats += ["drone"] * len(made)
        return made

    def casualty_total(self, si: int, c: NumberContext, base: ClaimProposal, who: str | None, words: str | None,
                       here: list[ClaimProposal], cats: list[str | None]) -> list[ClaimProposal]:
        """"six wounded guards, and then a seventh walked in": an ordinal after a casualty count of one
        less, standing for the same people (nothing or a verb after it, not "the seventh floor"), gives the
        new total (C8), anchored on the ordinal, its population that of the count; a repeat (C15) when the
        same claimant already stated that total."""
        tok = c.tok
        if not _CASUALTY_NEXT.match(c.after) or any(
                cl.value == tok.value and cl.quantity == base.quantity and same_source(cl, who, words) for cl in self.claims + here):
            return []
        start = _article_start(c)
        claim = self.add_claim(si, start, tok.end, tok, base.quantity, tok.value, "exact", "people", base.noun, "implied_total", 0.55)
        if claim is None:
            return []
        claim.population, claim.population_text = base.population, claim.text
        cats.append("people")
        return [claim]

    def ordinal_one(self, si: int, c: NumberContext, cats: list[str | None]) -> list[ClaimProposal]:
        """"a fifth drone was shot down": an ordinal before a tracked noun counts one of them."""
        cat, noun, noun_end = counted_noun(c)
        if cat not in ("drone", "explosion") or not re.match(r"^\s*[\w-]*\s*" + re.escape(noun or "") + r"\b", c.after):
            return []
        quantity = quantity_of(c, cat, noun, noun_end)
        start = _article_start(c)
        cats.append(cat)
        made = self.add_claim(si, start, noun_end, c.tok, quantity or "drones_launched", 1, "exact", cat, noun, "ordinal_one", 0.55)
        return [made] if made else []
