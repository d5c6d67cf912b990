"""The ``kds`` command line. Heavy libraries are imported inside the commands."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

EXIT_INVALID = 1
EXIT_USAGE = 2


def reports_errors(command):
    """Turn library errors into one line on stderr and the exit code of the design."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from .errors import KdsError, PackageError, SeedError

        debug = click.get_current_context().find_root().params.get("debug", False)
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

    return wrapper


@click.group()
@click.version_option(package_name="kadhimi-ds")
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
        click.echo("up to date")
    else:
        click.echo(f"built: {len(changed)} files changed" + (": " + ", ".join(changed) if changed else ""))


@cli.command()
@click.argument("path", type=click.Path(path_type=Path), default=Path("."))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Readable table or JSON for machines.")
@click.option("--tables-only", is_flag=True,
              help="Check the published tables alone, without the curated seeds (the up-to-date and coverage "
                   "layers are then not run, and the summary says so). Without it, missing seeds fail validation.")
@reports_errors
def validate(path: Path, fmt: str, tables_only: bool) -> None:
    """Check a package: schema, relations, provenance, meaning, package, up-to-date and coverage.

    Exit 0 when valid, 1 when invalid, 2 on usage errors or a path that is not a package.

    Example: kds validate . --format json
    """
    from .commands.check import validate_package as run_validate

    if not path.exists():
        raise click.BadParameter(f"{path}: no such file or directory", param_hint="PATH")
    report = run_validate(path, tables_only=tables_only)
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    sys.exit(0 if report.valid else EXIT_INVALID)


@cli.command()
@click.argument("version")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Project directory (a git checkout).")
@click.option("--no-packages", is_flag=True, help="Skip the wheel and sdist; build only the zip archive.")
@reports_errors
def release(version: str, root: Path, no_packages: bool) -> None:
    """Cut release VERSION: check, bump the version everywhere, rebuild, commit, tag, archive.

    Refuses a dirty tree, an invalid package, or a version that does not fit the change
    since the last release (major: contract broken; minor: rows or columns added; patch:
    corrections).

    Example: kds release 0.2.0
    """
    from .commands.release import release as cut
    from .files import project_lock

    with project_lock(root, exclusive=True):
        archive = cut(root, version, packages=not no_packages)
    click.echo(f"released {version}: {archive}" + ("" if no_packages else " (and the wheel and sdist in dist/)"))


@cli.command()
@click.argument("old")
@click.argument("new", default=".")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def diff(old: str, new: str, fmt: str) -> None:
    """List rows added, removed and changed between two packages, by stable id.

    OLD and NEW are package directories, release archives (.zip) or git refs.
    Exit 0 when equal, 1 when different.

    Example: kds diff v0.1.0 .
    """
    from .commands.diff import diff_packages, open_package, render_json, render_text

    diffs = diff_packages(open_package(old), open_package(new))
    click.echo(render_json(diffs) if fmt == "json" else render_text(diffs))
    sys.exit(0 if all(d.equal for d in diffs.values()) else EXIT_INVALID)


def registry(path: Path | None) -> list[dict]:
    """The actor registry: the given file, ./seeds/actors.yaml, or the shipped one."""
    from .load import default_package
    from .build.seeds import load_yaml

    for candidate in ([path] if path else [Path("seeds/actors.yaml"), default_package() / "seeds" / "actors.yaml"]):
        if candidate.is_file():
            return load_yaml(candidate)
    if path:
        raise click.BadParameter(f"{path}: not found", param_hint="--registry")
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
@reports_errors
def extract(files: tuple[Path, ...], fmt: str | None, jsonl_input: bool, published, jobs: int,
            registry_path: Path | None) -> None:
    """Propose quotes, claims, actor mentions, dates and page furniture for new articles.

    An article (a file, or - for standard input) may hold at most 5 MB; a JSON Lines file
    at most 1 GiB, with at most 5 MB of text per record.

    Example: kds extract article.txt --published 2021-11-07 > draft.yaml
    """
    import json

    from .commands.corpus import extract_many, read_records

    actors = registry(registry_path)
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
        draft = run(text, published.date() if published else None, actors)
        if fmt == "yaml":
            click.echo(draft_yaml(draft, files[0].stem), nl=False)
            return
        from .commands.corpus import draft_dict
        click.echo(json.dumps({"id": str(files[0]), "draft": draft_dict(draft)}, ensure_ascii=False,
                              indent=None if fmt == "jsonl" else 2))
        return
    failed = 0
    for result in extract_many(read_records(files, jsonl_input), actors, jobs):
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
    click.echo(f"added {source_id}: review {draft_path}, set status: reviewed, then kds build")


@cli.command(name="eval")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Project directory whose seeds/ hold the curated truth.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def evaluate(root: Path, fmt: str) -> None:
    """Score the extractor against the curated annotations: precision, recall, F1.

    Example: kds eval --format json
    """
    import json

    from .commands.evaluate import evaluate as run, report_text
    from .build.seeds import read_seeds

    result = run(read_seeds(root / "seeds"))
    click.echo(json.dumps(result, indent=2, default=str) if fmt == "json" else report_text(result))


def main() -> None:
    cli()
