"""Quotes and their speakers against the codebook: short passages invented and coded from
CODEBOOK.md alone (sections 2, 3 and 5) by a coder who never saw the extractor, in
``codebook/quotes.yaml``.

Each case lists the quotations a coder codes (the words between the marks and who said them:
a registered actor, a new actor named in the passage, or no one) and the marked words that are
no quotation (scare quotes, names, titles). The extractor must propose exactly one quotation over
each coded one, with the coder's speaker, and none over the others or anywhere else. A case
marked ``gap`` is a known miss, kept as a strict expected failure so that mending it is noticed."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from kadhimi_ds.extract import extract

from helpers import codebook_params

HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "codebook" / "quotes.yaml").read_text(encoding="utf-8"))
ACTORS = yaml.safe_load((HERE.parents[1] / "seeds" / "actors.yaml").read_text(encoding="utf-8"))
PUBLISHED = dt.date(2021, 11, 7)


def anchor(passage: str, item: dict) -> tuple[int, int]:
    """The span of the ``occurrence``-th copy of the item's quoted words."""
    copies = [m.span() for m in re.finditer(re.escape(item["words"]), passage)]
    assert len(copies) >= item.get("occurrence", 1), (passage, item)
    return copies[item.get("occurrence", 1) - 1]


def overlapping(quotes, span: tuple[int, int]) -> list:
    return [q for q in quotes if q.start < span[1] and span[0] < q.end]


def speaker_of(quote) -> str:
    """The proposed speaker as the coder writes it: a registry id, "new:<surname>" or "none"."""
    if quote.speaker:
        return quote.speaker
    return f"new:{quote.new_speaker.rsplit('-', 1)[-1]}" if quote.new_speaker else "none"


def coded_speaker(item: dict) -> str:
    if item.get("speaker"):
        return item["speaker"]
    if item.get("new_speaker"):
        return "new:" + re.sub(r"[^a-z0-9]+", "-", item["new_speaker"].lower()).strip("-").rsplit("-", 1)[-1]
    return "none"


def test_the_cases_are_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    registered = {a["id"] for a in ACTORS}
    for case in CASES:
        for item in [*(case.get("quotes") or []), *(case.get("not_quotes") or [])]:
            anchor(case["passage"], item)
            assert item.get("speaker") in registered | {None}, item


@pytest.mark.parametrize("case", codebook_params(CASES))
def test_codebook_case(case):
    passage = case["passage"]
    quotes = extract(passage, PUBLISHED, ACTORS).quotes
    found = []
    for item in case.get("quotes") or []:
        hits = overlapping(quotes, anchor(passage, item))
        assert len(hits) == 1, f"{item['words']!r}: {[q.text for q in hits]}"
        assert speaker_of(hits[0]) == coded_speaker(item), f"{item['words']!r}: {speaker_of(hits[0])} ({hits[0].rule})"
        found.append(hits[0])
    for item in case.get("not_quotes") or []:
        hits = [q for q in overlapping(quotes, anchor(passage, item)) if q not in found]
        assert not hits, f"{item['words']!r} is no quotation: {[q.text for q in hits]}"
    spurious = [q.text for q in quotes if q not in found]
    assert not spurious, f"quotations the coder did not code: {spurious}"
