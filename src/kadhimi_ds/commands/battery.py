"""Scoring speaker attribution on a battery of short cases (``kds eval --battery FILE``).

A battery is a YAML list of short articles written to probe how news copy says who speaks, each with
the speaker of every quotation in it (``tests/heldout/batteries/``)::

    - id: b001
      shape: inverted cue with a long apposition
      text: |
        ... the article ...
      quotes:
        - quote: words inside the marks, or an exact part of them
          speaker: mustafa-al-kadhimi      # a registered actor
        - quote: ...
          speaker_text: Ali Hassan         # an actor the registry lacks: the words naming it in text
        - quote: ...
          speaker: none                    # the article does not say

Every case is drafted alone, as a new article, after the registry given (the published one): the score is
that of ``kds eval --first-draft --alone``. A quotation is found when a proposed quote overlaps an occurrence
of its words. Its speaker is right when the registered id is the one expected; when ``none`` is expected
and nothing is proposed; or, for ``speaker_text``, when the proposed new actor has a mention overlapping an
occurrence of those words, or its name and those words contain one another. A proposed quote that overlaps
no expected one is spurious, unless it continues, in the same paragraph, a quote that was found (the second
part of a split quotation).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..build.seeds import load_yaml
from ..errors import KdsError
from ..extract import Draft, extract
from .evaluate import overlaps

PUBLISHED = dt.date(2021, 11, 8)
"""The date a case is drafted for when it gives none: the day after the attack."""

Extractor = Callable[..., Draft]


@dataclass(frozen=True)
class Expected:
    """One quotation of a case and the speaker it should get."""

    quote: str
    speaker: str | None = None        # a registered id, or "none"
    speaker_text: str | None = None   # the words naming an actor the registry lacks


@dataclass(frozen=True)
class Case:
    id: str
    shape: str
    text: str
    quotes: tuple[Expected, ...]
    published: dt.date = PUBLISHED


def read_battery(path: Path, actor_ids: set[str]) -> list[Case]:
    """The cases of a battery file, checked: each quotation and speaker text occurs in its case's
    text, each speaker is a registered id or ``none``; a one-line error names the file and case."""
    raw = load_yaml(path)
    if not isinstance(raw, list):
        raise KdsError(f"{path}: a battery is a list of cases")
    cases, seen = [], set()
    for n, item in enumerate(raw, 1):
        where = f"{path}: case {item.get('id', n) if isinstance(item, dict) else n}"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("text"), str):
            raise KdsError(f"{where}: a case needs an id and a text")
        if item["id"] in seen:
            raise KdsError(f"{where}: the id is used twice")
        seen.add(item["id"])
        cases.append(Case(item["id"], str(item.get("shape") or ""), item["text"],
                          tuple(_expected(q, item["text"], actor_ids, where) for q in item.get("quotes") or ()),
                          _date(item.get("published", PUBLISHED), where)))
    return cases


def _expected(q: Any, text: str, actor_ids: set[str], where: str) -> Expected:
    if not isinstance(q, dict) or not isinstance(q.get("quote"), str) or q["quote"] not in text:
        raise KdsError(f"{where}: quote {str(q.get('quote') if isinstance(q, dict) else q)[:40]!r} is not in its text")
    speaker, speaker_text = q.get("speaker"), q.get("speaker_text")
    if (speaker is None) == (speaker_text is None):
        raise KdsError(f"{where}: quote {q['quote'][:40]!r} needs one of speaker and speaker_text")
    if speaker is not None and speaker != "none" and speaker not in actor_ids:
        raise KdsError(f"{where}: speaker {speaker!r} is not a registered actor (use speaker_text for a new one)")
    if speaker_text is not None and (not isinstance(speaker_text, str) or speaker_text not in text):
        raise KdsError(f"{where}: speaker_text {speaker_text!r} is not in its text")
    return Expected(q["quote"], speaker, speaker_text)


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise KdsError(f"{where}: published {value!r} is not a date (YYYY-MM-DD)") from None


def _occurrences(text: str, words: str) -> list[tuple[int, int]]:
    found, i = [], text.find(words)
    while i >= 0:
        found.append((i, i + len(words)))
        i = text.find(words, i + 1)
    return found


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(overlaps(a, span) for span in spans)


def _right(expected: Expected, quote: Any, draft: Draft) -> bool:
    if expected.speaker == "none":
        return quote.speaker is None and quote.new_speaker is None
    if expected.speaker is not None:
        return quote.speaker == expected.speaker
    proposal = next((a for a in draft.new_actors if a.id == quote.new_speaker), None)
    if proposal is None:
        return False
    where = _occurrences(draft.text, expected.speaker_text)
    return (any(_overlaps(m, where) for m in (proposal.mentions or [(proposal.start, proposal.end)]))
            or proposal.name in expected.speaker_text or expected.speaker_text in proposal.name)


def _proposed(quote: Any, draft: Draft) -> str | None:
    if quote.speaker:
        return quote.speaker
    proposal = next((a for a in draft.new_actors if a.id == quote.new_speaker), None)
    return f"new: {proposal.name}" if proposal else None


def score_case(case: Case, draft: Draft) -> tuple[int, list[dict[str, Any]]]:
    """The number of speakers right in one case, and a line for each quotation wrong, missed or spurious."""
    right, failures, found = 0, [], []
    for e in case.quotes:
        where = _occurrences(case.text, e.quote)
        quote = next((q for q in draft.quotes if _overlaps((q.start, q.end), where)), None)
        expected = e.speaker or f"new: {e.speaker_text}"
        if quote is None:
            failures.append(dict(case=case.id, quote=e.quote[:60], expected=expected, proposed="(quote not found)"))
            continue
        found.append(quote)
        if _right(e, quote, draft):
            right += 1
        else:
            failures.append(dict(case=case.id, quote=e.quote[:60], expected=expected,
                                 proposed=_proposed(quote, draft) or "none", basis=quote.rule))
    for q in draft.quotes:
        if all(q is not f for f in found) and not any(f.end <= q.start and "\n\n" not in case.text[f.end:q.start] for f in found):
            failures.append(dict(case=case.id, quote=q.text[:60], expected="(no quotation)",
                                 proposed=_proposed(q, draft) or "none", basis=q.rule))
    return right, failures


def score_battery(cases: list[Case], actors: list[dict], events: list[dict],
                  extractor: Extractor = extract) -> dict[str, Any]:
    """Speaker accuracy over a battery's quotations, each case drafted alone after ``actors``."""
    right, failures = 0, []
    for case in cases:
        n, wrong = score_case(case, extractor(case.text, case.published, actors, events))
        right += n
        failures += wrong
    total = sum(len(c.quotes) for c in cases)
    return {"cases": len(cases), "quotations": total, "speakers_right": right,
            "accuracy": round(right / total, 4) if total else 1.0,
            "missed": sum(f["proposed"] == "(quote not found)" for f in failures),
            "spurious": sum(f["expected"] == "(no quotation)" for f in failures),
            "failures": failures}


def report_text(name: str, result: dict[str, Any]) -> str:
    """A line of figures, then one line per failure."""
    lines = [f"{name}: speakers right {result['speakers_right']}/{result['quotations']} ({result['accuracy']:.3f}) "
             f"in {result['cases']} cases; quotations missed {result['missed']}, spurious {result['spurious']}"]
    lines += [f"  {f['case']}: expected {f['expected']}, proposed {f['proposed']}"
              f"{' (' + f['basis'] + ')' if f.get('basis') else ''}: {f['quote']!r}" for f in result["failures"]]
    return "\n".join(lines)
