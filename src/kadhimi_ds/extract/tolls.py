"""Casualty counts given as a toll: a number that a toll or a "number of" the killed or wounded is put at or
rises to ("put the number of guards wounded at six", "the death toll among demonstrators at two", "the number
of martyrs among the demonstrators had risen to two", "raising the toll from Friday’s clashes to two"). The
toll's own words say the quantity (C9) and who is counted (C12, C13): "people" when they name no group."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .population import counted_words, population_code

_RISE = r"(?P<rise>(?:(?:had|has|have)\s+)?(?:risen|rose|rises|climbed|climbs|grown|grew|jumped|reached|increased|stood|stands))\s+"
_TOLL = re.compile(r"\b(?:(?P<owner>[A-Za-z-]+(?:s['’]|['’]s)\s+)?(?:(?P<death>death\s+)|(?P<injury>injury\s+))?toll(?!\s+of\b)|(?:number|count|tally|total|toll|figure)\s+of\s+(?P<noun>[^,;:.!?]{1,80}?))"
                   r"(?P<group>\s+(?:among|of|for|from|in|during)\s+[^,;:.!?]{1,80}?)?\s+(?:" + _RISE + r")?(?P<prep>at|to)\s+[“\"‘]?$", re.I)
_RAISED_BEFORE = re.compile(r"\b(?:rais(?:ed|ing|es?)|br(?:ought|inging|ings?)|push(?:ed|ing|es)|tak(?:ing|es)|took)\s+(?:the|its|their)\s+"
                            r"(?:death\s+)?$", re.I)
"""A verb that raises the toll to a number: "raising the toll ... to two", "brought the death toll to four"."""
_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|set|sets|gave|gives|estimated|estimates)\s+(?:the|its|their)\s+$")
"""A verb putting the toll at a number: its subject is the claimant (C16)."""
_KILLED = re.compile(r"\b(?:killed|dead|deaths?|died|martyrs?|fatalities|slain)\b", re.I)
_INJURED = re.compile(r"\b(?:injured|wounded|hurt|injuries)\b", re.I)
_GROUP_LEAD = re.compile(r"^\s*(?:among|of|for|from|in|during)\s+", re.I)


@dataclass(frozen=True)
class Toll:
    """A toll before a number: where the claim's span starts, its quantity, its population code and words, and
    whether a verb puts it at the number ("put the number of guards wounded at six")."""

    start: int
    quantity: str
    population: str
    population_text: str
    put: bool


def toll_before(text: str, sent_start: int, at: int) -> Toll | None:
    """The toll that the words of text[sent_start:at] put at or raise to the number at ``at``, else None.

    A "number of" the counted holds its casualty word ("the number of guards wounded", "the number of
    martyrs"), its span from the counted noun; a toll says killed itself, with a group ("among
    demonstrators", "from that night’s clashes"), "death", or a verb of rising, its span from "death
    toll"; an "injury toll" says injured, its owner ("Guards' injury toll") who is counted; a bare "the toll at five" restates the count before it (:mod:`.figures`)."""
    m = _TOLL.search(text, sent_start, at)
    if m is None:
        return _now_toll(text, sent_start, at)
    noun, group = m.group("noun"), m.group("group") or ""
    if noun:
        words = noun + group
        quantity = "killed" if _KILLED.search(words) else "injured" if _INJURED.search(words) else None
        if quantity is None:
            return None
        start = m.start("noun")
    else:
        raised = _RAISED_BEFORE.search(text, max(sent_start, m.start() - 30), m.start())
        if not (group or m.group("death") or m.group("injury") or m.group("rise") or raised) or m.group("prep").lower() == "to" and not (m.group("rise") or raised):
            return None
        words = _GROUP_LEAD.sub("", group) or (m.group("owner") or "").strip()
        quantity, start = "injured" if m.group("injury") else "killed", m.start()
    toll_words = noun or m.group()[:m.group().lower().index("toll") + 4]  # "death toll", "toll"
    put = bool(_PUT_BEFORE.search(text, max(sent_start, m.start() - 30), m.start()))
    return Toll(start, quantity, population_code("people", words, ""), counted_words(words) or toll_words.strip(), put)


_NOW_TOLL = re.compile(r"\b(?:(?P<pre>injured|wounded|dead|killed)\s+)?(?P<noun>[A-Za-z]+)(?:\s+(?P<post>injured|wounded|hurt|dead|killed))?"
                       r"\s+now\s+(?:at\s+)?[“\"‘]?$", re.I)
"""A casualty noun phrase whose figure a heading updates with "now": "Injured guards now (seven)", "Guards wounded now
(seven)", "Dead protesters now at (three)"."""


def _now_toll(text: str, sent_start: int, at: int) -> Toll | None:
    """The toll of a heading updating the killed or wounded of a noun of people with "now" before the number at ``at``
    (:data:`_NOW_TOLL`), its span from the noun phrase; None otherwise."""
    m = _NOW_TOLL.search(text, max(sent_start, at - 60), at)
    word = m and (m.group("pre") or m.group("post"))
    if not word or counted_words(m.group("noun")) is None:
        return None
    quantity = "killed" if _KILLED.search(word) else "injured"
    return Toll(m.start(), quantity, population_code("people", m.group("noun"), ""), m.group("noun"), False)
