"""The build: read seeds, resolve and assemble the tables, check them, write the package."""
from __future__ import annotations

from pathlib import Path

from ..build.assemble import assemble
from ..contract import TABLES
from ..errors import KdsError
from ..files import project_lock
from ..build.package import render, stale, write
from ..build.seeds import read_seeds
from ..validate import Report, check_tables


class BuildRefused(KdsError):
    """The seeds compile to tables that fail validation; nothing was written."""

    def __init__(self, report: Report):
        self.report = report
        super().__init__(f"the seeds compile to invalid tables ({len(report.failures)} failures); nothing was written")


def build_files(root: Path) -> dict[str, bytes]:
    """Every output file the seeds under ``root`` compile to."""
    return render(assemble(read_seeds(root / "seeds")), root)


def build(root: Path | str, check: bool = False) -> list[str]:
    """Compile seeds/ into data/ and datapackage.json; return the paths that changed.

    With ``check``, write nothing and return the stale paths.
    """
    root = Path(root)
    with project_lock(root, exclusive=not check):
        files = build_files(root)
        changed = stale(files, root)
        if check:
            return changed
        return check_and_write(root, files, changed)


def check_and_write(root: Path, files: dict[str, bytes], changed: list[str]) -> list[str]:
    report = Report()
    check_tables(root, {name: files[f"data/{name}.csv"] for name in TABLES}, report)
    if not report.valid:
        raise BuildRefused(report)
    if changed:
        write(files, root)
    return changed
