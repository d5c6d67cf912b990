"""The Data Package profile check of datapackage.json without importing frictionless on
every run: a vendored copy of frictionless' own profiles (``datapackage.profile.json``)
and the shape kds writes decide whether a descriptor is certainly fine; only when they
find something does frictionless (slow to import) run and give its own notes.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

PROFILE = Path(__file__).with_name("datapackage.profile.json")

V2 = "https://datapackage.org/profiles/2.0/datapackage.json"
PACKAGE_KEYS = {"$schema", "name", "title", "description", "version", "created", "keywords", "licenses",
                "contributors", "sources", "resources", "homepage"}
RESOURCE_KEYS = {"name", "type", "path", "scheme", "format", "mediatype", "encoding", "bytes", "hash",
                 "description", "title", "schema"}
CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
TYPES = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool}


def profile() -> dict[str, Any]:
    return json.loads(PROFILE.read_text(encoding="utf-8"))


def conforms(value: Any, schema: dict[str, Any]) -> bool:
    """``value`` meets the JSON Schema subset the vendored profiles use (type, required,
    properties, items, pattern); anything else in the schema makes the answer False."""
    if set(schema) - {"type", "required", "properties", "items", "item", "pattern"}:
        return False
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(isinstance(value, TYPES[k]) and not (k == "integer" and isinstance(value, bool)) for k in kinds):
            return False
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        return False
    if isinstance(value, dict):
        if any(k not in value for k in schema.get("required", [])):
            return False
        if not all(conforms(value[k], s) for k, s in schema.get("properties", {}).items() if k in value):
            return False
    if isinstance(value, list) and "items" in schema and not all(conforms(v, schema["items"]) for v in value):
        return False
    return True


def certainly_fine(package: dict[str, Any], tables: tuple[str, ...]) -> bool:
    """True when the descriptor conforms to the vendored profiles and has the shape kds
    writes (a v2 package of the expected table resources with the usual keys); the
    resource paths, bytes, hashes and schema files are checked by the package layer."""
    prof = profile()
    resources = package.get("resources")
    if (package.get("$schema") != V2 or set(package) - PACKAGE_KEYS or not conforms(package, prof["package"])
            or not isinstance(resources, list) or not isinstance(package.get("created", ""), str)
            or not CREATED.match(package.get("created", "2000-01-01T00:00:00Z"))):
        return False
    names = [r.get("name") for r in resources if isinstance(r, dict)]
    if len(names) != len(resources) or sorted(names, key=str) != sorted(tables):
        return False
    for r in resources:
        if (set(r) - RESOURCE_KEYS or not conforms(r, prof["resource"]) or r.get("type") != "table"
                or r.get("scheme") != "file" or r.get("format") != "csv" or r.get("encoding") != "utf-8"
                or r.get("mediatype") != "text/csv" or not isinstance(r.get("path"), str)
                or not isinstance(r.get("schema"), str) or not isinstance(r.get("bytes"), int)
                or not re.fullmatch(r"sha256:[0-9a-f]{64}", str(r.get("hash")))):
            return False
    return True


def vendor() -> None:
    """Write datapackage.profile.json from the installed frictionless."""
    import frictionless
    from frictionless import Package, Resource

    PROFILE.write_text(json.dumps({"$comment": profile()["$comment"].split(": ")[0].rsplit(" ", 1)[0]
                                   + f" {frictionless.__version__}: " + profile()["$comment"].split(": ", 1)[1],
                                   "package": Package.metadata_profile, "resource": Resource.metadata_profile},
                                  indent=1, sort_keys=True) + "\n", encoding="utf-8")
