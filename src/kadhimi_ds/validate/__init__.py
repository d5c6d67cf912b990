"""Validate stage: check a published package in six layers and report every failure.

1. schema      pandera (polars backend) on typed frames built from the Frictionless schemas
2. relations   primary keys unique, foreign keys resolve (anti-joins)
3. provenance  seed checksums, every span slices to its text, spans inside the body
4. meaning     claim values and qualifiers agree with their words, dates plausible
5. package     datapackage.json profile, resource bytes and hashes, tables up to date
6. coverage    every quotation and number the extractor finds is curated or ignored

Bad data never raises: it becomes a :class:`Failure`. Only an unreadable package
(no datapackage.json at all) raises :class:`KdsError`.

Scale: the four reference tables (sources, furniture, actors, events) are read whole;
every other table is read in batches and leaves only a digest for the checks across rows
(key hashes, first mentions, narrow claim columns), so memory does not grow with the text
of the large tables. File hashes are computed in a thread beside the table checks.

One module per layer (schema, relations, provenance, meaning, package), with report
(failures), read (CSV files and batches) and tables (the layers over every table).
"""
from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from ..errors import KdsError
from .package import check_hashes, check_package, file_digests
from .provenance import seed_part, seed_parts
from .report import MAX_PER_RULE, Failure, Report
from .schema import pandera_schema
from .tables import check_tables

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
    try:
        if descriptor_path.stat().st_size > MAX_DESCRIPTOR_BYTES:
            raise KdsError(f"{descriptor_path}: larger than {MAX_DESCRIPTOR_BYTES} bytes; not a kadhimi-ds descriptor")
        package = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KdsError(f"{descriptor_path}: not found; is {root} a kadhimi-ds package?") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KdsError(f"{descriptor_path}: cannot read ({exc})") from None
    if not isinstance(package, dict):
        raise KdsError(f"{descriptor_path}: expected a JSON object")
    report = Report()
    contents = check_package(root, package, report)
    with ThreadPoolExecutor(max_workers=1) as pool:
        digests = pool.submit(file_digests, contents)
        check_tables(root, contents, report, today)
        check_hashes(package, digests.result(), report)
    if seeds_check is not None:
        seeds_check(root, report)
    return report
