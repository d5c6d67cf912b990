"""Releases: one version everywhere, semantic versioning for data, reproducible archives.

The version lives in pyproject.toml (``version`` and ``[tool.kadhimi-ds] released``);
``kds release`` carries it to datapackage.json, CITATION.cff, .zenodo.json and
CHANGELOG.md, builds ``dist/kadhimi-ds-VERSION.zip`` and commits its record,
``releases/VERSION.json`` (see ``records``), which ``--verify`` checks by rebuilding.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Callable

from ..contract import TABLES
from ..errors import KdsError
from .diff import PackageFiles, TableDiff, diff_packages, open_package, schema
from .records import RECORDS, compare, git, make_record, read_record, record_path, write_record

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
ARCHIVE_FILES = ("datapackage.json", "README.md", "CHANGELOG.md", "CITATION.cff", "LICENSE", "LICENSE-DATA")
ARCHIVE_DIRS = ("data", "schemas", "seeds")
LEVELS = ("patch", "minor", "major")


def parse_version(text: str) -> tuple[int, int, int]:
    m = SEMVER.match(text)
    if not m:
        raise KdsError(f"{text!r} is not a version of the form MAJOR.MINOR.PATCH")
    return int(m[1]), int(m[2]), int(m[3])


def bump(version: str, level: str) -> str:
    major, minor, patch = parse_version(version)
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0",
            "patch": f"{major}.{minor}.{patch + 1}"}[level]


# How each change of the contract moves the version. Tightening or removing breaks a reader
# or a writer of the tables: major. Adding a table or column, or widening a vocabulary, is
# minor. Loosening a constraint (dropping ``required``, lowering a ``minimum``, dropping a
# ``pattern``) lets rows in that were refused before: minor. A changed pattern cannot be
# told to only widen, so it counts as a tightening; a vocabulary added or removed changes
# the column's dtype in ``load()`` (String <-> Enum).
RULES = {
    "table removed": "major",
    "table added": "minor",
    "column removed or renamed": "major",
    "column added": "minor",
    "type changed": "major",
    "primary key changed": "major",
    "vocabulary narrowed": "major",
    "vocabulary added": "major",
    "vocabulary removed": "major",
    "vocabulary widened": "minor",
    "constraint added": "major",
    "constraint tightened": "major",
    "constraint changed": "major",
    "constraint loosened": "minor",
    "constraint removed": "minor",
}
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength")


def constraint_change(key: str, old: Any, new: Any) -> str | None:
    """The rule for one constraint going from ``old`` to ``new`` (None: absent or false)."""
    if old == new:
        return None
    if old is None:
        return "constraint added"
    if new is None:
        return "constraint removed"
    if key in LOWER_BOUNDS + UPPER_BOUNDS and all(isinstance(v, (int, float)) for v in (old, new)):
        return "constraint tightened" if (new > old) == (key in LOWER_BOUNDS) else "constraint loosened"
    return "constraint changed"


def column_changes(where: str, a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    if a.get("type") != b.get("type"):
        out.append(("type changed", f"{where} type {a.get('type')} -> {b.get('type')}"))
    # an absent constraint and ``required: false`` are the same (``is``: a minimum of 0 is not false)
    ca = {k: v for k, v in a.get("constraints", {}).items() if v is not None and v is not False}
    cb = {k: v for k, v in b.get("constraints", {}).items() if v is not None and v is not False}
    ea, eb = ca.pop("enum", None), cb.pop("enum", None)
    if ea and eb:
        if set(ea) - set(eb):
            out.append(("vocabulary narrowed", f"{where} vocabulary narrowed: {sorted(set(ea) - set(eb))}"))
        elif set(eb) - set(ea):
            out.append(("vocabulary widened", f"{where} vocabulary widened: {sorted(set(eb) - set(ea))}"))
    elif ea or eb:
        rule = "vocabulary added" if eb else "vocabulary removed"
        out.append((rule, f"{where} {rule}"))
    for key in sorted(ca.keys() | cb.keys()):
        rule = constraint_change(key, ca.get(key), cb.get(key))
        if rule:
            out.append((rule, f"{where} {key} {ca.get(key)!r} -> {cb.get(key)!r}: {rule}"))
    return out


def contract_changes(old: PackageFiles, new: PackageFiles) -> list[tuple[str, str]]:
    """Every change of the schemas between two versions, as (rule of ``RULES``, reason)."""
    out = []
    for name in TABLES:
        a, b = schema(old, name), schema(new, name)
        if a is None or b is None:
            if a is not b:
                rule = "table added" if a is None else "table removed"
                out.append((rule, f"{name}: {rule}"))
            continue
        if a.get("primaryKey") != b.get("primaryKey"):
            out.append(("primary key changed", f"{name} primary key {a.get('primaryKey')} -> {b.get('primaryKey')}"))
        fa, fb = ({f["name"]: f for f in s["fields"]} for s in (a, b))
        for col, field_a in fa.items():
            if col not in fb:
                out.append(("column removed or renamed", f"{name}.{col} removed or renamed"))
            else:
                out += column_changes(f"{name}.{col}", field_a, fb[col])
        out += [("column added", f"{name}.{col} added") for col in fb if col not in fa]
    return out


def required_level(old: PackageFiles, new: PackageFiles) -> tuple[str, list[str], dict[str, TableDiff]]:
    """The smallest version bump that fits the change from ``old`` to ``new``, and why."""
    changes = contract_changes(old, new)
    diffs = diff_packages(old, new)
    added = [f"{name}: {len(d.added)} rows added" for name, d in diffs.items() if d.added]
    corrected = [f"{name}: {len(d.removed)} removed, {len({c['id'] for c in d.changed})} changed"
                 for name, d in diffs.items() if d.removed or d.changed]
    major = [why for rule, why in changes if RULES[rule] == "major"]
    minor = [why for rule, why in changes if RULES[rule] == "minor"]
    if major:
        return "major", major, diffs
    if minor or added:
        return "minor", minor + added, diffs
    return "patch", corrected or ["no change to the tables"], diffs


DERIVED = ("parquet", "report")
"""What a release archive carries beside the package, made from it by the current code: the
tables as Parquet (``parquet/``) and the HTML report (``report/``). A release record lists the
ones its archive holds, so an older record is rebuilt without them."""


def derived_entries(root: Path, kinds: tuple[str, ...] | list[str]) -> dict[str, bytes]:
    """The archive entries of the derived outputs ``kinds`` of the package at ``root``."""
    from .export import export
    from .report import report_pages

    entries: dict[str, bytes] = {}
    if "report" in kinds:
        entries.update({f"report/{name}": html.encode("utf-8") for name, html in report_pages(root).items()})
    if "parquet" in kinds:
        with tempfile.TemporaryDirectory(prefix="kds-parquet-") as tmp:
            entries.update({f"parquet/{f.name}": f.read_bytes() for f in export(root, "parquet", tmp)})
    return entries


def zip_archive(root: Path, version: str, released: dt.date, out: Path, derived: tuple[str, ...] | list[str] = ()) -> Path:
    """A reproducible zip of the release: sorted entries, fixed times and modes, SHA256SUMS,
    and the ``derived`` outputs. Entries are stored, not deflated, so the bytes do not depend
    on the zlib build."""
    paths = [root / f for f in ARCHIVE_FILES if (root / f).is_file()]
    for d in ARCHIVE_DIRS:
        paths += [p for p in (root / d).rglob("*") if p.is_file()]
    entries = {p.relative_to(root).as_posix(): p.read_bytes() for p in paths}
    entries.update(derived_entries(root, derived))
    entries["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {rel}\n" for rel, data in sorted(entries.items())).encode()
    prefix = f"kadhimi-ds-{version}/"
    stamp = (max(released.year, 1980), released.month, released.day, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for rel in sorted(entries):
            info = zipfile.ZipInfo(prefix + rel, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            zf.writestr(info, entries[rel])
    tmp.replace(out)
    return out


def set_version(root: Path, version: str, released: dt.date, level: str, notes: list[str], counts: dict[str, int]) -> None:
    """Write the version and date to every file that carries them."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^version = "[^"]*"', f'version = "{version}"', text, count=1)
    text = re.sub(r"(?m)^released = .*$", f"released = {released.isoformat()}", text, count=1)
    pyproject.write_text(text, encoding="utf-8")
    cff = root / "CITATION.cff"
    text = cff.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^version: .*$", f"version: {version}", text, count=1)
    text = re.sub(r"(?m)^date-released: .*$", f"date-released: {released.isoformat()}", text, count=1)
    text = re.sub(r"kadhimi-ds \d+\.\d+\.\d+, ", f"kadhimi-ds {version}, ", text)
    cff.write_text(text, encoding="utf-8")
    zenodo = root / ".zenodo.json"
    if zenodo.is_file():
        meta = json.loads(zenodo.read_text(encoding="utf-8"))
        meta["version"], meta["publication_date"] = version, released.isoformat()
        zenodo.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    rows = ", ".join(f"{name} {n}" for name, n in counts.items())
    entry = (f"## {version} - {released.isoformat()}\n\n"
             f"A {level} release.\n\n- Tables: {rows}.\n" + "".join(f"- {n}\n" for n in notes) + "\n")
    head, sep, rest = text.partition("\n## ")
    if rest.startswith("Unreleased\n"):  # the notes written while the version was made go under it
        unreleased, sep2, older = rest.removeprefix("Unreleased\n").partition("\n## ")
        entry += unreleased.strip("\n") + "\n\n"
        rest = older
        sep = sep2
    changelog.write_text(head.rstrip("\n") + "\n\n" + entry + (sep.lstrip("\n") + rest if sep else ""), encoding="utf-8")


def python_packages(root: Path, released: dt.date, outdir: Path) -> None:
    """Build the wheel and sdist into ``outdir`` (they ship the data), with file times fixed
    to the release date. They are not part of the release record: their bytes depend on
    the version of the build backend, so only the data archive is verified."""
    import os
    import sys

    try:
        import build  # noqa: F401  (the PyPA `build` front end)
    except ImportError:
        raise KdsError("the `build` package is needed for the wheel and sdist: pip install build") from None
    epoch = int(dt.datetime.combine(released, dt.time(), dt.timezone.utc).timestamp())
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(outdir), str(root)],
                            capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    if result.returncode != 0:
        raise KdsError(f"building the wheel and sdist failed: {(result.stderr or result.stdout).strip().splitlines()[-1]}")


def duckdb_file(root: Path, outdir: Path, version: str) -> None:
    """The tables as a DuckDB database, beside the archive in dist/. Not in the archive: a
    DuckDB file differs in its bytes from one write to the next, so it cannot be verified."""
    from .export import export

    (file,) = export(root, "duckdb", outdir)
    file.rename(outdir / f"kadhimi-ds-{version}.duckdb")


EXTRA_STEPS: list[Callable[[Path, Path, str], None]] = [duckdb_file]
"""Further release outputs: each is called as ``step(root, outdir, version)`` before
anything is committed, writes its files into ``outdir`` (they end up in dist/) and raises
KdsError to stop the release."""


def rebuild_archive(root: Path, record: dict[str, Any], out: Path) -> Path:
    """The archive of a recorded release, built again from its commit (exported with
    ``git archive`` into a temporary directory that is removed afterwards)."""
    import tarfile

    try:
        tar = subprocess.run(["git", "-c", "core.autocrlf=false", "archive", "--format=tar", record["commit"]],
                             cwd=root, capture_output=True, check=True).stdout
    except subprocess.CalledProcessError as exc:
        raise KdsError(f"cannot export commit {record['commit']} of {record['version']} "
                       f"({exc.stderr.decode(errors='replace').strip() or exc})") from None
    with tempfile.TemporaryDirectory(prefix="kds-verify-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
            tf.extractall(tmp, filter="data")
        return zip_archive(Path(tmp), record["version"], dt.date.fromisoformat(record["date"]), out,
                           record.get("derived", []))


def verify(root: Path | str, version: str, archive: Path | None = None) -> list[str]:
    """Rebuild a recorded release from its commit and compare it with its record (and with
    ``archive``, if given): the differences, none when everything is byte-identical."""
    root, version = Path(root), version.removeprefix("v")
    parse_version(version)
    record = read_record(root, version)
    if archive is not None and not archive.is_file():
        raise KdsError(f"{archive}: no such archive")
    with tempfile.TemporaryDirectory(prefix="kds-verify-") as tmp:
        rebuilt = rebuild_archive(root, record, Path(tmp) / record["archive"]["name"])
        problems = compare(record, rebuilt, f"rebuilt from {record['commit'][:12]}")
    return problems + (compare(record, archive, str(archive)) if archive is not None else [])


def check_release(root: Path, version: str) -> tuple[str, list[str]]:
    """Refuse a release that cannot be cut; else the level of the change since the last
    recorded release and the reasons for it."""
    from .check import validate_package as validate
    from ..build.package import release_info

    parse_version(version)
    if git(root, "status", "--porcelain"):
        raise KdsError("the working tree has uncommitted changes; commit or stash them before a release")
    if record_path(root, version).is_file():
        raise KdsError(f"version {version} is already released ({record_path(root, version)})")
    if git(root, "tag", "--list", f"v{version}").strip():
        raise KdsError(f"tag v{version} exists but {RECORDS}/{version}.json does not; "
                       f"if a failed release left it, remove it with `git tag -d v{version}`")
    report = validate(root)
    if not report.valid:
        raise KdsError(f"kds validate fails with {len(report.failures)} failures; fix them before a release")
    current = release_info(root)["version"]
    if not record_path(root, current).is_file():
        if version != current:
            raise KdsError(f"no release record {RECORDS}/{current}.json; the first release must be {current}")
        return "first", ["first release"]
    level, notes, _ = required_level(open_package(current, root), open_package(str(root)))
    expected = bump(current, level)
    if version != expected:
        raise KdsError(f"the change since {current} needs a {level} release, {expected}, not {version} "
                       f"({'; '.join(notes[:3])})")
    return level, notes


def release(root: Path | str, version: str, today: dt.date | None = None, packages: bool = True) -> Path:
    """Cut a release. Everything that can fail runs first (checks, version bump, build,
    archive, wheel and sdist, ``EXTRA_STEPS``); then the content is committed, the record
    ``releases/VERSION.json`` committed after it, the tag made when possible and the files
    moved to dist/. A failure at any step resets the checkout to where it was."""
    from .build import build
    from ..load import load
    from ..build.package import release_info

    root = Path(root)
    level, notes = check_release(root, version)
    start = git(root, "rev-parse", "HEAD").strip()
    placed: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="kds-release-") as tmp:
            outdir = Path(tmp)
            counts = {name: df.height for name, df in load(path=root).items()}
            if level != "first":
                set_version(root, version, today or dt.date.today(), level, notes, counts)
            build(root)
            released = dt.date.fromisoformat(release_info(root)["released"])
            archive = zip_archive(root, version, released, outdir / f"kadhimi-ds-{version}.zip", DERIVED)
            if packages:
                python_packages(root, released, outdir)
            for step in EXTRA_STEPS:
                step(root, outdir, version)
            git(root, "add", "-A")
            if git(root, "status", "--porcelain"):
                git(root, "commit", "-q", "-m", f"Release {version}")
            commit = git(root, "rev-parse", "HEAD").strip()
            record = write_record(root, make_record(version, released, commit, archive, counts, level, notes, DERIVED))
            git(root, "add", str(record.relative_to(root)))
            git(root, "commit", "-q", "-m", f"Record release {version}")
            (root / "dist").mkdir(exist_ok=True)
            for path in sorted(outdir.iterdir()):
                placed.append(Path(shutil.move(path, root / "dist" / path.name)))
    except BaseException:
        git(root, "reset", "-q", "--hard", start)
        git(root, "clean", "-fdq")
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    tag(root, version, commit)
    return root / "dist" / archive.name


def tag(root: Path, version: str, commit: str) -> None:
    """Tag the released commit, when git allows it; nothing depends on the tag."""
    try:
        git(root, "tag", f"v{version}", commit)
    except KdsError:
        pass
