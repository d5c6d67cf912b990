"""Notes on the page, by shape: a one-sentence editor's note ("Editor's note: ...", "Correction: Nov. 10,
2021"), a monitoring digest's source line ("(Source: X TV, Place, in Arabic 0900 gmt 7 Nov 21)") and the
numbered notes closing a paper with their "Notes" heading."""
from __future__ import annotations

import re

from .credit_lines import DATE, NUMERIC_DATE
from .dates import MONTH_RE
from .debris import one_sentence

_CORRECTION = re.compile(r"\b(?:(?:earlier|previous|original|prior)\s+version|incorrect|mis(?:stat|identif|spel|quot|report)\w*"
                         r"|correct(?:ed|ion)|erroneous|wrongly|said|says|reported)\b", re.I)
_EDITORS_NOTE = re.compile(r"^\(?(?:editor['’]?s?|editors['’])\s+note\s*[:—–-]", re.I)
_NOTE_DATE = re.compile(r"^(?i:correction|clarification|update|editor['’]?s note)\s*[:—–-]\s*(?:" + DATE + r"|" + NUMERIC_DATE + r")\.?$")


def furniture_editors_note(line: str) -> str | None:
    """A one-sentence editor's note on the page: "Editor’s note: This story has been updated ...", "EDITOR'S
    NOTE — ...", and a note's label over its date alone ("Correction: Nov. 10, 2021"); a correction ("An earlier version of this article said ...") restates facts and is the
    article's text, and a sentence about a note ("Editor's note aside, ...") has no colon or dash."""
    m = _EDITORS_NOTE.match(line) if len(line) < 300 else None
    if _NOTE_DATE.match(line.strip()):
        return "other"
    return "other" if m and one_sentence(line[m.end():].strip(), 50) and not _CORRECTION.search(line) else None


_MONITORING_STAMP = r"\bin\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?,?\s+\d{4}\s*(?i:gmt|utc)"
_STAMP_DATE = r"\s+\d{1,2}\s+" + MONTH_RE + r"\s+\d{2,4}"
_SRC = r"(?i:sources?)\s*:\s*"
_NO_VERB = r"(?![^\n]*\b(?:said|says|told|reported|was|were|is|are|has|had)\b)"
_SOURCE_LINE = re.compile(r"^(?:\((?:" + _SRC + r")?[^()\n]{2,160}?" + _MONITORING_STAMP + r"(?:" + _STAMP_DATE + r")?\)"
                          r"|\[(?:" + _SRC + r")?[^\[\]\n]{2,160}?" + _MONITORING_STAMP + r"(?:" + _STAMP_DATE + r")?\]"
                          r"|" + _NO_VERB + r"(?:" + _SRC + r")?[A-Z][^()\[\]\n.!?]{2,120}?,\s+" + _MONITORING_STAMP + _STAMP_DATE
                          + r"|\(" + _SRC + r"[^()\n]{2,160}\)|\[" + _SRC + r"[^\[\]\n]{2,160}\])$")


def furniture_source_line(line: str) -> str | None:
    """A monitoring digest's source line: "(Source: Westland TV, Northport, in Westish 0900 gmt 7 Mar 24)",
    the same without "Source:" or brackets, or any bracketed "(Source: ...)"; a bracketed editor's
    note ("[The ministry has said ...]") is the digest's text."""
    return "credit_line" if len(line) < 240 and _SOURCE_LINE.match(line.strip()) else None


_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s*\S")
_NOTES_HEADING = re.compile(r"^(?:notes|end ?notes|foot ?notes|references|sources(?: and notes)?|notes and sources)\s*:?$", re.I)


def furniture_footnote(line: str) -> str | None:
    """A numbered note closing a paper: "[2] Remarks by the mayor, Northport, March 7, 2024."."""
    return "credit_line" if len(line) < 400 and _FOOTNOTE.match(line) else None


def notes_headings(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A "Notes" or "References" heading right above a numbered note heads the notes: furniture too."""
    for i in range(len(lines) - 1):
        if kinds[i][0] is None and _NOTES_HEADING.match(text[slice(*lines[i])]) and _FOOTNOTE.match(text[slice(*lines[i + 1])]):
            kinds[i] = ("furniture_footnote", "credit_line")
