"""Validate stage: check a published package in layers and report every failure.

1. schema      pandera (polars backend) on typed frames built from the Frictionless schemas
2. relations   primary keys unique, foreign keys resolve (anti-joins)
3. provenance  seed checksums, every span slices to its text, spans inside the body
4. meaning     claim values and qualifiers agree with their words, dates plausible
5. package     datapackage.json profile, resource bytes and hashes
6. up-to-date  tables are what the seeds build to    } passed in by kds validate
7. coverage    every quotation and number is curated } (commands.check), as seeds_check

Bad data never raises: it becomes a :class:`Failure`. Only a path that is not a package
(no datapackage.json at all) raises :class:`NotAPackage`. Validation reads under the
project's shared lock, so a build never replaces files in the middle of it.

Scale: the four reference tables (sources, furniture, actors, events) are read whole;
every other table is read in batches and leaves only a digest for the checks across rows
(key hashes, first mentions, narrow claim columns), so memory does not grow with the text
of the large tables. File hashes are computed in a thread beside the table checks.

One module per layer (schema, relations, provenance, meaning, package), with derived
(ids and mentions from the tables alone), report (failures), read (CSV files and batches)
and tables (the layers over every table).
"""
from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from ..errors import KdsError, NotAPackage
from ..files import project_lock, read_file
from .package import check_hashes, check_interrupted_build, check_package, file_digests
from .provenance import seed_part, seed_parts
from .report import MAX_PER_RULE, Failure, Report
from .schema import pandera_schema
from .tables import check_tables
from .timing import stage

__all__ = ["MAX_PER_RULE", "Failure", "Report", "check_tables", "pandera_schema", "seed_part", "seed_parts", "validate"]

MAX_DESCRIPTOR_BYTES = 10_000_000


def validate(path: Path | str, today: dt.date | None = None,
             seeds_check: Callable[[Path, Report], None] | None = None) -> Report:
    """Validate the package at ``path`` (a directory or its datapackage.json).

    ``seeds_check(root, report)`` runs the checks against the curated seeds (up to date,
    coverage); they need the build and extract stages, so the command that combines the
    stages passes it (:func:`kadhimi_ds.commands.check.validate_package`).
    """
    path = Path(path)
    root = path.parent if path.name == "datapackage.json" else path
    descriptor_path = root / "datapackage.json"
    if not descriptor_path.exists() and not descriptor_path.is_symlink():
        raise NotAPackage(f"{descriptor_path}: not found; is {root} a kadhimi-ds package?")
    report = Report()
    with project_lock(root, exclusive=False):
        package = read_descriptor(descriptor_path, report)
        if package is None:
            return report
        report.layers = ["schema", "relations", "provenance", "meaning", "package"]
        with stage("package"):
            contents = check_package(root, package, report)
        with ThreadPoolExecutor(max_workers=2) as pool:
            digests = pool.submit(file_digests, contents)
            seeds = None if seeds_check is None else pool.submit(own_report, seeds_check, root)
            with stage("tables"):
                check_tables(root, contents, report, today)
            with stage("waiting for file hashes"):
                check_hashes(package, digests.result(), report)
            check_interrupted_build(root, report)
            if seeds is not None:
                with stage("waiting for the seeds check"):
                    report.merge(seeds.result())
    return report


def own_report(check: Callable[[Path, Report], None], root: Path) -> Report:
    """Run ``check(root, report)`` in a report of its own (in a thread beside the tables)."""
    report = Report()
    with stage("seeds check"):
        check(root, report)
    return report


def read_descriptor(path: Path, report: Report) -> dict | None:
    """The descriptor as a JSON object, or None after reporting why it cannot be read."""
    try:
        package = json.loads(read_file(path, MAX_DESCRIPTOR_BYTES).decode("utf-8"))
    except KdsError as exc:
        problem = str(exc).removeprefix(f"{path}: ")
    except UnicodeDecodeError as exc:
        problem = f"not valid UTF-8 at byte {exc.start}"
    except json.JSONDecodeError as exc:
        problem = f"not JSON ({exc.msg}, line {exc.lineno})"
    except RecursionError:
        problem = "nested too deeply"
    else:
        if isinstance(package, dict):
            return package
        problem = "expected a JSON object"
    report.add("package", "datapackage.json", None, None, "unreadable-descriptor", problem)
    return None
