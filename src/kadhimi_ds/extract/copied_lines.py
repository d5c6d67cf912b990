"""Lines that copy the article: pull quotes repeating a quotation of the body and later copies of the
headline (in a share box, a teaser or an image's alt text)."""
from __future__ import annotations

import re

_QUOTED_LINE = re.compile(r"^[“\"‘'](?P<inner>[^\n]+?)[”\"’']$")


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _whole_quotation(words: str) -> re.Pattern[str]:
    """The words as a whole quoted sentence: an opening mark, the words, a closing stop or comma, the closing mark."""
    return re.compile(r"[“\"‘']" + r"\W+".join(map(re.escape, words.split())) + r"[.!?…,]?[”\"’']", re.I)


def pull_quotes(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A line that is only a quoted sentence of five words or more whose words another line of the
    article holds in the same order ("“We can reach you.”" under "“We can reach you,” he said.") is a
    pull quote repeating the body; a quotation running on from the paragraph before repeats nothing,
    and a quoted sub-heading ("‘A joke of a confession’") closes no sentence. Without its closing stop
    a quoted line of seven words or more is a pull quote still when a line above it holds the same words
    as a whole quoted sentence: a sub-heading heads the section that quotes it, below."""
    words = [_words(text[s:e]) for s, e in lines]
    for i, (s, e) in enumerate(lines):
        m = _QUOTED_LINE.match(text[s:e]) if kinds[i][0] is None else None
        inner = _words(m.group("inner")) if m else ""
        if re.search(r"[.!?…][’'\"”]?$", m.group("inner") if m else ""):
            pulled = len(inner.split()) >= 5 and any(j != i and f" {inner} " in f" {w} " for j, w in enumerate(words))
        else:
            pulled = len(inner.split()) >= 7 and any(_whole_quotation(inner).search(text, *lines[j]) for j in range(i))
        if pulled:
            kinds[i] = ("furniture_pull_quote", "other")


def repeated_lines(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A later line that repeats the headline (the first article line, four words or more) word for word
    is a copy: the headline again in a share box, a teaser or an image's alt text. A newsletter's
    contents list ("• The vote dispute") and its headings repeat by design: bulleted lines and copies
    in other capitals count as none."""
    free = [i for i, k in enumerate(kinds) if k[0] is None]
    first = " ".join(text[slice(*lines[free[0]])].split()) if free else ""
    if len(first.split()) < 4 or first.endswith("."):
        return  # a short heading or a paragraph (a page of repeated paragraphs) is no headline
    for i in free[1:]:
        if " ".join(text[slice(*lines[i])].split()) == first:
            kinds[i] = ("furniture_repeated_line", "other")
