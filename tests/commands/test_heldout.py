"""The development articles (tests/heldout/dev) resolve and score, and `kds eval` without
arguments scores every set present, one column each, test first."""
import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kadhimi_ds.build.assemble import assemble
from kadhimi_ds.build.package import render
from kadhimi_ds.build.resolve import resolve_annotations
from kadhimi_ds.build.seeds import read_seeds
from kadhimi_ds.cli import cli
from kadhimi_ds.commands.evaluate import evaluate
from kadhimi_ds.contract import TABLES
from kadhimi_ds.validate import Report, check_tables

DEV = Path(__file__).resolve().parents[1] / "heldout" / "dev" / "seeds"
HALVES = ["dev", *sorted(p.name for p in DEV.parents[1].iterdir() if (p / "seeds").is_dir() and p.name != "dev"
                               and not p.name.startswith((".", "_")))]
"""Every half under tests/heldout (a folder with seeds/; the batteries are not one), dev always (its
absence fails): the test half is checked whenever it is present."""


def test_dev_annotations_resolve_and_score():
    seeds = read_seeds(DEV)
    rows = resolve_annotations(seeds)
    assert len(seeds.documents) == 324 and rows["quotes"] and rows["claims"]
    result = evaluate(seeds)
    for name in ("quote_spans", "claim_values", "mentions", "known_actor_links"):
        metric = result["metrics"][name]
        assert 0.0 <= metric["f1"] <= 1.0
    assert result["metrics"]["furniture_lines"]["expected"] > 0


@pytest.mark.parametrize("half, articles", [("test", 6), ("blind", 12)])
def test_unread_articles_are_frozen(half, articles):
    """The test half's and the blind set's articles are the ones frozen before any rule could read them:
    their sha256 are those recorded in tests/heldout/<half>/FROZEN.sha256 when they were written."""
    test = DEV.parents[1] / half
    recorded = dict(line.split()[::-1] for line in (test / "FROZEN.sha256").read_text().splitlines())
    assert len(recorded) == articles
    assert {p.name for p in (test / "seeds").glob("*.txt")} == set(recorded)
    for name, digest in recorded.items():
        assert hashlib.sha256((test / "seeds" / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize("half", HALVES)
def test_heldout_annotations_meet_the_seed_standard(half, tmp_path):
    """The held-out truth compiles to tables that pass the same checks as the seeds' (a
    test half, when present, is checked here by machine, never read by the rules' authors)."""
    seeds_dir = DEV.parents[1] / half / "seeds"
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    shutil.copy(DEV.parents[3] / "pyproject.toml", tmp_path)  # the version the descriptor states
    files = render(assemble(read_seeds(tmp_path / "seeds")), tmp_path)
    report = Report()
    check_tables(tmp_path, {name: files[f"data/{name}.csv"] for name in TABLES}, report)
    assert report.valid, [(f.table, f.row, f.rule) for f in report.failures][:5]


def test_eval_without_arguments_gives_one_column_per_set(tmp_path, monkeypatch):
    shutil.copytree(DEV, tmp_path / "tests" / "heldout" / "dev" / "seeds")
    shutil.copytree(DEV, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    out = CliRunner().invoke(cli, ["eval"])
    assert out.exit_code == 0, out.output
    header = out.output.splitlines()[0].split()
    assert header == ["metric", "dev", "seeds"]
    row = next(line for line in out.output.splitlines() if line.startswith("claim_values "))
    assert row.split()[1] == row.split()[3]  # the same articles score the same in both columns
    (tmp_path / "tests" / "heldout" / "test").mkdir()
    shutil.copytree(DEV, tmp_path / "tests" / "heldout" / "test" / "seeds")
    assert CliRunner().invoke(cli, ["eval"]).output.splitlines()[0].split() == ["metric", "test", "dev", "seeds"]


README_METRICS = ("speaker_attributed", "known_actor_links", "claim_values", "claim_events", "furniture_lines",
                  "in_furniture")


def test_readme_eval_figures_are_what_kds_eval_measures(monkeypatch):
    """The extractor's figures in the README (test, blind, dev and seeds columns) are those `kds
    eval` prints now: a rule change that moves them fails here until the README says so."""
    root = DEV.parents[3]
    monkeypatch.chdir(root)
    out = CliRunner().invoke(cli, ["eval"])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[0].split() == ["metric", "test", "blind", "dev", "seeds"]
    readme = (root / "README.md").read_text(encoding="utf-8").splitlines()
    for metric in README_METRICS:
        row = next(line for line in out.output.splitlines() if line.startswith(metric + " "))
        cells = [c.strip() for c in row[28:].split("  ") if c.strip()]
        documented = next(line for line in readme if line.startswith("|") and f"`{metric}`" in line)
        for cell in cells:
            assert cell in documented, (metric, cell, documented)


@pytest.mark.parametrize("options", [["--first-draft"], ["--first-draft", "--alone"]])
def test_readme_first_draft_figures_are_what_kds_eval_measures(monkeypatch, options):
    """The README's first-draft speaker figures (test, blind, dev and seeds) are those `kds eval --first-draft` prints,
    and those of `kds eval --first-draft --alone`."""
    root = DEV.parents[3]
    monkeypatch.chdir(root)
    out = CliRunner().invoke(cli, ["eval", *options])
    assert out.exit_code == 0, out.output
    row = next(line for line in out.output.splitlines() if line.startswith("speaker_attributed "))
    cells = [c.strip() for c in row[28:].split("  ") if c.strip()]
    readme = (root / "README.md").read_text(encoding="utf-8").splitlines()
    command = "`kds eval " + " ".join(options) + "`"
    documented = next(line for line in readme if line.startswith("|") and command in line)
    assert len(cells) == 4
    for cell in cells:
        assert cell in documented, (cell, documented)
