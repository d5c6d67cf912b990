"""Layer 5, package: the descriptor, resource files, bytes, hashes and the contract; tables
up to date with the seeds (and layer 6, coverage, which reads the same seeds)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..contract import TABLES, contract_dir
from ..errors import KdsError
from ..files import STAGE_PREFIX, member as safe_member, read_file
from .read import max_table_bytes
from .report import Report


def check_package(root: Path, package: dict[str, Any], report: Report) -> dict[str, Path]:
    """Descriptor profile, resource files and bytes, schema references (hashes are
    checked by :func:`check_hashes`). Returns the file of each table resource that can
    be read."""
    for note in descriptor_notes(root, package):
        report.add("package", "datapackage.json", None, None, "package-descriptor", note)
    listed = package.get("resources")
    if not isinstance(listed, list):
        report.add("package", "datapackage.json", None, "resources", "resources-not-a-list", type(listed).__name__)
        listed = []
    for r in listed:
        if not isinstance(r, dict) or not isinstance(r.get("name"), str):
            report.add("package", "datapackage.json", None, "resources", "resource-without-name", _short(r))
    resources = named_resources(package)
    contents: dict[str, Path] = {}
    for name in TABLES:
        res = resources.get(name)
        if res is None:
            report.add("package", "datapackage.json", name, "resources", "missing-resource", name)
            continue
        path = safe_member(root, res.get("path"))
        if path is None:
            report.add("package", "datapackage.json", name, "path", "unsafe-path", res.get("path"))
            continue
        if not path.is_file():
            rule = "not-a-regular-file" if path.exists() else "missing-file"
            report.add("package", "datapackage.json", name, "path", rule, res.get("path"))
            continue
        try:
            with open(path, "rb"):
                size = path.stat().st_size
        except OSError as exc:
            report.add("package", "datapackage.json", name, "path", "unreadable-file", res.get("path"), exc.strerror)
            continue
        if size > max_table_bytes():
            report.add("package", "datapackage.json", name, "path", "file-too-large", size,
                       f"larger than {max_table_bytes()} bytes (set KDS_MAX_TABLE_BYTES to raise the limit)")
            continue
        contents[name] = path
        if res.get("bytes") != size:
            report.add("package", "datapackage.json", name, "bytes", "bytes-mismatch", res.get("bytes"), f"file has {size}")
        schema_path = safe_member(root, res.get("schema"))
        canonical = (contract_dir() / f"{name}.schema.json").read_bytes()
        try:
            schema = None if schema_path is None else read_file(schema_path, 10_000_000)
        except KdsError:
            schema = None
        if schema is None:
            report.add("package", "datapackage.json", name, "schema", "missing-schema", res.get("schema"))
        elif schema != canonical:
            report.add("package", "datapackage.json", name, "schema", "schema-differs-from-contract", res.get("schema"))
    for name in sorted(set(resources) - set(TABLES), key=str):
        report.add("package", "datapackage.json", name, "resources", "unexpected-resource", name)
    return contents


def descriptor_notes(root: Path, package: dict[str, Any]) -> list[str]:
    """What frictionless finds wrong with the descriptor; frictionless is imported only
    when the vendored profile and the shape kds writes do not settle it."""
    from .descriptor import certainly_fine

    if certainly_fine(package, TABLES):
        return []
    from frictionless import Package

    try:
        result = Package.validate_descriptor(package, basepath=str(root))
        return [err.note or err.message for err in result.errors]
    except Exception as exc:  # frictionless can raise on descriptors of the wrong shape
        return [f"{type(exc).__name__}: {exc}"]


def file_digests(contents: dict[str, Path]) -> dict[str, str | None]:
    """The sha256 of each file (None when it cannot be read), read in blocks (hashlib
    releases the GIL, so this runs beside the table checks in a thread)."""
    digests: dict[str, str | None] = {}
    for name, path in contents.items():
        try:
            with open(path, "rb") as fh:
                digests[name] = "sha256:" + hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError:
            digests[name] = None
    return digests


def named_resources(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The descriptor's resources that are objects with a string name, by name."""
    listed = package.get("resources")
    return {r["name"]: r for r in listed if isinstance(r, dict) and isinstance(r.get("name"), str)} \
        if isinstance(listed, list) else {}


def _short(value: Any) -> str:
    return repr(value)[:80]


def check_hashes(package: dict[str, Any], digests: dict[str, str], report: Report) -> None:
    """Each resource's hash in the descriptor is the hash of its file."""
    resources = named_resources(package)
    for name, digest in digests.items():
        if digest is None:
            report.add("package", "datapackage.json", name, "path", "unreadable-file", resources[name].get("path"))
        elif resources[name].get("hash") != digest:
            report.add("package", "datapackage.json", name, "hash", "hash-mismatch", resources[name].get("hash"),
                       f"file has {digest}")


def check_interrupted_build(root: Path, report: Report) -> None:
    """Hash mismatches beside the staging folder of a build: the reader holds the project
    lock, so that build is not running but was killed while replacing the package."""
    stages = sorted(p.name for p in root.glob(STAGE_PREFIX + "*"))
    if stages and any(f.rule == "hash-mismatch" for f in report.failures):
        report.add("package", "datapackage.json", None, None, "interrupted-build", stages[0],
                   "a build was killed while replacing the package, so data/ and datapackage.json "
                   "come from different builds; run `kds build`")
