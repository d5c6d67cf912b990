"""Hostile files: every kind is refused with one line naming the file, without blocking
and without reading more than the limit. No test here waits on a clock: a FIFO that
blocked would hang the test run rather than pass it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kadhimi_ds.cli import cli
from kadhimi_ds.errors import KdsError
from kadhimi_ds.files import member, read_file

from conftest import copy_project

KDS = str(Path(sys.executable).with_name("kds"))
SEED = "004_37a1e98ddf765961.txt"


def fifo(path: Path) -> Path:
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    return path


def zero(path: Path) -> Path:
    path.unlink(missing_ok=True)
    path.symlink_to("/dev/zero")
    return path


def test_read_file_refuses_a_fifo_a_device_and_an_oversized_file(tmp_path):
    for path in (fifo(tmp_path / "pipe"), Path("/dev/zero"), zero(tmp_path / "link")):
        with pytest.raises(KdsError, match="not a regular file"):
            read_file(path, 100)
    (tmp_path / "big").write_bytes(b"x" * 101)
    with pytest.raises(KdsError, match="limit of 100 bytes"):
        read_file(tmp_path / "big", 100)
    assert read_file(tmp_path / "big", 101) == b"x" * 101


def test_member_refuses_paths_that_leave_the_tree(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    for rel in ("../x", "/etc/passwd", "a/../../x", "nul\0l", ["a"], "loop", "c:x"):
        assert member(tmp_path, rel) is None, rel
    assert member(tmp_path, "data/x.csv") == tmp_path / "data" / "x.csv"


@pytest.mark.parametrize("make", [fifo, zero], ids=["fifo", "dev-zero"])
@pytest.mark.parametrize("where", ["descriptor", "seed", "table", "sources-yaml"])
def test_hostile_files_in_a_package_fail_validation(tmp_path, make, where):
    root = copy_project(tmp_path / "pkg")
    target = {"descriptor": root / "datapackage.json", "seed": root / "seeds" / SEED,
              "table": root / "data" / "claims.csv", "sources-yaml": root / "seeds" / "sources.yaml"}[where]
    make(target)
    done = subprocess.run([KDS, "validate", str(root)], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("make", [fifo, zero], ids=["fifo", "dev-zero"])
def test_hostile_seeds_are_refused_by_the_build(tmp_path, make):
    root = copy_project(tmp_path / "pkg")
    make(root / "seeds" / SEED)
    done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True, text=True)
    assert done.returncode == 1 and SEED in done.stderr
    assert ("not a regular file" if make is fifo else "leaves seeds/") in done.stderr  # a symlink is refused as such
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_seed_path_leaving_the_tree_is_refused_before_it_is_read(tmp_path):
    root = copy_project(tmp_path / "pkg")
    fifo(tmp_path / "outside.txt")  # reading it would block: refusing must come first
    sources = root / "seeds" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(f"path: {SEED}", "path: ../../outside.txt"),
                       encoding="utf-8")
    done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True, text=True)
    assert done.returncode == 1 and "leaves seeds/" in done.stderr


def test_a_yaml_alias_bomb_is_refused(tmp_path):
    root = copy_project(tmp_path / "pkg")
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    (root / "seeds" / "events.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True, text=True)
    assert done.returncode == 1 and "aliases" in done.stderr


def test_an_oversized_pipe_to_kds_add_is_refused_and_leaves_nothing(tmp_path):
    root = copy_project(tmp_path / "pkg")
    before = sorted(p.name for p in (root / "seeds").rglob("*"))
    big = b"The minister said the drone attack failed. " * 130_000  # about 5.6 MB
    args = [KDS, "add", "-", "--published", "2021-11-08", "--root", str(root)]
    done = subprocess.run(args, input=big, capture_output=True)
    assert done.returncode == 1 and b"limit" in done.stderr
    assert sorted(p.name for p in (root / "seeds").rglob("*")) == before
    article = (root / "seeds" / SEED).read_bytes().replace(b"drone", b"aircraft")
    again = subprocess.run(args, input=article, capture_output=True)
    assert again.returncode == 0, again.stderr


def test_kds_extract_has_a_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"A drone was shot down. " * 250_000)
    result = CliRunner().invoke(cli, ["extract", str(big)])
    assert result.exit_code != 0 and "limit" in result.stderr
    result = CliRunner().invoke(cli, ["extract", str(fifo(tmp_path / "pipe.txt"))])
    assert result.exit_code != 0 and "Traceback" not in result.output


@pytest.mark.parametrize("change", ["null-byte-path", "name-is-a-list", "symlink-loop", "deep-nesting", "unreadable"])
def test_package_errors_are_failures_not_internal_errors(package_copy, change):
    path = package_copy / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    if change == "null-byte-path":
        claims["path"] = "data/cla\0ims.csv"
    elif change == "name-is-a-list":
        claims["name"] = ["claims"]
    elif change == "symlink-loop":
        table = package_copy / "data" / "claims.csv"
        table.unlink()
        table.symlink_to(table)
    elif change == "unreadable":
        (package_copy / "data" / "claims.csv").chmod(0)
    if change == "deep-nesting":
        path.write_text('{"resources": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    else:
        path.write_text(json.dumps(package), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(package_copy)])
    assert result.exit_code == 1 or (change == "unreadable" and os.geteuid() == 0 and result.exit_code == 0), result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
