"""Page furniture and the body: each line is classified by small named rules (comment
prompts, captchas, share prompts, credit lines, photo captions, embedded posts, datelines,
related links); the body runs from the first article line to the trailing furniture block."""
from __future__ import annotations

import re

from .bios import furniture_author_bio, furniture_labelled_bio, furniture_reporter_signature, furniture_staff_note
from .captions import (PHOTO_CREDIT, captions_over_credits, credit_labels, dash_credited_captions, furniture_agency_caption,
                       furniture_credit_caption, furniture_credited_caption, furniture_credited_sentence, furniture_dated_caption,
                       furniture_photo_caption, furniture_video_caption)
from .comments import (furniture_captcha, furniture_comment_prompt, furniture_comment_row, furniture_comment_widget, furniture_readers_box, furniture_social_embed,
                       furniture_spam_link)
from .consent import furniture_consent_notice
from .controls import furniture_desk_initials, furniture_media_control, furniture_sign_off, transcript_headings
from .copied_lines import pull_quotes, repeated_lines
from .credit_lines import furniture_credit_shapes, names_by_stamps
from .datelines import capital_subheadings, furniture_numeric_dateline, furniture_place_line
from .dates import MONTH_RE
from .debris import (NOTE_LINE, furniture_caption, furniture_contributors, furniture_credit, furniture_disclaimer,
                     furniture_page_widget, furniture_wire_caption)
from .draft import FurnitureSpan, Item
from .headers import header_labels
from .entries import entry_bylines
from .media import (furniture_gallery_counter, furniture_graphic_label, furniture_labelled_credit, furniture_outlet_caption,
                    furniture_picture_label, furniture_placeholder, furniture_player_line, furniture_usage_restriction,
                    posts_over_signatures)
from .notes import furniture_editors_note, furniture_footnote, furniture_source_line, notes_headings
from .publication import furniture_print_jump, furniture_publication_note
from .prompts import furniture_call_to_action, furniture_site_appeal, furniture_site_footer
from .stamps import furniture_event_age, furniture_labelled_stamp, furniture_stamp_line, furniture_stamp_row, furniture_stamped_title
from .story_ends import closing_acronym, furniture_end_marker, furniture_separator
from .teasers import key_event_links, key_events_heading, teaser_head, teaser_blocks, teaser_lists, ticker_boxes, trailing_tags
from .text import iter_lines
from .wire import furniture_update_note, furniture_wire_slug
from .wrappers import (furniture_follow_prompt, furniture_newsletter_prompt, mastheads, signup_boxes, furniture_sponsor_label, furniture_stage_direction,
                       sponsor_blocks)

_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|published|posted|modified|first published)(?:\s+(?:at|on))?\s*:?\s*([^\n]{0,40}\d[^\n]{0,30})$", re.I)
_STAMP_WORDS = re.compile(r"(?:" + MONTH_RE + r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|at|on|[ap]\.?m\.?"
                          r"|gmt|utc|bst|[a-z]{1,2}st|[a-z]{1,2}dt|[ecmp]t|local|time|ago|mins?|minutes?|hours?|hrs?|days?|an?|by|and|updated"
                          r"|[\d:.,/|–—()-]+|\d{1,2}(?:[:.]\d{2})?(?:[ap]m|st|nd|rd|th|h))[.,]?", re.I)
_ZONE_NAME = re.compile(r"\s*\((?:[\w'’-]+\s+)?time\)$", re.I)
"""A time zone named by its city after a stamp: "(Paris time)", "(local time)"."""
_SHARE = re.compile(
    r"^(?:(?:share(?: this(?: [a-z]+){0,2})?(?: (?:on|via) [a-z ]+)?\W*)+|click to (?:share|print|email)[^\n]{0,40}|tweet"
    r"|(?:email|print|save|send)(?: (?:this|the))?(?: (?:article|story|page|link))?(?: (?:to a friend|for later|via [a-z ]+))?"
    r"|whatsapp|facebook|twitter|linkedin|telegram|copy link|follow us[^\n]{0,40}|subscribe(?: (?:to|for|now|here|today)\b[^\n]{0,60})?"
    r"|sign up(?: (?:to|for|now|here|today)\b[^\n]{0,60})?)\W*$",
    re.I,
)
_SAYS = re.compile(r"\b(?:said|says|told|tells)\b")
_CREDIT = re.compile(r"^(?:(?:source|sources|credit|credits|photo|photos|image|images|picture|via|copyright)\s*:\s*\S"
                     r"|photo credit\s*:?\s*\S|(?:reporting|editing|writing|additional reporting)\s+by\s+(?:the\s+)?(?-i:[A-Z])|©)", re.I)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_OUTLET = r"(?:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the))*)"
_BYLINE = re.compile(r"^(?:By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+" + _NAME + r")?(?:\s+in\s+" + _OUTLET + r")?"
                     r"(?:\s*[,|–—-]\s*" + _OUTLET + r"|\s*[|•·]\s*[^\n]{1,60})?"
                     r"|" + _NAME + r"(?:\s+and\s+" + _NAME + r")?\s*[,|–—-]\s*(?:Reuters|AFP|AP|Associated Press|Agence France-Presse"
                     r"|Al Jazeera|Bloomberg|Anadolu|Xinhua|EFE|dpa|Staff (?:Writer|Reporter)|[A-Z]\w+ (?:Correspondent|Reporter|Editor)))$")
_EMBED = re.compile(r"pic\.twitter\.com/|^[—–]\s.*\(@\w+\)\s+(?:" + MONTH_RE + r"\s+\d{1,2},|\d{1,2}\s+" + MONTH_RE + r")\s+\d{4}\s*$")
_DATELINE = re.compile(
    r"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:" + MONTH_RE + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+" + MONTH_RE + r",?\s+\d{4})(?:\s*(?:[-–—|,]|at)?\s*\d{1,2}[:.]\d{1,2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$", re.I)
_PLACE_DATELINE = re.compile(r"^[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2}(?:,\s*[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?(?=\s*[(,–—-]))?"
                             r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([A-Za-z ]{2,30}\))?\s*[-–—:]+$")
_ARROW = re.compile(r"(?:→|›|»|>>|▶|►)\s*$|^\s*(?:→|›|»|>>|▶|►)")
_GUILLEMETS_CLOSED = re.compile(r"«[^»]*»\s*$")
"""A line ending in a closing guillemet it opened ("he said: «We will respond.»"): a quotation, no arrow."""
_RELATED = re.compile(r"^\[?(?:read also|read more|also read|see also|related(?: story| article| video| videos| audio| podcast| coverage| content)?|recommended|more on this|watch|listen"
                      r"|more from|read|read next|up next|next up|coming up|still ahead|watch next|(?-i:NEXT (?:WEEK|TIME|EPISODE))|tags|topics|filed under|keywords|icymi|in case you missed it"
                      r"|also in (?:today['’]s|this week['’]s|this|our) (?:digest|edition|issue|newsletter|brief(?:ing)?|paper))\b\s*[:|–—-]", re.I)



def furniture_updated_stamp(line: str) -> str | None:
    """"Updated at 2:29 pm", "Published on 7 Nov 2021 at 4:05 pm (Paris time)": the words after the cue are
    only a date or time and its zone ("Published figures show ..." is a sentence)."""
    m = _UPDATED.match(line) if len(line) < 80 else None
    stamp = _ZONE_NAME.sub("", m.group(1)) if m else ""
    return "updated_stamp" if m and all(_STAMP_WORDS.fullmatch(w) for w in stamp.split()) else None


def furniture_share_prompt(line: str) -> str | None:
    """"Share this:", "Share this update", "Click to share on Twitter", "Follow us on ..."; a button's label is a
    few words, a sentence goes on ("Share this burden with the islands, the mayor said.")."""
    return "share_prompt" if len(line) < 80 and _SHARE.match(line) else None


_SEGMENT = r"[\w.'’&-]+(?: [\w.'’&-]+){0,3}"
_BREADCRUMB = re.compile(r"^" + _SEGMENT + r"(?:\s+[>›»/|]\s+" + _SEGMENT + r"){1,6}$|^(?:" + _SEGMENT + r"\s+[—–-]\s+)?" + _SEGMENT
                         + r"(?:\s*[·•]\s*" + _SEGMENT + r"){2,10}$|^" + _SEGMENT + r"(?: {2,}" + _SEGMENT + r"){2,10}$")


def furniture_breadcrumb(line: str) -> str | None:
    """A navigation trail or row: "Home > Middle East > Iraq", "News / World / Iraq", "THE PORT REVIEW —
    Politics · Trade · Analysis", "Home  World  Business  Sport" (wide spaces between capitalised items)."""
    if len(line) >= 120 or not _BREADCRUMB.match(line) or not line[:1].isupper():
        return None
    items = re.split(r"\s+[>›»/|—–-]\s+|\s*[·•]\s*| {2,}", line)
    return "other" if all(x[:1].isupper() or x[:1].isdigit() for x in items) else None


def furniture_credit_line(line: str) -> str | None:
    """"Source: Al Jazeera and news agencies", "Reporting by ..." before a capitalised name, a byline;
    "Sources: two officials said ..." and "Reporting by state media put ..." are sentences."""
    if _CREDIT.match(line) and len(line) < 160 and not _SAYS.search(line):
        return "credit_line"
    return "credit_line" if _BYLINE.match(line) else None


def furniture_embedded_post(line: str) -> str | None:
    """An embedded social-media post: "pic.twitter.com/..." or "— Name (@handle) November 7, 2021" (or "7 November 2021")."""
    return "embedded_post" if _EMBED.search(line) else None


def furniture_dateline(line: str) -> str | None:
    """A line that is only a date and time: "November 7, 2021 - 0:0"."""
    return "dateline" if _DATELINE.match(line) else None


_WIDGET_MESSAGE = re.compile(
    r"^(?:an error (?:has )?occurred[^\n]{0,40}|please try again\W*|html image as link|advertisement|loading(?:\.*|…)"
    r"|image \d+ of \d+|click to expand|(?:link |url )?copied(?: to (?:the )?clipboard)?!?|skip advert(?:isement)?|play video|watch video|\[[^\[\]\n]{1,40}\])$", re.I)

def furniture_widget_message(line: str) -> str | None:
    """Page-widget text: "An error occurred. Please try again.", "HTML Image as link", "[Embedded content]", a share button's "Link copied!"."""
    return ("embedded_post" if line.startswith("[") else "other") if _WIDGET_MESSAGE.match(line) else None


def furniture_related_link(line: str) -> str | None:
    """"READ ALSO: ...", "Related: ...", a programme's trailer in capitals ("NEXT WEEK: ..."), a heading "Also read"
    alone, a teaser ending in an arrow ("... →"); a
    label before a reported sentence in the past tense, a quotation closed inside its marks ("Listen: “...,”
    protesters chanted.") or a lower-case sentence ("Related: the vote came a day later.") opens the
    article's text; a teaser's headline says things in the present ("Related: Minister says talks resume")."""
    label = _RELATED.match(line)
    if label and (re.search(r"\b(?:said|told)\b|[,!?][”\"]\s+\S", line) or re.match(r"\s*[a-z][^\n]*[.!?]$", line[label.end():])):
        return None  # "Watch: the crowd chanted for hours, witnesses said.", "Related: the vote came a day later." report
    return "related_link" if _RELATED.match(line) or teaser_head(line) or (len(line) < 160 and _ARROW.search(line)
                                                                           and not _GUILLEMETS_CLOSED.search(line)) else None


def furniture_place_dateline(line: str) -> str | None:
    """A dateline standing alone on its line: "Baghdad —", "BAGHDAD, Nov 7 (Reuters) -", "BAGHDAD:"; a
    capitalised word before a colon alone ("Background:", "Reactions:") is a sub-heading."""
    if len(line) >= 60 or not _PLACE_DATELINE.match(line):
        return None
    colon_only = line.rstrip().endswith(":") and not re.search(r"[-–—]", line)
    return None if colon_only and not (line.isupper() or re.search(r"[\d(]", line)) else "dateline"


TAIL_RULES = (furniture_comment_prompt, furniture_captcha, furniture_updated_stamp, furniture_share_prompt,
              furniture_spam_link, furniture_comment_widget, furniture_credit_line, furniture_author_bio,
              furniture_contributors, furniture_disclaimer, furniture_end_marker, furniture_footnote, furniture_desk_initials,
              furniture_sign_off, furniture_site_footer)
"""Rules whose match, in the second half of a text, starts the trailing furniture block."""
TAIL_RULE_NAMES = frozenset(r.__name__ for r in TAIL_RULES)
INLINE_RULES = (furniture_embedded_post, furniture_photo_caption, furniture_dateline, furniture_related_link,
                furniture_widget_message, furniture_dated_caption, furniture_place_dateline, furniture_credited_caption,
                furniture_credit, furniture_caption, furniture_page_widget, furniture_social_embed, furniture_breadcrumb,
                furniture_place_line, furniture_credit_caption, furniture_video_caption, furniture_credited_sentence,
                furniture_credit_shapes, furniture_follow_prompt, furniture_stage_direction, furniture_newsletter_prompt,
                furniture_sponsor_label, furniture_numeric_dateline, furniture_wire_caption, furniture_separator,
                furniture_editors_note, furniture_source_line, furniture_gallery_counter, furniture_player_line, furniture_placeholder,
                furniture_usage_restriction, furniture_labelled_credit, furniture_stamp_line, furniture_event_age,
                furniture_call_to_action, furniture_media_control, furniture_picture_label, furniture_graphic_label,
                furniture_site_appeal, furniture_stamped_title, furniture_labelled_stamp,
                furniture_stamp_row, furniture_wire_slug, furniture_update_note, furniture_outlet_caption, furniture_agency_caption,
                furniture_print_jump, furniture_publication_note, furniture_staff_note, furniture_readers_box,
                furniture_reporter_signature, furniture_consent_notice, furniture_labelled_bio,
                furniture_comment_row)
"""Rules for furniture lines inside the body (each such line is furniture on its own, of the kind
the rule returns)."""


def classify_line(line: str) -> tuple[str | None, str | None]:
    """(rule name, furniture kind) of a line, or (None, None) for article text."""
    for rule in INLINE_RULES:
        found = rule(line)
        if found:
            return rule.__name__, found
    for rule in TAIL_RULES:
        found = rule(line)
        if found:
            return rule.__name__, "credit_line" if found == "credit_line" else "other"
    return None, None


STRONG_TAIL = frozenset(r.__name__ for r in (furniture_comment_prompt, furniture_captcha, furniture_spam_link,
                                             furniture_comment_widget, furniture_end_marker))
"""Tail rules that end the article wherever they stand; the others (share prompts, stamps, credit
lines) end it only when no article paragraph follows."""


def _article_after(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]], i: int) -> bool:
    """True when an article paragraph (an unmatched line of six or more words ending a sentence, not
    an editor's note or correction) follows line ``i`` before any strong tail line."""
    for (s, e), (rule, _) in zip(lines[i + 1:], kinds[i + 1:]):
        if rule in STRONG_TAIL:
            return False
        if rule is None and len(text[s:e].split()) >= 6 and text[e - 1] in ".!?\"”’…" and not NOTE_LINE.match(text[s:e]):
            return True
    return False


_WIRE_OPENING = re.compile(r"[A-Z][A-Z'’. -]{2,30}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+\([A-Z][A-Za-z ]{1,30}\)\s*[-–—]{1,2}\s+[A-Z]")
"""The dateline opening a wire dispatch: "TEHRAN, Nov. 7 (Xinhua) -- Iran …", "BAGHDAD (Reuters) - The …"."""


def _dispatch_after(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """True when one of the four lines after line ``i`` opens a new wire dispatch: the end marker before
    it closes one story of a compilation of dispatches, not the article."""
    return any(_WIRE_OPENING.match(text, s, e) for s, e in lines[i + 1:i + 5])


def find_body(text: str) -> tuple[Item, list[FurnitureSpan], list[tuple[int, int]]]:
    """The body span, the furniture spans and the article paragraphs (lines outside furniture).

    The body runs from the first article line to the last article line before the trailing
    block; the trailing block starts at the first line in the second half of the text that a
    tail rule matches (comments, captcha, share prompts, "Updated at", links, credit lines),
    and everything after it is furniture too (reader comments cannot be recognised one by one).
    """
    lines = iter_lines(text)
    kinds = [classify_line(text[s:e]) for s, e in lines]
    for i, (rule, _) in enumerate(kinds):
        if rule == "furniture_author_bio" and _article_after(text, lines, kinds, i):
            kinds[i] = (None, None)  # a person introduced inside the article, not an author's note
    capital_subheadings(text, lines, kinds)
    transcript_headings(text, lines, kinds)
    teaser_lists(text, lines, kinds)
    key_event_links(text, lines, kinds)
    ticker_boxes(text, lines, kinds)
    key_events_heading(text, lines, kinds)
    credit_labels(text, lines, kinds)
    posts_over_signatures(text, lines, kinds)
    dash_credited_captions(text, lines, kinds)
    captions_over_credits(text, lines, kinds)
    sponsor_blocks(text, lines, kinds)
    signup_boxes(text, lines, kinds)
    mastheads(text, lines, kinds)
    names_by_stamps(text, lines, kinds)
    entry_bylines(text, lines, kinds)
    pull_quotes(text, lines, kinds)
    repeated_lines(text, lines, kinds)
    notes_headings(text, lines, kinds)
    teaser_blocks(text, lines, kinds)
    closing_acronym(text, lines, kinds)
    trailing_tags(text, lines, kinds)
    for i, kind in header_labels([text[s:e] for s, e in lines], [k[0] is None for k in kinds]).items():
        kinds[i] = ("furniture_header_label", kind)
    tail = len(lines)
    half = len(text) * 0.5
    for i, ((s, e), (rule, kind)) in enumerate(zip(lines, kinds)):
        if rule == "furniture_end_marker" and _dispatch_after(text, lines, i):
            continue
        if rule in TAIL_RULE_NAMES and s >= half and (rule in STRONG_TAIL or not _article_after(text, lines, kinds, i)):
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
            credit = PHOTO_CREDIT.search(text, s, e)
            if credit and credit.start() > s:
                paragraphs.append((s, credit.start()))
                a = credit.start() + len(credit.group()) - len(credit.group().lstrip())
                furniture.append(FurnitureSpan(a, e, text[a:e], "photo_caption", "photo_credit"))
            else:
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
