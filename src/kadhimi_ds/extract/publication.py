"""Notes on where and how the article was published, by shape: a printed story's jump lines ("Continued on
page 4", "HARBOUR FIRE: Continued from page 1"), a print edition's note ("This article appeared in the
print edition ...", "Published in the Northport Herald's city edition, March 8th, 2024"), a translation
note ("This article was translated from the Westish original."), the reference to cite it by ("Nour, S. (2024)
‘The crane that fell’, Port Blog.") and the story's code alone ("Story Code:
104512"). An article sentence that names a page, an edition or a translation goes on past the note's words
or reports who said it."""
from __future__ import annotations

import re

_JUMP = re.compile(r"^\(?(?:[A-Z][A-Z'’ -]{1,40}:\s*)?(?i:(?:(?:the\s+)?story\s+)?continue[sd]?|cont(?:['’]d)?\.?|see|turn\s+to|more)"
                   r"\s+(?i:(?:on|from|to|in)\s+)?(?i:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}(?:\s*,\s*(?i:col(?:umn)?\.?)\s*\d{1,2})?\)?\.?$")
"""A printed story's jump: "Continued on page 4", "(Continued on Page A12)", "HARBOUR FIRE: Continued from page 1"."""
_EDITION = re.compile(r"^(?i:this (?:article|story|report|piece|column) (?:first )?(?:appeared|appears|ran|was (?:first )?"
                      r"(?:published|printed))|a version of this (?:article|story|report|piece) (?:appeared|appears|was published)"
                      r"|(?:first )?(?:published|printed|appeared) in)\b[^\n]{0,200}\b(?i:edition|in print|print issue)\b")
"""A print edition's note: "This article appeared in the ... section of the print edition under the headline ...",
"A version of this article appears in print on ...", "Published in Dawn's Karachi edition, March 8th, 2024"."""
_TRANSLATED = re.compile(r"^(?:(?i:this (?:article|story|report|piece|column|text|interview|op-ed) (?:was|has been) translated"
                         r"|translated from (?:the )?)|(?i:translated(?:\s+and\s+(?:compiled|edited|adapted|abridged))?\s+by\s+(?:the\s+)?)"
                         r"[A-Z])[^\n]{0,120}$")
"""A translation note: "This article was translated from the Westish original.", "Translated from the Westish by ...",
"Translated and compiled by the Harbour desk. Quotes are our translation."."""
_CITATION = re.compile(r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3}(?:(?:,|and|&)\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*){1,3})*"
                       r"\(\d{4}[a-z]?\)\s*[^\n]{3,250}\.$")
"""A reference to the piece itself, the way to cite it: "Nour, S. (2024) ‘The crane that fell’, Port Blog, 8 March."."""
_STORY_CODE = re.compile(r"^(?i:(?:story|news|article|report|post|content)\s+(?:code|id|no\.?|number)|ref(?:erence)?\.?)\s*[:#]?\s*\d{3,12}$")
"""The story's code alone: "Story Code: 104512", "News ID: 4120", "Article No. 88213"."""
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to)\b")


def furniture_print_jump(line: str) -> str | None:
    """A printed story's jump line: "Continued on page 4", "HARBOUR FIRE: Continued from page 1", "See page 6";
    "Talks continued on Monday." names no page."""
    return "other" if len(line) < 80 and _JUMP.match(line.strip()) else None


def furniture_publication_note(line: str) -> str | None:
    """A note on the article's publication: a print edition's note, a translation note, a reference to cite
    it by, the story's code alone; a line that reports someone's words ("Published in the city edition, the letter said ...") is text."""
    text = line.strip()
    if len(text) >= 300 or _REPORTED.search(text):
        return None
    if _EDITION.match(text) or _CITATION.match(text) or (_TRANSLATED.match(text) and len(text.split()) <= 20):
        return "other"
    return "other" if _STORY_CODE.match(text) else None
