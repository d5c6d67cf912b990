"""Debris of a wire story's versions, by shape: the version slug alone on its line ("UPDATE 3",
"REFILE-", "WRAPUP 1", "CORRECTED-UPDATE 2-") and the
bracketed note of what a version changed ("(Adds Iranian reaction, background)", "(Updates with
toll)", "(Corrects paragraph 3 to show ...)", "(This Nov 7 story corrects ...)"). A genre label
("FACTBOX-", "ANALYSIS:") says what the story is: it stays in the headline, as a headline's own
hyphen does ("US-Iran talks resume", "Post-vote talks stall"); a live blog's "Update:" paragraph is
text. A slug glued to the headline ("UPDATE 3-Minister survives ...") is part of that line, body, as an
opening dateline is (F8 note of 2026-12-01)."""
from __future__ import annotations

import re

_VERSION = r"(?:(?:UPDATE|WRAPUP)\s?\d{1,2}|REFILE|REFILED|RPT|REPEAT|CORRECTED|CORRECTION)"
_SLUG_LINE = re.compile(r"^(?:" + _VERSION + r")(?:-" + _VERSION + r")*-?$")
_NOTE_VERB = (r"(?:adds|updates|updating|recasts|corrects|changes|rewrites|refiles|repeats|fixes|removes|inserts|clarifies"
              r"|deletes|expands|replaces|restores|amplifies|tops|writes through|edits|reissues|withdraws)")
_NOUN_USE = r"(?:on|of|in|are|were|is|was|will|would|have|has|had|can|could|may|for|at|from|appear|follow|made|to(?!\s+(?:add|include"
_NOUN_USE += r"|say|show|read|fix|reflect|clarify|correct|remove|restore|update)\b))\b"
_NOTE = re.compile(r"^\((?:" + _NOTE_VERB + r"\b(?!\s+" + _NOUN_USE + r")|this\s+(?:[\w.]+\s+){0,4}?(?:story|article|version|report)\s+"
                   r"(?:corrects|updates|adds|replaces|(?:was|has been)\s+(?:corrected|refiled|updated|changed)))[^()\n]{0,200}\)\.?$", re.I)


def furniture_wire_slug(line: str) -> str | None:
    """A version slug alone on its line: "UPDATE 2", "REFILE-UPDATE 1-", "RPT"."""
    return "other" if _SLUG_LINE.match(line.strip()) else None


def furniture_update_note(line: str) -> str | None:
    """A version's note in brackets: "(Adds revised toll, Iranian reaction)", "(Updates with
    minister's comments)", "(Recasts with vote count)", "(Corrects to say two drones, not three)",
    "(This Nov 7 story corrects the minister's name)". A bracketed sentence whose first word is a
    noun ("(Changes to the cabinet are listed below.)", "(Updates on the toll will follow.)") is text."""
    return "other" if len(line) < 260 and _NOTE.match(line.strip()) else None
