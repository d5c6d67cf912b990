"""Ordinals closing a series: "two were downed and a third hit the house" gives the total and
the one that hit (C8), from the same source as the total (:func:`same_source`); "a fifth drone was shot
down" counts one. A mixin of :class:`.claims.ClaimPass`, whose ``add_claim``, ``claims``, ``art``, ``source_of`` and ``heading_claimant`` it uses."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .counted import counted_noun
from .counting import COUNT_NOUNS, DRONE_COMPOUND, quantity_of
from .drone_fates import LANDING_PREP, STRUCK_AFTER, ordinal_verb_end, past_aside, through_place
from .numerals import NumberContext
from .draft import ClaimProposal

if TYPE_CHECKING:
    from .attribution import ArticleAttribution


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]|[Tt]he)\s+$")


def _article_start(c: NumberContext) -> int:
    """Where "a" or "the" right before the number starts ("a third", "the fifth")."""
    return c.tok.start - len(_ARTICLE_BEFORE.search(c.before).group())


_DEFINITE_HEAD = re.compile(r"^(?:the|this)\s+(?:[\w-]+\s+){0,2}(?P<head>[a-z][\w-]*)$", re.I)


def same_source(first: ClaimProposal, who: str | None, words: str | None) -> bool:
    """True when a count whose claimant is ``who`` (referred to by ``words``) comes from the source
    of ``first``: the same claimant (null included), or a definite description that names the head
    noun of ``first``'s cue again ("according to a ministry spokesman, three drones …" / "The
    spokesman said … a third hit the house", G2)."""
    if first.claimed_by == who:
        return True
    m = _DEFINITE_HEAD.match(words or "")
    return bool(m and first.claimed_by_cue and re.search(r"\b" + re.escape(m.group("head")) + r"\b", first.claimed_by_cue, re.I))


_SERIES = ("drones", "explosions", "injured", "killed")
_CASUALTY_NEXT = re.compile(r"^\s*(?:[,.;:!?)—–]|$|(?:(?:later|also|then|soon|too)\s+)?(?:was|were|had|has|is|died|succumbed|[a-z]+ed)\b)")
"""What may follow an ordinal closing a casualty count: a clause end or a verb ("a seventh died later")."""
_DRONE_NEXT = re.compile(r"^\s*(?:[,.;:!?)—–]|$|(?:one|drones?|uavs?|quadcopters?|aircraft)\b|(?:(?:later|also|then|soon|too|apparently"
                         r"|reportedly)\s+)?(?:was|were|had|has|is|got|went|flew|came|blew|tore|hit|struck|fell|[a-z]+ed)\b)")
"""What may follow an ordinal closing a drone series: a clause end, its noun or "one", or a verb ("a third got through")."""
_DRONE_NOUN_AFTER = re.compile(r"[^\S\n]+(?:drones?|uavs?|quadcopters?)\b", re.I)
_PEOPLE_AFTER = re.compile(r"^\s+(?P<noun>[a-z]+)(?=\s)")
_CASUALTY_VERB = re.compile(r"\s*(?:(?:later|also|then|soon|too|subsequently)\s+)?(?:(?:had|has|have)\s+(?:also\s+|later\s+)?)?"
                            r"(?:(?P<died>died|succumbed)|(?:was|were|been)\s+(?:\w+ly\s+)?(?P<hurt>killed|wounded|injured|hurt|shot dead))\b")
"""The verb of a casualty after an ordinal and its noun: "(a second demonstrator) had died", "(a third guard) was hurt";
an active "killed" is what the noun did ("a second blast killed ...")."""


def _stem(word: str) -> str:
    return word.lower().removesuffix("s")


def _people_noun(c: NumberContext, nouns: tuple[str, ...] = ()) -> re.Match[str] | None:
    """A noun of people right after the ordinal ("a second demonstrator"), or the noun of the count it
    closes (``nouns``: "one docker … a second docker"), else None."""
    m = _PEOPLE_AFTER.match(c.after)
    if m is None:
        return None
    return m if COUNT_NOUNS.get(m.group("noun")) == "people" or _stem(m.group("noun")) in map(_stem, nouns) else None


def _casualty_verb(c: NumberContext, nouns: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """(quantity, end offset) of the casualty verb right after the ordinal, or after its noun of people."""
    noun = _people_noun(c, nouns)
    m = _CASUALTY_VERB.match(c.after, noun.end() if noun else 0)
    if not m:
        return None
    quantity = "killed" if m.group("died") or m.group("hurt") in ("killed", "shot dead") else "injured"
    return quantity, c.tok.end + m.end()


_FELL_AFTER = re.compile(r"\W*(?:[\w’'-]+\s+)?(?:crashed|fell|came\s+down|landed)\b")
"""C7 test 3 after an ordinal: "(a third) crashed in an empty lot" falls with no target, so it only took part."""


def _drone_fate(c: NumberContext) -> tuple[str, int] | None:
    """(quantity, span end) of what the verb after the ordinal of a drone series says befell that drone: it hit
    the target (C7 test 2, the span through the target), was downed (test 1), or crashed or fell without a
    target (test 3, launched, the span through a place named as where it landed, which decides it: "fell into the
    garden"); None without such a verb."""
    verb_end = ordinal_verb_end(c.text, c.tok.end, c.sent_end)
    if verb_end is not None:
        struck = STRUCK_AFTER.match(c.text[past_aside(c.text, c.tok.end, c.sent_end):c.sent_end].lower())
        return ("drones_struck" if struck else "drones_downed"), verb_end
    fell = _FELL_AFTER.match(c.text, past_aside(c.text, c.tok.end, c.sent_end), c.sent_end)
    if fell is None:
        return None
    return "drones_launched", through_place(c.text, fell.end(), c.sent_end) if LANDING_PREP.match(c.text, fell.end()) else fell.end()


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
        para_index = self.art.sentences[si].para
        para = self.art.paragraphs[para_index]
        if not prior:
            # "One protester was killed. … a second demonstrator had died": the count is in the paragraph
            counts = [cl for cl in self.claims if para[0] <= cl.start < tok.start and cl.value == tok.value - 1
                      and cl.quantity in ("killed", "injured")]
            verb = _casualty_verb(c, tuple(cl.noun for cl in counts if cl.noun))
            prior = [cl for cl in counts if verb and cl.quantity == verb[0]]
        if not prior and re.match(r"[Tt]he\s", c.text[_article_start(c):tok.end]):
            # "Two of the drones were shot down. The third got through.": the series is in the paragraph, or in the
            # one before when "The third" opens its paragraph
            lo = self.art.paragraphs[para_index - 1][0] if para_index and _article_start(c) == para[0] else para[0]
            prior = [cl for cl in self.claims if lo <= cl.start < tok.start and cl.value == tok.value - 1
                     and cl.quantity.startswith(_SERIES)]
        if not prior and _drone_fate(c) is not None:
            # "Two drones were shot down. A third hit the house.": a downed or striking part of the series before it, in
            # this paragraph or the one before ("… shot down two drones." / "Officials said a third drone struck the house.")
            lo = self.art.paragraphs[para_index - 1][0] if para_index else para[0]
            prior = [cl for cl in self.claims if lo <= cl.start < tok.start and cl.value == tok.value - 1
                     and cl.quantity in ("drones_downed", "drones_struck")]
        if not prior:
            return self.ordinal_one(si, c, cats)
        base = prior[-1]
        start, made = _article_start(c), []
        res = self.source_of(si, start, tok.end)[0]
        who, words = ((res.actor or res.new), res.text) if res is not None else self.heading_claimant(si, start)
        if base.quantity in ("injured", "killed"):
            return self.casualty_total(si, c, base, who, words, here, cats)
        if not base.quantity.startswith("drones") or not _DRONE_NEXT.match(c.after) and _drone_fate(c) is None:
            return []  # "(struck a balcony on) the second floor": another noun's rank (I4)
        if not any(cl.value == tok.value and cl.quantity == "drones_launched" and cl.qualifier == "exact" and same_source(cl, who, words)
                   for cl in self.claims + here):
            noun = _DRONE_NOUN_AFTER.match(c.text, tok.end, c.sent_end)  # "a third drone": the ordinal phrase with its noun
            made.append(self.add_claim(si, start, noun.end() if noun else tok.end, tok, "drones_launched", tok.value, "exact", "drone",
                                       base.noun, "implied_total", 0.6))
        fate = _drone_fate(c)
        if fate is not None:
            made.append(self.add_claim(si, start, fate[1], tok, fate[0], 1, "exact", "drone", base.noun, "ordinal_one", 0.6))
        made = [m for m in made if m]
        cats += ["drone"] * len(made)
        return made

    def casualty_total(self, si: int, c: NumberContext, base: ClaimProposal, who: str | None, words: str | None,
                       here: list[ClaimProposal], cats: list[str | None]) -> list[ClaimProposal]:
        """"six wounded guards, and then a seventh walked in": an ordinal after a casualty count of one
        less, standing for the same people (nothing or a verb after it, not "the seventh floor"), gives the
        new total (C8), anchored on the ordinal (with its noun: "a second demonstrator"), its population that
        of the count; a repeat (C15) when the same claimant already stated that total. A casualty verb of the
        same quantity after it also gives the one it counts ("a second demonstrator had died" → killed 1), as
        a drone series' verb does."""
        tok = c.tok
        nouns = (base.noun,) if base.noun else ()
        noun, verb = _people_noun(c, nouns), _casualty_verb(c, nouns)
        if not (_CASUALTY_NEXT.match(c.after) or noun and verb):
            return []
        start, made = _article_start(c), []
        end = tok.end + noun.end() if noun else tok.end
        if not any(cl.value == tok.value and cl.quantity == base.quantity and same_source(cl, who, words) for cl in self.claims + here):
            total = self.add_claim(si, start, end, tok, base.quantity, tok.value, "exact", "people", base.noun, "implied_total", 0.55)
            if total is not None:
                total.population, total.population_text = base.population, noun.group("noun") if noun else total.text
                made.append(total)
        if verb and verb[0] == base.quantity:  # "a second demonstrator had died": the one the verb counts (C8)
            one = self.add_claim(si, start, verb[1], tok, base.quantity, 1, "exact", "people", base.noun, "ordinal_one", 0.55)
            if one is not None:
                one.population, one.population_text = base.population, noun.group("noun") if noun else one.text[:end - start]
                made.append(one)
        cats += ["people"] * len(made)
        return made

    def ordinal_one(self, si: int, c: NumberContext, cats: list[str | None]) -> list[ClaimProposal]:
        """"a fifth drone was shot down": an ordinal before a tracked noun counts one of them."""
        cat, noun, noun_end = counted_noun(c)
        if cat not in ("drone", "explosion") or not re.match(r"^\s*[\w-]*\s*" + re.escape(noun or "") + r"\b", c.after) \
                or DRONE_COMPOUND.match(c.text[noun_end:noun_end + 20]):
            return []  # "the second drone attack": the rank of an attack (I4)
        quantity = quantity_of(c, cat, noun, noun_end)
        start = _article_start(c)
        cats.append(cat)
        made = self.add_claim(si, start, noun_end, c.tok, quantity or "drones_launched", 1, "exact", cat, noun, "ordinal_one", 0.55)
        return [made] if made else []
