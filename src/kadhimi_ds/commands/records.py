"""Release records: ``releases/VERSION.json``, committed with the repository, so a version
resolves to the commit whose content was released on any clone, with or without tags.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from ..errors import KdsError

RECORDS = "releases"
VERSION_SPEC = re.compile(r"^v?((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))$")


def git(root: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        raise KdsError("git is not installed; releases live in a git checkout") from None
    except subprocess.CalledProcessError as exc:
        err = exc.stderr.strip().splitlines()
        raise KdsError(f"git {' '.join(args)} failed: {err[-1] if err else exc}") from None


def record_path(root: Path, version: str) -> Path:
    return root / RECORDS / f"{version}.json"


def read_record(root: Path, version: str) -> dict[str, Any]:
    path = record_path(root, version)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KdsError(f"{version}: no release record {path}") from None
    except (OSError, ValueError) as exc:
        raise KdsError(f"{path}: not a release record ({exc})") from None
    if not (isinstance(record, dict) and isinstance(record.get("commit"), str)
            and isinstance(record.get("archive"), dict) and isinstance(record.get("files"), dict)):
        raise KdsError(f"{path}: not a release record (commit, archive and files are needed)")
    return record


def recorded_commit(spec: str, cwd: Path) -> str | None:
    """The commit recorded for ``spec`` (``0.1.0`` or ``v0.1.0``), when ``cwd`` is in a
    checkout that holds its record; None otherwise."""
    m = VERSION_SPEC.match(spec)
    if not m:
        return None
    try:
        top = Path(git(cwd, "rev-parse", "--show-toplevel").strip())
    except KdsError:
        return None
    if not record_path(top, m[1]).is_file():
        return None
    return read_record(top, m[1])["commit"]


def member_hashes(archive: Path) -> dict[str, str | None]:
    """SHA-256 of every member of a release zip, by path inside the version folder (None for
    a member that cannot be read); hashed in chunks, so a large member never sits in memory."""
    out: dict[str, str | None] = {}
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            digest = hashlib.sha256()
            try:
                with zf.open(info) as member:
                    while chunk := member.read(1 << 20):
                        digest.update(chunk)
                out[info.filename.split("/", 1)[-1]] = digest.hexdigest()
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
                out[info.filename.split("/", 1)[-1]] = None
    return out


def make_record(version: str, released: dt.date, commit: str, archive: Path, counts: dict[str, int],
                level: str, reasons: list[str], derived: tuple[str, ...] = ()) -> dict[str, Any]:
    files = member_hashes(archive)
    contract = "".join(f"{files[rel]}  {rel}\n" for rel in sorted(files) if rel.startswith("schemas/"))
    return {
        "version": version,
        "date": released.isoformat(),
        "commit": commit,
        "archive": {"name": archive.name, "sha256": hashlib.sha256(archive.read_bytes()).hexdigest()},
        "files": files,
        "derived": list(derived),
        "rows": counts,
        "contract_sha256": hashlib.sha256(contract.encode()).hexdigest(),
        "level": level,
        "reasons": reasons,
    }


def write_record(root: Path, record: dict[str, Any]) -> Path:
    path = record_path(root, record["version"])
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def compare(record: dict[str, Any], archive: Path, label: str) -> list[str]:
    """How ``archive`` differs from the record: nothing when byte-identical."""
    if hashlib.sha256(archive.read_bytes()).hexdigest() == record["archive"]["sha256"]:
        return []
    try:
        files = member_hashes(archive)
    except (zipfile.BadZipFile, OSError, EOFError):
        return [f"{label}: not a readable zip archive"]
    problems = []
    for rel in sorted(record["files"].keys() | files.keys()):
        if rel not in files:
            problems.append(f"{label}: {rel} missing")
        elif rel not in record["files"]:
            problems.append(f"{label}: {rel} not in the record")
        elif files[rel] != record["files"][rel]:
            problems.append(f"{label}: {rel} differs" + ("" if files[rel] else " (unreadable)"))
    return problems or [f"{label}: the same files, but the zip's bytes differ (entry order, times or modes)"]
