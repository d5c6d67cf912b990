"""A page's wrappers around the article, by shape: a transcript's stage directions ("(BEGIN VIDEOTAPE)"),
an email newsletter's wrapper ("View in browser", "Unsubscribe"), a sponsor's label and the advertisement's
copy under it, a prompt to follow the outlet elsewhere ("Follow us on Twitter"), and a newsletter's
masthead: its tagline ("A weekly newsletter of the Port Institute") and its name in capitals over the
issue's stamp, and a sign-up box (its heading, blurb, email field and consent line)."""
from __future__ import annotations

import re

from .stamps import issue_stamp


_STAGE = re.compile(r"^[(\[]\s*(?:[A-Z][A-Z'’-]+(?:,?\s+[A-Z][A-Z'’-]*){1,7}|(?i:(?:begin|end|start)\s+(?:of\s+)?(?:video\s*(?:tape|clip)?"
                    r"|audio(?:\s+clip)?|clip|sound\s*bite|excerpt|live feed)|commercial break|laughter|applause|crosstalk|inaudible"
                    r"|music|silence|cheering|sound bite|soundbite|break|voice-over|off-camera|(?:mid|pre|post)-?roll|ad break))\s*[)\]]$")


def furniture_stage_direction(line: str) -> str | None:
    """A transcript's stage direction alone on its line: "(BEGIN VIDEOTAPE)", "(END AUDIO CLIP)",
    "(Commercial break)", "(LAUGHTER)", "(SOUND OF RAIN, DISTANT DOGS)", a podcast's ad slot "(MIDROLL)"; one capitalised word ("(END)", "(AFP)") is left to the
    end-marker and credit rules."""
    return "other" if len(line) < 60 and _STAGE.match(line.strip()) else None


_NEWSLETTER = re.compile(
    r"^(?:(?:view|read|open)\s+(?:this\s+(?:email|newsletter|message)\s+|it\s+)?(?:in\s+(?:your|a|the)?\s*browser|online|on the web)"
    r"|web version|(?:having trouble viewing|can[’']t see|trouble reading) this (?:email|newsletter|message)\?[^\n]{0,60}"
    r"|(?:was this |this (?:email|newsletter) was |someone |did someone )?forward(?:ed)?(?: this)?(?: email| newsletter| to you| you this)*\?"
    r"[^\n]{0,120}|unsubscribe\b[^\n]{0,60}|(?:update|manage)\s+(?:your\s+)?(?:preferences|subscription|email settings)[^\n]{0,40}"
    r"|you are receiving this (?:email |newsletter )?because\b[^\n]{0,120}"
    r"|enjoying (?:this|the|our)\b[^?\n]{0,40}\?\s*(?:forward|share|subscribe|sign up|tell|pass)\b[^\n]{0,80}"
    r"|(?:newsletters?\s*[|:•·–—-]\s*)?click (?:here )?to (?:get|receive|subscribe|sign up|join)\b[^,;.\n]{0,80}[.!]?)$", re.I)


def furniture_newsletter_prompt(line: str) -> str | None:
    """An email newsletter's wrapper: "View in browser", "Forwarded this email? Subscribe here", "Was
    this forwarded to you? Sign up", "Unsubscribe | Update preferences", "Enjoying the Digest? Forward it to a
    friend", "Newsletter | Click to get the week's best stories in your inbox"."""
    text = line.strip()
    if len(line) < 200 and (_NEWSLETTER.match(text) or _TAGLINE.match(text) or _EMAIL_FIELD.match(text) or _CONSENT.match(text)):
        return "other"
    return None


_EMAIL_FIELD = re.compile(r"^(?i:(?:enter\s+)?your\s+e-?mail(?:\s+address)?|e-?mail\s+address)(?:\s*[|:·•*]?\s*(?i:sign\s*up|subscribe|submit"
                          r"|join|go|send|register))?\W*$")
"""A sign-up form's field and button: "Enter your email address  SIGN UP", "Your email | Subscribe"."""
_CONSENT = re.compile(r"^(?i:by\s+(?:signing\s+up|subscribing|registering|clicking\s+[^,\n]{1,30}|submitting\s+[^,\n]{1,30}),?\s+you\s+"
                      r"(?:agree|accept|consent|acknowledge)\b)[^\n]{0,160}$")
"""A sign-up form's consent line: "By signing up, you agree to our Privacy Policy."; "By signing up, voters
agreed ..." speaks of others."""


def signup_boxes(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A sign-up box: the one or two short lines over a form's email field, no blank line between, up to
    the box's heading (a line already furniture, "Sign up for the Morning Brief", or a heading in capitals,
    "NEWSLETTER", perhaps over a furniture line) are its blurb ("Top stories from around the harbour, every
    weekday."). Without such a heading the lines stay body, and so does any line above the heading."""
    for i, (s, e) in enumerate(lines):
        if not _EMAIL_FIELD.match(text[s:e].strip()):
            continue
        top = _box_top(text, lines, kinds, i)
        for k in range(top if top is not None else i, i):
            if kinds[k][0] is None:
                kinds[k] = ("furniture_signup_box", "other")


def _box_top(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]], field: int) -> int | None:
    """The heading line of the box over the email field ``field``, or None."""
    j = field - 1
    while j >= 0 and field - j <= 3 and text[lines[j][1]:lines[j + 1][0]] == "\n":
        line = text[lines[j][0]:lines[j][1]]
        if _box_heading(line):
            return j
        if kinds[j][0] is not None:
            above = text[lines[j - 1][0]:lines[j - 1][1]] if j > 0 and text[lines[j - 1][1]:lines[j][0]] == "\n" else ""
            return j - 1 if _box_heading(above) else j
        if not _blurb(line):
            return None
        j -= 1
    return None


def _box_heading(line: str) -> bool:
    return line.isupper() and len(line.split()) <= 3


def _blurb(line: str) -> bool:
    return len(line) < 100 and not re.search(r"[\"“”]", line)


_TAGLINE = re.compile(r"^(?i:(?:an?|the)\s+(?:(?:weekly|daily|monthly|fortnightly|morning|evening|free)\s+)*(?:e-?mail\s+)?"
                      r"(?:newsletter|briefing|digest|bulletin|round-?up)\s+(?:of|from|by)\s+(?:the\s+)?)"
                      r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*){0,6}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?$")
"""A newsletter's tagline: "A weekly newsletter of the Port Institute", "..., Northport" (its city); a sentence
about one has a verb."""


def mastheads(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A short line in capitals right above a newsletter's issue stamp ("THE HARBOUR BRIEF" over "Monday
    8 March 2024 · Issue No. 41"), no blank line between, is the newsletter's name."""
    for i in range(len(lines) - 1):
        (s, e), (s2, e2) = lines[i], lines[i + 1]
        name = text[s:e]
        if kinds[i][0] is None and name.isupper() and len(name.split()) <= 5 and not re.search(r"[.!?:]$", name) \
                and text[e:s2].count("\n") == 1 and issue_stamp(text[s2:e2]):
            kinds[i] = ("furniture_masthead", "other")


_SPONSOR = re.compile(r"^(?:sponsored by|presented by|brought to you by|in partnership with|(?:a )?message from (?:our )?(?:sponsor|partner)s?"
                      r"|paid (?:post|content|partnership)|partner content|advertiser content)\b[^.!?\n]{0,60}$", re.I)


_SPONSOR_READ = re.compile(r"^(?:this|today['’]s) (?:episode|show|podcast|programme|program|newsletter|edition|briefing) is (?:brought to you"
                           r"|sponsored|supported|presented|made possible)\b[^\n]{0,30}\bby\s+(?-i:[A-Z])", re.I)
"""A programme's sponsor read: "This episode is brought to you by Harbour Bank. Get 10% off ..."."""


def furniture_sponsor_label(line: str) -> str | None:
    """A sponsor's label: "SPONSORED BY NORTHPORT LOGISTICS", "Presented by Harbour Bank", "Paid post",
    or a programme's sponsor read ("This episode is brought to you by Harbour Bank. ..."); a sentence
    ("Sponsored by the port, the fair opened on Monday.") ends in a full stop."""
    if len(line) < 200 and _SPONSOR_READ.match(line.strip()):
        return "other"
    return "other" if len(line) < 90 and _SPONSOR.match(line.strip()) else None


def sponsor_blocks(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """The lines right under a sponsor's label, no blank line between, are the advertisement's copy."""
    for i, (s, e) in enumerate(lines):
        if kinds[i][0] != "furniture_sponsor_label":
            continue
        j = i + 1
        while j < len(lines) and kinds[j][0] is None and text[lines[j - 1][1]:lines[j][0]] == "\n" \
                and lines[j][1] - lines[j][0] < 300:
            kinds[j] = ("furniture_sponsor_label", "other")
            j += 1


_SOCIAL = r"(?:twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|x|social media|google news)"
_OUTLET = r"(?:us|[A-Z][\w&'’-]*(?:\s+[A-Z\d][\w&'’-]*){0,3})"
"""The outlet a prompt names: "us", "Coastal News", "Harbour 24"."""
_FOLLOW = re.compile(r"^(?:(?:follow|like|find|join)\s+" + _OUTLET + r"\s+on\s+" + _SOCIAL + r"\b[^\n]{0,80}"
                     r"|follow\s+(?:our|" + _OUTLET + r"['’]s)\s+(?:live\s+)?(?:coverage|updates|blog)\b[^\n]{0,60}"
                     r"|download\s+(?:our|the)\s+(?:[A-Z][\w&'’-]*\s+){0,3}app\b[^\n]{0,80}"
                     r"|(?:get involved|join (?:in|the (?:conversation|debate|discussion))|tell us|have your say|use)\s*[:–—-]?\s*#\w+(?:[\s,]+#\w+)*)$", re.I)


def furniture_follow_prompt(line: str) -> str | None:
    """"Follow Coastal News on Twitter and Instagram.", "Follow Harbour 24's live coverage for the latest.", "Download
    the Coastal News app for ...", a call to post under a hashtag ("Get involved: #PortStrike")."""
    return "other" if len(line) < 160 and _FOLLOW.match(line) else None
