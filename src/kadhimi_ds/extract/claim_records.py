"""Recording a count as a claim: none in another event, a question or a hypothetical (C14, I6, I7); else its source, population, event."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .capitals import STATE_KINDS
from .cue_scope import outside_relative_cue
from .dates import whole_time
from .draft import ClaimProposal
from .heading_speakers import heading_speaker
from .hypotheticals import asked, hypothetical
from .elsewhere import another_event, concurrent_incident, continuing_gathering, foreign_item, other_cause, other_legislature, past_time_only
from .numerals import NumberToken
from .population import population_of, protesting
from .seats import seat_holder, seats_owner
from .text import inner_sentence

if TYPE_CHECKING:
    from .attribution import ArticleAttribution
    from .referring import Resolved
    from .registered_events import EventRegistry, RegisteredEvent


class ClaimRecords:
    """The recording of claims, a mixin of :class:`.claims.ClaimPass`, whose state it reads and fills."""

    art: ArticleAttribution
    published: dt.date | None
    events: EventRegistry | None
    placed: list[RegisteredEvent]
    claims: list[ClaimProposal]
    ties: dict[tuple[int, int], tuple[RegisteredEvent, ...]]
    elsewhere_reason: str
    asked_cats: list[str | None]
    lede: str

    def add_claim(self, si: int, start: int, end: int, tok: NumberToken, quantity: str, value: int | None,
                  qualifier: str, cat: str | None, noun: str | None, rule: str, confidence: float,
                  into: list[ClaimProposal] | None = None) -> ClaimProposal | None:
        """Record a claim at [start, end) with its source (the sentence's cue; with none, the
        article's voice, C16) and, for seats, whose seats they are. A count that its sentence
        places in another incident ("an earlier rocket attack", "two weeks ago") is no claim
        (C14, I7): None, and :attr:`elsewhere_reason` says why."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        lo, hi = inner_sentence(text, sent.start, sent.end, start)  # one sentence of a quoted passage
        words, span = text[lo:hi], (start - lo, end - lo)
        elsewhere = other_legislature(words) if quantity.startswith("seats") \
            else another_event(words, self.published, span) or foreign_item(text, start, self.lede)
        if (not elsewhere or past_time_only(elsewhere)) and quantity in ("killed", "injured"):
            elsewhere = other_cause(words, span, self.lede) or elsewhere  # "In June, air strikes killed four"
        if quantity == "participants" and not elsewhere:
            elsewhere = continuing_gathering(words)
        if elsewhere and not past_time_only(elsewhere) and not concurrent_incident(elsewhere, words) \
                and not (self.events is not None and whole_time(elsewhere, self.published)):
            self.elsewhere_reason = f"count for another event: {elsewhere} (I7)"
            return None
        if asked(words, span[0]):
            self.asked_cats.append(cat)
            self.elsewhere_reason = "count asked in a question, not stated (I6)"
            return None
        size = quantity == "seats_total" and (noun or "").startswith("-")  # "the 329-seat parliament will elect": a size, presupposed
        if not size and hypothetical(text, sent.start, tok.start, max(end, tok.end), tok.form in ("digits", "words", "vague", "article")):
            self.elsewhere_reason = "hypothetical, conditional or future count (I6)"
            return None
        if text[start:end].count("“") > text[start:end].count("”") and text[end:end + 1] == "”":
            end += 1
        res, cue_text, via = self.source_of(si, start, end)
        written = noun if noun and noun in text[tok.end:end] else None  # "a third" stands for the drones before it
        noun_end = text.find(written, tok.end, end) + len(written) if written else tok.end
        code, words = population_of(text, cat, written, (start if tok.form == "ordinal" else tok.start, tok.end, tok.form),
                                    noun_end, (sent.start, sent.end))
        if quantity == "participants" and code in ("people", "security_forces", "pm_guards"):  # C12: no forces take part
            code = "protesters" if protesting(text[sent.start:sent.end]) else "people"  # people the sentence says were protesting
        link = None if self.events is None else self.events.link(text[lo:hi], span, quantity, code, self.published, self.placed, elsewhere)
        if link is not None and link.unregistered:
            self.elsewhere_reason = f"count for another event: {link.unregistered} (I7)"
            return None
        if link is not None and link.tied:
            self.ties[(start, end)] = link.tied
        claim = ClaimProposal(start, end, text[start:end], quantity=quantity, value=value, qualifier=qualifier,
                              population=code, population_text=words, noun=noun,
                              reported_via=via, number_start=tok.start, number_end=tok.end,
                              confidence=confidence, rule=rule, event=link.event if link else None)
        if res is not None:
            claim.claimed_by = res.actor or res.new
            claim.claimed_by_cue = cue_text
            claim.confidence = round(min(confidence, 0.5 + res.confidence / 2), 2)
        else:  # with no heading claimant, a cue whose speaker is unread is kept for the coder
            claim.claimed_by, claim.claimed_by_cue = self.heading_claimant(si, start)
            claim.claimed_by_cue = claim.claimed_by_cue or cue_text
        claim.elsewhere = elsewhere  # seats before the election ("down from 54 in 2018") belong to it
        if claim.elsewhere:
            claim.confidence = min(claim.confidence, 0.3)
        if quantity == "seats_total":  # V3: the parliament's size, whoever the sentence is about
            claim.subject = art.gaz.surface.get("parliament")
        elif quantity.startswith("seats"):
            owner = seats_owner(text, art.refs(si), art.subject_before(si, start), tok.start)
            claim.subject = seat_holder(art.gaz, owner)
        (self.claims if into is None else into).append(claim)
        return claim

    def source_of(self, si: int, start: int, end: int) -> tuple[Resolved | None, str | None, str | None]:
        """(referent, cue words, outlet) of a count at [start, end) of sentence ``si``, as the attribution
        pass finds it ("the spokesman added" is his institution: :mod:`.pronouns`); none from a free relative closed before it."""
        res, words, via = self.art.claim_source(si, start, end)
        return (None, None, via) if outside_relative_cue(self.art.text, self.art.sentences[si].start, start, words) else (res, words, via)

    def heading_claimant(self, si: int, pos: int) -> tuple[str | None, str | None]:
        """(actor, words) of a registered body or person that a colon-led heading names by a name or
        alias, whatever the case of its first letter, as the speaker of the count at ``pos`` ("Ports
        ministry: three drones launched"); a state before the colon is a place label ("Iraq: drones
        hit …"). (None, None) otherwise."""
        text = self.art.text
        lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        span = heading_speaker(text, lo, len(text) if hi < 0 else hi, pos)
        if span is None:
            return None, None
        gaz, words = self.art.gaz, text[span[0]:span[1]]
        found = [ref.actor for ref in self.art.refs(si) if ref.kind == "mention" and ref.actor and span[0] <= ref.start
                 and ref.end <= span[1]]
        # a heading capitalises its first word: "Interior ministry" is the alias "interior ministry"
        found = found or sorted({aid for alias, aid in gaz.surface.items() if alias.lower() == words.lower()})
        found = [aid for aid in found if gaz.info[aid].kind not in STATE_KINDS]
        return (found[0], words) if len(set(found)) == 1 else (None, None)
