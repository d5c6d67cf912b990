"""Photo and video captions by shape: a one-sentence present-tense caption closed by a credit after its
full stop ("... Photo: Ports Authority", "... Getty Images", "... (Photo: Sami Nour)"), a picture agency's
caption led by the picture's place and date in capitals ("NORTHPORT, WESTLAND - MARCH 07: ..."), a video caption led
by its running time ("01:15 | Footage shows ..."), a caption label alone ("Image:") with its credit under
it, a one-sentence caption right above its credit line, and a caption closed by a bracketed credit ("...
[Sami Nour/Reuters]"), by the picture's full date, or by a photo credit after that date."""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .debris import AGENCY, caption_like, one_sentence


_TRAILING_PHOTO = re.compile(r"(?:(?:[.!?]|\s[|•·])\s+|\s(?=(?-i:CREDIT|PHOTO|IMAGE|PICTURE)\s*:)|(?<=[a-z])(?=(?-i:Image|Photo|Picture)\s*:))(?:photo(?:graph)?|image|picture|video|credit)(?:\s+credit)?\s*:\s*[^.!?\n]{2,60}$", re.I)


def furniture_credit_caption(line: str) -> str | None:
    """A one-sentence caption in the present tense closed by a credit after its full stop: "The mayor
    (left) greets the captain in Northport, May 2023. Photo: Ports Authority", by a label in capitals
    without the stop ("Crews at the quay on Sunday CREDIT: Handout via Reuters") or by a label glued to
    the caption's last word, as a page's caption and credit run together ("Crews clear the quayImage: Port Office/AP")."""
    m = _TRAILING_PHOTO.search(line) if len(line) < 300 else None
    return "photo_caption" if m and caption_like(line[:m.start() + 1]) else None


_PICTURE_HEAD = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][A-Z.'’ -]{1,30})?\s+[-–—]\s+(?i:" + MONTH_RE + r")(?<=[A-Z.])\s+\d{1,2}"
                           r"(?:,\s+\d{4})?\s*:\s+\S")
"""A picture agency's caption head: the place and the date in capitals before a colon, "NORTHPORT, WESTLAND - MARCH 07: "."""
_PICTURE_END = re.compile(r"\(\s*[A-Z][^()\n]{1,60}?\s[-–—/]\s[^()\n]{2,40}\)$|\(\s*[^()\n]{0,60}/\s*" + AGENCY + r"[^()\n]{0,30}\)$"
                          r"|\b\d{1,2},\s+\d{4}\.$")
"""The caption's credit in brackets ("( Sami Nour - Coastal Agency )", "(Photo by Sami Nour/Getty Images)") or its full date."""


def furniture_agency_caption(line: str) -> str | None:
    """A picture agency's caption: the picture's place and date in capitals before a colon, then a
    description closed by the credit in brackets or the full date ("NORTHPORT, WESTLAND - MARCH 07: Crews
    clear the quay in Northport on March 07, 2024. ( Sami Nour - Coastal Agency )"); a dateline opening a
    paragraph ("NORTHPORT, March 7 (Reuters) - ...") has no colon after the date, and stays body (F8)."""
    return "photo_caption" if len(line) < 500 and _PICTURE_HEAD.match(line) and _PICTURE_END.search(line.rstrip()) else None


_RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*[|•·]\s*(\S.*)$")
_MEDIA_LABEL = re.compile(r"^(?i:video|videos|photos?|gallery|pictures?|watch|audio|listen|clip)\s*[|•·]\s*\S")
_MEDIA_CUE = re.compile(r"\b(?:video|footage|clip|watch|images?|pictures?|photos?|shows?|live)\b", re.I)


def furniture_video_caption(line: str) -> str | None:
    """A video caption led by its running time or by a media label and a bar or bullet: "02:15 | Footage shows ...",
    "Video | The moment the crane fell". A
    live-blog entry heading ("08:15 GMT - Minister speaks") has a time zone or a dash, not a bar."""
    if len(line) >= 240:
        return None
    m = _RUNNING_TIME.match(line)
    return "photo_caption" if (m and _MEDIA_CUE.search(m.group(1))) or _MEDIA_LABEL.match(line) else None


_TRAILING_CREDIT = re.compile(r"(?:[.!?]\s+(?:" + AGENCY + r"|(?-i:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})\s*/?\s*" + AGENCY + r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*/\s*[A-Z][\w.&'’ -]{1,40})"
                              r"|\s*\((?:photo(?:graph)?|image|picture|video|credit)(?:\s+credit)?\s*:\s*[^()\n]{2,60}\))$", re.I)


def furniture_credited_sentence(line: str) -> str | None:
    """A one-sentence present-tense caption closed by a credit: "A ferry burns in the strait. Getty
    Images", "... (Photo: Sami Nour)", "... . Sami Nour/Coastal News", a photographer in capitals and the
    agency ("... . SAMI NOUR AFP")."""
    m = _TRAILING_CREDIT.search(line) if len(line) < 300 else None
    return "photo_caption" if m and caption_like(line[:m.start() + 1].rstrip()) else None


_DASH_CREDIT = re.compile(r"[.!?]\s*[—–-]\s*" + AGENCY + r"$")


def dash_credited_captions(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A one-sentence present-tense caption closed by a dash and an agency ("The mayor visits the quay.
    — AFP") with article paragraphs after it; the story's last paragraph so closed is signed, not a caption."""
    later = 0
    for i in range(len(lines) - 1, -1, -1):
        line = text[slice(*lines[i])]
        m = _DASH_CREDIT.search(line) if kinds[i][0] is None and len(line) < 300 else None
        if m and later and caption_like(line[:m.start() + 1]):
            kinds[i] = ("furniture_dash_credited_caption", "photo_caption")
        elif kinds[i][0] is None and len(line.split()) >= 6 and line[-1] in ".!?\"”’":
            later += 1


_LABEL_ALONE = re.compile(r"^(?:(?:photo(?:graph)?|image|picture|video|media)\s+)?(?:photo(?:graph)?|image|picture|video|credit|caption)s?\s*[:,]?$", re.I)


_CAPTION_LABEL = re.compile(r"^(?:(?:photo(?:graph)?|image|picture|video|media)\s+)?captions?\s*[:,]?$", re.I)
"""A label that heads the caption itself: "Image caption,", "Caption:"."""


def credit_labels(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """"Image:" / "Credit:" alone on a line is a caption label; the short line right under it (no blank
    line between) is its credit; under a caption label ("Image caption,") a one-sentence line of any
    length is the caption ("Guards stand at the gate of the port after the fire")."""
    for i, (s, e) in enumerate(lines):
        if kinds[i][0] is None and _LABEL_ALONE.match(text[s:e]):
            kinds[i] = ("furniture_credit_label", "photo_caption")
            if i + 1 < len(lines) and kinds[i + 1][0] is None and text[e:lines[i + 1][0]].count("\n") == 1:
                under = text[slice(*lines[i + 1])]
                if len(under) < 80 or (_CAPTION_LABEL.match(text[s:e]) and one_sentence(under)):
                    kinds[i + 1] = ("furniture_credit_label", "photo_caption")


def captions_over_credits(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A one-sentence line right above a credit alone on its line ("(Port Office via AP)"), no blank
    line between, is the picture's caption; a headline (no closing stop) over an agency's bare name
    ("AFP") is a headline over its byline, and a credit over a caption label ("Image source, AFP" /
    "Image caption,") heads the picture below it, not the line above; a video's title below ("Video: Crane falls on
    the quay 01:48") credits nothing."""
    for i in range(len(lines) - 1):
        (s, e), (s2, e2) = lines[i], lines[i + 1]
        byline = re.fullmatch(AGENCY, text[s2:e2].strip()) and not re.search(r"[.!?\"”’)]$", text[s:e])
        label_below = i + 2 < len(lines) and _CAPTION_LABEL.match(text[slice(*lines[i + 2])])
        if kinds[i][0] is None and kinds[i + 1][0] == "furniture_credit" and text[e:s2].count("\n") == 1 \
                and one_sentence(text[s:e], 70) and not byline and not label_below and not media_title(text[s2:e2]):
            kinds[i] = ("furniture_caption_over_credit", "photo_caption")


_MEDIA_TITLE = re.compile(r"(?i:video|watch|listen|audio)\s*:\s*(?P<title>[^\n]+)")


def media_title(line: str) -> bool:
    """A player's title led by its medium ("Video: Crane falls on the quay 01:48"), naming no agency, slash or credit
    ("Video: Reuters" credits one)."""
    m = _MEDIA_TITLE.fullmatch(line.strip())
    return bool(m) and not re.search(r"/|\b(?i:credit)|\b" + AGENCY + r"\b", m.group("title"))


_CAPTION_BRACKET = re.compile(r"\[[^\[\]\n]{2,80}\]\s*$")
_BRACKET_AGENCY = re.compile(r"/|\b(?:Reuters|AFP|AP|Getty|EPA|Anadolu|Xinhua|file|photo|handout|courtesy|screen ?grab|screenshot)\b"
                             r"|\b(?-i:TV|Television|Channel)\b", re.I)


_NAME_BRACKET = re.compile(r"\s*\[(?:[A-Z][\w.'’&-]*|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w.'’&-]*|al-[A-Z][\w'’-]*|of|the)){0,4}\]$")
"""A credit in square brackets that is only a name: "[Sami Nour]", "[The Harbour Review]"."""
_PICTURE_LEAD = re.compile(r"(?:an?\s+|the\s+)?(?:screenshot|screen ?grab|photo(?:graph)?|image|picture|still|map|chart|graphic)s?"
                           r"\s+(?:of|from|showing|shows)\s", re.I)
"""A caption naming its picture first: "Screenshot of the post, ...", "A photo showing the gate ..."."""
_DAY = re.compile(r"\b(?:" + MONTH_RE + r")\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:" + MONTH_RE + r")\b")


def furniture_photo_caption(line: str) -> str | None:
    """A caption ending in a bracketed photo credit: "... [Thaier Al-Sudani/Reuters]", "... [Coast State TV]", or
    in a bracketed name after a present-tense sentence that dates the picture ("Crews clear the quay, Northport,
    March 9. [Sami Nour]") or names it first ("Screenshot of the post, annotated by our team [Check Desk]"); an editor's insertion ("[sic]", "[the army]") is in small letters or inside the sentence."""
    m = _CAPTION_BRACKET.search(line)
    if m and _BRACKET_AGENCY.search(m.group()):
        return "photo_caption"
    name = _NAME_BRACKET.search(line) if len(line) < 240 else None
    before = line[:name.start()] if name else ""
    return "photo_caption" if name and (_PICTURE_LEAD.match(before) or _DAY.search(before)) and caption_like(before) else None


_CAPTION_DATE = re.compile(r",\s+(?:(?:" + MONTH_RE + r")\.?\s+\d{1,2},|\d{1,2}\s+(?:" + MONTH_RE + r"))\s+\d{4}\.?(?:\s+\([^()\n]{2,40}\))?$")
PHOTO_CREDIT = re.compile(r"\s*\((?:(?:photo|image|picture):\s*)?(?:[^()\n]{2,60}/\s*(?:AP|AFP|Reuters|Getty Images|Getty|EPA|Anadolu"
                          r"|Xinhua|handout|file)(?:\s+via\s+Getty Images)?|(?:AP|AFP|Reuters|EPA)(?: Photo)?\s*/\s*[^()\n]{2,60})\)$", re.I)
"""A photo credit at the end of a line: "(Name / AP)"."""


def furniture_dated_caption(line: str) -> str | None:
    """A one-sentence photo caption in the present tense that ends with the date, in either order and with or without
    a bracketed credit: "X inspects the damage in Baghdad, Nov. 7, 2021.", "Mourners carry a coffin, Baghdad, 6 November
    2021 (Port Daily)" ("The vote was held on Sunday, October 10, 2021." is a sentence of the article)."""
    return "photo_caption" if len(line) < 220 and _CAPTION_DATE.search(line) and line.count(". ") <= 1 \
        and caption_like(line) else None


def furniture_credited_caption(line: str) -> str | None:
    """A photo caption: a line that ends in a photo credit ("(Name/EPA)") and carries the picture's date."""
    credit = PHOTO_CREDIT.search(line)
    return "photo_caption" if credit and re.search(MONTH_RE + r"\.?\s+\d{1,2},\s+\d{4}", line[:credit.start()]) else None
