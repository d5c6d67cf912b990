"""The ``kds`` command line. Heavy libraries are imported inside the commands.

Size: about 430 lines, one short function per subcommand (thirteen of them) with its options
and help; the work itself lives in the stages and in ``commands/``.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

EXIT_INVALID = 1
EXIT_USAGE = 2


def reports_errors(command):
    """Turn library errors into one line on stderr and the exit code of the design; give
    the command the options every subcommand takes (--debug, --quiet)."""

    @functools.wraps(command)
    def wrapper(*args, debug: bool = False, quiet: bool = False, **kwargs):
        from .errors import KdsError, PackageError, SeedError

        context = click.get_current_context()
        debug = debug or context.find_root().params.get("debug", False)
        context.meta["kds.quiet"] = quiet
        try:
            return command(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException):
            raise
        except KdsError as exc:
            if debug:
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_INVALID if isinstance(exc, (SeedError, PackageError)) else EXIT_USAGE)
        except Exception as exc:  # a bug, not bad input: say so in one line
            if debug:
                raise
            click.echo(f"Error: internal error ({type(exc).__name__}: {exc}); rerun with --debug for the traceback", err=True)
            sys.exit(EXIT_USAGE)

    wrapper = click.option("--quiet", "-q", is_flag=True, help="Print only results and errors: no status lines or progress.")(wrapper)
    return click.option("--debug", is_flag=True, help="Show the traceback of an error.")(wrapper)


def say(message: str) -> None:
    """A status line on standard output, unless --quiet."""
    if not click.get_current_context().meta.get("kds.quiet"):
        click.echo(message)


def package_location(path: Path | None, root: Path | None) -> Path:
    """The package directory of a command that also takes it as its first argument:
    ``--root`` (the name every command uses) or PATH, not both; else the current directory."""
    if path is not None and root is not None and path != root:
        raise click.UsageError("give the package as PATH or as --root, not both")
    return root or path or Path(".")


def progress_wanted() -> bool:
    """Progress goes to standard error, only on a terminal and without --quiet."""
    return not click.get_current_context().meta.get("kds.quiet") and sys.stderr.isatty()


def code_version() -> str:
    """The version of the running code: a source checkout's pyproject.toml (an editable
    install's metadata keeps the version it was installed with, stale after `kds release`),
    else the installed distribution's."""
    from .contract import project_root

    root = project_root()
    if (root / "src" / "kadhimi_ds").is_dir() and (root / "pyproject.toml").is_file():
        import tomllib

        return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    from importlib.metadata import version

    return version("kadhimi-ds")


def show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"{ctx.find_root().info_name}, version {code_version()}")
        ctx.exit()


@click.group()
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=show_version,
              help="Show the version and exit.")
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
def cli(debug: bool) -> None:
    """kadhimi-ds: compile, check and load the Kadhimi drone attack dataset."""


@cli.command()
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Project directory holding seeds/ and pyproject.toml.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 naming the outputs that are stale.")
@reports_errors
def build(root: Path, check: bool) -> None:
    """Compile seeds/ into data/*.csv and datapackage.json.

    Example: kds build && kds build --check
    """
    from .commands.build import BuildRefused, build as run_build

    if not (root / "seeds").is_dir():
        raise click.UsageError(f"{root / 'seeds'}: not found; run from the project directory or pass --root")
    try:
        changed = run_build(root, check=check)
    except BuildRefused as exc:
        click.echo(exc.report.to_text())
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_INVALID)
    if check:
        if changed:
            click.echo("stale: " + ", ".join(changed) + " (run `kds build`)", err=True)
            sys.exit(EXIT_INVALID)
        say("up to date")
    else:
        say(f"built: {len(changed)} files changed" + (": " + ", ".join(changed) if changed else ""))


@cli.command()
@click.argument("path", type=click.Path(path_type=Path), default=None, required=False)
@click.option("--root", type=click.Path(path_type=Path), default=None,
              help="The package directory, as for every other command (the same as PATH).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github", "junit"]), default="text",
              show_default=True, help="Readable text, JSON for machines, GitHub Actions annotations or JUnit XML.")
@click.option("--tables-only", is_flag=True,
              help="Check the published tables alone, without the curated seeds (the up-to-date and coverage "
                   "layers are then not run, and the summary says so). Without it, missing seeds fail validation.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="When PATH is a folder of packages: how many to validate at once [default: the CPU count].")
@reports_errors
def validate(path: Path | None, root: Path | None, fmt: str, tables_only: bool, jobs: int | None) -> None:
    """Check a package: schema, relations, provenance, meaning, package, up-to-date and coverage.

    PATH is the package directory (or its datapackage.json). Exit 0 when valid, 1 when
    invalid, 2 on usage errors or an unreadable package; --format json prints a JSON
    document in every case.
    With --tables-only the published tables are checked alone: the up-to-date and coverage
    layers are not run, and the summary says so; without it, missing seeds fail validation.
    A folder of packages (subfolders holding a datapackage.json) is validated package by
    package in parallel processes, and the reports are merged into one.

    Example: kds validate . --format github
    """
    import os

    from .commands.check import validate_package as run_validate
    from .errors import KdsError
    from .validate.render import error_json, github_line, render

    path = package_location(path, root)
    if path.is_dir() and not (path / "datapackage.json").exists():
        from .commands.check_many import package_dirs

        if folders := package_dirs(path):
            validate_folders(folders, fmt, tables_only, jobs)

    try:
        if not path.exists():
            raise KdsError(f"{path}: no such file or directory")
        if path.is_file() and path.name != "datapackage.json":
            raise KdsError(f"{path}: is a file; pass the package directory (the one holding datapackage.json)")
        root = path.parent if path.is_file() else path
        with status(f"validating {root}", large_package(root)):
            report = run_validate(path, tables_only=tables_only)
    except KdsError as exc:
        if fmt == "json":
            click.echo(error_json(str(exc)))
        elif fmt == "github":
            click.echo(github_line(None, None, "kds validate", str(exc)))
        raise
    if fmt != "text" or not (report.valid and click.get_current_context().meta.get("kds.quiet")):
        click.echo(render(report, root, fmt, color=fmt == "text"), color=False if os.environ.get("NO_COLOR") else None)
    from .validate.timing import ENABLED, TIMINGS

    if ENABLED:  # KDS_TIMINGS=1: seconds per stage, for benchmarks/run.py
        import json
        import time

        click.echo("KDS_TIMINGS " + json.dumps({**{k: round(v, 3) for k, v in TIMINGS.items()},
                                                 "process": round(time.process_time(), 3)}), err=True)
    sys.exit(0 if report.valid else EXIT_INVALID)


def validate_folders(folders: list[Path], fmt: str, tables_only: bool, jobs: int | None) -> None:
    """Validate each package of a folder of packages, print the merged report and exit."""
    import os

    from .commands.check_many import check_many, exit_code, merge

    with status(f"validating {len(folders)} packages"):
        outcomes = check_many(folders, fmt, tables_only, jobs or os.cpu_count() or 1)
    click.echo(merge(outcomes, fmt), color=False if os.environ.get("NO_COLOR") else None)
    sys.exit(exit_code(outcomes))


LARGE_PACKAGE_BYTES = 64 * 2**20
"""Above this much CSV, validation takes seconds: show a spinner (on a terminal, without --quiet)."""


def large_package(root: Path) -> bool:
    """Whether validating the package at ``root`` takes long enough to show a spinner."""
    try:
        return sum(p.lstat().st_size for p in (root / "data").glob("*.csv")) > LARGE_PACKAGE_BYTES
    except OSError:  # the validator reports unreadable tables
        return False


def status(message: str, wanted: bool = True):
    """A spinner on standard error while slow work runs (on a terminal, without --quiet)."""
    import contextlib

    if not (wanted and progress_wanted()):
        return contextlib.nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(message)


@cli.command()
@click.argument("version")
@click.argument("archive", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Project directory (a git checkout).")
@click.option("--no-packages", is_flag=True, help="Skip the wheel and sdist; build only the zip archive.")
@click.option("--verify", is_flag=True,
              help="Cut nothing: rebuild recorded VERSION from its commit and compare it with its "
                   "record and ARCHIVE. Exit 1 naming the files that differ.")
@reports_errors
def release(version: str, archive: Path | None, root: Path, no_packages: bool, verify: bool) -> None:
    """Cut release VERSION: check, bump the version everywhere, rebuild, archive, commit,
    record in releases/VERSION.json, tag.

    Refuses a dirty tree, an invalid package, or a version that does not fit the change
    since the last release (major: contract broken; minor: rows or columns added; patch:
    corrections). A release that fails at any step leaves the checkout as it was.

    Example: kds release 0.2.0 && kds release --verify 0.2.0 dist/kadhimi-ds-0.2.0.zip
    """
    from .commands.release import release as cut, verify as check
    from .files import project_lock

    if not verify:
        if archive is not None:
            raise click.UsageError("ARCHIVE is only compared with --verify")
        with project_lock(root, exclusive=True), status(f"releasing {version}: checking, building, archiving"):
            path = cut(root, version, packages=not no_packages)
        say(f"released {version}: {path}" + ("" if no_packages else " (and the wheel and sdist in dist/)"))
        return
    problems = check(root, version, archive)
    for line in problems:
        click.echo(line)
    if problems:
        sys.exit(EXIT_INVALID)
    click.echo(f"{version}: the archive rebuilt from its commit matches the record byte for byte"
               + (f", and so does {archive}" if archive else ""))


@cli.command()
@click.argument("old")
@click.argument("new", default=".")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def diff(old: str, new: str, fmt: str) -> None:
    """List rows added, removed and changed between two packages, by stable id.

    OLD and NEW are package directories, release archives (.zip), recorded versions
    (0.1.0 or v0.1.0, found in releases/) or git refs. Exit 0 when equal, 1 when different.

    Example: kds diff v0.1.0 .
    """
    from .commands.diff import diff_packages, open_package, render_json, render_text

    diffs = diff_packages(open_package(old), open_package(new))
    click.echo(render_json(diffs) if fmt == "json" else render_text(diffs))
    sys.exit(0 if all(d.equal for d in diffs.values()) else EXIT_INVALID)


@cli.command()
@click.argument("path", type=click.Path(file_okay=False, path_type=Path), default=None, required=False)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The package directory, as for every other command (the same as PATH).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("report"),
              show_default=True, help="Directory to write index.html and one page per article into.")
@reports_errors
def report(path: Path | None, root: Path | None, out_dir: Path) -> None:
    """Write a static site that shows the evidence: every row marked over its article's
    text, the sources' disagreements, the event timeline and the actors. Opens offline.

    Example: kds report . --out report && xdg-open report/index.html
    """
    from .commands.report import write_report

    path = package_location(path, root)
    if not (path / "datapackage.json").is_file():
        raise click.BadParameter(f"{path}: no datapackage.json; pass the package directory", param_hint="PATH")
    written = write_report(path, out_dir)
    click.echo(f"wrote {len(written)} pages: {out_dir / 'index.html'}")


def registry(path: Path | None, name: str = "actors.yaml", option: str = "--registry") -> list[dict]:
    """A registry (``name``: actors.yaml or events.yaml): the given file, ./seeds/NAME, or the shipped one."""
    from .load import default_package
    from .build.seeds import load_yaml

    for candidate in ([path] if path else [Path("seeds") / name, default_package() / "seeds" / name]):
        if candidate.is_file():
            return load_yaml(candidate) or []
    if path:
        raise click.BadParameter(f"{path}: not found", param_hint=option)
    return []


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["yaml", "json", "jsonl"]), default=None,
              help="yaml: a draft annotation file (one article); json: the draft as JSON; jsonl: one line per "
                   "article. Default: yaml for one file, jsonl otherwise.")
@click.option("--jsonl", "jsonl_input", is_flag=True,
              help='Read JSON Lines ({"id", "text", "published"} per line) instead of one article per file.')
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date, to resolve relative dates (single article).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--registry", "registry_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="actors.yaml to match names against (default: ./seeds/actors.yaml or the shipped one).")
@click.option("--events", "events_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="events.yaml to link claims to (default: ./seeds/events.yaml or the shipped one).")
@reports_errors
def extract(files: tuple[Path, ...], fmt: str | None, jsonl_input: bool, published, jobs: int,
            registry_path: Path | None, events_path: Path | None) -> None:
    """Propose quotes, claims, actor mentions, dates and page furniture for new articles.

    FILES are articles, or JSON Lines files with --jsonl; - reads standard input. An article
    may hold at most 5 MB; a JSON Lines file at most 1 GiB, with at most 5 MB of text per record.

    Example: kds extract article.txt --published 2021-11-07 > draft.yaml
    """
    import json

    from .commands.corpus import extract_many, read_records

    actors = registry(registry_path)
    events = registry(events_path, "events.yaml", "--events")
    single = len(files) == 1 and not jsonl_input
    fmt = fmt or ("yaml" if single else "jsonl")
    if fmt != "jsonl" and not single:
        raise click.UsageError("--format yaml or json takes one article; use --format jsonl for several")
    if single:
        from .extract import check_language, decode_text, draft_yaml, extract as run

        from .build.seeds import MAX_SEED_BYTES
        from .files import read_input

        text = decode_text(read_input(str(files[0]), MAX_SEED_BYTES), str(files[0]))
        check_language(text)
        draft = run(text, published.date() if published else None, actors, events)
        if fmt == "yaml":
            click.echo(draft_yaml(draft, "stdin" if str(files[0]) == "-" else files[0].stem), nl=False)
            return
        from .commands.corpus import draft_dict
        click.echo(json.dumps({"id": str(files[0]), "draft": draft_dict(draft)}, ensure_ascii=False,
                              indent=None if fmt == "jsonl" else 2))
        return
    failed = 0
    results = extract_many(read_records(files, jsonl_input), actors, jobs, events)
    if progress_wanted():
        from rich.console import Console
        from rich.progress import track

        results = track(results, total=None if jsonl_input else len(files), description="extracting",
                        console=Console(stderr=True), transient=True)
    for result in results:
        failed += "error" in result
        click.echo(json.dumps(result, ensure_ascii=False))
    if failed:
        click.echo(f"{failed} articles could not be extracted (see their \"error\")", err=True)
        sys.exit(EXIT_INVALID)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--publisher", default=None, help="Publisher, if known.")
@click.option("--title", default=None, help="Headline, if the copy has one.")
@click.option("--published", required=True, type=click.DateTime(["%Y-%m-%d"]), help="Publication date.")
@click.option("--url", default=None, help="Address of the original.")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True)
@reports_errors
def add(file: str, publisher, title, published, url, root: Path) -> None:
    """Register a new article in seeds/ with a draft annotation for a person to review.

    FILE may be - for standard input (at most 5 MB, as any article).

    The build refuses the draft until its status is set to reviewed.

    Example: kds add article.txt --published 2021-11-08 --publisher "Example News"
    """
    from .commands.curate import add_article

    source_id, draft_path = add_article(root, file, publisher=publisher, title=title,
                                        published=published.date(), url=url)
    say(f"added {source_id}: review {draft_path}, set status: reviewed, then kds build")


@cli.command(name="eval")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Score one set: the project directory whose seeds/ hold the curated truth. Without it, every "
                   "set present is scored, one column each: tests/heldout/test, tests/heldout/blind, tests/heldout/dev, seeds/.")
@click.option("--first-draft", is_flag=True,
              help="Draft each article as if it were new: the actors no other article refers to and ./seeds/actors.yaml "
                   "lacks are left out of the registry, and a proposed new actor counts as the one whose curated "
                   "mention it stands on.")
@click.option("--alone", is_flag=True,
              help="With --first-draft: draft each article as the first after the published registry, leaving out "
                   "every actor it refers to that ./seeds/actors.yaml lacks, also those other articles share.")
@click.option("--battery", "batteries", type=click.Path(dir_okay=False, exists=True, path_type=Path), multiple=True,
              help="Score speaker attribution on a battery of short cases instead (repeatable): each case drafted "
                   "alone after ./seeds/actors.yaml, as with --first-draft --alone. See tests/heldout/batteries/.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def evaluate(root: Path | None, first_draft: bool, alone: bool, batteries: tuple[Path, ...], fmt: str) -> None:
    """Score the extractor against the curated annotations: precision, recall, F1.

    Example: kds eval --format json
    """
    import json

    from .commands.evaluate import evaluate as run, evaluation_sets, report_columns, report_text
    from .build.seeds import read_seeds

    if alone and not first_draft:
        raise click.UsageError("--alone goes with --first-draft")
    if batteries:
        if root is not None or first_draft:
            raise click.UsageError("--battery goes alone: its cases are always drafted alone after ./seeds/actors.yaml")
        _score_batteries(batteries, fmt)
        return
    published = [a["id"] for a in read_seeds(Path("seeds")).actors] if first_draft and Path("seeds/sources.yaml").is_file() else []
    if root is not None:
        result = run(read_seeds(root / "seeds"), first_draft=first_draft, published=published, alone=alone)
        click.echo(json.dumps(result, indent=2, default=str) if fmt == "json" else report_text(result))
        return
    sets = evaluation_sets(Path("."))
    if not sets:
        raise click.UsageError("no seeds/sources.yaml here: run inside the project or give --root")
    results = {name: {"metrics": run(read_seeds(folder), first_draft=first_draft, published=published, alone=alone)["metrics"]}
               for name, folder in sets}
    click.echo(json.dumps({"sets": results}, indent=2, default=str) if fmt == "json" else report_columns(results))


def _score_batteries(batteries: tuple[Path, ...], fmt: str) -> None:
    """Print the battery scores of ``kds eval --battery``."""
    import json

    from .build.seeds import read_seeds
    from .commands import battery

    if not Path("seeds/sources.yaml").is_file():
        raise click.UsageError("no seeds/sources.yaml here: run --battery inside the project")
    published = read_seeds(Path("seeds"))
    ids = {a["id"] for a in published.actors}
    results = {str(path): battery.score_battery(battery.read_battery(path, ids), published.actors, published.events)
               for path in batteries}
    click.echo(json.dumps(results, indent=2) if fmt == "json"
               else "\n".join(battery.report_text(name, r) for name, r in results.items()))


@cli.command()
@click.argument("coder_a", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.argument("coder_b", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Project directory whose seeds/ hold the articles and registries.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def agreement(coder_a: Path, coder_b: Path, root: Path, fmt: str) -> None:
    """Inter-coder agreement of two codings: percent and Krippendorff's alpha per field.

    Example: kds agreement coding/coder_a coding/coder_b
    """
    import json

    from .commands.agreement import agreement as run, report_text

    result = run(root / "seeds", coder_a, coder_b)
    click.echo(json.dumps(result, indent=2, default=str) if fmt == "json" else report_text(result))


@cli.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--to", "fmt", type=click.Choice(["parquet", "duckdb", "sqlite"]), required=True,
              help="parquet: one file per table; duckdb or sqlite: one database file.")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Package directory holding datapackage.json and data/ (default: . when it holds a "
                   "package, else the installed one).")
@reports_errors
def export(out_dir: Path, fmt: str, root: Path | None) -> None:
    """Write the tables with their types as Parquet, a DuckDB database or a SQLite database.

    DuckDB and Parquet need the export extra: pip install 'kadhimi-ds[export]'.

    Example: kds export --to parquet exports/
    """
    from .commands.export import export as run

    if root is None and Path("datapackage.json").is_file():
        root = Path(".")
    if root is not None and not (root / "datapackage.json").is_file():
        raise click.BadParameter(f"{root}: not a package directory (no datapackage.json)", param_hint="--root")
    written = run(root, fmt, out_dir)
    say(f"exported {len(written)} files to {out_dir}")


def main() -> None:
    cli()
