"""Singular counts (codebook C3): a singular countable noun introduced by "a", "an", "another" or "a single"
that reports one counted thing: "a protester was killed", "attacked with an explosive-laden drone", "the sound
of an explosion", "won a single seat". A mixin of :class:`.claims.ClaimPass`, whose ``add_claim``, ``art``
and ``numbers`` it uses."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bare_counts import SEAT_VERB
from .counting import COUNT_NOUNS, DRONE_COMPOUND, DRONE_USE, EXPLOSION_USE, casualty_of, quantity_of
from .drone_fates import past_load, past_relative
from .draft import ClaimProposal, NumberExpression
from .non_claims import AGE
from .numerals import NumberContext, NumberToken

if TYPE_CHECKING:
    from .attribution import ArticleAttribution


_SINGULAR_WORDS = ("drone UAV explosion blast detonation bang protester demonstrator marcher bodyguard guard soldier policeman "
                   "officer civilian person resident man woman child member seat").split()
_SINGULAR_NOUNS = frozenset(_SINGULAR_WORDS)
_SINGULAR = re.compile(r"(?<![\w’'-])(?P<art>[Aa] single|[Aa]n?|[Aa]nother),?\s+[“\"‘]?"
                       r"(?:(?!(?i:the|that|this|which|who|whose|his|her|its|their|of|to)\s)[\w’'-]+\s+){0,3}?"
                       r"(?P<noun>" + "|".join(_SINGULAR_WORDS) + r")(?![\w-])")
"""A singular noun with its article that can state a count of one ("an explosive-laden drone", "a single, small
drone"); the words between are its modifiers, never a determiner or clause of another noun's ("a statement that
the drone was downed")."""
_SINGULAR_VERB = re.compile(r"[^\S\n]+(?:strikes|attacks|hits|targets)[^\S\n]+(?:the|a|an|his|her|its|their|[A-Z])")
"""A verb in the present tense after a singular drone ("an explosive-laden drone strikes his residence")."""
_DOWNED_MODIFIER = re.compile(r"\s(?:downed|shot-down|intercepted)\s")
"""A participle of C7 test 1 between the article and "drone": "a downed drone", "an intercepted drone"."""
_NEGATED = re.compile(r"\b(?:[Nn]ot|[Nn]or|[Ww]ithout|[Nn]ever)\s+$")
_NAMED_AS = re.compile(r"\bwhat\s+[^,;.:]{1,60}?\s(?:(?:described|describes|called|calls|termed|terms|labell?ed|characteri[sz]ed)(?:\s+as)?"
                       r"|(?:says|said|say|claims|claimed)\s+(?:was|were|is|are))\s+[“\"‘]?$", re.I)
"""A free relative naming the singular ("targeted by what the cell described as “a drone”"): the verb of use stands
before "what"."""

_DEFINITE_BEFORE = re.compile(r"(?<!\bat )(?<!\bin )(?<!\bon )(?<!\bnear )(?<!\bafter )(?<!\bbefore )(?<!\bduring )(?<!\bfrom )"
                              r"\b(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*,\s*$", re.I)
"""A definite noun phrase and a comma before the singular: with a comma after it, the singular is its apposition ("the
second victim, a 27-year-old man, died"), a description of one already counted (C3: it refers back). A phrase of
place or time opening the sentence ("At the gate, a protester, a student, was killed") is none."""


def _before_singular(text: str, lo: int, a: int) -> str:
    """The 40 characters before a singular at ``a`` that may hold its verb of use, read from before "what" when a
    free relative names it ("attacked by what police called a drone")."""
    named = _NAMED_AS.search(text, max(lo, a - 100), a)
    end = named.start() if named else a
    return text[max(lo, end - 40):end].lower()


class SingularClaims:
    """The rule of singular counts."""

    art: ArticleAttribution
    numbers: list[NumberExpression]

    def singulars(self, si: int, here: list[ClaimProposal], cats: list[str | None], numbers: list[NumberExpression]) -> None:
        """A singular that states a count: "a protester was killed", "attacked with an explosive-laden
        drone", "the sound of an explosion", "won a single seat"."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        if not any(w in _SINGULAR_NOUNS for _, _, w in art.words(si)):
            return
        for m in _SINGULAR.finditer(text, sent.start, sent.end):
            a, b = m.start(), m.end()
            if any(a < n.end and b > n.start and n.reason != AGE for n in numbers) or _NEGATED.search(text, max(sent.start, a - 12), a):
                continue  # "not a single drone reached it": a zero count (C9, I4); "a 24-year-old protester" is one
            if _DEFINITE_BEFORE.search(text, max(sent.start, a - 50), a) and text.startswith(",", b):
                continue  # "the second victim, a 27-year-old man, died": an apposition describing it (C3)
            noun = m.group("noun")
            cat = COUNT_NOUNS.get(noun.lower(), "drone" if noun == "UAV" else None)
            tok = NumberToken(a, a + len(m.group("art")), m.group("art"), 1, "article")
            c = NumberContext(text, tok, sent.start, sent.end)
            before = _before_singular(text, sent.start, a)
            verb_at = past_relative(text, past_load(text, b, sent.end), sent.end)
            # "a drone that tried to target the house was shot down", "a drone carrying explosives crashed into the house"
            after = text[verb_at:min(sent.end, verb_at + 40)].lower()
            downed = cat == "drone" and _DOWNED_MODIFIER.search(text, a, b)
            if downed:  # "the wreckage of a downed drone": the participle says what became of it (C3, C7 test 1)
                pass
            elif cat == "drone":  # "a single drone" states its count like "one drone", with or without a verb of use
                single = m.group("art").lower() == "a single"
                verb = _SINGULAR_VERB.match(text, b)  # "a drone strikes the house": no plural compound after "a"
                if DRONE_COMPOUND.match(text[b:b + 20]) and not verb \
                        or not (single or verb or DRONE_USE.search(before) or DRONE_USE.search(after[:25])):
                    continue
            elif cat == "explosion":
                if not (EXPLOSION_USE.search(before) or EXPLOSION_USE.search(after)):
                    continue
            elif cat == "seat" and not SEAT_VERB.search(before):
                continue  # "won a single seat", "lost a seat" (C3, C11); not "a seat at the table"
            quantity = "drones_downed" if downed else quantity_of(c, cat or "people", noun, verb_at)
            if quantity is None and cat in (None, "people"):  # "a dead demonstrator", "a wounded guard": the modifier says it
                quantity = casualty_of(text[a:b - len(noun)], "")
            if quantity is None or (cat == "people" and quantity not in ("killed", "injured")):
                continue
            claim = self.add_claim(si, a, b, tok, quantity, 1, "exact", cat, noun, "singular", 0.55)
            if claim is None:
                continue
            self.numbers.append(NumberExpression(a, b, text[a:b], value=1, form="article", is_claim=True))
            here.append(claim)
            cats.append(cat)
