"""Counts about another event than the article's (codebook C14, I7): the words by which a sentence
places its counts in another incident (another attack, an earlier year, a sentence set apart by
"Separately" naming another cause or place), a round-up item on another country, and crowds of a
continuing sit-in. Such a count is listed as an ignore, or, when placed only by a past time or in a
concurrent separate incident, left to the event registry (:mod:`.registered_events`) to link or ignore;
without a registry it is kept as a claim flagged for the coder to link its event."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .capitals import COUNTRIES
from .dates import MONTHS

if TYPE_CHECKING:
    from .draft import ClaimProposal, NumberExpression


_ANOTHER = re.compile(r"\b(?:another|a previous|an earlier|a separate|a similar|a prior|the previous|an? (?:earlier|separate)"
                      r"|last year'?s?|(?:in|since) (?:a|an)? ?(?:previous|earlier|separate))\s+(?:[a-z-]+\s+){0,2}"
                      r"(?:attacks?|strikes?|incidents?|bombings?|assaults?|years?|rounds?|clash(?:es)?|raids?|ambush(?:es)?)\b"
                      r"|\b(?:last|earlier this|earlier in the) (?:year|month|week)\b"
                      r"|\b(?:\w+|a few|several) (?:weeks|months|years) (?:ago|earlier|before)\b|\b(?:a|one) (?:week|month|year) (?:ago|earlier)\b", re.I)
_YEAR = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d\d)\b")
_MONTH = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Ll]ast)\s+(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")\b"
                    r"(?!\s+\d)(?!,?\s+(?:19|20)\d\d)")
"""A month named without a day or year ("In January", "in July"), not a stretch of time up to now ("since January")."""


_MONTH_INCIDENT = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|assaults?|raids?|incidents?)\b")
"""An incident named by its month ("the January drone strike on the palace", "an April rocket attack"): when the month
lies two months or more before the publication's, another incident than the one the article reports. One picked out
of a series the sentence names ("attacks on U.S. forces this year, including an April attack") is left to the series."""
_SERIES_MEMBER = re.compile(r"\b(?:including|such as|among them)\s+$", re.I)


def _earlier_month(m: re.Match[str], published: dt.date | None) -> bool:
    """True when the month of ``m`` lies two months or more before the publication's ("In January" in a
    November article): another incident than the days the article reports; the month before may be the
    registered event's ("the October vote")."""
    return published is not None and (published.month - MONTHS[m.group("month").lower()]) % 12 >= 2
_YEARS_AGO = re.compile(r"(?:\w+|a few|several) years (?:ago|earlier|before)|(?:a|one) year (?:ago|earlier)|last year'?s?", re.I)


def past_time_only(words: str) -> bool:
    """True when :func:`another_event` placed the count only by a past year or month ("in 2019", "two
    years ago", "last year", "In April" in a November article) or by an incident named by such a month ("an April
    attack"): such a count is often about a
    registered episode of that time, so it stays a claim flagged for the coder to link; a count placed
    in another attack or a few weeks back is about an unregistered incident (codebook C14, I7) and is
    listed as an ignore instead."""
    return bool(_YEAR.fullmatch(words) or _YEARS_AGO.fullmatch(words) or _MONTH.fullmatch(words) or _MONTH_INCIDENT.fullmatch(words))


_OTHER_LEGISLATURE = re.compile(r"\b(?:[A-Z][\w-]+\s+(?:Region|Province|Governorate)(?:[’']s)?|[Rr]egional|[Pp]rovincial|[Mm]unicipal"
                                r"|[Ll]ocal|[Cc]ity)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}?(?:votes?|elections?|polls?|parliament|assembly"
                                r"|council|legislature)\b")
"""The vote or chamber of a region, province or city ("the Kurdistan Region’s 2018 parliamentary vote", "provincial
council elections", "the Kurdistan Region's own 111-seat parliament"): not the Council of Representatives."""


def other_legislature(sentence: str) -> str | None:
    """The words naming another legislature or its vote, whose seats the sentence counts (C11, C14: a count for
    an unregistered event, I7), else None."""
    m = _OTHER_LEGISLATURE.search(sentence)
    return m.group() if m else None


_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)
_THESE_DAYS = re.compile(r"(?<!\blast )(?<!\bprevious )\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight"
                         r"|overnight|this (?:morning|afternoon|evening))\b", re.I)


def concurrent_incident(words: str, sentence: str) -> bool:
    """True when :func:`another_event` found only "a separate incident" and the sentence dates it in the
    days the article reports ("In a separate incident, two blasts were heard late Sunday"): a
    concurrent incident that may be registered on its own, so the count stays a claim flagged for the
    coder to link (C14), like one placed by a past year."""
    others = [m for m in _ANOTHER.finditer(sentence) if not _SEPARATE.search(m.group())]
    return bool(_SEPARATE.search(words)) and not others and bool(_THESE_DAYS.search(sentence))


_APART = re.compile(r"^\W*(?:separately|elsewhere|in other news|in (?:a |an )?(?:separate|unrelated|other) (?:incident|development|attack"
                    r"|news)s?)\b", re.I)
_OTHER_CAUSE = re.compile(r"\b(?:an?|the|two|three)\s+(?:[a-z-]+\s+)?(?:roadside bombs?|improvised explosive devices?|IEDs?|landmines?"
                          r"|car bombs?|suicide (?:bomber|bombing)s?|ambush(?:es)?|mortar (?:rounds?|shells?)|road accidents?|bus crash)\b"
                          r"|\bin (?:the )?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|central)\s+(?:[A-Z][\w’'-]+\s+){1,2}"
                          r"(?:province|governorate|region|district)\b")
"""What a sentence set apart ("Separately, ...", "Elsewhere, ...") names as another incident's cause or place."""


_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b|\bthat\s+(?=(?:was|were|is|are|had|has|have|did|does|do|will|would|could"
                       r"|lost|won|took|held|came|left|saw|gave|made|kept|began|rejects?|[a-z]+ed)\b)", re.I)
"""A relative pronoun: "who", "which", or "that" before a verb ("parties that lost ground")."""
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s")


def relative_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause holding ``sentence[start:end]``: from its pronoun to the next comma, dash,
    bracket or the sentence's end (a clause without a comma runs on into the main verb, which holds
    no date of its own here). None when no pronoun opens a clause before it in the same stretch."""
    rel = None
    for r in _RELATIVE.finditer(sentence, 0, start):
        if not _CLAUSE_END.search(sentence, r.end(), start):
            rel = r
            break
    if rel is None:
        return None
    stop = _CLAUSE_END.search(sentence, end)
    return rel.start(), stop.start() if stop else len(sentence)


WHEN_CLAUSE = re.compile(r",\s*when\b[^,;:()—–]*$")
"""A "when" clause after a time ("the movement that began in October 2019, when forces killed 600"): dated by it."""


def places(sentence: str, start: int, end: int, count: tuple[int, int] | None) -> bool:
    """True when the date or incident words at [start, end) place the count at ``count``: always, unless they
    stand in a relative clause ("supporters of parties that lost ground in last month's election",
    "protesters, who reject last year's results,") that neither holds the count nor follows its noun
    right away ("two guards who were hurt last month"), nor ends in them before a "when" clause holding the
    count ("the movement that began in October 2019, when forces killed 600 protesters")."""
    if count is None:
        return True
    clause = relative_clause(sentence, start, end)
    if clause is None or clause[0] <= count[0] < clause[1]:
        return True
    if not sentence[end:clause[1]].strip() and WHEN_CLAUSE.match(sentence, clause[1], count[0]):
        return True
    return count[1] <= clause[0] and not sentence[count[1]:clause[0]].strip(" ,")


@lru_cache(maxsize=1024)
def another_event(sentence: str, published: dt.date | None, count: tuple[int, int] | None = None) -> str | None:
    """The words by which the sentence places its counts in another event ("another attack", "an
    earlier strike", "last year", a year before the publication's, "in July" two months or more before
    it, or an incident named by such a month, "the January drone strike"; a sentence set apart by
    "Separately" or "Elsewhere" that names another cause or place: "a roadside bomb", "in the northern
    X province"), else None. With ``count``, the (start, end) of a count in the sentence, words inside
    a relative clause that is not the count's are passed over (:func:`places`). Cached: every claim of
    a sentence asks it."""
    if _APART.match(sentence):
        cause = _OTHER_CAUSE.search(sentence)
        if cause:
            return cause.group()
    m = next((m for m in _ANOTHER.finditer(sentence) if places(sentence, m.start(), m.end(), count)), None)
    if m:
        return m.group()
    earlier = [m for m in _YEAR.finditer(sentence) if published is not None and int(m.group(1)) < published.year
               and places(sentence, m.start(), m.end(), count)]
    earlier += [m for m in _MONTH.finditer(sentence) if _earlier_month(m, published) and places(sentence, m.start(), m.end(), count)]
    incident = next((m for m in _MONTH_INCIDENT.finditer(sentence) if _earlier_month(m, published)
                     and not _SERIES_MEMBER.search(sentence, max(0, m.start() - 20), m.start())
                     and places(sentence, m.start(), m.end(), count)), None)
    if incident:
        return incident.group()
    return earlier[0].group() if earlier else None


_WEAPON = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)\s+)?\b(?:[Rr]oadside bombs?|[Ii]mprovised explosive devices?|IEDs?|[Ll]andmines?|[Cc]ar bombs?"
                     r"|[Ss]uicide (?:bomber|bombing)s?|[Mm]ortar (?:rounds?|shells?|fire)|[Aa]ir ?strikes?|[Aa]irstrikes?)\b"
                     r"|\b(?:Islamic State|ISIS|ISIL|IS|Daesh)\s+(?:militants|fighters|jihadists|gunmen|insurgents|attackers)\b")
"""Weapons and attackers that make another incident of a casualty count when the article's headline and lede do
not name them ("a roadside bomb wounded a policeman", "air strikes killed four fighters", "when Islamic State
militants attacked an army post")."""
_CLAUSE_SPLIT = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s+(?:while|whereas)\s")
_WEAPON_KEY = re.compile(r"roadside bomb|improvised explosive|\bieds?\b|landmine|car bomb|suicide bomb|mortar|air ?strike|airstrike"
                         r"|islamic state|isis|isil|daesh")


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the clause of ``sentence`` holding ``pos``: clauses are cut at a semicolon and
    at "and", "but", "while" or "whereas" after a comma."""
    cuts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(sentence)] + [len(sentence) + 1]
    return max(c for c in cuts if c <= pos), min(min(c for c in cuts if c > pos), len(sentence))


_DISASTER = re.compile(r"\b(?:[Ee]arthquakes?|[Qq]uakes?|[Ff]loods?(?!\s+of\s+[a-z])|[Ff]looding|[Ll]andslides?|[Mm]udslides?|[Cc]yclones?|[Hh]urricanes?"
                       r"|[Tt]yphoons?|[Tt]ornado(?:e?s)?|[Tt]sunamis?|[Aa]valanches?|[Hh]eat ?waves?|[Ss]andstorms?|[Ww]ildfires?)\b")
"""A natural disaster: no registered event is one (E1 registers political violence and political process), so the
casualties it causes are counts for an unregistered event ("An earthquake ... shook the province, killing two"). "A
flood of" before a common noun is a great amount ("a flood of condolence cables"), no disaster."""


def other_cause(sentence: str, count: tuple[int, int], lede: str) -> str | None:
    """The natural disaster, or the weapon or attacker, that the clause of a casualty count names as its cause, a
    weapon only when the headline and lede (``lede``) name none like it: the count belongs to another incident
    (C14, I7), as with "Separately, a roadside bomb ...". A cause in another clause ("…, and a roadside bomb was
    defused") or in a relative clause that is not the count's ("the attack, which came weeks after a car bomb hit
    the market") is passed over. None otherwise."""
    lo, hi = clause_bounds(sentence, count[0])
    disaster = next((m for m in _DISASTER.finditer(sentence, lo, hi) if places(sentence, m.start(), m.end(), count)), None)
    if disaster:
        return disaster.group()
    low_lede = lede.lower()
    for m in _WEAPON.finditer(sentence, lo, hi):
        key = _WEAPON_KEY.search(m.group().lower())
        named = re.search(re.escape(key.group()).replace("\\ ", r"\s?"), low_lede) if key else re.search(r"\bIS\b", lede)
        if named:
            continue
        if places(sentence, m.start(), m.end(), count):
            return m.group()
    return None


_ITEM_LABEL = re.compile(r"[^\S\n]*(?:[•·▪*–—-]\s*)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s+\S")


def foreign_item(text: str, pos: int, lede: str) -> str | None:
    """The label of a round-up item on another country ("Sudan: ... at least 14 protesters have been
    killed"), a country the headline and lede do not name: its counts belong to that country's
    story (C14, I7). None otherwise."""
    m = _ITEM_LABEL.match(text, text.rfind("\n", 0, pos) + 1)
    if not m or m.end("place") > pos or m.group("place") not in COUNTRIES:
        return None
    return None if re.search(r"\b" + re.escape(m.group("place")) + r"\b", lede) else m.group("place") + ":"


_CONTINUING = re.compile(r"\b(?:have|has|had)\s+(?:been\s+)?(?:camped|camping|joined|staged|held|kept|maintained|occupied|stayed|remained)\b"
                         r"[^.;]{0,80}?\b(?:since|for\s+(?:nearly|almost|about|around|more than|over|some)?\s*(?:\w+|\d+)\s+"
                         r"(?:days|weeks|months))\b"
                         r"|\b(?:begins?|began|begun|start(?:s|ed)?|launch(?:es|ed)?|set(?:s)? up|pitch(?:es|ed)?)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                         r"(?:sit-ins?|(?:protest\s+)?camps?|encampments?)\b", re.I)


def continuing_gathering(sentence: str) -> str | None:
    """A crowd counted over a stretch of time ("have camped at the gates for nearly three weeks",
    "had joined a sit-in since Friday") or opening one ("begin a sit-in", "set up a protest camp"): a
    continuing sit-in, not the dated protest an event registers (C10, C14: ignored as a count for an
    unregistered event, I7). The words, else None."""
    m = _CONTINUING.search(sentence)
    return m.group() if m else None


_ELSEWHERE_REASON = "count for another event"
_HEADING_END = re.compile(r"[.!?”\"]\s*$")


def heading_of_another_event(text: str, claim: ClaimProposal, numbers: list[NumberExpression]) -> str | None:
    """The reason of a later count that tells, in a sentence placed in another incident, what the heading
    or headline holding ``claim`` announces ("3 soldiers killed in Diyala" / "Three Iraqi soldiers were killed
    ... when Islamic State militants attacked an army post"): the same value and counted noun, so the heading
    belongs to that incident too (C14, I7). A heading is a line without a closing full stop. None otherwise."""
    if claim.value is None or not claim.noun:
        return None
    lo, hi = text.rfind("\n", 0, claim.start) + 1, text.find("\n", claim.start)
    if _HEADING_END.search(text[lo:len(text) if hi < 0 else hi]):
        return None
    noun = re.compile(r"\W*(?:[\w’'-]+\s+){0,2}?" + re.escape(claim.noun) + r"\b", re.I)
    for n in numbers:
        if n.start > claim.end and n.value == claim.value and (n.reason or "").startswith(_ELSEWHERE_REASON) \
                and noun.match(text, n.end, n.end + 60):
            return n.reason
    return None
