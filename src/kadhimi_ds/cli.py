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
        from .errors import KdsError, SeedError

        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return command(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException):
            raise
        except KdsError as exc:
            if debug:
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_INVALID if isinstance(exc, SeedError) else EXIT_USAGE)
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
    from .build import BuildRefused, build as run_build

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
@reports_errors
def validate(path: Path, fmt: str) -> None:
    """Check a package in five layers: schema, relations, provenance, meaning, package.

    Exit 0 when valid, 1 when invalid, 2 on usage errors or an unreadable package.

    Example: kds validate . --format json
    """
    from .validate import validate as run_validate

    if not path.exists():
        raise click.BadParameter(f"{path}: no such file or directory", param_hint="PATH")
    report = run_validate(path)
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    sys.exit(0 if report.valid else EXIT_INVALID)


@cli.command()
@click.argument("version")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Project directory (a git checkout).")
@reports_errors
def release(version: str, root: Path) -> None:
    """Cut release VERSION: check, bump the version everywhere, rebuild, commit, tag, archive.

    Refuses a dirty tree, an invalid package, or a version that does not fit the change
    since the last release (major: contract broken; minor: rows or columns added; patch:
    corrections).

    Example: kds release 0.2.0
    """
    from .release import release as cut

    archive = cut(root, version)
    click.echo(f"released {version}: {archive}")


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
    from .diff import diff_packages, open_package, render_json, render_text

    diffs = diff_packages(open_package(old), open_package(new))
    click.echo(render_json(diffs) if fmt == "json" else render_text(diffs))
    sys.exit(0 if all(d.equal for d in diffs.values()) else EXIT_INVALID)


def main() -> None:
    cli()
