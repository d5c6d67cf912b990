"""The contract: Frictionless schemas, the dtypes and pandera models derived from them, the vocabularies."""
from __future__ import annotations

import json
import re

import polars as pl
import pytest

from kadhimi_ds.contract import SPAN_TABLES, TABLES, columns, enum_values, polars_dtypes, primary_key, table_schema
from kadhimi_ds.validate import pandera_schema

# DESIGN.md §3: the minimum columns of each table (the public interface)
MINIMUM = {
    "sources": "source_id path sha256 publisher title published language url body_start body_end n_chars",
    "actors": "actor_id name kind country parent_id description source_id start end text",
    "mentions": "mention_id actor_id source_id start end text",
    "events": "event_id date date_precision event_type sub_event_type location admin1 country latitude longitude "
              "summary source_id start end text",
    "quotes": "quote_id source_id start end text speaker_id attribution channel event_id utterance_id fragment",
    "claims": "claim_id source_id start end text quantity value qualifier population event_id subject_id "
              "claimed_by reported_via",
    "claim_summary": "event_id quantity population n_claims n_sources min max values sources agree",
}

# DESIGN.md §9: ACLED's event types and sub-event types
ACLED = {
    "Battles": ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"],
    "Protests": ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}


@pytest.mark.parametrize("table", list(MINIMUM))
def test_minimum_columns_are_present(table):
    assert set(MINIMUM[table].split()) <= set(columns(table))


def test_span_tables_carry_source_and_span():
    for table in SPAN_TABLES:
        assert {"source_id", "start", "end", "text"} <= set(columns(table)), table


def test_every_schema_has_a_unique_required_primary_key():
    for table in TABLES:
        key = primary_key(table)
        assert key and set(key) <= set(columns(table))
        if len(key) == 1:
            c = next(f for f in table_schema(table)["fields"] if f["name"] == key[0])["constraints"]
            assert c.get("required") and c.get("unique"), table


def test_foreign_keys_point_at_primary_keys():
    for table in TABLES:
        for fk in table_schema(table).get("foreignKeys", []):
            target = fk["reference"]["resource"] or table
            assert fk["fields"] in columns(table)
            assert [fk["reference"]["fields"]] == primary_key(target), (table, fk)


def test_polars_dtypes_follow_the_schema():
    base = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean, "date": pl.Date}
    for table in TABLES:
        plain, typed = polars_dtypes(table, enums=False), polars_dtypes(table)
        for f in table_schema(table)["fields"]:
            assert plain[f["name"]] == base[f["type"]]
            enum = f.get("constraints", {}).get("enum")
            assert typed[f["name"]] == (pl.Enum(enum) if enum else base[f["type"]])


def test_pandera_models_cannot_drift_from_the_schemas():
    for table in TABLES:
        model = pandera_schema(table)
        assert list(model.columns) == columns(table)
        for f in table_schema(table)["fields"]:
            col = model.columns[f["name"]]
            c = f.get("constraints", {})
            assert col.nullable == (not c.get("required", False)), (table, f["name"])
            # primary-key uniqueness belongs to the relations layer, other unique fields to pandera
            assert col.unique == (c.get("unique", False) and f["name"] not in primary_key(table)), (table, f["name"])
            assert len(col.checks) == sum(k in c for k in ("enum", "pattern", "minimum", "maximum")), (table, f["name"])


def test_shipped_schemas_are_the_contract(project_root):
    package = json.loads((project_root / "datapackage.json").read_text(encoding="utf-8"))
    for res in package["resources"]:
        assert json.loads((project_root / res["schema"]).read_text(encoding="utf-8")) == table_schema(res["name"])


def test_event_vocabulary_holds_acled():
    types = enum_values("events", "event_type")
    subs = enum_values("events", "sub_event_type")
    for event_type, sub_types in ACLED.items():
        assert event_type in types
        assert set(sub_types) <= set(subs)


def readme_vocabulary(project_root, name):
    text = (project_root / "seeds" / "annotations" / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"^- `{name}`: (.*?)(?=^- `|^\s*$)", text, flags=re.M | re.S)
    assert m, name
    body = re.sub(r"\([^)]*\)", "", m.group(1))
    return [w.strip(" .`") for w in re.split(r",\s*", " ".join(body.split())) if w.strip(" .`")]


@pytest.mark.parametrize("name, table", [("channel", "quotes"), ("quantity", "claims"), ("qualifier", "claims")])
def test_annotation_readme_documents_the_schema_vocabulary(project_root, name, table):
    documented = [w.split()[0] for w in readme_vocabulary(project_root, name)]
    assert set(documented) == set(enum_values(table, name))


def test_claim_summary_and_claims_share_the_quantity_vocabulary():
    assert enum_values("claims", "quantity") == enum_values("claim_summary", "quantity")
