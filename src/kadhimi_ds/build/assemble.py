"""Assemble stage: curated rows and mentions become the published tables.

Row ids are stable: a short hash of the source, the span and what distinguishes rows
sharing a span, never of row order, so adding a row never renumbers the others.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from typing import Any

import polars as pl

from ..contract import LIST_SEPARATOR, TABLES, columns, polars_dtypes, primary_key
from ..errors import SeedError
from .mentions import alias_mentions
from .resolve import resolve_annotations
from .seeds import Seeds


def row_id(prefix: str, *parts: object) -> str:
    """``prefix-`` plus 12 hex digits of the SHA-256 of the parts."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


def frame(name: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    """Rows as a DataFrame with the schema's columns and dtypes, sorted by primary key."""
    dtypes = polars_dtypes(name, enums=False)
    df = pl.DataFrame([{c: r.get(c) for c in dtypes} for r in rows], schema=dtypes, orient="row")
    return df.sort(primary_key(name))


def sources_rows(seeds: Seeds, furniture: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(f["source_id"] for f in furniture)
    rows = []
    for sid, doc in seeds.documents.items():
        m = doc.meta
        rows.append({
            "source_id": sid, "path": doc.path, "sha256": doc.sha256,
            "publisher": m.get("publisher"), "publisher_evidence": m.get("publisher_evidence"),
            "title": m.get("title"), "label": source_label(sid, m.get("publisher"), m.get("title")),
            "published": m["published"],
            "published_basis": m.get("published_basis"), "published_evidence": m.get("published_evidence"),
            "language": m.get("language"), "url": m.get("url"),
            "body_start": doc.body.start, "body_end": doc.body.end, "n_chars": len(doc.text),
            "n_furniture": counts[sid],
        })
    return rows


def source_label(source_id: str, publisher: str | None, title: str | None, words: int = 5) -> str:
    """A readable name for output: the publisher, else the title's first words, else
    'article' and the number the id starts with."""
    if publisher:
        return publisher
    if title:
        head = title.split()
        return " ".join(head[:words]) + ("…" if len(head) > words else "")
    return f"article {source_id.split('_')[0]}"


def furniture_rows(seeds: Seeds) -> list[dict[str, Any]]:
    """Curated furniture inside the body plus what lies before and after it."""
    rows = []
    for sid, doc in seeds.documents.items():
        stretches = [(f.span.start, f.span.end, f.kind) for f in doc.furniture]
        for lo, hi in ((0, doc.body.start), (doc.body.end, len(doc.text))):
            chunk = doc.text[lo:hi]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk.rstrip())
                stretches.append((lo + lead, lo + trail, "outside_body"))
        for start, end, kind in stretches:
            rows.append({"furniture_id": row_id("f", sid, start, end), "source_id": sid,
                         "start": start, "end": end, "text": doc.text[start:end], "kind": kind})
    return rows


def first_mentions(mentions: list[dict[str, Any]], key: str) -> tuple[dict[str, dict], dict[str, int]]:
    """The first mention (by source, then offset) of each id, and the mention counts."""
    first: dict[str, dict] = {}
    counts: dict[str, int] = defaultdict(int)
    for m in sorted(mentions, key=lambda m: (m["source_id"], m["start"], m["end"])):
        counts[m[key]] += 1
        first.setdefault(m[key], m)
    return first, counts


def actors_rows(seeds: Seeds, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first, counts = first_mentions(mentions, "actor_id")
    ids = {a["id"] for a in seeds.actors}
    rows = []
    for a in seeds.actors:
        if a.get("parent") is not None and a["parent"] not in ids:
            raise SeedError(f"seeds/actors.yaml {a['id']}: unknown parent {a['parent']!r}")
        if a["id"] not in first:
            raise SeedError(f"seeds/actors.yaml {a['id']}: no mention in any article body")
        m = first[a["id"]]
        rows.append({
            "actor_id": a["id"], "name": a["name"], "kind": a["kind"], "country": a.get("country"),
            "parent_id": a.get("parent"), "description": a.get("description"),
            "aliases": LIST_SEPARATOR.join(a.get("aliases") or []) or None, "n_mentions": counts[a["id"]],
            "source_id": m["source_id"], "start": m["start"], "end": m["end"], "text": m["text"],
        })
    return rows


def events_rows(seeds: Seeds, event_mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first, counts = first_mentions(event_mentions, "event_id")
    rows = []
    for e in seeds.events:
        if e["id"] not in first:
            raise SeedError(f"seeds/events.yaml {e['id']}: no event mention in any annotation")
        m = first[e["id"]]
        rows.append({**{k: e.get(k) for k in ("date", "date_precision", "date_basis", "event_type",
                                             "sub_event_type", "location", "admin1", "country",
                                             "latitude", "longitude", "summary")},
                     "event_id": e["id"], "n_mentions": counts[e["id"]],
                     "source_id": m["source_id"], "start": m["start"], "end": m["end"], "text": m["text"]})
    return rows


def claim_bounds(qualifier: pl.Expr, value: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The closed interval of true counts a hedged claim allows: exact v; at_least [v, inf);
    more_than [v+1, inf); at_most [0, v]; less_than [0, v-1]; about [floor .9v, ceil 1.1v];
    nearly [floor .9v, v]; no value (an unspecified number) [1, inf)."""
    v = value.cast(pl.Float64)
    inf = pl.lit(math.inf)
    lo = (pl.when(value.is_null()).then(pl.lit(1.0))
          .when(qualifier.is_in(["exact", "at_least"])).then(v)
          .when(qualifier == "more_than").then(v + 1)
          .when(qualifier.is_in(["about", "nearly"])).then((v * 0.9).floor())
          .otherwise(pl.lit(0.0)))
    hi = (pl.when(value.is_null()).then(inf)
          .when(qualifier.is_in(["exact", "at_most", "nearly"])).then(v)
          .when(qualifier == "less_than").then(v - 1)
          .when(qualifier == "about").then((v * 1.1).ceil())
          .otherwise(inf))
    return lo, hi


SUMMARY_KEY = ["event_id", "quantity", "population", "subject_id"]
"""What a claim_summary row counts; summary_id joins these with '/'."""


def summary_id() -> pl.Expr:
    """The summary_id of a row holding the SUMMARY_KEY columns."""
    return pl.format("{}/{}/{}/{}", "event_id", pl.col("quantity").cast(pl.String), "population",
                     pl.col("subject_id").fill_null("-"))


def claim_summary(claims: pl.DataFrame) -> pl.DataFrame:
    """One row per (event, quantity, population, subject): the values each source gives,
    in reading order (source, start, end), and whether they agree (CODEBOOK.md S2-S5):
    false when the ranges of the claims with a number do not all overlap, else null when
    some claim gives no number, else true."""
    lo, hi = claim_bounds(pl.col("qualifier").cast(pl.String), pl.col("value"))
    numbered = pl.col("value").is_not_null()
    one = pl.format("{}: {}", pl.col("source_id"), pl.col("qualifier").cast(pl.String))
    described = pl.when(pl.col("value").is_null()).then(one).otherwise(pl.format("{} {}", one, pl.col("value")))
    out = (claims.with_columns(lo=lo, hi=hi, described=described)
           .sort("source_id", "start", "end", maintain_order=True)
           .group_by(SUMMARY_KEY, maintain_order=True)
           .agg(n_claims=pl.len(), n_sources=pl.col("source_id").n_unique(),
                min=pl.col("value").min(), max=pl.col("value").max(),
                values=pl.col("described").str.join(LIST_SEPARATOR),
                sources=pl.col("source_id").unique().sort().str.join(LIST_SEPARATOR),
                n_unspecified=(~numbered).sum().cast(pl.Int64),
                overlap=pl.col("lo").filter(numbered).max() <= pl.col("hi").filter(numbered).min())
           .with_columns(summary_id=summary_id(),
                         agree=pl.when(pl.col("overlap").not_()).then(False)
                         .when(pl.col("n_unspecified") > 0).then(None).otherwise(True)))
    return out.select(columns("claim_summary")).cast(polars_dtypes("claim_summary", enums=False)).sort("summary_id")


def assemble(seeds: Seeds, curated: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, pl.DataFrame]:
    """Build every published table from the seeds (``curated``: their resolved annotations,
    when the caller already has them)."""
    curated = resolve_annotations(seeds) if curated is None else curated
    ignored = {(i["source_id"], i["start"], i["end"]) for i in curated["ignores"]}
    aliases = [m for m in alias_mentions(seeds) if (m["source_id"], m["start"], m["end"]) not in ignored]
    mentions = aliases + curated["mentions"]  # an ignore on an alias match's exact span drops it (CODEBOOK.md M16)
    for m in mentions:
        m["mention_id"] = row_id("m", m["source_id"], m["start"], m["end"], m["actor_id"])
    for e in curated["events"]:
        e["mention_id"] = row_id("em", e["source_id"], e["start"], e["end"], e["event_id"])
    for q in curated["quotes"]:
        q["quote_id"] = row_id("q", q["source_id"], q["start"], q["end"])
        q["utterance_id"] = q["utterance_id"] or "u-" + q["quote_id"][2:]
    for c in curated["claims"]:
        c["claim_id"] = row_id("c", c["source_id"], c["start"], c["end"], c["quantity"])
    furniture = furniture_rows(seeds)
    tables = {
        "sources": frame("sources", sources_rows(seeds, furniture)),
        "furniture": frame("furniture", furniture),
        "actors": frame("actors", actors_rows(seeds, mentions)),
        "mentions": frame("mentions", mentions),
        "events": frame("events", events_rows(seeds, curated["events"])),
        "event_mentions": frame("event_mentions", curated["events"]),
        "quotes": frame("quotes", curated["quotes"]),
        "claims": frame("claims", curated["claims"]),
    }
    tables["claims"] = tables["claims"].with_columns(summary_id=summary_id())
    tables["claim_summary"] = claim_summary(tables["claims"])
    tables = {name: tables[name] for name in TABLES}
    for name, df in tables.items():
        assert df.columns == columns(name), f"{name}: columns differ from the schema"
    return tables
