"""Golden output of the extractor: run it over every article at hand and save what it says,
so that a change meant only to make it faster can be checked to change no output byte.

    .venv/bin/python benchmarks/extract_golden.py write /tmp/golden-before.jsonl
    ... optimise ...
    .venv/bin/python benchmarks/extract_golden.py write /tmp/golden-after.jsonl
    .venv/bin/python benchmarks/extract_golden.py compare /tmp/golden-before.jsonl /tmp/golden-after.jsonl

``write`` extracts, in a fixed order and in one process (as ``kds extract`` does):

- ``seeds/*.txt`` with ``seeds/actors.yaml`` and each article's ``published`` from
  ``seeds/sources.yaml``, then again with no registry and no date;
- ``tests/heldout/dev/seeds/*.txt`` likewise, with that set's own registry and dates
  (the test set is never read);
- the first ``--synthetic`` (300) articles of the corpus ``benchmarks/run.py`` times
  (``synthetic.make_corpus(..., 500, seed=0)``, from ``benchmarks/.cache/``, made there
  if absent), with ``seeds/actors.yaml`` and no date, as the CLI runs them;
- the ``--throughput`` (400) articles of ``benchmarks/extract_throughput.py`` with its own
  registry and date.

Each line is one article: its set and id, the JSON Lines record ``kds extract --format jsonl``
prints (``draft_dict``, ``ensure_ascii=False``) and the YAML draft (``draft_yaml``).
``compare`` prints the ids whose lines differ and exits 1 if any does.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def _seed_set(root: Path) -> tuple[list[tuple[str, str, dt.date | None]], list[dict]]:
    from kadhimi_ds.build.seeds import load_yaml

    dates = {s["path"]: s.get("published") for s in load_yaml(root / "sources.yaml")}
    articles = [(p.name, p.read_text(encoding="utf-8"), dates.get(p.name)) for p in sorted(root.glob("*.txt"))]
    return articles, load_yaml(root / "actors.yaml")


def _synthetic(n: int) -> list[tuple[str, str, None]]:
    import synthetic

    from run import generator_key

    cached = HERE / ".cache" / f"corpus-500-s0-{generator_key()}"
    if not cached.is_dir():  # made as benchmarks/run.py makes it, and kept for it
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="tmp-corpus-", dir=cached.parent))
        synthetic.make_corpus(tmp / "c", 500, seed=0)
        (tmp / "c").rename(cached)
        tmp.rmdir()
    return [(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(cached.glob("*.txt"))[:n]]


def sets(n_synthetic: int, n_throughput: int):
    """(set name, [(id, text, published)], registry) in a fixed order."""
    import extract_throughput

    seeds, seed_actors = _seed_set(ROOT / "seeds")
    yield "seeds", seeds, seed_actors
    yield "seeds-bare", [(i, t, None) for i, t, _ in seeds], []
    dev, dev_actors = _seed_set(ROOT / "tests" / "heldout" / "dev" / "seeds")
    yield "dev", dev, dev_actors
    yield "dev-bare", [(i, t, None) for i, t, _ in dev], []
    yield "synthetic", _synthetic(n_synthetic), seed_actors
    texts, actors = extract_throughput.corpus(n_throughput)
    yield "throughput", [(f"t{k:04d}", t, dt.date(2024, 3, 5)) for k, t in enumerate(texts)], actors


def write(out: Path, n_synthetic: int, n_throughput: int) -> None:
    from kadhimi_ds.commands.corpus import draft_dict
    from kadhimi_ds.extract import draft_yaml, extract

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for name, articles, actors in sets(n_synthetic, n_throughput):
            for aid, text, published in articles:
                draft = extract(text, published, actors)
                record = json.dumps({"id": aid, "draft": draft_dict(draft)}, ensure_ascii=False)
                f.write(json.dumps({"set": name, "id": aid, "jsonl": record, "yaml": draft_yaml(draft, aid)},
                                   ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} articles written to {out}")


def compare(a: Path, b: Path) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    if len(left) != len(right):
        print(f"article counts differ: {len(left)} and {len(right)}")
        return 1
    differ = [json.loads(x)["set"] + "/" + json.loads(x)["id"] for x, y in zip(left, right) if x != y]
    for d in differ:
        print("differs:", d)
    print(f"{len(left)} articles compared, {len(differ)} differences")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--synthetic", type=int, default=300)
    w.add_argument("--throughput", type=int, default=400)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    ns = parser.parse_args()
    if ns.cmd == "write":
        write(ns.out, ns.synthetic, ns.throughput)
    else:
        sys.exit(compare(ns.a, ns.b))


if __name__ == "__main__":
    main()
