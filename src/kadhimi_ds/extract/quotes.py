"""Quotation marks: pairing curly, straight and angle double quotes and curly single quotes
inside each paragraph, and quotations that run on over paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection

from .quoted_names import is_quoted_name, sentence_has_cue
from .text import inside

DOUBLE_OPENERS = "“«„"
DOUBLE_CLOSERS = "”»"
_DOUBLE_MARK = re.compile(r'[“”"«»„]')
_OPEN_BEFORE = set("([{—–-/:;,") | {"\u00a0"}


@dataclass
class RawQuote:
    """A paired quotation: marks at ``open`` and ``close`` (None when it runs to the paragraph end)."""

    open: int
    close: int | None
    start: int
    end: int
    continued: bool = False

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _straight_opens(text: str, i: int) -> bool:
    """A straight double quote opens when preceded by a space or opening punctuation and followed by a non-space."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in _OPEN_BEFORE or prev in "‘'") and not nxt.isspace()


def _curly_open_used_as_close(text: str, i: int) -> bool:
    """An opening curly mark typed where a closing one belongs ("end of quote“ and")."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)")


def pair_double_quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None, list[str]]:
    """Pair double quotation marks (curly, straight, guillemets) inside one paragraph.

    Returns the (open, close) mark positions, the position of a mark left open at the end
    of the paragraph (or None), and warnings about marks that could not be paired.
    """
    pairs: list[tuple[int, int]] = []
    warnings: list[str] = []
    open_at: int | None = None
    for m in _DOUBLE_MARK.finditer(text, start, end):
        i, c = m.start(), m.group()
        if open_at is None:
            if c in DOUBLE_OPENERS or (c == '"' and _straight_opens(text, i)):
                open_at = i
            elif c != '"' or not text[i - 1:i].isspace():
                warnings.append(f"closing quotation mark without an opening one at {i}")
            continue
        opener = text[open_at]
        closes = (c in DOUBLE_CLOSERS or (c == '"' and not text[i - 1].isspace())
                  or (c == "“" and (opener == "„" or _curly_open_used_as_close(text, i))))
        if closes:
            if i > open_at + 1:
                pairs.append((open_at, i))
            open_at = None
        else:
            warnings.append(f"quotation mark opened at {open_at} is opened again at {i} without closing")
            open_at = i
    return pairs, open_at, warnings


def pair_single_quotes(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair curly single quotes (‘ ’) outside double quotations inside one paragraph.

    An opening ‘ follows a non-letter; its closing ’ is the first one that follows a non-space
    and is not followed by a letter or digit (so apostrophes in "PM’s" or "don’t" are skipped).
    """
    starts = [a for a, _ in blocked]
    pairs: list[tuple[int, int]] = []
    pos = start
    while True:
        i = text.find("‘", pos, end)
        if i < 0:
            return pairs
        pos = i + 1
        if inside(blocked, starts, i) or (i > 0 and text[i - 1].isalnum()):
            continue
        j = i + 1
        while True:
            j = text.find("’", j, end)
            if j < 0:
                break
            after = text[j + 1] if j + 1 < len(text) else " "
            if not text[j - 1].isspace() and not after.isalnum() and not inside(blocked, starts, j):
                break
            j += 1
        if j > i + 1:
            pairs.append((i, j))
            pos = j + 1


_STRAIGHT_OPEN_BEFORE = set("([{—–-/:") | {"\u00a0"}


def pair_straight_single_quotes(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair straight single quotes ('…') outside other quotations inside one paragraph (Q2).

    An opening ' follows a space, line start, dash, colon or bracket and precedes a letter or digit, and holds two characters at least ("rock 'n' roll" holds none);
    its closing ' follows a letter, digit or punctuation and is followed by a space, punctuation
    or the paragraph end. Apostrophes inside words ("PM's", "don't") and of plural possessives
    ("the Guards' drone") open nothing; of several candidates for the closing mark, the first one
    followed by a space or punctuation closes."""
    starts = [a for a, _ in blocked]
    pairs: list[tuple[int, int]] = []
    pos = start
    while True:
        i = text.find("'", pos, end)
        if i < 0:
            return pairs
        pos = i + 1
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if inside(blocked, starts, i) or not (prev.isspace() or prev in _STRAIGHT_OPEN_BEFORE or i == start) \
                or not nxt.isalnum():
            continue
        closes = [j for j in range(i + 3, end) if text[j] == "'" and not text[j - 1].isspace()
                  and (j + 1 >= end or not text[j + 1].isalnum()) and not inside(blocked, starts, j)]
        if closes:
            j = next((c for c in closes if c + 1 >= end or text[c + 1] in " .,;:!?)]—–\n"), closes[0])
            pairs.append((i, j))
            pos = j + 1


def _opens_paragraph(text: str, para: tuple[int, int]) -> bool:
    return para[1] > para[0] and (text[para[0]] in DOUBLE_OPENERS or text[para[0]] == '"')


TERM_BEFORE = re.compile(r"\b(?:the|this|that|its|his|her|their)\s+(?:term|word|phrase|label|expression)\s*$"
                         r"|(?:[’']s|\b(?:its|his|her|their))\s+use of\s*$", re.I)
"""A quotation introduced as a word under comment ("the word “traitor”"): a repeated word (Q8 rule 5)."""
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
_SELF_NAMED = re.compile(r"\b(?:call|calls|called|calling|style|styles|styled|styling|dub|dubs|dubbed|name|names|named|brand"
                         r"|brands|branded)\s+(?:itself|themselves|himself|herself)\s+(?:(?:the|an?)\s+)?\Z")
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording to|[Ii]n)\s+(?:the|an?|its|his|her|their)\s*\Z")
_SOURCE_AFTER = re.compile(r"[”\"’»]\s+(?:accounts?|versions?|reports?|statements?|narratives?|story)\b")
"""Marks on the modifier of the source a cue names ("according to the “official” account"): the writer's
word about that source, no words of it."""
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|another|its|his|her|their|our|this|that|these|those)|\w['’]s|\ws['’])"
                                r"(?:\s+[\w’']+-[\w’'-]+)?\s*$", re.I)
"""A determiner or possessive before the marks, perhaps with a hyphenated modifier between ("the Iran-aligned “resistance”")."""

def is_scare_quote(text: str, q: RawQuote, para: tuple[int, int], bare: bool = False, repeated: bool = False) -> bool:
    """Marks the writer puts around its own word (codebook Q4): after "so-called" or a verb naming
    oneself ("the factions that call themselves the “resistance”", Q5), on the one-word modifier of the
    source a cue names ("according to the “official” account"), or one or two lower-case
    words after a determiner or possessive ("the government's “investigation”", "the factions’ “grievances”", "another
    “strongman”", "the Iran-aligned “resistance” factions"), or one ``bare`` word (one no other quotation of the article repeats: "So what
    “victory” ...?"), in a sentence with no attribution cue outside the marks; never a headline's words
    that the body quotes with a cue (``repeated``: "…, and the “comedy” begins", Q6 case 2)."""
    a, b = para
    before = text[max(a, q.open - 40):q.open]
    if _SO_CALLED.search(before) or _SELF_NAMED.search(text, max(a, q.open - 40), q.open):
        return True
    if len(text[q.start:q.end].split()) == 1 and text[q.start].islower() and _SOURCE_BEFORE.search(text, max(a, q.open - 20), q.open) \
            and _SOURCE_AFTER.match(text, q.end):
        return True
    words = text[q.start:q.end].split()
    if repeated or not 0 < len(words) <= 2 or not text[q.start].islower() or not (_DETERMINER_BEFORE.search(before) or bare):
        return False
    return not sentence_has_cue(text, q, para)


def find_quotes(text: str, paragraphs: list[tuple[int, int]], names: Collection[str] = ()) -> tuple[list[RawQuote], list[str]]:
    """Every quotation in the paragraphs, with the paragraph-spanning rule; marks around nothing but
    one of the registry's ``names`` hold a name, no quotation (Q5: "Who is ‘Abu Hamza’?").

    A double quotation left open at the end of a paragraph runs to that paragraph's end when
    the next paragraph opens a quotation again (the newspaper convention for a quote that runs
    over several paragraphs); otherwise the unpaired mark is only reported as a warning.
    """
    quotes: list[tuple[RawQuote, tuple[int, int]]] = []
    warnings: list[str] = []
    for n, (a, b) in enumerate(paragraphs):
        pairs, dangling, warn = pair_double_quotes(text, a, b)
        warnings += warn
        doubles = [RawQuote(o, c, o + 1, c) for o, c in pairs]
        if dangling is not None:
            if n + 1 < len(paragraphs) and _opens_paragraph(text, paragraphs[n + 1]) and b > dangling + 1:
                doubles.append(RawQuote(dangling, None, dangling + 1, b, continued=True))
            else:
                warnings.append(f"quotation mark opened at {dangling} is never closed")
        blocked = [(q.open, q.outer_end) for q in doubles]
        singles = [RawQuote(o, c, o + 1, c) for o, c in pair_single_quotes(text, a, b, blocked)]
        blocked += [(q.open, q.outer_end) for q in singles]
        singles += [RawQuote(o, c, o + 1, c) for o, c in pair_straight_single_quotes(text, a, b, blocked)]
        for q in sorted(doubles + singles, key=lambda q: q.open):
            if text[q.start:q.end].strip() and not is_quoted_name(text, q, (a, b)) \
                    and text[q.start:q.end].strip(" ,.") not in names:
                quotes.append((q, (a, b)))
    said = [set(_TOKEN.findall(text[q.start:q.end].lower())) for q, _ in quotes]
    cued = {_words(text, q) for q, para in quotes if sentence_has_cue(text, q, para)}
    kept = [q for q, para in quotes if not is_scare_quote(text, q, para, bare=_alone(text, q, para, said),
                                                          repeated=_headline(text, para) and _words(text, q) in cued)]
    return kept, warnings


def _words(text: str, q: RawQuote) -> str:
    return " ".join(_TOKEN.findall(text[q.start:q.end].lower()))


def _headline(text: str, para: tuple[int, int]) -> bool:
    """A short line with no closing full stop: a headline or sub-heading (Q6)."""
    line = text[para[0]:para[1]].rstrip().rstrip("”’\"'» ")
    return len(line.split()) <= 20 and not line.endswith((".", "!", "?"))


_TOKEN = re.compile(r"[\w’'-]+")


def _alone(text: str, q: RawQuote, para: tuple[int, int], said: list[set[str]]) -> bool:
    """One word in the body's running text that no longer quotation of the article contains (a word
    repeated from one is a quote, Q6, Q8.5; a word the writer quotes twice is still its own), neither
    a word under comment ("the word “traitor”", Q8.5) nor in a headline (Q6)."""
    tokens = _TOKEN.findall(text[q.start:q.end].lower())
    if len(tokens) != 1 or any(tokens[0] in other for other in said if len(other) > 1):
        return False
    return not _headline(text, para) and not TERM_BEFORE.search(text, max(para[0], q.open - 30), q.open)
