"""Write stage: serialize the tables to CSV and describe them in ``datapackage.json``.

Output is deterministic (same seeds, same bytes) and written atomically: everything is
staged in a temporary directory of this process beside ``data/`` and moved into place at
the end. The caller holds the project lock (:func:`kadhimi_ds.files.project_lock`).
``KDS_FAULT=write-step:N`` ends the process after the N-th step of the write (tests kill a
build at every step this way, with no timing involved).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import polars as pl

from ..contract import TABLES, table_schema
from ..errors import KdsError, PackageError
from ..files import STAGE_PREFIX, project_lock, read_file

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"


def csv_bytes(df: pl.DataFrame) -> bytes:
    """UTF-8, LF line endings, header row, empty cell for null."""
    return df.write_csv(line_terminator="\n", null_value="", date_format="%Y-%m-%d").encode("utf-8")


def release_info(root: Path) -> dict[str, str]:
    """Version and release date, kept in one place: pyproject.toml. A shipped package
    (no pyproject.toml) keeps them in its datapackage.json."""
    path = root / "pyproject.toml"
    if not path.is_file() and (root / "datapackage.json").is_file():
        try:
            package = json.loads(read_file(root / "datapackage.json", 10_000_000))
            return {"version": str(package["version"]), "released": str(package["created"])[:10]}
        except (KdsError, ValueError, KeyError, TypeError, RecursionError) as exc:
            raise KdsError(f"{root / 'datapackage.json'}: cannot read version and created ({exc})") from None
    try:
        project = tomllib.loads(read_file(path, 1_000_000).decode("utf-8"))
        return {"version": project["project"]["version"],
                "released": str(project["tool"]["kadhimi-ds"]["released"])}
    except (KdsError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise KdsError(f"{path}: cannot read the version and [tool.kadhimi-ds] released ({exc})") from None


def descriptor(files: dict[str, bytes], sources: pl.DataFrame, release: dict[str, str]) -> dict[str, Any]:
    """The Data Package descriptor for the given CSV bytes."""
    resources = []
    for name in TABLES:
        data = files[name]
        resources.append({
            "name": name,
            "type": "table",
            "path": f"data/{name}.csv",
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "description": table_schema(name)["description"],
            "schema": f"schemas/{name}.schema.json",
        })
    return {
        "$schema": PROFILE,
        "name": "kadhimi-ds",
        "title": "Kadhimi drone attack, 7 November 2021: events, actors, quotes and claims from five news articles",
        "description": (
            "Normalized tables compiled from five news articles on the drone attack on the Baghdad "
            "residence of Iraq's prime minister Mustafa al-Kadhimi and the election dispute around it. "
            "Every row carries its source article and a character span whose text it equals."
        ),
        "version": release["version"],
        "created": f"{release['released']}T00:00:00Z",
        "keywords": ["Iraq", "Kadhimi", "drone attack", "ACLED", "claims", "quotes", "provenance"],
        "licenses": [{
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (tables, registries and annotations; the article texts belong to their publishers)",
        }],
        "contributors": [{"title": "kadhimi-ds maintainers", "roles": ["creator"]}],
        "sources": [
            {"title": row["title"] or row["source_id"], "path": row["path"]}
            for row in sources.select("source_id", "title", "path").iter_rows(named=True)
        ],
        "resources": resources,
    }


def render(tables: dict[str, pl.DataFrame], root: Path) -> dict[str, bytes]:
    """Every output file, as relative path -> bytes."""
    files = {name: csv_bytes(tables[name]) for name in TABLES}
    package = descriptor(files, tables["sources"], release_info(root))
    out = {f"data/{name}.csv": data for name, data in files.items()}
    out["datapackage.json"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return out


def stale(files: dict[str, bytes], root: Path) -> list[str]:
    """Output paths whose bytes on disk differ from ``files`` (or are missing, or are not
    regular files), plus stray tables."""
    differ = [rel for rel, data in sorted(files.items()) if not same_bytes(root / rel, data)]
    data_dir = root / "data"
    if data_dir.is_dir():
        differ += sorted(f"data/{p.name}" for p in data_dir.iterdir() if f"data/{p.name}" not in files)
    return differ


def same_bytes(path: Path, data: bytes) -> bool:
    """The regular file ``path`` holds exactly ``data`` (read no further than that)."""
    try:
        return read_file(path, len(data)) == data
    except KdsError:
        return False


def fault(step: int) -> None:
    """End the process here when KDS_FAULT names this step of the write (for tests)."""
    if os.environ.get("KDS_FAULT") == f"write-step:{step}":
        os._exit(70)


def remove_stale_stages(root: Path) -> None:
    """Remove the staging folders of builds that were killed mid-write. The caller holds the
    project's write lock, so no other build is writing: every stage is stale, whatever
    process id its name carries (ids are reused)."""
    for leftover in root.glob(STAGE_PREFIX + "*"):
        shutil.rmtree(leftover, ignore_errors=True)


def write(files: dict[str, bytes], root: Path) -> None:
    """Replace data/ and datapackage.json with ``files``, staged then moved into place.
    A disk that is full or read-only is a one-line :class:`PackageError`."""
    try:
        with project_lock(root, exclusive=True):  # re-entered when the caller holds it
            write_staged(files, root)
    except OSError as exc:
        raise PackageError(f"{root}: cannot write the package ({exc.strerror or exc}); "
                           "the old package is unchanged") from None


def write_staged(files: dict[str, bytes], root: Path) -> None:
    remove_stale_stages(root)
    stage = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-", dir=root))
    try:
        fault(0)
        for step, (rel, data) in enumerate(files.items(), 1):
            target = stage / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            fault(step)
        live = root / "data"
        if live.exists():
            swap_directories(stage / "data", live)
        else:
            os.rename(stage / "data", live)
        fault(len(files) + 1)
        os.replace(stage / "datapackage.json", root / "datapackage.json")
        fault(len(files) + 2)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def swap_directories(new: Path, live: Path) -> None:
    """Exchange two directories in one step (Linux renameat2), so ``live`` never goes
    missing; elsewhere fall back to two renames."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        renameat2 = None
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2
        if renameat2(at_fdcwd, os.fsencode(new), at_fdcwd, os.fsencode(live), rename_exchange) == 0:
            return
    retired = new.with_name("retired-data")
    os.rename(live, retired)
    os.rename(new, live)
