"""Numeric claims: which number expressions of the body count something tracked (drones,
explosions, casualties, participants, parliament seats), with the quantity, value, hedge
(qualifier), population and source of each; the others get the reason they are not claims.

One pass (:class:`ClaimPass`) whose rules read the same sentence state; a count becomes a claim, with its
source, population and event, in :mod:`.claim_records`. The reasons a number is
no claim are in :mod:`.non_claims` and :mod:`.denials`, the counted noun of a number in :mod:`.counted`,
its hedge in :mod:`.qualifiers`, what a number with no noun counts in :mod:`.bare_numbers`, the counted-noun
vocabulary and the quantity rules in :mod:`.counting`, what befell a drone in :mod:`.drone_fates`, the population in :mod:`.population`, ordinals of a series in :mod:`.ordinals`, restated
figures in :mod:`.figures`, tolls in :mod:`.tolls`, singular counts in :mod:`.singulars`."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .draft import ClaimProposal, NumberExpression
from .numerals import NumberContext, NumberToken, find_numbers
from .bare_counts import bare_counts, noun_of_count
from .elsewhere import heading_of_another_event
from .denials import not_claim_denied
from .repeats import drop_repeats, same_count
from .claim_records import ClaimRecords
from .bare_numbers import asked_category, elided_category, placed_with, split_downing, table_column
from .counted import OF_THEM, counted_noun
from .qualifiers import qualifier_after, qualifier_before
from .counting import casualty_noun_before, casualty_of, quantity_of, treated_span, wounds_end
from .elided import ElidedClaims, gapped, others_of
from .event_ties import settle_ties
from .registered_events import EventRegistry, RegisteredEvent
from .figures import FigureClaims
from .non_claims import NON_CLAIM_RULES
from .picked_out import not_claim_ordinal
from .ordinals import OrdinalClaims
from .ranges import RangeClaims, range_second
from .singulars import SingularClaims
from .tolls import toll_before

if TYPE_CHECKING:
    from .attribution import ArticleAttribution


_TO_NEXT = re.compile(r"\s+to\s+")
_OPENS_QUOTE = re.compile(r"\s*[“\"]")
_ONE_OF = re.compile(r"^\s+of\s+(?:the|these|those|them)\b")
"""A partitive of one out of drones already there: only a verb that separates some of them (hit, shot down)
makes it a count; as one of the drones used it picks one out (I4)."""
_AMONG = re.compile(r"\b(?:among\s+(?:them|whom|those)|including|of\s+whom|among\s+the\s+(?P<cas>injured|wounded|hurt|dead|killed)"
                    r"(?:\s+(?:were|was|are))?)\s+$", re.I)


def _subset_of(head: str, here: list[ClaimProposal], partitive: re.Match[str] | None) -> str | None:
    """The casualty quantity of a group counted within the casualties before it ("125 others were
    injured, among them dozens of security personnel", "including 40 policemen", "125 were hurt, 98 of
    them police": ``partitive`` is the "of them" after the number; "among the dead were two guards" names
    it itself); None without such a lead-in or casualty count."""
    m = _AMONG.search(head)
    if m is None:
        return None if partitive is None else next((p.quantity for p in reversed(here) if p.quantity in ("injured", "killed")), None)
    if m.group("cas"):
        return "killed" if m.group("cas").lower() in ("dead", "killed") else "injured"
    prev = next((p for p in reversed(here) if p.quantity in ("injured", "killed")), None)
    return prev.quantity if prev else None


class ClaimPass(ClaimRecords, OrdinalClaims, FigureClaims, RangeClaims, SingularClaims, ElidedClaims):
    """The claim pass: every number expression of the body, each a claim or a non-claim with a reason."""

    def __init__(self, art: ArticleAttribution, published: dt.date | None = None, events: EventRegistry | None = None,
                 placed: list[RegisteredEvent] | None = None):
        self.art, self.published = art, published
        self.events, self.placed = events, placed or []  # the event registry, and the events the article's dates meet
        self.numbers: list[NumberExpression] = []
        self.claims: list[ClaimProposal] = []
        self.candidates: list[ClaimProposal] = []  # bare plurals (C4), for the coder to confirm
        self.ties: dict[tuple[int, int], tuple[RegisteredEvent, ...]] = {}  # the events a claim's span fits equally
        self.elsewhere_reason = ""
        self.asked_cats: list[str | None] = []  # what the counts of a question counted ("Were there two drones or three?")
        # the headline and the first paragraph of 20 words or more: a round-up item's label is checked against it
        paras = [art.text[a:b] for a, b in art.paragraphs]
        self.lede = " ".join(paras[:1] + [next((p for p in paras[1:] if len(p.split()) >= 20), "")])

    def run(self) -> None:
        """Find the number expressions of every paragraph and judge them sentence by sentence."""
        para_cats: dict[int, list[str | None]] = {}
        self.by_sentence: dict[int, list[NumberToken]] = {}
        art = self.art
        for a, b in art.paragraphs:
            for tok in find_numbers(art.text, a, b, art.index.between("num", a, b)):
                self.by_sentence.setdefault(self.art.sentence_of(tok.start), []).append(tok)
        for si, sent in enumerate(self.art.sentences):
            if sent.para not in para_cats:  # an answer counts what the question before it asked about
                para_cats[sent.para], self.asked_cats = self.asked_cats, []
                if _OPENS_QUOTE.match(art.text, sent.start) and sent.para - 1 in para_cats:
                    para_cats[sent.para] += para_cats[sent.para - 1]  # a quotation carries on the statement reported before it
            self.sentence(si, para_cats[sent.para])
        self.drop_repeats()
        settle_ties(self.art, self.claims, self.ties)

    def drop_repeats(self) -> None:
        """C15: later mentions of one statement are repeats (I7); see :func:`.repeats.drop_repeats`. A heading
        of an item about another incident is no claim (C14, I7), and so no first mention of a statement either."""
        kept = []
        for claim in self.claims:
            reason = heading_of_another_event(self.art.text, claim, self.numbers)
            if reason is None:
                kept.append(claim)
                continue
            for n in self.numbers:
                if (n.start, n.end) == (claim.number_start, claim.number_end):
                    n.is_claim, n.reason = False, reason
        self.claims = drop_repeats(self.art, kept, self.numbers)

    def sentence(self, si: int, cats: list[str | None]) -> None:
        """Judge the number expressions of sentence ``si``; ``cats`` are the categories counted so
        far in its paragraph (for numbers without a noun)."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        tokens = [t for t in self.by_sentence.get(si, []) if t.end <= sent.end]
        here: list[ClaimProposal] = []
        first_number = len(self.numbers)
        in_range: dict[int, str | None] = {}  # the later numbers of a range: None in a claim, else why it is none
        for k, tok in enumerate(tokens):
            c = NumberContext(text, tok, sent.start, sent.end)
            expr = NumberExpression(tok.start, tok.end, tok.text, value=tok.value, form=tok.form)
            self.numbers.append(expr)
            if tok.start in in_range:  # the second number of "two or three drones"
                expr.is_claim, expr.reason = in_range[tok.start] is None, in_range[tok.start]
                continue
            if tok.form == "ordinal" and not not_claim_denied(c):  # "nothing to suggest a second" closes no series
                made = self.implied_total(si, c, here, cats)
                if made:
                    expr.is_claim = True
                    here += made
                    continue
            reason = next((r for r in (rule(c) for rule in NON_CLAIM_RULES) if r), None)
            if reason is None and tok.form == "ordinal":
                reason = not_claim_ordinal(c)
            if reason:
                expr.reason = reason
                continue
            restated = self.restated_figure(si, c, here, cats)
            if restated:
                expr.is_claim = True
                here.append(restated)
                continue
            second = range_second(text, tokens, k, c.before)
            if second is not None:
                made = self.range_claim(si, c, second, cats)
                if isinstance(made, str):  # "whether two or three drones were launched": both numbers are none
                    expr.reason = made
                    in_range.update((t.start, made) for t in tokens[k + 1:] if t.start <= second.start)
                    continue
                if made is not None:
                    expr.is_claim = True
                    in_range.update((t.start, None) for t in tokens[k + 1:] if t.start <= second.start)
                    here.append(made)
                    continue
            cat, noun, noun_end = counted_noun(c)
            cat = others_of(c.before, noun) or cat
            qualifier, qstart = qualifier_before(c)
            toll = None if noun else toll_before(text, sent.start, qstart)
            if cat is None and k + 1 < len(tokens) and _TO_NEXT.fullmatch(text, tok.end, tokens[k + 1].start):
                cat = counted_noun(NumberContext(text, tokens[k + 1], sent.start, sent.end))[0]  # "from 48 to 17 seats"
            if cat is None:
                cat = elided_category(c, cats)
                whole = OF_THEM.match(c.after)
                if whole:  # "two of them": the pronoun stands for the counted noun
                    noun, noun_end = whole.group("pro"), tok.end + whole.end()
            elif cat == "other" and casualty_of(c.before, text[noun_end:min(sent.end, noun_end + 100)]):
                cat = "people"  # "14 fishermen were killed": any noun that is killed or injured counts people
            if toll:  # "the number of dockers wounded at nine", "as the toll climbs to two" after a drone attack:
                cat = "people"  # a toll counts the killed or wounded, whatever else the sentence counts
            if cat in ("source", "time", "other") or cat is None:
                expr.reason = {"source": "count of sources, not a claim", "time": "duration or relative date, not a count",
                               None: "no counted noun"}.get(cat, f"counts “{noun}”, not a tracked quantity")
                continue
            quantity = quantity_of(c, cat, noun, noun_end if noun else tok.end)
            column = table_column(c) if cat == "seat" and not noun else None
            if column == "":
                expr.reason = "bracketed figure of a results table that its heading does not explain"
                continue
            quantity = column or quantity  # "Fatah Alliance – 17 (48)" under "(2018 seats in brackets)": the columns say it
            gap = None if noun else gapped(c, here)
            if gap is not None:  # "two protesters dead, AFP one": the quantity of the count whose words it leaves out
                quantity = gap.quantity
            if toll and cat == "people":  # the toll's words say what is counted
                quantity = toll.quantity
            modifier = casualty_of(text[tok.end:noun_end - len(noun)], "") if noun and cat == "people" else None
            if quantity is None and modifier:
                quantity = modifier  # "six wounded guards": the modifier says it
            if quantity is None and cat == "people":
                quantity = _subset_of(text[sent.start:qstart], here, OF_THEM.match(c.after))
                if quantity and not noun and tok.form == "vague":
                    expr.reason = f"vague subset of the {quantity}, not a coded quantity (I5)"  # "including several who were sent home"
                    continue
            if quantity is None:
                expr.reason = f"counts {noun or cat} without a casualty, participation or seat word"
                continue
            if quantity == "drones_launched" and tok.value == 1 and _ONE_OF.match(c.after):
                expr.reason = "“one of the ...”, not a count (I4)"  # "at least one of the drones was launched from ...": picks one out
                continue
            if toll:  # "put the number of guards wounded at six": the span holds the counted noun (C6)
                qstart = toll.start
            elif cat == "seat" and not noun and placed_with(c) is not None:
                qstart = placed_with(c)  # "came second with 37": the span runs from "with" (C6 note)
            end = noun_end if noun else tok.end
            treated = treated_span(text, qstart, end) if quantity == "injured" else None
            if treated:
                qstart, end = treated  # "treated five men for wounds": the verb and the wounds decide it (C6)
            elif quantity == "injured" and wounds_end(text, end):
                end = wounds_end(text, end)  # "seven guards with injuries": the injuries decide it (C6)
            elif quantity in ("killed", "injured"):
                qstart = casualty_noun_before(text, sent.start, qstart) or qstart  # "the martyrdom of two demonstrators"
            split = split_downing(c) if cat == "drone" and not noun else None
            if split:
                qstart, end = split  # "brought one down": the verb and its particle (C6)
            hedge_after = qualifier_after(text, end, sent.end) if qualifier == "exact" else None
            if hedge_after:
                qualifier, end = hedge_after  # "six guards at least were hurt"
            if any(tok.end <= t.start < end for t in tokens):
                end = tok.end  # "15 of the 329 seats": the span stops before the other number
            attributive = quantity == modifier or (noun or "").startswith("-")  # "six wounded guards", "329-seat"
            claim = self.add_claim(si, qstart, end, tok, quantity, tok.value,
                                   qualifier, cat, noun, "attributive" if attributive else "number", 0.8 if noun else 0.6)
            if claim is None:
                expr.reason = self.elsewhere_reason
                continue
            if toll:
                claim.population, claim.population_text = toll.population, toll.population_text
                if toll.put:
                    self.put_claimant(si, qstart, claim)
            expr.is_claim = True
            here.append(claim)
            cats.append(cat)
        self.singulars(si, here, cats, self.numbers[first_number:])
        self.elided(si, here, cats)
        self.without_value(si, here, cats)
        asked = asked_category(text[sent.start:sent.end])
        if asked:  # "How many drones were there?": the answer's bare numbers count drones, here or in the next paragraph
            cats.append(asked)
            self.asked_cats.append(asked)

    def without_value(self, si: int, here: list[ClaimProposal], cats: list[str | None]) -> None:
        """Counts with no value: "a number of guards were wounded" (C2) and "residents heard
        explosions" (C4), both claims; a bare plural that repeats an earlier count with no value of
        the same quantity, population and claimant is one claim with it (C15), not a second."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        taken = [(n.start, n.end) for n in self.numbers if n.start < sent.end and n.end > sent.start] + [(c.start, c.end) for c in here]
        bares = bare_counts(text, sent.start, sent.end, taken)
        for bare in bares:
            vague = bool(bare.token.text)
            found: list[ClaimProposal] = []
            claim = self.add_claim(si, bare.start, bare.end, bare.token, bare.quantity, None, "unspecified", bare.category,
                                   bare.noun, "vague_amount" if vague else "bare_plural", 0.5 if vague else 0.3, into=found)
            if vague:
                self.numbers.append(NumberExpression(bare.token.start, bare.token.end, bare.token.text, form="unspecified",
                                                     is_claim=claim is not None, reason=None if claim else self.elsewhere_reason))
            if claim is None or not vague and any(same_count(claim, c) for c in self.claims):
                continue
            if not vague and any(c.quantity == bare.quantity and noun_of_count(text, sent.start, (c.start, c.end), bare.start)
                                 for c in [*here, *bares] if c is not bare):
                continue  # "83 policemen and soldiers were hurt", "put the number of drones at three": no second count
            self.claims.append(claim)
            here.append(claim)
            cats.append(bare.category)
