"""The held-out articles (tests/heldout) resolve, so `kds eval --root tests/heldout` measures
the extractor on text its rules were not fitted to."""
from pathlib import Path

from kadhimi_ds.commands.evaluate import evaluate
from kadhimi_ds.build.resolve import resolve_annotations
from kadhimi_ds.build.seeds import read_seeds

HELDOUT = Path(__file__).resolve().parents[1] / "heldout" / "seeds"


def test_heldout_annotations_resolve_and_score():
    seeds = read_seeds(HELDOUT)
    rows = resolve_annotations(seeds)
    assert len(seeds.documents) == 2 and rows["quotes"] and rows["claims"]
    result = evaluate(seeds)
    for name in ("quote_spans", "claim_values", "mentions"):
        metric = result["metrics"][name]
        assert 0.0 <= metric["f1"] <= 1.0
