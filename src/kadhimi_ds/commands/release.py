"""Releases: one version everywhere, semantic versioning for data, reproducible archives.

The version lives in pyproject.toml (``version`` and ``[tool.kadhimi-ds] released``);
``kds release`` carries it to datapackage.json, CITATION.cff, .zenodo.json and
CHANGELOG.md, and builds ``dist/kadhimi-ds-VERSION.zip``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
import zipfile
from pathlib import Path

from ..contract import TABLES
from .diff import PackageFiles, TableDiff, diff_packages, open_package, schema_fields
from ..errors import KdsError

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


def contract_changes(old: PackageFiles, new: PackageFiles) -> tuple[list[str], list[str]]:
    """Breaking and additive changes of the schemas between two versions."""
    breaking, additive = [], []
    for name in TABLES:
        a, b = schema_fields(old, name), schema_fields(new, name)
        if a is None and b is None:
            continue
        if b is None:
            breaking.append(f"table {name} removed")
            continue
        if a is None:
            additive.append(f"table {name} added")
            continue
        for col, fa in a.items():
            fb = b.get(col)
            if fb is None:
                breaking.append(f"{name}.{col} removed or renamed")
                continue
            if fa.get("type") != fb.get("type"):
                breaking.append(f"{name}.{col} type {fa.get('type')} -> {fb.get('type')}")
            ea = set(fa.get("constraints", {}).get("enum", []))
            eb = set(fb.get("constraints", {}).get("enum", []))
            if ea and (not eb or ea - eb):
                breaking.append(f"{name}.{col} vocabulary narrowed: {sorted(ea - eb)}")
            elif eb - ea and ea:
                additive.append(f"{name}.{col} vocabulary widened: {sorted(eb - ea)}")
            if not fa.get("constraints", {}).get("required") and fb.get("constraints", {}).get("required"):
                additive.append(f"{name}.{col} now required")
        additive += [f"{name}.{col} added" for col in b if col not in a]
    return breaking, additive


def required_level(old: PackageFiles, new: PackageFiles) -> tuple[str, list[str], dict[str, TableDiff]]:
    """The smallest version bump that fits the change from ``old`` to ``new``."""
    breaking, additive = contract_changes(old, new)
    diffs = diff_packages(old, new)
    added = [f"{name}: {len(d.added)} rows added" for name, d in diffs.items() if d.added]
    corrected = [f"{name}: {len(d.removed)} removed, {len({c['id'] for c in d.changed})} changed"
                 for name, d in diffs.items() if d.removed or d.changed]
    if breaking:
        return "major", breaking, diffs
    if additive or added:
        return "minor", additive + added, diffs
    return "patch", corrected or ["no change to the tables"], diffs


def zip_archive(root: Path, version: str, released: dt.date, out: Path) -> Path:
    """A reproducible zip of the release: sorted entries, fixed times and modes, SHA256SUMS."""
    paths = [root / f for f in ARCHIVE_FILES if (root / f).is_file()]
    for d in ARCHIVE_DIRS:
        paths += [p for p in (root / d).rglob("*") if p.is_file()]
    entries = {p.relative_to(root).as_posix(): p.read_bytes() for p in paths}
    entries["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {rel}\n" for rel, data in sorted(entries.items())).encode()
    prefix = f"kadhimi-ds-{version}/"
    stamp = (max(released.year, 1980), released.month, released.day, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for rel in sorted(entries):
            info = zipfile.ZipInfo(prefix + rel, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            zf.writestr(info, entries[rel], compresslevel=9)
    tmp.replace(out)
    return out


def git(root: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        raise KdsError("git is not installed; releases are cut from a git checkout") from None
    except subprocess.CalledProcessError as exc:
        raise KdsError(f"git {' '.join(args)} failed: {exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else exc}") from None


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
    changelog.write_text(head.rstrip("\n") + "\n\n" + entry + (sep.lstrip("\n") + rest if sep else ""), encoding="utf-8")


def python_packages(root: Path, released: dt.date) -> None:
    """Build the wheel and sdist into dist/ (they ship the data), with file times fixed
    to the release date so the same tree gives the same packages."""
    import os
    import sys

    try:
        import build  # noqa: F401  (the PyPA `build` front end)
    except ImportError:
        raise KdsError("the `build` package is needed for the wheel and sdist: pip install build") from None
    epoch = int(dt.datetime.combine(released, dt.time(), dt.timezone.utc).timestamp())
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(root / "dist"), str(root)],
                            capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    if result.returncode != 0:
        raise KdsError(f"building the wheel and sdist failed: {(result.stderr or result.stdout).strip().splitlines()[-1]}")


def release(root: Path | str, version: str, today: dt.date | None = None, packages: bool = True) -> Path:
    """Cut a release: check, bump the version everywhere, rebuild, commit, tag, archive,
    and (with ``packages``) build the wheel and sdist."""
    from .build import build
    from ..load import load
    from ..build.package import release_info
    from .check import validate_package as validate

    root = Path(root)
    today = today or dt.date.today()
    parse_version(version)
    if git(root, "status", "--porcelain"):
        raise KdsError("the working tree has uncommitted changes; commit or stash them before a release")
    report = validate(root)
    if not report.valid:
        raise KdsError(f"kds validate fails with {len(report.failures)} failures; fix them before a release")
    current = release_info(root)["version"]
    tags = git(root, "tag", "--list", "v*").split()
    if f"v{version}" in tags:
        raise KdsError(f"version {version} is already released (tag v{version})")
    last = f"v{current}"
    if last in tags:
        level, notes, _ = required_level(open_package(last, root), open_package(str(root)))
        expected = bump(current, level)
        if version != expected:
            raise KdsError(f"the change since {current} needs a {level} release, {expected}, not {version} "
                           f"({'; '.join(notes[:3])})")
    else:
        level, notes = "first", ["first release"]
        if version != current:
            raise KdsError(f"no tag {last} marks a previous release; the first release must be {current}")
    counts = {name: df.height for name, df in load(path=root).items()}
    if level != "first":
        set_version(root, version, today, level, notes, counts)
    build(root)
    git(root, "add", "-A")
    if git(root, "status", "--porcelain"):
        git(root, "commit", "-q", "-m", f"Release {version}")
    git(root, "tag", f"v{version}")
    released = dt.date.fromisoformat(release_info(root)["released"])
    archive = zip_archive(root, version, released, root / "dist" / f"kadhimi-ds-{version}.zip")
    if packages:
        python_packages(root, released)
    return archive
