"""Ranges (codebook C2 note): "two or three drones", "between five and seven", "ranged from two to
seven", "put the number of drones at “two or three”" are one claim over the whole range, value null,
qualifier ``unspecified``. A mixin of :class:`.claims.ClaimPass`, whose ``add_claim``, ``art`` and
``elsewhere_reason`` it uses."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bare_numbers import elided_category
from .counted import counted_noun
from .qualifiers import qualifier_before
from .counting import COUNT_NOUNS, casualty_of, quantity_of
from .draft import ClaimProposal
from .non_claims import NON_CLAIM_RULES
from .numerals import NumberContext, NumberToken

if TYPE_CHECKING:
    from .attribution import ArticleAttribution

_RANGE_BETWEEN = re.compile(r"\s+(?P<word>or|to|and)\s+")
_BETWEEN_BEFORE = re.compile(r"\b(?:(?:somewhere|anywhere)\s+)?between\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_RANGED_BEFORE = re.compile(r"\b(?:(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:[\w-]+\s+)?|anywhere\s+|somewhere\s+)from\s+"
                            r"(?:[^,;:.!?]{1,60}?\s+and\s+from\s+)?$", re.I)
""""ranged from", "anywhere from", also a second range under the same verb ("range from one to three drones and from
(two to seven guards)")."""
_COUNT_AT = re.compile(r"\b(?:number|count|tally|total|figure)\s+of\s+(?P<noun>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+at\s+(?:(?:anywhere|somewhere)\s+from\s+)?[“\"‘]?$",
                       re.I)
_RANGED_NOUN = re.compile(r"\b(?:tall(?:y|ies)|counts?|figures?|estimates?|numbers?|tolls?)\s+of\s+(?P<noun>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+"
                          r"(?:have\s+|has\s+|had\s+)?(?:rang|var)[a-z]*\s+(?:[\w-]+\s+)?from\s+$", re.I)
"""The noun of a figure put at a number before it: "(put) the number of drones at (two or three)", "(put the
number of injured guards) at anywhere from (two to seven)", "tallies of
wounded guards have ranged from (two to seven)", "the number of drones has ranged from (one to three)"."""


_LISTED = re.compile(r",\s+")
"""The comma of a list of alternatives: "one, two or three"."""
_NOUN_BETWEEN = re.compile(r"\s+(?:[A-Za-z’'-]+\s+){0,5}[A-Za-z-]+,\s+or\s+")
"""A noun, or a short clause, between two alternatives, the second added as a correction: "16 seats, or 17 by some
counts", "six of the guards were hurt, or seven"."""
_OR_CORRECTED = re.compile(r"\s*[—–]\s+or\s+|,\s+or\s+")
"""A dash or comma before "or" adding an alternative to a bare number: "left with 17 — or 14, or 16"."""
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,;:.!?)]|$)|\s+(?:by|according|in|on|under|depending|if)\b")
"""What may follow the corrected number instead of a noun of its own: "or 17 by some counts", "or 17."."""


def range_second(text: str, tokens: list[NumberToken], k: int, head: str) -> NumberToken | None:
    """The last number of a range that starts with ``tokens[k]`` (C2 note): "two or three", "between
    five and seven", "six to seven", "ranged from two to seven", a list of alternatives "one, two or
    three", a correction after the noun "16 seats, or 17" or after the bare number "17 — or 14, or 16"; not a change from one count to another ("fell from 48 to 17"), a rising pair ("seven to
    four") or a pair of two counts ("two and three")."""
    if k + 1 >= len(tokens):
        return None
    tok, nxt = tokens[k], tokens[k + 1]
    if _OR_CORRECTED.fullmatch(text, tok.end, nxt.start) and tok.form == nxt.form and tok.form in ("digits", "words"):
        while k + 2 < len(tokens) and _OR_CORRECTED.fullmatch(text, nxt.end, tokens[k + 2].start) and tokens[k + 2].form == tok.form:
            k, nxt = k + 1, tokens[k + 2]  # "17 — or 14, or 16": the last alternative closes the range
        return nxt if _NO_NOUN_AFTER.match(text, nxt.end) else None
    if _NOUN_BETWEEN.fullmatch(text, tok.end, nxt.start):
        same = tok.form == nxt.form and tok.form in ("digits", "words")
        return nxt if same and _NO_NOUN_AFTER.match(text, nxt.end) else None
    if k + 2 < len(tokens) and _LISTED.fullmatch(text, tok.end, nxt.start) and nxt.form == tok.form:
        last = tokens[k + 2]
        m = _RANGE_BETWEEN.fullmatch(text, nxt.end, last.start)
        return last if m and m.group("word") == "or" and last.form == tok.form else None
    m = _RANGE_BETWEEN.fullmatch(text, tok.end, nxt.start)
    if m is None or tok.form not in ("digits", "words") or nxt.form != tok.form:
        return None
    word = m.group("word")
    if word == "and" and not _BETWEEN_BEFORE.search(head):
        return None
    if word == "to" and ((tok.value or 0) >= (nxt.value or 0) or _FROM_BEFORE.search(head) and not _RANGED_BEFORE.search(head)):
        return None
    return nxt


class RangeClaims:
    """The rules of ranges."""

    art: ArticleAttribution
    elsewhere_reason: str

    def range_claim(self, si: int, c: NumberContext, second: NumberToken, cats: list[str | None]) -> ClaimProposal | str | None:
        """"two or three drones": one claim over the range, value null, unspecified (C2 note), its noun
        the one after the second number; the reason when that noun is no tracked quantity ("two or
        three groups"); None when no noun follows (each number is judged alone)."""
        sent = self.art.sentences[si]
        after = NumberContext(c.text, second, sent.start, sent.end)
        cat, noun, noun_end = counted_noun(after)
        if noun is None and _NOUN_BETWEEN.fullmatch(c.text, c.tok.end, second.start):
            cat, noun, noun_end = counted_noun(c)  # "16 seats, or 17": the noun stands between the alternatives
        qstart = qualifier_before(c)[1]
        if _BETWEEN_BEFORE.search(c.before):
            qstart = c.tok.start - len(_BETWEEN_BEFORE.search(c.before).group())
        if noun is None:
            return self.figure_range(si, c, second, qstart, cats) or self.elided_range(si, c, after, qstart, cats)
        if cat == "other" and casualty_of(c.before, c.text[noun_end:min(sent.end, noun_end + 100)]):
            cat = "people"  # "three or four fishermen were killed"
        # "two to seven wounded guards": the casualty word before the noun decides, whatever the sentence says after
        modifier = casualty_of(c.text[second.end:noun_end - len(noun)], "") if cat == "people" else None
        quantity = None if cat in ("source", "time", "other") else \
            modifier or quantity_of(after, cat, noun, noun_end) or quantity_of(c, cat, noun, noun_end)  # "wounds five to seven guards"
        if quantity is None:
            return f"counts “{noun}”, not a tracked quantity"
        claim = self.add_claim(si, qstart, max(noun_end, second.end), c.tok, quantity, None, "unspecified", cat, noun, "range", 0.5)
        if claim is None:
            return self.elsewhere_reason
        cats.append(cat)
        return claim

    def figure_range(self, si: int, c: NumberContext, second: NumberToken, qstart: int, cats: list[str | None]) -> ClaimProposal | None:
        """A range with its noun before it: "put the number of drones at “two or three”", "put the number of
        wounded guards at six to seven", "tallies of wounded guards have ranged from two to seven"; the span
        from the figure's noun to the second number. None without such a noun."""
        text, sent = c.text, self.art.sentences[si]
        m = _COUNT_AT.search(text, sent.start, qstart) or _RANGED_NOUN.search(text, sent.start, qstart)
        if m is None:
            return None
        words = m.group("noun").lower().split()
        hurt = next((w for w in words if w in ("killed", "dead", "wounded", "injured", "hurt")), None)
        cat = COUNT_NOUNS.get(words[-1], "people" if hurt else None)
        if cat == "drone":
            quantity = "drones_launched"
        elif cat in ("people", "death") and (hurt or cat == "death"):
            quantity = "killed" if cat == "death" or hurt in ("killed", "dead") else "injured"
        else:
            return None
        claim = self.add_claim(si, m.start("noun"), second.end, c.tok, quantity, None, "unspecified", cat, None, "range", 0.5)
        if claim is not None:
            claim.population_text = m.group("noun")
            cats.append(cat)
        return claim

    def elided_range(self, si: int, c: NumberContext, second: NumberContext, qstart: int,
                     cats: list[str | None]) -> ClaimProposal | None:
        """A range "between" two numbers whose noun its sentence counted before it ("fell from 48 seats to
        somewhere between 14 and 17"), or alternatives joined by "or" whose noun the paragraph counted
        before them ("Two drones flew in; one or two were shot down"): one claim of that noun, span from
        "between" or the first number to the second number (C2 note, C13). None when the second number is
        no count ("between 2 and 3 am") or the noun no tracked quantity."""
        between = _BETWEEN_BEFORE.search(c.before)
        alternatives = bool(re.search(r"\sor\s+$", c.text[c.tok.end:second.tok.start]))
        if not (between or alternatives) or any(rule(second) for rule in NON_CLAIM_RULES):
            return None
        cat = elided_category(c if between else second, cats)  # "one or two were shot down": the verb follows the second
        quantity = quantity_of(c if between else second, cat, None, second.tok.end) \
            if cat in ("drone", "explosion", "seat", "people") else None
        if quantity is None:
            return None
        claim = self.add_claim(si, qstart, second.tok.end, c.tok, quantity, None, "unspecified", cat, None, "range", 0.5)
        if claim is not None:
            cats.append(cat)
        return claim
