"""Counts whose noun is elided because the sentence counted it just before (codebook C3, C7): "another"
standing for one more of it ("A drone struck the house and another was shot down"; a bare "the other" is
no count in this version: C3 lists "the other one", and V4 finds no number in "the other"), and
"others" after a count of drones standing for more drones ("a drone got through, while two others were
shot down"). :class:`ElidedClaims` is a mixin of :class:`.claims.ClaimPass`, whose ``add_claim``, ``art``
and ``numbers`` it uses."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .counting import COUNT_NOUNS, quantity_of
from .draft import ClaimProposal, NumberExpression
from .non_claims import speaker_count
from .numerals import NumberContext, NumberToken

if TYPE_CHECKING:
    from .attribution import ArticleAttribution

_ANOTHER = re.compile(r"(?<![\w’'-])(?P<art>[Aa]nother)(?=[^\S\n]+(?:was|were|had|has|is|also|then|later|hit|struck|reached"
                      r"|crashed|exploded|fell|landed|slammed|got|succeeded|[a-z]+ed)\b)")
""""another" as a subject, standing for a noun counted before it in the sentence."""
_SAID_ANOTHER = re.compile(r"[^,;:.\n]{0,60}?\b(?:say|says|said|add|adds|added|report|reports|reported)[^\S\n]+(?:that[^\S\n]+)?(?=[Aa]nother\b)")
"""A report opening a sentence that then counts "another" ("Officials say another was shot down"): the sentence counts
nothing before it, so "another" stands for the paragraph's last count, as when it opens the sentence."""
_WORDS = re.compile(r"[\w-]+")


@dataclass
class ElidedOne:
    """One more of a counted noun: the words standing for it, its category and quantity."""

    token: NumberToken
    category: str
    noun: str
    quantity: str


def elided_ones(text: str, sent_start: int, sent_end: int, counted: list[tuple[int, str, str]],
                taken: list[tuple[int, int]]) -> list[ElidedOne]:
    """The counts of one that "another" makes in text[sent_start:sent_end] after a count of
    drones or explosions there (``counted``: (end, category, noun) of each count of the sentence), outside
    the ``taken`` spans; the quantity is what the verb after it says (C7)."""
    out = []
    for m in _ANOTHER.finditer(text, sent_start, sent_end):
        earlier = [(cat, noun) for end, cat, noun in counted if end <= m.start() and cat in ("drone", "explosion")]
        if not earlier or any(a < m.end() and m.start() < b for a, b in taken) or speaker_count(text[m.end():sent_end]):
            # "another insisted there were two": a second speaker, not one more drone
            continue
        cat, noun = earlier[-1]
        tok = NumberToken(m.start(), m.end(), m.group("art"), 1, "article")
        quantity = quantity_of(NumberContext(text, tok, sent_start, sent_end), cat, None, m.end())
        if quantity:
            out.append(ElidedOne(tok, cat, noun, quantity))
    return out


def others_of(before: str, noun: str | None) -> str | None:
    """"drone" when ``noun`` is "others" and the last counted noun of the sentence ``before`` it is one of
    drones ("a drone got through, while two others were shot down"); None otherwise."""
    if (noun or "").lower() != "others":
        return None
    cats = [cat for cat in (COUNT_NOUNS.get(w.lower()) for w in _WORDS.findall(before)) if cat]
    return "drone" if cats and cats[-1] == "drone" else None


_GAPPED_BEFORE = re.compile(r"[,;]\s+(?:and\s+)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)(?:(?:of|the|TV|[A-Z][\w’'.-]*)\s+){0,4}"
                            r"(?:at\s+)?(?:(?:as many as|at least|more than|nearly|about|around|some|only|just)\s+)?$")
_GAPPED_AFTER = re.compile(r"\s*(?:[,;.)]|and\b|but\b|$)")


def gapped(c: NumberContext, here: list[ClaimProposal]) -> ClaimProposal | None:
    """The claim before it in the sentence whose verb and noun a bare number after another source leaves out
    ("Reuters counted two protesters dead, AFP one, and Al-Arabiya as many as four"; "the factions put the toll at two
    dead, the health ministry at one"): the number counts the same quantity (C12 note: the noun it stands for).
    None when the number does not stand alone after a name set off by a comma, or nothing was counted before it."""
    if not here or not _GAPPED_BEFORE.search(c.before) or not _GAPPED_AFTER.match(c.after):
        return None
    return here[-1]


class ElidedClaims:
    """The claims of elided nouns of one more."""

    art: ArticleAttribution
    numbers: list[NumberExpression]

    def elided(self, si: int, here: list[ClaimProposal], cats: list[str | None]) -> None:
        """"another" or "the other" standing for one more drone or explosion of the sentence (:func:`.elided.elided_ones`),
        or, opening a sentence that counts nothing before it, of the paragraph's last count ("One drone crashed into the
        garden. Another fell in the street.": C12 note)."""
        sent, text = self.art.sentences[si], self.art.text
        counted = [(c.end, "drone" if c.quantity.startswith("drones") else "explosion", c.noun or "") for c in here
                   if c.quantity.startswith(("drones", "explosions"))]
        opening = _ANOTHER.match(text, sent.start) or _SAID_ANOTHER.match(text, sent.start, sent.end)
        if not counted and cats and cats[-1] in ("drone", "explosion") and opening:
            counted = [(sent.start, cats[-1], "")]
        for one in elided_ones(text, sent.start, sent.end, counted, [(c.start, c.end) for c in here]):
            claim = self.add_claim(si, one.token.start, one.token.end, one.token, one.quantity, 1, "exact", one.category, one.noun,
                                   "elided_one", 0.5)
            if claim is not None:
                self.numbers.append(NumberExpression(one.token.start, one.token.end, one.token.text, value=1, form="article", is_claim=True))
                here.append(claim)
                cats.append(one.category)
