"""Calls to action, promotions and site chrome inside a page, by shape: a call-to-action label in
capitals before a colon ("SIGN UP: ...", "WATCH: ..."), a newsletter or app prompt ("Sign up to X,
our daily newsletter", "Get the X app: Android | iOS"), an advertisement's label before a separator
("Sponsored · ..."), a row of share targets ("Share: Facebook · Email · Copy link"), a programme's
promotion ("Hear more on X, weekdays from 22:00"), the site's own controls ("Skip to main content",
"Sign in") and the heading of a list of other stories ("You may also be interested in:", "Top
stories"). Article sentences address no reader this way."""
from __future__ import annotations

import re

_CTA_CAPS = re.compile(r"^(?:SIGN UP|SUBSCRIBE|DOWNLOAD|REGISTER|JOIN US|FOLLOW US|WATCH|LISTEN|DON[’']T MISS|GET THE APP|FREE)"
                       r"(?: NOW| HERE| TODAY| LIVE)?\s*:\s*\S")
_CTA_COLON = re.compile(r"^(?:sign up|subscribe|register|download)\s*:\s*\S", re.I)
_NEWSLETTER = re.compile(r"^(?:sign up|subscribe|register|get|enter your email)\b[^\n]{0,120}\b(?:newsletters?|briefing|bulletin|digest|alerts)\b"
                         r"|\bdelivered (?:straight |directly )?to your inbox\b", re.I)
_APP = re.compile(r"^(?:download|get|install)\s+(?:our|the)\s+(?:\S+\s+){0,4}app\b", re.I)
_AD_LABEL = re.compile(r"^(?:sponsored(?: content)?|advertisement|advertising|ad|promoted|promotion|paid (?:post|content|partnership)"
                       r"|partner content|from our partners?)\s*[·|•:–—-]\s*\S", re.I)
_SHARE_TARGET = (r"(?:share(?: this(?: article| story| page)?)?|facebook|twitter|x|email|e-mail|mail|whatsapp|telegram|linkedin|reddit"
                 r"|pinterest|messenger|sms|flipboard|print|copy(?: the)? link|copy|link|save|comments?|bluesky|threads)")
_SHARE_ROW = re.compile(r"^(?:share(?: this(?: article| story| page)?)?\s*:\s*)?" + _SHARE_TARGET + r"(?:\s*[·|•,/]\s*" + _SHARE_TARGET
                        + r"){1,12}$", re.I)
_PROMO = re.compile(r"^(?:(?:hear|watch|see|read|find out|learn|get) more (?:on|at|about|from|in|of)\b|(?:listen|watch) (?:again|live|now)"
                    r" (?:on|at)\b|catch up (?:on|with) [A-Z])", re.I)
_CHROME = re.compile(r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|search|article)|sign in|log ?in|sign in\s*(?:/|or|\|)\s*"
                     r"(?:register|sign up|subscribe)|my account|open menu|close menu|menu|already (?:a subscriber|have an account|registered)\?"
                     r"[^\n]{0,30}|report an? (?:error|typo|correction|problem)|loading comments|(?:watch|listen) (?:live|now)"
                     r"|ad|advertising|promoted(?: content| stories)?|(?:paid|partner) content"
                     r"|continue reading(?: the main story)?|scroll to continue(?: with content| reading)?|listen to (?:this )?article)\W*$", re.I)
_HERE = re.compile(r"^(?:(?:click|tap|press) here\b[^\n]{0,80}|(?:read|see|watch|view|listen to|download|follow)\s+[^\n.!?]{2,50}\bhere)\W*$", re.I)


def furniture_call_to_action(line: str) -> str | None:
    """A prompt to the reader: a capitalised label before a colon ("SIGN UP: Get the brief"), a
    newsletter or app prompt, an advertisement's label, a row of share targets, a programme's
    promotion, the site's controls or a link's text ("Click here to ...", "Read the full statement
    here")."""
    if len(line) >= 220:
        return None
    line = line.strip()
    if _CTA_CAPS.match(line) or _CTA_COLON.match(line) or _NEWSLETTER.search(line) or _APP.match(line) \
            or _AD_LABEL.match(line) or _PROMO.match(line) or _CHROME.match(line) or _HERE.match(line):
        return "other"
    return "share_prompt" if _SHARE_ROW.match(line) else None


_ASK = re.compile(r"^(?:you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in|want to read)|also (?:on|in|from) [A-Z][^\n]{0,30})\W*$", re.I)
_HEAD_KEY = frozenset("related recommended suggested popular trending most latest top more other featured editor’s editor's editors’ "
                      "editors' further elsewhere".split())
_HEAD_NOUN = frozenset("stories story news articles reads headlines content links coverage topics picks posts videos read viewed watched "
                       "shared commented emailed now today reading".split())
_HEAD_SMALL = frozenset("the on in from this our for you around web".split())


def teaser_heading(line: str) -> bool:
    """The heading of a list of other stories: "You may also be interested in:", "Top stories",
    "More stories from the region"; a sub-heading of the article ("Latest developments") names
    no list."""
    text = line.strip().rstrip(":").strip()
    if _ASK.match(text):
        return True
    words = [w.lower() for w in text.split()]
    return 2 <= len(words) <= 7 and words[0] in _HEAD_KEY | {"the"} and any(w in _HEAD_KEY for w in words) \
        and any(w in _HEAD_NOUN for w in words) \
        and all(w.lower() in _HEAD_KEY | _HEAD_NOUN | _HEAD_SMALL or w[:1].isupper() for w in text.split())
