"""Calls to action, promotions and site chrome inside a page, by shape: a call-to-action label in
capitals before a colon ("SIGN UP: ...", "WATCH: ..."), a newsletter or app prompt ("Sign up to X,
our daily newsletter", "Get the X app: Android | iOS"), an advertisement's label before a separator
("Sponsored · ..."), a row of share targets ("Share: Facebook · Email · Copy link"), a programme's
promotion ("Hear more on X, weekdays from 22:00") and the site's own controls ("Skip to main content",
"Sign in"). Article sentences address no reader this way."""
from __future__ import annotations

import re

_CTA_CAPS = re.compile(r"^(?:SIGN UP|SUBSCRIBE|DOWNLOAD|REGISTER|JOIN US|FOLLOW US|WATCH|LISTEN|DON[’']T MISS|GET THE APP|FREE|MORE|RELATED"
                       r"|PHOTOS|IN PICTURES|GALLERY|PODCAST)"
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
_CONTROL = r"(?:subscribe|sign in|sign up|log ?in|log ?out|sign out|register|my account)"
_CONTROL_ROW = re.compile(r"^" + _CONTROL + r"(?:(?: {2,}|\s*[|/·•]\s*)" + _CONTROL + r"){1,4}$", re.I)
"""A row of the site's account controls: "Subscribe  Log in", "Sign in | Register"."""
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
            or _AD_LABEL.match(line) or _PROMO.match(line) or _CHROME.match(line) or _CONTROL_ROW.match(line) or _HERE.match(line):
        return "other"
    return "share_prompt" if _SHARE_ROW.match(line) else None


_PAYWALL = re.compile(
    r"^(?:(?:support|fund|back)\s+(?:our|independent|quality|local|trusted|the|this)\s+(?:\w+\s+)?(?:journalism|reporting|newsroom|show|podcast"
    r"|programme|program|channel|work)\b[^\n.]{0,40}"
    r"|(?:become|join as)\s+an?\s+(?:member|subscriber|supporter|patron)\b[^\n.]{0,40}|donate(?:\s+now|\s+today|\s+here)?"
    r"|(?:create|register for)\s+an?\s+(?:free\s+)?account\b[^\n.]{0,40}|(?:get|unlock|enjoy)\s+(?:unlimited|full|premium|digital)\s+access\b[^\n.]{0,40}"
    r"|(?:this|the)\s+(?:content|article|story|page)\s+is\s+(?:(?:only\s+)?(?:for|available\s+to)\s+(?:paying\s+)?(?:subscribers|members)(?:\s+only)?)"
    r"|you\s+have\s+(?:\d+|one|two|three|no)\s+(?:free\s+)?(?:articles?|stories|reads)\s+(?:left|remaining)\b[^\n.]{0,40}"
    r"|(?:subscribe|sign in|log in)\s+to\s+(?:continue|keep)\s+reading\b[^\n.]{0,40})\W*$", re.I)
"""A paywall's or membership appeal's line: "Support independent journalism today", "You have 3 free articles left"."""
_ASK_THEN_ACT = re.compile(r"^[^.!?\n]{2,80}\?\s+(?:sign up|subscribe|click|tap|contact us|email us|write to us|join|download|register"
                           r"|tell us|let us know|get in touch|leave a comment|share|follow us|read more)\b[^\n]{0,60}$", re.I)
"""A question to the reader and a call to act on it: "Want more? Sign up here", "What do you think? Leave a comment below."."""
_REPLY = re.compile(r"^(?:have your say|join the debate|share your (?:story|stories|views?|experiences?|thoughts|photos|pictures|videos)\b[^\n.]{0,40}"
                    r"|tell us(?:\s*:|\s+what you think\b)[^\n]{0,60}|let us know (?:what you think|in the comments)\b[^\n]{0,40})\W*$", re.I)
_LISTENER = re.compile(r"^(?:subscribe|follow|listen)\b[^\n.!?]{0,80}\b(?:wherever|anywhere|where) you (?:get|listen to|find|hear) (?:your |our )?"
                       r"(?:podcasts?|shows?|audio)\b[^\n]{0,80}|^(?:please\s+)?(?:leave|give|write) us an? (?:rating|review)\b[^\n]{0,60}"
                       r"|^(?:subscribe to|follow)\b[^\n.!?]{0,60}\band (?:rate|review)(?: and (?:rate|review))? (?:us|the (?:show|podcast|programme))\b[^\n]{0,80}",
                       re.I)
"""A podcast's appeal to the listener: "Subscribe to X wherever you get your podcasts", "Leave us a review",
"Follow X and rate us — it helps other listeners find the show"."""
_SELF_PROMO = re.compile(r"\bis\s+(?:our|the)\s+(?:free\s+|new\s+|award-winning\s+)?(?:daily|weekly|morning|evening|nightly|monthly)?\s*"
                         r"(?:newsletter|podcast|briefing|bulletin|email)\b")
_LANGUAGE = re.compile(r"^(?:(?:read|view|listen to|watch)\s+(?:this\s+(?:\w+\s+)?|it\s+)?in|(?:this\s+(?:\w+\s+)?is\s+)?(?:also\s+)?available\s+in)"
                       r"\s*:?\s*[A-Z][a-z]+(?:\s*(?:[|,/]|and|or)\s*[A-Z][a-z]+){0,6}\W*$", re.I)

_CONTACT = re.compile(r"(?:^|[.!?]\s+)(?:(?:for [\w ]{2,40},\s*)?please (?:contact|e-?mail|write to|call)(?:\s*:| (?:us|our)\b[^\n.!?:,]{0,80}[.!]?)"
                      r"|(?:contact|e-?mail|write to|call) us\b[^\n.!?:,]{0,80}[.!]?|send (?:it|them|yours|your [\w ]{1,30}) to (?:us|our)\b[^\n.!?:,]{0,80}[.!]?"
                      r"|our [\w -]{2,40} (?:can|will) (?:provide|offer|arrange|assist)\b[^\n.!?:,]{0,80}\byour\b[^\n.!?:,]{0,40}[.!]?)$", re.I)
"""A closing sentence that asks the reader to reach the outlet or offers its service: "Please contact us for
subscription options.", "For media enquiries, please contact:", "Send it to our correspondents using the form
below.", "Our operations desk can provide support through your account manager."."""


def furniture_site_appeal(line: str) -> str | None:
    """The site's appeal to the reader: a paywall or membership line, a question and a call to act on
    it, an invitation to comment or share, a podcast's appeal to subscribe or rate, a newsletter's promotion of itself ("Mideast Morning is our
    free daily newsletter") and a language switch ("Read in Arabic", "Also available in: Arabic |
    Kurdish"), a short unpunctuated line naming a newsletter ("Coastal News's award-winning newsletter") and a
    closing sentence asking the reader to contact the outlet or offering its service. An
    article sentence reports, it does not ask the reader to act."""
    text = line.strip()
    if len(text) >= 300 or re.search(r"[\"“”]|\b(?:said|says|told)\b", text):
        return None
    if _CONTACT.search(text):
        return "other"
    if len(text) >= 160:
        return None
    if _PAYWALL.match(text) or _ASK_THEN_ACT.match(text) or _REPLY.match(text) or _LANGUAGE.match(text) or _LISTENER.match(text):
        return "other"
    if len(text) < 100 and _SELF_PROMO.search(text):
        return "other"
    return "other" if len(text.split()) <= 8 and re.search(r"\b(?:newsletter|podcast|briefing|bulletin)s?$", text, re.I) else None


_FOOTER = re.compile(r"^(?:privacy(?: policy| notice| settings)?|terms(?: of (?:service|use))?(?: (?:and|&) conditions)?|cookie (?:policy|notice)"
                     r"|about(?: us)?|contact(?: us)?|careers|jobs|advertise(?: with us)?|sitemap|site map|rss(?: feeds?)?|accessibility"
                     r"|code of (?:conduct|ethics)|editorial (?:policy|standards|guidelines)|corrections(?: (?:&|and) clarifications)?"
                     r"|powered by [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}|(?:ads|content) by [A-Z]\w*|adchoices|back to home|home)"
                     r"(?:\s*[|·•]\s*\S[^\n]{0,80})?$", re.I)


def furniture_site_footer(line: str) -> str | None:
    """The site's footer links: "Privacy Policy", "Terms of Service", "About us | Careers", "Powered by
    WordPress", "Ads by Google" (a tail rule: after them no article line follows)."""
    text = line.strip()
    return "other" if len(text) < 120 and _FOOTER.match(text) and not text.endswith(".") else None
