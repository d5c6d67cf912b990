"""The coverage rule (``kds check``): every quotation and every number expression the extractor finds
inside a curated body (outside its furniture) must overlap a curated quote, claim, ignore, event mention
or mention (descriptive or by alias); ``coverage(seeds)`` returns the others."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..build.mentions import alias_mentions
from ..build.resolve import resolve_annotations
from ..build.seeds import Seeds
from ..extract import Draft, extract
from .evaluate import Extractor, Span, overlaps, run_extractor


@dataclass(frozen=True)
class Uncovered:
    """A quotation or number expression found by the extractor that no curated row covers."""

    source_id: str
    kind: str          # quote | number | claim
    start: int
    end: int
    text: str
    detail: str = ""

    def message(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return (f"seeds/annotations/{self.source_id}.yaml: {self.kind} {self.text!r} at [{self.start}, {self.end}) is "
                f"not covered by a curated quote, claim, event mention, mention or ignore{extra}")


COVERING_SECTIONS = ("quotes", "claims", "events", "mentions", "ignores")


def coverage(seeds: Seeds, extractor: Extractor = extract, drafts: dict[str, Draft] | None = None) -> list[Uncovered]:
    """Quotations and number expressions found by the extractor inside a curated body (outside
    its furniture) that no curated quote, claim, ignore, event mention or mention overlaps.

    An empty list means the annotations cover everything the extractor sees; otherwise each item
    names the article and span, for a person to annotate or ignore with a reason.
    """
    rows = resolve_annotations(seeds)
    covering: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for section in COVERING_SECTIONS:
        for r in rows[section]:
            covering[r["source_id"]].append((r["start"], r["end"]))
    for r in alias_mentions(seeds):
        covering[r["source_id"]].append((r["start"], r["end"]))
    drafts = drafts or run_extractor(seeds, extractor)
    out: list[Uncovered] = []
    for sid, draft in drafts.items():
        doc = seeds.documents[sid]
        found: dict[tuple[int, int], Uncovered] = {}
        for q in draft.quotes:
            found.setdefault((q.start, q.end), Uncovered(sid, "quote", q.start, q.end, q.text))
        for n in draft.numbers:
            detail = "proposed as a claim" if n.is_claim else (n.reason or "")
            found.setdefault((n.start, n.end), Uncovered(sid, "number", n.start, n.end, n.text, detail))
        for c in draft.claims:
            if not any(overlaps((c.start, c.end), k) for k in found):
                found[(c.start, c.end)] = Uncovered(sid, "claim", c.start, c.end, c.text, f"{c.quantity} {c.value}")
        for (a, b), item in sorted(found.items()):
            if doc.in_furniture(Span(a, b)):
                continue
            if not any(overlaps((a, b), span) for span in covering[sid]):
                out.append(item)
    return out
