"""Web debris inside a body, by line features rather than exact strings: credit-only lines and
captions (a one-sentence line in the present tense ending in a credit or a date; a wire caption
closed by place, weekday and full date), reading and
page widgets, copyright and agency lines, bare times, teaser blocks (lists of
short unpunctuated lines, a headline with its standfirst, a title-case headline alone). A
dateline opening a paragraph ("BAGHDAD, Nov 7 (Reuters) - ...") stays body: codebook F8 makes
a dateline furniture only when it is alone on its line."""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .text import ENGLISH_FUNCTION_WORDS

AGENCY = (r"(?:AFP|AP|Reuters|REUTERS|Getty Images|Getty|EPA(?:-EFE)?|Anadolu(?: Agency)?|Xinhua|Shutterstock|Alamy"
          r"|Handout|HANDOUT|File|FILE|dpa|IRNA|SANA|WANA|Associated Press|Agence France-Presse|UPI|Kyodo|Yonhap|TASS)")
_CREDIT_ONLY = re.compile(
    r"^\(?\s*(?:(?:AP |AFP )?Photo\s*/\s*)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*)?" + AGENCY
    + r"(?:\s+via\s+" + AGENCY + r")?(?:\s*/\s*[A-Z][\w.'’ -]{1,40})?\s*\)?$")
_CREDIT_LEAD = re.compile(r"^(?:photo(?:graph)?s?|images?|pictures?|video|media)\s*(?:(?:credit|source|caption)\s*[:,]|:)\s*\S", re.I)
_TRAILING_CREDIT = re.compile(r"\s*\(\s*(?:photo:\s*)?" + AGENCY + r"\s*\)$|\s+" + AGENCY + r"\s*/\s*[A-Z][\w.'’ /-]{1,50}$"
                              r"|\s*\([^()\n]{0,60}?\b" + AGENCY + r"\b[^()\n]{0,60}\)$|\s*\(\s*[A-Z]{2,6}\s+(?:Photo|Image|Picture|Video|File)s?\s*\)$"
                              r"|\s*\(\s*(?:Pool|File|Handout|Staff)\s+(?i:photo|image|picture)s?\s*\)$")
"""A credit ending a caption: "(Reuters)", "REUTERS/Name", "(AP Photo/Name)", "(Name/AFP via Getty Images)", "(Pool photo)"."""
_PAST = re.compile(r"\b(?:was|were|had|has|have|said|says|told|did|would|will|began|came|went|took|struck|met|made|gave|held|left"
                   r"|fell|rose|won|lost|sent|saw|spoke|broke|ran|fled|led|brought|found|became|kept|began|grew|drew|wrote)\b|\b[a-z]{3,}ed\b(?!\s+(?:by|in|at|on|near|outside)\b)")
_DATE_END = re.compile(r"(?:,|\bon|(?<=[a-z]))\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:" + MONTH_RE
                       + r"\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+" + MONTH_RE + r"\.?(?:\s+\d{4})?)\.?$")
"""A caption's closing date: ", Nov. 7, 2021.", "on Sunday, November 7, 2021", "on March 7.", ", 7 March 2024."."""
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|these|those|two|three|several)\s+$", re.I)
_WIDGET = re.compile(
    r"^(?:(?:the )?(?:story|article) continues(?: (?:below|after (?:this )?advertisement)[^\n]{0,20})?|continue reading(?: below)?"
    r"|scroll (?:down )?to continue(?: reading)?|\d+\s*min(?:ute)?s? read|reading time\W[^\n]{0,20}"
    r"|listen to this article[^\n]{0,30}|refresh (?:this|the) page(?: (?:for|to see|to get) (?:the )?(?:latest|new|more)(?: updates| posts| news)?)?|sponsored(?: content)?|(?:advertisement|sponsored)\s*[-–—:]?\s*scroll[^\n]{0,30})\W*$",
    re.I)
_RIGHTS = re.compile(r"^(?:(?:copyright\b\s*(?:©|\(c\))?|©|\(c\))\s*(?:copyright\s*)?\d{4}\b[^\n]{0,60}|[^\n]{0,80}\ball rights reserved\b"
                     r"|[^\n\"“”]{0,200}[.!?]\s+(?:copyright\b|©)[^\n]{0,60}\ball rights reserved\.?$)", re.I)
"""A copyright notice, alone or closing a line of credits ("... Our theme music is by X. Copyright © 2021. All rights reserved.")."""
_AGENCIES_LINE = re.compile(r"^(?:[—–-]\s*)?(?:(?:with|and|staff and|additional reporting by)\s+)?(?:the\s+)?(?:news\s+)?(?:agencies|wires|"
                            + AGENCY + r"(?:\s+and\s+(?:agencies|" + AGENCY + r"))?)(?:\s+(?:staff|reporters?|correspondents?))?\.?$", re.I)
_DESK = r"(?:agencies|wires|" + AGENCY + r"|(?-i:[A-Z]{2,6}))"
_SLASHED_DESKS = re.compile(r"^(?:[—–-]\s*)?" + _DESK + r"(?:\s*/\s*" + _DESK + r")+\.?$", re.I)
"""Desks and agencies joined by slashes closing a story: "WNA/wires", "— AFP/Reuters/AP"."""
_DESKS = (r"(?:the\s+)?(?:[A-Z][\w.&'’-]*|(?:news\s+)?agencies|wires)(?:,?\s+(?:[A-Z][\w.&'’-]*|and|&|the|of|agencies|wires)){0,8}")
_WITH_FILES = re.compile(r"^[—–-]?\s*\(?(?:(?:(?i:with|and)\s+(?:(?i:additional|further)\s+)?(?i:files|reporting|inputs?|contributions"
                         r"|additional reporting|material)|(?i:inputs?))\s+(?i:from|by)\s+" + _DESKS
                         + r"|(?i:with)\s+(?:(?i:(?:news\s+)?agency|wire|agencies)|" + _DESKS + r")\s+(?i:inputs?|files))\)?\.?$")
"""A credit for other desks' material: "— With files from The Associated Press", "(With inputs from AFP, Reuters
and INA)", "Inputs from agencies", "— with agency inputs", "(With AFP inputs)"."""
_BYLINE = re.compile(r"^[(*]?(?:written|compiled|edited|reported|reporting|editing|writing|additional reporting|words|text)"
                     r"(?:\s+and\s+(?:writing|reporting|editing))?\s+by:?\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_HANDLE_BYLINE = re.compile(r"^(?:posted|written|submitted)\s+by:?\s+@?(?=[\w.-]*[_\d.])[\w.-]{3,30}$", re.I)
"""A post's author by a user name: "Posted by sami_k", "Written by @port.watcher"."""
_CREDIT_WORDS = re.compile(r"[(*]?(?:[A-Z][\w.'’-]*|by:?|and|in|for|with|of|the|from|at|on|additional|reporting|writing|editing|compiled"
                           r"|written|edited|reported|words|text|newsrooms?|bureaus?|desks?|staff|team|[;,&|()/–—-])[;,)]?")
"""A word of a credit line: a name, a place, the credit verbs and the small words between them."""
_CONTACTS = re.compile(r"\s*\(\([^()\n]{3,120}\)\)\s*$")
_JOIN = re.compile(r"^(?:join (?:us|our)\b[^\n]{0,50}|like us on [^\n]{0,30}|download (?:our|the) app[^\n]{0,30}"
                   r"|(?:get|receive|sign up for|subscribe (?:to|for)|register for|enter your email)\b[^\n]{0,80}"
                   r"\b(?:newsletters?|inbox|alerts|briefing|updates|digest|by e-?mail)\b[^\n]{0,40}"
                   r"|view this post on (?:instagram|facebook|twitter|x)|a post shared by [^\n]{0,60}"
                   r"|(?:skip|end of) (?:twitter|x|youtube|instagram|facebook|tiktok) (?:post|video|content)(?: by @\w+)?[^\n]{0,10}"
                   r"|(?:skip )?(?:twitter|x|youtube|instagram|facebook|tiktok) (?:post|video|content) by @\w+[^\n]{0,160}|pinned(?: post| entry| update)?"
                   r"|allow (?:twitter|x|youtube|instagram|facebook|tiktok) content\?|(?:show )?key events?(?: only)?|just now|live(?: updates?| blog| coverage)?)$", re.I)
TIME_ONLY = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|[A-Z]{2,4})?|\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?"
                        r"|days?)\s+ago|(?:updated\s+)?(?:an?|\d+)\s+(?:minute|hour|day)s?\s+ago)$", re.I)


_BRACKETED_CREDIT = re.compile(
    r"^[(\[]\s*(?:[A-Z]{2,6}\s+(?:Photo|Image|Picture|Video|File)s?|(?:AP|AFP|EPA|Reuters|REUTERS)\s+Photo\s*/\s*[A-Z][^()\[\]\n]{1,60}|(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)\s+by\s+"
    r"[A-Z][^()\[\]\n]{1,80}|[A-Z][^()\[\]\n.!?]{1,80}?\s+via\s+" + AGENCY + r"|[A-Z][^()\[\]\n.!?/]{1,60}?\s*/\s*"
    r"(?:[^()\[\]\n/.!?]{1,40}\s+via\s+)?" + AGENCY + r")\s*[)\]]$")
"""A bracketed credit alone on its line: "(AP Photo/Name)", "(Port Office via AP)", "(Photo by Name/AFP via Getty Images)"."""


def furniture_credit(line: str) -> str | None:
    """A line that is only a photo credit ("(AFP)", "Getty Images", "Name/Reuters") or a credit
    or caption lead ("Photo: ...", "Photograph: ...", "Image caption, ...")."""
    if (len(line) < 70 and _CREDIT_ONLY.match(line)) or (len(line) < 140 and _BRACKETED_CREDIT.match(line)):
        return "photo_caption"
    return "photo_caption" if len(line) < 200 and _CREDIT_LEAD.match(line) else None


def _past_tense(text: str) -> bool:
    """A past-tense or perfect verb; a participle used as an adjective ("the damaged crane", "Iran-aligned
    groups") is none."""
    return any(not (m.group().endswith("ed") and (_ADJECTIVE_BEFORE.search(text, 0, m.start()) or text[m.start() - 1:m.start()] == "-"))
               for m in _PAST.finditer(text))


_POSITION = re.compile(r"\s*\((?:(?:far|second|third|from)\s+)?(?:left|right|cent(?:re|er)|front|back|top|bottom|[LRC])\)")
"""A caption's position marker: "(left)", "(second right)"; "left" is no past tense there."""


def one_sentence(text: str, most: int = 40) -> bool:
    """One sentence of 3 to ``most`` words without quotation marks ("Nov. 7", "U.S." end none)."""
    unabbreviated = re.sub(r"\b([A-Z][a-z]{1,3}|[A-Z])\. ", r"\1 ", text)  # "Nov. 7", "Gen. Rasool", "U.S. forces"
    return 3 <= len(text.split()) <= most and unabbreviated.rstrip(". ").count(". ") == 0 and not re.search(r"[\"“”]", text)


def caption_like(text: str) -> bool:
    """One sentence of 3 to 40 words in the present tense (captions describe a picture)."""
    text = _POSITION.sub("", text)
    return one_sentence(text) and not _past_tense(text)


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PICTURE_DATELINE = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+" + _WEEKDAY + r",\s+" + MONTH_RE
                               + r"\.?\s+\d{1,2},\s+\d{4}\.$")
"""A wire caption's closing place and full date: "in Northport, Westland, Sunday, March 7, 2021."."""
_SAYS = re.compile(r"\b(?:said|says|told|tells|according to|announced)\b")


def furniture_wire_caption(line: str) -> str | None:
    """A wire photo caption closed by place, region, weekday and full date, whatever its tenses ("In this
    image released by the port, the mayor speaks after the quay was hit in Northport, Westland, Sunday,
    March 7, 2021."); a sentence that attributes ("..., officials said ...") is article text."""
    return "photo_caption" if len(line) < 400 and _PICTURE_DATELINE.search(line) and one_sentence(line, 70) \
        and not _SAYS.search(line) else None


def furniture_caption(line: str) -> str | None:
    """A present-tense one-sentence line ending in a credit ("... (Reuters)") or in the picture's
    full date ("... on November 3, 2021."); without the year ("Dockers return to work on March 8.")
    the line may be an article sentence about a coming day."""
    if len(line) >= 240:
        return None
    credit = _TRAILING_CREDIT.search(line)
    if credit and caption_like(line[:credit.start()]):
        return "photo_caption"
    if credit:
        return None
    date = _DATE_END.search(line)
    return "photo_caption" if date and re.search(r"\d{4}", date.group()) and caption_like(line) else None


def furniture_page_widget(line: str) -> str | None:
    """"Story continues below", "3 min read", "All rights reserved", "With agencies",
    "Written by ...", "Posted by sami_k", "Join our channel", an embedded post's frame ("Twitter post by @name: This content
    cannot be displayed", "Pinned post"), and a line that is only a time ("10:32 GMT", "2 hours ago")."""
    if len(line) >= 200:
        return None
    if _WIDGET.match(line) or _JOIN.match(line):
        return "other"
    if _RIGHTS.match(line) or _AGENCIES_LINE.match(line) or _credit_words(line) or _WITH_FILES.match(line.strip()) \
            or _HANDLE_BYLINE.match(line.strip()) \
            or (_SLASHED_DESKS.match(line.strip()) and re.search(r"(?i:agencies|wires)|" + AGENCY, line)):
        return "credit_line"
    return "dateline" if TIME_ONLY.match(line) else None


def _credit_words(line: str) -> bool:
    """"Written by Laila Haddad", "(Reporting by Sami Nour; Editing by the Baghdad desk)": the cue and
    then only names and credit words ("Reported by state media, the toll rose" is a sentence); a
    wire's contact block in double brackets may close it ("((sami.nour@example.com; +44 20 7542 1234))")."""
    line = _CONTACTS.sub("", line)
    return bool(_BYLINE.match(line)) and all(_CREDIT_WORDS.fullmatch(w) for w in line.rstrip(".").split())


PERSON = r"[A-Z][\w.'’-]+(?:\s+(?:al-|el-|bin |de )?[A-Z][\w.'’-]+){1,3}"
PLACE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}"
_ONE = PERSON + r"(?:\s+in\s+" + PLACE + r"(?:,\s+" + PLACE + r")?)?"
_UNIT = r"(?:" + _ONE + r"|(?:The\s+)?" + AGENCY + r")"
"""One contributor: a person, perhaps with a place, or an agency ("The Associated Press")."""
_CONTRIBUTOR = re.compile(
    r"^(?:(?:(?:(?:(?:The\s+)?(?:Associated Press|" + AGENCY + r")\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?"
    r"|photographers?)\s+|[A-Z][\w&.-]*(?:\s+[A-Z\d][\w&.-]*){0,3}['’]s\s+)?" + _ONE + r"|(?:The\s+)?" + AGENCY + r")(?:,\s+" + _UNIT + r")*(?:,?\s+and\s+" + _UNIT + r")?"
    r",?\s+(?:also\s+)?(?:contributed(?:\s+additional)?(?:\s+(?:reporting|to this (?:report|article|story)))?|reported|wrote)"
    r"(?:\s+(?:from|in)\s+" + PLACE + r")?|(?i:(?:additional\s+)?(?:reporting\s+)?(?:was\s+)?contributed\s+by)\s+[^\n]{2,80}?)\.\s*){1,3}$")
_DISCLAIMER = re.compile(r"^(?:disclaimer\s*:|(?:the\s+)?(?:views|opinions)(?:\s+and\s+opinions)?\s+expressed\b|this (?:article|story)"
                         r" (?:was|has been) (?:originally published|updated|corrected|amended)\b|our standards\s*:"
                         r"|(?:(?:correction|clarification)\s*:\s*)?(?:an earlier|a previous) version of this (?:article|story)\b|[^\n]{0,60}\bis not responsible for the content of (?:external|other|third[- ]party) (?:sites|websites|links|pages)\b|this (?:interview|conversation|transcript|q&a) (?:has been|was)"
                         r" (?:lightly |slightly )?(?:edited|condensed)\b|(?:this is (?:a|an) )?(?:developing|breaking|evolving) (?:news )?story\b"
                         r"|this (?:article|story|page|report) (?:will be|is being|may be) updated\b|this (?:article|story|content) is (?:more than|over)"
                         r" (?:\d+|a|an|one|two|three) (?:years?|months?|days?) old\b|this (?:article|story|report) is part of (?:a|an|our|the)\b"
                         r"|this is an? (?:[\w-]+\s+){0,2}transcript\b|this (?:copy|transcript|text) may (?:not be|contain|have|be)\b"
                         r"|(?:this )?transcripts? (?:is|are|was|were|has been) (?:automatically |machine[- ])?(?:produced|created|generated|prepared)\b"
                         r"|\(?this (?:story|article|report|copy) has not been edited by\b|\(?only the (?:headline|image|picture)s?\b[^\n]{0,60}"
                         r"\bmay have been (?:reworked|edited|changed)\b|\(?(?:this (?:story|article|report|copy|content) (?:is|was|has been) )?"
                         r"(?:auto-generated|published|taken|sourced) from an? (?:syndicated|wire|news agency|agency)(?: [\w-]+){0,2} feed\b)", re.I)


def furniture_contributors(line: str) -> str | None:
    """A contributor note closing a report: "Sami Nour in Westport contributed to this report.", "Channel 4's
    Sami Nour contributed to this report.", "Jane
    Doe reported from Eastport."; a sentence saying what someone reported goes on past the place."""
    return "credit_line" if len(line) < 240 and _CONTRIBUTOR.match(line) else None


def furniture_disclaimer(line: str) -> str | None:
    """An editor's note after the article: "The views expressed ... are the author's own", "This
    article was originally published ...", "Our Standards: ...", "Disclaimer: ...", a syndicated feed's
    note ("This story has not been edited by ... staff and is published from a syndicated feed.")."""
    return "credit_line" if len(line) < 300 and _DISCLAIMER.match(line) else None


NOTE_LINE = re.compile(r"^\(?(?:editor['’]?s?|editors['’])\s+note\s*[:—–-]|^(?:correction|clarification|update)\s*:\s*\S", re.I)


# --- teaser blocks ---------------------------------------------------------------------------

_SMALL = frozenset("a an and as at by for from in of on or the to with vs via amid over after says".split())


def _unpunctuated(line: str) -> bool:
    return not re.search(r"[.!?:;\"”’)]$", line.rstrip())


def title_case(line: str) -> bool:
    """A headline in title case: 4 to 14 words, nearly all capitalised apart from small words."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    big = [w for w in words if w.lower() not in _SMALL]
    return 4 <= len(words) <= 14 and len(big) >= 3 and sum(w[0].isupper() for w in big) >= 0.85 * len(big) \
        and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def teaser_block(lines: list[str]) -> bool:
    """A block of lines (no blank line between them) standing between paragraphs that is another
    story's teaser: two or more short unpunctuated lines (a list of headlines); a short
    unpunctuated headline over a one-sentence standfirst; or one title-case headline alone."""
    if not lines or re.match(r"\d", lines[0]) or any(len(x) >= 220 for x in lines):
        return False
    if len(lines) >= 2 and all(len(x) < 110 and _unpunctuated(x) for x in lines):
        return True
    if len(lines) == 2 and len(lines[0]) < 110 and _unpunctuated(lines[0]) and len(lines[0].split()) >= 3 \
            and not _unpunctuated(lines[1]) and lines[1].rstrip(". ").count(". ") == 0:
        return True
    return len(lines) == 1 and len(lines[0]) < 110 and _unpunctuated(lines[0]) and title_case(lines[0])


_COMMON = ENGLISH_FUNCTION_WORDS | frozenset(
    "said says say would could should what they them then than have been were this that with from into amid after over "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday week month year".split())


def _stems(text: str) -> list[str]:
    """The content words of ``text`` (four letters or more, no function words), cut to five letters."""
    return [w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _COMMON]


def foreign_block(lines: list[str], rest: str) -> bool:
    """True when fewer than half of the content words of ``lines`` occur in ``rest`` (the other lines
    of the article): another story's teaser. A sub-heading of the article shares its words
    ("Rising tensions over the election results" above paragraphs about the election)."""
    words = _stems(" ".join(lines))
    known = set(_stems(rest))
    return bool(words) and sum(w in known for w in words) < 0.5 * len(words)
