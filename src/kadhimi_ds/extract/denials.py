"""Counts a sentence denies, retracts or finds no evidence for (codebook C1, I6): "not one", "no
official has reported five drones", "denied reports that three guards had been killed", "saw nothing to
suggest a second". Each rule reads a :class:`.numerals.NumberContext` and returns the reason, or None."""
from __future__ import annotations

import re

from .numerals import NumberContext

_NOT_BEFORE = re.compile(r"\bnot\s+(?:even\s+)?$", re.I)
_UNREPORTED = re.compile(r"(?:\b[Nn]o\s+(?:[\w-]+\s+){0,4}(?:has|have|had)\s+(?:yet\s+|ever\s+)?|\b(?:has|have|had|did|does|do)\s*(?:not|n[’']t)"
                         r"\s+(?:yet\s+|ever\s+)?|\bnever\s+|\b[Nn](?:obody|o one|one)\s+(?:has\s+|have\s+|had\s+)?)"
                         r"(?:reported|confirmed|verified|seen|found|said|mentioned|corroborated|recorded|documented|counted|report|confirm"
                         r"|verify|see|find|say|mention|record|count)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}$")
_ZERO_SUBJECT = re.compile(r"\b(?:nobody|no[- ]one)\s+(?:(?:would|will|could|can|does|did|should)\s+)?[a-z]+\s+$", re.I)
"""A generic zero as the subject of the verb before a count ("Nobody sends (three)", "no one would fly (two)")."""
_RETRACTED = re.compile(r"^\W*(?:(?:correction|editor[’']s note)\s*:\s*)?(?:an earlier|a previous|the original|an? (?:older|first))\s+version"
                        r"\s+of\s+(?:this|the)\s+(?:article|story|report|piece|text)\b", re.I)


DENIED_THAT = re.compile(r"\b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing)|debunk(?:ed|s|ing))"
                          r"(?:\s+(?!(?:said|says|told|added|but|and)\b)[\w’'-]+){0,8}?\s+that\s+(?:(?!\b(?:but|while)\b)[^.;:,])*$", re.I)
"""A count in the "that" clause of a denial: "denied reports on social media that (three guards) had been killed",
"dismissed as fabricated a report that the alliance had won (12 seats)"."""


_DISMISSED_TALK = re.compile(r"\b(?:dismiss(?:ed|es|ing)?|den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|ridicul(?:ed|es|ing)|mock(?:ed|s|ing)?)"
                             r"\s+(?:the\s+)?(?:talk|reports?|claims?|stories|story|rumou?rs?|accounts?)\s+(?:of|about)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
"""A count in what a denial calls talk or reports: "dismissing the talk of (three drones) as theater"."""


_REPORT_THAT = re.compile(r"\b(?:reports?|claims?|rumou?rs?|accounts?|allegations?)\b(?:\s+[\w’'-]+){0,5}?\s+that\s+[^.;:]*$", re.I)
_FALSE_AFTER = re.compile(r"[^.;:]*?\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|fabricated|baseless|unfounded|wrong|incorrect"
                          r"|inaccurate)\b", re.I)
"""A report whose "that" clause holds the count, said to be false after it: "Reports on social media that (two guards)
had been killed were false"."""


_NO_EVIDENCE = re.compile(r"\b(?:nothing|no\s+(?:evidence|signs?|indications?|traces?|proof))[”\"’]?\s+(?:(?:so\s+far|yet)\s+)?"
                          r"(?:(?:to\s+)?(?:suggest|indicate|show|support|confirm|point\s+to)(?:s|ing)?\s+(?:that\s+)?|of\s+|for\s+|that\s+)"
                          r"(?:there\s+(?:was|were|had\s+been)\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
"""A count that a zero of evidence is about: "(had seen) nothing to suggest (a second)", "no sign of (a third
drone)", "no evidence that there were (two) blasts"."""


def not_claim_denied(c: NumberContext) -> str | None:
    """A count the sentence denies or retracts (C1, I6): "five drones, not one", "no official has
    reported five drones", "police have not confirmed two deaths", "denied reports that three guards had
    been killed", "dismissing the talk of three drones", "reports that two guards had been killed were false", "An earlier version of this article said
    ... two drones", "saw nothing to suggest a second"; a count that a generic zero
    does something with ("Nobody sends three to deliver a warning"): rhetorical."""
    if _NOT_BEFORE.search(c.near) or _UNREPORTED.search(c.before) or DENIED_THAT.search(c.text, c.sent_start, c.tok.start) \
            or _DISMISSED_TALK.search(c.before):
        return "denied count (I6)"
    if _REPORT_THAT.search(c.text, c.sent_start, c.tok.start) and _FALSE_AFTER.match(c.text, c.tok.end, c.sent_end):
        return "denied count (I6)"
    if _ZERO_SUBJECT.search(c.near):
        return "rhetorical count after a generic zero (I4, I6)"
    if _NO_EVIDENCE.search(c.before):
        return "count without evidence (I6)"
    if _RETRACTED.match(c.text[c.sent_start:c.tok.start]):
        return "retracted figure (I6)"
    return None

