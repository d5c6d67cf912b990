"""Inter-coder agreement: Krippendorff's alpha, pairing of items, and `kds agreement`."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from kadhimi_ds.cli import cli
from kadhimi_ds.commands.agreement import krippendorff_alpha, pair_items

ROOT = Path(__file__).resolve().parents[2]


def test_alpha_by_hand():
    # values a:3, b:5 (n=8); one disagreeing unit gives o_ab = o_ba = 1
    # Do = 2/8, De = 2*3*5/(8*7), alpha = 1 - 0.25/(30/56) = 1 - 7/15
    assert krippendorff_alpha([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == pytest.approx(8 / 15)


def test_alpha_is_undefined_with_one_value_and_ignores_unpairable_units():
    assert krippendorff_alpha([("a", "a"), ("a", "a")]) is None
    assert krippendorff_alpha([("a", "b"), ("b", "b"), ("c", None)]) == krippendorff_alpha([("a", "b"), ("b", "b")])


def test_alpha_of_systematic_disagreement_is_negative():
    assert krippendorff_alpha([("a", "b"), ("b", "a")]) < 0


codes = st.sampled_from(["a", "b", "c"])


@given(st.lists(st.tuples(codes, codes), min_size=2, max_size=30))
def test_alpha_is_symmetric_and_at_most_one(units):
    alpha = krippendorff_alpha(units)
    swapped = krippendorff_alpha([(b, a) for a, b in units])
    assert alpha == swapped or alpha == pytest.approx(swapped)
    if alpha is not None:
        assert alpha <= 1 + 1e-12
        assert (alpha == pytest.approx(1)) == all(a == b for a, b in units)


def row(source, start, end):
    return {"source_id": source, "start": start, "end": end, "text": "x" * (end - start)}


def test_pairing_is_one_to_one_by_largest_overlap():
    a = [row("s", 0, 10), row("s", 20, 25)]
    b = [row("s", 5, 30), row("s", 0, 4), row("t", 0, 10)]
    units = pair_items(a, b)
    # a[0]-b[0] and a[1]-b[0] overlap by 5, a[0]-b[1] by 4: the earlier tie wins, b[0] is used once
    assert [(x, y) for x, y in units if x and y] == [(a[0], b[0])]
    assert len(units) == 4 and (a[1], None) in units and (None, b[1]) in units
    assert (None, b[2]) in units  # another article never pairs


def test_kds_agreement_finds_a_changed_value(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(ROOT / "seeds" / "annotations", a, ignore=shutil.ignore_patterns("README.md"))
    shutil.copytree(a, b)
    target = sorted(b.glob("*.yaml"))[0]
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    i = next(i for i, line in enumerate(lines) if line.strip().startswith("value:") and line.split(":")[1].strip().isdigit())
    lines[i] = lines[i].split(":")[0] + ": 9999\n"
    target.write_text("".join(lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["agreement", str(a), str(b), "--root", str(ROOT), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    value = next(f for f in data["figures"] if f["table"] == "claims" and f["field"] == "value")
    assert value["both"] == value["units"] and value["percent"] < 1 and value["alpha"] < 1
    assert [d["differences"]["value"][1] for d in data["differences"] if "value" in d["differences"]] == [9999]
    quantity = next(f for f in data["figures"] if f["table"] == "claims" and f["field"] == "quantity")
    assert quantity["percent"] == 1


def test_kds_agreement_names_a_missing_coding(tmp_path):
    (tmp_path / "a").mkdir()
    result = CliRunner().invoke(cli, ["agreement", str(tmp_path / "a"), str(tmp_path / "a"), "--root", str(ROOT)])
    assert result.exit_code != 0 and "no coding for" in result.output


def test_the_recorded_agreement_of_the_seeds_is_reproduced_and_reliable():
    """coding/ holds the two independent codings of the seeds; `kds agreement` on them gives
    the figures recorded before adjudication (and quoted in the README), all alpha >= 0.80."""
    result = CliRunner().invoke(cli, ["agreement", str(ROOT / "coding" / "coder_a"), str(ROOT / "coding" / "coder_b"),
                                      "--root", str(ROOT), "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["figures"]
    recorded = json.loads((ROOT / "coding" / "agreement-before-adjudication.json").read_text(encoding="utf-8"))
    assert figures == recorded["figures"]
    assert all(f["alpha"] is None or f["alpha"] >= 0.80 for f in figures)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quotes_event = next(f for f in figures if f["table"] == "quotes" and f["field"] == "event_id")
    assert f"| quotes | event | {quotes_event['both']} / {quotes_event['units']} | {quotes_event['percent']:.3f} |" in readme
