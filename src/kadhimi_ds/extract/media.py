"""Debris of picture galleries, media players and embeds, by shape: a gallery counter ("Photo 2 of
6", "3 of 8"), a player's line carrying a running time ("Now playing: ... (1:05)", "Video, ...,
Duration 2:10", "Audio, 3 minutes 5 seconds"), a placeholder for content that failed to load
("Sorry, this video cannot be played"), a wire photo's usage restrictions ("- EDITORIAL USE ONLY
- MANDATORY CREDIT ...") and a caption closed by a labelled credit naming an agency or a
"Name/Agency" pair ("... Photograph: Sami Nour/Reuters"), whatever its tenses, or by a bracketed
outlet or network after its full stop ("... speaks on state television. (Coast State TV)"), a bracketed
graphic's label ("[Chart: Seats by list. Source: ...]") and the text of an embedded post over its
signature line."""
from __future__ import annotations

import re

from .debris import AGENCY, caption_like

_MEDIA = r"(?:photo(?:graph)?|image|picture|slide|video|clip|gallery|item|audio|podcast|page|episode|part)s?"
_COUNTER = re.compile(r"^(?:" + _MEDIA + r"\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}|\d{1,3}\s+of\s+\d{1,3}|\d{1,3}\s*/\s*\d{1,3})$", re.I)
_CLOCK = r"\d{1,2}[:,.]\d{2}(?:[:,.]\d{2})?"
_SPOKEN = r"\d{1,3}\s+(?:minutes?|mins?|seconds?|secs?)(?:,?\s+(?:and\s+)?\d{1,2}\s+(?:seconds?|secs?))?"
_RUNNING_END = re.compile(r"(?:\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)|\bduration:?\s*(?:" + _CLOCK + "|" + _SPOKEN + r"))\W*$", re.I)
"""A running time closing a line: "(0:52)", "Duration 2:10", "Duration: 3 minutes"."""
_PLAYER_LEAD = re.compile(r"^(?:▶\s*)?(?:play(?:ing)?(?:\s+(?:video|audio|clip))?|now playing|up next|next up|watch(?:\s+(?:video|now|live))?"
                          r"|video|audio|podcast|clip|gallery|slideshow|listen(?:\s+now)?)\s*[,:|·–—-]\s*(\S.*)$", re.I)
_CLOSING_TIME = re.compile(r"[.!?\"”’]\s+\d{1,2}:\d{2}$")
"""A clip's caption closed by its bare running time: "... hit by a drone early Sunday. 1:58"."""
_SPOKEN_ONLY = re.compile(r"^(?:" + _CLOCK + "|" + _SPOKEN + r")$", re.I)


_GALLERY = re.compile(r"^(?:gallery|slideshow|in pictures|photos|pictures)\s*:\s*\S[^\n.!?]{0,80}$", re.I)
_CREDIT_BRACKETED = re.compile(r"^[(\[]\s*(?:(?:photo(?:graph)?|image|picture|video)\s+)?credits?\s*:\s*[^()\[\]\n]{2,60}[)\]]$", re.I)


def furniture_gallery_counter(line: str) -> str | None:
    """A gallery's counter or label alone on its line: "Photo 2 of 6", "Image 3/8", "4 of 9", "Gallery:
    The fire in pictures", and a bracketed credit "(Credit: Coastal Board)"."""
    line = line.strip()
    if _CREDIT_BRACKETED.match(line):
        return "photo_caption"
    return "other" if _COUNTER.match(line) or _GALLERY.match(line) else None


def _sentences(text: str) -> int:
    return len(re.findall(r"[a-z\d)’'\"”][.!?]\s+[A-Z“\"‘']", text)) + 1


def furniture_player_line(line: str) -> str | None:
    """A media player's line: a short title closed by its running time ("Sadr's bloc wins. Duration
    2:14", "Now playing: Crane collapses at the port (0:52)"), or a player label before a title or
    a running time ("Play video, "...", Duration 0,58", "Audio, 2 minutes 41 seconds"), or a clip's
    caption closed by its bare running time ("The crane fell at dawn. 1:58"). A sentence
    that names a time ("The session resumed at 10:30.") has no such closing or label."""
    if len(line) >= 200:
        return None
    lead = _PLAYER_LEAD.match(line)
    if lead and (_SPOKEN_ONLY.match(lead.group(1).strip()) or _RUNNING_END.search(line) or re.search(r"\s\d{1,2}:\d{2}$", line)):
        return "other"
    closing = _CLOSING_TIME.search(line)
    if closing and _sentences(line[:closing.start() + 1]) <= 2:
        return "other"
    end = _RUNNING_END.search(line)
    return "other" if end and len(line[:end.start()].split()) <= 20 and _sentences(line[:end.start()]) <= 2 else None


_SUBJECT = r"(?:this|the|that|our)\s+(?:embedded\s+|external\s+|interactive\s+)?(?:content|video|media|post|tweet|image|audio|player|clip|item|page|element|graphic|map|chart|gallery)"
_PLACEHOLDER = re.compile(r"^(?:(?:sorry|oops|unfortunately|error)\W+)?(?:" + _SUBJECT + r"\s+(?:could not|cannot|can ?not|can[’']t|failed to|is not"
                          r"|isn[’']t|is no longer|is currently (?:not|un)|is unavailable)\b[^\n]{0,60}|(?:your|this) browser does not support[^\n]{0,60}"
                          r"|(?:please )?enable javascript[^\n]{0,60}|javascript is (?:disabled|required)[^\n]{0,60})$", re.I)


def furniture_placeholder(line: str) -> str | None:
    """A placeholder for content that failed to load: "Sorry, this embedded content could not be
    loaded.", "This video can not be played", "Your browser does not support the audio element."."""
    return "other" if len(line) < 160 and _PLACEHOLDER.match(line.strip()) else None


_RESTRICTION = re.compile(r"\b(?:RESTRICTED TO EDITORIAL USE|EDITORIAL USE ONLY|MANDATORY CREDIT|NO MARKETING|NO ADVERTISING CAMPAIGNS"
                          r"|DISTRIBUTED AS A SERVICE TO CLIENTS|NO SALES|NO ARCHIVES|NO RESALE)\b")


def furniture_usage_restriction(line: str) -> str | None:
    """A wire photo's caption carrying its usage restrictions in capitals ("... - RESTRICTED TO
    EDITORIAL USE - MANDATORY CREDIT ..."): no article sentence is written so."""
    return "photo_caption" if len(line) < 600 and _RESTRICTION.search(line) else None


_LABELLED_CREDIT = re.compile(r"[.!?]\s+(?:photo(?:graph)?|image|picture|video)s?(?:\s+credit)?\s*:\s*([^.!?\n]{2,80})$", re.I)
_AGENCY_IN = re.compile(r"/|\b" + AGENCY + r"\b")


def furniture_labelled_credit(line: str) -> str | None:
    """A caption closed by a labelled credit that names an agency or a "Name/Agency" pair: "Guards
    at the gate, where officials said a drone fell. Photograph: Sami Nour/Reuters"; an article
    sentence does not end in a "Photograph:" credit."""
    m = _LABELLED_CREDIT.search(line) if len(line) < 400 else None
    return "photo_caption" if m and _AGENCY_IN.search(m.group(1)) and _sentences(line[:m.start() + 1]) <= 2 else None


_PROVENANCE = r"(?:file|stock|archive|library|handout|representational|representative|illustrative|ai-generated|computer-generated|generated|pool)"
_PICTURE = r"(?:photo(?:graph)?|image|picture|footage|video|graphic|illustration|screenshot|screengrab|screen grab)s?"
_PICTURE_LABEL = re.compile(r"^\(?(?:" + _PROVENANCE + r"\s+" + _PICTURE + r"|photo\s+illustration|(?:courtesy(?:\s+of)?|supplied\s+by)\s+[A-Z][^\n.!?,;]{1,60}"
                            r"|supplied|courtesy|\d{1,3}\s+(?:photo|image|picture|video)s|(?:photo|image|picture|video)\s+gallery(?:\s*\(\s*\d{1,3}\s+"
                            r"(?:photo|image|picture|video)s\s*\))?|(?:related|more|latest|featured)\s+(?:video|audio|photo|image|gallery|podcast)s?"
                            r"|audio\s+version|(?:see|view)\s+(?:all\s+)?\d{1,3}\s+(?:photo|image|picture|video)s)\)?$", re.I)
_VISUAL_LEAD = re.compile(r"^(?:graphics?|chart|map|infographic|illustration|data|design|interactive)\s*(?:(?:credit|source)\s*[:,]|:)\s*\S[^\n]{0,80}$", re.I)


def furniture_picture_label(line: str) -> str | None:
    """A picture's provenance or a gallery's label alone on its line: "File photo", "Stock image", "Photo
    illustration", "Courtesy of the Port Office", "12 photos", "Photo gallery (12 photos)", "Related
    video", and a graphic's credit or source ("Graphic: Sami Nour", "Data: Port Office"); "The file
    photo was taken in 2019." is a sentence."""
    text = line.strip()
    if len(text) >= 100:
        return None
    if _PICTURE_LABEL.match(text):
        return "photo_caption"
    return "photo_caption" if _VISUAL_LEAD.match(text) and _sentences(text) == 1 and not text.endswith(".") else None


_OUTLET_WORD = (r"(?:TV|Television|Channel|News|Network|Radio|Broadcasting|Corporation|Media|Agency|Press|Post|Times|Herald|Journal"
                r"|Tribune|Gazette|Observer|Monitor|Online|Daily|Office)")
_FRAME = (r"(?i:screen\s?grab|screenshot|video\s+still|still(?=\s*:|\s+from)|video\s+grab|footage|courtesy)(?:\s+(?i:from|of|via))?\s*[:/]?\s*"
          r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z0-9][\w’'&.-]*|of|the)){0,4}")
_OUTLET_CREDIT = re.compile(r"[.!?]\s+\((?:the\s+)?(?:(?:[A-Z0-9][\w’'&.-]*\s+){1,4}" + _OUTLET_WORD + r"(?:\s+\d{1,3})?|[A-Z]{2,6})\)$"
                            r"|\s*\(" + _FRAME + r"\)$")
"""A bracketed credit naming an outlet ("(Coast State TV)", "(Atlas News)", "(WNA)") after a full stop,
or a frame's source ("(Screengrab: Coast TV)", "(Courtesy Harbour 24)")."""


def furniture_outlet_caption(line: str) -> str | None:
    """A one-sentence caption in the present tense closed by a bracketed outlet or network: "The
    mayor speaks on state television hours after the fire. (Coast State TV)", "Sami Nour reports from
    the quay. (Atlas News)"; an article sentence keeps its brackets before its full stop ("... (Coast
    TV)."), and a past-tense report is no caption."""
    m = _OUTLET_CREDIT.search(line) if len(line) < 300 else None
    return "photo_caption" if m and caption_like(line[:m.start() + 1].rstrip()) else None


_GRAPHIC = re.compile(r"^\[(?i:(?:(?:video|photo|image|audio|social|twitter|youtube)\s+)?embed(?:ded)?(?: (?:post|tweet|video|content))?"
                      r"|chart|graphic|graph|map|table|infographic|interactive|video|photo|image|gallery)\s*[:–—-]\s*[^\[\]\n]{2,200}\]$")


def furniture_graphic_label(line: str) -> str | None:
    """A bracketed graphic standing in the text: "[Chart: Fares by route, 2023 vs 2024. Source: Port Office]",
    "[Map - the northern strait]", "[VIDEO EMBED: The mayor at the quay – 02:10]"; a bracketed note of the editor ("[The board has said ...]") has no label."""
    return "photo_caption" if len(line) < 240 and _GRAPHIC.match(line.strip()) else None

_REPORTED = re.compile(r"[\"“”]|\b(?:said|says|wrote|writes|tweeted|posted|added|told)\b")
"""A line that reports a post or quotes it: the article's text, not the post."""


def posts_over_signatures(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """The lines right above an embedded post's signature ("— Sami Nour (@snour) March 7, 2024"), no blank
    line between, are the post's text: at most two lines, set off by a blank line or by the post's frame
    ("Skip Twitter post by @snour") above them. On a page with no blank lines between paragraphs only the
    line right above the signature is the post, unless it reports or quotes ("..., he wrote.")."""
    for i in range(len(lines) - 1, 0, -1):
        if kinds[i][0] != "furniture_embedded_post" or text[lines[i][0]] not in "—–":
            continue
        j = i - 1
        while j >= 0 and kinds[j][0] is None and text[lines[j][1]:lines[j + 1][0]].count("\n") == 1 \
                and lines[j][1] - lines[j][0] < 300:
            j -= 1
        post = range(j + 1, i)
        set_off = j < 0 or text[lines[j][1]:lines[j + 1][0]].count("\n") >= 2 or kinds[j][0] == "furniture_page_widget"
        if not (set_off and len(post) <= 2) and post and not _REPORTED.search(text, lines[i - 1][0], lines[i - 1][1]):
            post, set_off = range(i - 1, i), True
        if 1 <= len(post) <= 2 and set_off:
            for k in post:
                kinds[k] = ("furniture_embedded_post", "embedded_post")
