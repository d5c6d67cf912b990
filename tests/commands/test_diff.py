"""kds diff: rows added, removed and changed between two packages, by stable id."""
import json
import shutil
import subprocess

import polars as pl
import pytest
from click.testing import CliRunner

from kadhimi_ds.cli import cli
from kadhimi_ds.contract import project_root
from kadhimi_ds.commands.diff import diff_packages, open_package
from kadhimi_ds.commands.release import zip_archive

ROOT = project_root()


@pytest.fixture
def package_copy(tmp_path):
    """A copy of the published package (descriptor, data, schemas) in a temporary directory."""
    dest = tmp_path / "pkg"
    dest.mkdir()
    shutil.copy(ROOT / "datapackage.json", dest)
    shutil.copytree(ROOT / "data", dest / "data")
    shutil.copytree(ROOT / "schemas", dest / "schemas")
    return dest


def edit_cell(pkg, table, row_id, column, value):
    path = pkg / "data" / f"{table}.csv"
    df = pl.read_csv(path, infer_schema=False)
    key = df.columns[0]
    assert row_id in df[key].to_list()
    df = df.with_columns(pl.when(pl.col(key) == row_id).then(pl.lit(value)).otherwise(pl.col(column)).alias(column))
    path.write_bytes(df.write_csv(line_terminator="\n").encode())


def first_claim():
    return pl.read_csv(ROOT / "data" / "claims.csv", infer_schema=False).row(0, named=True)


def test_equal_packages_have_no_differences(package_copy):
    diffs = diff_packages(open_package(str(ROOT)), open_package(str(package_copy)))
    assert all(d.equal for d in diffs.values())


def test_one_changed_claim_is_reported_exactly(package_copy):
    claim = first_claim()
    new_value = str(int(claim["value"] or 0) + 1)
    edit_cell(package_copy, "claims", claim["claim_id"], "value", new_value)
    result = CliRunner().invoke(cli, ["diff", str(ROOT), str(package_copy), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["equal"] is False
    changed = [(name, c) for name, t in report["tables"].items() for c in t["changed"]]
    assert changed == [("claims", {"id": claim["claim_id"], "column": "value",
                                   "old": claim["value"], "new": new_value})]
    assert all(not t["added"] and not t["removed"] for t in report["tables"].values())


def test_added_and_removed_rows(package_copy):
    path = package_copy / "data" / "actors.csv"
    df = pl.read_csv(path, infer_schema=False)
    gone = df["actor_id"][0]
    extra = df.row(1, named=True) | {"actor_id": "zz-new-actor"}
    df = pl.concat([df.slice(1), pl.DataFrame([extra], schema=df.schema)])
    path.write_bytes(df.write_csv(line_terminator="\n").encode())
    diffs = diff_packages(open_package(str(ROOT)), open_package(str(package_copy)))
    assert diffs["actors"].added == ["zz-new-actor"]
    assert diffs["actors"].removed == [gone]
    assert not diffs["actors"].changed


def test_zip_archive_is_a_package(tmp_path):
    import datetime as dt

    archive = zip_archive(ROOT, "9.9.9", dt.date(2026, 1, 2), tmp_path / "a.zip")
    diffs = diff_packages(open_package(str(ROOT)), open_package(str(archive)))
    assert all(d.equal for d in diffs.values())


def test_git_ref_is_a_package(package_copy):
    git = lambda *a: subprocess.run(["git", *a], cwd=package_copy, check=True, capture_output=True)  # noqa: E731
    git("init", "-q")
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", "-A")
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "base")
    claim = first_claim()
    edit_cell(package_copy, "claims", claim["claim_id"], "population", "somebody else")
    result = CliRunner().invoke(cli, ["diff", "HEAD", str(package_copy)], catch_exceptions=False,
                                env={"GIT_DIR": str(package_copy / ".git")})
    assert result.exit_code == 1
    assert f"~ {claim['claim_id']} population" in result.output


def test_unknown_package_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["diff", str(tmp_path / "missing"), str(ROOT)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.parametrize("make", [
    lambda tmp: [tmp / "a", tmp / "b"],                                # two empty directories
    lambda tmp: [tmp / "a", ROOT],                                     # one directory that is no package
])
def test_a_directory_that_is_not_a_package_is_a_usage_error(tmp_path, make):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "notes.txt").write_text("not a package")
    result = CliRunner().invoke(cli, ["diff", *map(str, make(tmp_path))])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'a'}: not a kadhimi-ds package (no datapackage.json)"]


def test_zip_members_are_read_only_up_to_the_limit(tmp_path, monkeypatch):
    import zipfile

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", "{}")
        zf.writestr("data/claims.csv", b"0" * 5_000_000)           # inflates 5000 times over
    monkeypatch.setenv("KDS_MAX_TABLE_BYTES", "1000000")
    result = CliRunner().invoke(cli, ["diff", str(bomb), str(ROOT)])
    assert result.exit_code == 2
    assert "data/claims.csv inflates to more than 1000000 bytes" in result.output

