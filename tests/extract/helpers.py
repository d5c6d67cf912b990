"""Helpers shared by the tests of ``kadhimi_ds.extract``: a small actor registry of invented
people and bodies, ``extract`` over it on a fixed article date, and lookups of the items a
draft proposes."""
from __future__ import annotations

import datetime as dt

from kadhimi_ds.extract import extract

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


def run(text: str, published: dt.date | None = DAY):
    return extract(text, published, ACTORS)


def quote(draft, text: str):
    hits = [q for q in draft.quotes if q.text == text]
    assert len(hits) == 1, (text, [q.text for q in draft.quotes])
    return hits[0]


def claims_by_text(draft):
    return {c.text: c for c in draft.claims}


def number(draft, text: str):
    hits = [n for n in draft.numbers if n.text == text]
    assert hits, (text, [n.text for n in draft.numbers])
    return hits[0]
