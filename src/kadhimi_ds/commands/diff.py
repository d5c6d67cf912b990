"""Compare two versions of the package by stable id: rows added, removed and changed.

A package is given as a directory, a release archive (.zip) or a git ref of the
current repository.
"""
from __future__ import annotations

import io
import json
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..contract import TABLES, primary_key
from ..errors import KdsError


@dataclass
class PackageFiles:
    """Read access to the files of one package version."""

    label: str
    files: dict[str, bytes]

    def get(self, rel: str) -> bytes | None:
        return self.files.get(rel)


def _package_members(rels: list[str]) -> list[str]:
    return [r for r in rels if r == "datapackage.json" or r.startswith(("data/", "schemas/"))]


def open_package(spec: str, cwd: Path | None = None) -> PackageFiles:
    """Open a directory, a release zip or a git ref as a package."""
    path = Path(spec)
    if path.is_dir():
        root = path
        rels = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()]
        return PackageFiles(spec, {r: (root / r).read_bytes() for r in _package_members(rels)})
    if path.is_file():
        if not zipfile.is_zipfile(path):
            raise KdsError(f"{spec}: neither a package directory nor a zip archive")
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
            prefix = ""
            if "datapackage.json" not in names:
                tops = {n.split("/", 1)[0] for n in names}
                if len(tops) == 1:
                    prefix = tops.pop() + "/"
            rels = [n[len(prefix):] for n in names if n.startswith(prefix)]
            return PackageFiles(spec, {r: zf.read(prefix + r) for r in _package_members(rels)})
    return open_git_ref(spec, cwd or Path("."))


def open_git_ref(ref: str, cwd: Path) -> PackageFiles:
    """The package files as committed at ``ref``."""
    def git(*args: str) -> bytes:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True).stdout

    try:
        git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        listing = git("ls-tree", "-r", "--name-only", ref).decode("utf-8").splitlines()
    except (subprocess.CalledProcessError, FileNotFoundError):
        raise KdsError(f"{ref}: not a directory, a zip archive or a git ref") from None
    return PackageFiles(ref, {r: git("show", f"{ref}:{r}") for r in _package_members(listing)})


@dataclass
class TableDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not (self.added or self.removed or self.changed or self.columns_added or self.columns_removed)


def read_table(pkg: PackageFiles, name: str):
    import polars as pl

    data = pkg.get(f"data/{name}.csv")
    if data is None:
        return None
    try:
        return pl.read_csv(io.BytesIO(data), infer_schema=False)
    except Exception as exc:
        raise KdsError(f"{pkg.label}: data/{name}.csv cannot be read ({str(exc).splitlines()[0]})") from None


def diff_table(old, new, name: str) -> TableDiff:
    """Rows compared by primary key; cells compared as the strings written in the CSV."""
    import polars as pl

    out = TableDiff()
    if old is None and new is None:
        return out
    key = primary_key(name)[0]
    if old is None or new is None:
        present = new if old is None else old
        ids = sorted(present.get_column(key).drop_nulls().to_list())
        if old is None:
            out.added, out.columns_added = ids, list(present.columns)
        else:
            out.removed, out.columns_removed = ids, list(present.columns)
        return out
    out.columns_added = [c for c in new.columns if c not in old.columns]
    out.columns_removed = [c for c in old.columns if c not in new.columns]
    if key not in old.columns or key not in new.columns:
        raise KdsError(f"{name}: primary key column {key} missing; cannot compare rows")
    out.added = sorted(new.join(old.select(key), on=key, how="anti").get_column(key).drop_nulls().to_list())
    out.removed = sorted(old.join(new.select(key), on=key, how="anti").get_column(key).drop_nulls().to_list())
    common = [c for c in old.columns if c in new.columns and c != key]
    both = old.join(new, on=key, how="inner", suffix="__new")
    for col in common:
        differs = both.filter(pl.col(col).ne_missing(pl.col(f"{col}__new")))
        for rid, a, b in differs.select(key, col, f"{col}__new").iter_rows():
            out.changed.append({"id": rid, "column": col, "old": a, "new": b})
    out.changed.sort(key=lambda c: (c["id"], common.index(c["column"])))
    return out


def schema_fields(pkg: PackageFiles, name: str) -> dict[str, dict[str, Any]] | None:
    data = pkg.get(f"schemas/{name}.schema.json")
    if data is None:
        return None
    return {f["name"]: f for f in json.loads(data)["fields"]}


def diff_packages(old: PackageFiles, new: PackageFiles) -> dict[str, TableDiff]:
    """Per-table differences between two package versions."""
    return {name: diff_table(read_table(old, name), read_table(new, name), name) for name in TABLES}


def render_text(diffs: dict[str, TableDiff]) -> str:
    lines = []
    for name, d in diffs.items():
        if d.equal:
            continue
        lines.append(f"{name}: {len(d.added)} added, {len(d.removed)} removed, "
                     f"{len({c['id'] for c in d.changed})} changed")
        lines += [f"  + column {c}" for c in d.columns_added]
        lines += [f"  - column {c}" for c in d.columns_removed]
        lines += [f"  + {rid}" for rid in d.added]
        lines += [f"  - {rid}" for rid in d.removed]
        lines += [f"  ~ {c['id']} {c['column']}: {c['old']!r} -> {c['new']!r}" for c in d.changed]
    return "\n".join(lines) if lines else "no differences"


def render_json(diffs: dict[str, TableDiff]) -> str:
    return json.dumps({
        "equal": all(d.equal for d in diffs.values()),
        "tables": {name: {"added": d.added, "removed": d.removed, "changed": d.changed,
                          "columns_added": d.columns_added, "columns_removed": d.columns_removed}
                   for name, d in diffs.items()},
    }, indent=2, ensure_ascii=False)
