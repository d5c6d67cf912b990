"""Distributed extraction: the README's Dask recipe, run with dask.bag over a JSON Lines
corpus, gives exactly what ``kds extract --jobs 1`` prints."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")


def dask_extract(corpus: Path, registry: Path, scheduler: str) -> list[dict]:
    # --- the README's Dask recipe ---
    import dask.bag as db

    from kadhimi_ds.build.seeds import load_yaml
    from kadhimi_ds.corpus import extract_record

    actors, events = load_yaml(registry), load_yaml(registry.with_name("events.yaml"))
    bag = db.read_text(str(corpus), blocksize=None).map(json.loads).map(extract_record, actors, events)
    return bag.compute(scheduler=scheduler)
    # --- end of the recipe ---


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, project_root) -> Path:
    path = tmp_path_factory.mktemp("dask") / "corpus.jsonl"
    seeds = sorted((project_root / "seeds").glob("*.txt"))
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": "2021-11-08"})
             for p in seeds] + [json.dumps({"id": "bad", "text": None})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_dask_bag_equals_kds_extract_jobs_1(corpus, project_root, scheduler):
    registry = project_root / "seeds" / "actors.yaml"
    kds = Path(sys.executable).with_name("kds")
    cli = subprocess.run([str(kds), "extract", "--jsonl", "--jobs", "1", "--quiet",
                          "--registry", str(registry), str(corpus)], capture_output=True, text=True, cwd=project_root)
    expected = [json.loads(line) for line in cli.stdout.splitlines()]
    assert len(expected) == 6 and expected[-1]["id"] == "bad"
    got = json.loads(json.dumps(dask_extract(corpus, registry, scheduler), ensure_ascii=False))
    assert got == expected
