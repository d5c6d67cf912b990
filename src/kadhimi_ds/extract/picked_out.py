"""Numbers that pick out or stand for things rather than count them (codebook I4): "one of the ...", the pronoun
"one", "both", ordinals of rank; split from :mod:`.non_claims`. Each rule reads a :class:`.numerals.NumberContext`
and returns the reason, or None."""
from __future__ import annotations

import re

from .counting import HIT_BY
from .numerals import NumberContext

_OF_AFTER = re.compile(r"^\s+of\b")
_HEDGE_BEFORE = re.compile(r"\b(?:at least|at most|more than|no fewer than|no more than|up to)\s+$", re.I)
_PRONOUN_DET = re.compile(r"\b(?:no|any|every|each|the|this|that|which|one\s+by)\s+$", re.I)
_ADJECTIVE_ONE = re.compile(r"\b(?:a|an|the)\s+[a-z][\w-]*\s+$", re.I)
_NO_NOUN_AFTER = re.compile(r"^\s*(?:[.,;:!?)”\"—–]|$|(?:and|or|but|who|that)\b)")
""""(not) a dead one.": an article, an adjective and "one" with no noun after it stand for a noun."""
_COMPLEMENTIZER = re.compile(r"(?:\b(?:and|but|is|was|said|says|saying|added|adds|adding|stated|stating|reported|reporting|confirmed"
                             r"|confirming|claimed|claiming|noted|noting|announced|announcing)"
                             r"(?:\s+(?:on|in|late|early|later|earlier|last|this|yesterday|today)\b(?:\s+[\w’']+){0,3}?)?"
                             r"|\btold(?:\s+[\w’'()-]+){1,6}?|,)\s+that\s+$", re.I)
""""that" opening a reported clause ("added that (one drone) had been shot down", "adding that (one) was downed", "told the state news agency (SNA)
that (one guard) died"), also past a time or place of the saying ("said on Saturday that (one protester) had died", "said in
a statement that"), or a clause after a copula ("my reading is that (one) got through"): no determiner of "one"."""
_THE_OTHER, _PRONOUN_AFTER = re.compile(r"\bthe other\s+$", re.I), re.compile(r"^\s+(?:another|day|time|way|side|thing|more time|by one)\b")
_COMMA_BEFORE = re.compile(r",\s*$")
_RELATIVE_AFTER = re.compile(r"^\s+(?:that|which|who)\s+(?:would|could|will|might|may|can|should)\b")
""""a majority government, (one) that would leave them out": "one" set off after a noun phrase and taking a relative
clause with a modal stands for that noun, as a restatement of what is sought, no count; not a member of a series
("two brought down, one that got through")."""
_ORDINAL_ONE = re.compile(r"\b(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next)\s+$", re.I)
""""a third one hit the house": the ordinal counts (C8), its "one" stands for the noun."""


_ONE_OF_DONE = re.compile(r"^\s+of\s+(?:them|those|these|which|(?:the|his|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?!(?:that|which|who)\b)[\w’'-]+){1,3}?)"
                          r"\s+(?:(?:(?:was|were|had been|has been)\s+(?:[a-z]+ly\s+)?(?:shot down|downed|intercepted|brought down|destroyed"
                          r"|killed|slain|wounded|injured|hurt))|(?:had\s+)?(?:hit|struck|reached|crashed into|slammed into|died)"
                          r"|(?:had\s+)?(?:explod|detonat)(?:ed|ing)\s+(?:on|onto|into|at|inside)|hitting|striking|(?:crashing|slamming)\s+into)\b")
"""A verb of C7-C9 saying what happened to the one picked out: "one of them hit the house", "one of the guards was
killed", "one of the drones had exploded on the roof", "one of three drones hit the house", "(two drones,) one of them
exploding on the roof" (I4 note: a
count of one); not a participle of the group ("one of the guards wounded in the attack was ..."),
nor a relative clause ("one of the drones that reached ..."); an aside on a count is one ("two drones, one of
which was downed")."""


def not_claim_one_of(c: NumberContext) -> str | None:
    """"one of the drones", "one of Iraq’s largest militias": picks one out, not a count; a hedged
    "at least one of them" counts (C3), and so does one that a C7-C9 verb says was downed, struck, killed
    or hurt (:data:`_ONE_OF_DONE`), or that a target was hit by ("hit by one of three drones": :data:`.counting.HIT_BY`)."""
    if c.tok.value == 1 and c.tok.form == "words" and _OF_AFTER.match(c.after) and not _HEDGE_BEFORE.search(c.near) \
            and not _ONE_OF_DONE.match(c.after) and not HIT_BY.search(c.before):
        return "“one of the ...”, not a count"
    return None


def not_claim_pronoun(c: NumberContext) -> str | None:
    """"no one", "someone", "one another", "one by one", "no single ...", "the one who", "one day", "a dead one", "a third one",
    ", one that …" (:data:`_RELATIVE_AFTER`); not
    "one" after "that" opening a reported clause ("said that one drone ...")."""
    if c.tok.form != "words" or c.tok.value != 1:
        return None
    if _PRONOUN_DET.search(c.near) and not _THE_OTHER.search(c.near) and not _COMPLEMENTIZER.search(c.before):
        return "pronoun “one”, not a count"
    if _ADJECTIVE_ONE.search(c.near) and not _THE_OTHER.search(c.near) and _NO_NOUN_AFTER.match(c.after):
        return "pronoun “one”, not a count"
    if _COMMA_BEFORE.search(c.near) and _RELATIVE_AFTER.match(c.after):
        return "pronoun “one”, not a count"
    if _PRONOUN_AFTER.match(c.after) or _ORDINAL_ONE.search(c.near):
        return "pronoun “one”, not a count"
    return None


def not_claim_both(c: NumberContext) -> str | None:
    """"both": it names two things already there ("put the number at two, both lightly injured", "both were
    hit"), never counts them (I4)."""
    return "“both”, identity, not a count (I4)" if c.tok.text.lower() == "both" else None


def not_claim_ordinal(c: NumberContext) -> str | None:
    """An ordinal of rank ("the first to", "second-largest", "a third party")."""
    return "ordinal of rank, not a count" if c.tok.form == "ordinal" else None
