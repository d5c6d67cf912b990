"""Validate a directory of packages (a corpus split into many) in parallel processes, and
merge their reports into one document of the format asked for."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import KdsError

EXIT_VALID, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def package_dirs(folder: Path) -> list[Path]:
    """The packages directly inside ``folder`` (subfolders holding a datapackage.json), sorted."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "datapackage.json").is_file())


@dataclass(frozen=True)
class Outcome:
    """One package's verdict: its exit code and its report rendered in the format asked for."""

    path: str
    exit_code: int
    rendered: str


def check_one(path: str, fmt: str, tables_only: bool) -> Outcome:
    """Validate one package (in a worker process) and render its report."""
    from ..validate.render import error_json, github_line, render
    from .check import validate_package

    try:
        report = validate_package(Path(path), tables_only=tables_only)
    except KdsError as exc:
        message = {"json": error_json(str(exc)), "github": github_line(None, None, "kds validate", str(exc))}
        return Outcome(path, EXIT_ERROR, message.get(fmt, f"error: {exc}"))
    return Outcome(path, EXIT_VALID if report.valid else EXIT_INVALID, render(report, path, fmt))


def check_many(folders: list[Path], fmt: str, tables_only: bool, jobs: int) -> list[Outcome]:
    """Every package validated, ``jobs`` at a time, in the order given."""
    args = [(str(p), fmt, tables_only) for p in folders]
    if jobs <= 1 or len(folders) <= 1:
        return [check_one(*a) for a in args]
    import multiprocessing

    # spawned, not forked: a fork of a process whose polars thread pool is running can hang
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(check_one, *zip(*args)))


def merge(outcomes: list[Outcome], fmt: str) -> str:
    """One document for all the packages: each package's report under its path, then a summary."""
    worst = exit_code(outcomes)
    tally = (f"{len(outcomes)} packages: {sum(o.exit_code == EXIT_VALID for o in outcomes)} valid, "
             f"{sum(o.exit_code == EXIT_INVALID for o in outcomes)} invalid, "
             f"{sum(o.exit_code == EXIT_ERROR for o in outcomes)} not validated")
    if fmt == "json":
        return json.dumps({"valid": worst == EXIT_VALID, "exit_code": worst, "summary": tally,
                           "packages": [{"path": o.path, **json.loads(o.rendered)} for o in outcomes]},
                          indent=2, ensure_ascii=False)
    if fmt == "junit":
        root = ET.Element("testsuites", name="kds validate")
        for o in outcomes:
            if o.exit_code == EXIT_ERROR:
                suite = ET.SubElement(root, "testsuite", name=o.path, tests="1", failures="1")
                case = ET.SubElement(ET.SubElement(suite, "testcase", classname="package", name=o.path), "failure")
                case.set("message", o.rendered)
                continue
            for suite in ET.fromstring(o.rendered.encode("utf-8")):
                suite.set("name", f"{o.path}: {suite.get('name')}")
                root.append(suite)
        root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
        root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True)
    if fmt == "github":
        return "\n".join([o.rendered for o in outcomes] + [tally])
    return "\n".join([block for o in outcomes for block in (f"== {o.path}", o.rendered)] + [tally])


def exit_code(outcomes: list[Outcome]) -> int:
    """2 when a package could not be validated, else 1 when one is invalid, else 0."""
    return max((o.exit_code for o in outcomes), default=EXIT_VALID)
