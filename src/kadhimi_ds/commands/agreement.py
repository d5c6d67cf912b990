"""Inter-coder agreement (``kds agreement``): two independent codings of the same articles,
compared item by item and field by field.

A coding is a folder of annotation files (``<source_id>.yaml``, the format of
``seeds/annotations/``) resolved against the project's seeds (articles and registries).
Items of the two codings are paired within a table and article by overlapping spans,
one to one, largest overlap first. Each pair is a unit; an item that only one coder made
is a unit too, with the value ``(absent)`` for the other coder. The differences listed for
adjudication also name the pairs whose spans differ.

Per table and field the report gives:

- ``units``: all units; ``both``: units both coders made (pairs);
- ``percent``: percent agreement over the pairs;
- ``alpha``: Krippendorff's alpha (nominal) over the pairs;
- ``alpha_all``: the same over all units, an item missed by one coder counting as a
  disagreement (the stricter figure: it measures finding the item and coding it).

Descriptive mentions are compared as curated (``mentions:`` items); the alias mentions
that the registry finds are the same for both coders by construction and are left out.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from ..build.resolve import resolve_annotations
from ..build.seeds import Seeds, read_annotation_file, read_seeds
from ..errors import KdsError

ABSENT = "(absent)"
FIELDS = {
    "quotes": ("speaker_id", "attribution", "channel", "event_id", "fragment"),
    "claims": ("quantity", "value", "qualifier", "population", "event_id", "subject_id", "claimed_by", "reported_via"),
    "events": ("event_id",),
    "mentions": ("actor_id",),
}
TABLE_NAMES = {"quotes": "quotes", "claims": "claims", "events": "event_mentions", "mentions": "mentions"}


def krippendorff_alpha(units: Iterable[tuple[Any, ...]]) -> float | None:
    """Krippendorff's alpha for nominal values. ``units`` holds the values the coders gave
    one unit (None for a coder who gave none). Units with fewer than two values are not
    pairable and are left out. None when the data hold fewer than two values or only one
    distinct value (alpha is undefined there)."""
    coincidence: Counter[tuple[Any, Any]] = Counter()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidence[(a, b)] += 1 / (m - 1)
    totals: Counter[Any] = Counter()
    for (a, _), weight in coincidence.items():
        totals[a] += weight
    n = sum(totals.values())
    if n < 2 or len(totals) < 2:
        return None
    observed = sum(w for (a, b), w in coincidence.items() if a != b) / n
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b) / (n * (n - 1))
    return 1 - observed / expected


def pair_items(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[tuple[dict | None, dict | None]]:
    """Units of two coders' items of one table: overlapping spans of the same article paired
    one to one, largest overlap first; the rest alone."""
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x["source_id"] == y["source_id"]:
                overlap = min(x["end"], y["end"]) - max(x["start"], y["start"])
                if overlap > 0:
                    candidates.append((-overlap, x["start"], i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    units: list[tuple[dict | None, dict | None]] = []
    for _, _, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            units.append((a[i], b[j]))
    units += [(x, None) for i, x in enumerate(a) if i not in used_a]
    units += [(None, y) for j, y in enumerate(b) if j not in used_b]
    return sorted(units, key=lambda u: tuple((u[0] or u[1])[k] for k in ("source_id", "start", "end")))


def _value(item: dict[str, Any] | None, field: str) -> Any:
    if item is None:
        return ABSENT
    value = item.get(field)
    return "(null)" if value is None else value


def compare(rows_a: dict[str, list[dict]], rows_b: dict[str, list[dict]]) -> dict[str, Any]:
    """Agreement per table and field, and the units with their values (for adjudication)."""
    figures, units_out = [], []
    for section, fields in FIELDS.items():
        units = pair_items(rows_a[section], rows_b[section])
        pairs = [(x, y) for x, y in units if x is not None and y is not None]
        for field in fields:
            same = sum(_value(x, field) == _value(y, field) for x, y in pairs)
            alpha = krippendorff_alpha((_value(x, field), _value(y, field)) for x, y in pairs)
            alpha_all = krippendorff_alpha((_value(x, field), _value(y, field)) for x, y in units)
            figures.append({"table": TABLE_NAMES[section], "field": field, "units": len(units), "both": len(pairs),
                            "percent": round(same / len(pairs), 4) if pairs else None,
                            "alpha": None if alpha is None else round(alpha, 4),
                            "alpha_all": None if alpha_all is None else round(alpha_all, 4)})
        for x, y in units:
            diffs = {f: [_value(x, f), _value(y, f)] for f in fields if _value(x, f) != _value(y, f)}
            if x is not None and y is not None and x["text"] != y["text"]:
                diffs["span"] = [x["text"], y["text"]]
            if diffs:
                first = x or y
                units_out.append({"table": TABLE_NAMES[section], "source_id": first["source_id"],
                                  "text_a": x and x["text"], "text_b": y and y["text"], "differences": diffs})
    return {"figures": figures, "differences": units_out}


def coding_rows(seeds: Seeds, folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Resolve the coding in ``folder`` (one file per article of ``seeds``, drafts or
    reviewed) to rows."""
    missing = [sid for sid in seeds.documents if not (folder / f"{sid}.yaml").is_file()]
    if missing:
        raise KdsError(f"{folder}: no coding for {', '.join(missing)}")
    annotations = {sid: read_annotation_file(folder / f"{sid}.yaml", sid, drafts=True) for sid in seeds.documents}
    return resolve_annotations(dataclasses.replace(seeds, annotations=annotations), folder)


def agreement(seeds_root: Path, coder_a: Path, coder_b: Path) -> dict[str, Any]:
    """Compare the codings in folders ``coder_a`` and ``coder_b`` of the articles under ``seeds_root``."""
    seeds = read_seeds(seeds_root)
    return compare(coding_rows(seeds, coder_a), coding_rows(seeds, coder_b))


def report_text(result: dict[str, Any]) -> str:
    """The figures as an aligned text table."""
    def fmt(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    lines = [f"{'table':<15} {'field':<13} {'units':>5} {'both':>5} {'percent':>8} {'alpha':>7} {'alpha_all':>9}"]
    for f in result["figures"]:
        lines.append(f"{f['table']:<15} {f['field']:<13} {f['units']:>5} {f['both']:>5} {fmt(f['percent']):>8} "
                     f"{fmt(f['alpha']):>7} {fmt(f['alpha_all']):>9}")
    lines.append(f"{len(result['differences'])} units with a difference; n/a: one value only, alpha undefined")
    return "\n".join(lines)
