"""The event registry (``seeds/events.yaml``) as the claim pass reads it: each event's period (date and
date_precision, E10) and which registered events a count can belong to (C14) by the time words of its
clause, its quantity and population (E1, E2, E7), the weapons its clause names (E3) and the places its
sentence names. A count whose time words fall in no fitting event's period is for an unregistered
event (I7); a count that fits exactly one event, or one of the finest precision, gets its id; the events
tied at the finest precision are handed to :mod:`.event_ties`."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterable

from .cues import FINITE_SPEECH
from ..numbers import NUMBER_WORDS, VAGUE
from .dates import MONTH_RE, period, time_periods, whole_time
from .draft import DateHint
from .capitals import COUNTRIES
from .elsewhere import WHEN_CLAUSE, clause_bounds, places, relative_clause

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_WEAPONS = ((re.compile(r"\b(?:drones?|quadcopters?|UAVs?|air ?strikes?|airstrikes?|warplanes?|aircraft)\b", re.I), "Air/drone strike"),
            (re.compile(r"\b(?:rockets?|mortars?|missiles?|shelling|artillery|Katyushas?)\b", re.I), "Shelling/artillery/missile attack"),
            (re.compile(r"\b(?:roadside bombs?|IEDs?|improvised explosive|landmines?|car bombs?|sticky bombs?)\b", re.I),
             "Remote explosive/landmine/IED"),
            (re.compile(r"\bsuicide\b", re.I), "Suicide bomb"),
            (re.compile(r"\bgrenades?\b", re.I), "Grenade"))
"""The weapons of E3 and the Remote violence sub-type each makes of an attack."""
_CROWD_WORDS = re.compile(r"\b(?:clash(?:es|ed)?|protests?|protesters?|protesting|demonstrations?|demonstrators?|riots?|rioters?"
                          r"|sit-ins?|marchers|rall(?:y|ies))\b", re.I)
"""A crowd's words: casualties whose clause names them and no weapon are of a protest or riot (E1 (3))."""
_ATTACK_WORDS = re.compile(r"\b(?:attacks?|attacked|blasts?|explosions?|bombings?|strikes?|assassination)\b", re.I)
"""An attack's words: casualties whose clause names one and no crowd nor weapon are not of a protest or riot (E1)."""
_INTERCEPTED = "Disrupted weapons use"  # E4: an attack whose drones were all intercepted
_REMOTE = "Explosions/Remote violence"
_PEACEFUL = "Peaceful protest"  # E2 (4): no force used against it, no one hurt
_VIOLENT_TYPES = frozenset(("Explosions/Remote violence", "Protests", "Riots", "Battles", "Violence against civilians"))
_CROWD_TYPES = frozenset(("Protests", "Riots"))
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(FINITE_SPEECH + ["speaking", "issued", "released", "published"]) +
                            r")(?:\s+[\w’'-]+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$", re.I)
"""A speech or publishing verb right before a time ("said on Monday", "told reporters Monday", "speaking at Saturday's
funeral", "issued on Saturday"): the time of the report, not of the count."""
_OCCASION_BEFORE = re.compile(r"\b(?:meeting|session|conference|address|speech|briefing|interview|sermon|rally)\s+"
                              r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
"""A speaking occasion right before a time ("a statement issued after an emergency meeting late on Sunday", "in a
televised address on Sunday"): the time of that occasion, another event than the count's (E8)."""
_JOINED_CASUALTIES = re.compile(r"\band\s+(?:the\s+)?(?:killings?|deaths?|murders?|massacres?|wounding|shooting)\s+of\s+"
                                r"(?:[a-z-]+\s+)?$", re.I)
"""A casualty noun joined by "and" after another event's noun ("both the drone incident and the killing of (protesters)"):
its own event (E14), so the weapon of the noun before it does not place the count."""
_TOLL_CLAUSE = re.compile(r"\b(?:as|while|with)\s+(?:the\s+)?(?:death\s+|injury\s+)?toll\b", re.I)
"""A toll that opens a clause of its own ("survives drone attack as toll from Friday’s clashes climbs to (two)"): the
attack before it does not place the count (E14)."""
_ELECTION_AFTER = re.compile(r"[’']?s?\s+(?:[\w-]+\s+)?(?:elections?|votes?|polls?|ballot)\b", re.I)
"""A time that dates an election ("the October 10 election", "the 10 October parliamentary vote"): it places seats only."""
_ELECTION_BEFORE = re.compile(r"\b(?:elections?|votes?|polls?|ballot)\s+(?:(?:was|were)\s+)?(?:held\s+)?(?:on\s+|of\s+)?$", re.I)
"""The same after the election ("the elections held on October 10", "the vote of 10 October")."""
_REPORT_AFTER = re.compile(r"[’']s?\s+(?:[\w-]+\s+)?(?:coverage|reports?|reporting|statements?|briefings?|bulletins?|news|papers|headlines"
                           r"|updates?|accounts?|editions?)\b", re.I)
"""A time that dates a report ("this morning’s coverage", "Monday's statement"): the time of the report, not of the count."""
_BY_TIME = re.compile(r"\bby\s+$|by\s", re.I)
"""A time that bounds a count ("by Tuesday a security official put the number of injured guards at six"): the time of
the report that has the figure by then, not of the count."""
_AFTER_BEFORE_COUNT = re.compile(r"\b(?:after|following)\s+$", re.I)
""""after" opening the clause of a count ("(on Monday,) a day after (drones targeted his home)"): a day named before it is
the time of the main clause, later than the count's."""
_ASIDE = re.compile(r",\s+(?:all|both|each|most|none|many|some|several)\s+of\s+(?:them|whom)\b[^,;:.()]*,")
"""An aside on a noun set off by commas ("Independents, many of them veterans of the 2019 protests, secured …"): its time
dates the noun's past, not the count after it."""
_DIED_LATER = re.compile(r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\b", re.I)
"""A death from wounds, dated by the day of death, not of the event that caused it."""
_BASELINE = re.compile(r"\bthan\b|\b(?:from|of|(?:after|having|since)\s+(?:winning|won|taking|taken|securing|secured|holding|held))\s+"
                       r"(?:the\s+)?(?:\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS | set(VAGUE))) + r")\b", re.I)
"""A figure compared with ("down from 48 in 2018", "a third of the 48 it held after 2018", "after winning 48 in 2018"): a
time after it dates that figure."""
_DATED_BASELINE = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?:\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS | set(VAGUE))) + r")(?:\s+[\w-]+)?"
                             r"[\s,]*$", re.I)
"""A figure compared with right before a time ("fell from 48 seats in 2018 to 17", "up from 54 three years ago"): the time
dates that figure, not a count after it."""
_ANTECEDENT_TIME = re.compile(r"(?:\s+[a-z-]+){0,2}?[\s,]*(?:in|during|on|at|of)?\s*")
"""What stands between a time and the relative clause it dates ("one in June in which four drones struck"), up to two
words of the noun it modifies ("the 2019 protest movement, in which nearly 600 were killed")."""
_REPORTED_THAT = re.compile(r"^.*\b(?:" + "|".join(FINITE_SPEECH) + r")\b[^,;:]{0,40}?\bthat\s", re.I | re.S)
"""The lead of a reported clause up to its "that" ("A U.S. official told reporters that ..."): the country it names is the
source's, not a place of the count."""
_SOURCE_AFTER = r"\s+(?:[a-z]+\s+)?(?:officials?|sources?|diplomats?|spokes(?:man|woman|person))\b"
"""A source noun after a country ("a U.S. official said he understood two drones were used"): the source's country, not
a place of the count, also without a reported "that"."""
_PLACE_IN = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_TIME_WORD = re.compile(MONTH_RE + r"\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
"""A capitalised word after "in" that is a time ("in April"), not a place."""
_SAME_COUNTRY = {"United States": "US", "United Kingdom": "UK", "Britain": "UK", "United Arab Emirates": "UAE"}
"""Names of one country that the registry's words may give in another form ("a U.S. strike")."""


@dataclass(frozen=True)
class RegisteredEvent:
    """One registry entry: its id, period, type and sub-type, and the words naming where it happened."""

    id: str
    first: dt.date
    last: dt.date
    precision: str
    event_type: str
    sub_event_type: str
    where: str  # location, admin1 and summary
    place: str  # location, else admin1; empty for an event across a country (no admin1)
    country: str
    country_words: str  # ``where`` without full stops, each country in the one form _SAME_COUNTRY gives

    def during(self, first: dt.date, last: dt.date) -> bool:
        """True when the event's period meets the period [first, last]."""
        return self.first <= last and first <= self.last


@dataclass(frozen=True)
class Link:
    """The registry's word on a count: the event it proposes, or the time words placing it in none."""

    event: str | None = None
    unregistered: str | None = None
    tied: tuple[RegisteredEvent, ...] = ()  # the events of the finest precision that fit it equally, when none is proposed


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _likely(events: list[RegisteredEvent], quantity: str, clause: str) -> list[RegisteredEvent]:
    """The events among ``events`` (all fitting a count) that its clause allows: explosions in remote violence (E1 (2));
    no casualties in a peaceful protest (E2 (4)) nor in an attack all intercepted (E4); casualties in a protest or
    riot when the clause names a crowd and no weapon, outside one when it names an attack and no crowd nor weapon
    (E1)."""
    if quantity not in ("killed", "injured", "explosions"):
        return events
    armed = any(pattern.search(clause) for pattern, _ in _WEAPONS)
    crowd = not armed and bool(_CROWD_WORDS.search(clause))
    attack = not armed and not crowd and bool(_ATTACK_WORDS.search(clause))

    def likely(e: RegisteredEvent) -> bool:
        if quantity == "explosions":
            return e.event_type == _REMOTE
        if e.sub_event_type in (_PEACEFUL, _INTERCEPTED):
            return False
        return e.event_type in _CROWD_TYPES if crowd else e.event_type not in _CROWD_TYPES if attack else True

    return [e for e in events if likely(e)]


_QUOTED_PART = re.compile(r"“[^“”]+”")


def _own_words(clause: str, at: int) -> str:
    """The words of ``clause`` that speak of the count at ``at``: the quoted fragment holding it when it stands in one
    (“bury the blood of the two martyrs of Friday”: an attack named outside the quotation is not what the quoted
    words count), else the whole clause."""
    return next((m.group() for m in _QUOTED_PART.finditer(clause) if m.start() < at < m.end()), clause)


def _finest(events: list[RegisteredEvent]) -> Link:
    """The one event of the finest precision among ``events`` (a day before a month's series), else no event and
    the events tied at that precision."""
    if not events:
        return Link()
    best = min(_PRECISION_RANK.get(e.precision, 3) for e in events)
    finest = tuple(e for e in events if _PRECISION_RANK.get(e.precision, 3) == best)
    return Link(finest[0].id) if len(finest) == 1 else Link(tied=finest)


class EventRegistry:
    """The registered events, with the countries that each country code stands for in the registry's own words.
    An election's period runs to the next registered election: the results and seats of that term are its (E7)."""

    def __init__(self, events: Iterable[dict[str, Any]]):
        self.events: list[RegisteredEvent] = []
        self.country_names: dict[str, set[str]] = {}
        for e in events:
            first = _date(e.get("date"))
            if first is None or not e.get("id"):
                continue
            precision = str(e.get("date_precision") or "day")
            location = f"{e.get('location') or ''} {e.get('admin1') or ''}"
            place = str(e.get("location") or e.get("admin1") or "") if e.get("admin1") else ""  # none: country-wide
            where = " ".join(str(e.get(k) or "") for k in ("location", "admin1", "summary"))
            country_words = where.replace(".", "")
            for long, short in _SAME_COUNTRY.items():
                country_words = country_words.replace(long, short)
            self.events.append(RegisteredEvent(str(e["id"]), *period(first, precision), precision, str(e.get("event_type") or ""),
                                               str(e.get("sub_event_type") or ""), where, place, str(e.get("country") or ""), country_words))
            self.country_names.setdefault(str(e.get("country") or ""), set()).update(
                c for c in COUNTRIES if re.search(r"\b" + re.escape(c) + r"\b", location))
        polls = sorted(e.first for e in self.events if e.sub_event_type == "Election")
        self.events = [replace(e, last=next((d - dt.timedelta(days=1) for d in polls if d > e.first), dt.date.max))
                       if e.sub_event_type == "Election" else e for e in self.events]

    def placed(self, hints: Iterable[DateHint], published: dt.date | None) -> list[RegisteredEvent]:
        """The events whose period meets the publication day or a date the article names (its date hints) at least as
        finely as the event's precision: "in January 2020" places the year's series, not the day's strike."""
        periods = [(*period(h.date, h.precision), _PRECISION_RANK.get(h.precision, 3)) for h in hints if h.date and h.precision]
        periods += [(published, published, 0)] if published else []
        return [e for e in self.events if any(e.during(a, b) and rank <= _PRECISION_RANK.get(e.precision, 3) for a, b, rank in periods)]

    def fitting(self, quantity: str, population: str | None, clause: str, place_check: bool) -> list[RegisteredEvent]:
        """The events a count can belong to: of a type its quantity counts (E1, E7: seats in an election, crowds at
        a protest or riot, drones and casualties in violence), of the sub-type of a weapon its clause names (E3),
        in the countries its clause names ("US-led", "pro-Iran" are no places, nor the source's country before a reported
        "that" or before a source noun, "a U.S. official") and, with ``place_check``, at the
        places its clause puts it in."""
        weapons = {sub for pattern, sub in _WEAPONS if pattern.search(clause)}
        if quantity.startswith("drones"):
            weapons.add("Air/drone strike")
        lead = _REPORTED_THAT.match(clause)
        bare = clause[lead.end() if lead else 0:].replace(".", "")
        countries = {_SAME_COUNTRY.get(c, c) for c in (c.replace(".", "") for c in COUNTRIES)
                     if re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])(?!" + _SOURCE_AFTER + ")", bare)}
        named = {p for m in _PLACE_IN.finditer(clause) if not _TIME_WORD.match(p := m.group("place"))} if place_check else set()
        out = []
        for e in self.events:
            if quantity.startswith("seats"):
                ok = e.sub_event_type == "Election"
            elif quantity == "participants" or population == "protesters":
                ok = e.event_type in _CROWD_TYPES
            else:
                ok = e.event_type in _VIOLENT_TYPES or e.sub_event_type == _INTERCEPTED
            if ok and weapons and not quantity.startswith("seats"):
                ok = e.sub_event_type in weapons or e.sub_event_type == _INTERCEPTED and not quantity.startswith("drones_struck")
            if ok and countries:
                ok = all(re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", e.country_words)
                         or c in self.country_names.get(e.country, ()) for c in countries)
            if ok and named:
                ok = all(p in e.where or p in COUNTRIES and p in self.country_names.get(e.country, ()) for p in named)
            if ok:
                out.append(e)
        return out

    def link(self, words: str, span: tuple[int, int], quantity: str, population: str | None, published: dt.date | None,
             placed: list[RegisteredEvent], elsewhere: str | None = None) -> Link:
        """The registry's word on the count at ``span`` of the sentence ``words``. The time words of its clause
        that place it (:func:`placing_times`) decide: a fitting event in their period is proposed when it is the
        only one of the finest precision, and none makes the count one for an unregistered event (C14, I7).
        ``elsewhere`` are words placing it in a separate incident or a past time: when they stand in its clause,
        the sentence's time words count too, and the places the clause names. Without time words that place it,
        the fitting events among those the article places (``placed``) decide, as seats and the election. A
        previous election's seats (``seats_previous``) belong to the current one (C11): their time is passed over."""
        lo, hi = clause_bounds(words, span[0])
        joined = _JOINED_CASUALTIES.search(words, lo, span[0])
        toll = _TOLL_CLAUSE.search(words, lo, span[1])
        lo = joined.start() if joined else toll.start() if toll else lo
        found = [] if quantity == "seats_previous" else placing_times(words, span, quantity, published)
        at = words.find(elsewhere) if elsewhere else -1
        if elsewhere and whole_time(elsewhere, published) and not any(a < at + len(elsewhere) and at < b for a, b, _, _ in found):
            elsewhere = None  # its time words place another count of the sentence
        apart = elsewhere is not None and lo <= at < hi
        times = [t for t in found if lo <= t[0] < hi] or (found if apart else [])
        fit = self.fitting(quantity, population, words[lo:hi], apart)
        if times:
            matched = [e for e in fit if any(e.during(first, last) for _, _, first, last in times)]
            likely = _likely(matched, quantity, _own_words(words[lo:hi], span[0] - lo))
            if likely or matched:  # an event of its time that its words do not allow leaves it unlinked, not ignored
                return _finest(likely)
            return Link(unregistered=elsewhere if apart else words[times[0][0]:times[0][1]])
        if apart:
            return Link(unregistered=elsewhere)
        ids = {e.id for e in placed}
        return _finest(_likely([e for e in fit if e.id in ids], quantity, words[lo:hi]))


@lru_cache(maxsize=8)
def _registry_of(fingerprint: str) -> EventRegistry:
    return EventRegistry(json.loads(fingerprint))


def event_registry_for(events: Iterable[dict[str, Any]]) -> EventRegistry:
    """The registry of a list of ``events.yaml`` entries, built once per content (as :func:`.gazetteer.gazetteer_for`
    builds a gazetteer once per actor registry): articles extracted with one registry share it."""
    return _registry_of(json.dumps(list(events), sort_keys=True, ensure_ascii=False, default=str))


def placing_times(words: str, span: tuple[int, int], quantity: str, published: dt.date | None) -> list[tuple[int, int, dt.date, dt.date]]:
    """The time words of the sentence ``words`` that place the count at ``span``, with their periods: not a report's
    time ("said on Monday") or a speaking occasion's ("an emergency meeting late on Sunday"), not an election's date for a count other than seats ("the October 10 election"),
    not a report's date ("this morning’s coverage"), not a time that bounds it ("by Tuesday"), not a time in
    an aside on a noun before it (", many of them veterans of the 2019 protests,"), not a time in a relative clause of another noun or outside the count's own relative clause (unless it dates
    its antecedent: "one in June in which four drones struck"), not the time of a figure compared with ("down
    from 48 in 2018", "fell from 48 seats in 2018 to 17"), not a day before "after" opening the count's clause
    ("arrived on Monday, a day after drones targeted his home"), and none for a death from wounds. A time before a "when" clause holding the count is the one that
    places it ("the 5 November killings recall the movement that began in October 2019, when forces killed 600")."""
    held = relative_clause(words, *span)
    if _DIED_LATER.search(words, *clause_bounds(words, span[0])):
        return []
    found = [(a, b, first, last) for a, b, first, last in time_periods(words, published)
             if places(words, a, b, span) and not _SPEECH_BEFORE.search(words, 0, a) and not _OCCASION_BEFORE.search(words, 0, a)
             and (quantity.startswith("seats") or not _ELECTION_AFTER.match(words, b) and not _ELECTION_BEFORE.search(words, 0, a))
             and not _REPORT_AFTER.match(words, b) and not _BY_TIME.match(words, a) and not _BY_TIME.search(words, max(0, a - 4), a)
             and (held is None or held[0] <= a < held[1] or _ANTECEDENT_TIME.fullmatch(words, b, held[0]))
             and not _BASELINE.search(words, span[1], a) and not (span[0] >= b and _DATED_BASELINE.search(words, 0, a))
             and not (first == last and b <= span[0] and _AFTER_BEFORE_COUNT.search(words, max(b, span[0] - 12), span[0]))
             and not any(m.start() <= a and m.end() <= span[0] and b <= m.end() for m in _ASIDE.finditer(words))]
    return [t for t in found if WHEN_CLAUSE.match(words, t[1], span[0])] or found
