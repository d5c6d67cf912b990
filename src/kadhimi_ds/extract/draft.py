"""What the extractor proposes, as data and as an annotation draft.

The result types (every item a span with ``text[start:end] == item.text``), the
:class:`Draft` that gathers them for one article, and :func:`draft_yaml`, which writes a
draft as an annotation file anchored by exact text (with ``context`` or ``occurrence``
where the text is not unique, see :func:`anchor_fields`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..build.anchors import find_all, resolve_anchor
from ..errors import AnchorError


@dataclass
class Item:
    """A span of the text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str


@dataclass
class FurnitureSpan(Item):
    """Page furniture: ``kind`` from the furniture vocabulary, ``rule`` the rule that found it."""

    kind: str = "other"
    rule: str = ""


@dataclass
class QuoteProposal(Item):
    """A quotation (the characters between its marks) and who said it."""

    speaker: str | None = None          # actor id from the registry, else None
    speaker_text: str | None = None     # the words that name the speaker ("he", "Saad Maan")
    new_speaker: str | None = None      # id of a proposed new actor when the speaker is not registered
    attribution: str = "unattributed"   # explicit | implicit | unattributed
    channel: str = "unspecified"
    confidence: float = 0.2             # how sure the speaker is right (0..1)
    fragment: bool = False
    cue: str | None = None              # the attribution cue ("said", "according to", "he added")
    reported_via: str | None = None
    continued: bool = False             # runs on into the next paragraph
    rule: str = ""                      # how the speaker was found (see SPEAKER_BASIS)
    where: str = ""                     # which cue of the sentence: final_clause, cue_after, cue_before, cue_later

    @property
    def speaker_basis(self) -> str:
        """How the speaker was found, for a reviewer to know which speakers to check."""
        return SPEAKER_BASIS.get(self.rule, self.rule or "none")

    @property
    def check_speaker(self) -> bool:
        """True when a reviewer should check the speaker: its confidence is below :data:`CHECK_BELOW`."""
        return self.confidence < CHECK_BELOW


SPEAKER_BASIS = {
    "explicit_cue": "explicit cue", "pronoun": "pronoun resolution", "statement": "statement antecedent",
    "role": "role description", "possessive": "possessive role", "orgrole": "organisation role",
    "anonymous": "unnamed source", "generic": "generic source", "same_paragraph": "carried over (same paragraph)",
    "carried_over": "carried over (he added)", "continued_utterance": "continued utterance",
    "introduced": "introduced in the paragraph before", "repeated_word": "repeated word of an earlier quote",
    "heading": "sub-heading excerpt", "subject_of_quote": "subject before the quotation", "no_cue": "none",
    "unresolved_cue": "none (its cue names no speaker)",
}
"""``QuoteProposal.rule`` values and the speaker basis each gives."""

CHECK_BELOW = 0.65
"""Speakers drafted with a lower confidence are marked for checking: none found, a subject or sub-heading
before the quotation, the same paragraph, a role or statement antecedent. ``kds eval`` measures how many
wrong speakers the mark catches (``speaker_check_flags``)."""


@dataclass
class ClaimProposal(Item):
    """A numeric claim: a count of something tracked, with its hedge and its source."""

    quantity: str = ""
    value: int | None = None
    qualifier: str = "exact"
    population: str | None = None       # the C12 code
    population_text: str | None = None  # the article's words for what is counted (C13)
    noun: str | None = None             # the counted noun as written
    subject: str | None = None          # whose seats (actor id), for seat counts
    claimed_by: str | None = None       # who asserts it (actor id); None = the article's voice
    claimed_by_cue: str | None = None   # the words of the source cue ("Security sources told ...")
    reported_via: str | None = None
    number_start: int = 0
    number_end: int = 0
    confidence: float = 0.5
    rule: str = ""
    elsewhere: str | None = None        # words placing the count in another event ("in 2019")
    event: str | None = None            # the registered event proposed for it (C14), None when unclear

    @property
    def claimed_by_basis(self) -> str | None:
        """C18: ``article`` when the claimant comes from this article's words (always, for the
        extractor), None when there is no claimant."""
        return "article" if self.claimed_by else None


@dataclass
class NumberExpression(Item):
    """A number expression found in the body; ``reason`` says why it is not a claim."""

    value: int | None = None
    form: str = ""
    is_claim: bool = False
    reason: str | None = None


@dataclass
class MentionProposal(Item):
    """A mention of a registered actor; ``method`` says how it was found."""

    actor_id: str = ""
    method: str = "alias"   # alias | name | fuzzy | surname | honorific | given | role | anonymous | possessive | capital
    score: float = 1.0


@dataclass
class DateHint(Item):
    """A date expression resolved against the article's date, as a hint for event links."""

    date: dt.date | None = None
    precision: str | None = None        # day | month | year
    relative: bool = False
    rule: str = ""


@dataclass
class ActorProposal:
    """A name that the registry lacks, proposed as a new actor."""

    id: str
    name: str
    kind: str
    start: int
    end: int
    text: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    evidence: str = ""


@dataclass
class Draft:
    """Everything the extractor proposes for one article."""

    text: str
    published: dt.date | None
    body: Item
    furniture: list[FurnitureSpan]
    quotes: list[QuoteProposal]
    claims: list[ClaimProposal]
    numbers: list[NumberExpression]
    mentions: list[MentionProposal]
    dates: list[DateHint]
    new_actors: list[ActorProposal]
    warnings: list[str] = field(default_factory=list)
    candidates: list[ClaimProposal] = field(default_factory=list)  # plurals with no number (C4), to confirm

    def in_furniture(self, start: int, end: int) -> bool:
        """True when [start, end) reaches outside the proposed body or overlaps proposed furniture."""
        if start < self.body.start or end > self.body.end:
            return True
        return any(start < f.end and end > f.start for f in self.furniture)


# --- the YAML draft -----------------------------------------------------------------------


def _yq(value: Any) -> str:
    """A YAML scalar: JSON-quoted strings (valid YAML double-quoted), null, true/false, numbers."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    out = json.dumps(str(value), ensure_ascii=False)
    if re.fullmatch(r"[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*", out[1:-1]) and out[1:-1] not in ("null", "true", "false", "yes", "no", "on", "off", "y", "n"):
        return out[1:-1]  # identifiers and vocabulary words stay plain
    return out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _comment(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


MAX_CONTEXT_TRIES = 8
"""Contexts tried for a text found more than once (each try searches the body once); a
text found more often than this is anchored by its occurrence at once. With the hits of
each distinct text found once (``hits``), building a draft costs a bounded number of
passes over the body per item, not passes growing with the input."""


def anchor_fields(text: str, lo: int, hi: int, start: int, end: int,
                  hits: dict[str, list[int]] | None = None) -> dict[str, Any]:
    """How to anchor text[start:end] inside the body [lo, hi): nothing when the text is unique,
    else the shortest ``context`` (grown word by word inside its line, at most
    MAX_CONTEXT_TRIES words) that resolves to exactly this span, else its ``occurrence``.
    ``hits`` caches the occurrences of each text across the items of one draft."""
    needle = text[start:end]
    hits = {} if hits is None else hits
    if needle not in hits:
        hits[needle] = find_all(text, needle, lo, hi)
    found = hits[needle]
    if len(found) <= 1:
        return {}
    line_lo = max(lo, text.rfind("\n", lo, start) + 1)
    line_hi = text.find("\n", end, hi)
    line_hi = hi if line_hi < 0 else line_hi
    a, b, tries = start, end, 0 if len(found) <= MAX_CONTEXT_TRIES else MAX_CONTEXT_TRIES
    while (a > line_lo or b < line_hi) and tries < MAX_CONTEXT_TRIES:
        tries += 1
        a = max(line_lo, a - 1)
        while a > line_lo and not text[a - 1].isspace():
            a -= 1
        b = min(line_hi, b + 1)
        while b < line_hi and not text[b].isspace():
            b += 1
        try:
            span = resolve_anchor(text, needle, lo=lo, hi=hi, context=text[a:b])
        except AnchorError:
            continue
        if span.start == start:
            return {"context": text[a:b]}
    at = bisect.bisect_left(found, start)
    return {"occurrence": at + 1} if at < len(found) and found[at] == start else {}


def _unique_piece(text: str, start: int, end: int, from_end: bool, minimum: int = 30) -> str:
    """The shortest piece at the start (or end) of text[start:end] that occurs once in the whole text."""
    n = min(end - start, minimum)
    while True:
        if from_end:
            a = end - n
            while a > start and not text[a - 1].isspace():
                a -= 1  # start at a word boundary
            piece = text[a:end]
        else:
            b = start + n
            while b < end and not text[b].isspace():
                b += 1  # end at a word boundary
            piece = text[start:b].rstrip()
        if n >= end - start or text.count(piece) == 1:
            return piece
        n = min(end - start, 2 * n)  # doubling: a few passes over the text, however repetitive


def draft_yaml(draft: Draft, source_id: str) -> str:
    """The draft as an annotation file (``status: draft``) in the format of seeds/annotations/README.md.

    Items are anchored by their exact text, with ``context`` or ``occurrence`` when the text is not
    unique in the body, so that ``kadhimi_ds.seeds.Document.resolve`` finds each span. Confidence,
    cues and the rule that proposed each item are YAML comments; the proposed body anchors, the
    furniture and the new actors are comments at the top, for seeds/sources.yaml and
    seeds/actors.yaml. A claim's event is the one the event registry proposes (null when unclear or
    without a registry); the events of quotes and event mentions are left null for a person to fill in.
    """
    text, lo, hi = draft.text, draft.body.start, draft.body.end
    out = ["# Draft annotation proposed by kadhimi_ds.extract: every item is a proposal. Check each one,",
           "# fill in the events left null and check the proposed ones, then set status: reviewed (kds build",
           "# refuses drafts).", "#",
           "# Proposed body and page furniture for seeds/sources.yaml:"]
    if draft.body.end > draft.body.start:
        out.append(f"#   body_first: {_yq(_unique_piece(text, lo, hi, False))}")
        out.append(f"#   body_last: {_yq(_unique_piece(text, lo, hi, True))}")
    inside = [f for f in draft.furniture if lo <= f.start and f.end <= hi]
    if inside:
        out.append("#   furniture:")
        for f in inside:
            out.append(f"#     - text: {_yq(f.text)}")
            out.append(f"#       kind: {f.kind}")
    for f in draft.furniture:
        if not (lo <= f.start and f.end <= hi):
            out.append(f"#   outside the body ({f.rule}): {_yq(_comment(f.text)[:80])}")
    if draft.new_actors:
        out.append("#")
        out.append("# Proposed new actors (add to seeds/actors.yaml, or change the items that use them):")
        for p in draft.new_actors:
            out.append(f"#   - id: {p.id}, name: {_yq(p.name)}, kind: {p.kind}  ({p.evidence}; first at [{p.start}, {p.end}))")
    for w in draft.warnings:
        out.append(f"# warning: {w}")
    out += [f"source_id: {_yq(source_id)}", "status: draft"]

    hits: dict[str, list[int]] = {}

    def item(fields: list[tuple[str, Any]], start: int, end: int, note: str = "") -> None:
        anchor = anchor_fields(text, lo, hi, start, end, hits)
        first = True
        for key, value in [("text", text[start:end]), *anchor.items(), *fields]:
            prefix = "  - " if first else "    "
            line = f"{prefix}{key}: {_yq(value)}"
            if first and note:
                line += f"  # {_comment(note)}"
            out.append(line)
            first = False

    out.append("quotes:" if draft.quotes else "quotes: []")
    for q in draft.quotes:
        note = ("CHECK SPEAKER; " if q.check_speaker else "") + f"speaker basis: {q.speaker_basis}, confidence {q.confidence}; where {q.where}" + (f"; cue {q.cue!r}" if q.cue else "") + (
            f"; speaker words {q.speaker_text!r}" if q.speaker_text else "") + ("; new actor" if q.new_speaker else "")
        item([("speaker", q.speaker or q.new_speaker), ("attribution", q.attribution), ("channel", q.channel),
              ("event", None), ("fragment", q.fragment), ("reported_via", q.reported_via)], q.start, q.end, note)
    out.append("claims:" if draft.claims else "claims: []")
    for c in draft.claims:
        note = f"confidence {c.confidence}; rule {c.rule}" + (f"; source cue {c.claimed_by_cue!r}" if c.claimed_by_cue else "") + (
            f"; another event? {c.elsewhere!r}: link that event or ignore (I7)" if c.elsewhere and not c.event else "") + (
            "; event proposed from the registry" if c.event else "")
        item([("quantity", c.quantity), ("value", c.value), ("qualifier", c.qualifier), ("population", c.population),
              ("population_text", c.population_text), ("event", c.event), ("subject", c.subject), ("claimed_by", c.claimed_by),
              ("claimed_by_basis", c.claimed_by_basis), ("reported_via", c.reported_via)],
             c.start, c.end, note)
    for c in draft.candidates:
        out.append(f"  # C4 candidate, plural with no number (add it as a claim if the article asserts it): text {_yq(c.text)}, "
                   f"quantity {c.quantity}, population {c.population}, population_text {_yq(c.population_text)}")
    out.append("events:" if draft.dates else "events: []")
    for d in draft.dates:
        hint = f"date hint {d.date.isoformat()} ({d.precision})" if d.date else "date hint: unresolved"
        item([("event", None)], d.start, d.end, hint + ("; relative" if d.relative else ""))
    extra = [m for m in draft.mentions if m.method not in ("alias",)]
    out.append("mentions:" if extra else "mentions: []")
    for m in extra:
        item([("actor", m.actor_id)], m.start, m.end, f"{m.method}, score {m.score}")
    ignores = [n for n in draft.numbers if not n.is_claim and n.reason]
    out.append("ignores:" if ignores else "ignores: []")
    for n in ignores:
        item([("reason", n.reason)], n.start, n.end)
    return "\n".join(out) + "\n"
