"""``kds report``: a static site that shows the words every row stands on.

- ``spans``: the pure renderer from (text, spans) to marks;
- ``charts``: the SVG disagreement chart and timeline;
- ``pages``: the article pages and the index.

``write_report(package_dir, out_dir)`` (and ``report_pages(package_dir)``, the pages as
strings, for an archive) reads the tables with ``kadhimi_ds.load`` and the
seed texts of the package, and writes ``index.html`` and ``<source_id>.html`` for each
article. Same package, same bytes.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from ...build.assemble import claim_bounds, summary_id
from ...errors import KdsError
from ...load import load
from .pages import article_page, index_page


def _rows(tables) -> dict[str, list[dict]]:
    return {name: df.to_dicts() for name, df in tables.items()}


def summary_claims(claims) -> dict[str, list[dict]]:
    """The claims behind each claim_summary row (by summary_id), in reading order, each
    with ``lo`` and ``hi``, the range its qualifier allows."""
    import polars as pl

    lo, hi = claim_bounds(pl.col("qualifier").cast(pl.String), pl.col("value"))
    framed = (claims.with_columns(lo=lo, hi=hi, summary_id=summary_id())
              .sort("source_id", "start", "end", "claim_id"))
    out = defaultdict(list)
    for row in framed.with_columns(pl.col(c).cast(pl.String) for c in ("quantity", "qualifier")).to_dicts():
        out[row["summary_id"]].append(row)
    return dict(out)


def report_pages(package_dir: Path | str) -> dict[str, str]:
    """File name to HTML of every page of the report of the package at ``package_dir``."""
    import polars as pl

    package_dir = Path(package_dir)
    tables = load(path=package_dir)
    meta = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    name = f"{meta.get('name', 'package')} {meta.get('version', '')}".strip()
    rows = _rows({t: df.with_columns(pl.col(pl.Enum).cast(pl.String)) for t, df in tables.items()})
    by_source = {t: defaultdict(list) for t in ("furniture", "quotes", "claims", "mentions", "event_mentions")}
    for table, groups in by_source.items():
        for r in sorted(rows[table], key=lambda r: (r["start"], r["end"], r[next(iter(r))])):
            groups[r["source_id"]].append(r)
    actors = {a["actor_id"]: a for a in rows["actors"]}
    events = {e["event_id"]: e for e in rows["events"]}
    pages = {"index.html": index_page(rows, summary_claims(tables["claims"]), name)}
    for source in rows["sources"]:
        seed = package_dir / source["path"]
        if not seed.is_file():
            raise KdsError(f"{seed}: seed text not found; the report needs the package's seeds/")
        text = seed.read_bytes().decode("utf-8")
        pages[f"{source['source_id']}.html"] = article_page(
            source, text, {t: g[source["source_id"]] for t, g in by_source.items()}, actors, events)
    return dict(sorted(pages.items()))


def write_report(package_dir: Path | str, out_dir: Path | str) -> list[Path]:
    """Write the report of the package at ``package_dir`` into ``out_dir``; return the files."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, html in report_pages(package_dir).items():
        (out_dir / filename).write_text(html, encoding="utf-8", newline="\n")
        written.append(out_dir / filename)
    return written

