"""The kds command line through click's CliRunner."""
from __future__ import annotations

import json
import tomllib

import pytest
from click.testing import CliRunner

from kadhimi_ds.cli import cli

from conftest import dump_yaml, plain_yaml


def run(*args: str):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    for stream in (result.output, result.stdout, result.stderr):
        assert "Traceback" not in stream
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


# --- build --------------------------------------------------------------------------------------------


def test_build_check_up_to_date(package_copy):
    result = run("build", "--check", "--root", package_copy)
    assert result.exit_code == 0
    assert "up to date" in result.stdout


def test_build_check_names_the_stale_table(package_copy):
    path = package_copy / "data" / "quotes.csv"
    before = path.read_bytes()
    lines = before.split(b"\n")
    path.write_bytes(b"\n".join([lines[0], *reversed(lines[1:-1]), b""]))  # same rows, wrong order
    result = run("build", "--check", "--root", package_copy)
    assert result.exit_code == 1
    assert "data/quotes.csv" in result.stderr and "claims" not in result.stderr
    assert path.read_bytes() != before  # --check writes nothing
    fixed = run("build", "--root", package_copy)
    assert fixed.exit_code == 0 and "data/quotes.csv" in fixed.stdout
    assert path.read_bytes() == before
    assert run("build", "--check", "--root", package_copy).exit_code == 0


def test_build_into_an_empty_copy(inputs_copy):
    result = run("build", "--root", inputs_copy)
    assert result.exit_code == 0
    assert (inputs_copy / "datapackage.json").is_file()
    assert run("validate", inputs_copy).exit_code == 0


def test_build_with_a_missing_anchor_exits_1_with_one_line(package_copy):
    name = "001_263e5c83ecafaaa9.yaml"
    path = package_copy / "seeds" / "annotations" / name
    data = plain_yaml(path)
    data["claims"][0]["text"] = "nine hundred drones over the river"
    dump_yaml(data, path)
    result = run("build", "--root", package_copy)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and "nine hundred drones over the river" in lines[0]


def test_build_refused_prints_the_report_and_exits_1(package_copy):
    path = package_copy / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
    data = plain_yaml(path)
    claim = next(c for c in data["claims"] if c.get("value") is not None)
    claim["value"] += 1000
    dump_yaml(data, path)
    before = (package_copy / "data" / "claims.csv").read_bytes()
    result = run("build", "--root", package_copy)
    assert result.exit_code == 1
    assert "value-not-in-text" in result.stdout
    assert (package_copy / "data" / "claims.csv").read_bytes() == before


def test_build_without_seeds_is_a_usage_error(tmp_path):
    result = run("build", "--root", tmp_path)
    assert result.exit_code == 2
    assert "seeds" in result.output


# --- validate --------------------------------------------------------------------------------------------


def test_validate_valid_package_exits_0(package_copy):
    result = run("validate", package_copy)
    assert result.exit_code == 0
    assert result.stdout.startswith("valid:")


def corrupt_claims(root) -> str:
    path = root / "data" / "claims.csv"
    lines = path.read_bytes().decode("utf-8").split("\n")
    cells = lines[1].split(",")
    cells[2] = "twelve"  # the start column
    lines[1] = ",".join(cells)
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return cells[0]


def test_validate_corrupted_copy_exits_1(package_copy):
    claim_id = corrupt_claims(package_copy)
    result = run("validate", package_copy)
    assert result.exit_code == 1
    assert claim_id in result.stdout and "type-error:integer" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("invalid:")


def test_validate_json_output(package_copy):
    claim_id = corrupt_claims(package_copy)
    result = run("validate", package_copy, "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["valid"] is False
    for f in doc["failures"]:
        assert {"layer", "table", "row", "column", "rule", "value"} <= set(f)
    assert any(f["row"] == claim_id and f["column"] == "start" and f["rule"] == "type-error:integer"
               for f in doc["failures"])
    assert any(f["layer"] == "package" and f["column"] == "hash" for f in doc["failures"])


def test_validate_json_output_of_a_valid_package(package_copy):
    result = run("validate", package_copy / "datapackage.json", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["valid"] is True and doc["failures"] == []


def test_validate_nonexistent_path_exits_2(tmp_path):
    result = run("validate", tmp_path / "nowhere")
    assert result.exit_code == 2


def test_validate_directory_without_descriptor_exits_2(tmp_path):
    result = run("validate", tmp_path)
    assert result.exit_code == 2
    assert "datapackage.json" in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1


def test_validate_unreadable_descriptor_is_a_failure(tmp_path):
    """A descriptor that exists but cannot be read is a broken package (exit 1), not a usage error."""
    (tmp_path / "datapackage.json").write_text("{broken", encoding="utf-8")
    result = run("validate", tmp_path)
    assert result.exit_code == 1 and "unreadable-descriptor" in result.stdout


def test_validate_bad_format_is_a_usage_error(package_copy):
    assert run("validate", package_copy, "--format", "xml").exit_code == 2


# --- malformed seeds never crash the build ------------------------------------------------------------


@pytest.mark.parametrize("where", ["events-date", "quote-fragment"])
def test_badly_typed_seed_values_exit_1_naming_the_file(package_copy, where):
    if where == "events-date":
        path = package_copy / "seeds" / "events.yaml"
        data = plain_yaml(path)
        data[0]["date"] = "2021-11"
        name = "events.yaml"
    else:
        path = package_copy / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
        data = plain_yaml(path)
        data["quotes"][0]["fragment"] = "maybe"
        name = "004_37a1e98ddf765961.yaml"
    dump_yaml(data, path)
    result = run("build", "--root", package_copy)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0]


# --- version ----------------------------------------------------------------------------------------------


def test_version_agrees_with_pyproject(project_root):
    version = tomllib.loads((project_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run("--version")
    assert result.exit_code == 0 and version in result.stdout


# --- CI formats and conventions shared by every command ---------------------------------------------------


def test_validate_github_annotates_the_bad_csv_line(package_copy, monkeypatch):
    claim_id = corrupt_claims(package_copy)
    monkeypatch.chdir(package_copy)
    result = run("validate", "--format", "github")
    assert result.exit_code == 1
    [annotation] = [line for line in result.stdout.splitlines() if "title=type-error%3Ainteger" in line]
    assert annotation.startswith("::error file=data/claims.csv,line=2,title=type-error%3Ainteger::")
    assert claim_id in annotation and "start" in annotation and "twelve" in annotation and "expected a integer" in annotation


def test_validate_junit_is_xml_with_a_failure_per_rule(package_copy):
    from xml.etree import ElementTree as ET

    corrupt_claims(package_copy)
    result = run("validate", package_copy, "--format", "junit")
    assert result.exit_code == 1
    suites = ET.fromstring(result.stdout)
    [case] = suites.findall(".//testsuite[@name='schema']/testcase[@name='claims']")
    rules = [f.get("type") for f in case.findall("failure")]
    assert "type-error:integer" in rules and len(rules) == len(set(rules))  # one failure element per rule


@pytest.mark.parametrize("where", ["nowhere", "file"])
def test_validate_json_is_a_document_even_on_exit_2(tmp_path, where):
    path = tmp_path / "nowhere"
    if where == "file":
        path = tmp_path / "claims.csv"
        path.write_text("claim_id\n")
    result = run("validate", path, "--format", "json")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert doc["valid"] is False and doc["exit_code"] == 2 and str(path) in doc["error"]
    assert len(result.stderr.strip().splitlines()) == 1


def test_validate_names_a_file_given_for_the_package(package_copy):
    result = run("validate", package_copy / "data" / "claims.csv")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("claims.csv: is a file; pass the package directory (the one holding datapackage.json)")


def test_validate_text_colour_only_on_a_terminal_and_never_with_no_color(package_copy, monkeypatch):
    corrupt_claims(package_copy)
    plain = CliRunner().invoke(cli, ["validate", str(package_copy)])
    assert "\x1b[" not in plain.stdout
    terminal = CliRunner().invoke(cli, ["validate", str(package_copy)], color=True)
    assert "\x1b[" in terminal.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in CliRunner().invoke(cli, ["validate", str(package_copy)], color=True).stdout


def test_validate_quiet_prints_nothing_when_valid(package_copy):
    result = run("validate", package_copy, "--quiet")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_subcommand_takes_debug_and_quiet(name):
    result = run(name, "--help")
    assert "--debug" in result.stdout and "--quiet" in result.stdout


def test_debug_after_the_subcommand_shows_the_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["validate", str(tmp_path), "--debug"])
    from kadhimi_ds.errors import KdsError

    assert result.exit_code != 0 and isinstance(result.exception, KdsError)


def test_extract_reads_standard_input(project_root):
    text = (project_root / "seeds" / "001_263e5c83ecafaaa9.txt").read_text(encoding="utf-8")
    from_stdin = CliRunner().invoke(cli, ["extract", "-", "--published", "2021-11-07"], input=text)
    from_file = run("extract", project_root / "seeds" / "001_263e5c83ecafaaa9.txt", "--published", "2021-11-07")
    assert from_stdin.exit_code == 0 == from_file.exit_code
    drop_id = lambda out: [line for line in out.splitlines() if not line.startswith("source_id:")]  # noqa: E731
    assert drop_id(from_stdin.stdout) == drop_id(from_file.stdout)
    assert "source_id: stdin" in from_stdin.stdout


def test_extract_reads_json_lines_from_standard_input():
    line = json.dumps({"id": "a", "text": "At least six guards were injured, officials said.", "published": "2021-11-07"})
    result = CliRunner().invoke(cli, ["extract", "--jsonl", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "a"


def test_extract_progress_goes_to_stderr_and_keeps_stdout_clean(tmp_path, monkeypatch):
    """On a terminal (forced here) the progress bar goes to standard error; standard output
    stays one JSON line per article."""
    import rich.progress

    import kadhimi_ds.cli as cli_module

    tracked = []
    real_track = rich.progress.track

    def track(sequence, **kwargs):
        tracked.append(kwargs)
        return real_track(sequence, **kwargs)

    monkeypatch.setattr(cli_module, "progress_wanted", lambda: True)
    monkeypatch.setattr(rich.progress, "track", track)
    files = []
    for n in range(3):
        files.append(tmp_path / f"a{n}.txt")
        files[-1].write_text(f"At least {n + 2} guards were injured, officials said.\n", encoding="utf-8")
    result = run("extract", *files)
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(f) for f in files]
    [kwargs] = tracked
    assert kwargs["total"] == 3 and kwargs["console"].stderr


def test_every_command_on_a_package_or_project_takes_it_as_root(project_root):
    """One name for the package location: --root, on every command that reads one (diff
    compares two and extract reads articles, so they name theirs as arguments)."""
    from kadhimi_ds.cli import cli

    takes = {name for name, command in cli.commands.items() if any(p.name == "root" for p in command.params)}
    assert takes == set(cli.commands) - {"diff", "extract"}
    for args in (["validate", "--root", str(project_root), "--tables-only"], ["validate", str(project_root), "--tables-only"]):
        assert CliRunner().invoke(cli, args).exit_code == 0
    both = CliRunner().invoke(cli, ["validate", str(project_root), "--root", str(project_root / "seeds")])
    assert both.exit_code == 2 and "not both" in both.output


def test_slow_work_shows_a_spinner_on_standard_error_only_on_a_terminal(monkeypatch):
    """Validation of a large package and a release show a rich spinner on standard error
    when progress is wanted (a terminal, no --quiet), and nothing otherwise."""
    import contextlib

    import kadhimi_ds.cli as cli_module

    monkeypatch.setattr(cli_module, "progress_wanted", lambda: True)
    spinner = cli_module.status("releasing 9.9.9")
    assert spinner.console.stderr and not isinstance(spinner, contextlib.nullcontext)
    assert isinstance(cli_module.status("validating", wanted=False), contextlib.nullcontext)
    monkeypatch.setattr(cli_module, "progress_wanted", lambda: False)
    assert isinstance(cli_module.status("releasing 9.9.9"), contextlib.nullcontext)
