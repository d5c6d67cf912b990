"""Numeric claims against the codebook: short passages invented and coded from CODEBOOK.md
alone (sections 4 and 7) by coders who never saw the extractor, in ``codebook/claims.yaml``, extracted
with the seeds' actor and event registries.

Each case lists the number expressions a coder codes as claims (quantity, value, qualifier)
and those that are no claims. Over each coded number the extractor must propose exactly the
coder's claims (one, or two for an ordinal closing a series, C8), and no claim over the others
or anywhere else. A case marked
``gap`` is a known miss, kept as a strict expected failure so that mending it is noticed."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from kadhimi_ds.extract import extract

from helpers import codebook_params

HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "codebook" / "claims.yaml").read_text(encoding="utf-8"))
ACTORS = yaml.safe_load((HERE.parents[1] / "seeds" / "actors.yaml").read_text(encoding="utf-8"))
EVENTS = yaml.safe_load((HERE.parents[1] / "seeds" / "events.yaml").read_text(encoding="utf-8"))
PUBLISHED = dt.date(2021, 11, 7)


def anchor(passage: str, item: dict) -> tuple[int, int]:
    """The span of the ``occurrence``-th whole-word copy of the item's number expression."""
    copies = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(item["number"]) + r"(?!\w)", passage)]
    assert len(copies) >= item.get("occurrence", 1), (passage, item)
    return copies[item.get("occurrence", 1) - 1]


def overlapping(claims, span: tuple[int, int]) -> list:
    return [c for c in claims if c.start < span[1] and span[0] < c.end]


def test_the_cases_are_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        for item in [*(case.get("claims") or []), *(case.get("not_claims") or [])]:
            anchor(case["passage"], item)  # fails if the number is not in the passage


@pytest.mark.parametrize("case", codebook_params(CASES))
def test_codebook_case(case):
    passage = case["passage"]
    claims = extract(passage, PUBLISHED, ACTORS, EVENTS).claims
    coded: dict[tuple[int, int], list[tuple]] = {}
    for item in case.get("claims") or []:  # an ordinal closing a series may carry two claims (C8)
        coded.setdefault(anchor(passage, item), []).append((item["quantity"], item["value"], item["qualifier"]))
    found = []
    for span, expected in coded.items():
        hits = overlapping(claims, span)
        got = sorted((c.quantity, c.value, c.qualifier) for c in hits)
        assert got == sorted(expected), f"{passage[span[0]:span[1]]!r}: {[(c.text, c.quantity, c.value, c.qualifier) for c in hits]}"
        found += hits
    for item in case.get("not_claims") or []:
        hits = [c for c in overlapping(claims, anchor(passage, item)) if c not in found]
        assert not hits, f"{item['number']!r} is no claim: {[c.text for c in hits]}"
    spurious = [(c.text, c.quantity, c.value) for c in claims if c not in found]
    assert not spurious, f"claims the coder did not code: {spurious}"
