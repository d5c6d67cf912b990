"""Synthetic kadhimi-ds packages of any size, for the benchmarks.

``make_package(dest, n_claims)`` writes a complete, valid package (datapackage.json, the
nine tables under data/, the contract under schemas/ and the articles under seeds/) with
exactly ``n_claims`` claim rows. Nothing is copied from the real articles: the texts come
from this module's own sentence templates, with place, person and organisation names
invented from syllables, numbers written in digits ("1,250") and in words ("one hundred
and twenty-five"), hedges ("at least", "nearly", "dozens of") and quotation marks.

Every span is known by construction while the text is written, so ``text[start:end] ==
row.text`` holds for every row; claim values and qualifiers agree with their words
(checked against :mod:`kadhimi_ds.numbers` for every phrase of the claim library), and
``claim_summary`` is derived from the written claims with a polars group-by that mirrors
kadhimi_ds.build.assemble (``summary_rows``, later ``claim_summary``); :func:`verify_summary`
compares the two row by row, by default for packages of at most 20 000 claims.

Sizes per claim: about 1.0 mentions, 0.25 quotes, 0.25 event mentions, 0.2 summary rows;
one article per ~1000 claims (about 90 KB of text); one event and one actor per ~100
claims. About half the claim texts are distinct. The package has no
``seeds/sources.yaml``, so ``kds validate`` skips its "up to date with seeds" check.
Tables are written in chunks of articles and the summary in passes over ranges of event
ids, so memory stays bounded (about 2 GB at 10^7 claims, generated in about 2.5 minutes).

Ids follow the contract's patterns (``c-`` and 12 hex digits, ...) but are a counter in
the high digits and random low digits, so rows come out already sorted by primary key.

Usage: ``python benchmarks/synthetic.py DEST N_CLAIMS [--seed S]``
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from kadhimi_ds.contract import LIST_SEPARATOR, TABLES, columns, contract_dir, polars_dtypes
from kadhimi_ds.numbers import NUMBER_WORDS, ORDINALS, QUALIFIER_CUES, VAGUE, number_values, qualifier_cue
from kadhimi_ds.build.assemble import row_id, source_label
from kadhimi_ds.build.package import descriptor

GENERATOR_VERSION = "6"
"""Bump when the output of the generator changes (it keys the benchmark cache)."""

CLAIMS_PER_UNIT = 4
UNIT_ID_BITS = 20  # low random bits of every id; the counter takes the 28 high bits

# --- invented names ------------------------------------------------------------------

ONSETS = ["b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "th", "w", "z"]
VOWELS = ["a", "i", "u", "a", "i", "u", "e", "o", "ā", "ī"]
CODAS = ["", "", "", "n", "r", "m", "l", "d", "s", "b", "k"]
FORBIDDEN_WORDS = (set(NUMBER_WORDS) | set(ORDINALS) | set(VAGUE) | {"a", "an", "dozens", "hundreds"}
                   | {w for cues in QUALIFIER_CUES.values() for cue in cues for w in cue.split()}) - {"of", "in", "to", "at"}
"""Words a name must not contain: they would change what a claim's text means."""

COUNTRIES = ["IRQ", "IRN", "SYR", "TUR", "SAU", "JOR", "KWT", "LBN", "USA", "GBR", "FRA", "DEU", "QAT", "ARE"]
PROVINCES = ["Northern Province", "Southern Province", "River Province", "Desert Province", "Capital Province",
             "Eastern Province", "Western Province", "Mountain Province"]
MINISTRIES = ["Interior", "Defence", "Water", "Oil", "Health", "Finance", "Transport", "Justice"]

# --- events and the claims they carry ---------------------------------------------------

EVENT_KINDS = {
    "violence": [
        ("Explosions/Remote violence", "Air/drone strike", "the drone strike on {loc}", "drone-strike"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "the rocket attack on {loc}", "rocket-attack"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "the roadside bombing near {loc}", "ied"),
        ("Strategic developments", "Disrupted weapons use", "the downing of drones over {loc}", "interception"),
        ("Battles", "Armed clash", "the clashes near {loc}", "clash"),
    ],
    "protest": [
        ("Protests", "Protest with intervention", "the protest in {loc}", "protest"),
        ("Protests", "Excessive force against protesters", "the crackdown on protesters in {loc}", "crackdown"),
        ("Riots", "Violent demonstration", "the riot in {loc}", "riot"),
        ("Protests", "Peaceful protest", "the sit-in at {loc}", "sit-in"),
    ],
    "election": [
        ("Political process", "Election", "the parliamentary election in {loc}", "election"),
        ("Political process", "Election", "the provincial vote in {loc}", "provincial-vote"),
    ],
}
FAMILY_WEIGHTS = {"violence": 0.5, "protest": 0.3, "election": 0.2}

# (quantity, population code, population words, template with {n}, low, high); "{party}" starts the seat claims
CLAIM_TEMPLATES = {
    "violence": [
        ("drones_launched", "drones", "drones", "{n} drones were launched", 2, 9),
        ("drones_downed", "drones", "drones", "{n} drones were shot down", 2, 6),
        ("drones_struck", "drones", "drones", "{n} drones hit the compound", 2, 5),
        ("explosions", "explosions", "explosions", "{n} explosions were heard", 2, 12),
        ("injured", "pm_guards", "security guards", "{n} security guards were injured", 2, 40),
        ("injured", "people", "civilians", "{n} civilians were hurt", 2, 180),
        ("killed", "people", "civilians", "{n} civilians were killed", 2, 90),
    ],
    "protest": [
        ("injured", "protesters", "protesters", "{n} protesters were wounded", 2, 400),
        ("injured", "security_forces", "police officers", "{n} police officers were injured", 2, 60),
        ("killed", "protesters", "protesters", "{n} protesters were killed", 2, 90),
        ("participants", "people", "people", "{n} people joined the march", 20, 9000),
    ],
    "election": [
        ("seats_won", "parliament_seats", "seats", "{party} won {n} seats", 2, 120),
        ("seats_lost", "parliament_seats", "seats", "{party} lost {n} seats", 2, 40),
        ("seats_previous", "parliament_seats", "seats", "{party} had held {n} seats", 2, 120),
        ("participants", "people", "voters", "{n} voters cast ballots", 200, 9000),
    ],
}
HEDGES = {
    "exact": [""],
    "at_least": ["at least ", "no fewer than "],
    "more_than": ["more than ", "upwards of "],
    "at_most": ["at most ", "up to "],
    "less_than": ["fewer than ", "less than "],
    "about": ["about ", "around ", "roughly ", "some ", "approximately "],
    "nearly": ["nearly ", "almost "],
}
QUALIFIER_WEIGHTS = {"exact": 40, "at_least": 12, "more_than": 8, "about": 10, "nearly": 6, "at_most": 4,
                     "less_than": 4, "unspecified": 6, "vague": 10}
VAGUE_PHRASES = [("dozens of", 24), ("hundreds of", 200), ("several hundred", 300)]

QUOTE_SUBJECTS = ["We", "The government", "Our forces", "The people of this country", "Those responsible",
                  "This cabinet", "Nobody", "Our movement", "The security services", "Every citizen"]
QUOTE_VERBS = ["will not be intimidated by", "will answer", "cannot accept", "will stand against",
               "will hold to account", "will never bow to", "must confront", "will always reject",
               "will investigate", "should condemn"]
QUOTE_OBJECTS = ["these cowardly attacks", "threats against the state", "the enemies of the nation",
                 "any attempt to spread chaos", "the rockets and drones", "the violence of the last days",
                 "those who fire on civilians", "political blackmail", "the forces of disorder",
                 "this reckless escalation"]
FRAGMENTS = ["cowardly", "a criminal act", "an act of terror", "reckless", "unacceptable",
             "a dangerous escalation", "treacherous", "a message of fear", "staged", "shameful"]
CHANNELS = ["statement", "interview", "televised_address", "press_release", "tweet", "speech"]


def _num_words(v: int) -> str:
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if v < 20:
        return units[v]
    if v < 100:
        return tens[v // 10] + ("" if v % 10 == 0 else "-" + units[v % 10])
    if v < 1000:
        rest = v % 100
        return units[v // 100] + " hundred" + ("" if rest == 0 else " and " + _num_words(rest))
    raise ValueError(v)


def _slug(text: str) -> str:
    text = text.replace("ā", "a").replace("ī", "i").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass
class ClaimSpec:
    rest: str          # the claim's text after the party name (or all of it)
    quantity: str
    population: str
    population_text: str
    value: int | None
    qualifier: str
    seats: bool        # the claim starts with a party name (its subject)


class Generator:
    """Invented registries, claim and quote libraries, and the article writer."""

    def __init__(self, n_claims: int, seed: int = 0, claims_per_article: int = 1000):
        if n_claims < 1:
            raise ValueError("n_claims must be at least 1")
        self.n_claims = n_claims
        self.seed = seed
        self.rng = random.Random(seed)
        self.n_units = math.ceil(n_claims / CLAIMS_PER_UNIT)
        n_articles = max(1, round(n_claims / claims_per_article))
        if n_articles == 1 and self.n_units >= 2:
            n_articles = 2
        self.n_articles = min(n_articles, self.n_units)
        if self.n_units >= 1 << (48 - UNIT_ID_BITS - 2):
            raise ValueError("too many rows for the id scheme")
        self._names: set[str] = set()
        self._make_actors(max(60, n_claims // 100))
        self._make_events(max(1, min(max(13, n_claims // 100), self.n_units)))
        self._make_libraries()

    # --- registries ---------------------------------------------------------------

    def _word(self, syllables: int = 2) -> str:
        r = self.rng
        while True:
            w = "".join(r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS) for _ in range(syllables))
            w = w[0].upper() + w[1:]
            if w.lower() not in FORBIDDEN_WORDS and len(w) >= 3:
                return w

    def _unique(self, make) -> str:
        for _ in range(1000):
            name = make()
            if name not in self._names and not any(t.lower() in FORBIDDEN_WORDS for t in re.split(r"[\s-]+", name)):
                self._names.add(name)
                return name
        raise RuntimeError("cannot invent a new name")

    def _make_actors(self, n: int) -> None:
        r = self.rng
        n_media = max(6, n // 10)
        n_party = max(6, n // 10)
        n_org = max(12, n // 5)
        n_person = max(30, n - n_media - n_party - n_org)
        self.actors: list[dict[str, Any]] = []

        def add(name: str, alias: str, kind: str, parent: int | None, description: str) -> int:
            i = len(self.actors)
            self.actors.append({"actor_id": f"{_slug(name)}-{i:x}", "name": name, "alias": alias, "kind": kind,
                                "country": r.choice(COUNTRIES) if r.random() < 0.9 else None,
                                "parent": parent, "description": description})
            return i

        org_kinds = ["government", "military", "armed_group", "international", "state", "other"]
        self.orgs = []
        org_names = {
            "government": lambda: f"{self._word()} Ministry of {r.choice(MINISTRIES)}",
            "military": lambda: f"{self._word()} Operations Command",
            "armed_group": lambda: r.choice(["{} Brigades", "Saraya {}", "{} Resistance Front"]).format(self._word()),
            "international": lambda: f"{self._word()} Monitoring Mission",
            "state": lambda: f"Republic of {self._word()}",
            "other": lambda: f"{self._word()} Tribal Council",
        }
        for _ in range(n_org):
            kind = r.choice(org_kinds)
            name = self._unique(org_names[kind])
            alias = name.split()[-1] if kind in ("state",) or name.startswith("Saraya") else name.split()[0]
            self.orgs.append(add(name, alias, kind, None, f"Invented {kind.replace('_', ' ')} of the synthetic benchmark."))
        self.parties = []
        for _ in range(n_party):
            name = self._unique(lambda: f"{self._word()} {r.choice(['Bloc', 'Alliance', 'Movement', 'Coalition'])}")
            parent = r.choice(self.orgs) if r.random() < 0.2 else None
            self.parties.append(add(name, name.split()[0] + " list", "party", parent, "Invented party."))
        self.media = []
        for _ in range(n_media):
            name = self._unique(lambda: r.choice([f"{self._word()} News Agency", f"Radio {self._word()}",
                                                  f"{self._word()} TV", f"{self._word()} Press"]))
            self.media.append(add(name, name, "media", None, "Invented news outlet."))
        self.persons = []
        parents = self.orgs + self.parties
        for _ in range(n_person):
            name = self._unique(lambda: f"{self._word()} al-{self._word()}i")
            family = name.split(" al-")[1]
            parent = r.choice(parents) if r.random() < 0.7 else None
            self.persons.append(add(name, f"Mr. {family}" if r.random() < 0.5 else family, "person", parent,
                                    r.choice(["Spokesman.", "Commander.", "Member of parliament.", "Minister.",
                                              "Analyst.", "Witness."])))
        self.actor_first: list[tuple | None] = [None] * len(self.actors)
        self.actor_count = [0] * len(self.actors)

    def _make_events(self, n: int) -> None:
        r = self.rng
        families = list(FAMILY_WEIGHTS)
        weights = list(FAMILY_WEIGHTS.values())
        self.events: list[dict[str, Any]] = []
        start = dt.date(2004, 1, 1).toordinal()
        stop = dt.date(2020, 12, 31).toordinal()
        for i in range(n):
            family = families[i % 3] if i < 3 else r.choices(families, weights)[0]
            etype, sub, phrase, short = r.choice(EVENT_KINDS[family])
            loc = self._unique(lambda: self._word(r.choice([2, 3])))
            date = dt.date.fromordinal(r.randint(start, stop))
            precision = r.choices(["day", "month", "year"], [7, 2, 1])[0]
            if precision == "month":
                date = date.replace(day=1)
            elif precision == "year":
                date = date.replace(month=1, day=1)
            self.events.append({
                "event_id": f"{date.isoformat()}-{_slug(loc)}-{short}-{i:x}", "date": date,
                "date_precision": precision, "date_basis": r.choice(["article", "external"]),
                "event_type": etype, "sub_event_type": sub, "location": loc,
                "admin1": r.choice(PROVINCES) if r.random() < 0.8 else None, "country": r.choice(COUNTRIES),
                "latitude": round(r.uniform(29.0, 37.5), 4) if r.random() < 0.7 else None,
                "longitude": round(r.uniform(38.5, 48.5), 4) if r.random() < 0.7 else None,
                "summary": f"{phrase.format(loc=loc)[4].upper()}{phrase.format(loc=loc)[5:]} ({precision} {date.isoformat()}).",
                "family": family, "phrase": phrase.format(loc=loc),
            })
        self.event_first: list[tuple | None] = [None] * n
        self.event_count = [0] * n
        self.claim_keys: set[tuple] = set()

    def _claim_spec(self, family: str) -> ClaimSpec:
        r = self.rng
        quantity, population, words, template, lo, hi = r.choice(CLAIM_TEMPLATES[family])
        kind = r.choices(list(QUALIFIER_WEIGHTS), list(QUALIFIER_WEIGHTS.values()))[0]
        seats = template.startswith("{party}")
        if kind == "unspecified":
            n, value, qualifier = "an unspecified number of", None, "unspecified"
        elif kind == "vague":
            if hi < 100:
                return self._claim_spec(family)
            n, value = r.choice(VAGUE_PHRASES)
            qualifier = "at_least"
        else:
            value = r.randint(lo, hi)
            if value < 100 and r.random() < 0.5 or 100 <= value < 1000 and r.random() < 0.2:
                number = _num_words(value)
            else:
                number = f"{value:,}"
            n, qualifier = r.choice(HEDGES[kind]) + number, kind
        text = template.replace("{n}", n)
        rest = text.replace("{party}", "")
        probe = text.replace("{party}", "Zarqa Bloc")
        if value is not None:
            assert value in number_values(probe), probe
            assert qualifier_cue(probe) == qualifier, probe
        return ClaimSpec(rest, quantity, population, words, value, qualifier, seats)

    def _make_libraries(self) -> None:
        r = self.rng
        self.claim_lib = {f: [self._claim_spec(f) for _ in range(1500)] for f in CLAIM_TEMPLATES}
        self.quote_lib = [f"{r.choice(QUOTE_SUBJECTS)} {r.choice(QUOTE_VERBS)} {r.choice(QUOTE_OBJECTS)},"
                          for _ in range(1000)]

    # --- sampling -------------------------------------------------------------------

    def _pick(self, pool: list[int], key: str) -> int:
        """Each actor of ``pool`` once in order, then at random (so every actor is mentioned)."""
        n = self._seq.get(key, 0)
        self._seq[key] = n + 1
        return pool[n] if n < len(pool) else pool[int(self.rng.random() * len(pool))]

    # --- writing articles -------------------------------------------------------------

    def _reset_rows(self) -> None:
        self.rows = {name: {c: [] for c in columns(name)} for name in ("mentions", "quotes", "claims", "event_mentions")}

    def articles(self):
        """Yield (source row, text, furniture rows) per article, filling ``self.rows``."""
        r = self.rng
        self._seq: dict[str, int] = {}
        self._reset_rows()
        self.claims_written = 0
        base, extra = divmod(self.n_units, self.n_articles)
        unit_index = 0
        pub_start = dt.date(2021, 1, 1).toordinal()
        pub_stop = dt.date(2025, 12, 31).toordinal()
        for a in range(self.n_articles):
            sid = f"syn_{a:06d}"
            n_units = base + (1 if a < extra else 0)
            published = dt.date.fromordinal(r.randint(pub_start, pub_stop))
            publisher = self.actors[r.choice(self.media)]["name"] if r.random() < 0.6 else None
            self._parts: list[str] = []
            self._pos = 0
            self._sid = sid
            furniture = []
            first_event = self.events[unit_index % len(self.events)]
            title = f"{self.actors[r.choice(self.persons)]['name']} speaks after {first_event['phrase']}"
            self._put(title + "\n\n")
            dateline = f"Published {published.day} {published.strftime('%B %Y')}"
            furniture.append(self._furniture(dateline, "dateline"))
            self._put("\n\n")
            for u in range(n_units):
                if u == n_units // 2 and n_units > 1:
                    caption = f"Photo: smoke over {first_event['location']} (credit: {self.actors[r.choice(self.media)]['name']})"
                    furniture.append(self._furniture(caption, "photo_caption"))
                    self._put("\n\n")
                self._unit(unit_index)
                unit_index += 1
            body_end = self._pos
            footer = "\n"
            if publisher:
                footer += f"\nSource: {publisher}\n"
            footer += f"\nUpdated at {r.randint(1, 12)}:{r.randint(0, 59):02d} pm\n\n{r.randint(0, 40)} comments\n\nLeave a Comment\n"
            self._put(footer)
            text = "".join(self._parts)
            body_end = len(text[:body_end].rstrip())  # a body ends on article text
            after = text[body_end:]
            start, end = body_end + len(after) - len(after.lstrip()), body_end + len(after.rstrip())
            furniture.append({"furniture_id": row_id("f", sid, start, end), "source_id": sid, "start": start, "end": end,
                              "text": text[start:end], "kind": "outside_body"})
            data = text.encode("utf-8")
            source = {
                "source_id": sid, "path": f"seeds/{sid}.txt", "sha256": hashlib.sha256(data).hexdigest(),
                "publisher": publisher, "publisher_evidence": f"Source: {publisher}" if publisher else None,
                "title": title, "label": source_label(sid, publisher, title),
                "published": published, "published_basis": "stated",
                "published_evidence": dateline, "language": "en",
                "url": f"https://news.example.org/{sid}" if r.random() < 0.5 else None,
                "body_start": 0, "body_end": body_end, "n_chars": len(text), "n_furniture": len(furniture),
            }
            yield source, data, furniture

    def _put(self, s: str) -> None:
        self._parts.append(s)
        self._pos += len(s)

    def _furniture(self, text: str, kind: str) -> dict[str, Any]:
        row = {"furniture_id": row_id("f", self._sid, self._pos, self._pos + len(text)), "source_id": self._sid,
               "start": self._pos,
               "end": self._pos + len(text), "text": text, "kind": kind}
        self._put(text)
        return row

    def _mention(self, actor: int, text: str | None = None) -> None:
        a = self.actors[actor]
        if text is None:
            text = a["name"] if self.rng.random() < 0.8 else a["alias"]
        start = self._pos
        self._put(text)
        m = self.rows["mentions"]
        m["mention_id"].append(row_id("m", self._sid, start, self._pos, a["actor_id"]))
        m["actor_id"].append(a["actor_id"])
        m["source_id"].append(self._sid)
        m["start"].append(start)
        m["end"].append(self._pos)
        m["text"].append(text)
        m["method"].append("alias")
        self.actor_count[actor] += 1
        if self.actor_first[actor] is None:
            self.actor_first[actor] = (self._sid, start, self._pos, text)

    def _event_mention(self, event: int) -> None:
        e = self.events[event]
        start = self._pos
        self._put(e["phrase"])
        m = self.rows["event_mentions"]
        m["mention_id"].append(row_id("em", self._sid, start, self._pos, e["event_id"]))
        m["event_id"].append(e["event_id"])
        m["source_id"].append(self._sid)
        m["start"].append(start)
        m["end"].append(self._pos)
        m["text"].append(e["phrase"])
        self.event_count[event] += 1
        if self.event_first[event] is None:
            self.event_first[event] = (self._sid, start, self._pos, e["phrase"])

    def _claim(self, event: int, claimed_by: int | None, reported_via: int | None) -> None:
        e = self.events[event]
        lib = self.claim_lib[e["family"]]
        for _ in range(50):  # one statement is one claim per article (CODEBOOK.md C15): no repeats
            spec = lib[int(self.rng.random() * len(lib))]
            subject = self._pick(self.parties, "party") if spec.seats else None
            key = (self._sid, event, spec.quantity, spec.population, subject, spec.value, spec.qualifier, claimed_by)
            if key not in self.claim_keys:
                break
        self.claim_keys.add(key)
        start = self._pos
        if spec.seats:
            self._mention(subject, self.actors[subject]["name"])
            text = self.actors[subject]["name"] + spec.rest
            rest = spec.rest
        else:
            rest = spec.rest + " in " + e["location"] if self.rng.random() < 0.5 else spec.rest
            text = rest
        self._put(rest)
        if self.claims_written >= self.n_claims:
            return
        self.claims_written += 1
        c = self.rows["claims"]
        c["claim_id"].append(row_id("c", self._sid, start, self._pos, spec.quantity))
        c["source_id"].append(self._sid)
        c["start"].append(start)
        c["end"].append(self._pos)
        c["text"].append(text)
        c["quantity"].append(spec.quantity)
        c["value"].append(spec.value)
        c["qualifier"].append(spec.qualifier)
        c["population"].append(spec.population)
        c["population_text"].append(spec.population_text)
        c["event_id"].append(e["event_id"])
        c["subject_id"].append(None if subject is None else self.actors[subject]["actor_id"])
        c["claimed_by"].append(None if claimed_by is None else self.actors[claimed_by]["actor_id"])
        c["claimed_by_basis"].append(None if claimed_by is None else "article")
        c["reported_via"].append(None if reported_via is None else self.actors[reported_via]["actor_id"])
        c["summary_id"].append("/".join([e["event_id"], spec.quantity, spec.population, c["subject_id"][-1] or "-"]))

    def _quote(self, text: str, speaker: int | None, attribution: str, channel: str, event: int,
               fragment: bool, reported_via: int | None) -> None:
        start = self._pos
        self._put(text)
        q = self.rows["quotes"]
        qid = row_id("q", self._sid, start, self._pos)
        q["quote_id"].append(qid)
        q["source_id"].append(self._sid)
        q["start"].append(start)
        q["end"].append(self._pos)
        q["text"].append(text)
        q["speaker_id"].append(None if speaker is None else self.actors[speaker]["actor_id"])
        q["attribution"].append(attribution)
        q["channel"].append(channel)
        q["event_id"].append(self.events[event]["event_id"])
        q["utterance_id"].append("u-" + qid[2:])
        q["fragment"].append(fragment)
        q["reported_via"].append(None if reported_via is None else self.actors[reported_via]["actor_id"])

    def _unit(self, index: int) -> None:
        """One paragraph: an event mention, four claims, one quote, three to five actor mentions."""
        r = self.rng
        event = index if index < len(self.events) else int(r.random() * len(self.events))
        put, pick = self._put, self._pick
        variant = index % 3
        if variant == 0:
            p1, m, p2, p3 = pick(self.persons, "person"), pick(self.media, "media"), pick(self.persons, "person"), pick(self.persons, "person")
            put("After ")
            self._event_mention(event)
            put(", ")
            self._claim(event, p1, m)
            put(", ")
            self._mention(p1)
            put(" told ")
            self._mention(m)
            put(". “")
            self._quote(self.quote_lib[int(r.random() * len(self.quote_lib))], p2, "explicit",
                        CHANNELS[int(r.random() * len(CHANNELS))], event, False, None)
            put("” ")
            self._mention(p2)
            put(" said, adding that ")
            self._claim(event, p2, None)
            put(". According to ")
            self._mention(p3)
            put(", ")
            self._claim(event, p3, None)
            put(", while ")
            self._claim(event, p3, None)
            put(".\n\n")
        elif variant == 1:
            p1, org, m, p2 = pick(self.persons, "person"), pick(self.orgs, "org"), pick(self.media, "media"), pick(self.persons, "person")
            self._mention(p1)
            put(" of ")
            self._mention(org)
            put(" said ")
            self._claim(event, p1, m)
            put(" in ")
            self._event_mention(event)
            put(", ")
            self._mention(m)
            put(" reported. ")
            self._mention(p2)
            put(" called it ‘")
            self._quote(FRAGMENTS[int(r.random() * len(FRAGMENTS))], p2, "explicit", "statement", event, True, m)
            put("’ and said ")
            self._claim(event, p2, None)
            put(". Officials said ")
            self._claim(event, None, None)
            put(" and ")
            self._claim(event, None, None)
            put(".\n\n")
        else:
            m, p1 = pick(self.media, "media"), pick(self.persons, "person")
            put("In ")
            self._event_mention(event)
            put(", ")
            self._claim(event, None, m)
            put(", ")
            self._mention(m)
            put(" reported. A statement read: “")
            self._quote(self.quote_lib[int(r.random() * len(self.quote_lib))], None, "unattributed",
                        "statement", event, False, None)
            put("” Later ")
            self._mention(p1)
            put(" said ")
            self._claim(event, p1, None)
            put(", that ")
            self._claim(event, p1, None)
            put(", and that ")
            self._claim(event, p1, None)
            put(".\n\n")

    # --- small tables --------------------------------------------------------------------

    def actor_rows(self) -> list[dict[str, Any]]:
        """Actors with at least one mention (a parent never mentioned is dropped as a parent)."""
        kept = {i for i, first in enumerate(self.actor_first) if first is not None}
        rows = []
        for i in sorted(kept):
            a = self.actors[i]
            sid, start, end, text = self.actor_first[i]
            parent = a["parent"] if a["parent"] in kept else None
            rows.append({
                "actor_id": a["actor_id"], "name": a["name"], "kind": a["kind"], "country": a["country"],
                "parent_id": None if parent is None else self.actors[parent]["actor_id"],
                "description": a["description"],
                "aliases": LIST_SEPARATOR.join(dict.fromkeys([a["name"], a["alias"]])), "n_mentions": self.actor_count[i],
                "source_id": sid, "start": start, "end": end, "text": text,
            })
        return rows

    def event_rows(self) -> list[dict[str, Any]]:
        rows = []
        for i, e in enumerate(self.events):
            if self.event_first[i] is None:
                continue
            sid, start, end, text = self.event_first[i]
            rows.append({**{k: v for k, v in e.items() if k not in ("family", "phrase")},
                         "n_mentions": self.event_count[i], "source_id": sid, "start": start, "end": end, "text": text})
        return rows


# --- writing the package ------------------------------------------------------------------


def _frame(name: str, data: dict[str, list] | list[dict[str, Any]]) -> pl.DataFrame:
    dtypes = polars_dtypes(name, enums=False)
    if isinstance(data, list):
        return pl.DataFrame([{c: r.get(c) for c in dtypes} for r in data], schema=dtypes, orient="row")
    return pl.DataFrame(data, schema=dtypes)


def _write_csv(df: pl.DataFrame, fh, header: bool) -> None:
    df.write_csv(fh, include_header=header, line_terminator="\n", null_value="", date_format="%Y-%m-%d")


def _file_digest(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            h.update(chunk)
            size += len(chunk)
    return size, "sha256:" + h.hexdigest()


def summary_frame(claims_csv: Path, event_ids: list[str] | None = None) -> pl.DataFrame:
    """claim_summary from claims.csv with polars: what assemble.summary_rows gives
    (only for the claims of ``event_ids`` when given), sorted by summary_id."""
    v = pl.col("value")
    q = pl.col("qualifier")
    inf = float("inf")
    lo = (pl.when(v.is_null()).then(pl.lit(1.0))
          .when(q == "exact").then(v.cast(pl.Float64))
          .when(q == "at_least").then(v.cast(pl.Float64))
          .when(q == "more_than").then((v + 1).cast(pl.Float64))
          .when(q.is_in(["at_most", "less_than"])).then(pl.lit(0.0))
          .when(q.is_in(["about", "nearly"])).then((v.cast(pl.Float64) * 0.9).floor())
          .otherwise(pl.lit(0.0)))
    hi = (pl.when(v.is_null()).then(pl.lit(inf))
          .when(q == "exact").then(v.cast(pl.Float64))
          .when(q.is_in(["at_least", "more_than"])).then(pl.lit(inf))
          .when(q == "at_most").then(v.cast(pl.Float64))
          .when(q == "less_than").then((v - 1).cast(pl.Float64))
          .when(q == "about").then((v.cast(pl.Float64) * 1.1).ceil())
          .when(q == "nearly").then(v.cast(pl.Float64))
          .otherwise(pl.lit(inf)))
    order = ["source_id", "start", "end"]
    keys = ["event_id", "quantity", "population", "subject_id"]
    lf = (pl.scan_csv(claims_csv, infer_schema=False)
          .select("source_id", "start", "end", "quantity", "value", "qualifier", "population", "event_id", "subject_id")
          .filter(pl.col("event_id").is_in(event_ids) if event_ids is not None else pl.lit(True))
          .with_columns(pl.col("start", "end").cast(pl.Int64), v.cast(pl.Int64))
          .with_columns(lo=lo, hi=hi,
                        item=pl.concat_str([pl.col("source_id"), pl.lit(": "), q,
                                            pl.when(v.is_null()).then(pl.lit("")).otherwise(pl.lit(" ") + v.cast(pl.String))]))
          .group_by(keys)
          .agg(n_claims=pl.len().cast(pl.Int64), n_sources=pl.col("source_id").n_unique().cast(pl.Int64),
               min=v.min(), max=v.max(),
               values=pl.col("item").sort_by(order).str.join("; "),
               sources=pl.col("source_id").unique().sort().str.join("; "),
               n_unspecified=v.is_null().sum().cast(pl.Int64),
               overlap=pl.col("lo").filter(v.is_not_null()).max() <= pl.col("hi").filter(v.is_not_null()).min())
          .with_columns(agree=pl.when(pl.col("overlap").not_()).then(False)
                        .when(pl.col("n_unspecified") > 0).then(None).otherwise(True))
          .with_columns(summary_id=pl.concat_str([pl.col("event_id"), pl.col("quantity"), pl.col("population"),
                                                  pl.col("subject_id").fill_null("-")], separator="/"))
          .select(columns("claim_summary"))
          .sort("summary_id"))
    return lf.collect(engine="streaming")


def verify_summary(dest: Path) -> None:
    """Assert that data/claim_summary.csv equals what kadhimi_ds.build.assemble derives from
    data/claims.csv (``summary_rows`` or, in later versions, ``claim_summary``)."""
    from kadhimi_ds.build import assemble

    claims = pl.read_csv(dest / "data" / "claims.csv", schema=polars_dtypes("claims", enums=False))
    if hasattr(assemble, "summary_rows"):
        expected = sorted(assemble.summary_rows(list(claims.iter_rows(named=True))), key=lambda r: r["summary_id"])
    else:
        expected = assemble.claim_summary(claims).sort("summary_id").to_dicts()
    actual = pl.read_csv(dest / "data" / "claim_summary.csv",
                         schema=polars_dtypes("claim_summary", enums=False)).to_dicts()
    assert len(actual) == len(expected), f"{len(actual)} summary rows, kadhimi_ds gives {len(expected)}"
    for a, e in zip(actual, expected):
        assert a == {k: e[k] for k in a}, f"summary row differs:\n  written   {a}\n  kadhimi_ds {e}"


def make_package(dest: Path, n_claims: int, seed: int = 0, *, claims_per_article: int = 1000,
                 chunk_claims: int = 200_000, verify: bool | None = None) -> dict[str, int]:
    """Write a valid package with ``n_claims`` claims into ``dest`` (created; must not exist
    or be empty). Returns the row count of each table. ``verify`` (default: for at most
    20 000 claims) compares claim_summary with ``assemble.summary_rows``."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for sub in ("data", "seeds", "schemas"):
        (dest / sub).mkdir(exist_ok=True)
    for name in TABLES:
        shutil.copyfile(contract_dir() / f"{name}.schema.json", dest / "schemas" / f"{name}.schema.json")
    gen = Generator(n_claims, seed, claims_per_article)
    chunked = ("mentions", "quotes", "claims", "event_mentions")
    handles = {name: open(dest / "data" / f"{name}.csv", "wb") for name in chunked}
    counts = {name: 0 for name in TABLES}
    sources, furniture = [], []
    header = True
    pending = 0

    def flush() -> None:
        nonlocal header
        for name in chunked:
            df = _frame(name, gen.rows[name])
            counts[name] += df.height
            _write_csv(df, handles[name], header)
        header = False
        gen._reset_rows()

    try:
        for source, data, furn in gen.articles():
            (dest / source["path"]).write_bytes(data)
            sources.append(source)
            furniture.extend(furn)
            pending = len(gen.rows["claims"]["claim_id"])
            if pending >= chunk_claims:
                flush()
        flush()
    finally:
        for fh in handles.values():
            fh.close()
    small = {"sources": _frame("sources", sources), "furniture": _frame("furniture", furniture),
             "actors": _frame("actors", gen.actor_rows()), "events": _frame("events", gen.event_rows())}
    small = {name: df.sort(columns(name)[0]) for name, df in small.items()}
    for name, df in small.items():
        counts[name] = df.height
        with open(dest / "data" / f"{name}.csv", "wb") as fh:
            _write_csv(df, fh, True)
    # claim_summary in passes over contiguous ranges of event ids (summary ids start with
    # the event id, so the passes come out in summary_id order) to bound memory
    event_ids = small["events"].get_column("event_id").to_list()
    passes = max(1, math.ceil(n_claims / 1_000_000))
    step = math.ceil(len(event_ids) / passes)
    counts["claim_summary"] = 0
    with open(dest / "data" / "claim_summary.csv", "wb") as fh:
        for k in range(passes):
            part = summary_frame(dest / "data" / "claims.csv", event_ids[k * step:(k + 1) * step] if passes > 1 else None)
            counts["claim_summary"] += part.height
            _write_csv(part, fh, k == 0)
            del part
    package = descriptor({name: b"" for name in TABLES}, small["sources"],
                         {"version": "0.0.0", "released": "2026-01-01"})
    package["name"] = "kadhimi-ds-synthetic"
    package["title"] = f"Synthetic kadhimi-ds package: {n_claims} claims (seed {seed}), for benchmarks"
    package["description"] = ("Generated by benchmarks/synthetic.py from invented sentence templates and names; "
                              "valid against the kadhimi-ds contract. Not real data.")
    package["keywords"] = ["synthetic", "benchmark"]
    for res in package["resources"]:
        res["bytes"], res["hash"] = _file_digest(dest / res["path"])
    (dest / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if verify if verify is not None else n_claims <= 20_000:
        verify_summary(dest)
    return counts


def make_corpus(dest: Path, n_articles: int, claims_per_article: int = 40, seed: int = 0) -> dict[str, int]:
    """Article texts only (``dest/*.txt``), article-sized, for timing the extractor."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    gen = Generator(n_articles * claims_per_article, seed, claims_per_article)
    total = 0
    n = 0
    for source, data, _ in gen.articles():
        (dest / f"{source['source_id']}.txt").write_bytes(data)
        total += len(data)
        n += 1
        gen._reset_rows()
    return {"articles": n, "bytes": total}


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("n_claims", type=lambda s: int(float(s)))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    counts = make_package(args.dest, args.n_claims, args.seed)
    print(json.dumps({"counts": counts, "seconds": round(time.perf_counter() - t0, 3)}))

if __name__ == "__main__":
    main()
