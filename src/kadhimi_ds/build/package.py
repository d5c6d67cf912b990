"""Write stage: serialize the tables to CSV and describe them in ``datapackage.json``.

Output is deterministic (same seeds, same bytes) and written atomically: everything is
staged in a temporary directory beside ``data/`` and moved into place at the end.
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
from ..errors import KdsError

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
            package = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
            return {"version": str(package["version"]), "released": str(package["created"])[:10]}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise KdsError(f"{root / 'datapackage.json'}: cannot read version and created ({exc})") from None
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8"))
        return {"version": project["project"]["version"],
                "released": str(project["tool"]["kadhimi-ds"]["released"])}
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
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
    """Output paths whose bytes on disk differ from ``files`` (or are missing), plus stray tables."""
    differ = [rel for rel, data in sorted(files.items())
              if not (root / rel).is_file() or (root / rel).read_bytes() != data]
    data_dir = root / "data"
    if data_dir.is_dir():
        differ += sorted(f"data/{p.name}" for p in data_dir.iterdir() if f"data/{p.name}" not in files)
    return differ


def write(files: dict[str, bytes], root: Path) -> None:
    """Replace data/ and datapackage.json with ``files``, staged then moved into place."""
    for leftover in root.glob(".kds-tmp-*"):  # from a build that was killed
        shutil.rmtree(leftover, ignore_errors=True)
    stage = Path(tempfile.mkdtemp(prefix=".kds-tmp-", dir=root))
    try:
        for rel, data in files.items():
            target = stage / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        live = root / "data"
        if live.exists():
            swap_directories(stage / "data", live)
        else:
            os.rename(stage / "data", live)
        os.replace(stage / "datapackage.json", root / "datapackage.json")
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
