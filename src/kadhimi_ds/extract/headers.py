"""The page's lines around the headline, before the first paragraph: section labels and the page's name
above the headline (a paper, a newsletter, a university's centre) and a kicker in capitals, and under it a one-word label, authors'
names alone and an editor's note. Codebook F8: the body starts at the headline; a summary box under it is
body."""
from __future__ import annotations

import re

from .debris import NOTE_LINE, PERSON, PLACE, TIME_ONLY
from .text import ENGLISH_FUNCTION_WORDS

_LABEL_WORD = re.compile(r"[A-Z][\w’'&-]*|(?:al|el)-[A-Z][\w’'-]*|&|and|of|the")


def _label(line: str, most: int = 3) -> bool:
    words = line.split()
    return 1 <= len(words) <= most and all(_LABEL_WORD.fullmatch(w) for w in words) and words[0][:1].isupper() \
        and not re.search(r"\d", line)



def names_line(line: str) -> bool:
    """Authors' names alone, each perhaps with a short bracketed note or the place it was written in:
    "Sami Nour (now) and Lea Brandt (earlier)", "Sami Nour, Lea Brandt and Omar Said", "Sami Nour in
    Northport", "Sami Nour in Westport with Lea Brandt in Eastport"."""
    bare = re.sub(r"\s*\((?:[\w’'-]+\s?){1,3}\)", "", line.strip())
    parts = re.split(r",\s+(?:and\s+)?|\s+(?:and|with)\s+", bare)
    return len(bare) < 100 and all(_author(p) for p in parts)


def _author(part: str) -> bool:
    """A person's name, perhaps with the place written from ("Sami Nour in Northport"); a body in a
    place ("The Harbour Board in Northport") is a sub-heading."""
    name = re.sub(r"\s+in\s+" + PLACE + r"$", "", part)
    return bool(re.fullmatch(PERSON, name)) and _label(name, 4) and not (name != part and re.match(r"(?:The|A|An)\s", name))


_SUMMARY_HEAD = re.compile(r"(?i:summary|highlights|recap|overview|briefly|takeaways)\W*")
"""One word heading a summary box of the article's own points: body like the box (F8 note)."""


_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s*$")
"""A paragraph's end: a stop, perhaps inside closing marks; a headline may end in a closing mark alone
("... calls it ‘cowardly’")."""
_QUESTION_END = re.compile(r"\?[\"”’)\]]*\s*$")
"""A headline that asks ("Who might be behind the attack on the port?"): the first line so closed is no lede."""
_NAME_NOUN = (r"(?i:Herald|Observer|Times|Post|Gazette|Tribune|Journal|Chronicle|Review|Monitor|Daily|News|Telegraph|Courier"
              r"|Record|Standard|Mail|Express|Brief|Digest|Bulletin|Newsletter|Dispatch|University|College|Institute|Centre"
              r"|Center|Forum|Foundation|School)")
_NAME_WORD = re.compile(r"[A-Z][\w’'&.-]*|(?:al|el)-[A-Z][\w’'-]*|&|and|of|for|the|in|on|at")
_NAMED_BY_NOUN = re.compile(r"^(?:\S+\s+){0,3}" + _NAME_NOUN + r"$|^(?:the\s+)?(?:\S+\s+)?" + _NAME_NOUN + r"\s+(?:of|for)\s", re.I)
"""A body's name: up to four words ending in the noun ("The Harbour Herald"), or the noun then "of" or "for"
("Centre for Maritime Studies", "Port University of Science")."""


def page_name(line: str) -> bool:
    """The name of a paper, a newsletter or an institute heading its page, in one or more parts set apart
    by dots or bars: every word capitalised (small words apart) and one part named by such a body's noun
    (:data:`_NAMED_BY_NOUN`): "The Harbour Herald", "THE PORT BRIEF", "Port University · Centre for
    Maritime Studies". A headline says something at more length: "Harbour Times Change" ends in no such
    noun, "Crane Drivers Strike at Northport Review" is longer than a name."""
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", line.strip())]
    if len(line) >= 120 or not all(p and len(p.split()) <= 10 and p[:1].isupper() for p in parts):
        return False
    return all(_NAME_WORD.fullmatch(w) for p in parts for w in p.split()) and any(_NAMED_BY_NOUN.search(p) for p in parts)


_KICKER = re.compile(r"[A-Z][A-Z’'&-]*(?: [A-Z][A-Z’'&-]*){1,3}")
"""Two to four words in capitals, no figure, quotation mark or stop: a show's name or a kicker ("HARBOUR TONIGHT")."""
_VERBS = frozenset("is was are were has have had said says will".split())


def kicker(line: str, head: str) -> bool:
    """A kicker over the headline: a line of two to four words in capitals (:data:`_KICKER`) over a headline of
    four words or more not in capitals. A headline in capitals says what happened ("CRANE FALLS", "DOCKERS
    STRIKE AGAIN") and may carry a quote or a figure, so a line with a verb's ending in -s or -ed stays body."""
    return bool(_KICKER.fullmatch(line.strip())) and not any(_verb_like(w) for w in line.split()) \
        and not head.isupper() and len(head.split()) >= 4


def _verb_like(word: str) -> bool:
    """A word in capitals that may be a verb: "IS", "SAYS", "STRIKES", "FELL" is missed, "NEWS" is taken (body is safe)."""
    low = word.lower()
    return low in _VERBS or (re.search(r"(?:[^s]s|ed)$", low) is not None and low not in ENGLISH_FUNCTION_WORDS)


def header_labels(lines: list[str], free: list[bool]) -> dict[int, str]:
    """Furniture kinds of the short lines around the headline, before the first paragraph: section
    labels above the headline ("World" / "Middle East": two label lines or one of at most two
    words), and between the headline and the first paragraph a label of one word ("Opinion"),
    authors' names alone ("Laila Haddad", a byline without "By") or an editor's note ("Correction:
    ...", whatever it says: at the foot of the article such a note is its text); a word heading a summary
    box ("Summary", "Highlights") is body. ``free`` marks the
    lines no rule has classified; a live blog's first entry time ends the header. A headline of
    three capitalised words alone stays body. The page's name over the headline ("The Harbour Herald",
    "Port University · Centre for Maritime Studies") and a kicker in capitals over it ("HARBOUR TONIGHT") are
    furniture (F8: the body starts at the headline)."""
    out: dict[int, str] = {}
    lede = next((i for i, x in enumerate(lines) if free[i] and len(x.split()) >= 8 and _SENTENCE_END.search(x)
                 and not NOTE_LINE.match(x) and not (i == 0 and _QUESTION_END.search(x))), None)
    if lede is None:
        return out
    first = next((i for i in range(lede) if free[i]), lede)
    lede = next((i for i in range(first, lede) if TIME_ONLY.match(lines[i].strip())), lede)
    head = [i for i in range(lede) if free[i]]
    if len(head) >= 2 and (page_name(lines[head[0]]) or kicker(lines[head[0]], lines[head[1]])):
        out[head[0]] = "other"
        head = head[1:]
    top = []
    for i in head:
        if not _label(lines[i]):
            break
        top.append(i)
    if len(top) < len(head) and (len(top) >= 2 or (len(top) == 1 and len(lines[top[0]].split()) <= 2)):
        out.update((i, "other") for i in top)
    else:
        top = []
    rest = [i for i in head if i not in top][1:]
    for i in rest:
        if (_label(lines[i], 1) and not _SUMMARY_HEAD.fullmatch(lines[i].strip())) or NOTE_LINE.match(lines[i]):
            out[i] = "other"
        elif names_line(lines[i]):
            out[i] = "credit_line"
    return out
