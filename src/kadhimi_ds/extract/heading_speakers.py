"""The speaker a heading names (codebook C15, C16 note): before a colon ("Interior minister: two guards
hurt", "09:10 - Police chief: blast at the gate") or closing it ("Two guards hurt, says interior minister",
"Six guards wounded – security official")."""
from __future__ import annotations

import re

_HEADING_SPEAKER = re.compile(r"(?:^|[-–—|]\s+)(?:(?:BREAKING|URGENT|ALERT|FLASH|UPDATE|EXCLUSIVE|JUST IN)(?:\s+NEWS)?\s*[:|–—-]\s+)?"
                              r"(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}):\s+\S")
"""The label before a heading's colon, past an alert tag ("BREAKING: Interior ministry: three drones used")."""
_HEADING_SAYS = re.compile(r",\s+(?:says?|said|according\s+to)\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s*$"
                           r"|,\s+(?P<by>[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s+(?:says?|said)\s*$"
                           r"|\s[-–—]\s*(?P<dash>(?:[\w’'.]+\s+){0,3}(?i:sources?|officials?|spokes(?:man|woman|person)|ministry"
                           r"|police|military|army|medics?|doctors?|witness(?:es)?))\s*$")
"""A heading closed by its speaker: "Three drones launched, two downed, says security cell", "…, police say", or
a source after a dash ("Six guards wounded – security official", "7 guards hurt -sources", C16 note); a dash before
other words ("… - live updates", "… - Reuters") names no speaker."""


def heading_speaker(text: str, line_start: int, line_end: int, pos: int) -> tuple[int, int] | None:
    """The span of the speaker that a colon-led heading or headline names before its words
    ("Interior minister: two guards hurt", "09:10 - Police chief: blast at the gate"), when ``pos``
    lies after the colon, or after them ("Two guards hurt, says interior minister"), when ``pos`` lies
    before. A heading has no full stop at its end."""
    line = text[line_start:line_end]
    if len(line) > 220 or line.rstrip().endswith((".", "”", "\"")) and line.count(". ") > 0:
        return None
    m = _HEADING_SPEAKER.search(line)
    if m and line_start + m.end() - 1 <= pos:
        return line_start + m.start("who"), line_start + m.end("who")
    m = _HEADING_SAYS.search(line)
    if m and pos < line_start + m.start() and not line.rstrip().endswith("."):
        group = next(g for g in ("who", "by", "dash") if m.group(g))
        return line_start + m.start(group), line_start + m.end(group)
    return None
