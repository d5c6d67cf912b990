"""Throughput of kadhimi_ds.extract.extract on a synthetic news corpus.

The corpus is generated here from invented names, places and sentence templates (no text
is copied from the seeds): attributed quotations ("…,” X said), quotes running over two
paragraphs, numeric claims with hedges, dates, page furniture (captions, comments, captcha).

    .venv/bin/python benchmarks/extract_throughput.py [--articles 400] [--seconds 5] [--processes 1]

It prints articles per second and megabytes (UTF-8) per second per core, over the CPU time
of each worker (so other load on the machine does not count against it); with
``--processes N`` the corpus is split over N worker processes and the per-core figure is the
total divided by N. The target of the issue is at least 1 MB/s per core.
"""
from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import random
import time

SYLLABLES = "ka ri mo sa lu de na vi to ra me zo fa li qu an el ha bu ne".split()
ROLES = ["minister", "spokesman", "commander", "governor", "party leader", "analyst"]
ORG_HEADS = ["Ministry of Ports", "Harbour Police", "Coastal Guard", "Unity Party", "River Front", "Daily Courier"]
PLACES = ["the harbour", "the old market", "the northern bridge", "the airport road", "the river port"]
NOUNS = [("drones", "drones_launched"), ("people", "killed"), ("protesters", "injured"), ("seats", "seats_won"),
         ("explosions", "explosions"), ("supporters", "participants")]
HEDGES = ["", "at least ", "more than ", "about ", "around ", "nearly ", "up to "]
WORDS = ["two", "three", "four", "seven", "twelve", "a dozen", "hundreds of", "several hundred", "dozens of"]
VERBS = ["said", "told reporters", "added", "wrote on social media", "said in a statement", "tweeted"]
FILLER = ("The situation remained tense as officials met late into the night to discuss the next steps for "
          "the city and its people, while traders reopened their shops along the main road.")


def name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def registry(rng: random.Random, n: int = 40) -> tuple[list[dict], list[str]]:
    actors, people = [], []
    for i in range(n):
        full = name(rng)
        people.append(full)
        actors.append({"id": f"p{i}", "name": full, "kind": "person", "description": rng.choice(ROLES),
                       "aliases": [full, full.split()[-1]]})
    for i, org in enumerate(ORG_HEADS):
        actors.append({"id": f"o{i}", "name": org, "kind": "media" if "Courier" in org else "government", "aliases": [org]})
    return actors, people


def number_phrase(rng: random.Random) -> str:
    noun, _ = rng.choice(NOUNS)
    count = rng.choice([str(rng.randint(2, 400)), f"{rng.randint(1, 9)},{rng.randint(100, 999)}", rng.choice(WORDS)])
    return f"{rng.choice(HEDGES)}{count} {noun}"


def article(rng: random.Random, people: list[str]) -> str:
    a, b, c = rng.sample(people, 3)
    day = rng.choice(["Monday", "Tuesday", "Friday", "Sunday"])
    paras = [f"{a.split()[-1]} warns of ‘long days’ after attack near {rng.choice(PLACES)}", ""]
    for _ in range(rng.randint(14, 22)):
        kind = rng.random()
        speaker = rng.choice([a, b, c])
        if kind < 0.3:
            paras.append(f"“{FILLER.split(',')[0]}, and {number_phrase(rng)} were counted,” {speaker} {rng.choice(VERBS)}.")
        elif kind < 0.45:
            paras.append(f"{speaker}, the {rng.choice(ROLES)}, said on {day} that {number_phrase(rng)} were hit. "
                         f"“We will not stop,” she added.")
        elif kind < 0.55:
            paras.append(f"“{FILLER}")
            paras.append(f"“But the port will open again by {rng.choice(['May 3', 'June 14', 'next week'])},” {speaker} said.")
        elif kind < 0.7:
            paras.append(f"According to {rng.choice(['two officials', 'security sources', speaker])}, {number_phrase(rng)} "
                         f"were reported on {rng.randint(1, 28)} March {rng.randint(2015, 2024)}. {FILLER}")
        elif kind < 0.8:
            paras.append(f"A boat moored at {rng.choice(PLACES)}, {day} [Photo: {name(rng)}/Courier]")
        else:
            paras.append(f"{FILLER} The {rng.choice(ORG_HEADS)} called it “a serious breach” on {day}.")
        paras.append("")
    paras += ["Leave a Reply", "Please enter your comment!", f"{rng.randint(1, 9)} + {rng.randint(1, 9)} =",
              f"Updated at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm"]
    return "\n".join(paras)


def corpus(n: int, seed: int = 7) -> tuple[list[str], list[dict]]:
    rng = random.Random(seed)
    actors, people = registry(rng)
    return [article(rng, people) for _ in range(n)], actors


def _run(args: tuple[list[str], list[dict], float]) -> tuple[int, int, float]:
    from kadhimi_ds.extract import extract

    texts, actors, seconds = args
    published = dt.date(2024, 3, 5)
    extract(texts[0], published, actors)  # warm the gazetteer and regex caches
    done = size = 0
    start = time.perf_counter()
    cpu = time.process_time()
    while time.perf_counter() - start < seconds:
        for text in texts:
            extract(text, published, actors)
            done += 1
            size += len(text.encode("utf-8"))
    return done, size, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--processes", type=int, default=1)
    ns = parser.parse_args()
    texts, actors = corpus(ns.articles)
    mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
    chunks = [texts[i::ns.processes] for i in range(ns.processes)]
    if ns.processes == 1:
        results = [_run((texts, actors, ns.seconds))]
    else:
        with mp.get_context("spawn").Pool(ns.processes) as pool:
            results = pool.map(_run, [(c, actors, ns.seconds) for c in chunks])
    articles = sum(r[0] for r in results)
    mb = sum(r[1] for r in results) / 1e6
    elapsed = max(r[2] for r in results)
    print(f"corpus: {len(texts)} synthetic articles, {mean_kb:.1f} kB each on average")
    print(f"processes: {ns.processes}")
    print(f"articles/s per core: {articles / elapsed / ns.processes:.1f}")
    print(f"MB/s per core: {mb / elapsed / ns.processes:.2f}")


if __name__ == "__main__":
    main()
