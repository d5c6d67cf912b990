"""Benchmark kds against frictionless and a bare polars read, on synthetic packages.

    .venv/bin/python benchmarks/run.py                       # sizes 1e3,1e4,1e5,1e6
    .venv/bin/python benchmarks/run.py --sizes 1e5,1e6,1e7 --skip-frictionless-above 1e5 --out results.md

For each size (claim rows) it generates a valid package with benchmarks/synthetic.py
(cached under benchmarks/.cache/, keyed by size, seed and generator source), then times,
each as a subprocess measured wall to wall with its peak resident memory (wait4 rusage):

- ``kds validate PKG`` (must exit 0),
- ``frictionless validate PKG/datapackage.json`` (the stock conformance check), skipped
  above ``--skip-frictionless-above`` or, by default, when its estimated time exceeds
  ``--frictionless-budget`` seconds; skipped sizes get a linear extrapolation (marked ≈)
  from the largest size measured,
- a bare ``polars.read_csv`` of the same CSVs (every cell a string, as kds reads them):
  the floor (always the median of at least 3 runs: it is cheap and noisy).

It also times ``kds --help``, ``kds validate`` on the shipped package, ``kds build`` on
a copy of the project, and ``kds extract`` on a synthetic corpus when that command
exists; then prints a markdown table of figures, ratios, cost per row and the targets
of the performance issue with pass/fail. Targets are reported, not asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

POLARS_READ = """\
import sys, pathlib
import polars as pl
rows = 0
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.csv")):
    rows += pl.read_csv(p, infer_schema=False).height
print(rows)
"""

FRICTIONLESS_DEFAULT_RATE = 50_000.0
"""Rows per second assumed for frictionless before anything was measured (DESIGN.md §8)."""

TARGETS = {
    "fr_ratio": 30.0,       # kds validate at 1e6 at least 30x faster than frictionless
    "polars_ratio": 3.0,    # ... and within 3x of polars reading the same files
    "flat": 1.5,            # cost per row within 1.5x from 1e5 to 1e7
    "shipped": 0.6,         # kds validate of the shipped package, seconds
    "help": 0.1,            # kds --help, seconds
    "extract": 1.0,         # kds extract, MB of text per second per core
    "memory": 4096.0,       # peak MB at 1e7
}


# --- running and measuring subprocesses ----------------------------------------------------


@dataclass
class Run:
    cmd: list[str]
    wall: float
    cpu: float
    peak_mb: float
    rc: int
    stdout: str
    stderr: str
    timed_out: bool = False


def run(cmd: list[str], *, cwd: Path | None = None, timeout: float | None = None, env: dict | None = None) -> Run:
    """Run ``cmd``; wall time, CPU time (user + sys) and peak RSS of the child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], stdout=out, stderr=err, cwd=cwd,
                                env=None if env is None else {**os.environ, **env})
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer:
                timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run([str(c) for c in cmd], wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                   proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   killed.is_set())


def repeated(cmd: list[str], times: int, **kw) -> Run:
    """Run ``times`` times; the run with the median wall time (peak memory: the maximum)."""
    runs = [run(cmd, **kw) for _ in range(max(1, times))]
    runs.sort(key=lambda r: r.wall)
    mid = runs[(len(runs) - 1) // 2]
    mid.peak_mb = max(r.peak_mb for r in runs)
    return mid


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- tools ----------------------------------------------------------------------------------


def tool(name: str) -> str:
    """The project's venv executable ``name``, else the one beside this Python, else PATH."""
    for cand in (ROOT / ".venv" / "bin" / name, Path(sys.executable).parent / name):
        if cand.is_file():
            return str(cand)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name}: not found; install the project first (see README)")
    return found


def python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.is_file() else sys.executable


# --- packages ---------------------------------------------------------------------------------


def generator_key() -> str:
    import synthetic

    digest = hashlib.sha256((HERE / "synthetic.py").read_bytes()).hexdigest()[:10]
    return f"g{synthetic.GENERATOR_VERSION}-{digest}"


def package(cache: Path, n: int, seed: int) -> tuple[Path, dict]:
    """A synthetic package of ``n`` claims: from the cache, else generated (and timed)."""
    key = generator_key()
    final = cache / f"pkg-{n}-s{seed}-{key}"
    marker = final.with_suffix(".json")
    if final.is_dir() and marker.is_file():
        info = json.loads(marker.read_text())
        info["cached"] = True
        return final, info
    cache.mkdir(parents=True, exist_ok=True)
    for stale in cache.glob(f"pkg-{n}-s{seed}-*"):  # other generator versions of this size
        shutil.rmtree(stale, ignore_errors=True) if stale.is_dir() else stale.unlink()
    tmp = Path(tempfile.mkdtemp(prefix=f"tmp-{n}-", dir=cache))
    log(f"  generating {n:,} claims into {tmp.name} ...")
    r = run([python(), HERE / "synthetic.py", tmp / "pkg", str(n), "--seed", str(seed)])
    if r.rc != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        sys.exit(f"generator failed (exit {r.rc}):\n{r.stderr[-3000:]}")
    info = json.loads(r.stdout.strip().splitlines()[-1])
    info.update(gen_wall=r.wall, gen_peak_mb=r.peak_mb)
    data = tmp / "pkg" / "data"
    info["csv_bytes"] = sum(p.stat().st_size for p in data.glob("*.csv"))
    info["seed_bytes"] = sum(p.stat().st_size for p in (tmp / "pkg" / "seeds").glob("*.txt"))
    os.rename(tmp / "pkg", final)
    shutil.rmtree(tmp, ignore_errors=True)
    marker.write_text(json.dumps(info))
    info["cached"] = False
    return final, info


# --- the benchmark -----------------------------------------------------------------------------


@dataclass
class SizeResult:
    n: int
    rows: int
    info: dict
    kds: Run
    polars: Run
    frictionless: Run | None = None
    fr_estimate: float | None = None  # extrapolated seconds when frictionless was skipped
    notes: list[str] = field(default_factory=list)


def bench_size(n: int, args, fr_rate: tuple[float, int] | None) -> SizeResult:
    pkg, info = package(args.cache_dir, n, args.seed)
    rows = sum(info["counts"].values())
    times = args.repeat or (3 if rows < 100_000 else 1)
    log(f"  {n:,} claims, {rows:,} rows, {info['csv_bytes'] / 1e6:,.1f} MB CSV"
        + (" (cached)" if info.get("cached") else f" (generated in {info['gen_wall']:.1f} s)"))
    kds = repeated([tool("kds"), "validate", pkg, "--tables-only"], times, timeout=args.timeout,
                   env={"KDS_TIMINGS": "1"})
    log(f"  kds validate        {kds.wall:8.2f} s  {kds.peak_mb:8.0f} MB  exit {kds.rc}")
    floor = repeated([python(), "-c", POLARS_READ, pkg / "data"], max(times, 3), timeout=args.timeout)
    result = SizeResult(n, rows, info, kds, polars=floor)
    log(f"  polars read_csv     {result.polars.wall:8.2f} s  {result.polars.peak_mb:8.0f} MB")
    if kds.rc != 0:
        lines = (kds.stdout or kds.stderr).strip().splitlines()
        result.notes.append(f"kds validate exit {kds.rc} at {n:,}: " + " / ".join(lines[-3:]))
        log("  kds validate did not pass:\n    " + "\n    ".join(lines[:20]))
    rate, _ = fr_rate or (FRICTIONLESS_DEFAULT_RATE, 0)
    estimate = rows / rate
    if args.skip_frictionless_above is not None:
        run_fr = n <= args.skip_frictionless_above
    else:
        run_fr = estimate <= args.frictionless_budget
    if run_fr:
        result.frictionless = repeated([tool("frictionless"), "validate", pkg / "datapackage.json"], times,
                                       timeout=args.timeout)
        fr = result.frictionless
        log(f"  frictionless        {fr.wall:8.2f} s  {fr.peak_mb:8.0f} MB  exit {fr.rc}"
            + (" (timed out)" if fr.timed_out else ""))
        if fr.rc != 0:
            result.notes.append(f"frictionless validate exit {fr.rc} at {n:,}"
                                + (" (timed out)" if fr.timed_out else ""))
    else:
        result.fr_estimate = estimate
        log(f"  frictionless        skipped; estimated {estimate:,.0f} s at {rate:,.0f} rows/s")
    return result


def bench_extras(args) -> dict:
    """kds --help, kds validate of the shipped package, kds build, kds extract."""
    kds = tool("kds")
    extras: dict = {}
    extras["help"] = repeated([kds, "--help"], 7)
    log(f"  kds --help          {extras['help'].wall:8.3f} s")
    extras["shipped"] = repeated([kds, "validate", ROOT], 5)
    log(f"  kds validate (ship) {extras['shipped'].wall:8.3f} s  exit {extras['shipped'].rc}")
    with tempfile.TemporaryDirectory(prefix="kds-build-") as tmp:
        copy = Path(tmp) / "project"
        copy.mkdir()
        shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
        for sub in ("seeds", "schemas"):
            shutil.copytree(ROOT / sub, copy / sub)
        for p in copy.rglob("*"):
            p.chmod(p.stat().st_mode | 0o200)
        extras["build"] = run([kds, "build", "--root", copy])
        log(f"  kds build (fresh)   {extras['build'].wall:8.3f} s  exit {extras['build'].rc}")
        extras["build_check"] = repeated([kds, "build", "--check", "--root", copy], 3)
        log(f"  kds build --check   {extras['build_check'].wall:8.3f} s  exit {extras['build_check'].rc}")
    probe = run([kds, "extract", "--help"])
    if probe.rc != 0:
        extras["extract"] = None
        log("  kds extract         not available")
        return extras
    import synthetic

    corpus = args.cache_dir / f"corpus-{args.extract_articles}-s{args.seed}-{generator_key()}"
    if not corpus.is_dir():
        tmp = Path(tempfile.mkdtemp(prefix="tmp-corpus-", dir=args.cache_dir))
        synthetic.make_corpus(tmp / "c", args.extract_articles, seed=args.seed)
        os.rename(tmp / "c", corpus)
        shutil.rmtree(tmp, ignore_errors=True)
    files = sorted(corpus.glob("*.txt"))
    n_bytes = sum(p.stat().st_size for p in files)
    with tempfile.TemporaryDirectory(prefix="kds-extract-") as out:
        if args.extract_cmd:
            template = args.extract_cmd
        else:
            template = "{kds} extract --format jsonl {files}"
        cmd = []
        for part in template.split():
            if part == "{files}":
                cmd += [str(f) for f in files]
            else:
                cmd.append(part.format(kds=kds, corpus=corpus, out=out))
        r = run(cmd, timeout=args.timeout)
    extras["extract"] = {"run": r, "articles": len(files), "mb": n_bytes / 1e6, "cmd": template}
    log(f"  kds extract         {r.wall:8.2f} s  exit {r.rc}  ({len(files)} articles, {n_bytes / 1e6:.1f} MB)")
    return extras


# --- report ------------------------------------------------------------------------------------


def human(n: float) -> str:
    for div, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= div:
            return f"{n / div:.3g}{suffix}"
    return f"{n:.3g}"


def size_label(n: int) -> str:
    exp = len(str(n)) - 1
    return f"1e{exp}" if n == 10 ** exp else f"{n:,}"


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for pkg in ("kadhimi-ds", "polars", "pandera", "frictionless"):
        try:
            versions.append(f"{pkg} {metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{pkg} ?")
    return {"cpu": cpu, "cores": str(cores), "memory": mem, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", "versions": ", ".join(versions)}


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def report(results: list[SizeResult], extras: dict, fr_rate: tuple[float, int] | None, elapsed: float,
           args) -> str:
    m = machine()
    lines = ["# kds benchmark", "",
             f"{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, "
             f"{m['system']}, Python {m['python']}; {m['versions']}. Run took {elapsed / 60:.1f} min.", "",
             "Times are wall clock of a subprocess, start to exit (interpreter start and imports included); "
             "peak is its maximum resident memory. Rows count every table of the package; "
             "µs/row = kds seconds / rows. ≈ marks a linear extrapolation.", "",
             "## validate", "",
             "| claims | rows | CSV MB | kds s | kds rows/s | kds µs/row | × prev | kds peak MB "
             "| frictionless s | fr peak MB | polars s | polars peak MB | frictionless/kds | kds/polars |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    prev = None
    for r in results:
        per_row = r.kds.wall / r.rows * 1e6
        change = "" if prev is None else f"{per_row / prev:.2f}"
        prev = per_row
        if r.frictionless is not None:
            fr_s, fr_mb = f"{r.frictionless.wall:.2f}", f"{r.frictionless.peak_mb:.0f}"
            fr_ratio = f"{r.frictionless.wall / r.kds.wall:.1f}"
        else:
            fr_s, fr_mb = f"≈{r.fr_estimate:,.0f}", "—"
            fr_ratio = f"≈{r.fr_estimate / r.kds.wall:.1f}"
        valid = "" if r.kds.rc == 0 else f" (exit {r.kds.rc})"
        lines.append(f"| {size_label(r.n)} | {r.rows:,} | {r.info['csv_bytes'] / 1e6:,.1f} | {r.kds.wall:.2f}{valid} "
                     f"| {human(r.rows / r.kds.wall)} | {per_row:.2f} | {change} | {r.kds.peak_mb:.0f} "
                     f"| {fr_s} | {fr_mb} | {r.polars.wall:.2f} | {r.polars.peak_mb:.0f} "
                     f"| {fr_ratio} | {r.kds.wall / r.polars.wall:.1f} |")
    lines += ["", "Where `kds validate` spends its time (`KDS_TIMINGS=1`, seconds per stage; tables run in two "
              "threads, so stages are thread-seconds and may add up to more than the wall time; start-up = "
              "wall time before validation begins, imports included):", ""]
    for r in results:
        split = stage_split(r.kds)
        if split:
            lines.append(f"- {size_label(r.n)}: " + ", ".join(f"{k} {v:.2f}" for k, v in split.items()))
    lines.append("")
    if fr_rate:
        lines.append(f"frictionless measured at {fr_rate[0]:,.0f} rows/s (at {size_label(fr_rate[1])} claims); "
                     "skipped sizes are extrapolated linearly from that rate.")
    gen = [r for r in results if not r.info.get("cached")]
    if gen:
        lines.append("Generation (benchmarks/synthetic.py): " + ", ".join(
            f"{size_label(r.n)} in {r.info['gen_wall']:.1f} s ({r.info['gen_peak_mb']:.0f} MB peak)" for r in gen) + ".")
    for r in results:
        lines.extend(r.notes)
    lines += ["", "## other commands", "", "| command | s | peak MB | exit | note |", "|---|---:|---:|---:|---|"]
    e = extras
    if e:
        lines.append(f"| `kds --help` | {e['help'].wall:.3f} | {e['help'].peak_mb:.0f} | {e['help'].rc} | median of 7 |")
        lines.append(f"| `kds validate` (shipped package) | {e['shipped'].wall:.3f} | {e['shipped'].peak_mb:.0f} "
                     f"| {e['shipped'].rc} | median of 5, includes the up-to-date rebuild |")
        lines.append(f"| `kds build` (fresh copy of the project) | {e['build'].wall:.3f} | {e['build'].peak_mb:.0f} "
                     f"| {e['build'].rc} | end to end: seeds to data/ + datapackage.json |")
        lines.append(f"| `kds build --check` | {e['build_check'].wall:.3f} | {e['build_check'].peak_mb:.0f} "
                     f"| {e['build_check'].rc} | median of 3 |")
        x = e.get("extract")
        if x is None:
            lines.append("| `kds extract` | — | — | — | not available (`kds extract --help` fails) |")
        else:
            r = x["run"]
            cores_used = r.cpu / r.wall if r.wall else 0
            lines.append(f"| `kds extract` ({x['articles']} articles, {x['mb']:.1f} MB) | {r.wall:.2f} | {r.peak_mb:.0f} "
                         f"| {r.rc} | {x['articles'] / r.wall:,.0f} articles/s, {x['mb'] / r.wall:.2f} MB/s, "
                         f"{x['mb'] / r.cpu if r.cpu else 0:.2f} MB per CPU-second ({cores_used:.2f} cores busy); "
                         f"`{x['cmd']}` |")
    lines += ["", "## targets (reported, not asserted)", "", "| target | measured | verdict |", "|---|---|---|"]
    by_n = {r.n: r for r in results}
    r6 = by_n.get(10 ** 6)
    if r6:
        if r6.frictionless is not None:
            ratio, how = r6.frictionless.wall / r6.kds.wall, "measured"
        else:
            ratio, how = r6.fr_estimate / r6.kds.wall, "frictionless extrapolated"
        lines.append(f"| kds validate 1e6 ≥ {TARGETS['fr_ratio']:.0f}× faster than frictionless | {ratio:.1f}× ({how}) "
                     f"| {verdict(ratio >= TARGETS['fr_ratio'])} |")
        ratio = r6.kds.wall / r6.polars.wall
        lines.append(f"| kds validate 1e6 within {TARGETS['polars_ratio']:.0f}× of polars reading the files | "
                     f"{ratio:.1f}× ({r6.kds.wall:.2f} s vs {r6.polars.wall:.2f} s) | {verdict(ratio <= TARGETS['polars_ratio'])} |")
    else:
        lines.append("| kds validate 1e6 vs frictionless and polars | 1e6 not in --sizes | n/a |")
    big = [r for r in results if r.n >= 10 ** 5]
    if len(big) >= 2:
        costs = [r.kds.wall / r.rows for r in big]
        spread = max(costs) / min(costs)
        span = f"{size_label(big[0].n)}–{size_label(big[-1].n)}"
        partial = "" if any(r.n >= 10 ** 7 for r in big) else " (1e7 not run)"
        measured = f"{spread:.2f}× over {span}{partial}, start-up included"
        base = results[0] if results[0].n < 10 ** 5 else None
        if base is not None:  # the smallest run is nearly all start-up: take it off to see the cost that grows
            marginal = [(r.kds.wall - base.kds.wall) / (r.rows - base.rows) for r in big]
            spread = max(marginal) / min(marginal)
            measured = (f"{spread:.2f}× once the {size_label(base.n)} run's {base.kds.wall:.2f} s of start-up is taken off "
                        f"({', '.join(f'{c * 1e6:.2f}' for c in marginal)} µs/row); {measured}")
        lines.append(f"| cost per row flat (within {TARGETS['flat']}×) from 1e5 to 1e7 | {measured} "
                     f"| {verdict(spread <= TARGETS['flat'])}{'' if not partial else ' so far'} |")
    else:
        lines.append("| cost per row flat from 1e5 to 1e7 | needs two sizes ≥ 1e5 | n/a |")
    if e:
        lines.append(f"| kds validate of the shipped package < {TARGETS['shipped']} s | {e['shipped'].wall:.3f} s "
                     f"| {verdict(e['shipped'].wall < TARGETS['shipped'] and e['shipped'].rc == 0)} |")
        lines.append(f"| kds --help < {TARGETS['help']} s | {e['help'].wall:.3f} s | {verdict(e['help'].wall < TARGETS['help'])} |")
        x = e.get("extract")
        if x is None:
            lines.append(f"| kds extract ≥ {TARGETS['extract']:.0f} MB/s per core | not available | n/a |")
        else:
            r = x["run"]
            per_core = x["mb"] / r.cpu if r.cpu else 0.0
            lines.append(f"| kds extract ≥ {TARGETS['extract']:.0f} MB/s per core | {per_core:.2f} MB per CPU-second "
                         f"(exit {r.rc}) | {verdict(r.rc == 0 and per_core >= TARGETS['extract'])} |")
    r7 = by_n.get(10 ** 7)
    if r7:
        lines.append(f"| peak memory of kds validate at 1e7 < {TARGETS['memory'] / 1024:.0f} GB | {r7.kds.peak_mb:,.0f} MB "
                     f"| {verdict(r7.kds.peak_mb < TARGETS['memory'])} |")
    elif big:
        last = big[-1]
        est = last.kds.peak_mb * 10 ** 7 / last.n
        lines.append(f"| peak memory of kds validate at 1e7 < {TARGETS['memory'] / 1024:.0f} GB | not run; "
                     f"{last.kds.peak_mb:,.0f} MB at {size_label(last.n)}, ≈{est / 1024:.1f} GB if linear | n/a |")
    else:
        lines.append(f"| peak memory at 1e7 < {TARGETS['memory'] / 1024:.0f} GB | not run | n/a |")
    return "\n".join(lines) + "\n"


def stage_split(r: Run) -> dict[str, float]:
    """The per-stage seconds kds printed (KDS_TIMINGS), largest first, with start-up."""
    for line in r.stderr.splitlines():
        if line.startswith("KDS_TIMINGS "):
            t = json.loads(line.split(" ", 1)[1])
            inner = t.get("package", 0) + t.pop("tables", 0) + t.pop("waiting for file hashes", 0)
            t.pop("process", None)
            out = {"start-up and output": max(0.0, r.wall - inner)}
            out.update(sorted(t.items(), key=lambda kv: -kv[1]))
            return out
    return {}


def parse_sizes(text: str) -> list[int]:
    return sorted({int(float(s)) for s in text.split(",") if s.strip()})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--sizes", type=parse_sizes, default=parse_sizes("1e3,1e4,1e5,1e6"),
                        help="claim rows per package, comma-separated (default 1e3,1e4,1e5,1e6; add 1e7 for the largest)")
    parser.add_argument("--skip-frictionless-above", type=lambda s: int(float(s)), default=None, metavar="N",
                        help="run frictionless only up to N claims and extrapolate above "
                             "(default: run it where the estimated time is within --frictionless-budget)")
    parser.add_argument("--frictionless-budget", type=float, default=180.0, metavar="SECONDS",
                        help="largest estimated frictionless run to attempt when --skip-frictionless-above is not given")
    parser.add_argument("--out", type=Path, help="also write the markdown report to this file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=0,
                        help="runs per measurement, median reported (default 3 below 100k rows, else 1)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds before a command is killed")
    parser.add_argument("--cache-dir", type=Path, default=HERE / ".cache")
    parser.add_argument("--no-extras", action="store_true", help="only the validate table")
    parser.add_argument("--extract-articles", type=int, default=500, help="articles in the extract corpus")
    parser.add_argument("--extract-cmd", default=None,
                        help="how to call the extractor, with {kds}, {corpus}, {out} and {files} placeholders "
                             "(default: '{kds} extract --format jsonl {files}')")
    args = parser.parse_args(argv)
    args.cache_dir = args.cache_dir.resolve()
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    log(f"kds benchmark: sizes {', '.join(size_label(n) for n in args.sizes)}; cache {args.cache_dir}")
    results = []
    fr_rate: tuple[float, int] | None = None
    for n in args.sizes:
        log(f"[{size_label(n)}]")
        r = bench_size(n, args, fr_rate)
        if r.frictionless is not None and r.frictionless.rc == 0:
            fr_rate = (r.rows / r.frictionless.wall, n)
        results.append(r)
    for r in results:  # extrapolate every skipped size from the largest measured rate
        if r.frictionless is None and fr_rate:
            r.fr_estimate = r.rows / fr_rate[0]
    extras = {}
    if not args.no_extras:
        log("[other commands]")
        extras = bench_extras(args)
    text = report(results, extras, fr_rate, time.perf_counter() - started, args)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        log(f"written {args.out}")


if __name__ == "__main__":
    main()
