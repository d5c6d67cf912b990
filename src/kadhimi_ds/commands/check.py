"""`kds validate`: the validate stage, plus the two checks that need the other stages.

The validate stage reads only the published package. When the package holds its curated
seeds, this command also compiles them (build stage) to check that the tables are up to date,
and runs the extractor (extract stage) to check that every quotation and number in a body is
covered by a curated row or ignored with a reason.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import KdsError
from ..validate import Report, validate


SEED_LAYERS = {"up-to-date": "the tables are what the curated seeds build to",
               "coverage": "every quotation and number in a body is curated or ignored"}


def validate_package(path: Path | str, today: dt.date | None = None, tables_only: bool = False) -> Report:
    """Validate the package at ``path`` in every layer, the seed checks included. A layer
    that cannot run (no curated seeds) is a failure, unless ``tables_only`` asks for the
    published tables alone: then the report says what it did not check."""
    if tables_only:
        report = validate(path, today)
        report.not_checked = {layer: f"--tables-only: {what}" for layer, what in SEED_LAYERS.items()}
        return report
    return validate(path, today, seeds_check=check_against_seeds)


def check_against_seeds(root: Path, report: Report) -> None:
    """When the package holds its curated seeds, read them once for two checks: the tables
    and descriptor are what the seeds build to (``kds build --check``, package layer), and
    every quotation and number the extractor finds in a body is covered by a curated row or
    ignored with a reason (coverage layer)."""
    from ..build.assemble import assemble
    from ..build.mentions import uncovered_role_nouns
    from ..build.package import render, stale
    from ..build.resolve import resolve_annotations
    from ..build.seeds import read_seeds
    from ..validate.meaning import check_utterance_claims
    from .coverage import coverage

    if not (root / "seeds" / "sources.yaml").is_file():
        for layer, what in SEED_LAYERS.items():
            report.add("package", "seeds", None, None, "layer-not-run", layer,
                       f"seeds/sources.yaml is missing, so this layer cannot check that {what}; "
                       "pass --tables-only to check the published tables alone")
        return
    report.layers += list(SEED_LAYERS)
    try:
        seeds = read_seeds(root / "seeds")
        curated = resolve_annotations(seeds)
        tables = assemble(seeds, curated)
        differ = stale(render(tables, root), root)
    except KdsError as exc:
        report.add("package", "seeds", None, None, "seeds-do-not-build", str(exc))
        return
    for rel in differ:
        report.add("package", rel, None, None, "stale-output", rel, "run `kds build`")
    for item in coverage(seeds):
        report.add("coverage", f"seeds/annotations/{item.source_id}.yaml", item.source_id, f"[{item.start}, {item.end})",
                   f"uncovered-{item.kind}", item.text, item.message())
    for row in uncovered_role_nouns(seeds, tables["mentions"].to_dicts() + curated["ignores"]):
        report.add("coverage", f"seeds/annotations/{row['source_id']}.yaml", row["source_id"],
                   f"[{row['start']}, {row['end']})", "uncovered-role-noun", row["text"],
                   f"a role or group noun of {row['actor_id']}: a mention or an ignore (CODEBOOK.md M4)")
    check_utterance_claims(tables["claims"], tables["quotes"], report)  # the seeds' tables: equal to the published ones
