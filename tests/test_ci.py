"""The CI workflow runs the README's commands and annotates failures; the pre-commit hooks
point at existing commands."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

from click.testing import CliRunner
from ruamel.yaml import YAML

from kadhimi_ds.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def load(path: Path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def readme_commands() -> list[str]:
    """The commands of the README's first bash block (comments left out)."""
    block = re.search(r"```bash\n(.*?)```", README, flags=re.S)[1]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_workflow_runs_the_readme_commands_and_annotates():
    workflow = load(ROOT / ".github" / "workflows" / "validate.yml")
    assert {"push", "pull_request"} <= set(workflow["on"])
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    runs = [s["run"] for s in steps if "run" in s]
    for command in readme_commands():
        assert command in runs, command
    assert any("kds validate --format github" in run for run in runs)
    assert runs.index(next(r for r in runs if "--format github" in r)) < runs.index(readme_commands()[0]), \
        "annotate the committed tables before kds build rewrites them"
    assert ".github/workflows/validate.yml" in README and ".pre-commit-hooks.yaml" in README


def test_the_hooks_point_at_existing_commands(tmp_path):
    hooks = load(ROOT / ".pre-commit-hooks.yaml")
    assert {h["id"] for h in hooks} == {"kds-validate", "kds-build-check"}
    for hook in hooks:
        program, *args = shlex.split(hook["entry"])
        assert program == "kds" and hook["pass_filenames"] is False
        assert hook["id"] in README
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, hook["entry"]
        for option in (a for a in args if a.startswith("--")):
            assert option in result.output, (hook["entry"], option)
