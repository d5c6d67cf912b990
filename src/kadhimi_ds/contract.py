"""The data contract: table names, Frictionless schemas and the dtypes they imply.

The JSON files in ``schemas/`` are the single source of truth; polars dtypes and the
pandera models are derived from them here.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLES = ("sources", "furniture", "actors", "mentions", "events", "event_mentions",
          "quotes", "claims", "claim_summary")
"""Published tables, in dependency order."""

SPAN_TABLES = ("furniture", "actors", "mentions", "events", "event_mentions", "quotes", "claims")
"""Tables whose rows carry source_id, start, end and text."""

LIST_SEPARATOR = "; "
"""How a list is written in one CSV cell (the schemas say which columns are lists)."""

LIST_COLUMNS = {"actors": ("aliases",), "claim_summary": ("values", "sources")}
"""Columns holding lists: strings in the CSV, ``pl.List(pl.String)`` where the format allows."""


def project_root() -> Path:
    """The directory holding pyproject.toml, schemas/ and seeds/ (the source checkout)."""
    return Path(__file__).resolve().parents[2]


def contract_dir() -> Path:
    """Where the canonical schemas live: inside an installed package, else the checkout."""
    bundled = Path(__file__).resolve().parent / "_package" / "schemas"
    return bundled if bundled.is_dir() else project_root() / "schemas"


@lru_cache(maxsize=None)
def table_schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of a published table."""
    return json.loads((contract_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))


def columns(name: str) -> list[str]:
    return [f["name"] for f in table_schema(name)["fields"]]


def primary_key(name: str) -> list[str]:
    return list(table_schema(name)["primaryKey"])


def enum_values(name: str, column: str) -> list[str] | None:
    for f in table_schema(name)["fields"]:
        if f["name"] == column:
            return f.get("constraints", {}).get("enum")
    raise KeyError(f"{name}.{column}")


def polars_dtypes(name: str, enums: bool = True, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """Column name to polars dtype; vocabularies become ``pl.Enum`` when ``enums``.
    ``schema`` is another version's table schema (default: this version's)."""
    import polars as pl

    base = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64,
            "boolean": pl.Boolean, "date": pl.Date}
    out = {}
    for f in (schema or table_schema(name))["fields"]:
        enum = f.get("constraints", {}).get("enum")
        out[f["name"]] = pl.Enum(enum) if enums and enum else base[f["type"]]
    return out
