"""Every command has help with an example and is shown in the README, so docs cannot fall behind."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from kadhimi_ds.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_with_an_example_and_is_in_the_readme(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"kds {name}" in README


def test_readme_opens_with_the_two_commands():
    head = README[:2500]
    assert "python3.11 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/kds build && .venv/bin/kds validate" in head
    test_command = 'python3.11 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/python -m pytest -q'
    assert test_command in head
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci, ".ci/run must call the README's test command"
    assert "kadhimi_ds.load(" in head and "CITATION.cff" in head
