"""Debris at the body's edges and between its paragraphs, by line shape: a dateline alone on its
line without a closing dash ("NORTHPORT, Westland", "Northport - WNA"), a caption closed by a
"Photo:"-type credit after its full stop, a video caption led by its running time ("01:15 | Footage
shows ..."), and end-of-story markers ("(End)", "-Ends-", "###"). Codebook F8: a dateline that
opens a paragraph ("NORTHPORT (Reuters) - Westland halted ...") stays body; only a line that holds
nothing but the place (and its agency) is furniture."""
from __future__ import annotations

import re

from .debris import AGENCY, caption_like

_CAPS_PLACE = r"[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+)?"
_TITLE_PLACE = r"[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}"
_REGION = r",\s*[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,2}"
_PLACE_LINE = re.compile(r"^(?:" + _CAPS_PLACE + r"(?:" + _REGION + r")?|" + _TITLE_PLACE + _REGION + r")$")
_PLACE_AGENCY = re.compile(r"^(?:" + _CAPS_PLACE + r"|" + _TITLE_PLACE + r")(?:" + _REGION + r")?\s*[-–—/|]\s*(?:"
                           + AGENCY + r"|[A-Z]{2,6})$")

_AGENCY_AFTER_COMMA = re.compile(r",\s*(?:" + AGENCY + r"|Associated Press|Al Jazeera|Bloomberg|Staff|[A-Z]{2,6})\s*$")


def furniture_place_line(line: str) -> str | None:
    """A dateline alone on its line: a place in capitals ("HARBOURTON", "NORTHPORT, Westland"), a place
    and its region ("Northport, Westland"), or a place and its agency ("Northport - WNA")."""
    if len(line) >= 50 or (_AGENCY_AFTER_COMMA.search(line) and not re.match(_CAPS_PLACE + ",", line)):
        return None  # "Rana Aziz, Reuters" is a byline
    return "dateline" if _PLACE_LINE.match(line) or _PLACE_AGENCY.match(line) else None


_TRAILING_PHOTO = re.compile(r"[.!?]\s+(?:photo(?:graph)?|image|picture|video|credit)(?:\s+credit)?\s*:\s*[^.!?\n]{2,60}$", re.I)


def furniture_credit_caption(line: str) -> str | None:
    """A one-sentence caption in the present tense closed by a credit after its full stop: "The mayor
    (left) greets the captain in Northport, May 2023. Photo: Ports Authority"."""
    m = _TRAILING_PHOTO.search(line) if len(line) < 300 else None
    return "photo_caption" if m and caption_like(line[:m.start() + 1]) else None


_RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*[|•·]\s*(\S.*)$")
_MEDIA_CUE = re.compile(r"\b(?:video|footage|clip|watch|images?|pictures?|photos?|shows?|live)\b", re.I)


def furniture_video_caption(line: str) -> str | None:
    """A video caption led by its running time and a bar or bullet: "02:15 | Footage shows ...". A
    live-blog entry heading ("08:15 GMT - Minister speaks") has a time zone or a dash, not a bar."""
    m = _RUNNING_TIME.match(line) if len(line) < 240 else None
    return "photo_caption" if m and _MEDIA_CUE.search(m.group(1)) else None


_END_MARKER = re.compile(r"^(?:\(\s*ends?\s*\)|[-–—*=]+\s*ends?\s*[-–—*=]+|END|ENDS|#{3,}|-30-|\*{3,})\.?$", re.I)


def furniture_end_marker(line: str) -> str | None:
    """An end-of-story marker: "(End)", "-Ends-", "— END —", "###"."""
    if line in ("End", "end", "Ends", "ends"):
        return None
    return "other" if _END_MARKER.match(line.strip()) else None
