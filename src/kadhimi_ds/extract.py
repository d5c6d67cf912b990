"""Automatic extraction: propose quotes, numeric claims, actor mentions, date hints and
page furniture for an English news article, each with its exact span.

The extractor proposes; people decide. ``extract`` returns a :class:`Draft` and
``draft_yaml`` turns it into an annotation draft (``status: draft``) in the format of
``seeds/annotations/README.md``. Every rule is a small named function over the text; the
only knowledge of the world it uses is the actor registry passed in (aliases, names,
kinds, parents and descriptions) and general English vocabulary (speech verbs, number
words, month names, role nouns).

Offsets are Unicode code points into the text, half-open ``[start, end)``, so that
``text[item.start:item.end] == item.text`` for every item.

Call :func:`check_language` first on untrusted input: it refuses empty, binary, HTML and
non-English text with a one-line message instead of producing a draft full of noise.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from .numbers import NUMBER_WORDS, ORDINALS, SCALES, TENS, UNITS, parse_number_words
from .anchors import find_all, resolve_anchor
from .errors import AnchorError, KdsError

# =============================================================================================
# Result types
# =============================================================================================


@dataclass
class Item:
    """A span of the text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str


@dataclass
class FurnitureSpan(Item):
    """Page furniture: ``kind`` from the furniture vocabulary, ``rule`` the rule that found it."""

    kind: str = "other"
    rule: str = ""


@dataclass
class QuoteProposal(Item):
    """A quotation (the characters between its marks) and who said it."""

    speaker: str | None = None          # actor id from the registry, else None
    speaker_text: str | None = None     # the words that name the speaker ("he", "Saad Maan")
    new_speaker: str | None = None      # id of a proposed new actor when the speaker is not registered
    attribution: str = "unattributed"   # explicit | implicit | unattributed
    channel: str = "unspecified"
    confidence: float = 0.2             # how sure the speaker is right (0..1)
    fragment: bool = False
    cue: str | None = None              # the attribution cue ("said", "according to", "he added")
    reported_via: str | None = None
    continued: bool = False             # runs on into the next paragraph
    rule: str = ""


@dataclass
class ClaimProposal(Item):
    """A numeric claim: a count of something tracked, with its hedge and its source."""

    quantity: str = ""
    value: int | None = None
    qualifier: str = "exact"
    population: str | None = None
    noun: str | None = None             # the counted noun as written
    subject: str | None = None          # whose seats (actor id), for seat counts
    claimed_by: str | None = None       # who asserts it (actor id); None = the article's voice
    claimed_by_cue: str | None = None   # the words of the source cue ("Security sources told ...")
    reported_via: str | None = None
    number_start: int = 0
    number_end: int = 0
    confidence: float = 0.5
    rule: str = ""


@dataclass
class NumberExpression(Item):
    """A number expression found in the body; ``reason`` says why it is not a claim."""

    value: int | None = None
    form: str = ""
    is_claim: bool = False
    reason: str | None = None


@dataclass
class MentionProposal(Item):
    """A mention of a registered actor; ``method`` says how it was found."""

    actor_id: str = ""
    method: str = "alias"   # alias | name | fuzzy | role | anonymous | possessive
    score: float = 1.0


@dataclass
class DateHint(Item):
    """A date expression resolved against the article's date, as a hint for event links."""

    date: dt.date | None = None
    precision: str | None = None        # day | month | year
    relative: bool = False
    rule: str = ""


@dataclass
class ActorProposal:
    """A name that the registry lacks, proposed as a new actor."""

    id: str
    name: str
    kind: str
    start: int
    end: int
    text: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    evidence: str = ""


@dataclass
class Draft:
    """Everything the extractor proposes for one article."""

    text: str
    published: dt.date | None
    body: Item
    furniture: list[FurnitureSpan]
    quotes: list[QuoteProposal]
    claims: list[ClaimProposal]
    numbers: list[NumberExpression]
    mentions: list[MentionProposal]
    dates: list[DateHint]
    new_actors: list[ActorProposal]
    warnings: list[str] = field(default_factory=list)

    def in_furniture(self, start: int, end: int) -> bool:
        if start < self.body.start or end > self.body.end:
            return True
        return any(start < f.end and end > f.start for f in self.furniture)


# =============================================================================================
# Language check
# =============================================================================================

ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by it at from he his said were are be has have had "
    "an this not but they their its after who which been will would or also more than about over into "
    "she her we our us you i him them there when where while against up out no".split()
)
_HTML_TAG = re.compile(r"<\s*/?\s*(?:html|head|body|div|span|p|a|script|style|meta|link|br|li|ul|table|tr|td|img|h[1-6]|article|section|nav|footer|header)\b[^>]*>", re.I)


def decode_text(raw: bytes, name: str = "input") -> str:
    """Decode UTF-8 bytes (a BOM is dropped), refusing binary data with a one-line message."""
    if b"\x00" in raw[:65536]:
        raise KdsError(f"{name}: binary data (NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KdsError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def check_language(text: str) -> None:
    """Refuse input that is not English news text, with a one-line :class:`KdsError`.

    Empty or blank text, binary data (NUL or many control characters), a web page's raw
    HTML, text in another script, and Latin-script text with too few English function
    words are refused. Only the first 200,000 characters are examined.
    """
    if not isinstance(text, str) or not text.strip():
        raise KdsError("empty text: nothing to extract")
    sample = text[:200_000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if "\x00" in sample or controls > max(2, len(sample) // 200) or sample.count("\ufffd") > max(2, len(sample) // 200):
        raise KdsError("binary data, not a text article")
    tags = len(_HTML_TAG.findall(sample))
    if tags >= 3 and tags * 400 > len(sample) or re.search(r"<!doctype\s+html|<html[\s>]", sample[:5000], re.I):
        raise KdsError("raw HTML: give the article's text, not the web page (save the page as plain text first)")
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        raise KdsError("no words in the text: nothing to extract")
    latin = sum(1 for c in letters if c < "\u0250")
    if latin < 0.6 * len(letters):
        scripts: dict[str, int] = {}
        for c in letters:
            if c >= "\u0250":
                script = unicodedata.name(c, "UNKNOWN").split()[0]
                scripts[script] = scripts.get(script, 0) + 1
        main = max(scripts, key=scripts.get).capitalize() if scripts else "another"
        raise KdsError(f"not English: the text is mostly in {main} script")
    words = re.findall(r"[a-z]+", sample.lower())
    if len(words) >= 12:
        share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
        if share < 0.12:
            raise KdsError(f"not English: only {share:.0%} of the words are common English words")
    elif not any(w in ENGLISH_FUNCTION_WORDS for w in words) and len(words) >= 4:
        raise KdsError("not English: no common English words in the text")


# =============================================================================================
# Lines, paragraphs and page furniture
# =============================================================================================

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"


def iter_lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) with surrounding whitespace excluded."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_COMMENT_PROMPT = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?"
    r"|please enter (?:your|a) [^\n]{0,40}|you must be logged in[^\n]*|cancel reply|notify me of [^\n]*"
    r"|save my name, email[^\n]*|join the (?:conversation|discussion)|show comments|view comments|reply|report abuse)\W*$",
    re.I,
)
_CAPTCHA = re.compile(r"^(?:\d+\s*[-+x×*]\s*\d+\s*=\s*[?\d]{0,4}|[^\n]{0,20}captcha[^\n]{0,40})$", re.I)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|published|posted|modified|first published)(?:\s+(?:at|on))?\s*:?\s*[^\n]{0,40}\d[^\n]{0,30}$", re.I)
_SHARE = re.compile(
    r"^(?:share(?: this(?: article| story| post)?)?(?: on [a-z ]+)?|click to (?:share|print|email)[^\n]{0,40}|tweet|email|print"
    r"|whatsapp|facebook|twitter|linkedin|telegram|copy link|follow us[^\n]{0,40}|subscribe[^\n]{0,60}|sign up[^\n]{0,60})\W*$",
    re.I,
)
_URL = re.compile(r"https?://|www\.[a-z0-9-]+\.[a-z]", re.I)
_WIDGET = re.compile(r"^[^.!?\n\"“]{1,60}\s(?:in|on):\s+\S")
_CREDIT = re.compile(r"^(?:(?:source|sources|credit|credits|photo|photos|image|images|picture|via|copyright)\s*:\s*\S"
                     r"|(?:reporting|editing|writing|additional reporting)\s+by\s+\S|©)", re.I)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?$")
_CAPTION_BRACKET = re.compile(r"\[[^\[\]\n]{2,80}\]\s*$")
_AGENCY = re.compile(r"/|\b(?:Reuters|AFP|AP|Getty|EPA|Anadolu|Xinhua|file|photo|handout|courtesy)\b", re.I)
_EMBED = re.compile(r"pic\.twitter\.com/|^[—–]\s.*\(@\w+\)\s+" + _MONTH_RE + r"\s+\d{1,2},\s+\d{4}\s*$")
_DATELINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:" + _MONTH_RE + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH_RE
    + r"\s+\d{4})(?:\s*[-–—|,]?\s*\d{1,2}[:.]\d{1,2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$", re.I)
_RELATED = re.compile(r"^(?:read also|read more|also read|see also|related|recommended|more on this|watch|listen|more from)\b\s*[:|–—-]", re.I)


def furniture_comment_prompt(line: str) -> str | None:
    """"Leave a Reply", "Please enter your comment!", "3 Comments": a comment section."""
    return "comments" if _COMMENT_PROMPT.match(line) else None


def furniture_captcha(line: str) -> str | None:
    """A captcha sum ("3 + 15 =")."""
    return "captcha" if _CAPTCHA.match(line) else None


def furniture_updated_stamp(line: str) -> str | None:
    """"Updated at 2:29 pm", "Published on 7 Nov 2021"."""
    return "updated_stamp" if len(line) < 80 and _UPDATED.match(line) else None


def furniture_share_prompt(line: str) -> str | None:
    """"Share this:", "Click to share on Twitter", "Follow us on ..."."""
    return "share_prompt" if len(line) < 80 and _SHARE.match(line) else None


def furniture_spam_link(line: str) -> str | None:
    """A line carrying a bare link (spam in comment sections, link lists)."""
    return "link" if _URL.search(line) and "pic.twitter.com" not in line else None


def furniture_comment_widget(line: str) -> str | None:
    """A "recent comments" widget entry: "admin in: How the ... ?"."""
    return "comment_widget" if _WIDGET.match(line) and len(line) < 160 else None


def furniture_credit_line(line: str) -> str | None:
    """"Source: Al Jazeera and news agencies", "Reporting by ...", a byline."""
    if _CREDIT.match(line) and len(line) < 160:
        return "credit_line"
    return "credit_line" if _BYLINE.match(line) else None


def furniture_photo_caption(line: str) -> str | None:
    """A caption ending in a bracketed photo credit: "... [Thaier Al-Sudani/Reuters]"."""
    m = _CAPTION_BRACKET.search(line)
    return "photo_caption" if m and _AGENCY.search(m.group()) else None


def furniture_embedded_post(line: str) -> str | None:
    """An embedded social-media post: "pic.twitter.com/..." or "— Name (@handle) November 7, 2021"."""
    return "embedded_post" if _EMBED.search(line) else None


def furniture_dateline(line: str) -> str | None:
    """A line that is only a date and time: "November 7, 2021 - 0:0"."""
    return "dateline" if _DATELINE.match(line) else None


def furniture_related_link(line: str) -> str | None:
    """"READ ALSO: ...", "Related: ..."."""
    return "related_link" if _RELATED.match(line) else None


TAIL_RULES = (furniture_comment_prompt, furniture_captcha, furniture_updated_stamp, furniture_share_prompt,
              furniture_spam_link, furniture_comment_widget, furniture_credit_line)
"""Rules whose match, in the second half of a text, starts the trailing furniture block."""
TAIL_RULE_NAMES = frozenset(r.__name__ for r in TAIL_RULES)
INLINE_RULES = (furniture_embedded_post, furniture_photo_caption, furniture_dateline, furniture_related_link)
"""Rules for furniture lines inside the body (each such line is furniture on its own)."""
INLINE_KIND = {"embedded_post": "embedded_post", "photo_caption": "photo_caption", "dateline": "dateline",
               "related_link": "related_link"}


def classify_line(line: str) -> tuple[str | None, str | None]:
    """(rule name, furniture kind) of a line, or (None, None) for article text."""
    for rule in INLINE_RULES:
        found = rule(line)
        if found:
            return rule.__name__, INLINE_KIND[found]
    for rule in TAIL_RULES:
        found = rule(line)
        if found:
            return rule.__name__, "credit_line" if found == "credit_line" else "other"
    return None, None


def find_body(text: str) -> tuple[Item, list[FurnitureSpan], list[tuple[int, int]]]:
    """The body span, the furniture spans and the article paragraphs (lines outside furniture).

    The body runs from the first article line to the last article line before the trailing
    block; the trailing block starts at the first line in the second half of the text that a
    tail rule matches (comments, captcha, share prompts, "Updated at", links, credit lines),
    and everything after it is furniture too (reader comments cannot be recognised one by one).
    """
    lines = iter_lines(text)
    kinds = [classify_line(text[s:e]) for s, e in lines]
    tail = len(lines)
    half = len(text) * 0.5
    for i, ((s, e), (rule, kind)) in enumerate(zip(lines, kinds)):
        if rule in TAIL_RULE_NAMES and s >= half:
            tail = i
            break
    furniture: list[FurnitureSpan] = []
    paragraphs: list[tuple[int, int]] = []
    body_lines = [i for i in range(tail) if kinds[i][0] is None]
    if not body_lines:
        return Item(0, 0, ""), [], []
    first, last = body_lines[0], body_lines[-1]
    if first > 0:
        s = lines[0][0]
        furniture.append(FurnitureSpan(s, lines[first - 1][1], text[s:lines[first - 1][1]], "outside_body", "before_body"))
    for i in range(first, last + 1):
        s, e = lines[i]
        rule, kind = kinds[i]
        if rule is None:
            paragraphs.append((s, e))
            continue
        prev = furniture[-1] if furniture else None
        if prev and prev.kind == kind and text[prev.end:s].strip() == "" and text[prev.end:s].count("\n") <= 1:
            furniture[-1] = FurnitureSpan(prev.start, e, text[prev.start:e], kind, prev.rule)
        else:
            furniture.append(FurnitureSpan(s, e, text[s:e], kind, rule))
    if last + 1 < len(lines):
        s = lines[last + 1][0]
        rule = kinds[tail][0] if tail < len(lines) else "after_body"
        furniture.append(FurnitureSpan(s, lines[-1][1], text[s:lines[-1][1]], "outside_body", rule or "after_body"))
    bs, be = lines[first][0], lines[last][1]
    return Item(bs, be, text[bs:be]), furniture, paragraphs


# =============================================================================================
# Quotation marks
# =============================================================================================

DOUBLE_OPENERS = "“«„"
DOUBLE_CLOSERS = "”»"
_DOUBLE_MARK = re.compile(r'[“”"«»„]')
_OPEN_BEFORE = set("([{—–-/:;,") | {"\u00a0"}


@dataclass
class RawQuote:
    """A paired quotation: marks at ``open`` and ``close`` (None when it runs to the paragraph end)."""

    open: int
    close: int | None
    start: int
    end: int
    single: bool
    continued: bool = False

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _straight_opens(text: str, i: int) -> bool:
    """A straight double quote opens when preceded by a space or opening punctuation and followed by a non-space."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in _OPEN_BEFORE or prev in "‘'") and not nxt.isspace()


def _curly_open_used_as_close(text: str, i: int) -> bool:
    """An opening curly mark typed where a closing one belongs ("end of quote“ and")."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)")


def pair_double_quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None, list[str]]:
    """Pair double quotation marks (curly, straight, guillemets) inside one paragraph.

    Returns the (open, close) mark positions, the position of a mark left open at the end
    of the paragraph (or None), and warnings about marks that could not be paired.
    """
    pairs: list[tuple[int, int]] = []
    warnings: list[str] = []
    open_at: int | None = None
    for m in _DOUBLE_MARK.finditer(text, start, end):
        i, c = m.start(), m.group()
        if open_at is None:
            if c in DOUBLE_OPENERS or (c == '"' and _straight_opens(text, i)):
                open_at = i
            elif c != '"' or not text[i - 1:i].isspace():
                warnings.append(f"closing quotation mark without an opening one at {i}")
            continue
        opener = text[open_at]
        closes = (c in DOUBLE_CLOSERS or (c == '"' and not text[i - 1].isspace())
                  or (c == "“" and (opener == "„" or _curly_open_used_as_close(text, i))))
        if closes:
            if i > open_at + 1:
                pairs.append((open_at, i))
            open_at = None
        else:
            warnings.append(f"quotation mark opened at {open_at} is opened again at {i} without closing")
            open_at = i
    return pairs, open_at, warnings


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def pair_single_quotes(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair curly single quotes (‘ ’) outside double quotations inside one paragraph.

    An opening ‘ follows a non-letter; its closing ’ is the first one that follows a non-space
    and is not followed by a letter or digit (so apostrophes in "PM’s" or "don’t" are skipped).
    """
    starts = [a for a, _ in blocked]
    pairs: list[tuple[int, int]] = []
    pos = start
    while True:
        i = text.find("‘", pos, end)
        if i < 0:
            return pairs
        pos = i + 1
        if _inside(blocked, starts, i) or (i > 0 and text[i - 1].isalnum()):
            continue
        j = i + 1
        while True:
            j = text.find("’", j, end)
            if j < 0:
                break
            after = text[j + 1] if j + 1 < len(text) else " "
            if not text[j - 1].isspace() and not after.isalnum() and not _inside(blocked, starts, j):
                break
            j += 1
        if j > i + 1:
            pairs.append((i, j))
            pos = j + 1


def _opens_paragraph(text: str, para: tuple[int, int]) -> bool:
    return para[1] > para[0] and (text[para[0]] in DOUBLE_OPENERS or text[para[0]] == '"')


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[RawQuote], list[str]]:
    """Every quotation in the paragraphs, with the paragraph-spanning rule.

    A double quotation left open at the end of a paragraph runs to that paragraph's end when
    the next paragraph opens a quotation again (the newspaper convention for a quote that runs
    over several paragraphs); otherwise the unpaired mark is only reported as a warning.
    """
    quotes: list[RawQuote] = []
    warnings: list[str] = []
    for n, (a, b) in enumerate(paragraphs):
        pairs, dangling, warn = pair_double_quotes(text, a, b)
        warnings += warn
        doubles = [RawQuote(o, c, o + 1, c, False) for o, c in pairs]
        if dangling is not None:
            if n + 1 < len(paragraphs) and _opens_paragraph(text, paragraphs[n + 1]) and b > dangling + 1:
                doubles.append(RawQuote(dangling, None, dangling + 1, b, False, continued=True))
            else:
                warnings.append(f"quotation mark opened at {dangling} is never closed")
        blocked = [(q.open, q.outer_end) for q in doubles]
        singles = [RawQuote(o, c, o + 1, c, True) for o, c in pair_single_quotes(text, a, b, blocked)]
        for q in sorted(doubles + singles, key=lambda q: q.open):
            if text[q.start:q.end].strip():
                quotes.append(q)
    return quotes, warnings


# =============================================================================================
# Sentences
# =============================================================================================

ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen maj lt col capt cpt sgt brig adm st jr sr no vs etc inc co corp gov sen rep prof rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig al approx dept est govt".split())
_SENT_END = re.compile(r"[.!?…]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9])")


def _abbreviation_before(text: str, dot: int, lo: int) -> bool:
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(lo, dot - 12):dot])
    if not m:
        return False
    word = m.group(1)
    return word.lower().rstrip(".") in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isupper())


def split_sentences(text: str, start: int, end: int, outer: list[tuple[int, int]], outer_starts: list[int]) -> list[tuple[int, int]]:
    """Sentences of one paragraph; never split inside a quotation or after an abbreviation."""
    out = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        dot = m.start()
        if text[dot] == "." and _abbreviation_before(text, dot, start):
            continue
        k = bisect.bisect_left(outer_starts, cut) - 1
        if k >= 0 and outer[k][1] > cut:
            continue
        e = m.start() + len(m.group().rstrip())
        out.append((s, e))
        s = cut
    if s < end:
        out.append((s, end))
    return out


# =============================================================================================
# Actor gazetteer: registry aliases, canonical names and transliteration variants
# =============================================================================================

try:  # rapidfuzz does the fuzzy comparison; difflib is a slower stand-in when it is missing
    from rapidfuzz import fuzz as _fuzz
    from rapidfuzz import process as _process

    def _ratio(a: str, b: str) -> float:
        return _fuzz.ratio(a, b)

    def _best(query: str, choices: list[str], cutoff: float) -> str | None:
        hit = _process.extractOne(query, choices, scorer=_fuzz.ratio, score_cutoff=cutoff)
        return hit[0] if hit else None
except ImportError:  # pragma: no cover - exercised only without rapidfuzz
    import difflib

    def _ratio(a: str, b: str) -> float:
        return 100 * difflib.SequenceMatcher(None, a, b).ratio()

    def _best(query: str, choices: list[str], cutoff: float) -> str | None:
        hits = difflib.get_close_matches(query, choices, n=1, cutoff=cutoff / 100)
        return hits[0] if hits else None


class TokenIndex:
    """The letter runs of an article's paragraphs as (start, end, word), with the runs that can
    start each kind of expression (numbers, dates, cues, names, group nouns, capitalised words)
    sorted out in one pass, so each rule looks only at its own candidates."""

    def __init__(self, text: str, spans: list[tuple[int, int]], name_firsts: frozenset[str] = frozenset()):
        self.tokens = tokens = [(m.start(), m.end(), m.group()) for a, b in spans for m in _LETTERS.finditer(text, a, b)]
        self.starts = [t[0] for t in tokens]
        num: list[tuple[int, int, str]] = []
        cue: list[tuple[int, int, str]] = []
        group: list[tuple[int, int, str]] = []
        caps: list[tuple[int, int, str]] = []
        names: list[tuple[int, int, str]] = []
        date: list[int] = []
        nums, dates, groups, cues = _NUMBER_TRIGGERS_CASED, _DATE_WORDS_CASED, _GROUP_LEMMAS_CASED, _CUE_TRIGGERS_CASED
        for i, t in enumerate(tokens):
            w = t[2]
            if w in nums:
                num.append(t)
            if w in cues:
                cue.append(t)
            if w in dates:
                date.append(i)
            if w in groups:
                group.append(t)
            if w in name_firsts:
                names.append(t)
            if "A" <= w[0] <= "Z":
                caps.append(t)
        self.lists = {"num": num, "cue": cue, "group": group, "caps": caps, "names": names}
        self.list_starts = {k: [t[0] for t in v] for k, v in self.lists.items()}
        self.date = date

    def between(self, kind: str, a: int, b: int) -> list[tuple[int, int, str]]:
        """The candidate tokens of one kind that start inside [a, b)."""
        starts = self.list_starts[kind]
        lo = bisect.bisect_left(starts, a)
        return self.lists[kind][lo:bisect.bisect_left(starts, b, lo)]

    def all_between(self, a: int, b: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.starts, a)
        return self.tokens[lo:bisect.bisect_left(self.starts, b, lo)]


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching exactly the given words, factored as a character trie (much faster to scan
    than a flat alternation). Optional tails are greedy, so with a boundary check after it the
    longest word that fits wins, as in an alternation sorted longest first."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + inner + ")?" if "" in node else inner

    return build(trie)


class _Span:
    """A light stand-in for a regex match (start(), end(), group())."""

    __slots__ = ("_s", "_e", "_w")

    def __init__(self, s: int, e: int, w: str = ""):
        self._s, self._e, self._w = s, e, w

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._w


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_TRANSLIT = (("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
             ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"), ("c", "k"), ("z", "d"), ("w", "u"),
             ("y", "i"), ("e", "i"), ("o", "u"))


def translit_key(word: str) -> str:
    """A spelling-insensitive key for an Arabic or Persian name written in Latin letters.

    Kadhimi, Kadhemi, Kazimi, Kazemi and Khadimi all give "kadimi": the article prefix
    (al-, el-), apostrophes and hyphens go, digraphs and interchangeable letters fold
    (dh/z/d, kh/q/k, th/t, e/i, o/u, w/u, y/i) and doubled letters collapse.
    """
    w = strip_accents(word).lower()
    w = re.sub(r"^(?:al|el|ul|an|ar|as|ash|at|ad|az)[-\s]", "", w)
    w = re.sub(r"[’'`\-\s.]", "", w)
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def consonant_skeleton(key: str) -> str:
    """The consonants of a transliteration key ("kadimi" gives "kdm")."""
    return re.sub(r"[aiu]", "", key)


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    kind: str
    parent: str | None
    description: str
    aliases: tuple[str, ...]

    @property
    def person(self) -> bool:
        return self.kind == "person"

    def says(self, phrase: str) -> bool:
        """True when the actor's name or description carries ``phrase`` as whole words."""
        hay = f"{self.name} {self.description}".lower()
        return re.search(r"(?<![a-z])" + re.escape(phrase.lower()) + r"(?![a-z])", hay) is not None


_NOT_NAMES = frozenset(
    "The This That These Those There Their They Then When Where While What Which Who Whom Whose After Before "
    "During Since Until According Following Meanwhile However Although Because Earlier Later Today Sunday Monday "
    "Tuesday Wednesday Thursday Friday Saturday January February March April May June July August September "
    "October November December Some Many Other Several Former Prime Minister President General Major Deputy".split())


_NEXT_NAME_WORD = re.compile(r" ((?:(?:al|el)-)?[A-Z][a-z]+)(?![\w’'-])")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


_CLAUSE_PUNCT = re.compile(r"[,;:()—–]")
_WORDISH = re.compile(r"[A-Za-z’'-]+")


def _strip_parenthetical(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


class Gazetteer:
    """Actor registry lookups: exact aliases (as in ``kadhimi_ds.mentions``), canonical names,
    transliteration variants of person names, and the facts attribution needs (kind, parent,
    description)."""

    def __init__(self, actors: Iterable[dict[str, Any]]):
        self.info: dict[str, ActorInfo] = {}
        surface: dict[str, str] = {}
        method: dict[str, str] = {}
        clash: set[str] = set()
        for a in actors:
            aid = str(a["id"])
            aliases = tuple(x for x in (a.get("aliases") or []) if isinstance(x, str) and x.strip())
            self.info[aid] = ActorInfo(aid, str(a.get("name") or aid), str(a.get("kind") or "other"), a.get("parent"),
                                       str(a.get("description") or ""), aliases)
            for alias in aliases:
                if surface.get(alias, aid) != aid:
                    clash.add(alias)
                surface[alias] = aid
                method[alias] = "alias"
        for info in self.info.values():
            name = _strip_parenthetical(info.name)
            variants = {name}
            if " " in name and name[0].isupper() and name[1:2].islower():
                variants.add(name[0].lower() + name[1:])
            for v in variants:
                if not v or v in surface and surface[v] == info.id:
                    continue
                if v in surface:
                    if method.get(v) == "name":  # two actors share a canonical name: use neither
                        clash.add(v)
                    continue
                surface[v] = info.id
                method[v] = "name"
        for c in clash:
            surface.pop(c, None)
        self.surface, self.method = surface, method
        aliases = sorted((x for x in surface if method[x] == "alias"), key=lambda s: (-len(s), s))
        names = sorted((x for x in surface if method[x] == "name"), key=lambda s: (-len(s), s))
        # the same matches as kadhimi_ds.mentions' alternation (longest alias first, whole words), as a trie
        self.pattern = re.compile(r"(?<!\w)" + trie_regex(aliases) + r"(?!\w)") if aliases else None
        self.names_by_first: dict[str, list[str]] = {}
        for x in names:  # longest first
            self.names_by_first.setdefault(re.match(r"[A-Za-z]*", x).group() or x, []).append(x)
        self.name_firsts = frozenset(self.names_by_first)
        self._build_groups()
        self._build_fuzzy()

    def _build_fuzzy(self) -> None:
        self.skeletons: dict[str, set[str]] = {}
        self.keys: dict[str, list[str]] = {}
        self.first_names: dict[str, set[str]] = {}
        for info in self.info.values():
            if not info.person:
                continue
            for alias in info.aliases + (_strip_parenthetical(info.name),):
                tokens = [t for t in alias.split() if not t.endswith(".")]
                if not tokens:
                    continue
                key = translit_key(tokens[-1])
                skeleton = consonant_skeleton(key)
                if len(skeleton) >= 3:
                    self.skeletons.setdefault(skeleton, set()).add(info.id)
                    self.keys.setdefault(key, [])
                    if info.id not in self.keys[key]:
                        self.keys[key].append(info.id)
                if len(tokens) > 1:
                    self.first_names.setdefault(info.id, set()).update(tokens[:-1])
        self._key_list = list(self.keys)
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}

    def _build_groups(self) -> None:
        """Registry names that end in a group noun ("Iran-backed Iraqi militias", "Pro-Iran parties"):
        their head noun and their modifier words, for descriptive group mentions."""
        self.groups: list[tuple[str, str, set[str]]] = []
        for info in self.info.values():
            words = _strip_parenthetical(info.name).split()
            if len(words) < 2 or re.search(r"\b(?:unnamed|anonymous|unidentified)\b", info.name.lower()) or any(
                    w.lower() in ("of", "for", "in", "and") for w in words):
                continue  # the group noun must be the head of the name
            head = _group_lemma(words[-1])
            if head:
                self.groups.append((info.id, head, _modifier_cores(words[:-1])))
        self.group_heads = frozenset(h for _, h, _ in self.groups)
        self.unnamed = [i for i in self.info.values() if re.search(r"\b(?:unnamed|anonymous|unidentified)\b", i.name.lower())]

    def _groups_in(self, text: str, a: int, b: int, known: list[MentionProposal],
                   toks: list[tuple[int, int, str]]) -> list[MentionProposal]:
        """Descriptive group mentions: a noun phrase whose head is a registry name's group noun and whose
        modifiers share a core word with that name ("Iran-backed militia groups", "Pro-Iran militias"),
        or, for a definite phrase without proper-name modifiers ("the militias", "its allied militias"),
        the one such actor already mentioned earlier in the article."""
        out: list[MentionProposal] = []
        if not self.groups:
            return out
        heads = self.group_heads
        for ws, we, word in toks:
            lemma = _GROUP_LEMMAS_CASED.get(word)
            if lemma is None or (we < len(text) and text[we] in _WORD_JOINERS) or (ws > 0 and text[ws - 1] in _WORD_JOINERS):
                continue
            if lemma not in heads and not (lemma in ("group", "faction") and _MILITIA_BEFORE.search(text, max(a, ws - 14), ws)):
                continue
            m = _Span(ws, we, word)
            np = _group_phrase(text, a, m)
            if np is None:
                continue
            start, end, head, mods, definite, proper = np
            if _COMPOUND_HEAD_AFTER.match(text, end, min(len(text), end + 14)):
                continue  # "militia groups", "a militia leader": the noun phrase goes on
            if any(k.start < end and m.start() < k.end for k in known) or any(k.start < end and start < k.end for k in out):
                continue  # the head word belongs to a registered name ("the Sadiqoon bloc")
            hits = [aid for aid, h, names in self.groups if h == head and _cores_meet(_modifier_cores(mods), names)]
            if len(hits) == 1:
                out.append(MentionProposal(start, end, text[start:end], hits[0], "description", 0.7))
        return out

    def fuzzy_actor(self, word: str) -> tuple[str, float] | None:
        """The person actor a capitalised word is a transliteration variant of, with a score 0..1.

        Candidates share the word's consonant skeleton (after folding); rapidfuzz's ratio on the
        folded keys confirms (>= 75), and a near skeleton is accepted only above 88. Ambiguous
        words (two actors) match nothing.
        """
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        key = translit_key(word)
        skeleton = consonant_skeleton(key)
        result = None
        if len(skeleton) >= 3 and len(key) >= 4:
            ids = self.skeletons.get(skeleton, set())
            if len(ids) == 1:
                aid = next(iter(ids))
                best = max(_ratio(key, k) for k, owners in self.keys.items() if aid in owners)
                if best >= 75:
                    result = (aid, best / 100)
            elif not ids and len(skeleton) >= 4 and self._key_list:
                hit = _best(key, self._key_list, 88)
                if hit and len(self.keys[hit]) == 1:
                    result = (self.keys[hit][0], _ratio(key, hit) / 100)
        if result and any(key == k + "i" or k == key + "i" for k, owners in self.keys.items() if result[0] in owners):
            result = None  # "Karimi" is not "Karim": the -i suffix makes another name
        if len(self._fuzzy_cache) > 200_000:  # bounded memory over a long run of articles
            self._fuzzy_cache.clear()
        self._fuzzy_cache[word] = result
        return result

    def find_mentions(self, text: str, spans: list[tuple[int, int]], index: TokenIndex | None = None) -> list[MentionProposal]:
        """Registry mentions inside ``spans``: exact aliases (as ``kadhimi_ds.mentions`` finds them:
        longest first, whole words, case-sensitive, no overlaps), canonical names, transliteration
        variants of person names and descriptive group phrases. ``index`` is the spans' TokenIndex,
        built here when not given."""
        found: list[MentionProposal] = []
        if index is None:
            index = TokenIndex(text, spans, self.name_firsts)
        for a, b in spans:
            exact: list[MentionProposal] = []
            if self.pattern is not None:
                for m in self.pattern.finditer(text, a, b):
                    alias = m.group()
                    aid = self.surface[alias]
                    if " " not in alias and self.info[aid].person and self._part_of_longer_name(text, m.start(), m.end(), b):
                        continue  # "Karim Nasser" is not the registered "Karim"
                    exact.append(MentionProposal(m.start(), m.end(), alias, aid, "alias", 1.0))
            named: list[MentionProposal] = []
            for ws, _, word in index.between("names", a, b):
                for name in self.names_by_first.get(word, ()):
                    end = ws + len(name)
                    if end <= b and text.startswith(name, ws) and (end >= len(text) or text[end] not in _WORD_JOINERS) \
                            and (ws == 0 or text[ws - 1] not in _WORD_JOINERS):
                        start = ws
                        the = _THE_BEFORE.search(text, max(a, ws - 5), ws)
                        if the:
                            start = the.start()
                        named.append(MentionProposal(start, end, text[start:end], self.surface[name], "name", 1.0))
                        break
            fuzzy = self._fuzzy_in(text, a, b, exact + named, index.between("caps", a, b))
            local = exact + named + fuzzy
            found += local
            found += self._groups_in(text, a, b, local, index.between("group", a, b))
        found.sort(key=lambda m: m.start)
        return found

    def _part_of_longer_name(self, text: str, start: int, end: int, b: int) -> bool:
        """A one-word person alias that a capitalised name word follows (or, after a first name,
        precedes) belongs to a longer, unregistered name."""
        nxt = _NEXT_NAME_WORD.match(text, end, b)
        return bool(nxt) and nxt.group(1) not in _NOT_NAMES and nxt.group(1) not in self.surface

    def _fuzzy_in(self, text: str, a: int, b: int, exact: list[MentionProposal],
                  toks: list[tuple[int, int, str]]) -> list[MentionProposal]:
        out: list[MentionProposal] = []
        starts = [m.start for m in exact]
        cache = self._fuzzy_cache
        for ws, we, token in toks:
            if len(token) < 3 or not token[0].isupper() or cache.get(token, 0) is None or token in _NOT_NAMES:
                continue
            if not token[1:].islower():
                continue
            if we < len(text) and text[we] in _WORD_JOINERS:
                continue
            prefix = text[max(a, ws - 3):ws]
            ms = ws - 3 if prefix in ("al-", "Al-", "el-", "El-") else ws
            if ms > 0 and text[ms - 1] in _WORD_JOINERS:
                continue
            m = _Span(ms, we)
            word = text[ms:we]
            if word in self.surface:
                continue
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and exact[k].end > m.start() or (k + 1 < len(exact) and exact[k + 1].start < m.end()):
                continue
            hit = self.fuzzy_actor(word)
            if not hit:
                continue
            aid, score = hit
            start = m.start()
            before = text[max(a, start - 30):start]
            first = re.search(r"([A-Z][a-z]+)\s+$", before)
            if first and first.group(1) in self.first_names.get(aid, ()):
                start -= len(before) - first.start(1)
            title = re.search(r"(?:Mr|Mrs|Ms|Dr)\.\s+$", text[max(a, start - 6):start])
            if title:
                start -= len(title.group())
            out.append(MentionProposal(start, m.end(), text[start:m.end()], aid, "fuzzy", round(score, 3)))
        return out


GROUP_LEMMAS = {"militia": "militia", "militias": "militia", "party": "party", "parties": "party", "group": "group",
                "groups": "group", "faction": "faction", "factions": "faction", "bloc": "bloc", "blocs": "bloc",
                "alliance": "alliance", "alliances": "alliance", "movement": "movement", "movements": "movement",
                "paramilitaries": "paramilitary"}
_GROUP_LEMMAS_CASED = {**GROUP_LEMMAS, **{k.capitalize(): v for k, v in GROUP_LEMMAS.items()}}
_COMPOUND_HEAD_AFTER = re.compile(
    r"\s+(?:groups?|factions?|leaders?|members?|commanders?|chiefs?|spokes\w+|officials?|supporters?"
    r"|fighters?|figures?|heads?|founders?|bosses?|positions?|bases?)\b")
_MILITIA_BEFORE = re.compile(r"(?:militia|paramilitary)\s+$", re.I)
_MOD_STOP = frozenset("pro anti backed allied affiliated linked aligned based led supported the a an of and".split())
_MODIFIER_LIKE = re.compile(r"^(?:[\w]+-[\w-]+|[A-Z][\w’'-]*|\w+(?:ed|al|an|ian|ic|ful|ive|ary|ist|ish|est)|armed|most|main|major|other|several|many|some|shia|shiite|sunni)$")


def _group_lemma(word: str) -> str | None:
    return GROUP_LEMMAS.get(word.lower())


def _modifier_cores(words: Iterable[str]) -> set[str]:
    """The proper-name parts of modifier words: "Pro-Iran" gives {"iran"}, "Iran-backed" {"iran"};
    plain adjectives ("armed", "largest") carry no identity and give nothing."""
    out = set()
    for w in words:
        for part in re.split(r"[-’'\s]", w):
            if len(part) >= 3 and part[0].isupper() and part.lower() not in _MOD_STOP:
                out.add(part.lower())
    return out


def _cores_meet(a: set[str], b: set[str]) -> bool:
    """Some core words agree, allowing a derived form ("iranian" and "iran")."""
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x in a for y in b)


def _group_phrase(text: str, lo: int, head: re.Match[str]):
    """(start, end, head lemma, modifiers, definite, proper-name modifiers) of the noun phrase ending
    in a group noun: determiner, adverb, adjectives and hyphenated or capitalised modifiers."""
    word = head.group()
    lemma = _group_lemma(word)
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w’'-]+", text[max(lo, head.start() - 80):head.start()])]
    base = max(lo, head.start() - 80)
    tokens = [(base + s, base + e, w) for s, e, w in tokens]
    if tokens and text[tokens[-1][1]:head.start()].strip():
        tokens = []
    if lemma in ("group", "faction") and tokens and tokens[-1][2].lower() in ("militia", "paramilitary"):
        lemma = "militia" if tokens[-1][2].lower() == "militia" else "paramilitary"
        start = tokens[-1][0]
        tokens = tokens[:-1]
    else:
        start = head.start()
    mods: list[str] = []
    definite = proper = False
    while tokens:
        s, e, w = tokens[-1]
        gap = text[e:start]
        if gap.strip():
            break
        low = w.lower()
        if low in ("the", "its", "their", "these", "those") or re.fullmatch(r"[A-Z][\w-]*[’']s", w):
            start, definite = s, True
            break
        if low.endswith("ly") and mods:
            mods.insert(0, w)
            start = s
            tokens.pop()
            continue
        if not _MODIFIER_LIKE.match(w) or low in ("the", "a", "an"):
            break
        if w[0].isupper() and "-" not in w and not re.match(r"^(?:Shia|Shiite|Sunni)$", w):
            proper = True
        mods.insert(0, w)
        start = s
        tokens.pop()
    if not mods and not definite:
        return None
    first = text[start:head.start()].split()
    if first and re.fullmatch(r"[A-Z][\w-]*[’']s", first[0]):
        mods = [first[0][:-2]] + mods  # "Iraq’s largest militia groups": the owner identifies the group
    return start, head.end(), lemma, mods, definite, proper


@lru_cache(maxsize=8)
def _gazetteer_cached(fingerprint: str) -> Gazetteer:
    return Gazetteer(json.loads(fingerprint))


_LAST_REGISTRY: list[Any] = [None, None, None]


def gazetteer_for(actors: Iterable[dict[str, Any]]) -> Gazetteer:
    """A (cached) gazetteer for an actor registry given as a list of actor mappings.

    The same list object passed again with the same length reuses the last gazetteer without
    re-reading it; any other registry is fingerprinted (so a changed registry is rebuilt)."""
    if isinstance(actors, list) and _LAST_REGISTRY[0] is actors and _LAST_REGISTRY[1] == len(actors):
        return _LAST_REGISTRY[2]
    gaz = _gazetteer_uncached(actors)
    if isinstance(actors, list):
        _LAST_REGISTRY[:] = [actors, len(actors), gaz]
    return gaz


def _gazetteer_uncached(actors: Iterable[dict[str, Any]]) -> Gazetteer:
    keep = ("id", "name", "kind", "parent", "description", "aliases")
    slim = [{k: a.get(k) for k in keep} for a in actors or []]
    return _gazetteer_cached(json.dumps(slim, sort_keys=True, ensure_ascii=False, default=str))


# =============================================================================================
# Referring expressions and attribution cues
# =============================================================================================

FINITE_SPEECH = (
    "said says say told tells tweeted tweets wrote writes added adds stated states declared declares announced "
    "announces noted notes stressed stresses warned warns insisted insists claimed claims described describes "
    "called calls urged urges decried decries condemned condemns appealed appeals accused accuses blamed blames "
    "asked asks posted posts shared shares explained explains argued argues remarked commented "
    "confirmed confirms denied denies vowed vows pledged pledges threatened threatens captioned praised praises "
    "spoke speaks alleged alleges acknowledged admitted emphasized emphasised reiterated demanded demands "
    "cautioned echoed mocked dismissed rejected welcomed welcomes").split()
"""Finite verbs that introduce speech ("responded" and "replied" are left out: too often not speech)."""
PARTICIPLE_SPEECH = (
    "saying adding asking calling describing noting warning urging praising accusing stressing insisting claiming "
    "referring theorizing theorising arguing telling tweeting writing condemning blaming explaining declaring "
    "announcing vowing demanding echoing mocking dismissing rejecting welcoming").split()
RELAY_VERBS = ("reported", "quoted", "cited", "relayed")

_CUE = re.compile(
    r"(?P<according>\b[Aa]ccording to\b)"
    r"|(?P<source>\b(?:[Ss]tatements?|[Mm]essages?|[Rr]eports?|[Pp]osts?|[Cc]ommuniqu[ée]s?|[Pp]ress releases?)\s+(?:from|by)\b)"
    r"|(?P<readfrom>\bread\s+(?:a|the)\s+(?:statement|message|post)(?:\s+(?:from|by))?\b)"
    r"|(?P<quoted>\bquoted as saying\b)"
    r"|(?P<term>\buse of the (?:term|word|phrase|expression)\b)"
    r"|(?P<relay>\b(?:" + "|".join(RELAY_VERBS) + r")\b)"
    r"|(?P<finite>\b(?:" + "|".join(FINITE_SPEECH) + r")\b|(?<=statement )reads?\b|\blaid (?:the )?blame\b)"
    r"|(?P<part>\b(?:" + "|".join(PARTICIPLE_SPEECH) + r")\b)"
)
CUE_TRIGGERS = frozenset(FINITE_SPEECH + PARTICIPLE_SPEECH + list(RELAY_VERBS) + (
    "according statement statements message messages report reports post posts communique communiques communiqu "
    "press read reads quoted use laid").split())
"""First words of the attribution cues: the cue regex is tried only where one of them stands."""
_CUE_TRIGGERS_CASED = CUE_TRIGGERS | {w.capitalize() for w in CUE_TRIGGERS}
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_COORDINATED_BEFORE = re.compile(r"\b(?:and|but|then|or)\s+(?:(?:also|then|later|earlier|\w+ly)\s+)?$")

PREPOSITIONS = frozenset(
    "of at to on against for with by in into about over toward towards from between among under after before "
    "during near than like via upon onto within without behind across through around amid despite".split())
OBJECT_VERBS = frozenset(
    "told tell tells telling addressing addressed urged urging accused accusing blamed blaming praised praising "
    "calling called thanked met meeting criticized criticised condemned condemning attacked targeted targeting "
    "killed killing asked asking warned appointed sanctioned named described describing mocked mocking "
    "directed dressed burned burn supported elected defeated led leading visited visiting reached contacted "
    "interviewed quoted cited".split()) - {"meeting"}
STATEMENT_NOUNS = frozenset("statement statements message messages report reports post posts tweet communique "
                            "communiqué release letter video address".split())
CONJUNCTIONS = frozenset("and but or yet so while whereas although though".split())
DETERMINERS = frozenset("the a an its his her their this that these those".split())

ROLE_SYNONYMS = {
    "prime minister": ("prime minister", "premier"), "president": ("president",),
    "spokesman": ("spokesman", "spokesperson", "spokeswoman"), "militias": ("militias", "militia"),
}
ROLE_CANON = {"premier": "prime minister", "pm": "prime minister", "spokesperson": "spokesman",
              "spokeswoman": "spokesman", "militia": "militias"}
PERSON_ROLES = frozenset(("official", "commander", "leader", "spokesman", "cleric", "secretary", "envoy", "ambassador",
                          "chief", "minister", "president", "prime minister", "governor", "mayor", "prosecutor", "general"))
DEFINITE = frozenset("the this that its his her their".split())
_ROLE_HEADS = (r"(?i:prime\s+minister|premier|president|spokesman|spokesperson|spokeswoman|minister|ministry|council"
               r"|committee|channel|agency|office|statement|official|commander|leader|cleric|secretary|envoy|ambassador"
               r"|mission|embassy|bloc|alliance|movement|government|military|army|militias|militia|department|court"
               r"|prosecutor|governor|mayor)|PM")
_ROLE_MODS = (r"(?:(?!(?:The|A|An|In|On|At|According|After|Before|While|But|And|It|He|She|They)\b)[A-Z][\w’'.-]*"
              r"|senior|top|former|deputy|chief|foreign|interior|defen[cs]e|security|military|state|government|prime"
              r"|national|supreme|media|political|news|resistance|joint|federal|armed|militia|full|earlier|new|whole"
              r"|ministry|council|iraqi|iranian|american|official)")
_ROLE = re.compile(r"(?<![\w’'-])(?P<det>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+)?"
                   r"(?P<mods>(?:" + _ROLE_MODS + r"\s+){0,3}?)(?P<head>" + _ROLE_HEADS + r")(?![\w-])")
_ROLE_TAIL = re.compile(_ROLE.pattern + r"\Z")
_ORG_ROLE_AFTER = re.compile(r"\s+(?i:spokesman|spokesperson|spokeswoman|official|commander|leader|chief|secretary|envoy|head)(?![\w-])")
_ANON = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Aa]n?|[Oo]ther|[Mm]any|\d+)\s+)?"
    r"(?:(?:(?!(?:The|This|That|These|Those|Its|His|Her|Their|According|In|On|At|But|And|Some|Two|Several)\b)[A-Z][a-z]+"
    r"|senior|government|security|military|police|intelligence|medical|health|hospital|local|diplomatic|unnamed"
    r"|anonymous|provincial|top|western|informed|other)\s+){0,3}(?:sources?|officials?)(?![\w-])")
_ANON_TAIL = re.compile(_ANON.pattern + r"\Z")


_TRIGGERS = {
    "possessive": frozenset("his His her Her its Its their Their".split()),
    "generic": frozenset("some Some many Many others Others most Most no No nobody Nobody analysts Analysts experts Experts "
                         "witnesses Witnesses residents Residents observers Observers critics Critics activists Activists "
                         "voters Voters".split()),
    "pronoun": frozenset("he He she She it It they They".split()),
    "relative": frozenset(("which", "who")),
}
"""Words at which the reference patterns are tried (a dictionary look-up is cheaper than a scan)."""


_WORD_JOINERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_’'-")
_ROLE_HEAD_WORDS = frozenset(
    w for base in ("prime minister premier president spokesman spokesperson spokeswoman minister ministry council committee "
                   "channel agency office statement official commander leader cleric secretary envoy ambassador mission "
                   "embassy bloc alliance movement government military army militias militia department court prosecutor "
                   "governor mayor").split() for w in (base, base.capitalize(), base.upper())) | {"PM"}
_ANON_HEAD_WORDS = frozenset("source sources official officials".split())


_REF_ORDER = ("anon", "possessive", "role", "name", "generic", "pronoun", "relative")
"""Reference kinds in priority order: an earlier kind keeps a span that a later one overlaps."""
_WORD_KINDS: dict[str, tuple[str, ...]] = {}
for _kind, _words in (("anon", _ANON_HEAD_WORDS), ("role", _ROLE_HEAD_WORDS), *_TRIGGERS.items()):
    for _w in _words:
        _WORD_KINDS[_w] = _WORD_KINDS.get(_w, ()) + (_kind,)


_GENERIC = re.compile(r"(?<![\w’'-])(?:[Ss]ome|[Mm]any|[Oo]thers|[Mm]ost|[Nn]o one|[Nn]obody|[Aa]nalysts|[Ee]xperts|[Ww]itnesses"
                      r"|[Rr]esidents|[Oo]bservers|[Cc]ritics|[Aa]ctivists|[Vv]oters)(?![\w’'-])")
_PRONOUN = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?![\w’'-])")
_RELATIVE = re.compile(r"(?<![\w’'-])(?:which|who)(?![\w’'-])")
_POSSESSIVE_ROLE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<noun>office|ministry|government|spokesman|spokesperson|"
                              r"spokeswoman|party|bloc|movement|militia|channel|aide|adviser|advisor|campaign|account)(?![\w-])")
_REF_PATTERNS = {"possessive": _POSSESSIVE_ROLE, "generic": _GENERIC, "pronoun": _PRONOUN, "relative": _RELATIVE}
_NAME_TOKEN = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][a-z]+(?:[-’'][A-Za-z]+)*"
_NAME = re.compile(r"(?<![\w’'-])" + _NAME_TOKEN + r"(?:\s+(?:(?:bin|ibn|abu|Abu|de|van|von|der|da|du)\s+)?" + _NAME_TOKEN + r"){1,3}(?![\w-])")
NAME_STOP = frozenset(
    "The A An In On At By For From To Of And But Or As If When While After Before Since Until During According "
    "Following Meanwhile However Although Because This That These Those There Their They It He She We Our His Her Its "
    "Mr Mrs Ms Dr Sir President Prime Minister Premier Deputy Vice Former Foreign Interior Defence Defense General Gen "
    "Major Maj Brigadier Lieutenant Colonel Captain Commander Chief Spokesman Spokesperson Secretary Senator Governor "
    "Mayor Judge Sheikh Ayatollah Imam King Queen Prince Iraqi Iranian American Saudi Kurdish Shiite Shia Sunni Senior "
    "Top Independent Supreme Leader Cleric Officials Official Sources Source Security Some Many Other Several Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Photos Photo Police Protesters Residents Earlier Later Also Just Other Both".split())
ORG_HEADS = {"Ministry": "government", "Council": "government", "Department": "government", "Office": "government",
             "Committee": "other", "Commission": "other", "Party": "party", "Alliance": "party", "Bloc": "party",
             "Movement": "party", "Coalition": "party", "Front": "party", "Brigades": "armed_group",
             "Brigade": "armed_group", "Forces": "military", "Army": "military", "Command": "military",
             "Agency": "media", "News": "media", "TV": "media", "Television": "media", "Times": "media",
             "Post": "media", "Institute": "other", "Organization": "other", "Organisation": "other", "Group": "other",
             "Union": "other", "Association": "other", "Court": "government"}
PERSON_TITLES = frozenset("Mr Mrs Ms Dr President Minister Spokesman Spokesperson Secretary General Gen Major Maj "
                          "Brigadier Lieutenant Colonel Captain Commander Senator Governor Mayor Judge Sheikh Ayatollah "
                          "Imam Cleric Leader Deputy".split())


@dataclass
class Ref:
    """A referring expression in a sentence: a registered actor, a role, an unnamed source, a
    pronoun, a relative pronoun, a possessive role ("his office") or an unregistered name."""

    start: int
    end: int
    text: str
    kind: str
    actor: str | None = None
    person: bool | None = None
    possessive: bool = False
    head: str | None = None
    org: str | None = None


@dataclass
class Cue:
    start: int
    end: int
    kind: str      # according | source | readfrom | quoted | term | relay | finite | part
    word: str


@dataclass
class Resolved:
    """Who a cue or reference points to."""

    actor: str | None
    new: str | None
    text: str
    explicit: bool
    person: bool | None
    method: str
    confidence: float
    span: tuple[int, int] | None = None

    @property
    def known(self) -> bool:
        return self.actor is not None or self.new is not None


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    quotes: list[int] = field(default_factory=list)


CHANNEL_RULES = (
    ("telegram", re.compile(r"\btelegram\b")),
    ("tweet", re.compile(r"\btweet(?:ed|s)?\b|\btwitter\b")),
    ("video", re.compile(r"\bvideo\b")),
    ("televised_address", re.compile(r"\btelevised\b|\baddress(?:ed)? (?:to )?the nation\b|\btelevision address\b")),
    ("interview", re.compile(r"\binterview\b|\btold (?:the )?(?:[A-Z][\w-]*|reuters|afp|associated press|al jazeera|reporters|journalists)\b|\bspoke to\b|\bspeaking to\b")),
    ("press_release", re.compile(r"\bpress release\b")),
    ("statement", re.compile(r"\bstatement\b|\bcommuniqu")),
    ("speech", re.compile(r"\bspeech\b|\bsermon\b|\brally\b|\bfuneral\b|\baddressing\b")),
    ("social_media_post", re.compile(r"\bfacebook\b|\binstagram\b|\bsocial media\b|\bposted\b")),
)


_CHANNEL_KEYS = {
    "telegram": {"telegram"}, "tweet": {"tweet", "tweeted", "tweets", "twitter"}, "video": {"video"},
    "televised_address": {"televised", "address", "addressed", "television"}, "interview": {"interview", "told", "spoke", "speaking"},
    "press_release": {"press"}, "statement": {"statement", "communique", "communiqu"}, "speech": {"speech", "sermon", "rally", "funeral", "addressing"},
    "social_media_post": {"facebook", "instagram", "social", "posted"},
}
"""Words that must be in a sentence before its channel pattern is tried."""
_CHANNEL_WORDS = frozenset(w for ws in _CHANNEL_KEYS.values() for w in ws)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-") or "actor"


class _Article:
    """Per-article state for attribution: sentences, references, cues and the last speaker."""

    def __init__(self, text: str, gaz: Gazetteer, paragraphs: list[tuple[int, int]], raw_quotes: list[RawQuote],
                 mentions: list[MentionProposal], index: TokenIndex | None = None):
        self.text, self.gaz, self.paragraphs = text, gaz, paragraphs
        self.raw_quotes = raw_quotes
        self.outer = [(q.open, q.outer_end) for q in raw_quotes]
        self.outer_starts = [a for a, _ in self.outer]
        self.inner = [(q.start, q.end) for q in raw_quotes]
        self.inner_starts = [a for a, _ in self.inner]
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.sentences: list[Sentence] = []
        for n, (a, b) in enumerate(paragraphs):
            for s, e in split_sentences(text, a, b, self.outer, self.outer_starts):
                self.sentences.append(Sentence(s, e, n))
        self.sentence_starts = [s.start for s in self.sentences]
        for qi, q in enumerate(raw_quotes):
            self.sentences[self.sentence_of(q.open)].quotes.append(qi)
        self._refs: dict[int, list[Ref]] = {}
        self._channels: dict[int, str | None] = {}
        self.index = index if index is not None else TokenIndex(text, paragraphs, gaz.name_firsts)
        self.tokens = self.index.tokens
        self.token_starts = self.index.starts
        self._cues: dict[int, list[Cue]] = {}
        self.resolved_cues: dict[int, list[tuple[Cue, Resolved | None]]] = {}
        self.last_speaker: Resolved | None = None
        self.speakers: list[Resolved] = []
        self.last_statement: Resolved | None = None
        self.speaker_channel: dict[str, str] = {}
        self.descriptive: dict[tuple[int, int], MentionProposal] = {}
        self.proposals: dict[str, ActorProposal] = {}

    # --- positions ------------------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        return _inside(self.inner, self.inner_starts, pos)

    def words_before(self, pos: int, lo: int, n: int = 3) -> list[str]:
        """Up to ``n`` lowercase words before ``pos`` (nearest first), skipping quotation marks."""
        chunk = _CLAUSE_PUNCT.split(self.text[max(lo, pos - 60):pos])[-1]
        return [w.lower() for w in _WORDISH.findall(chunk)[::-1][:n]]

    # --- references -----------------------------------------------------------------------

    def refs(self, si: int) -> list[Ref]:
        """Referring expressions of sentence ``si`` outside quotations, left to right."""
        if si in self._refs:
            return self._refs[si]
        sent = self.sentences[si]
        text, s, e = self.text, sent.start, sent.end
        refs: list[Ref] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return not self.in_quote(a) and all(b <= x or a >= y for x, y in taken)

        k = bisect.bisect_left(self.mention_starts, s)
        while k < len(self.mentions) and self.mentions[k].start < e:
            m = self.mentions[k]
            k += 1
            if self.in_quote(m.start) or not free(m.start, m.end):
                continue
            info = self.gaz.info.get(m.actor_id)
            role = _ORG_ROLE_AFTER.match(text, m.end, e)
            if role and not (info and info.person):
                start = m.start
                det = re.search(r"(?:\b(?:[Aa]n?|[Tt]he)\s+)$", text[max(s, start - 5):start])
                if det:
                    start -= len(det.group())
                refs.append(Ref(start, role.end(), text[start:role.end()], "orgrole", org=m.actor_id,
                                head=role.group().strip().lower()))
                taken.append((start, role.end()))
                continue
            refs.append(Ref(m.start, m.end, m.text, "mention", actor=m.actor_id, person=bool(info and info.person)))
            taken.append((m.start, m.end))
        found: dict[str, list[tuple[int, int, re.Match[str]]]] = {k: [] for k in _REF_ORDER}
        last_name = -1
        mention_starts = {x for x, _ in taken}
        words = self.words(si)
        for i, (ws, we, word) in enumerate(words):
            # one pass over the words: each word triggers the patterns it can start or end
            kinds = _WORD_KINDS.get(word)
            if kinds:
                for kind in kinds:
                    if kind in ("anon", "role"):
                        if we >= e or text[we] not in _WORD_JOINERS:
                            # the phrase ends at this head word: try the longest start first (up to 5 words back)
                            tail = _ANON_TAIL if kind == "anon" else _ROLE_TAIL
                            for j in range(max(0, i - 5), i + 1):
                                m = tail.match(text, words[j][0], we)
                                if m:
                                    found[kind].append((m.start(), we, m))
                                    break
                    else:
                        m = _REF_PATTERNS[kind].match(text, ws, e)
                        if m:
                            found[kind].append((m.start(), m.end(), m))
            if ws >= last_name and "A" <= word[0] <= "Z" and word not in NAME_STOP and ws not in mention_starts \
                    and (ws == 0 or text[ws - 1] not in _WORD_JOINERS):
                m = _NAME.match(text, ws, e)
                if m:
                    found["name"].append((m.start(), m.end(), m))
                    last_name = m.end()
        for kind in _REF_ORDER:
            for a, b, m in found[kind]:
                if kind == "anon" and re.search(r"\b[Tt]he\s+$", text[max(s, a - 4):a]):
                    continue
                if kind == "name":
                    a, b = self._trim_name(a, b)
                    if a is None:
                        continue
                if kind == "role":
                    if re.match(r"\s+(?:(?:al|el)-)?[A-Z][a-z]", text[b:b + 5]):
                        continue  # "spokesman Ned Price": the name is the referent
                    if _COMPOUND_HEAD_AFTER.match(text, b, min(e, b + 14)):
                        continue  # "the militia leaders": the role word only modifies the head
                    det, mods, head = (m.group("det") or "").strip().lower(), m.group("mods") or "", m.group("head")
                    if not (det in DEFINITE or mods[:1].isupper() or head[:1].isupper()):
                        continue  # "an Iran-backed militia leader", "any official statement": not a referent
                if not free(a, b):
                    continue
                ref = Ref(a, b, text[a:b], kind)
                if kind == "role":
                    ref.head = ROLE_CANON.get(re.sub(r"\s+", " ", m.group("head").lower()),
                                              re.sub(r"\s+", " ", m.group("head").lower()))
                    ref.person = ref.head in PERSON_ROLES
                elif kind == "possessive":
                    ref.head = m.group("noun").lower()
                elif kind == "name":
                    ref.person = not any(t in ORG_HEADS for t in ref.text.split())
                refs.append(ref)
                taken.append((a, b))
        for r in refs:
            tail = text[r.end:r.end + 2]
            r.possessive = tail in ("’s", "'s") or (r.text.endswith("s") and tail[:1] in ("’", "'") and not tail[1:].isalpha())
        refs.sort(key=lambda r: r.start)
        self._refs[si] = refs
        return refs

    def words(self, si: int) -> list[tuple[int, int, str]]:
        """The letter runs of sentence ``si`` as (start, end, word): the trigger words of cues and references."""
        sent = self.sentences[si]
        lo = bisect.bisect_left(self.token_starts, sent.start)
        hi = bisect.bisect_left(self.token_starts, sent.end, lo)
        return self.tokens[lo:hi]

    def _trim_name(self, a: int, b: int) -> tuple[int | None, int]:
        """Drop titles and function words at the front of a capitalised run and a trailing "’s"."""
        text = self.text
        if text[b - 2:b] in ("’s", "'s"):
            b -= 2
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[a:b])]
        while tokens and text[a + tokens[0][0]:a + tokens[0][1]].rstrip(".") in NAME_STOP:
            tokens.pop(0)
        if len(tokens) < 2:
            return None, b
        words = [text[a + x:a + y] for x, y in tokens]
        if any(w.rstrip(".") in NAME_STOP for w in words[1:]) and not any(w in ORG_HEADS for w in words):
            return None, b
        return a + tokens[0][0], b

    # --- cues -----------------------------------------------------------------------------

    def cues(self, si: int) -> list[Cue]:
        """Attribution cues of sentence ``si`` outside quotations."""
        if si in self._cues:
            return self._cues[si]
        sent = self.sentences[si]
        out: list[Cue] = []
        text = self.text
        for ws, _, word in self.index.between("cue", sent.start, sent.end):
            if self.in_quote(ws):
                continue
            m = _CUE.match(text, ws, sent.end)
            if not m:
                continue
            kind = m.lastgroup or "finite"
            word = m.group()
            before = text[max(sent.start, m.start() - 30):m.start()]
            if kind in ("finite", "part"):
                if _PASSIVE_BEFORE.search(before) or before.endswith("-"):
                    continue
                if word in ("claimed", "claims") and re.match(r"\s+(?:responsibility|credit)", text[m.end():m.end() + 16]):
                    continue
            if kind == "relay" and re.search(r"\b(?:the|a|an)\s+$", before):
                continue
            if kind == "term" and not re.search(r"[’']s\s+$", before):
                continue
            out.append(Cue(m.start(), m.end(), kind, word))
        self._cues[si] = out
        return out

    # --- finding the referent of a cue ----------------------------------------------------

    def subject_like(self, r: Ref, lo: int) -> bool:
        """A reference that can be the subject of a verb: not possessive, not after a preposition
        or an object-taking verb (except "statement from X")."""
        if r.possessive:
            return False
        words = self.words_before(r.start, lo, 4)
        while words and words[0] in DETERMINERS:
            words.pop(0)
        if not words:
            return True
        if words[0] in ("from", "by") and len(words) > 1 and words[1] in STATEMENT_NOUNS:
            return True
        return words[0] not in PREPOSITIONS and words[0] not in OBJECT_VERBS

    def appositive(self, a: int, b: int) -> bool:
        """A comma-bounded segment that starts with a lowercase word or a determiner."""
        m = re.search(r"[A-Za-z’'-]+", self.text[a:b])
        if not m or m.group().lower() in CONJUNCTIONS:
            return False
        return m.group()[0].islower() or m.group().lower() in DETERMINERS

    def subject_before(self, si: int, pos: int) -> Ref | None:
        sent = self.sentences[si]
        text = self.text
        cuts = [m.start() for m in re.finditer(r"[,;:—–]", text[sent.start:pos]) if not self.in_quote(sent.start + m.start())]
        bounds, prev = [], sent.start
        for c in cuts:
            bounds.append((prev, sent.start + c))
            prev = sent.start + c + 1
        bounds.append((prev, pos))
        refs = [r for r in self.refs(si) if r.end <= pos]
        for idx, (a, b) in enumerate(reversed(bounds)):
            if idx > 0 and a != sent.start and self.appositive(a, b):
                continue
            for r in reversed([r for r in refs if a <= r.start < b]):
                if r.kind == "generic":
                    return r
                if self.subject_like(r, sent.start):
                    return r
        return None

    def np_after(self, si: int, pos: int, max_words: int | None = None) -> Ref | None:
        """The referent named right after a cue ("according to X", "said X, leader of ...")."""
        sent = self.sentences[si]
        text = self.text
        end = sent.end
        for m in re.finditer(r"[,;:.!?“”\"‘]|\s(?:that|who|which|this|these|those|to|in|on|at|when|after|before|while|as|because|and|but|saying|speaking|said|says|told)\s", text[pos:sent.end]):
            p = pos + m.start()
            if text[p] == "." and _abbreviation_before(text, p, sent.start):
                continue
            end = p
            break
        cands = [r for r in self.refs(si) if pos <= r.start and r.end <= end and r.kind not in ("relative",)]
        chain: list[Ref] = []
        for r in cands:
            if not chain:
                if max_words is not None and len(text[pos:r.start].split()) > max_words:
                    return None
                if r.possessive or (r.kind != "generic" and not self.subject_like(r, pos)):
                    continue
                chain.append(r)
            elif len(text[chain[-1].end:r.start].split()) <= 2 and "," not in text[chain[-1].end:r.start]:
                chain.append(r)
            else:
                break
        return chain[-1] if chain else None

    def cue_referent(self, si: int, cue: Cue, earlier: list[tuple[Cue, Resolved | None]]) -> Resolved | None:
        """Who the cue attributes words to."""
        sent = self.sentences[si]
        text = self.text
        if cue.kind in ("according", "source", "readfrom"):
            ref = self.np_after(si, cue.end)
        elif cue.kind == "term":
            ref = next((r for r in reversed(self.refs(si)) if r.end <= cue.start and r.possessive), None)
            return self.resolve(si, ref, possessive_ok=True) if ref else None
        else:
            before = text[max(sent.start, cue.start - 25):cue.start]
            finite = [res for c, res in earlier if c.kind in ("finite", "quoted") and res is not None]
            if cue.kind in ("finite", "quoted") and finite and _COORDINATED_BEFORE.search(before):
                return finite[-1]
            gap = text[self._prev_boundary(si, cue.start):cue.start]
            if cue.kind in ("finite", "quoted") and not re.search(r"[A-Za-z]", gap):
                ref = self.np_after(si, cue.end, max_words=4) or self.subject_before(si, cue.start)
            else:
                ref = self.subject_before(si, cue.start)
                if ref is None and cue.kind == "finite":
                    ref = self.np_after(si, cue.end, max_words=2)
        return self.resolve(si, ref) if ref else None

    def _prev_boundary(self, si: int, pos: int) -> int:
        """Start of the text between the previous quotation (or the sentence start) and ``pos``."""
        sent = self.sentences[si]
        k = bisect.bisect_left(self.outer_starts, pos) - 1
        if k >= 0 and self.outer[k][1] <= pos and self.outer[k][1] >= sent.start:
            return self.outer[k][1]
        return sent.start

    # --- resolving references -------------------------------------------------------------

    def resolve(self, si: int, ref: Ref, possessive_ok: bool = False) -> Resolved | None:
        kind = ref.kind
        span = (ref.start, ref.end)
        if kind == "mention":
            info = self.gaz.info.get(ref.actor or "")
            return Resolved(ref.actor, None, ref.text, True, bool(info and info.person), "mention", 0.9, span)
        if kind == "orgrole":
            return self._resolve_org_role(ref)
        if kind == "anon":
            return self._resolve_anon(ref)
        if kind == "role":
            return self._resolve_role(ref)
        if kind == "possessive":
            return self._resolve_possessive(si, ref)
        if kind == "name":
            pid = self.propose(ref.text, ref.start, ref.end, "speaker" if not ref.possessive else "named")
            return Resolved(None, pid, ref.text, True, ref.person, "name", 0.7, span)
        if kind == "generic":
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, span)
        if kind == "pronoun":
            return self._resolve_pronoun(si, ref)
        if kind == "relative":
            prev = [r for r in self.refs(si) if r.end <= ref.start and r.kind in ("mention", "name", "orgrole", "anon", "role")]
            return self.resolve(si, prev[-1]) if prev else None
        return None

    def _remember(self, ref: Ref, actor: str | None, method: str, score: float) -> None:
        if actor:
            self.descriptive[(ref.start, ref.end)] = MentionProposal(ref.start, ref.end, ref.text, actor, method, score)

    def _resolve_org_role(self, ref: Ref) -> Resolved:
        """"an interior ministry spokesman": the registered person whose parent is the organisation and
        whose description carries the role, else the organisation itself."""
        org = ref.org or ""
        head = ROLE_CANON.get(ref.head or "", ref.head or "")
        words = ROLE_SYNONYMS.get(head, (head,))
        people = [i for i in self.gaz.info.values() if i.parent == org and i.person and any(i.says(w) for w in words)]
        if len(people) == 1:
            self._remember(ref, people[0].id, "role", 0.7)
            return Resolved(people[0].id, None, ref.text, True, True, "orgrole", 0.7, (ref.start, ref.end))
        return Resolved(org, None, ref.text, True, False, "orgrole", 0.6, (ref.start, ref.end))

    def _resolve_anon(self, ref: Ref) -> Resolved:
        """"Security sources", "two Iraqi officials": the registry's unnamed-source actor that fits the
        head noun and modifiers, else a proposed new unnamed-source actor."""
        words = re.findall(r"[A-Za-z]+", ref.text)
        head = words[-1].lower().rstrip("s")
        mods = [w for w in words[:-1] if w.lower() not in ("a", "an", "two", "three", "four", "five", "several", "some", "other", "many")]
        best, best_score = None, -1
        for info in self.gaz.unnamed:
            low = info.name.lower()
            if head not in low:
                continue
            if any(w[0].isupper() and w.lower() not in low for w in mods):
                continue
            score = sum(1 for w in mods if w.lower() in low)
            if score > best_score:
                best, best_score = info, score
        if best is not None:
            self._remember(ref, best.id, "anonymous", 0.8)
            return Resolved(best.id, None, ref.text, True, None, "anonymous", 0.8, (ref.start, ref.end))
        label = "unnamed " + " ".join(w.lower() for w in mods if w[0].isupper() or w.lower() in ("security", "government", "military", "police")) + " " + head + "s"
        pid = self.propose(re.sub(r"\s+", " ", label).strip().capitalize(), ref.start, ref.end, "unnamed source", kind="other")
        return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))

    def _recent_mentions(self, pos: int, limit: int = 80) -> Iterable[MentionProposal]:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        n = 0
        while k >= 0 and n < limit:
            yield self.mentions[k]
            k -= 1
            n += 1

    def _recent_referents(self, pos: int, limit: int = 80) -> list[str]:
        """Actors referred to before ``pos`` (registry mentions and resolved descriptions), most recent first."""
        items = [(m.start, m.actor_id) for m in self._recent_mentions(pos, limit)]
        items += [(k[0], v.actor_id) for k, v in self.descriptive.items() if k[1] <= pos]
        return [aid for _, aid in sorted(items, key=lambda x: -x[0])]

    def _resolve_role(self, ref: Ref) -> Resolved | None:
        """A definite role ("the premier", "The Iraqi PM", "The channel", "the statement"): the most
        recently mentioned actor whose registry name or description carries the role; for a person's
        role, else the most recently mentioned person, else (a headline) the first person mentioned
        later whose description carries the role."""
        head = ref.head or ""
        span = (ref.start, ref.end)
        if head == "statement":
            if self.last_statement and self.last_statement.known:
                r = self.last_statement
                return Resolved(r.actor, r.new, ref.text, False, r.person, "statement", 0.6, span)
            return None
        words = ROLE_SYNONYMS.get(head, (head,))
        former = "former" in ref.text.lower()
        person_role = head in PERSON_ROLES

        def carries(info: ActorInfo | None) -> bool:
            return bool(info) and (info.person or not person_role) and any(info.says(w) for w in words) and (
                former or not any(info.says("former " + w) for w in words))

        def found(info: ActorInfo, conf: float) -> Resolved:
            self._remember(ref, info.id, "role", conf)
            return Resolved(info.id, None, ref.text, True, info.person, "role", conf, span)

        recent = self._recent_referents(ref.start)
        for aid in recent:
            info = self.gaz.info.get(aid)
            if carries(info):
                return found(info, 0.6)
        if person_role:
            for aid in recent[:40]:
                info = self.gaz.info.get(aid)
                if info and info.person:
                    return found(info, 0.45)
            k = bisect.bisect_left(self.mention_starts, ref.end)
            for m in self.mentions[k:k + 40]:
                info = self.gaz.info.get(m.actor_id)
                if carries(info):
                    return found(info, 0.45)
            return None
        named = [i for i in self.gaz.info.values() if re.search(r"\b" + re.escape(head) + r"\b", i.name.lower())]
        if len(named) == 1:
            return found(named[0], 0.5)
        return None

    def _resolve_possessive(self, si: int, ref: Ref, exact_only: bool = False) -> Resolved | None:
        """"his office": the owner (the nearest fitting actor) composed with the noun through the
        registry (an alias "<owner>’s office", or an actor whose parent is the owner)."""
        owner_word = ref.text.split()[0].lower()
        noun = ref.head or ""
        owner = None
        for r in reversed([r for r in self.refs(si) if r.end <= ref.start and r.kind == "mention"]):
            if (owner_word in ("his", "her")) == bool(r.person):
                owner = r.actor
                break
        if owner is None:
            want_person = owner_word in ("his", "her")
            for m in self._recent_mentions(ref.start, 40):
                info = self.gaz.info.get(m.actor_id)
                if info and info.person == want_person:
                    owner = info.id
                    break
        if owner is None:
            return None
        owner_info = self.gaz.info[owner]
        for alias in owner_info.aliases:
            for apo in ("’s", "'s"):
                target = self.gaz.surface.get(f"{alias}{apo} {noun}")
                if target:
                    self._remember(ref, target, "possessive", 0.6)
                    return Resolved(target, None, ref.text, True, False, "possessive", 0.6, (ref.start, ref.end))
        if exact_only:
            return None
        children = [i for i in self.gaz.info.values() if i.parent == owner and noun in f"{i.name} {i.description}".lower()]
        if len(children) == 1:
            self._remember(ref, children[0].id, "possessive", 0.5)
            return Resolved(children[0].id, None, ref.text, True, children[0].person, "possessive", 0.5, (ref.start, ref.end))
        return None

    def _resolve_pronoun(self, si: int, ref: Ref) -> Resolved | None:
        """he/she: a person named earlier in the sentence, else the last named speaker, else the last
        person mentioned; it: an organisation; they: a group or unnamed sources."""
        word = ref.text.lower()
        want_person = word in ("he", "she")

        def fits(person: bool | None) -> bool:
            if word in ("he", "she"):
                return person is True
            if word == "it":
                return person is False
            return person is not True

        sent = self.sentences[si]
        for r in reversed([r for r in self.refs(si) if r.end <= ref.start]):
            if word == "they" and r.kind == "generic":
                return self.resolve(si, r)
            if r.kind in ("mention", "name", "orgrole", "anon") and fits(r.person) and self.subject_like(r, sent.start):
                res = self.resolve(si, r)
                if res is not None and res.known:
                    return Resolved(res.actor, res.new, ref.text, True, res.person, "pronoun", 0.75, (ref.start, ref.end))
        for n, last in enumerate(reversed(self.speakers[-8:])):
            if last.known and fits(last.person):
                return Resolved(last.actor, last.new, ref.text, False, last.person, "pronoun", 0.65 if n == 0 else 0.5,
                                (ref.start, ref.end))
        if want_person:
            for m in self._recent_mentions(ref.start, 60):
                info = self.gaz.info.get(m.actor_id)
                if info and info.person:
                    return Resolved(info.id, None, ref.text, False, True, "pronoun", 0.4, (ref.start, ref.end))
        return None

    def propose(self, name: str, start: int, end: int, evidence: str, kind: str | None = None) -> str:
        """Record a proposed new actor for a name the registry lacks; returns its proposed id."""
        key = name.strip()
        if key not in self.proposals:
            words = key.split()
            guess = kind or next((ORG_HEADS[w] for w in words if w in ORG_HEADS), "person")
            pid = _slug(key)
            self.proposals[key] = ActorProposal(pid, key, guess, start, end, self.text[start:end], [], evidence)
        prop = self.proposals[key]
        if (start, end) not in prop.mentions:
            prop.mentions.append((start, end))
        return prop.id

    # --- the pass over sentences: quotes ---------------------------------------------------

    def resolve_sentence(self, si: int) -> list[tuple[Cue, Resolved | None]]:
        if si not in self.resolved_cues:
            out: list[tuple[Cue, Resolved | None]] = []
            for cue in self.cues(si):
                out.append((cue, self.cue_referent(si, cue, out)))
            self.resolved_cues[si] = out
        return self.resolved_cues[si]

    def note_statement_sources(self, si: int, cues: list[tuple[Cue, Resolved | None]]) -> None:
        """Remember who last issued a statement, for a later "the statement said ..."."""
        sent = self.sentences[si]
        if "tatement" not in self.text[sent.start:sent.end]:
            return
        masked = self.masked(si).lower()
        for cue, res in cues:
            if res is not None and res.known and cue.kind != "relay" and res.method != "statement" and (
                    "statement" in masked or cue.kind in ("source", "readfrom")):
                self.last_statement = res
        for r in self.refs(si):
            if r.kind == "mention" and self.text[r.end:r.end + 10].lower() == " statement" and r.end < sent.end:
                info = self.gaz.info.get(r.actor or "")
                self.last_statement = Resolved(r.actor, None, r.text, True, bool(info and info.person), "mention", 0.8)

    def masked(self, si: int) -> str:
        """The sentence with the words inside quotation marks blanked out."""
        sent = self.sentences[si]
        text = self.text[sent.start:sent.end]
        for qi in sent.quotes:
            q = self.raw_quotes[qi]
            a, b = q.start - sent.start, min(q.end, sent.end) - sent.start
            text = text[:a] + " " * (b - a) + text[b:]
        return text

    def final_cue(self, si: int, cues: list[tuple[Cue, Resolved | None]], after: int) -> tuple[Cue, Resolved] | None:
        """A closing reporting clause (", X said." / ", according to X.") that governs the whole sentence."""
        sent = self.sentences[si]
        text = self.text
        for cue, res in cues:
            if cue.kind not in ("finite", "according", "quoted") or cue.start < after or res is None or not res.known:
                continue
            if len(text[cue.end:sent.end].split()) > 10:
                continue
            comma = text.rfind(",", sent.start, cue.start)
            if comma < 0 or comma < after - 2 and any(after <= o < cue.start for o in self.outer_starts):
                continue
            between = text[comma + 1:cue.start]
            if re.match(r"[”\"’»]?\s*(?:and|but|or)\b", between) or len(between.split()) > 8:
                continue
            return cue, res
        return None

    def sentence_channel(self, si: int) -> str | None:
        """The delivery channel the sentence names outside its quotations, if any (cached)."""
        if si in self._channels:
            return self._channels[si]
        found = None
        words = {w.lower() for ws, _, w in self.words(si) if w.lower() in _CHANNEL_WORDS and not self.in_quote(ws)}
        low = self.masked(si).lower() if words else ""
        present = {name for name, rule in CHANNEL_RULES if words & _CHANNEL_KEYS[name] and rule.search(low)}
        if present:
            for name, _ in CHANNEL_RULES:  # the first channel in priority order that the sentence names
                if name in present and not (name == "social_media_post" and not re.search(r"facebook|instagram|social media", low)):
                    found = name
                    break
        if found is None:
            for r in self.refs(si):
                if r.kind == "mention" and self.gaz.info.get(r.actor or "") and self.gaz.info[r.actor].kind == "media":
                    if self.words_before(r.start, self.sentences[si].start, 2)[:1] == ["told"]:
                        found = "interview"
                        break
        if found is None and "posted" in low:
            found = "?posted"
        self._channels[si] = found
        return found

    def channel(self, si: int, speaker: str | None) -> str:
        found = self.sentence_channel(si)
        if found and found != "?posted":
            return found
        if speaker and speaker in self.speaker_channel:
            return self.speaker_channel[speaker]
        return "social_media_post" if found == "?posted" else "unspecified"

    def reported_via(self, si: int, cues: list[tuple[Cue, Resolved | None]]) -> str | None:
        """The outlet that relays the words: "..., state media reported", "told Reuters", "on state television"."""
        for cue, res in cues:
            if cue.kind == "relay" and res is not None and res.actor and self.gaz.info[res.actor].kind == "media":
                return res.actor
        found = None
        prev_media_end = -10
        for r in self.refs(si):
            info = self.gaz.info.get(r.actor or "") if r.kind == "mention" else None
            if not info or info.kind != "media" or r.possessive:
                continue
            words = self.words_before(r.start, self.sentences[si].start, 3)
            while words and words[0] in DETERMINERS:
                words.pop(0)
            if (words and words[0] in ("told", "to", "on", "via", "by", "from")) or r.start - prev_media_end <= 2:
                found = r.actor
            prev_media_end = r.end
        return found

    def is_heading(self, qi: int) -> bool:
        q = self.raw_quotes[qi]
        a, b = self.paragraphs[self.sentences[self.sentence_of(q.open)].para]
        rest = (self.text[a:q.open] + self.text[q.outer_end:b]).strip(" .,:;!?")
        return not rest and len(self.text[q.start:q.end].split()) <= 12

    def is_fragment(self, si: int, qi: int) -> bool:
        """A quoted word or phrase inside the writer's sentence rather than a whole utterance.

        Not a fragment: a quotation that opens its sentence (except a short sub-heading without
        final punctuation), one introduced by a speech verb and a comma or colon ("tweeted, “...”"),
        and a long one (8 words or more) right after a speech verb ("said “...”", "added that “...”").
        """
        q = self.raw_quotes[qi]
        text = self.text
        n_words = len(text[q.start:q.end].split())
        before = text[self.sentences[si].start:q.open].rstrip()
        if not re.search(r"[A-Za-z]", before):
            return self.is_heading(qi) and n_words <= 4 and text[q.end - 1:q.end] not in ".!?,"
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", before)]
        speech = set(FINITE_SPEECH) | set(PARTICIPLE_SPEECH) | {"captioned", "caption", "read", "reads"}
        if before.endswith((",", ":")) and words and words[-1] in speech:
            return False
        if words and (words[-1] in speech or words[-1] == "that" and len(words) > 1 and words[-2] in speech):
            return n_words < 8
        return True

    def attribute_quote(self, si: int, qi: int, cues: list[tuple[Cue, Resolved | None]],
                        final: tuple[Cue, Resolved] | None, done: list[QuoteProposal | None]) -> QuoteProposal | None:
        q = self.raw_quotes[qi]
        text = self.text
        speech = [(c, r) for c, r in cues if c.kind != "relay"]
        order: list[tuple[str, tuple[Cue, Resolved | None]]] = []
        if final and final[0].start >= q.outer_end:
            order.append(("final_clause", final))
        for c, r in speech:
            between = text[q.outer_end:c.start]
            if c.start >= q.outer_end and len(between.split()) <= 6 and not any(q.outer_end <= o < c.start for o in self.outer_starts):
                order.append(("cue_after", (c, r)))
                break
        order += [("cue_before", cr) for cr in reversed([cr for cr in speech if cr[0].end <= q.open])]
        order += [("cue_later", cr) for cr in speech if cr[0].start >= q.outer_end]
        prop = QuoteProposal(q.start, q.end, text[q.start:q.end], continued=q.continued, fragment=self.is_fragment(si, qi))
        for rule, (cue, res) in order:
            if res is None:
                continue
            prop.rule, prop.cue = rule, cue.word
            if res.method == "generic":
                prop.speaker_text, prop.attribution, prop.confidence = res.text, "unattributed", 0.5
                break
            prop.speaker, prop.new_speaker, prop.speaker_text = res.actor, res.new, res.text
            prop.attribution = "explicit" if res.explicit else "implicit"
            prop.confidence = round(res.confidence - (0.1 if rule == "cue_later" else 0.0), 2)
            break
        else:
            if self.is_heading(qi):
                return None  # decided once every quotation is attributed (see resolve_headings)
            self.carry_over(si, qi, prop, done)
        prop.channel = self.channel(si, prop.speaker or prop.new_speaker)
        prop.reported_via = self.reported_via(si, cues)
        return prop

    def carry_over(self, si: int, qi: int, prop: QuoteProposal, done: list[QuoteProposal | None]) -> None:
        """No cue in the sentence: the speaker of the previous quotation in the paragraph, or, for a
        quotation that opens its paragraph, the last named speaker (both implicit)."""
        para = self.sentences[si].para
        q = self.raw_quotes[qi]
        prev = done[qi - 1] if qi > 0 else None
        if prev is not None and self.sentences[self.sentence_of(self.raw_quotes[qi - 1].open)].para == para and (prev.speaker or prev.new_speaker):
            prop.speaker, prop.new_speaker, prop.speaker_text = prev.speaker, prev.new_speaker, prev.speaker_text
            prop.attribution, prop.confidence, prop.rule = "implicit", 0.55, "same_paragraph"
            return
        if q.open == self.paragraphs[para][0] and self.last_speaker is not None and self.last_speaker.known:
            last = self.last_speaker
            prop.speaker, prop.new_speaker, prop.speaker_text = last.actor, last.new, last.text
            prop.attribution, prop.confidence, prop.rule = "implicit", 0.4, "previous_paragraph"
            return
        prop.attribution, prop.confidence, prop.rule = "unattributed", 0.3, "no_cue"

    def resolve_headings(self, pending: list[int], done: list[QuoteProposal | None]) -> None:
        """A quotation standing alone as a sub-heading takes the speaker of the later quotation it
        excerpts (fuzzy match of its words), else of the next attributed quotation."""
        for qi in pending:
            q = self.raw_quotes[qi]
            words = self.text[q.start:q.end].lower()
            prop = QuoteProposal(q.start, q.end, self.text[q.start:q.end], fragment=self.is_fragment(self.sentence_of(q.open), qi))
            later = [p for p in done[qi + 1:] if p is not None and (p.speaker or p.new_speaker)]
            match = next((p for p in later if _partial_ratio(words, p.text.lower()) >= 80), None)
            source, conf = (match, 0.5) if match else ((later[0], 0.3) if later else (None, 0.2))
            if source is not None:
                prop.speaker, prop.new_speaker, prop.speaker_text = source.speaker, source.new_speaker, source.speaker_text
                prop.attribution, prop.channel = "implicit", source.channel
            prop.confidence, prop.rule = conf, "heading"
            done[qi] = prop

    def run_quotes(self) -> list[QuoteProposal]:
        done: list[QuoteProposal | None] = [None] * len(self.raw_quotes)
        pending: list[int] = []
        for si, sent in enumerate(self.sentences):
            cues = self.resolve_sentence(si)
            self.note_statement_sources(si, cues)
            if sent.quotes:
                final = self.final_cue(si, cues, max(self.raw_quotes[q].outer_end for q in sent.quotes))
                for qi in sent.quotes:
                    prop = self.attribute_quote(si, qi, cues, final, done)
                    if prop is None:
                        pending.append(qi)
                        continue
                    done[qi] = prop
                    if prop.speaker and prop.channel != "unspecified":
                        self.speaker_channel.setdefault(prop.speaker, prop.channel)
            for cue, res in cues:
                if cue.kind != "relay" and res is not None and res.known and res.method != "generic":
                    self.last_speaker = res
                    self.speakers.append(res)
        self.resolve_headings(pending, done)
        self.continue_utterances(done)
        return [p for p in done if p is not None]

    def continue_utterances(self, done: list[QuoteProposal | None]) -> None:
        """A quotation left open at a paragraph's end goes on in the next paragraph's quotation: when
        it has no cue of its own, it takes the speaker that the continuation names."""
        for qi in range(len(done) - 2, -1, -1):
            prop, nxt = done[qi], done[qi + 1]
            if prop is None or nxt is None or not prop.continued or prop.rule not in ("previous_paragraph", "no_cue", "same_paragraph"):
                continue
            if nxt.speaker or nxt.new_speaker:
                prop.speaker, prop.new_speaker, prop.speaker_text = nxt.speaker, nxt.new_speaker, nxt.speaker_text
                prop.attribution, prop.channel = "implicit", nxt.channel
                prop.confidence, prop.rule = round(min(0.6, nxt.confidence), 2), "continued_utterance"

    # --- claims: who asserts them ----------------------------------------------------------

    def claim_source(self, si: int, a: int, b: int) -> tuple[Resolved | None, str | None, str | None]:
        """(referent, cue words, outlet) for a claim at [a, b) of sentence ``si``."""
        cues = self.resolve_sentence(si)
        usable = [(c, r) for c, r in cues if c.kind != "relay" and r is not None and r.known and r.method != "generic"]
        final = self.final_cue(si, cues, b)
        choice = final if final else None
        if choice is None:
            before = [(c, r) for c, r in usable if c.end <= a]
            choice = before[-1] if before else None
        if choice is None:
            return None, None, self.reported_via(si, cues)
        cue, res = choice
        lo = min(cue.start, res.span[0]) if res.span else cue.start
        hi = max(cue.end, res.span[1]) if res.span else cue.end
        via = self.reported_via(si, cues)
        if via:  # "Security sources told Reuters": the cue words include the outlet right after the verb
            for r in self.refs(si):
                if r.actor == via and 0 <= r.start - hi <= 12:
                    hi = r.end
                    break
        return res, self.text[lo:hi], via


def _partial_ratio(a: str, b: str) -> float:
    try:
        return _fuzz.partial_ratio(a, b)
    except NameError:  # pragma: no cover - without rapidfuzz
        return 100.0 if a in b else 0.0


# =============================================================================================
# Number expressions (digits, cardinals in words, vague amounts, ordinals) with their spans
# =============================================================================================

ORDINAL_WORDS = {
    **ORDINALS, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
}
"""Ordinal words up to twentieth plus a few round ones."""

_ANY = sorted(NUMBER_WORDS, key=len, reverse=True)


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


# A cardinal in words is found in two steps: a run of number words joined by spaces, hyphens
# or "and", then split into well-formed cardinals by a small grammar (below), so that
# "two and three" stays two numbers and "twenty five" is one.
_RUN = re.compile(
    rf"(?<![A-Za-z-]){_alt(_ANY)}(?:(?:\s*-\s*|\s+(?:and\s+)?){_alt(_ANY)})*(?![A-Za-z-])",
    re.IGNORECASE,
)
_RUN_TOKEN = re.compile(r"[A-Za-z]+")
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])[Aa]\s+$")


def _word_class(w: str) -> str:
    if w == "zero":
        return "zero"
    if w in UNITS:
        return "unit" if UNITS[w] < 10 else "teen"
    if w in TENS:
        return "tens"
    return "hundred" if w == "hundred" else "scale"


def _extends(group: list[str], w: str, after_and: bool) -> bool:
    """Can word ``w`` continue the cardinal ``group`` (grammar of English cardinals)?"""
    last = _word_class(group[-1])
    cls = _word_class(w)
    if "zero" in (last, cls):
        return False
    if after_and and last not in ("hundred", "scale"):
        return False
    chunk: list[str] = []
    for g in reversed(group):
        if _word_class(g) == "scale":
            break
        chunk.append(g)
    has_hundred = "hundred" in chunk
    has_small = any(_word_class(g) in ("unit", "teen", "tens") for g in chunk if g != "hundred")
    bigs = [SCALES[g] for g in group if _word_class(g) == "scale"]
    if cls == "scale":
        return last != "scale" and (not bigs or SCALES[w] < min(bigs))
    if cls == "hundred":
        return last in ("unit", "teen") and not has_hundred and len(chunk) == 1
    if cls == "tens":
        return last in ("hundred", "scale") or (after_and and last in ("hundred", "scale"))
    # unit or teen
    if last == "tens":
        return cls == "unit"
    if last in ("hundred", "scale"):
        small_after_hundred = has_hundred and any(
            _word_class(g) in ("unit", "teen", "tens") for g in chunk[: chunk.index("hundred")])
        return not small_after_hundred
    return False


_LETTERS = re.compile(r"[A-Za-z]+")


def _word_cardinals(text: str, lo: int, hi: int, runs: Iterable[re.Match[str]] | None = None):
    """Yield (start, end) of each well-formed cardinal written in words inside text[lo:hi]."""
    for run in (runs if runs is not None else _RUN.finditer(text, lo, hi)):
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _RUN_TOKEN.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(tokens):
            group, start, end = [tokens[i][2]], tokens[i][0], tokens[i][1]
            j = i + 1
            while j < len(tokens):
                after_and = tokens[j][2] == "and"
                k = j + 1 if after_and else j
                if k >= len(tokens) or tokens[k][2] == "and" or not _extends(group, tokens[k][2], after_and):
                    break
                group.append(tokens[k][2])
                end = tokens[k][1]
                j = k + 1
            if group[0] != "and":
                if _word_class(group[0]) in ("hundred", "scale"):
                    article = _ARTICLE_BEFORE.search(text, max(lo, start - 8), start)
                    if article:
                        start = article.start()
                yield start, end
            i = j if j > i else i + 1
            while i < len(tokens) and tokens[i][2] == "and":
                i += 1


_DIGITS = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d{3})")
_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_VAGUE = re.compile(
    r"(?<![A-Za-z-])(?:(?:several|a\s+few)\s+(?:hundred|thousand|dozen)|tens\s+of\s+thousands|hundreds\s+of\s+thousands"
    r"|a\s+dozen|dozens|hundreds|thousands|scores|several|a\s+couple\s+of|both)(?![A-Za-z-])",
    re.IGNORECASE,
)
_UNSPECIFIED = re.compile(
    r"(?<![A-Za-z-])(?:an?|the)\s+(?:unspecified|unconfirmed|unknown|undisclosed|undetermined|uncertain)\s+number\b",
    re.IGNORECASE,
)
_VAGUE_FIRST = frozenset("several tens hundreds thousands dozens scores both".split())
_UNSPECIFIED_WORDS = frozenset("unspecified unconfirmed unknown undisclosed undetermined uncertain".split())
_ARTICLE_SECOND = frozenset({"dozen", "few", "couple"}) | _UNSPECIFIED_WORDS
_ARTICLE_END = re.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he)\s+$")
_NUMBER_TRIGGERS = frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS) | _VAGUE_FIRST | _ARTICLE_SECOND
_NUMBER_TRIGGERS_CASED = _NUMBER_TRIGGERS | {w.capitalize() for w in _NUMBER_TRIGGERS} | {w.upper() for w in _NUMBER_TRIGGERS}
VAGUE_VALUES = {
    "several hundred": 300, "several thousand": 3_000, "several dozen": 36, "a few hundred": 200,
    "a few thousand": 2_000, "a few dozen": 24, "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "a dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2_000, "scores": 40, "several": 3,
    "a couple of": 2, "both": 2,
}
"""Vague amounts read as the least they can mean ("hundreds" is at least 200), as README says."""


@dataclass(frozen=True)
class NumberToken:
    """A number expression found in a text: its span, value and form.

    ``form`` is one of ``digits``, ``decimal``, ``words``, ``vague``, ``ordinal``, ``unspecified``;
    ``value`` is None for decimals that are not whole and for "an unspecified number".
    """

    start: int
    end: int
    text: str
    value: int | None
    form: str


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def find_numbers(text: str, lo: int = 0, hi: int | None = None,
                 tokens: Iterable[tuple[int, int, str]] | None = None) -> list[NumberToken]:
    """Every number expression in ``text[lo:hi]``, left to right, without overlaps.

    Digits ("125", "2,000", "2.5"), cardinals in words ("one hundred and twenty-five"),
    vague amounts ("hundreds", "several hundred", "a dozen"), ordinals ("third", "2nd")
    and "an unspecified number". Longer expressions win over shorter ones they contain.
    """
    hi = len(text) if hi is None else hi
    found: list[NumberToken] = []
    runs: list[re.Match[str]] = []
    run_end = -1
    for s, e, word in (tokens if tokens is not None else ((m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text, lo, hi))):
        if word not in _NUMBER_TRIGGERS_CASED:
            continue
        low = word.lower()
        if low in _ARTICLE_SECOND:
            # "a dozen", "a few hundred", "a couple of", "an unknown number": the article stands before
            article = _ARTICLE_END.search(text, max(lo, s - 5), s)
            if article:
                start = article.start()
                m = (_UNSPECIFIED if low in _UNSPECIFIED_WORDS else _VAGUE).match(text, start, hi)
                if m:
                    value = None if low in _UNSPECIFIED_WORDS else VAGUE_VALUES[_squash(m.group())]
                    found.append(NumberToken(m.start(), m.end(), m.group(), value, "unspecified" if value is None else "vague"))
                    if low in _UNSPECIFIED_WORDS:
                        continue
        if low in _VAGUE_FIRST:
            m = _VAGUE.match(text, s, hi)
            if m:
                found.append(NumberToken(m.start(), m.end(), m.group(), VAGUE_VALUES[_squash(m.group())], "vague"))
        if low in ORDINAL_WORDS and (s == 0 or not (text[s - 1].isalpha() or text[s - 1] == "-")):
            found.append(NumberToken(s, e, word, ORDINAL_WORDS[low], "ordinal"))
        if low in NUMBER_WORDS and s >= run_end:
            m = _RUN.match(text, s, hi)
            if m:
                runs.append(m)
                run_end = m.end()
    for a, b in _word_cardinals(text, lo, hi, runs):
        phrase = text[a:b]
        value = parse_number_words(re.sub(r"^[Aa]\s+", "", phrase))
        if value is not None:
            found.append(NumberToken(a, b, phrase, value, "words"))
    for m in _ORDINAL_DIGITS.finditer(text, lo, hi):
        found.append(NumberToken(m.start(), m.end(), m.group(), int(re.sub(r"\D", "", m.group())), "ordinal"))
    for m in _DIGITS.finditer(text, lo, hi):
        raw = m.group().replace(",", "")
        if "." in raw:
            whole = float(raw)
            found.append(NumberToken(m.start(), m.end(), m.group(), int(whole) if whole.is_integer() else None, "decimal"))
        else:
            found.append(NumberToken(m.start(), m.end(), m.group(), int(raw), "digits"))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[NumberToken] = []
    for tok in found:
        if kept and tok.start < kept[-1].end:
            continue
        kept.append(tok)
    return kept


_ONES_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_to_words(n: int, *, hyphen: bool = True, use_and: bool = False) -> str:
    """An English cardinal for 0 <= n < 10**12 ("one hundred and twenty-five" with ``use_and``)."""
    if not 0 <= n < 10**12:
        raise ValueError(f"{n} is out of range")
    if n == 0:
        return "zero"

    def below_thousand(k: int) -> list[str]:
        words: list[str] = []
        hundreds, rest = divmod(k, 100)
        if hundreds:
            words += [_ONES_W[hundreds], "hundred"]
            if rest and use_and:
                words.append("and")
        if rest >= 20:
            tens, ones = divmod(rest, 10)
            if ones:
                words += [f"{_TENS_W[tens]}-{_ONES_W[ones]}"] if hyphen else [_TENS_W[tens], _ONES_W[ones]]
            else:
                words.append(_TENS_W[tens])
        elif rest:
            words.append(_ONES_W[rest])
        return words

    out: list[str] = []
    for scale, size in (("billion", 10**9), ("million", 10**6), ("thousand", 10**3), ("", 1)):
        chunk = (n // size) % 1000
        if not chunk:
            continue
        if use_and and out and size == 1 and chunk < 100:
            out.append("and")
        out += below_thousand(chunk)
        if scale:
            out.append(scale)
    return " ".join(out)


# =============================================================================================
# Numeric claims
# =============================================================================================

COUNT_NOUNS: dict[str, str] = {}
for _cat, _words in {
    "drone": "drone drones uav uavs aircraft quadcopter quadcopters",
    "explosion": "explosion explosions blast blasts",
    "seat": "seat seats",
    "people": "people person persons protester protesters demonstrator demonstrators civilian civilians member "
              "members guard guards bodyguard bodyguards personnel officer officers soldier soldiers troops policeman "
              "policemen supporter supporters others staff employee employees child children women men resident "
              "residents fighter fighters militant militants victim victims casualties worker workers student students "
              "pilgrims individuals marchers participants mourners",
    "source": "official officials source sources witness witnesses diplomat diplomats analyst analysts",
    "time": "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
            "century centuries night nights",
}.items():
    for _w in _words.split():
        COUNT_NOUNS[_w] = _cat
MULTIWORD_NOUNS = {"unmanned aerial vehicle": "drone", "unmanned aerial vehicles": "drone", "unmanned vehicles": "drone",
                   "unmanned vehicle": "drone", "security personnel": "people", "protection force": "people"}
PARTICIPANT_NOUNS = frozenset("protesters demonstrators supporters marchers participants mourners people".split())
PROTEST_CUE = re.compile(r"protest|demonstrat|rall(?:y|ied)|march|clash|gather|sit-in|camp(?:ed|ing)?\b|took to the streets|stormed|returned")
DOWNED = re.compile(r"shot down|shoot down|downed|intercept(?:ed)?|brought down|destroyed")
STRUCK_AFTER = re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}?(?:hit|struck|crashed|exploded|slammed|succeeded|landed)\b")
DRONE_COMPOUND = re.compile(r"^[\s”\"’]*(?:attacks?|strikes?|program(?:me)?|operators?|footage|industry|technology|warfare|base|launch|swarm|command)\b", re.I)
DRONE_USE = re.compile(r"attack(?:ed)?\s+with|\bwith\b|\bby\b|conducted|launched|\bhit\b|struck|targeted|shot down|downed|crashed|exploded|attacked")
EXPLOSION_USE = re.compile(r"heard|sound|rock(?:ed)?|shook|caused|there was|reported|followed")
QUALIFIER_BEFORE = re.compile(
    r"(?P<cue>at least|no fewer than|no less than|more than|upwards of|in excess of|just over|over|at most|up to|no more than"
    r"|as many as|less than|fewer than|under|about|around|approximately|roughly|an estimated|some|nearly|almost|close to"
    r"|down from|up from)\s+[“\"‘]?\s*$", re.I)
QUALIFIER_MAP = {"at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "more than": "more_than",
                 "upwards of": "more_than", "in excess of": "more_than", "just over": "more_than", "over": "more_than",
                 "at most": "at_most", "up to": "at_most", "no more than": "at_most", "as many as": "at_most",
                 "less than": "less_than", "fewer than": "less_than", "under": "less_than", "about": "about",
                 "around": "about", "approximately": "about", "roughly": "about", "an estimated": "about",
                 "some": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
                 "down from": "exact", "up from": "exact"}
LABEL_NOUNS = frozenset(
    "track phase article resolution flight route chapter section page number room level stage round gate line "
    "channel season episode part volume item tier grade class category unit platform building block camp district "
    "sector zone highway road street apartment floor act amendment protocol paragraph clause verse".split())
POPULATION_LABELS = (("drone", None, "drones"), ("explosion", None, "explosions"), ("seat", None, "parliament seats"),
                     ("people", re.compile(r"protest|demonstrat"), "protesters"),
                     ("people", re.compile(r"supporter"), "militia supporters"),
                     ("people", re.compile(r"guard|protection|security personnel|security officer|bodyguard"), "prime minister's guards"))


class _NumCtx:
    """What the number rules look at: the token, its sentence, and the text around it
    (``before``: 90 characters, ``near``: 32 characters, ``after``: 120 characters)."""

    __slots__ = ("text", "tok", "sent_start", "sent_end", "before", "after", "near")

    def __init__(self, text: str, tok: NumberToken, sent_start: int, sent_end: int):
        self.text, self.tok, self.sent_start, self.sent_end = text, tok, sent_start, sent_end
        self.before = text[max(sent_start, tok.start - 90):tok.start]
        self.near = self.before[-32:]
        self.after = text[tok.end:min(sent_end, tok.end + 120)]


def not_claim_date(c: _NumCtx) -> str | None:
    """"October 10", "10 October", "May 2020", "January third 2020", "2021-11-07", "7/11/2021"."""
    if re.search(_MONTH_RE + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+|[a-z]+\s+)?$", c.near) and c.tok.form != "vague":
        return "date"
    if re.match(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"\b", c.after):
        return "date"
    if re.match(r"^[-/.]\d{1,2}[-/.]\d{2,4}\b", c.after) or re.search(r"\d[-/.]$", c.near):
        return "date"
    return None


def not_claim_time(c: _NumCtx) -> str | None:
    """"2:29 pm", "0:0", "10 a.m.", "14:00 GMT", "seven o’clock"."""
    if re.match(r"^[:.]\d{1,2}\b|^\s*(?:[ap]\.?m\.?|o[’']clock|hours?\s+GMT|GMT|UTC)(?![a-z])", c.after, re.I):
        return "clock time"
    if re.search(r"\d[:.]$", c.near):
        return "clock time"
    return None


def not_claim_year(c: _NumCtx) -> str | None:
    """A year: four digits from 1800 to 2100 with no thousands comma, not counting a noun."""
    if c.tok.form == "digits" and "," not in c.tok.text and 1800 <= (c.tok.value or 0) <= 2100:
        nxt = re.match(r"^\s*([A-Za-z]+)", c.after)
        if not (nxt and nxt.group(1).lower() in COUNT_NOUNS and COUNT_NOUNS[nxt.group(1).lower()] != "time"):
            return "year"
    return None


def not_claim_age(c: _NumCtx) -> str | None:
    """"a 45-year-old", "aged 45", "45 years old", "(45)" after a name."""
    if re.match(r"^[-\s]years?[-\s]old\b", c.after, re.I) or re.search(r"\baged?\s+(?:of\s+)?$", c.near, re.I):
        return "age"
    if re.search(r"[A-Z][a-z]+,?\s*\($", c.near) and c.after.startswith(")"):
        return "age"
    return None


def not_claim_address_or_phone(c: _NumCtx) -> str | None:
    """"12 Palestine Street", "No. 4", "+964 770 123 4567"."""
    if re.match(r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Square|Highway)\b", c.after):
        return "address"
    window = c.text[max(c.sent_start, c.tok.start - 16):min(c.sent_end, c.tok.end + 16)]
    for m in re.finditer(r"\+?\(?\d[\d\s().-]{6,}\d", window):
        if len(re.sub(r"\D", "", m.group())) >= 7 and re.search(r"[\s().-]\d", m.group()) and not re.search(r"\d,\d{3}", m.group()):
            return "phone number"
    return None


def not_claim_arithmetic(c: _NumCtx) -> str | None:
    """A sum such as a captcha ("3 + 15 =")."""
    if re.match(r"^\s*[-+x×*/=]\s*\d", c.after) or re.search(r"\d\s*[-+x×*/]\s*$", c.near):
        return "arithmetic (captcha sum)"
    return None


def not_claim_money_or_share(c: _NumCtx) -> str | None:
    """"$5 million", "10 percent", "3.5%", "200 dinars"."""
    if re.search(r"[$€£¥]\s*$", c.near) or re.match(
            r"^\s*(?:%|per\s*cent|percent|percentage points?|(?:million|billion)?\s*(?:dollars|euros|dinars|pounds|riyals|rials|tomans|usd|eur|iqd))\b",
            c.after, re.I):
        return "money or percentage"
    return None


def not_claim_label(c: _NumCtx) -> str | None:
    """A number that is part of a name or label: "track two", "Resolution 1546", "Boeing 737"."""
    prev = re.search(r"([A-Za-z.]+)\s+$", c.near)
    if not prev:
        return None
    word = prev.group(1)
    if word.lower().rstrip(".") in LABEL_NOUNS:
        return "label or name"
    if c.tok.form == "digits" and word[0].isupper() and word.lower() not in MONTHS and not re.search(r"[.!?]\s+[A-Za-z.]+\s+$", c.near) \
            and word not in ("At", "In", "On", "Some", "About", "Around", "Nearly", "Over", "Up", "To", "The", "Of", "With", "And") \
            and c.near.strip() != word:
        return "label or name"
    return None


def not_claim_one_of(c: _NumCtx) -> str | None:
    """"one of the drones", "one of Iraq’s largest militias": picks one out, not a count."""
    if c.tok.value == 1 and c.tok.form == "words" and re.match(r"^\s+of\b", c.after):
        return "“one of the ...”, not a count"
    return None


def not_claim_pronoun(c: _NumCtx) -> str | None:
    """"no one", "someone", "one another", "no single ...", "the one who", "one day"."""
    if c.tok.form != "words" or c.tok.value != 1:
        return None
    if re.search(r"\b(?:no|any|every|each|the|this|that|which)\s+$", c.near, re.I) and not re.search(r"\bthe other\s+$", c.near, re.I):
        return "pronoun “one”, not a count"
    if re.match(r"^\s+(?:another|day|time|way|side|thing|more time)\b", c.after):
        return "pronoun “one”, not a count"
    return None


def not_claim_ordinal(c: _NumCtx) -> str | None:
    """An ordinal of rank ("the first to", "second-largest", "a third party")."""
    return "ordinal of rank, not a count" if c.tok.form == "ordinal" else None


def not_claim_decimal(c: _NumCtx) -> str | None:
    return "not a whole count" if c.tok.form == "decimal" and c.tok.value is None else None


NON_CLAIM_RULES = (not_claim_date, not_claim_time, not_claim_arithmetic, not_claim_age, not_claim_address_or_phone,
                   not_claim_money_or_share, not_claim_year, not_claim_label, not_claim_one_of, not_claim_pronoun,
                   not_claim_decimal)


FUNCTION_WORDS = frozenset(
    "of in at on by with from to and or were was are is had have has who that which it they will would could "
    "the a an its their his her this these those than as for into over under after before about more less per "
    "each every all both either neither such so not no nor but if when while where because since during then "
    "between among through despite amid until unless whether across near onto been being be do did does can may "
    "might must should shall killed injured wounded dead hurt died slain".split())


def counted_noun(c: _NumCtx) -> tuple[str | None, str | None, int]:
    """(category, noun as written, end offset of the noun) of what a number counts.

    Handles "329-member parliament", partitives ("two of the drones", "seven of X’s guards"),
    up to four modifiers ("three explosive-laden drones", "Hundreds of Hashed supporters") and
    multiword nouns ("unmanned aerial vehicles"). (None, None, number end) when no noun follows.
    """
    text, pos, end = c.text, c.tok.end, c.sent_end
    m = re.match(r"-(member|seat|strong|year|month|week|day|hour|minute)s?\b", text[pos:end])
    if m:
        word = m.group(1)
        cat = {"member": "seat", "seat": "seat", "strong": "people"}.get(word, "time")
        if cat == "seat" and not re.match(r"\s+(?:[\w-]+\s+)?(?:parliament|assembly|council|legislature|house|chamber|senate)", text[pos + m.end():end], re.I):
            cat = "other"
        return cat, text[pos:pos + m.end()], pos + m.end()
    words = list(re.finditer(r"[A-Za-z][\w’'-]*|[,.;:!?()]", text[pos:min(end, pos + 140)]))
    i, steps = 0, 0
    if words and words[0].group() == "of":
        i = 1
        while i < len(words) and (words[i].group().lower() in DETERMINERS or re.search(r"[’']s?$", words[i].group())):
            i += 1
    while i < len(words) and steps < 5:
        w = words[i].group()
        low = w.lower()
        if low in (",", ".", ";", ":", "!", "?", "(", ")"):
            break
        for multi, cat in MULTIWORD_NOUNS.items():
            n = len(multi.split())
            if " ".join(x.group().lower() for x in words[i:i + n]) == multi:
                return cat, text[pos + words[i].start():pos + words[i + n - 1].end()], pos + words[i + n - 1].end()
        if low in COUNT_NOUNS:
            return COUNT_NOUNS[low], w, pos + words[i].end()
        if low in FUNCTION_WORDS and low not in DETERMINERS or low.endswith("ly"):
            if low == "of" and steps == 0:
                i += 1
                continue
            break
        i += 1
        steps += 1
    first = words[1] if words and words[0].group() == "of" and len(words) > 1 else (words[0] if words else None)
    if first is not None and first.group()[0].isalpha():
        low = first.group().lower()
        if low not in FUNCTION_WORDS and not low.endswith(("ed", "ing", "ly")) and not first.group()[0].isupper():
            return "other", first.group(), pos + first.end()
    return None, None, pos


def qualifier_before(c: _NumCtx) -> tuple[str, int]:
    """The hedge written before the number and where it starts; vague amounts are at_least."""
    m = QUALIFIER_BEFORE.search(c.before)
    if c.tok.form == "unspecified":
        return "unspecified", c.tok.start
    if m:
        cue = m.group("cue").lower()
        if cue == "some" and c.tok.form not in ("digits", "words"):
            m = None
        else:
            qual = QUALIFIER_MAP[cue]
            start = c.tok.start - len(c.before) + m.start()
            if qual == "exact" and c.tok.form == "vague":
                qual = "at_least"
            return qual, start
    return ("at_least" if c.tok.form == "vague" else "exact"), c.tok.start


def quantity_of(c: _NumCtx, cat: str, noun: str | None, noun_end: int) -> str | None:
    """The tracked quantity a counted noun and its predicate give, or None."""
    text = c.text
    before = c.before.lower()
    after = text[noun_end:min(c.sent_end, noun_end + 90)].lower()
    clause_after = re.split(r"[;]|,\s+(?:and|but|while)\b|\bwhile\b", after)[0]
    if cat == "drone":
        if DOWNED.search(before[-40:]) or re.match(r"^\W*(?:[\w’'-]+\s+){0,3}?(?:shot down|downed|intercepted|brought down|destroyed)", clause_after):
            return "drones_downed"
        if STRUCK_AFTER.match(clause_after) or re.search(r"\bhit by\s+$", before):
            return "drones_struck"
        return "drones_launched"
    if cat == "explosion":
        return "explosions"
    if cat == "seat":
        if re.search(r"\bof the\s+$|\bout of\s+$", before) or (noun or "").startswith("-"):
            return "seats_total"
        if re.search(r"\b(?:down|up) from\s+(?:the\s+)?$", before) or re.search(
                r"previous|last parliament|had held|it held|they held|before the", clause_after.split(",")[0][:60]):
            return "seats_previous"
        if re.search(r"\b(?:lost|losing|lose|cut(?:ting)?|fell by|dropped by|down by|decline)\b", before[-90:]):
            return "seats_lost"
        if re.search(r"\b(?:gained|gaining|added|up by)\b", before[-40:]):
            return "seats_change"
        return "seats_won"
    if cat in ("people", None):
        found = casualty_of(before, clause_after)
        if found:
            return found
        sentence = text[c.sent_start:c.sent_end].lower()
        if cat == "people" and (noun or "").lower() in PARTICIPANT_NOUNS and PROTEST_CUE.search(sentence):
            return "participants"
    return None


_HEDGES = frozenset("of at least most more than about around nearly almost some up to the a an over roughly "
                    "approximately estimated no fewer less".split())
_KILL_WORDS = frozenset("killing killed kill kills death deaths dead fatalities died slain perished".split())
_HURT_WORDS = frozenset("injuring injured injuries injury wounding wounded wounds hurt hurting".split())
_WORD_RUN = re.compile(r"[A-Za-z]+")


def casualty_of(before: str, after: str) -> str | None:
    """killed or injured, from the casualty word that governs the number: right before it, past
    hedge words ("killing at least one", "death toll at four"), or the first one within ten
    words after its noun ("125 people were injured")."""
    words = _WORD_RUN.findall(before[-45:].lower())
    i = len(words) - 1
    hedges = 0
    while i >= 0 and words[i] in _HEDGES and hedges < 3:
        i -= 1
        hedges += 1
    if i >= 0:
        w = words[i]
        if w == "toll" and i > 0 and words[i - 1] == "death":
            return "killed"
        if w in _KILL_WORDS:
            return "killed"
        if w in _HURT_WORDS:
            return "injured"
    for w in _WORDISH.findall(after[:100].lower())[:10]:
        if w in ("killed", "dead", "died", "slain", "perished"):
            return "killed"
        if w in ("injured", "wounded", "hurt"):
            return "injured"
    return None


def population_of(cat: str | None, noun: str | None, sentence: str) -> str | None:
    """A population label from the annotation vocabulary when the noun fits one, else the noun."""
    for want, rule, label in POPULATION_LABELS:
        if cat == want and (rule is None or rule.search((noun or "").lower()) or rule.search(sentence.lower()) and cat == "people" and (noun or "").lower() in ("people", "others", "members")):
            return label
    return noun


_SINGULAR = re.compile(r"(?<![\w’'-])(?P<art>[Aa]n?|[Aa] single)\s+[“\"‘]?(?:[\w’'-]+\s+){0,3}?"
                       r"(?P<noun>drone|UAV|explosion|blast|protester|demonstrator|bodyguard|guard|soldier|policeman|civilian|person)(?![\w-])")


_SINGULAR_NOUNS = frozenset("drone UAV explosion blast protester demonstrator bodyguard guard soldier policeman civilian person".split())


def elided_category(c: _NumCtx, found: list[ClaimProposal], cats: list[str | None]) -> str | None:
    """What a number with no noun counts: a casualty word right before it ("death toll at four"),
    else the nearest counted noun earlier in the sentence ("15 seats, down from 48"), else the
    previous claim of the paragraph ("the other one")."""
    if casualty_of(c.before, ""):
        return "people"
    for m in reversed(list(re.finditer(r"[A-Za-z]+", c.before))):
        cat = COUNT_NOUNS.get(m.group().lower())
        if cat:
            return cat
    return cats[-1] if cats else None


class _Claims:
    """The claim pass: every number expression of the body, each a claim or a non-claim with a reason."""

    def __init__(self, art: _Article):
        self.art = art
        self.numbers: list[NumberExpression] = []
        self.claims: list[ClaimProposal] = []
        self.last_source: dict[int, tuple[int, str | None, str | None, str | None]] = {}

    def run(self) -> None:
        para_cats: dict[int, list[str | None]] = {}
        self.by_sentence: dict[int, list[NumberToken]] = {}
        art = self.art
        for a, b in art.paragraphs:
            for tok in find_numbers(art.text, a, b, art.index.between("num", a, b)):
                self.by_sentence.setdefault(self.art.sentence_of(tok.start), []).append(tok)
        for si, sent in enumerate(self.art.sentences):
            cats = para_cats.setdefault(sent.para, [])
            self.sentence(si, cats)

    def add_claim(self, si: int, start: int, end: int, tok: NumberToken, quantity: str, value: int | None,
                  qualifier: str, cat: str | None, noun: str | None, rule: str, confidence: float) -> ClaimProposal:
        art, text = self.art, self.art.text
        if text[start:end].count("“") > text[start:end].count("”") and text[end:end + 1] == "”":
            end += 1
        sent = art.sentences[si]
        res, cue_text, via = art.claim_source(si, start, end)
        claim = ClaimProposal(start, end, text[start:end], quantity=quantity, value=value, qualifier=qualifier,
                              population=population_of(cat, noun, text[sent.start:sent.end]), noun=noun,
                              reported_via=via, number_start=tok.start, number_end=tok.end,
                              confidence=confidence, rule=rule)
        if res is not None:
            claim.claimed_by = res.actor or res.new
            claim.claimed_by_cue = cue_text
            claim.confidence = round(min(confidence, 0.5 + res.confidence / 2), 2)
            self.last_source[sent.para] = (si, claim.claimed_by, cue_text, via)
        else:
            carried = self.last_source.get(sent.para)
            if carried and carried[0] == si - 1 and not art.cues(si):
                # the sentence before, in the same paragraph, named the source: it goes on
                _, claim.claimed_by, claim.claimed_by_cue, prev_via = carried
                claim.reported_via = claim.reported_via or prev_via
                claim.confidence = round(min(confidence, 0.45), 2)
                self.last_source[sent.para] = (si, claim.claimed_by, claim.claimed_by_cue, claim.reported_via)
        if quantity.startswith("seats"):
            subj = art.subject_before(si, start)
            if subj is not None and subj.kind == "mention":
                claim.subject = subj.actor
        self.claims.append(claim)
        return claim

    def sentence(self, si: int, cats: list[str | None]) -> None:
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        tokens = [t for t in self.by_sentence.get(si, []) if t.end <= sent.end]
        here: list[ClaimProposal] = []
        first_number = len(self.numbers)
        for tok in tokens:
            c = _NumCtx(text, tok, sent.start, sent.end)
            expr = NumberExpression(tok.start, tok.end, tok.text, value=tok.value, form=tok.form)
            self.numbers.append(expr)
            if tok.form == "ordinal":
                made = self.implied_total(si, c, here, cats)
                if made:
                    expr.is_claim = True
                    here += made
                    continue
            reason = next((r for r in (rule(c) for rule in NON_CLAIM_RULES) if r), None)
            if reason is None and tok.form == "ordinal":
                reason = not_claim_ordinal(c)
            if reason:
                expr.reason = reason
                continue
            cat, noun, noun_end = counted_noun(c)
            if cat is None:
                cat = elided_category(c, here, cats)
            elif cat == "other" and casualty_of(c.before, text[noun_end:min(sent.end, noun_end + 100)]):
                cat = "people"  # "14 fishermen were killed": any noun that is killed or injured counts people
            if cat in ("source", "time", "other") or cat is None:
                expr.reason = {"source": "count of sources, not a claim", "time": "duration or relative date, not a count",
                               None: "no counted noun"}.get(cat, f"counts “{noun}”, not a tracked quantity")
                continue
            quantity = quantity_of(c, cat, noun, noun_end if noun else tok.end)
            if quantity is None:
                expr.reason = f"counts {noun or cat} without a casualty, participation or seat word"
                continue
            qualifier, qstart = qualifier_before(c)
            end = noun_end if noun else tok.end
            if any(tok.end <= t.start < end for t in tokens):
                end = tok.end  # "15 of the 329 seats": the span stops before the other number
            claim = self.add_claim(si, qstart, end, tok, quantity, tok.value,
                                   qualifier, cat, noun, "number", 0.8 if noun else 0.6)
            expr.is_claim = True
            here.append(claim)
            cats.append(cat)
        self.singulars(si, here, cats, self.numbers[first_number:])

    def implied_total(self, si: int, c: _NumCtx, here: list[ClaimProposal], cats: list[str | None]) -> list[ClaimProposal]:
        """"shot down two drones, and a third hit the residence": a third implies three launched (unless the
        paragraph already states the total) and one that hit."""
        tok = c.tok
        if not re.search(r"\b(?:[Aa]|[Tt]he)\s+$", c.before) or (tok.value or 0) < 2:
            return []
        prior = [cl for cl in here if cl.value == tok.value - 1 and cl.quantity.startswith(("drones", "explosions"))]
        if not prior:
            return self.ordinal_one(si, c, cats)
        base = prior[-1]
        cat = "drone" if base.quantity.startswith("drones") else "explosion"
        start = c.tok.start - len(re.search(r"(?:[Aa]|[Tt]he)\s+$", c.before).group())
        made = []
        para = self.art.paragraphs[self.art.sentences[si].para]
        stated = [t for t in find_numbers(self.art.text, para[0], para[1]) if t.value == tok.value and t.form in ("digits", "words")]
        if not stated and cat == "drone":
            made.append(self.add_claim(si, start, tok.end, tok, "drones_launched", tok.value, "exact", cat, base.noun, "implied_total", 0.6))
        after = self.art.text[tok.end:min(c.sent_end, tok.end + 60)].lower()
        if cat == "drone":
            quantity = "drones_struck" if STRUCK_AFTER.match(after) else ("drones_downed" if DOWNED.match(after.strip()) else None)
            if quantity:
                made.append(self.add_claim(si, start, tok.end, tok, quantity, 1, "exact", cat, base.noun, "ordinal_one", 0.6))
        cats += [cat] * len(made)
        return made

    def ordinal_one(self, si: int, c: _NumCtx, cats: list[str | None]) -> list[ClaimProposal]:
        """"a fifth drone was shot down": an ordinal before a tracked noun counts one of them."""
        cat, noun, noun_end = counted_noun(c)
        if cat not in ("drone", "explosion") or not re.match(r"^\s*[\w-]*\s*" + re.escape(noun or "") + r"\b", c.after):
            return []
        quantity = quantity_of(c, cat, noun, noun_end)
        start = c.tok.start - len(re.search(r"(?:[Aa]|[Tt]he)\s+$", c.before).group())
        cats.append(cat)
        return [self.add_claim(si, start, noun_end, c.tok, quantity or "drones_launched", 1, "exact", cat, noun, "ordinal_one", 0.55)]

    def singulars(self, si: int, here: list[ClaimProposal], cats: list[str | None], numbers: list[NumberExpression]) -> None:
        """A singular that states a count: "a protester was killed", "attacked with an explosive-laden
        drone", "the sound of an explosion"."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        if not any(w in _SINGULAR_NOUNS for _, _, w in art.words(si)):
            return
        for m in _SINGULAR.finditer(text, sent.start, sent.end):
            a, b = m.start(), m.end()
            if any(a < n.end and b > n.start for n in numbers):
                continue
            noun = m.group("noun")
            cat = COUNT_NOUNS.get(noun.lower(), "drone" if noun == "UAV" else None)
            tok = NumberToken(a, a + len(m.group("art")), m.group("art"), 1, "article")
            c = _NumCtx(text, tok, sent.start, sent.end)
            before = text[max(sent.start, a - 40):a].lower()
            after = text[b:min(sent.end, b + 40)].lower()
            if cat == "drone":
                if DRONE_COMPOUND.match(text[b:b + 20]) or not (DRONE_USE.search(before) or DRONE_USE.search(after[:25])):
                    continue
            elif cat == "explosion":
                if not (EXPLOSION_USE.search(before) or EXPLOSION_USE.search(after)):
                    continue
            quantity = quantity_of(c, cat or "people", noun, b)
            if quantity is None or (cat == "people" and quantity not in ("killed", "injured")):
                continue
            claim = self.add_claim(si, a, b, tok, quantity, 1, "exact", cat, noun, "singular", 0.55)
            self.numbers.append(NumberExpression(a, b, text[a:b], value=1, form="article", is_claim=True))
            here.append(claim)
            cats.append(cat)


# =============================================================================================
# Dates
# =============================================================================================

_ORD_DAY = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first)"
_DATE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    r"|(?P<mdy>\b(?:(?P<mdy_part>early|mid|late)[- ])?(?P<mdy_month>" + _MONTH_RE + r")\s+(?P<mdy_day>\d{1,2}(?:st|nd|rd|th)?|" + _ORD_DAY + r")\b(?:,?\s+(?P<mdy_year>\d{4})\b)?)"
    r"|(?P<dmy>\b(?P<dmy_day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_month>" + _MONTH_RE + r")(?:,?\s+(?P<dmy_year>\d{4}))?\b)"
    r"|(?P<my>\b(?:(?P<my_part>early|mid|late)[- ]|(?P<my_prep>in|since|until|by|last|next|this|of|from|during)\s+)?(?P<my_month>" + _MONTH_RE + r")(?:\s+(?:of\s+)?(?P<my_year>\d{4}))?\b)"
    r"|(?P<year>\b(?P<year_prep>in|since|until|by|from|during|of|before|after|early|late|mid)[- ](?P<year_value>1[89]\d\d|20\d\d)\b(?![,.]?\d))"
    r"|(?P<weekday>\b(?:(?P<wd_mod>early|late|on|last|this|next|by|until|since)\s+)?(?P<wd_day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[’']s)?(?:\s+(?:morning|afternoon|evening|night))?\b)"
    r"|(?P<rel_n>\b(?P<rel_num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+(?P<rel_unit>day|week|month|year)s?\s+(?P<rel_dir>ago|earlier|later|before|after)\b)"
    r"|(?P<rel>\b(?:yesterday|today|tonight|last night|this (?:morning|week|month|year)|(?:late |early )?last (?:week|month|year|weekend)|next (?:week|month|year)|earlier this (?:week|month|year)|(?:days|weeks|months) (?:earlier|ago|later)|in recent (?:days|weeks|months))\b)",
    re.IGNORECASE,
)
_DATE_TRIGGER = re.compile(
    r"\b(?:" + _MONTH_RE + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|1[89]\d\d|20\d\d|\d{4}-\d\d-\d\d"
    r"|[Yy]esterday|[Tt]oday|[Tt]onight|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:night|morning|week|weekend|month|year)"
    r"|(?:day|week|month|year)s? (?:ago|earlier|later|before|after)|[Rr]ecent (?:days|weeks|months))(?![\w-])")
_DATE_WORDS = frozenset(list(MONTHS) + list(MONTH_ABBR) + [d for d in WEEKDAYS] + (
    "may yesterday today tonight last next this ago earlier later before after recent").split())
_TIME_UNITS = frozenset("night morning week weekend month year".split())
_DATE_WORDS_CASED = _DATE_WORDS | {w.capitalize() for w in _DATE_WORDS} | {w.upper() for w in _DATE_WORDS}
_YEARISH = re.compile(r"(?<![\d,.])(?:1[89]\d\d|20\d\d)(?![\d,])|\b\d{4}-\d\d-\d\d\b")
_DAY_BEFORE = re.compile(r"(?<![\w,.])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])[\w’'-]+")
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "twelve": 12}


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR.get(w[:4]) or MONTH_ABBR[w[:3]]


def _day_number(word: str) -> int:
    w = word.lower()
    if w[0].isdigit():
        return int(re.sub(r"\D", "", w))
    if "-" in w:
        tens, unit = w.split("-")
        return {"twenty": 20, "thirty": 30}[tens] + ORDINAL_WORDS[unit]
    return ORDINAL_WORDS[w]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


def resolve_date(m: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, str | None, bool, str]:
    """(date, precision, relative, rule) of a date expression, against the article's date."""
    g = m.groupdict()
    pub = published
    if g["iso"]:
        y, mo, d = map(int, g["iso"].split("-"))
        return _safe_date(y, mo, d), "day", False, "iso"
    if g["mdy"] or g["dmy"]:
        pre = "mdy" if g["mdy"] else "dmy"
        month = _month_number(g[f"{pre}_month"])
        day = _day_number(g[f"{pre}_day"])
        year = g[f"{pre}_year"]
        if year:
            return _safe_date(int(year), month, day), "day", False, "month_day_year"
        if pub is None:
            return None, "day", True, "month_day"
        d = _safe_date(pub.year, month, day)
        if d and d > pub + dt.timedelta(days=7):
            d = _safe_date(pub.year - 1, month, day)
        return d, "day", True, "month_day"
    if g["my"]:
        word = g["my_month"]
        if word.lower().startswith("may") and not (g["my_year"] or g["my_part"] or g["my_prep"]):
            return None, None, False, "not_a_date"
        if not (g["my_year"] or g["my_part"] or g["my_prep"]) and word[0].islower():
            return None, None, False, "not_a_date"
        month = _month_number(word)
        if g["my_year"]:
            return dt.date(int(g["my_year"]), month, 1), "month", False, "month_year"
        if pub is None:
            return None, "month", True, "month"
        prep = (g["my_prep"] or "").lower()
        year = pub.year
        if prep == "next" or (prep != "last" and month > pub.month and prep not in ("next",)):
            year = pub.year + 1 if prep == "next" else pub.year - 1
        if prep == "last" and month >= pub.month:
            year = pub.year - 1
        return dt.date(year, month, 1), "month", True, "month"
    if g["year"]:
        return dt.date(int(g["year_value"]), 1, 1), "year", False, "year"
    if g["weekday"]:
        if pub is None:
            return None, "day", True, "weekday"
        want = WEEKDAYS[g["wd_day"].lower()]
        back = (pub.weekday() - want) % 7
        mod = (g["wd_mod"] or "").lower()
        if mod == "next":
            return pub + dt.timedelta(days=(want - pub.weekday()) % 7 or 7), "day", True, "weekday"
        if mod == "last" and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), "day", True, "weekday"
    if g["rel_n"]:
        n = g["rel_num"].lower()
        if n in ("several", "few") or pub is None:
            return None, None, True, "relative_span"
        count = int(n) if n.isdigit() else _NUM_WORDS.get(n, 1)
        unit, direction = g["rel_unit"].lower(), g["rel_dir"].lower()
        if direction in ("before", "after", "later"):
            return None, None, True, "relative_to_event"
        if unit == "day":
            return pub - dt.timedelta(days=count), "day", True, "ago"
        if unit == "week":
            return pub - dt.timedelta(weeks=count), "day", True, "ago"
        if unit == "month":
            return _shift_months(pub, -count), "month", True, "ago"
        return dt.date(pub.year - count, 1, 1), "year", True, "ago"
    word = g["rel"].lower()
    if pub is None:
        return None, None, True, "relative"
    if word in ("yesterday", "last night"):
        return pub - dt.timedelta(days=1), "day", True, "relative"
    if word in ("today", "tonight", "this morning"):
        return pub, "day", True, "relative"
    if word.endswith("last month") or word in ("this month", "earlier this month"):
        return _shift_months(pub, -1 if "last" in word else 0), "month", True, "relative"
    if word == "next month":
        return _shift_months(pub, 1), "month", True, "relative"
    if word.endswith("last year"):
        return dt.date(pub.year - 1, 1, 1), "year", True, "relative"
    if word in ("this year", "earlier this year"):
        return dt.date(pub.year, 1, 1), "year", True, "relative"
    if word == "next year":
        return dt.date(pub.year + 1, 1, 1), "year", True, "relative"
    if word.endswith("last week"):
        return pub - dt.timedelta(days=7), "day", True, "relative"
    return None, None, True, "relative"


def _date_triggers(text: str, a: int, b: int, index: TokenIndex | None):
    """Where a date expression can be: month, weekday and relative-time words, and years."""
    if index is None:
        for t in _DATE_TRIGGER.finditer(text, a, b):
            lo = max(a, t.start() - 24)
            yield t.start(), t.end(), [lo + x.start() for x in _WORD_BEFORE.finditer(text[lo:t.start()])][-2:]
        return
    found = []
    tokens = index.tokens
    first = bisect.bisect_left(index.starts, a)
    lo = bisect.bisect_left(index.date, first)
    hi = bisect.bisect_left(index.date, bisect.bisect_left(index.starts, b))

    def before(i: int, pos: int) -> list[int]:
        starts = [tokens[j][0] for j in (i - 2, i - 1) if j >= first and tokens[j][0] >= pos - 24]
        day = _DAY_BEFORE.search(text, max(a, pos - 8), pos)  # "3 March": the day is digits, not a token
        return starts + [day.start()] if day else starts

    for i in index.date[lo:hi]:
        ws, we, w = tokens[i]
        low = w.lower()
        if low in ("last", "next", "this"):
            if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in _TIME_UNITS:
                continue
        elif low in ("ago", "earlier", "later", "before", "after"):
            if i == 0 or tokens[i - 1][2].lower().rstrip("s") not in ("day", "week", "month", "year"):
                continue
        elif low == "may" and w == "may":
            continue
        found.append((ws, we, before(i, ws)))
    for m in _YEARISH.finditer(text, a, b):
        i = bisect.bisect_left(index.starts, m.start())
        found.append((m.start(), m.end(), before(i, m.start())))
    yield from sorted(found)


def find_dates(text: str, paragraphs: list[tuple[int, int]], published: dt.date | None,
               index: TokenIndex | None = None) -> list[DateHint]:
    """Date expressions of the body resolved against the article's date (None when they cannot be)."""
    out: list[DateHint] = []
    for a, b in paragraphs:
        seen: dict[tuple[int, int], re.Match[str]] = {}
        for ts, te, earlier in _date_triggers(text, a, b, index):
            # the full date pattern is tried only where it can start: at a month, weekday, year or
            # relative word, or up to two words before it ("early Sunday", "in 2019", "two days ago")
            for pos in [ts, *earlier]:
                m = _DATE.match(text, pos, b)
                if m and m.end() >= te:
                    seen[(m.start(), m.end())] = m
        kept: list[re.Match[str]] = []
        for (s, e), m in sorted(seen.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))):
            if kept and s < kept[-1].end():
                continue
            kept.append(m)
        for m in kept:
            date, precision, relative, rule = resolve_date(m, published)
            if rule == "not_a_date":
                continue
            out.append(DateHint(m.start(), m.end(), m.group(), date, precision, relative, rule))
    return out


# =============================================================================================
# The extractor
# =============================================================================================


def _possessive_mentions(art: _Article) -> None:
    """Possessive roles that the registry composes exactly ("his office" after a mention of X, when
    "X’s office" is an alias of another actor), wherever they stand, not only as speakers."""
    for m in _POSSESSIVE_ROLE.finditer(art.text):
        if (m.start(), m.end()) in art.descriptive or art.in_quote(m.start()):
            continue
        si = art.sentence_of(m.start())
        sent = art.sentences[si] if art.sentences else None
        if sent is None or not sent.start <= m.start() < sent.end:
            continue
        ref = next((r for r in art.refs(si) if r.start == m.start() and r.kind == "possessive"), None)
        if ref is not None:
            art._resolve_possessive(si, ref, exact_only=True)


_TITLE_WORDS = frozenset(PERSON_TITLES | {"spokesman", "spokesperson", "spokeswoman", "minister", "commander", "leader",
                                          "cleric", "official", "analyst", "director", "secretary", "general", "president"})
_TITLED_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True))
    + r")\.?\s+(" + _NAME_TOKEN + r"(?:\s+(?:(?:bin|ibn|abu|Abu)\s+)?" + _NAME_TOKEN + r"){1,3})")


def _name_proposals(art: _Article) -> None:
    """Unregistered names introduced by a title ("spokesman Ahmed Rahimi", "President X Y")."""
    text = art.text
    for ws, _, word in art.tokens:
        if word not in _TITLE_WORDS:
            continue  # (titles are few; the loop is cheap)
        si = art.sentence_of(ws)
        m = _TITLED_NAME.match(text, ws, art.sentences[si].end)
        if m:
            a, b = art._trim_name(m.start(1), m.end(1))
            if a is None or art.in_quote(a):
                continue
            if any(r.kind in ("mention", "orgrole") and r.start < b and r.end > a for r in art.refs(si)):
                continue
            art.propose(text[a:b], a, b, "titled name")


def extract(text: str, published: dt.date | None = None, actors: Iterable[dict[str, Any]] | None = None) -> Draft:
    """Propose page furniture, quotes, claims, mentions, date hints and new actors for one article.

    ``published`` is the article's date (relative dates resolve against it; None leaves them
    unresolved); ``actors`` is the registry (``seeds/actors.yaml`` entries: id, name, kind,
    parent, description, aliases). Nothing is proposed inside page furniture. Call
    :func:`check_language` first on untrusted input.
    """
    gaz = gazetteer_for(actors or [])
    body, furniture, paragraphs = find_body(text)
    raw_quotes, warnings = find_quotes(text, paragraphs)
    index = TokenIndex(text, paragraphs, gaz.name_firsts)
    mentions = gaz.find_mentions(text, paragraphs, index)
    art = _Article(text, gaz, paragraphs, raw_quotes, mentions, index)
    quotes = art.run_quotes()
    claims = _Claims(art)
    claims.run()
    _name_proposals(art)
    _possessive_mentions(art)
    taken = {(m.start, m.end) for m in mentions}
    descriptive = [m for k, m in sorted(art.descriptive.items()) if k not in taken]
    all_mentions = sorted(mentions + descriptive, key=lambda m: (m.start, m.end))
    numbers = sorted(claims.numbers, key=lambda n: (n.start, n.end))
    return Draft(text, published, body, furniture, quotes, sorted(claims.claims, key=lambda c: (c.start, c.end)),
                 numbers, all_mentions, find_dates(text, paragraphs, published, index),
                 sorted(art.proposals.values(), key=lambda p: p.start), warnings)


# =============================================================================================
# The YAML draft
# =============================================================================================


def _yq(value: Any) -> str:
    """A YAML scalar: JSON-quoted strings (valid YAML double-quoted), null, true/false, numbers."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    out = json.dumps(str(value), ensure_ascii=False)
    if re.fullmatch(r"[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*", out[1:-1]) and out[1:-1] not in ("null", "true", "false", "yes", "no", "on", "off", "y", "n"):
        return out[1:-1]  # identifiers and vocabulary words stay plain
    return out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _comment(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def anchor_fields(text: str, lo: int, hi: int, start: int, end: int) -> dict[str, Any]:
    """How to anchor text[start:end] inside the body [lo, hi): nothing when the text is unique,
    else the shortest ``context`` (grown word by word inside its line) that resolves to exactly
    this span, else its ``occurrence``."""
    needle = text[start:end]
    hits = find_all(text, needle, lo, hi)
    if len(hits) <= 1:
        return {}
    line_lo = max(lo, text.rfind("\n", lo, start) + 1)
    line_hi = text.find("\n", end, hi)
    line_hi = hi if line_hi < 0 else line_hi
    a, b = start, end
    while a > line_lo or b < line_hi:
        a = max(line_lo, a - 1)
        while a > line_lo and not text[a - 1].isspace():
            a -= 1
        b = min(line_hi, b + 1)
        while b < line_hi and not text[b].isspace():
            b += 1
        try:
            span = resolve_anchor(text, needle, lo=lo, hi=hi, context=text[a:b])
        except AnchorError:
            continue
        if span.start == start:
            return {"context": text[a:b]}
    return {"occurrence": hits.index(start) + 1} if start in hits else {}


def _unique_piece(text: str, start: int, end: int, from_end: bool, minimum: int = 30) -> str:
    """The shortest piece at the start (or end) of text[start:end] that occurs once in the whole text."""
    n = min(end - start, minimum)
    while True:
        if from_end:
            a = end - n
            while a > start and not text[a - 1].isspace():
                a -= 1  # start at a word boundary
            piece = text[a:end]
        else:
            b = start + n
            while b < end and not text[b].isspace():
                b += 1  # end at a word boundary
            piece = text[start:b].rstrip()
        if text.count(piece) == 1 or n >= end - start:
            return piece
        n = min(end - start, n + 10)


def draft_yaml(draft: Draft, source_id: str) -> str:
    """The draft as an annotation file (``status: draft``) in the format of seeds/annotations/README.md.

    Items are anchored by their exact text, with ``context`` or ``occurrence`` when the text is not
    unique in the body, so that ``kadhimi_ds.seeds.Document.resolve`` finds each span. Confidence,
    cues and the rule that proposed each item are YAML comments; the proposed body anchors, the
    furniture and the new actors are comments at the top, for seeds/sources.yaml and
    seeds/actors.yaml. Event ids are left null for a person to fill in.
    """
    text, lo, hi = draft.text, draft.body.start, draft.body.end
    out = ["# Draft annotation proposed by kadhimi_ds.extract: every item is a proposal. Check each one,",
           "# fill in the events, then set status: reviewed (kds build refuses drafts).", "#",
           "# Proposed body and page furniture for seeds/sources.yaml:"]
    if draft.body.end > draft.body.start:
        out.append(f"#   body_first: {_yq(_unique_piece(text, lo, hi, False))}")
        out.append(f"#   body_last: {_yq(_unique_piece(text, lo, hi, True))}")
    inside = [f for f in draft.furniture if lo <= f.start and f.end <= hi]
    if inside:
        out.append("#   furniture:")
        for f in inside:
            out.append(f"#     - text: {_yq(f.text)}")
            out.append(f"#       kind: {f.kind}")
    for f in draft.furniture:
        if not (lo <= f.start and f.end <= hi):
            out.append(f"#   outside the body ({f.rule}): {_yq(_comment(f.text)[:80])}")
    if draft.new_actors:
        out.append("#")
        out.append("# Proposed new actors (add to seeds/actors.yaml, or change the items that use them):")
        for p in draft.new_actors:
            out.append(f"#   - id: {p.id}, name: {_yq(p.name)}, kind: {p.kind}  ({p.evidence}; first at [{p.start}, {p.end}))")
    for w in draft.warnings:
        out.append(f"# warning: {w}")
    out += [f"source_id: {_yq(source_id)}", "status: draft"]

    def item(fields: list[tuple[str, Any]], start: int, end: int, note: str = "") -> None:
        anchor = anchor_fields(text, lo, hi, start, end)
        first = True
        for key, value in [("text", text[start:end]), *anchor.items(), *fields]:
            prefix = "  - " if first else "    "
            line = f"{prefix}{key}: {_yq(value)}"
            if first and note:
                line += f"  # {_comment(note)}"
            out.append(line)
            first = False

    out.append("quotes:" if draft.quotes else "quotes: []")
    for q in draft.quotes:
        note = f"confidence {q.confidence}; rule {q.rule}" + (f"; cue {q.cue!r}" if q.cue else "") + (
            f"; speaker words {q.speaker_text!r}" if q.speaker_text else "") + ("; new actor" if q.new_speaker else "")
        item([("speaker", q.speaker or q.new_speaker), ("attribution", q.attribution), ("channel", q.channel),
              ("event", None), ("fragment", q.fragment), ("reported_via", q.reported_via)], q.start, q.end, note)
    out.append("claims:" if draft.claims else "claims: []")
    for c in draft.claims:
        note = f"confidence {c.confidence}; rule {c.rule}" + (f"; source cue {c.claimed_by_cue!r}" if c.claimed_by_cue else "")
        item([("quantity", c.quantity), ("value", c.value), ("qualifier", c.qualifier), ("population", c.population),
              ("event", None), ("subject", c.subject), ("claimed_by", c.claimed_by), ("reported_via", c.reported_via)],
             c.start, c.end, note)
    out.append("events:" if draft.dates else "events: []")
    for d in draft.dates:
        hint = f"date hint {d.date.isoformat()} ({d.precision})" if d.date else "date hint: unresolved"
        item([("event", None)], d.start, d.end, hint + ("; relative" if d.relative else ""))
    extra = [m for m in draft.mentions if m.method not in ("alias",)]
    out.append("mentions:" if extra else "mentions: []")
    for m in extra:
        item([("actor", m.actor_id)], m.start, m.end, f"{m.method}, score {m.score}")
    ignores = [n for n in draft.numbers if not n.is_claim and n.reason]
    out.append("ignores:" if ignores else "ignores: []")
    for n in ignores:
        item([("reason", n.reason)], n.start, n.end)
    return "\n".join(out) + "\n"
