"""Bylines and credit lines of many house styles, by shape: "By Sami Nour and Lea Brandt", "Sami Nour/Coastal
News", "Sami Nour, Middle East correspondent", "By the Coastal News team", "Story by Sami Nour • Photos by Lea
Brandt", a programme's cast and crew ("Host: Sami Nour"), a byline's date and stamp rows ("7 November 2021 · 3
min read"); and an author's name alone by a dateline or a stamp."""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .datelines import CAPS_PLACE, TITLE_PLACE
from .debris import AGENCY

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:al-|el-|bin |de )?[A-Z][\w.'’-]+){1,3}"
_NAME_OUTLET = re.compile(r"^" + _NAME + r"\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$")

_SIGN_OFF = re.compile(r"^[—–-]\s*" + _NAME + r"$")
DATE = r"(?:" + MONTH_RE + r"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH_RE + r"\.?,?\s+\d{4})"
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
_STAMP_PART = re.compile(r"(?:(?:updated|published|posted)\s*:?\s*)?(?:" + DATE + r"(?:,?\s*(?:at\s+)?" + _TIME + r")?|" + _TIME
                         + r"|\d+\s*min(?:ute)?s?(?:\s+read)?|\d+\s*(?:views|comments|shares))", re.I)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_PLACE = re.compile(r"^(?:" + _WEEKDAY + r",?\s+)?" + DATE + r"(?:,?\s*(?:at\s+)?" + _TIME + r")?\s*[-–—|]\s*(?:"
                         + CAPS_PLACE + r"|" + TITLE_PLACE + r")$")
_BY_COLON = re.compile(r"^[Bb]y:\s*" + _NAME + r"(?:\s+and\s+" + _NAME + r")?(?:\s*,\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?$")
NUMERIC_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
_BY_DATE = re.compile(r"^(?:By\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}|" + _NAME + r")\s*[-–—|,·•]\s*(?:" + DATE + "|"
                      + NUMERIC_DATE + r")(?:,?\s*(?:at\s+)?" + _TIME + r")?$")
_JOURNALIST = r"(?:correspondent|reporter|editor|writer|bureau chief|contributor|columnist|journalist|photographer)"
_NAME_IN = (r"(?:" + _NAME + r")(?:\s+in\s+" + TITLE_PLACE + r"|\s*\((?:" + TITLE_PLACE + r",\s*)?(?i:(?:[a-z-]+\s+){0,2}"
            + _JOURNALIST + r")\))?")
_ROLE_BYLINE = re.compile(r"^(?:By\s+)?" + _NAME + r",\s+(?:[A-Za-z-]+\s+){0,3}" + _JOURNALIST + r"$", re.I)
_BY_NAMES = re.compile(r"^(?i:by)\s+" + _NAME_IN + r"(?:(?:,\s+(?i:and\s+|with\s+)?|\s+(?i:and|with)\s+)" + _NAME_IN + r"){0,3}"
                       r"(?:\s*[,|–—-]\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?$")
"""A byline of one or more names, each perhaps with its place: "By Sami Nour with Lea Brandt in Northport", "BY SAMI NOUR"."""
_CREDIT_CUE = (r"(?i:story|interviews?|words|text|photos?|photographs?|photography|pictures?|images?|video|graphics?|illustrations?|design|data"
               r"|maps?|research|animation|interactive|reporting|additional reporting|writing|editing|produced|edited|written"
               r"|reported|compiled|translated|filmed|photographed|hosted|produced|moderated|narrated|music|sound|mixed)")
_CREDIT_SEGMENT = re.compile(r"^" + _CREDIT_CUE + r"\s+(?i:by)\s+" + _NAME + r"(?:(?:,\s+|\s+and\s+)" + _NAME + r")*$")


def _segments(line: str, separators: str, *shapes: re.Pattern[str]) -> bool:
    """Every part of ``line`` between ``separators`` and sentence stops has one of the ``shapes``."""
    parts = [p.strip() for p in re.split(separators + r"|\.\s+", line.strip().rstrip("."))]
    return all(any(shape.match(p) for shape in shapes) for p in parts)


def _credit_segments(line: str) -> bool:
    """"Story by Sami Nour • Photos by Lea Brandt", "Words by Sami Nour. Pictures by Lea Brandt"."""
    return _segments(line, r"\s*[•·|;/]\s*", _CREDIT_SEGMENT)


_ROLE_ONLY = re.compile(r"^(?!(?i:(?:from|for|to|with|about|among)\s[^\n]*s$))(?i:(?:(?:our|staff|senior|chief|special|foreign|political|diplomatic|security|defen[cs]e|regional"
                        r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:writer|reporter|correspondent|editor|bureau|desk|contributor|columnist"
                        r"|stringer)s?)$")
"""A journalist's role alone: "Staff Writer", "Our correspondent", "Middle East correspondent", "Baghdad bureau"; a
section heading naming the staff after a preposition ("FROM OUR REPORTERS") is the article's."""
_ROLE_NAMES = r"\s*:\s*" + _NAME + r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)" + _NAME + r"){0,4}$"
"""After a role and a colon, the names holding it: ": Sami Nour", ": Lea Brandt and Omar Said"."""
_CAST = re.compile(r"^(?i:hosts?|guests?|presenters?|producers?|anchors?|moderators?|panel(?:lists)?|interviewers?|interviewees?)"
                   + _ROLE_NAMES)
"""A podcast's or programme's cast: "Host: Sami Nour", "Guests: Lea Brandt and Omar Said"."""
_CREW = re.compile(r"^(?i:(?:executive\s+|senior\s+)?producers?|readers?|narrators?|editors?|sound(?:\s+design)?|music|engineers?"
                   r"|researchers?|script)" + _ROLE_NAMES)
"""A programme's crew member by role: "Producer: Sami Nour", "Reader: Lea Brandt"."""


def _crew_segments(line: str) -> bool:
    """A programme's crew and cast in one line: "Producer: Sami Nour. Reader: Lea Brandt.", "Host: Sami Nour | Sound: Omar
    Said"; a listener's question ("Reader: Why were the drones not stopped?") names no one."""
    return _segments(line, r"\s*[•·|;]\s*", _CAST, _CREW)


_BY_TEAM = re.compile(r"^(?i:(?:(?:translated\s+and\s+)?compiled|written|produced|edited)\s+)?(?i:by:?)\s+(?:(?:" + AGENCY + r"|The Associated Press|Associated Press)\s+(?:and|&)\s+)?(?:(?:the|our)\s+)?"
                      r"(?:[A-Z\d][\w.&'’-]*\s+){0,4}(?-i:[a-z]+\s+){0,2}(?i:team|staff|desk|newsroom|editors|editorial board"
                      r"|bureau|correspondents?|reporters?|staff (?:writer|reporter)s?)(?:\s+(?:at|of|in)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})?"
                      r"(?:,?\s+(?:and|&|with)\s+(?:inputs\s+from\s+)?(?:(?i:agencies|wires|wire services)|" + AGENCY
                      + r"(?:(?:,\s+|\s+and\s+)" + AGENCY + r")*))?$")
"""A desk's byline: "By the Coastal News team", "By CN Staff and Agencies", "by: Reuters and Channel 4 Staff", "By the
Gulf team at the Port Institute", "By our correspondent in Northport", "By Staff Reporter, with inputs from agencies",
"Compiled by our night desk with AFP and AP"."""

_FROM_OUTLET = re.compile(r"^From\s+(?:[A-Z]{2,6}|[A-Z][\w&-]*\s+(?:News|TV|Radio))['’]s\s+" + _NAME + r"(?:(?:,\s+|,?\s+and\s+)" + _NAME + r"){0,3}$")
"""A live-blog entry's byline: "From CNB's Sami Nour and Lea Brandt"; "From Iraq's Prime Minister" names no outlet."""


def furniture_credit_shapes(line: str) -> str | None:
    """Credit and stamp lines of other house styles: "Sami Nour/Coastal News", "Sami Nour, Middle East
    correspondent", a sign-off "— Sami Nour", "By AFP - Nov 7, 2021", "by: SAMI NOUR and LEA BRANDT, Coastal
    News", "Sami Nour | 09.03.2024", "By the Coastal News team", "From CNB's Sami Nour", "7 November 2021 · 3 min read", "Tuesday, 9 March 2024 -
    Northport", a programme's crew ("Producer: Sami Nour. Reader: Lea Brandt."), "By our desk | 9 March 2024"."""
    if len(line) >= 120:
        return None
    if _NAME_OUTLET.match(line) or _ROLE_BYLINE.match(line) or _SIGN_OFF.match(line) or _BY_DATE.match(line) \
            or _BY_COLON.match(line) or _BY_TEAM.match(line) or _BY_NAMES.match(line) or _credit_segments(line) \
            or _ROLE_ONLY.match(line) or _CAST.match(line) or _crew_segments(line) or _FROM_OUTLET.match(line) \
            or _team_by_date(line):
        return "credit_line"
    if _DATE_PLACE.match(line):
        return "dateline"
    parts = [p.strip() for p in re.split(r"\s[·|•]\s", line)]
    return "dateline" if len(parts) >= 2 and all(_STAMP_PART.fullmatch(p) for p in parts) else None


def _team_by_date(line: str) -> bool:
    """A desk's byline and the date after a bar: "By our politics desk | 9 March 2024"."""
    team, *stamps = [p.strip() for p in re.split(r"\s[·|•]\s", line)]
    return bool(stamps) and bool(_BY_TEAM.match(team)) and all(_STAMP_PART.fullmatch(p) for p in stamps)


_NAME_ALONE = re.compile(r"^" + _NAME + r"$")
_PLACED_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[-–—]\s+" + _NAME + r"$")
"""An author's name after the place of writing ("Northport - Sami Nour")."""


def names_by_stamps(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A line holding only a person's name right above or under a dateline or an "Updated" stamp, no
    blank line between ("Sami Nour" / "March 9, 2024"), is the author's credit; after the place of writing
    ("Northport - Sami Nour") it may stand one blank line away."""
    for i, (s, e) in enumerate(lines):
        placed = bool(_PLACED_NAME.match(text[s:e]))
        if kinds[i][0] is not None or e - s > 40 or not (placed or _NAME_ALONE.match(text[s:e])):
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)
                and (kinds[j][1] == "dateline" or kinds[j][0] == "furniture_updated_stamp")
                and text[min(e, lines[j][1]):max(s, lines[j][0])].count("\n") in ((1, 2) if placed else (1,))]
        if near:
            kinds[i] = ("furniture_name_by_stamp", "credit_line")
