"""A page's consent notices, by shape: the cookie banner ("We and our partners use cookies ...") and its
buttons alone or in a row ("Accept all | Manage options"), and the notice standing where a third party's
content was not loaded ("Twitter content" / "This article includes content provided by Twitter. We ask
for your permission ..." / "Allow and continue"). An article sentence about cookies or permission has
no such subject: the site speaks of itself ("we", "this site") only in its own notices."""
from __future__ import annotations

import re

_COOKIE = re.compile(r"^(?:(?:we|we and our (?:partners|vendors)|this (?:web)?site|our (?:web)?site)(?: and (?:our|its) partners)?"
                     r" uses? cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)|accept(?: all)? cookies"
                     r"|(?:manage )?cookie (?:settings|policy|preferences)|reject all"
                     r"|[^\n]{0,80}\byou (?:agree|consent) to\b[^\n]{0,80}\bcookies\b)", re.I)
_BUTTON = re.compile(r"(?:accept|reject|decline|allow|agree|consent)(?: all| cookies| and (?:continue|close))?|i (?:accept|agree)"
                     r"|(?:manage|more|cookie) (?:options|settings|preferences)|customi[sz]e(?: settings)?", re.I)
"""A consent button's label: "Accept all", "Reject all", "Manage options", "Allow and continue", "I agree"."""
_PLATFORM = r"(?:twitter|x|youtube|instagram|facebook|tiktok|telegram|spotify|soundcloud|vimeo|flourish|datawrapper)"
_BLOCKED = re.compile(r"^(?:" + _PLATFORM + r"|third[- ]party|external|embedded|social media) content$"
                      r"|^this (?:article|page|story|post) (?:includes|contains) content (?:provided|hosted|supplied) by\b", re.I)
"""The stand-in for a third party's content not loaded: its heading ("Twitter content") and its notice."""


def furniture_consent_notice(line: str) -> str | None:
    """A cookie banner, a row of consent buttons alone on its line ("Accept all | Manage options",
    "Allow and continue") and the stand-in for a third party's content not loaded ("YouTube content",
    "This article includes content provided by Twitter. ..."); "The cookies were handed out" and
    "Residents accept all the terms" are article text."""
    text = line.strip()
    if len(text) >= 400:
        return None
    if _COOKIE.match(text) or _BLOCKED.match(text):
        return "other"
    parts = re.split(r"\s*[|·•/]\s*| {2,}", text)
    return "other" if len(text) < 80 and all(_BUTTON.fullmatch(p) for p in parts) else None
