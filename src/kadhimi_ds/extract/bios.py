"""Notes about the article's author, by shape: "Layla Hassan is a writer on Iraqi politics.", "The writer
is a commentator on Arab affairs.", the outlet's note on its own staff ("Sami Nour is our Northport
correspondent. She has covered the port since 2014."), a note under the label "About the author:", and a
reporter's signature ("Sami Nour, Port News, Northport", "From our correspondent in Northport")."""
from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w.'’-]+\s+){1,3}(?:(?:al|el|bin|de|van|von)[-\s])?[A-Z][\w.'’-]+"
_ROLE = (r"(?:writer|journalist|correspondent|reporter|analyst|fellow|editor|columnist|researcher|professor"
         r"|author|contributor|commentator|lecturer|director)")
_ABOUT = r"(?i:about\s+the\s+(?:author|writer)s?)\s*[:—–-]\s*"
"""A label over the note: "About the author: ..."."""
_AUTHOR_BIO = re.compile(r"^(?:" + _ABOUT + r")?(?:(?:The\s+)?(?:writer|author|columnist)|" + _NAME + r")\s+is\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,5}?" + _ROLE
                         + r"\b[^\n]{0,200}$|^" + _NAME + r"\s+(?:teaches|lectures (?:in|on))\s+[^\n]{1,80}\s+at\s+(?:the\s+)?[A-Z][^\n]{2,80}\.$")
_STAFF_NOTE = re.compile(r"^" + _NAME + r"\s+is\s+our\s+(?:[\w’'-]+\s+){0,4}?" + _ROLE + r"s?\b[^\n]{0,240}$")


def furniture_author_bio(line: str) -> str | None:
    """An author's note closing an opinion piece: "Layla Hassan is a writer on Iraqi politics.", "Sami Nour is the
    Port Courier’s chief correspondent.", "Sami Nour teaches economics at the University of Northport.", "The
    writer is a commentator on Arab affairs.", under a label or not ("About the author: Lea Brandt is a senior fellow ...")."""
    return "credit_line" if _AUTHOR_BIO.match(line) else None


_LABELLED_BIO = re.compile(r"^" + _ABOUT + r"\S")


def furniture_labelled_bio(line: str) -> str | None:
    """A note under the label "About the author:", whatever it says ("ABOUT THE AUTHOR: Sami Nour has covered
    the port for ten years."), wherever it stands: the label is the page's, no article sentence opens so."""
    return "other" if len(line) < 600 and _LABELLED_BIO.match(line) else None


def furniture_staff_note(line: str) -> str | None:
    """The outlet's note on its own reporter, wherever it stands: "Sami Nour is our Northport correspondent.
    She has covered the port since 2014."; "our" is the outlet's voice, which no article sentence about a
    person takes."""
    return "credit_line" if _STAFF_NOTE.match(line) else None


_OUTLET = r"(?:[A-Z][\w&'’.-]*\s+){0,3}(?:News|TV|Television|Radio|Agency|Press|Service|Network|Online)"
_SIGNATURE = re.compile(r"^" + _NAME + r",\s+" + _OUTLET + r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")


_UNNAMED_SIGNATURE = re.compile(r"^(?i:from\s+)?(?i:our|a)\s+(?:(?i:own|special|staff|foreign|chief)\s+)?(?i:correspondents?|reporters?)"
                                r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
"""The outlet's unnamed reporter alone on a line: "From our correspondent in Northport", "Our special correspondent in Eastport"."""


def furniture_reporter_signature(line: str) -> str | None:
    """A reporter's signature over a report: name, outlet and place ("Sami Nour, Port News, Northport"), or the
    outlet's unnamed correspondent and place ("From our correspondent in Northport"); the outlet ends in a
    newsroom's word (News, Radio, Agency ...), so a list of places or people is no signature, and a line
    introducing the correspondent's words ("Our correspondent in Northport reports:") goes on."""
    return "credit_line" if len(line) < 90 and (_SIGNATURE.match(line) or _UNNAMED_SIGNATURE.match(line.strip())) else None
