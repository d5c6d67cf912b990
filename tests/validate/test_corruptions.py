"""The corruption catalogue: every way a copy of the package can go wrong, run through the
`kds validate` command line. Each corruption is a small function that damages a copy and
returns the failure it must produce as (layer, table, row, column, rule); the test asserts
exit code 1, that failure in the JSON report, and no traceback.

The catalogue is the known-bad list of test_validate.py plus the corruptions below.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from conftest import copy_project, dump_yaml, frame_csv_bytes, plain_yaml, read_rows, refresh_resource_entry
from kadhimi_ds.cli import cli
from kadhimi_ds.contract import TABLES, primary_key, table_schema
from kadhimi_ds.errors import KdsError
from kadhimi_ds.commands.check import validate_package as validate
from test_validate import CONSTRAINTS, CORRUPTIONS as BASIC, Helpers, first

# --- more corruptions ----------------------------------------------------------------------------------


def renamed_column(root, h):
    h.edit_table(root, "quotes", lambda df: df.rename({"channel": "medium"}))
    return ("schema", "quotes", None, "channel", "missing-column")


def duplicated_row(root, h):
    row = first(root, "quotes")
    h.edit_table(root, "quotes", lambda df: pl.concat([df, df.head(1)]).sort("quote_id"))
    return ("relations", "quotes", row["quote_id"], "quote_id", "primary-key")


def row_moved_to_another_source(root, h):
    row = first(root, "claims", lambda r: r["source_id"].startswith("001"))
    h.set_cell(root, "claims", row["claim_id"], "source_id", first(root, "sources")["source_id"])
    return ("provenance", "claims", row["claim_id"], "text", "span-text-mismatch")


def mention_count_changed(root, h):
    row = first(root, "actors")
    h.set_cell(root, "actors", row["actor_id"], "n_mentions", str(int(row["n_mentions"]) + 1))
    return ("relations", "actors", row["actor_id"], "n_mentions", "count-disagrees-with-mentions")


def first_mention_moved(root, h):
    row = first(root, "events", lambda r: int(r["n_mentions"]) > 1)
    later = [m for m in read_rows(root / "data" / "event_mentions.csv")
             if m["event_id"] == row["event_id"] and m["start"] != row["start"]]
    h.edit_table(root, "events", lambda df: df.with_columns(
        *[pl.when(pl.col("event_id") == row["event_id"]).then(pl.lit(later[0][c])).otherwise(pl.col(c)).alias(c)
          for c in ("source_id", "start", "end", "text")]))
    return ("relations", "events", row["event_id"], "start", "first-mention-disagrees")


def furniture_row_deleted(root, h):
    """Page furniture inside a body deleted from the published tables: its text would pass as
    article text, and only the source's n_furniture tells (no seeds needed)."""
    row = first(root, "furniture", lambda r: r["kind"] != "outside_body")
    h.edit_table(root, "furniture", lambda df: df.filter(pl.col("furniture_id") != row["furniture_id"]))
    return ("relations", "sources", row["source_id"], "n_furniture", "count-disagrees-with-furniture")


def formula(char):
    def corrupt(root, h):
        row = first(root, "actors")
        h.set_cell(root, "actors", row["actor_id"], "description", f"{char}SUM(A1:A9)")
        return ("schema", "actors", row["actor_id"], "description", "formula-injection")
    corrupt.__name__ = f"formula_starting_with_{ {'+': 'plus', '-': 'minus', '@': 'at', '=': 'equals'}[char]}"
    return corrupt


def resource_path(kind):
    def corrupt(root, h):
        path = root / "datapackage.json"
        package = json.loads(path.read_text(encoding="utf-8"))
        resource = next(r for r in package["resources"] if r["name"] == "claims")
        if kind == "absolute":
            resource["path"] = str((root / "data" / "claims.csv").resolve())
        else:  # a symlink inside the package pointing outside it
            outside = root.parent / "elsewhere.csv"
            outside.write_bytes((root / "data" / "claims.csv").read_bytes())
            (root / "data" / "claims.csv").unlink()
            (root / "data" / "claims.csv").symlink_to(outside)
        path.write_text(json.dumps(package, indent=2), encoding="utf-8")
        return ("package", "datapackage.json", "claims", "path", "unsafe-path")
    corrupt.__name__ = f"resource_path_{kind}"
    return corrupt


def annotation(change_name, change):
    def corrupt(root, h):
        path = root / "seeds" / "annotations" / "002_18e1d0701c846336.yaml"
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        return ("package", "seeds", None, None, "seeds-do-not-build")
    corrupt.__name__ = f"annotation_{change_name}"
    return corrupt


FIRST_QUOTE = "  - text: a failed assassination attempt"
annotation_unsafe_tag = annotation(
    "unsafe_tag", lambda t: t.replace("status: reviewed", "status: !!python/object/apply:os.system [echo]"))
annotation_anchor_twice = annotation(
    "anchor_twice", lambda t: t.replace('  - text: "Two of the aircraft were shot down"', "  - text: drone"))
annotation_anchor_missing = annotation(
    "anchor_missing", lambda t: t.replace('  - text: "Two of the aircraft were shot down"', "  - text: Three airships"))
annotation_duplicate_key = annotation(
    "duplicate_key", lambda t: t.replace("status: reviewed", "status: reviewed\nstatus: reviewed"))


def annotation_ignore_removed(root, h):
    sid = "001_263e5c83ecafaaa9"
    path = root / "seeds" / "annotations" / f"{sid}.yaml"
    text = path.read_text(encoding="utf-8")
    ignore = '  - text: "track two dialogues"\n    reason: "number inside a name (I4)"\n'
    assert ignore in text
    path.write_text(text.replace(ignore, ""), encoding="utf-8")
    seed = (root / "seeds" / f"{sid}.txt").read_text(encoding="utf-8")
    start = seed.index("track two") + len("track ")
    return ("coverage", f"seeds/annotations/{sid}.yaml", sid, f"[{start}, {start + 3})", "uncovered-number")


def foreign_key(table, field, target):
    def corrupt(root, h):
        key = primary_key(table)[0]
        row = first(root, table, lambda r: r[field] != "")
        h.set_cell(root, table, row[key], field, "no-such-id")
        return ("relations", table, row[key], field, "foreign-key")
    corrupt.__name__ = f"dangling_{table}_{field}_to_{target}"
    return corrupt


FOREIGN_KEYS = [foreign_key(t, fk["fields"], fk["reference"]["resource"])
                for t in TABLES for fk in table_schema(t).get("foreignKeys", [])]

def summary_row_moved_to_another_event(root, h):
    rows = read_rows(root / "data" / "claim_summary.csv")
    row = rows[0]
    other = next(r["event_id"] for r in rows if r["event_id"] != row["event_id"])
    h.set_cell(root, "claim_summary", row["summary_id"], "event_id", other)
    return ("meaning", "claim_summary", row["summary_id"], "event_id", "summary-disagrees-with-claims")


def summary_row_invented(root, h):
    row = first(root, "claim_summary")
    invented = row["summary_id"].replace(row["population"], "bystanders")
    h.edit_table(root, "claim_summary", lambda df: pl.concat([df, df.filter(pl.col("summary_id") == row["summary_id"])
                                                               .with_columns(summary_id=pl.lit(invented))]))
    return ("meaning", "claim_summary", invented, None, "summary-row-unexpected")


def mention_moved(shift_to):
    """A mention moved with its text kept true to the seed, as a careful attacker would."""
    def corrupt(root, h):
        rows = read_rows(root / "data" / "mentions.csv")
        row = next(r for r in rows if r["method"] == "alias" and len(r["text"]) > 6)
        seed = (root / first(root, "sources", lambda r: r["source_id"] == row["source_id"])["path"]).read_bytes().decode()
        start, end = int(row["start"]), int(row["end"])
        start, end = (start + 1, end) if shift_to == "inside_a_word" else (end + 1, end + 1 + (end - start))
        for column, value in (("start", start), ("end", end), ("text", seed[start:end])):
            if str(value) != row[column]:
                h.set_cell(root, "mentions", row["mention_id"], column, str(value))
        rule = "mention-inside-a-word" if shift_to == "inside_a_word" else "mention-not-an-alias"
        return ("meaning", "mentions", row["mention_id"], "start" if shift_to == "inside_a_word" else "text", rule)
    corrupt.__name__ = f"mention_moved_{shift_to}"
    return corrupt


def id_not_the_hash(table):
    def corrupt(root, h):
        key = primary_key(table)[0]
        row = first(root, table)
        forged = row[key].split("-")[0] + "-000000abcdef"
        h.set_cell(root, table, row[key], key, forged)
        return ("relations", table, forged, key, "id-not-hash-of-row")
    corrupt.__name__ = f"id_not_the_hash_{table}"
    return corrupt


# --- the codebook's mechanical rules (CODEBOOK.md section 9) -------------------------------------------


def population_for_another_quantity(root, h):
    row = first(root, "claims", lambda r: r["quantity"].startswith("drones_"))
    h.set_cell(root, "claims", row["claim_id"], "population", "people")
    return ("meaning", "claims", row["claim_id"], "population", "population-not-for-quantity")


def subject_on_a_casualty_count(root, h):
    row = first(root, "claims", lambda r: r["quantity"] == "injured")
    h.set_cell(root, "claims", row["claim_id"], "subject_id", "iraq")
    return ("meaning", "claims", row["claim_id"], "subject_id", "subject-only-for-seats")


def population_text_not_in_paragraph(root, h):
    row = first(root, "claims")
    h.set_cell(root, "claims", row["claim_id"], "population_text", "zeppelins")
    return ("meaning", "claims", row["claim_id"], "population_text", "population-text-not-in-paragraph")


def basis_without_claimant(root, h):
    row = first(root, "claims", lambda r: r["claimed_by"] == "")
    h.set_cell(root, "claims", row["claim_id"], "claimed_by_basis", "article")
    return ("meaning", "claims", row["claim_id"], "claimed_by_basis", "basis-without-claimant")


def unattributed_quote_with_a_speaker(root, h):
    row = first(root, "quotes", lambda r: r["speaker_id"] != "")
    h.set_cell(root, "quotes", row["quote_id"], "attribution", "unattributed")
    return ("meaning", "quotes", row["quote_id"], "attribution", "attribution-disagrees-with-speaker")


def utterance_given_two_speakers(root, h):
    a = first(root, "quotes", lambda r: r["speaker_id"] != "")
    b = first(root, "quotes", lambda r: r["speaker_id"] not in ("", a["speaker_id"]))
    h.set_cell(root, "quotes", b["quote_id"], "utterance_id", a["utterance_id"])
    return ("meaning", "quotes", a["utterance_id"], "speaker_id", "utterance-with-two-speakers")


def claim_repeated_in_an_article(root, h):
    a = first(root, "claims")
    b = first(root, "claims", lambda r: r["source_id"] == a["source_id"] and r["claim_id"] != a["claim_id"])
    same = ["event_id", "quantity", "population", "subject_id", "value", "qualifier", "claimed_by"]
    h.edit_table(root, "claims", lambda df: df.with_columns(
        [pl.when(pl.col("claim_id") == b["claim_id"]).then(pl.lit(a[c] or None, dtype=pl.String)).otherwise(pl.col(c)).alias(c)
         for c in same]))
    later = max((a, b), key=lambda r: (int(r["start"]), int(r["end"])))
    return ("meaning", "claims", f"{later['source_id']} [{later['start']}, {later['end']})", None, "repeated-claim")


def role_noun_mention_removed(root, h):
    """A curated mention of a role noun ("the prime minister") deleted from its annotation."""
    import re

    from kadhimi_ds.build.seeds import load_yaml

    roles = [r for a in load_yaml(root / "seeds" / "actors.yaml") for r in a.get("role_aliases") or []]
    for path in sorted((root / "seeds" / "annotations").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"  - text: (.*)\n    actor: .*\n", text):
            anchor = m.group(1).strip().strip('"')
            role = next((r for r in sorted(roles, key=len, reverse=True) if re.search(rf"(?<!\w){re.escape(r)}(?!\w)", anchor)), None)
            if role is None or "context:" in text[m.end():m.end() + 12] or "occurrence:" in text[m.end():m.end() + 15]:
                continue
            sid = path.stem
            seed = (root / "seeds" / f"{sid}.txt").read_text(encoding="utf-8")
            if seed.count(anchor) != 1:
                continue
            path.write_text(text[:m.start()] + text[m.end():], encoding="utf-8")
            start = seed.index(anchor) + re.search(rf"(?<!\w){re.escape(role)}(?!\w)", anchor).start()
            return ("coverage", f"seeds/annotations/{sid}.yaml", sid, f"[{start}, {start + len(role)})",
                    "uncovered-role-noun")
    raise AssertionError("no curated role-noun mention to remove")


def an_actor_not_mentioned_in(root, source_id):
    """A registered actor that the article ``source_id`` never mentions."""
    mentioned = {m["actor_id"] for m in read_rows(root / "data" / "mentions.csv") if m["source_id"] == source_id}
    return first(root, "actors", lambda r: r["actor_id"] not in mentioned)["actor_id"]


def speaker_not_in_the_article(root, h):
    """A quote given to a real actor the article never mentions (V7)."""
    q = first(root, "quotes", lambda r: r["speaker_id"] != "")
    h.set_cell(root, "quotes", q["quote_id"], "speaker_id", an_actor_not_mentioned_in(root, q["source_id"]))
    return ("meaning", "quotes", q["quote_id"], "speaker_id", "actor-not-mentioned")


def claimant_not_in_the_article(root, h):
    c = first(root, "claims", lambda r: r["claimed_by_basis"] == "article")
    h.set_cell(root, "claims", c["claim_id"], "claimed_by", an_actor_not_mentioned_in(root, c["source_id"]))
    return ("meaning", "claims", c["claim_id"], "claimed_by", "actor-not-mentioned")


CODEBOOK_RULES = [speaker_not_in_the_article, claimant_not_in_the_article, population_for_another_quantity,
                  subject_on_a_casualty_count, population_text_not_in_paragraph, basis_without_claimant,
                  unattributed_quote_with_a_speaker, utterance_given_two_speakers, claim_repeated_in_an_article,
                  role_noun_mention_removed]


CATALOGUE = [
    mention_moved("inside_a_word"), mention_moved("off_its_alias"),
    *[id_not_the_hash(t) for t in ("furniture", "mentions", "event_mentions", "quotes", "claims")],
    *BASIC, *CONSTRAINTS, renamed_column, duplicated_row, row_moved_to_another_source,
    mention_count_changed, first_mention_moved, furniture_row_deleted, summary_row_moved_to_another_event, summary_row_invented,
    *[formula(c) for c in "=+-@"], resource_path("absolute"), resource_path("symlink"),
    annotation_unsafe_tag, annotation_anchor_twice, annotation_anchor_missing, annotation_duplicate_key,
    annotation_ignore_removed, *FOREIGN_KEYS, *CODEBOOK_RULES,
]


def test_catalogue_size():
    names = [c.__name__ for c in CATALOGUE]
    assert len(names) == len(set(names))
    assert len(CATALOGUE) >= 30


@pytest.mark.parametrize("corrupt", CATALOGUE, ids=lambda f: f.__name__)
def test_kds_validate_reports_the_corruption(corrupt, package_copy, edit_table, set_cell):
    expected = corrupt(package_copy, Helpers(edit_table, set_cell))
    result = CliRunner().invoke(cli, ["validate", str(package_copy), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    found = {(f["layer"], f["table"], f["row"], f["column"], f["rule"]) for f in report["failures"]}
    assert expected in found, sorted(found, key=str)[:12]


TABLES_ONLY = [mention_moved("inside_a_word"), mention_moved("off_its_alias"),
               *[id_not_the_hash(t) for t in ("furniture", "mentions", "quotes", "claims")],
               summary_row_moved_to_another_event, mention_count_changed, first_mention_moved,
               furniture_row_deleted]
"""Changes the rebuild comparison would catch that the published tables (and the seed
texts) catch alone."""


@pytest.mark.parametrize("corrupt", TABLES_ONLY, ids=lambda f: f.__name__)
def test_tables_only_catches_what_needs_no_curated_yaml(corrupt, pristine, tmp_path, edit_table, set_cell):
    root = tmp_path / "pkg"
    shutil.copytree(pristine, root, symlinks=True)
    expected = corrupt(root, Helpers(edit_table, set_cell))
    report = validate(root, tables_only=True)
    assert expected in {(f.layer, f.table, f.row, f.column, f.rule) for f in report.failures}


# --- random cell mutations ---------------------------------------------------------------------------

FREE_TEXT = {("actors", "name"), ("actors", "description"), ("actors", "aliases"), ("events", "location"),
             ("events", "admin1"), ("events", "summary"), ("sources", "publisher"), ("sources", "title"),
             ("sources", "publisher_evidence"), ("sources", "published_evidence"), ("sources", "url")}
"""Columns nothing else depends on: a new non-empty value there is harmless to the checks."""

INTEGERS = {(t, f["name"]) for t in TABLES for f in table_schema(t)["fields"] if f["type"] == "integer"}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A package copy whose seeds hold the articles but no curated YAML, so validation runs
    layers 1 to 4 and the package layer without the rebuild comparison."""
    root = copy_project(tmp_path_factory.mktemp("pristine") / "pkg")
    for path in (root / "seeds").rglob("*.yaml"):
        path.unlink()
    assert not validate(root).valid  # a layer that cannot run fails, unless asked for
    assert validate(root, tables_only=True).valid
    return root


def mutate(root: Path, table: str, column: str, row: int, value: str | None) -> bool:
    path = root / "data" / f"{table}.csv"
    df = pl.read_csv(path, infer_schema=False)
    row %= df.height
    if df[column][row] == value:
        return False
    df = df.with_columns(df[column].scatter(row, value))
    path.write_bytes(frame_csv_bytes(df))
    refresh_resource_entry(root, table)
    return True


cells = st.sampled_from(sorted((t, f["name"]) for t in TABLES for f in table_schema(t)["fields"]))


@given(cell=cells, row=st.integers(0, 10_000), garbage=st.text(min_size=0, max_size=12), shift=st.integers(-50, 50))
@settings(max_examples=120)
def test_random_cell_mutation_is_flagged_or_harmless(pristine, tmp_path_factory, cell, row, garbage, shift):
    root = tmp_path_factory.mktemp("m") / "pkg"
    shutil.copytree(pristine, root, symlinks=True)
    table, column = cell
    if cell in INTEGERS:
        old = pl.read_csv(root / "data" / f"{table}.csv", infer_schema=False)[column]
        old = old[row % len(old)]
        value = None if old is None or shift == 0 else str(int(old) + shift)
    else:
        value = garbage + "§"  # '§' is in no vocabulary, pattern or seed span
    if not mutate(root, table, column, row, value):
        return
    report = validate(root, tables_only=True)  # must not raise
    if cell in FREE_TEXT and value and value[0] not in "=+-@\t\r":
        return  # harmless: nothing derives from these columns
    assert not report.valid, (table, column, value)


@given(cell=cells, row=st.integers(0, 10_000), other=st.integers(0, 10_000))
@settings(max_examples=60)
def test_any_cell_swap_is_caught_against_the_seeds(tmp_path_factory, cell, row, other):
    """With the curated seeds present, even a valid-looking value (another row's) is caught:
    the package no longer is what the seeds build to."""
    root = copy_project(tmp_path_factory.mktemp("s") / "pkg")
    table, column = cell
    values = pl.read_csv(root / "data" / f"{table}.csv", infer_schema=False)[column]
    if not mutate(root, table, column, row, values[other % len(values)]):
        return
    report = validate(root)
    assert ("package", f"data/{table}.csv", None, None, "stale-output") in {
        (f.layer, f.table, f.row, f.column, f.rule) for f in report.failures}


@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
@settings(max_examples=60)
def test_no_descriptor_makes_validate_raise_anything_but_a_clear_error(tmp_path_factory, content):
    root = copy_project(tmp_path_factory.mktemp("d") / "pkg")
    (root / "datapackage.json").write_bytes(content)
    try:
        report = validate(root)
    except KdsError as exc:
        assert "\n" not in str(exc) and "datapackage.json" in str(exc)
    else:
        assert not report.valid


# --- the build never half-writes ------------------------------------------------------------------------


def test_build_and_validate_never_write_the_seeds(tmp_path):
    root = copy_project(tmp_path / "pkg")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (root / "seeds").rglob("*") if p.is_file()}
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "--root", str(root)]).exit_code == 0
    assert runner.invoke(cli, ["validate", str(root)]).exit_code == 0
    assert runner.invoke(cli, ["build", "--root", str(root), "--check"]).exit_code == 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (root / "seeds").rglob("*") if p.is_file()}
    assert before == after


# --- limits --------------------------------------------------------------------------------------------


def test_an_oversized_article_is_refused_with_a_message(tmp_path):
    root = copy_project(tmp_path / "pkg")
    big = root / "seeds" / "004_37a1e98ddf765961.txt"
    with open(big, "ab") as fh:
        fh.truncate(6_000_000)
    result = CliRunner().invoke(cli, ["build", "--root", str(root)])
    assert result.exit_code == 1
    assert "004_37a1e98ddf765961.txt" in result.stderr and "limit" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_oversized_table_is_refused_not_read(package_copy, monkeypatch):
    monkeypatch.setenv("KDS_MAX_TABLE_BYTES", "1000")
    result = CliRunner().invoke(cli, ["validate", str(package_copy), "--format", "json"])
    assert result.exit_code == 1
    rules = {(f["table"], f["row"], f["rule"]) for f in json.loads(result.stdout)["failures"]}
    assert ("datapackage.json", "claims", "file-too-large") in rules


def test_a_very_long_line_in_an_annotation_is_refused(tmp_path):
    root = copy_project(tmp_path / "pkg")
    path = root / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# " + "x" * 6_000_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--root", str(root)])
    assert result.exit_code == 1 and "limit" in result.stderr


def test_debug_shows_the_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["--debug", "validate", str(tmp_path)])
    assert isinstance(result.exception, KdsError)


@pytest.mark.parametrize("corrupt", CATALOGUE, ids=lambda f: f.__name__)
def test_batched_validation_reports_the_same(corrupt, package_copy, edit_table, set_cell, small_batches):
    """Large tables are checked in batches and many seeds in parts; forcing tiny batches
    and three parts (about 58,000 bytes of seed text against a budget of 20,000) must
    find the same failures."""
    expected = corrupt(package_copy, Helpers(edit_table, set_cell))
    small_batches(10, 10_000)
    report = validate(package_copy)
    assert expected in {(f.layer, f.table, f.row, f.column, f.rule) for f in report.failures}


def test_batched_validation_of_the_valid_package(package_copy, small_batches):
    small_batches(10, 10_000)
    assert validate(package_copy).failures == []


def test_seed_parts_cover_every_source(package_copy, set_cell, small_batches):
    """With the seeds read in three parts, a span broken in every source is still found,
    in the batched tables and in the reference tables alike."""
    import polars as pl

    from kadhimi_ds.validate import seed_part, seed_parts

    sources = pl.read_csv(package_copy / "data" / "sources.csv")
    small_batches(10, 10_000)
    assert seed_parts(package_copy, sources) == 3
    assert sources.select(seed_part(3)).to_series().n_unique() > 1
    broken = set()
    for table in ("mentions", "events"):
        rows = pl.read_csv(package_copy / "data" / f"{table}.csv", infer_schema=False)
        for row in rows.unique("source_id", keep="first", maintain_order=True).iter_rows(named=True):
            key = row[primary_key(table)[0]]
            set_cell(package_copy, table, key, "text", row["text"] + "x")
            broken.add((table, key))
    found = {(f.table, f.row) for f in validate(package_copy).failures if f.rule == "span-text-mismatch"}
    assert found == broken


def test_seed_parts_follow_the_files_not_the_cells(package_copy, set_cell):
    """A corrupted n_chars cannot make validation read the seeds in millions of parts."""
    import polars as pl

    from kadhimi_ds.validate import seed_parts

    sid = first(package_copy, "sources")["source_id"]
    set_cell(package_copy, "sources", sid, "n_chars", str(10 ** 15))
    sources = pl.read_csv(package_copy / "data" / "sources.csv")
    assert seed_parts(package_copy, sources) == 1
    assert ("provenance", "sources", sid, "n_chars", "length-mismatch") in {
        (f.layer, f.table, f.row, f.column, f.rule) for f in validate(package_copy).failures}
