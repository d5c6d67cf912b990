"""The build: seeds to data/*.csv and datapackage.json, deterministic and refusing bad tables."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kadhimi_ds.commands.build import BuildRefused, build, build_files
from kadhimi_ds.contract import TABLES
from kadhimi_ds.errors import PackageError, SeedError

from conftest import copy_project, dump_yaml, plain_yaml

OUTPUTS = sorted([f"data/{t}.csv" for t in TABLES] + ["datapackage.json"])


def output_bytes(root):
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()}
    files["datapackage.json"] = (root / "datapackage.json").read_bytes()
    return files


def test_shipped_package_is_up_to_date(project_root):
    assert build(project_root, check=True) == []


def test_build_twice_gives_identical_bytes(tmp_path):
    one, two = copy_project(tmp_path / "one", with_outputs=False), copy_project(tmp_path / "two", with_outputs=False)
    assert sorted(build(one)) == OUTPUTS
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # a second process with another hash seed
    kds = Path(sys.executable).with_name("kds")
    done = subprocess.run([str(kds), "build", "--root", str(two)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    first, second = output_bytes(one), output_bytes(two)
    assert sorted(first) == OUTPUTS
    assert first.keys() == second.keys()
    for rel in first:
        assert first[rel] == second[rel], rel


def test_second_build_changes_nothing(inputs_copy):
    assert sorted(build(inputs_copy)) == OUTPUTS
    before = output_bytes(inputs_copy)
    assert build(inputs_copy) == []
    assert build(inputs_copy, check=True) == []
    assert output_bytes(inputs_copy) == before
    assert not [p for p in inputs_copy.iterdir() if p.name.startswith(".kds-tmp")]


def test_build_files_match_what_is_written(inputs_copy):
    files = build_files(inputs_copy)
    build(inputs_copy)
    assert output_bytes(inputs_copy) == files


def test_check_reports_stale_outputs_and_writes_nothing(package_copy):
    claims = package_copy / "data" / "claims.csv"
    assert build(package_copy, check=True) == []
    edited = claims.read_bytes()[:-1] + b" \n"  # one space more at the end of the last line
    claims.write_bytes(edited)
    (package_copy / "data" / "stray.csv").write_bytes(b"x\n")
    assert sorted(build(package_copy, check=True)) == ["data/claims.csv", "data/stray.csv"]
    assert claims.read_bytes() == edited
    assert sorted(build(package_copy)) == ["data/claims.csv", "data/stray.csv"]
    assert not (package_copy / "data" / "stray.csv").exists()
    assert build(package_copy, check=True) == []


def break_a_claim_value(root):
    """Give the first exact claim with a value in article 004 a value its text does not give."""
    path = root / "seeds" / "annotations" / "004_37a1e98ddf765961.yaml"
    data = plain_yaml(path)
    item = next(c for c in data["claims"] if c.get("value") is not None)
    item["value"] = item["value"] + 1000
    dump_yaml(data, path)
    return item["text"]


def test_build_refuses_invalid_tables_and_writes_nothing(package_copy):
    before = output_bytes(package_copy)
    break_a_claim_value(package_copy)
    with pytest.raises(BuildRefused) as info:
        build(package_copy)
    rules = {(f.layer, f.table, f.rule) for f in info.value.report.failures}
    assert ("meaning", "claims", "value-not-in-text") in rules
    bad = [f for f in info.value.report.failures if f.rule == "value-not-in-text"]
    assert len(bad) == 1 and "nothing was written" in str(info.value)
    assert output_bytes(package_copy) == before


def test_build_with_a_missing_anchor_names_the_file(inputs_copy):
    path = inputs_copy / "seeds" / "annotations" / "002_18e1d0701c846336.yaml"
    data = plain_yaml(path)
    data["quotes"][0]["text"] = "words that appear in no article at all"
    dump_yaml(data, path)
    with pytest.raises(SeedError) as info:
        build(inputs_copy)
    assert "002_18e1d0701c846336.yaml" in str(info.value) and "quotes[1]" in str(info.value)
    assert not (inputs_copy / "data").exists() and not (inputs_copy / "datapackage.json").exists()


# --- killed and concurrent builds -----------------------------------------------------------------------

KDS = str(Path(sys.executable).with_name("kds"))
WRITE_STEPS = len(OUTPUTS) + 3
"""Fault points of the write: before the first file, after each staged file, after the
swap of data/, after the replacement of datapackage.json."""


def snapshot(root: Path) -> dict[str, bytes]:
    files = {"datapackage.json": (root / "datapackage.json").read_bytes()}
    files.update({f"data/{p.name}": p.read_bytes() for p in sorted((root / "data").iterdir())})
    return files


def edit_an_actor(root: Path) -> None:
    actors = root / "seeds" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace(
        "description: President of Iraq.", "description: President of Iraq from 2018 to 2022."), encoding="utf-8")


def test_a_killed_build_leaves_the_old_or_the_new_package(tmp_path):
    """The build is ended (os._exit) at every step of its write by KDS_FAULT, no timing
    involved. Before the swap of data/ the old package is intact, after the replacement of
    the descriptor the new one; killed between those two renames, the package fails
    validation (hash mismatch, and interrupted-build naming the stage left behind) and the
    next build repairs it."""
    root = copy_project(tmp_path / "pkg")
    old = snapshot(root)
    edit_an_actor(root)
    subprocess.run([KDS, "build", "--root", str(root)], check=True, capture_output=True)
    new = snapshot(root)
    assert new != old
    states = []
    for step in range(WRITE_STEPS):
        for rel, data in old.items():
            (root / rel).write_bytes(data)
        done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True,
                              env={**os.environ, "KDS_FAULT": f"write-step:{step}"})
        assert done.returncode == 70, (step, done.stderr)
        state = snapshot(root)
        states.append("old" if state == old else "new" if state == new else "mixed")
    assert states == ["old"] * (WRITE_STEPS - 2) + ["mixed", "new"]
    for rel, data in old.items():  # the mixed state once more, then what validate and build make of it
        (root / rel).write_bytes(data)
    subprocess.run([KDS, "build", "--root", str(root)], env={**os.environ, "KDS_FAULT": f"write-step:{WRITE_STEPS - 2}"})
    checked = subprocess.run([KDS, "validate", str(root), "--format", "json"], capture_output=True, text=True)
    assert checked.returncode == 1 and "hash-mismatch" in checked.stdout and "interrupted-build" in checked.stdout
    assert [p.name for p in root.glob(".kds-tmp-*")]  # the killed build's stage is left behind
    subprocess.run([KDS, "build", "--root", str(root)], check=True, capture_output=True)
    assert snapshot(root) == new and not list(root.glob(".kds-tmp-*"))


def test_a_stage_left_beside_an_intact_package_is_not_a_failure(tmp_path):
    """Killed before the swap: the old package is whole, and validate says it is valid."""
    root = copy_project(tmp_path / "pkg")
    edit_an_actor(root)
    done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True,
                          env={**os.environ, "KDS_FAULT": "write-step:1"})
    assert done.returncode == 70 and list(root.glob(".kds-tmp-*"))
    checked = subprocess.run([KDS, "validate", str(root), "--tables-only"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def hold_lock(root: Path):
    import fcntl

    fh = open(root / ".kds.lock", "a+b")
    fcntl.flock(fh, fcntl.LOCK_EX)
    return fh


def test_a_second_writer_is_refused_while_the_lock_is_held(tmp_path):
    root = copy_project(tmp_path / "pkg")
    before = snapshot(root)
    edit_an_actor(root)
    with hold_lock(root):
        done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True, text=True)
        added = subprocess.run([KDS, "add", str(root / "seeds" / "000_22b9d8bbb5c7cbf2.txt"), "--published",
                                "2021-11-08", "--root", str(root)], capture_output=True, text=True)
    for result in (done, added):
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "another kds process" in lines[0] and ".kds.lock" in lines[0]
    assert snapshot(root) == before
    assert subprocess.run([KDS, "build", "--root", str(root)], capture_output=True).returncode == 0


def test_validate_waits_for_a_build_to_finish(tmp_path):
    """While the test holds the lock as a build would, it leaves the package half replaced
    (new tables, old descriptor); a validate started meanwhile reads only after the lock
    is released, when the package is whole again, and finds nothing wrong."""
    root = copy_project(tmp_path / "pkg")
    old = snapshot(root)
    edit_an_actor(root)
    subprocess.run([KDS, "build", "--root", str(root)], check=True, capture_output=True)
    new = snapshot(root)
    for rel, data in old.items():
        (root / rel).write_bytes(data)
    with hold_lock(root):
        reader = subprocess.Popen([KDS, "validate", str(root)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for rel, data in new.items():
            if rel != "datapackage.json":
                (root / rel).write_bytes(data)
        (root / "datapackage.json").write_bytes(new["datapackage.json"])
    out, err = reader.communicate()
    assert reader.returncode == 0, out + err


def test_a_build_removes_every_leftover_stage_whatever_its_pid(tmp_path):
    """The builder holds the write lock, so no other build can be writing: a stage named after
    a live process (a reused pid) is as stale as one of a dead process."""
    root = copy_project(tmp_path / "pkg")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = root / f".kds-tmp-{gone.stdout.strip()}-abc"
    reused = root / f".kds-tmp-{os.getppid()}-abc"  # a process that is alive
    for stage in (dead, reused):
        (stage / "data").mkdir(parents=True)
    edit_an_actor(root)
    build(root)
    assert not dead.exists() and not reused.exists()


def test_the_write_takes_the_lock_itself(tmp_path):
    """A caller that forgot the lock still cannot write beside another writer."""
    from kadhimi_ds.build.package import write
    from kadhimi_ds.files import Locked

    root = copy_project(tmp_path / "pkg")
    before = snapshot(root)
    with hold_lock(root):
        with pytest.raises(Locked):
            write({"data/sources.csv": b"x"}, root)
    assert snapshot(root) == before


def test_a_project_where_the_lock_cannot_be_made_is_a_one_line_failure(tmp_path):
    """As on a read-only tree (the tests may run as root, who can write anywhere)."""
    root = copy_project(tmp_path / "pkg")
    (root / ".kds.lock").mkdir()
    done = subprocess.run([KDS, "build", "--root", str(root)], capture_output=True, text=True)
    assert done.returncode == 1 and ".kds.lock" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_full_disk_during_the_write_is_a_one_line_failure(tmp_path, monkeypatch):
    import errno

    import kadhimi_ds.build.package as package

    root = copy_project(tmp_path / "pkg")
    before = snapshot(root)
    edit_an_actor(root)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package.os, "fsync", full)
    with pytest.raises(PackageError, match="No space left on device"):
        build(root)
    assert snapshot(root) == before and not list(root.glob(".kds-tmp-*"))
