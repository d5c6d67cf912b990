"""Lists of other stories inside a page: the heading of such a list ("Related", "Most read", "You
may also like") and the titles under it, a live blog's "Key events" heading, and blocks of
another story's teaser between the article's paragraphs."""
from __future__ import annotations

import re

from .debris import foreign_block, teaser_block

_PROGRAMME = r"(?:in|on) (?:this|today['’]s|this week['’]s) (?:episode|show|programme|program)"
"""A programme's segment heading: "In this episode:", "On today’s show"."""
_TEASER_HEAD = re.compile(r"^(?:read also|read more|also read|see also|related(?: stories| articles| news| content)?|recommended"
                          r"|more on this(?: story)?|more from [\w ]{2,30}|you may also like|most read|latest news|top stories|most popular"
                          r"|most viewed|most watched|most shared|most commented|most emailed|trending(?: now| stories)?|more stories|editor['’]?s picks?|don['’]?t miss|further reading"
                          r"|what to read next|popular now|you might also like|more in [\w ]{2,30}|more on [\w ]{2,30}|recommended for you"
                          r"|related (?:coverage|topics|reading|links)|suggested reading|what (?:we|i)(?:['’]re|['’]m| are| am) reading|reading list|read next|up next|explore more"
                          r"|(?:click|tap) here to read more|tags|topics|filed under|(?:episode |show )?links(?: (?:from|in|for|mentioned in)"
                          r" (?:this|the|today['’]s) (?:episode|show|programme|program|story|article))?"
                          r"|" + _PROGRAMME + r")\W*$", re.I)
_BULLET = re.compile(r"(?:\d{1,2}[.)]|[•·▪►-])\s+\S")
_KEY_EVENTS = re.compile(r"^\s*key events\s*$", re.I)
_TIMED_TITLE = re.compile(r"^(\d{1,2}[:.]\d{2})(?:\s*(?:[ap]\.?m\.?|gmt|utc|bst|et|local))?\s+(\S[^\n]{0,120})$", re.I)


_ASK = re.compile(r"^(?:you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in|want to read)|also (?:on|in|from) [A-Z][^\n]{0,30}"
                  r"|around the (?:web|network|site)|(?:more )?from (?:our|the) (?:partners?|sponsors?|network|web|archives?)|recommended by(?: \w+)?"
                  r"|promoted (?:stories|links|content)|(?:in )?other news|elsewhere(?: on [\w ]{2,20})?)\W*$", re.I)
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


def teaser_head(line: str) -> bool:
    """The heading of a list of other stories ("Also read", "Most viewed", "You may also like") or of a
    programme's segments ("In this episode:")."""
    return bool(_TEASER_HEAD.match(line)) or teaser_heading(line)


def _paragraph(line: str) -> bool:
    """An article sentence: a report closed by a full stop ("..., the ministry said."), or one of 25
    words or more; a story's title says things in the present or asks ("The crane was old. Now the
    dockers want answers.", "Who runs the harbour?")."""
    closed = line.rstrip()[-1:] in ".\"”’…" and not _BULLET.match(line)
    return closed and (len(line.split()) >= 25 or bool(re.search(r"\b(?:said|told|according to|announced|reported)\b", line)))


def _points_box(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A programme's segment heading over bullets ("In this episode:" / "• Why the fares rose"): a summary
    box of the episode's own points, body (F8 note); titles without bullets are links to other episodes."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return bool(re.match(_PROGRAMME, text[slice(*lines[i])], re.I)) and nxt is not None \
        and text[lines[i][1]:nxt[0]] == "\n" and bool(re.match(r"[•·▪►-]\s+\S", text[slice(*nxt)]))


def list_item(line: str) -> bool:
    """A title in a list of other stories: short and unpunctuated, or numbered or bulleted ("2. Fleet
    stays in port")."""
    return len(line) < 160 and (bool(re.match(r"(?:\d{1,2}[.)]|[•·▪►-])\s+\S", line)) or not re.search(r"[.!?:;\"”’)]$", line))


def teaser_lists(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """The short lines right under a teaser heading ("Also read", "Related"), with no blank line
    between, are the teasers' titles: related links too; a numbered list ends at its first line
    without a number, and any list at an article sentence (on pages with no blank lines). A teaser's
    date alone ("Published" / "11 March 2024") is part of the list: the titles under it are links too;
    a clock time (a live blog's entry) ends it. A bare link under the heading ("Title — Outlet: https://...") is
    one of the list's links, not the spam that opens a comment section; a title already taken as a link ("▶ 01:52 |
    ...") does not end the list."""
    for i, (s, e) in enumerate(lines):
        if not teaser_head(text[s:e]):
            continue
        if _points_box(text, lines, i):
            kinds[i] = (None, None)
            continue
        j = i + 1
        while j < len(lines) and (kinds[j][0] in (None, "furniture_dateline", "furniture_spam_link") or kinds[j][1] == "related_link") and text[lines[j - 1][1]:lines[j][0]] == "\n" \
                and lines[j][1] - lines[j][0] < 160 and not _paragraph(text[slice(*lines[j])]) \
                and (j == i + 1 or _BULLET.match(text, lines[j][0])
                                                         or not _BULLET.match(text, lines[i + 1][0])):
            if kinds[j][0] in (None, "furniture_spam_link"):
                kinds[j] = ("furniture_related_link", "related_link")
            j += 1
        rest = range(j, len(lines))
        if rest and all(kinds[k][0] is None and list_item(text[slice(*lines[k])]) for k in rest):
            for k in rest:  # a list of other stories' titles, blank lines between, running to the end of the page
                kinds[k] = ("furniture_related_link", "related_link")


def _timed_title(line: str) -> tuple[str, str] | None:
    """(time, title) of a line led by a clock time whose rest is a title (no full stop, 16 words at
    most): "06:15 Drone hits the port, two hurt"."""
    m = _TIMED_TITLE.match(line.strip())
    if not m or m.group(2).rstrip()[-1:] == "." or len(m.group(2).split()) > 16:
        return None
    return m.group(1), m.group(2).strip()


def key_event_links(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A live blog's key-events box (F8 note): two or more lines in a row, or one right under a "Key
    events" heading, each a clock time and a title that repeat an entry's time or heading elsewhere
    on the page ("06:15 Drone hits the port" over the entry "06:15 GMT" / "Drone hits the port")."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j][0] is None and _timed_title(text[slice(*lines[j])]) \
                and (j == i or text[lines[j - 1][1]:lines[j][0]] == "\n"):
            j += 1
        headed = i > 0 and _KEY_EVENTS.match(text[slice(*lines[i - 1])]) and text[lines[i - 1][1]:lines[i][0]] == "\n"
        if j - i >= 2 or (j > i and headed):
            outside = [text[slice(*lines[k])].strip() for k in range(len(lines)) if not i <= k < j]
            timed = [_timed_title(text[slice(*lines[k])]) for k in range(i, j)]
            if all(any(re.match(re.sub(r"[:.]", "[:.]", t) + r"(?!\d)", o) or o == title for o in outside) for t, title in timed):
                for k in range(i, j):
                    kinds[k] = ("furniture_key_event_link", "related_link")
        i = max(j, i + 1)


_ANY_TIMED = re.compile(r"^\d{1,2}[:.]\d{2}\s+\S")


def ticker_boxes(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A ticker box set into an article: two or more lines in a row, each a clock time and a title, right
    under a short heading already taken as page furniture ("LIVE UPDATES") and closed by a furniture
    line ("View all updates →") or a blank line: the box's lines are furniture like its heading. Timed
    alerts under an article sentence, or a live blog's entries, stay body."""
    i = 1
    while i < len(lines):
        head = kinds[i - 1]
        j = i
        while j < len(lines) and kinds[j][0] is None and _timed_title(text[slice(*lines[j])]) \
                and text[lines[j - 1][1]:lines[j][0]] == "\n":
            j += 1
        short_head = head[0] is not None and head[1] != "dateline" and len(text[slice(*lines[i - 1])].split()) <= 4
        closed = j == len(lines) or text[lines[j - 1][1]:lines[j][0]] != "\n" or kinds[j][0] is not None
        if j - i >= 2 and short_head and closed and not (j < len(lines) and _ANY_TIMED.match(text, lines[j][0])):
            for k in range(i, j):
                kinds[k] = ("furniture_ticker_box", head[1])
        i = max(j, i + 1)


def key_events_heading(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """A "Key events" heading over summary lines that repeat no entry's time (all body, no blank line
    between) heads a summary, body like its lines (F8 note); over times it stays furniture."""
    for i, (s, e) in enumerate(lines):
        if not _KEY_EVENTS.match(text[s:e]):
            continue
        j = i + 1
        while j < len(lines) and text[lines[j - 1][1]:lines[j][0]] == "\n":
            j += 1
        if j > i + 1 and all(kinds[k][0] is None for k in range(i + 1, j)):
            kinds[i] = (None, None)


def teaser_blocks(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """Blocks of article-looking lines (no blank line inside, blank lines around) after the first
    paragraph that :func:`teaser_block` takes for another story's teaser and whose words are mostly
    foreign to the article (:func:`foreign_block`; a sub-heading shares the article's words)."""
    lede = next((i for i, ((s, e), k) in enumerate(zip(lines, kinds))
                 if k[0] is None and e - s >= 80 and text[e - 1] in ".!?\"”"), len(lines))
    i = lede + 1
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and text[lines[j][1]:lines[j + 1][0]] == "\n":
            j += 1
        block = range(i, j + 1)
        words = [text[slice(*lines[k])] for k in block]
        if all(kinds[k][0] is None for k in block) and "\n\n" in text[lines[i - 1][1]:lines[i][0]] \
                and teaser_block(words) \
                and foreign_block(words, text[:lines[i][0]] + text[lines[j][1]:]):
            for k in block:
                kinds[k] = ("furniture_teaser_block", "related_link")
        i = j + 1


_TAG = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|al-[A-Z][\w'’-]*)){0,3}")


def trailing_tags(text: str, lines: list[tuple[int, int]], kinds: list[tuple[str | None, str | None]]) -> None:
    """Short capitalised labels after the last article paragraph ("Iraq" / "Iran" above a newsletter
    prompt) are the page's tags: an article does not end on a heading."""
    free = [i for i, k in enumerate(kinds) if k[0] is None]
    tags = []
    for i in reversed(free):
        if not _TAG.fullmatch(text[slice(*lines[i])].strip()):
            break
        tags.append(i)
    if tags and len(tags) < len(free) and text[lines[free[-len(tags) - 1]][1] - 1] in ".!?\"”’":
        for i in tags:
            kinds[i] = ("furniture_tags", "related_link")
