"""Helpers shared by the tests of ``kadhimi_ds.extract``: small actor registries of invented
people and bodies, ``extract`` over them on a fixed article date, lookups of the items a draft
proposes, and the furniture ``find_body`` marks around one line of an invented article."""
from __future__ import annotations

import datetime as dt

import pytest

from kadhimi_ds.extract import extract, find_body

DAY = dt.date(2024, 3, 8)  # a Friday

ACTORS = [
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "parent": "ports-ministry",
     "description": "Minister of ports.", "aliases": ["Omar Haddad", "Haddad"]},
    {"id": "ports-ministry", "name": "Ministry of Ports", "kind": "government",
     "aliases": ["Ministry of Ports", "ports ministry"]},
    {"id": "lina-sabbagh", "name": "Lina Sabbagh", "kind": "person", "parent": "ports-ministry",
     "description": "Spokeswoman of the ports ministry.", "aliases": ["Lina Sabbagh", "Sabbagh"]},
    {"id": "nour-karim", "name": "Nour Karim", "kind": "person", "description": "Prime minister of Freedonia.",
     "aliases": ["Nour Karim", "Karim"]},
    {"id": "mustafa-al-kadhimi", "name": "Mustafa al-Kadhimi", "kind": "person",
     "description": "Prime minister of Iraq.", "aliases": ["Mustafa al-Kadhimi", "al-Kadhimi", "Kadhimi"]},
    {"id": "harbour-front", "name": "Harbour Front", "kind": "party", "aliases": ["Harbour Front"]},
    {"id": "daily-courier", "name": "Daily Courier", "kind": "media", "aliases": ["Daily Courier"]},
    {"id": "reuters", "name": "Reuters", "kind": "media", "aliases": ["Reuters"]},
    {"id": "state-tv", "name": "State television", "kind": "media", "aliases": ["state television"]},
    {"id": "unnamed-security-sources", "name": "Unnamed security sources", "kind": "other", "aliases": []},
    {"id": "unnamed-officials", "name": "Unnamed officials", "kind": "government", "aliases": []},
    {"id": "dock-militias", "name": "Dock-backed harbour militias", "kind": "armed_group", "aliases": []},
]


PORT_DRONE_STRIKE = {"id": "port-drone-strike", "date": "2024-03-07", "date_precision": "day",
                     "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                     "location": "Harbourtown (port)", "admin1": "Harbourtown", "country": "FRD",
                     "summary": "Drones strike the port authority on Thursday."}
DOCK_RIOT = {"id": "dock-riot", "date": "2024-03-08", "date_precision": "day", "event_type": "Riots",
             "sub_event_type": "Violent demonstration", "location": "Harbourtown", "admin1": "Harbourtown", "country": "FRD",
             "summary": "Dockers storm the port gates; police fire tear gas."}
"""Two registered events of the invented port city, for the event-registry tests."""


def run(text: str, published: dt.date | None = DAY):
    return extract(text, published, ACTORS)


def quote(draft, text: str):
    hits = [q for q in draft.quotes if q.text == text]
    assert len(hits) == 1, (text, [q.text for q in draft.quotes])
    return hits[0]


def who(text: str, words: str) -> str | None:
    """The speaker, registered or proposed, of the quotation ``words`` in ``text``."""
    q = quote(run(text), words)
    return q.speaker or q.new_speaker


class Registry:
    """``run`` and ``who`` as above, over another actor registry."""

    def __init__(self, actors: list[dict]):
        self.actors = actors

    def run(self, text: str):
        return extract(text, DAY, self.actors)

    def who(self, text: str, words: str) -> str | None:
        q = quote(self.run(text), words)
        return q.speaker or q.new_speaker


# ACTORS with grouped unnamed residents, an international league and its head, a prime
# minister's office, an armed group and its leader, and a military media cell.
LEAGUE = Registry(ACTORS + [
    {"id": "unnamed-harbour-residents", "name": "Unnamed harbour residents", "kind": "other", "aliases": []},
    {"id": "league-of-ports", "name": "League of Ports", "kind": "other", "aliases": ["League of Ports"]},
    {"id": "ines-varga", "name": "Ines Varga", "kind": "person", "parent": "league-of-ports",
     "description": "Secretary-general of the League of Ports.", "aliases": ["Ines Varga", "Varga"]},
    {"id": "karim-office", "name": "Office of the Prime Minister of Freedonia", "kind": "government",
     "aliases": ["Karim’s office", "prime minister’s office"]},
    {"id": "tide-guard", "name": "Tide Guard", "kind": "armed_group", "aliases": ["Tide Guard"]},
    {"id": "rami-zaher", "name": "Rami Zaher", "kind": "person", "parent": "tide-guard",
     "description": "Leader of the Tide Guard.", "aliases": ["Rami Zaher", "Zaher"]},
    {"id": "quay-cell", "name": "Quay Media Cell", "kind": "military", "aliases": ["Quay Media Cell"]},
])

# LEAGUE with grouped unnamed foreign diplomats and a council.
DIPLOMATS = Registry(LEAGUE.actors + [
    {"id": "unnamed-foreign-diplomats", "name": "Unnamed foreign diplomats", "kind": "other",
     "description": "Foreign (mostly Western) diplomats quoted without being named.", "aliases": []},
    {"id": "harbour-council", "name": "Harbour Council", "kind": "other", "aliases": ["Harbour Council"]},
])

# ACTORS with an army, a government, a customs ministry and the prime minister's office under it.
CUSTOMS = Registry(ACTORS + [
    {"id": "harbour-army", "name": "Harbour Army", "kind": "military", "aliases": ["Harbour Army"],
     "description": "The army of Freedonia."},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government",
     "aliases": ["Government of Freedonia", "Freedonian government"]},
    {"id": "customs-ministry", "name": "Ministry of Customs", "kind": "government",
     "aliases": ["Ministry of Customs", "customs ministry", "Customs Ministry"]},
    {"id": "karim-office", "name": "Office of the Prime Minister of Freedonia", "kind": "government",
     "parent": "freedonia-government", "aliases": ["Karim’s office", "prime minister’s office"]},
])


# --- names in many spellings -------------------------------------------------------------------------

# People and bodies whose names have many transliterations.
SPELLING_REGISTRY = [
    {"id": "tariq-al-dhahabi", "name": "Tariq al-Dhahabi", "kind": "person", "description": "Harbour governor.",
     "aliases": ["Tariq al-Dhahabi", "al-Dhahabi"]},
    {"id": "nadia-qassab", "name": "Nadia Qassab", "kind": "person", "aliases": ["Nadia Qassab"]},
    {"id": "rami-qassab", "name": "Rami Qassab", "kind": "person", "aliases": ["Rami Qassab"]},
    {"id": "saraya-al-nour", "name": "Saraya al-Nour", "kind": "armed_group",
     "aliases": ["Saraya al-Nour", "Sara'ya al-Nour", "Light Brigades"]},
    {"id": "wafa-alliance", "name": "Wafa Alliance", "kind": "party", "aliases": ["Wafa Alliance"]},
    {"id": "harbour-guard-forces", "name": "Harbour Guard Forces", "kind": "armed_group",
     "aliases": ["Harbour Guard Forces"]},
    {"id": "green-movement", "name": "Green Movement", "kind": "party", "aliases": ["Green Movement"]},
]

# A person with "al-" in the name, states (one with "United States" as an alias) and a ministry.
STATES_REGISTRY = [
    {"id": "nour-al-kadhimi", "name": "Nour al-Kadhimi", "kind": "person", "description": "Ports minister.",
     "aliases": ["Nour al-Kadhimi", "al-Kadhimi", "Kadhimi"]},
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania", "United States"]},
    {"id": "freedonia-ports-ministry", "name": "Ports ministry of Freedonia", "kind": "government",
     "aliases": ["Freedonia’s ports ministry"]},
]

# A state with a body and two presidents (of the state, of a region), and an office of a person.
OWNERS = ACTORS + [
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "country": "SYL", "aliases": ["Sylvania", "SYLVANIA"]},
    {"id": "sv-army", "name": "Sylvanian Army", "kind": "military", "parent": "sylvania", "aliases": ["Sylvanian army"]},
    {"id": "sv-president", "name": "Rana Toma", "kind": "person", "country": "SYL", "description": "President of Sylvania.",
     "aliases": ["Rana Toma"]},
    {"id": "sv-region-president", "name": "Adel Toma", "kind": "person", "country": "SYL",
     "description": "President of the Hill Region of Sylvania.", "aliases": ["Adel Toma"]},
    {"id": "karim-office", "name": "Office of Nour Karim", "kind": "government", "aliases": ["Karim’s office"]},
]


# Two countries, each with armed forces; Freedonia's are named "military" only in an alias and
# its security forces are described as its army.
ARMIES = [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "aliases": ["Freedonia"]},
    {"id": "freedonia-government", "name": "Government of Freedonia", "kind": "government", "parent": "freedonia",
     "aliases": ["Government of Freedonia"]},
    {"id": "freedonia-armed-forces", "name": "Freedonian Armed Forces", "kind": "military",
     "parent": "freedonia-government", "aliases": ["Freedonian Armed Forces", "Freedonian military"]},
    {"id": "freedonia-security-forces", "name": "Freedonian security forces", "kind": "military",
     "parent": "freedonia-government", "description": "Freedonia's army, police and border guards.",
     "aliases": ["Freedonian security forces"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "parent": "freedonia-government",
     "aliases": ["Omar Haddad", "Haddad"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "aliases": ["Sylvania"]},
    {"id": "sylvania-military", "name": "Sylvanian military", "kind": "military", "parent": "sylvania",
     "aliases": ["Sylvanian military"]},
]


PAPERS = Registry([
    {"id": "quay-gazette", "name": "Quay Gazette", "kind": "media", "description": "Port city daily.",
     "aliases": ["Quay Gazette"]},
    {"id": "harbour-herald", "name": "Harbour Herald", "kind": "media", "description": "Weekly newspaper of the docks.",
     "aliases": ["Harbour Herald"]},
    {"id": "dock-radio", "name": "Dock Radio", "kind": "media", "description": "A radio station.", "aliases": ["Dock Radio"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "aliases": ["Omar Haddad", "Haddad"]},
])


def links_over(text: str, actors: list[dict]) -> set[tuple[str, str]]:
    """The (words, actor id) of every mention ``extract`` finds in ``text`` over ``actors`` (no article date)."""
    return {(m.text, m.actor_id) for m in extract(text, None, actors).mentions}


# --- claims and numbers ------------------------------------------------------------------------------


def claims_by_text(draft):
    return {c.text: c for c in draft.claims}


def number(draft, text: str):
    hits = [n for n in draft.numbers if n.text == text]
    assert hits, (text, [n.text for n in draft.numbers])
    return hits[0]


def claim(draft, words: str):
    found = [c for c in draft.claims if words in c.text]
    assert found, [c.text for c in draft.claims]
    return found[0]


def got(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


def got_values(text: str) -> set[tuple]:
    return {(c.quantity, c.value) for c in run(text).claims}


def quantities(text: str) -> list[tuple]:
    return sorted((c.quantity, c.value) for c in run(text).claims)


def claim_rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier, c.population) for c in run(text).claims}


# --- page furniture -----------------------------------------------------------------------------------

ARTICLE = """Fire closes the old harbour

By Jane Roe

Omar Haddad said 14 people were killed when the fire spread. “We will rebuild,” he said.
Firefighters work at the pier on Friday [Ali Nasser/Daily Courier]
READ MORE: Ports reopen after the storm
Two drones were later seen over the docks, Lina Sabbagh told Reuters.
Share this:
Click to share on Twitter
Leave a Reply
Please enter your comment!
John in: Why ports matter
Great post, 5 stars!! https://spam.example/cheap-pills
4 + 9 =
Updated at 10:42 am
"""


def furniture_of_line(middle: str, head: str, before: list[str], after: list[str],
                      body_starts: str | None = None, body_ends: str | None = None) -> list[str]:
    """The furniture ``find_body`` marks in an article of the headline ``head``, the paragraphs
    ``before``, the line ``middle`` and the paragraphs ``after``; with ``body_starts`` or
    ``body_ends``, the body must start or end with those words whatever the line is."""
    text = "\n\n".join([head, *before, middle, *after]) + "\n"
    body, furniture, _ = find_body(text)
    if body_starts is not None:
        assert body.text.startswith(body_starts), body.text[:80]
    if body_ends is not None:
        assert body.text.endswith(body_ends), body.text[-80:]
    return [f.text for f in furniture]


FERRY_HEAD = "Ferry service suspended after engine fire in the northern strait"
FERRY_LEAD = ("The coastal shipping board said on Thursday that all crossings to the northern islands were halted "
              "after a fire broke out.")
FERRY_MID = "Inspectors told reporters that the engine room of the older vessel had not been serviced for more than a year."
FERRY_END = ("The board expects the first crossings to resume on Monday if the inspections are completed, a "
             "spokeswoman said.")
"""A four-paragraph article (headline, lead, middle, end) that page debris is put into."""


def ferry_furniture(middle: str) -> list[str]:
    """The furniture of the ferry article with ``middle`` between its lead and its middle
    paragraph; its body must still run from the headline to the last paragraph."""
    return furniture_of_line(middle, FERRY_HEAD, [FERRY_LEAD], [FERRY_MID, FERRY_END], body_starts="Ferry service",
                             body_ends="a spokeswoman said.")


def ferry_body(*after: str) -> str:
    """The body ``find_body`` gives the ferry article followed by the paragraphs ``after``."""
    return find_body("\n\n".join([FERRY_HEAD, FERRY_LEAD, FERRY_MID, FERRY_END, *after]) + "\n")[0].text


def codebook_params(cases: list[dict]) -> list:
    """The codebook cases (``tests/extract/codebook/*.yaml``) as test parameters: a case with a ``gap``
    is a strict expected failure, so that mending it is noticed."""
    return [pytest.param(case, id=case["id"], marks=[pytest.mark.xfail(strict=True, reason=case["gap"])] if case.get("gap") else [])
            for case in cases]
