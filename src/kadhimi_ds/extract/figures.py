"""Figures restated by another voice: "a medic put the figure at five", "some say two" (C13,
C16). A mixin of :class:`.claims.ClaimPass`, whose ``add_claim`` and ``art`` it uses."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bare_counts import bare_counts
from .qualifiers import qualifier_before
from .draft import ClaimProposal
from .numerals import NumberContext
from .population import population_code
from .tolls import toll_before

if TYPE_CHECKING:
    from .attribution import ArticleAttribution


_FIGURE_AT = re.compile(r"\b(?:put|puts|putting|placed|places|set|sets|gave|gives|estimated|estimates|(?:raised|raising|raises|revised|revising"
                        r"|lowered|lowering|brought|bringing|pushed|pushing|updated|updating|corrected|correcting)(?=\s+\S+\s+\S+\s+(?:up\s+|down\s+)?to\b))\s+"
                        r"(?:(?P<figure>(?:the|its|their|that|this)\s+(?:figure|number|tally|count|toll|total))\s+(?:(?:up\s+|down\s+)?(?:at|to)\s+)?"
                        r"|(?P<figure_of>an?\s+(?:figure|tally|count|total)\s+of)\s+)$", re.I)
"""A figure that a source puts at a number ("put the figure at five", "gave a figure of six") or raises or revises to
one ("had raised the figure to 125"); "the death toll" says its quantity itself (:mod:`.tolls`)."""
_SAID_FIGURE = re.compile(r"\b(?:say|says|said|saying|spoke of|speaks of|speak of|told of|reported|reports|reporting|counted|counts|cited"
                          r"|cites|gave|gives|put it at|puts it at|putting it at|estimated|estimates|told\s+(?:me|us|reporters))\s+(?P<it>it\s+was\s+)?"
                          r"(?:(?:just|only|as few as|a total of)\s+)?$")
"""A bare figure that another voice gives after its verb ("some say two", "the ministry spoke of just two", "a doctor
told me seven", "his people say it was two": "it was" opens the span)."""
_ACCORDING_AFTER = re.compile(r"^\s*,?\s+according\s+to\b", re.I)
_LISTED = re.compile(r"(?:[,—–]|\s-|\band)\s*$")
"""A bare figure listed after a comma, dash or "and" with a source of its own after it ("six, according to a security
source, two according to a later briefing"; "two dead, according to the militia, and one, according to the ministry");
not one a verb governs ("injured more than 100, according to ...")."""
_PUT_IT_AT = re.compile(r"\b(?:put|puts|putting|placed|places)\s+it\s+at\s+(?:(?:just|only|as few as|a total of)\s+)?$")
"""A figure that another voice puts "it" at ("Reuters put it at seven"): "it" is the count of the sentence before when
its own sentence counts nothing (C13), and the verb opens the span as in "put the figure at five"."""
_FIGURE_WAS = re.compile(r"\b(?:the|that|this|its|their)\s+(?:figure|number|tally|count|toll|total)(?:\s+(?!of\b)[\w’'-]+){0,4}?\s+"
                         r"(?P<verb>(?:was|is|stood at|stands at|(?:had |has )?(?:risen|rose|climbed|grown|grew) to|reached|(?:revised|raised|lowered|corrected|updated)(?: up| down)? to))\s+$", re.I)
"""A figure, in the article's words or another voice's, given by a copula or a verb of rising ("the figure being
passed around was six", "the tally rose to four", "the figure was later revised to four"); "the number of drones was three" says its own noun."""
_FROM_EARLIER = re.compile(r"\b(?:up\s+|down\s+)?from\s+(?:an?|the|its|their)\s+(?:initial|earlier|original|previous|first|preliminary)\s+$"
                           r"|,\s+(?:up|down)\s+from\s+(?:the\s+)?$", re.I)
"""An earlier figure of the count that the sentence's claim restates ("rose to seven from an initial four", "two were
killed, up from (the) one": the span runs from "up", as C13's "down from 48")."""
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:!?)—–]|$)|^\s+-\s")
"""The end of a figure's clause: a stop, a dash, or a hyphen typed for a dash ("one was killed - some say two - and")."""
_ANNOUNCED = re.compile(r"^\s+(?:(?:that\s+|which\s+)?(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){1,3}?(?:had\s+)?)?"
                        r"(?:announced|reported|given|released|published|stated|gave|cited)\b")
"""An earlier figure's participle or relative clause ("up from one announced on Friday", "up from the six the ministry
announced")."""
_CASUALTY_AFTER = re.compile(r"^\s+(?P<word>dead|killed|wounded|injured|hurt)"
                             r"(?=\s*(?:[.,;:!?)”\"—–]|$|(?:and|in|on|at|during|among)\b))")
"""A casualty word closing the figure ("put the toll at two dead", "put the figure at six wounded"): it says what is
counted, whatever the count before it counted (C9)."""


class FigureClaims:
    """The rules of restated figures."""

    art: ArticleAttribution
    claims: list[ClaimProposal]

    def restated_figure(self, si: int, c: NumberContext, here: list[ClaimProposal], cats: list[str | None]) -> ClaimProposal | None:
        """"at least six guards were wounded, while a medic put the figure at five": a figure that another
        voice puts at a number counts what the sentence's claim before it counts (C13: population_text
        "the figure"); so does a bare number closing a clause after a verb of saying ("some say two",
        "the ministry spoke of just two"), after a figure and its verb ("by noon the figure being
        passed around was six", span from the verb) or as its earlier figure ("rose to seven from an
        initial four"). A casualty word after the figure's number says what it counts ("put the toll at
        two dead"). None without such a claim or phrase."""
        qualifier, qstart = qualifier_before(c)
        m = _FIGURE_AT.search(c.text[c.sent_start:qstart])
        prev = next((p for p in reversed(here) if p.value is not None and not p.quantity.startswith("seats")), None)
        if toll_before(c.text, c.sent_start, qstart):
            return None  # "put the death toll among protesters at two" says its own quantity (:mod:`.tolls`)
        if m is not None and prev is None:
            prev = self.vague_count_before(si, m.start() + c.sent_start) or self.count_of_sentence_before(si)
        head = c.text[c.sent_start:qstart]
        put_it, said = _PUT_IT_AT.search(head), _SAID_FIGURE.search(head)
        if (put_it or said) and prev is None:
            prev = self.count_of_sentence_before(si)  # "One guard was hurt. Others say two."
        was = None if said else _FIGURE_WAS.search(head)
        earlier = _FROM_EARLIER.search(c.text, c.sent_start, c.tok.start)
        if m is None and prev is not None and c.tok.form in ("digits", "words") \
                and ((_CLAUSE_END.match(c.after) or earlier and _ANNOUNCED.match(c.after)) and (was or said or earlier)
                     or _ACCORDING_AFTER.match(c.after) and _LISTED.search(head) and prev in here):
            start = c.sent_start + (was.start("verb") if was else put_it.start() if put_it
                                    else said.start("it") if said and said.group("it") else qstart - c.sent_start)
            if earlier and not was and not put_it:  # "up from (the) one": its words open the span
                start = min(start, earlier.start() + re.search(r"up|down|from", earlier.group(), re.I).start())
            claim = self.add_claim(si, start, c.tok.end, c.tok, prev.quantity, c.tok.value, qualifier, None, None, "restated_figure", 0.5)
            if claim is not None:
                claim.population, claim.population_text = prev.population, prev.population_text
                if put_it:
                    self.put_claimant(si, start, claim)
                cats.append(cats[-1] if cats else None)
            return claim
        if m is None or prev is None:
            return None
        start, own = c.sent_start + m.start(), _CASUALTY_AFTER.match(c.after)
        quantity = ("killed" if own.group("word") in ("dead", "killed") else "injured") if own else prev.quantity
        end = c.tok.end + own.end() if own else c.tok.end
        claim = self.add_claim(si, start, end, c.tok, quantity, c.tok.value, qualifier, None, None, "restated_figure", 0.5)
        if claim is None:
            return None
        claim.population, claim.population_text = ("people", own.group("word")) if own else (prev.population, m.group("figure") or m.group("figure_of"))
        self.put_claimant(si, start, claim)
        cats.append(cats[-1] if cats else None)
        return claim

    def vague_count_before(self, si: int, pos: int) -> ClaimProposal | None:
        """A count without a value earlier in the sentence that a figure restates ("said “a number” of
        guards had been wounded; a source put the figure at seven"), else None."""
        sent = self.art.sentences[si]
        found = bare_counts(self.art.text, sent.start, pos, [])
        bare = next((b for b in reversed(found) if b.token.text and b.quantity in ("injured", "killed")), None)
        if bare is None:
            return None
        start = bare.token.start
        return ClaimProposal(start, bare.end, self.art.text[start:bare.end], quantity=bare.quantity, value=None, qualifier="unspecified",
                             population=population_code(bare.category, self.art.text[start:bare.end], ""), population_text=bare.noun)

    def count_of_sentence_before(self, si: int) -> ClaimProposal | None:
        """The last count with a value, not of seats, of the sentence before ``si`` in its paragraph: what
        "the figure" of "A second source put the figure at seven" stands for when its own sentence counts
        nothing (C13)."""
        sents = self.art.sentences
        if si == 0 or sents[si - 1].para != sents[si].para:
            return None
        lo, hi = sents[si - 1].start, sents[si - 1].end
        return next((p for p in reversed(self.claims) if lo <= p.start < hi and p.value is not None
                     and not p.quantity.startswith("seats")), None)

    def put_claimant(self, si: int, start: int, claim: ClaimProposal) -> None:
        """"put (the figure) at": the verb is the cue, its subject the claimant (C16)."""
        subject = self.art.subject_before(si, start)
        res = self.art.resolve(si, subject) if subject is not None else None
        if res is not None and res.known:
            claim.claimed_by, claim.claimed_by_cue = res.actor or res.new, self.art.text[subject.start:claim.number_start].rstrip()
