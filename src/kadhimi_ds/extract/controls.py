"""The page's own controls and labels, by shape: a line made only of control words ("toggle
caption", "Enlarge this image", "Tap to unmute", "Back to top", "Next article"), a running or
reading time named with its medium ("4-Minute Listen", "12 min watch", "Listen · 3:45"), a
programme or platform credit ("Heard on Morning Edition", "Listen on Apple Podcasts"), the desk's
initials closing a wire story ("kj-lg/fz/sst"), and a newsletter's or programme's sign-off to the
reader ("That's all for today.", "Got a tip? Email us at ...", "Thanks for listening."). An article
sentence has a subject and a verb that is not an order to the reader, and names no programme
bare."""
from __future__ import annotations

import re

_CONTROL_VERB = ("toggle|hide|show|expand|collapse|enlarge|zoom|close|open|play|pause|replay|mute|unmute|skip|tap|click|swipe"
                 "|scroll|download|embed|share|email|save|print|copy|load|view|see|back|next|previous|prev|more|less|all|read|watch|turn|enable|allow"
                 "|continue|accept|reject|decline|agree|search|register|please"
                 "|listen|subscribe|transcript|minimi[sz]e|maximi[sz]e|fullscreen|full-screen|exit|cancel|dismiss|retry|refresh")
_CONTROL_WORD = re.compile(r"(?:" + _CONTROL_VERB + r"|caption|captions|image|images|photo|photos|video|videos|audio|gallery|ad|ads"
                           r"|advert|article|story|page|window|tab|screen|full|new|in|to|this|the|a|top|bottom|sound|volume"
                           r"|comments?|link|menu|player|slideshow|episode|clip|map|chart|graphic|text|size|font|mode|dark|light"
                           r"|here|now|again|up|down|out|on|off|for|notifications?|alerts?|app|browser|wait|cookies|settings|reading"
                           r"|earlier|older|newer|later|latest|updates|posts|entries"
                           r"|[x×✕<>‹›«»←→↑↓▲▼]|\d{1,3}|of)", re.I)
_CONTROL_LEAD = re.compile(r"(?:" + _CONTROL_VERB + r")$", re.I)


def _control_words(line: str) -> bool:
    """One to five words, every one a control word, the first a control verb, no punctuation but a
    closing ellipsis ("Loading...")."""
    text = re.sub(r"(?:\.\.\.|…)$", "", line.strip())
    words = text.split()
    if not 1 <= len(words) <= 5 or re.search(r"[.,;:!?\"“”]", text):
        return False
    return bool(_CONTROL_LEAD.fullmatch(words[0])) and all(_CONTROL_WORD.fullmatch(w) for w in words)


_MEDIUM = r"(?:listen|read|watch|view|video|audio|clip|podcast|episode)"
_DURATION = re.compile(r"^(?:\d{1,3}(?:[-\s])?(?:minutes?|mins?|min\.?|m|seconds?|secs?|hours?|hrs?|h)\s+" + _MEDIUM
                       + r"|" + _MEDIUM + r"(?:\s*[·•|:,-]\s*|\s+)(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*(?:minutes?|mins?|min|m|seconds?|secs?)))$",
                       re.I)
_SERIES = re.compile(r"^(?:(?:season|series)\s+\d{1,3},?\s+)?(?:episode|ep\.?|part|chapter)\s+\d{1,4}$|^S\d{1,2}\s?E\d{1,3}$"
                     r"|^\d{1,3}\s*(?:minutes?|mins?|min|seconds?|secs?)$", re.I)
"""An episode's number or a running time alone: "Season 3, Episode 12", "S3 E12", "Episode 142", "4 minutes"."""
_FONT_SIZE = re.compile(r"^(?:(?i:font|text)\s+size\s*:?\s*)?(?:[Aa][+−-]?\s+){1,3}[Aa][+−-]?$")
"""The text-size buttons, perhaps labelled: "A A A", "A- A A+", "Font size: A+ A-"."""
_ROW_GAP = re.compile(r" {2,}|\s[|·•]\s")
_SECTION = re.compile(r"^(?i:(?:from|in|more from) the section|(?:section|category|categories|filed (?:in|under)|posted in)\s*:)\s*"
                      r"[A-Z][\w&'’-]*(?:\s*(?:[A-Z][\w&'’-]*|&|and|of|the|[,|/]))*$")
"""The page's section label: "From the section Middle East", "Category: World, Iraq"."""
_BANNER = re.compile(r"^(?:breaking(?: news)?|just in|developing(?: story| news)?|exclusive|on air|live(?: now| tv| radio| blog)?"
                     r"|show notes|chapters|transcript|rate(?:,)? (?:and )?review(?:,? and subscribe)?"
                     r"|follow (?:our|the) live (?:coverage|blog|updates)(?: here)?)\W*$", re.I)
"""A banner or a podcast page's section alone: "BREAKING NEWS", "Just in", "ON AIR", "Show notes"."""
_TITLE = r"[A-Z0-9][\w’'&.+-]*(?:\s+(?:[A-Z0-9][\w’'&.+-]*|of|the|and|on|in|at|with|for|&))*"
_PROGRAMME = re.compile(r"^(?i:(?:as\s+)?(?:heard|seen|aired|broadcast|featured|shown|listen|watch|available|subscribe|stream(?:ing)?"
                        r"|follow)\s+(?:on|in))\s+" + _TITLE + r"$|^(?i:(?:from|on|in)\s+(?:the\s+)?(?:podcast|programme|program|show"
                        r"|series|newsletter)\s*:)\s*" + _TITLE + r"$")


def _control_row(text: str) -> bool:
    """Two or more controls in a row, apart by wide spaces or bars: "Font size: A+ A-   Print   Share"."""
    parts = _ROW_GAP.split(text)
    return len(parts) >= 2 and all(_control_words(p) or _FONT_SIZE.match(p) for p in parts)


def furniture_media_control(line: str) -> str | None:
    """A control of the page or its player ("toggle caption", "Enlarge this image", "Skip Ad", "Page
    2 of 3" is the gallery rule's), a duration with its medium ("4-Minute Listen", "5 min read",
    "Watch 2:31"), a row of controls ("Font size: A+ A-   Print   Share") or a programme's credit ("Heard on Morning Edition", "Listen on Spotify"); the
    programme's name is in title case and nothing follows it."""
    if len(line) >= 80:
        return None
    text = line.strip()
    if _control_words(text) or _DURATION.match(text) or _SERIES.match(text) or _FONT_SIZE.match(text) or _SECTION.match(text) \
            or _BANNER.match(text) or _control_row(text):
        return "other"
    m = _PROGRAMME.match(text)
    return "other" if m and text.split()[0][:1].isupper() else None


_TRANSCRIPT = re.compile(r"(?i:transcript)\W*")


def transcript_headings(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """"Transcript" with a blank line above and below heads the transcript that follows, a sub-heading
    (body, F8); among the player's controls ("Download" / "Transcript", no blank line between) it is a
    button."""
    for i, (s, e) in enumerate(lines):
        if kinds[i][0] == "furniture_media_control" and _TRANSCRIPT.fullmatch(text[s:e].strip()) \
                and 0 < i < len(lines) - 1 and "\n\n" in text[lines[i - 1][1]:s] and "\n\n" in text[e:lines[i + 1][0]]:
            kinds[i] = (None, None)


_INITIALS = re.compile(r"^[a-z]{1,4}(?:-[a-z]{1,4})*(?:/[a-z]{1,4}(?:-[a-z]{1,4})*){1,6}(?:\s*\((?:[A-Za-z]{2,12}(?:,\s*|\s+and\s+)?)+\))?$"
                       r"|^[A-Z]{1,4}(?:/[A-Z]{1,4}){0,3}/\d{5,10}$")


_NOT_INITIALS = re.compile(r"and/or|or/and|(?:k?m|mi|mg|kg|[kmg]b|l)/(?:h|hr|s|l|kg|m)")
"""Words and units joined by a slash: "and/or", "km/h"."""


def furniture_desk_initials(line: str) -> str | None:
    """The desk's initials closing a wire story: "kj-lg/fz/sst", "mm/jm" (lower-case letter groups
    joined by slashes, perhaps with the agencies in brackets: "mm/jm (AFP, Reuters)"), or capital initials and the story's number ("KI/4213890"); words and units
    ("and/or", "km/h") and short document codes ("S/RES/2231") are no initials."""
    text = line.strip()
    return "credit_line" if len(text) < 40 and _INITIALS.match(text) and not _NOT_INITIALS.fullmatch(text.split("(")[0].strip()) else None


_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_SIGN_OFF = re.compile(
    r"^(?:(?:that[’']?s|that is|this is) (?:all|it) (?:for|from) (?:today|now|this (?:week|morning|evening|edition|issue)|us|me)\b"
    r"|thanks?(?: you)? (?:for|to you for) (?:reading|listening|watching|joining us|subscribing)\b"
    r"|(?:see|talk to|speak to) you (?:tomorrow|next (?:week|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|then)\b"
    r"|until (?:tomorrow|next (?:time|week))\b"
    r"|(?:got|have) (?:a|any) (?:tip|story|question|comment|correction)s?\?"
    r"|(?:send|email|e-mail|write|tell|reach|contact) (?:us|me|the (?:desk|newsroom|editors?|team))\b"
    r"|send (?:your |us |in )?(?:tips|feedback|questions|comments|corrections|letters)\b)", re.I)
_SAYS = re.compile(r"\b(?:said|says|told|tells|according to)\b")


def furniture_sign_off(line: str) -> str | None:
    """A newsletter's or programme's sign-off to the reader: "That's all for today.", "Thanks for
    reading.", "Got a tip? Email us at ...", "Send tips, corrections and complaints to the desk."; a
    line reported from someone ("See you in court," he said) is a quotation."""
    text = line.strip()
    if len(text) >= 200 or _SAYS.search(text) or re.search(r"[\"“”]", text):
        return None
    if _SIGN_OFF.match(text):
        return "other"
    return "other" if re.search(_EMAIL, text) and len(text.split()) <= 12 else None
