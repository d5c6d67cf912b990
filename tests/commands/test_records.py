"""Release records: every recorded version verifies, and the README's release examples run
on a clone that has no tags."""
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kadhimi_ds.commands.records import read_record, recorded_commit
from kadhimi_ds.commands.release import rebuild_archive, verify
from kadhimi_ds.contract import project_root
from kadhimi_ds.errors import KdsError

ROOT = project_root()
RECORDED = sorted(p.stem for p in (ROOT / "releases").glob("*.json"))
KDS = str(Path(sys.executable).parent / "kds")


def readme_release_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Versions, releases and citation"):]
    block = re.search(r"```bash\n(.*?)```", section, re.S)[1]
    return [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]


# What each example does on a fresh clone at 0.1.0: the exit code and a line of its output.
EXPECTED = {
    "kds release --verify 1.0.0": (0, "matches the record byte for byte"),
    "kds release --verify 0.1.0": (0, "matches the record byte for byte"),
    "kds diff 0.1.0 1.0.0": (1, "changed"),
    "kds diff v0.1.0 1.0.0 --format json": (1, '"equal": false'),
    "kds release --verify 1.0.0 dist/kadhimi-ds-1.0.0.zip": (0, "and so does dist/kadhimi-ds-1.0.0.zip"),
    "kds diff 1.0.0 .": (1, "column n_furniture"),
}


def test_0_1_0_is_recorded():
    record = read_record(ROOT, "0.1.0")
    assert record["date"] == "2026-11-23" and record["level"] == "first"
    assert record["rows"]["mentions"] == 316
    assert recorded_commit("v0.1.0", ROOT) == recorded_commit("0.1.0", ROOT) == record["commit"]
    assert recorded_commit("main", ROOT) is None


@pytest.mark.parametrize("version", RECORDED)
def test_recorded_versions_verify(version):
    assert verify(ROOT, version) == []


def test_verify_names_a_record_that_does_not_match(tmp_path, monkeypatch):
    record = read_record(ROOT, "0.1.0")
    record["files"]["data/claims.csv"] = "0" * 64
    record["archive"]["sha256"] = "0" * 64
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "0.1.0.json").write_text(json.dumps(record))
    monkeypatch.setattr("kadhimi_ds.commands.release.rebuild_archive",
                        lambda root, rec, out: rebuild_archive(ROOT, rec, out))
    assert verify(tmp_path, "0.1.0") == [f"rebuilt from {record['commit'][:12]}: data/claims.csv differs"]
    with pytest.raises(KdsError, match="no release record"):
        verify(tmp_path, "9.9.9")


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A clone of this repository without tags, and the recorded archives downloaded into dist/."""
    dest = tmp_path_factory.mktemp("clone") / "kadhimi-ds"
    subprocess.run(["git", "clone", "-q", "--no-tags", str(ROOT), str(dest)], check=True, capture_output=True)
    assert not subprocess.run(["git", "tag"], cwd=dest, capture_output=True, text=True, check=True).stdout
    for version in RECORDED:
        rebuild_archive(dest, read_record(dest, version), dest / "dist" / f"kadhimi-ds-{version}.zip")
    return dest


def test_readme_examples_are_the_expected_ones():
    assert readme_release_examples() == list(EXPECTED)


@pytest.mark.parametrize("example", list(EXPECTED))
def test_readme_release_example_runs_on_a_clone_without_tags(clone, example):
    code, expected = EXPECTED[example]
    result = subprocess.run([KDS, *shlex.split(example)[1:]], cwd=clone, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == code, output
    assert expected in output and "Traceback" not in output


def test_load_a_version_on_a_clone_without_tags(clone):
    code = ("import kadhimi_ds; c = kadhimi_ds.load('claims', version='0.1.0'); t = kadhimi_ds.load(version='v0.1.0');"
            "print(c.height, t['mentions'].height, kadhimi_ds.__file__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=clone, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(clone / "src")}).stdout.split()
    assert out[:2] == ["44", "316"] and out[2].startswith(str(clone))
