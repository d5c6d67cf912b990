"""The ends of a story and of its sections, by line shape: end-of-story markers ("(End)", "-Ends-", "###",
"Enditem"), separator lines ("___", "* * *") and an agency's initials signing the last line ("AA", "KUNA")."""
from __future__ import annotations

import re

END_MARKER = re.compile(r"^(?:\(\s*ends?\s*\)|[-–—*=]+\s*ends?\s*[-–—*=]+|END|ENDS|#{3,}|-30-|\*{3,}|end\s?item)\.?$", re.I)


def furniture_end_marker(line: str) -> str | None:
    """An end-of-story marker: "(End)", "-Ends-", "— END —", "###", "Enditem"."""
    if line in ("End", "end", "Ends", "ends"):
        return None
    return "other" if END_MARKER.match(line.strip()) else None


_SEPARATOR = re.compile(r"^(?:[_=~*#•·◆♦+<>-]\s*){3,}$|^(?:[—–]\s*){2,}$")


def furniture_separator(line: str) -> str | None:
    """A separator line: "___", "— — —", "* * *", "=====" ("***" and "###" are end markers)."""
    return "other" if len(line) < 80 and _SEPARATOR.match(line.strip()) and not furniture_end_marker(line) else None


def closing_acronym(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """An agency's initials alone on the last article line ("AA", "KUNA"), right under a paragraph, sign
    the story: a credit. In the middle of a text such a line may head a section, so only the last."""
    free = [i for i, k in enumerate(kinds) if k[0] is None]
    if len(free) >= 2 and re.fullmatch(r"[A-Z]{2,6}", text[slice(*lines[free[-1]])].strip()) \
            and text[lines[free[-2]][1] - 1] in ".!?\"”’":
        kinds[free[-1]] = ("furniture_closing_acronym", "credit_line")
