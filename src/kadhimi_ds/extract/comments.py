"""A page's reader-comment section, line by line: the prompts that open it ("Leave a Reply", "3 Comments"),
captcha sums, "recent comments" widget entries ("admin in: ...") and bare links (comment spam, link lists),
each of which starts the trailing furniture block; a line carrying a link to a social-media post is an
embedded post inside the body, and so is a box of readers' comments set inside the article (its heading with
a count, a comment signed by a user name) and a row of comment links ("23 comments | Jump to comments")."""
from __future__ import annotations

import re

_COMMENT_PROMPT = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|\d+\s+comments?|comments?(?:\s*\(\d+\))?"
    r"|please enter (?:your|a) [^\n]{0,40}|you must be logged in[^\n]*|cancel reply|notify me of [^\n]*"
    r"|save my name, email[^\n]*|join the (?:conversation|discussion)|(?:show|view|read|see|load|jump to|go to|skip to)(?: all| more)?(?: \d+)? comments?|reply|report abuse"
    r"|\d+\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+[“\"‘'][^\n]{1,160}[”\"’']"
    r"|comments (?:are|have been) (?:now )?(?:closed|open)(?: (?:for|on) this [a-z ]{2,30})?(?:\s*[–—:-]\s*join the (?:conversation|discussion|debate))?"
    r"|have your say(?:\s*[:–—-]\s*[^\n\"“”]{2,160}?\?(?:\s+(?:leave|post|add|share|write|tell us)\b[^\n\"“”.!?]{0,60})?)?)\W*$",
    re.I,
)
_CAPTCHA = re.compile(r"^(?:\d+\s*[-+x×*]\s*\d+\s*=\s*[?\d]{0,4}|[^\n]{0,20}captcha[^\n]{0,40})$", re.I)
_URL = re.compile(r"https?://|www\.[a-z0-9-]+\.[a-z]", re.I)
_WIDGET = re.compile(r"^(?:[a-z0-9_.-]{2,30}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s(?:in|on):\s+[^\s\"“‘']")


def furniture_comment_prompt(line: str) -> str | None:
    """"Leave a Reply", "Please enter your comment!", "3 Comments", "4 thoughts on “The night at the port”", "Have your say: Should the port reopen? Leave
    your comment below.": a comment section; "Have your say on the plan, the mayor urged." asks no question."""
    return "comments" if _COMMENT_PROMPT.match(line) else None


def furniture_comment_row(line: str) -> str | None:
    """A row of comment links set apart by bars: "23 comments | Jump to comments", "Comments (4) | Leave a comment"."""
    parts = re.split(r"\s+[|·•]\s+", line.strip())
    return "comments" if len(line) < 100 and len(parts) >= 2 and all(_COMMENT_PROMPT.match(p) for p in parts) else None


def furniture_captcha(line: str) -> str | None:
    """A captcha sum ("3 + 15 =")."""
    return "captcha" if _CAPTCHA.match(line) else None


_SOCIAL_LINK = re.compile(r"(?:https?://)?(?:t\.co|(?:www\.|mobile\.)?(?:twitter|x|instagram|facebook|youtube|tiktok)\.com|youtu\.be)/\S", re.I)


def furniture_spam_link(line: str) -> str | None:
    """A line carrying a bare link (spam in comment sections, link lists); a link to a social-media
    post is an embedded post (an inline rule), not the start of the comments. A sentence of eight or
    more words that names a web address at its end ("... on its website, www.x.gov.") is article text."""
    m = _URL.search(line)
    if not m or "pic.twitter.com" in line or _SOCIAL_LINK.search(line):
        return None
    prose = re.sub(r"\S*(?:https?://|www\.)\S*", "", line)
    return None if len(prose.split()) >= 8 and re.search(r"[a-z]{3,}\W*\S*(?:https?://|www\.)\S*?[.!?]?$", line) \
        and prose[:1].isupper() else "link"


def furniture_social_embed(line: str) -> str | None:
    """A line of an embedded post that carries its link: "... https://t.co/x1Y2z3"."""
    # every link the pattern finds holds a "/": a line without one is skipped unsearched
    return "embedded_post" if len(line) < 400 and "/" in line and _SOCIAL_LINK.search(line) else None


def furniture_comment_widget(line: str) -> str | None:
    """A "recent comments" widget entry: "admin in: How the ... ?" (a handle or a name before "in:";
    "The minister weighed in: “...”" introduces a quotation)."""
    return "comment_widget" if _WIDGET.match(line) and len(line) < 160 else None


_READERS_HEADING = re.compile(r"^(?i:(?:what\s+)?(?:our\s+)?readers['’]?\s+(?:are\s+saying|say|comments|views|reactions)|reader\s+comments"
                              r"|top\s+comments|most\s+(?:liked|recommended)\s+comments)\s*\(\d[\d,]*\)\W*$")
_SIGNED_COMMENT = re.compile(r"^[“\"][^\n]{2,300}[”\"]\s*[—–-]+\s*@?(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{3,30}$")
"""A quotation signed by a user name in small letters and figures ("— rjm1956", "— @harbour_fan")."""


def furniture_readers_box(line: str) -> str | None:
    """A box of readers' comments set inside the article: its heading with the count ("WHAT READERS ARE SAYING
    (214)", "Reader comments (12)") and a comment signed by a user name ("“Who sent them?” — harbour_fan71");
    a pull quote signed by a person ("“We will rebuild.” — Sami Nour") and a heading without a count stay to
    the other rules."""
    if len(line) >= 400:
        return None
    return "comments" if _SIGNED_COMMENT.match(line) or _READERS_HEADING.match(line.strip()) else None
