"""Compare two versions of the package by stable id: rows added, removed and changed.

A package is given as a directory, a release archive (.zip), a recorded version
(``releases/VERSION.json``) or a git ref of the current repository.
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
from .records import recorded_commit


@dataclass
class PackageFiles:
    """Read access to the files of one package version."""

    label: str
    files: dict[str, bytes]

    def get(self, rel: str) -> bytes | None:
        return self.files.get(rel)


def package_members() -> list[str]:
    """The files a comparison reads: the descriptor and each table's CSV and schema."""
    return ["datapackage.json"] + [f"data/{t}.csv" for t in TABLES] + [f"schemas/{t}.schema.json" for t in TABLES]


def open_package(spec: str, cwd: Path | None = None) -> PackageFiles:
    """Open a directory, a release zip, a recorded version (``0.1.0`` or ``v0.1.0``,
    found through ``releases/``) or a git ref as a package."""
    from ..validate.read import max_table_bytes

    path, limit = Path(spec), max_table_bytes()
    if path.is_dir():
        files = {}
        for rel in package_members():
            if (path / rel).is_file():
                if (path / rel).stat().st_size > limit:
                    raise KdsError(f"{spec}: {rel} is larger than {limit} bytes (KDS_MAX_TABLE_BYTES)")
                files[rel] = (path / rel).read_bytes()
    elif path.is_file():
        files = read_zip(spec, path, limit)
    else:
        cwd = cwd or Path(".")
        files = read_git_ref(spec, recorded_commit(spec, cwd) or spec, cwd)
    if "datapackage.json" not in files:
        raise KdsError(f"{spec}: not a kadhimi-ds package (no datapackage.json)")
    return PackageFiles(spec, files)


def read_zip(spec: str, path: Path, limit: int) -> dict[str, bytes]:
    """The package members of a zip, each read only up to ``limit`` bytes (a member whose
    declared or actual size is larger is refused, so a zip bomb cannot fill memory)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
            prefix = ""
            if "datapackage.json" not in names:
                tops = {n.split("/", 1)[0] for n in names}
                if len(tops) == 1:
                    prefix = tops.pop() + "/"
            files = {}
            for rel in package_members():
                if prefix + rel not in names:
                    continue
                if zf.getinfo(prefix + rel).file_size > limit:
                    raise KdsError(f"{spec}: {rel} inflates to more than {limit} bytes (KDS_MAX_TABLE_BYTES)")
                with zf.open(prefix + rel) as member:
                    data = member.read(limit + 1)
                if len(data) > limit:
                    raise KdsError(f"{spec}: {rel} inflates to more than {limit} bytes (KDS_MAX_TABLE_BYTES)")
                files[rel] = data
            return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise KdsError(f"{spec}: not a readable zip archive ({exc})") from None


def read_git_ref(spec: str, ref: str, cwd: Path) -> dict[str, bytes]:
    """The package files as committed at ``ref``."""
    def git(*args: str) -> bytes:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True).stdout

    try:
        git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        listing = set(git("ls-tree", "-r", "--name-only", ref).decode("utf-8").splitlines())
        return {r: git("show", f"{ref}:{r}") for r in package_members() if r in listing}
    except (subprocess.CalledProcessError, FileNotFoundError):
        what = f"the commit {ref} recorded for {spec} is not in this clone" if ref != spec else \
            "not a directory, a zip archive, a recorded version or a git ref"
        raise KdsError(f"{spec}: {what}") from None


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


def schema(pkg: PackageFiles, name: str) -> dict[str, Any] | None:
    """The table schema of ``name`` in ``pkg``; None when the package has none."""
    data = pkg.get(f"schemas/{name}.schema.json")
    if data is None:
        return None
    try:
        parsed = json.loads(data)
        if isinstance(parsed, dict) and isinstance(parsed.get("fields"), list) \
                and all(isinstance(f, dict) and "name" in f for f in parsed["fields"]):
            return parsed
    except ValueError:
        pass
    raise KdsError(f"{pkg.label}: schemas/{name}.schema.json is not a table schema with named fields")


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
