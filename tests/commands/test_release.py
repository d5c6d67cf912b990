"""Releases: one version everywhere, semantic versioning for data, reproducible archives,
citation metadata, and a wheel that ships the data."""
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest
from hypothesis import given, strategies as st
from ruamel.yaml import YAML

from kadhimi_ds.contract import project_root
from kadhimi_ds.commands.diff import PackageFiles
from kadhimi_ds.errors import KdsError
from kadhimi_ds.commands.release import bump, contract_changes, parse_version, release, zip_archive

ROOT = project_root()


def project_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return project["project"]["version"], str(project["tool"]["kadhimi-ds"]["released"])


def test_version_and_date_agree_everywhere():
    version, released = project_version()
    package = json.loads((ROOT / "datapackage.json").read_text())
    citation = YAML(typ="safe").load((ROOT / "CITATION.cff").read_text())
    zenodo = json.loads((ROOT / ".zenodo.json").read_text())
    top = re.search(r"^## (\S+) - (\d{4}-\d{2}-\d{2})$", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert package["version"] == version, "datapackage.json: run `kds build`"
    assert package["created"][:10] == released
    assert str(citation["version"]) == version and str(citation["date-released"]) == released
    assert zenodo["version"] == version and zenodo["publication_date"] == released
    assert top.groups() == (version, released), "CHANGELOG.md's newest entry"


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_bump_orders_versions(major, minor, patch):
    v = f"{major}.{minor}.{patch}"
    bumped = [parse_version(bump(v, level)) for level in ("patch", "minor", "major")]
    assert parse_version(v) < bumped[0] < bumped[1] < bumped[2]
    assert bump(v, "major") == f"{major + 1}.0.0"


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "01.2.3", "1.2.3-rc1", ""])
def test_malformed_versions_are_refused(bad):
    with pytest.raises(KdsError):
        parse_version(bad)


def schema_package(fields):
    return PackageFiles("t", {"schemas/claims.schema.json": json.dumps({"fields": fields}).encode()})


QUALIFIER = {"name": "qualifier", "type": "string", "constraints": {"enum": ["exact", "about"]}}


@pytest.mark.parametrize("new_fields, kind", [
    ([], "breaking"),                                                             # column removed
    ([{**QUALIFIER, "type": "integer"}], "breaking"),                             # type changed
    ([{**QUALIFIER, "constraints": {"enum": ["exact"]}}], "breaking"),            # vocabulary narrowed
    ([{**QUALIFIER, "constraints": {"enum": ["exact", "about", "nearly"]}}], "additive"),
    ([QUALIFIER, {"name": "note", "type": "string"}], "additive"),                # column added
])
def test_contract_changes_are_classified(new_fields, kind):
    breaking, additive = contract_changes(schema_package([QUALIFIER]), schema_package(new_fields))
    assert bool(breaking) == (kind == "breaking")
    assert bool(additive) == (kind == "additive")


def test_zip_archive_is_reproducible_and_checksummed(tmp_path):
    a = zip_archive(ROOT, "1.2.3", dt.date(2026, 1, 2), tmp_path / "a.zip")
    b = zip_archive(ROOT, "1.2.3", dt.date(2026, 1, 2), tmp_path / "b.zip")
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(2026, 1, 2, 0, 0, 0)}
        sums = dict(reversed(line.split("  ", 1)) for line in zf.read("kadhimi-ds-1.2.3/SHA256SUMS").decode().splitlines())
        for rel in ("datapackage.json", "data/claims.csv", "schemas/claims.schema.json", "CITATION.cff", "LICENSE-DATA"):
            data = zf.read(f"kadhimi-ds-1.2.3/{rel}")
            assert sums[rel] == hashlib.sha256(data).hexdigest()
        assert any(n.endswith(".txt") and "/seeds/" in n for n in names)


def git(root, *args):
    return subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args],
                          cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def checkout(tmp_path):
    """A git repository holding a copy of the project's package files."""
    dest = tmp_path / "repo"
    dest.mkdir()
    for name in ("pyproject.toml", "datapackage.json", "README.md", "CHANGELOG.md", "CITATION.cff",
                 ".zenodo.json", "LICENSE", "LICENSE-DATA"):
        shutil.copy(ROOT / name, dest)
    for name in ("data", "schemas", "seeds"):
        shutil.copytree(ROOT / name, dest / name)
    (dest / ".gitignore").write_text("dist/\n")
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-qm", "base")
    return dest


def test_release_twice_gives_identical_archives(checkout, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(checkout, other)
    version, released = project_version()
    today = dt.date.fromisoformat(released)
    a = release(checkout, version, today=today, packages=False)
    b = release(other, version, today=today, packages=False)
    assert a.read_bytes() == b.read_bytes()
    assert git(checkout, "tag").split() == [f"v{version}"]


def test_release_refuses_dirty_tree_and_wrong_bump(checkout):
    version, released = project_version()
    release(checkout, version, today=dt.date.fromisoformat(released), packages=False)
    actors = checkout / "seeds" / "actors.yaml"
    actors.write_text(actors.read_text().replace("description: President of Iraq.", "description: President of Iraq, 2018-2022."))
    with pytest.raises(KdsError, match="uncommitted"):
        release(checkout, bump(version, "patch"))
    from kadhimi_ds.commands.build import build
    build(checkout)
    git(checkout, "commit", "-qam", "correct a description")
    with pytest.raises(KdsError, match="needs a patch release"):
        release(checkout, bump(version, "minor"))
    archive = release(checkout, bump(version, "patch"), today=dt.date(2030, 1, 1), packages=False)
    assert archive.name == f"kadhimi-ds-{bump(version, 'patch')}.zip"
    assert json.loads((checkout / "datapackage.json").read_text())["version"] == bump(version, "patch")
    assert "## " + bump(version, "patch") + " - 2030-01-01" in (checkout / "CHANGELOG.md").read_text()


@pytest.fixture(scope="session")
def cff_schema(tmp_path_factory):
    """The Citation File Format 1.2.0 JSON schema, as shipped by the cffconvert package on PyPI."""
    where = tmp_path_factory.mktemp("cff")
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(where), "cffconvert==2.0.0"],
                   check=True, capture_output=True)
    wheel = next(where.glob("cffconvert-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        return json.loads(zf.read("cffconvert/schemas/1.2.0/schema.json"))


def test_citation_cff_is_valid_cff_1_2_0(cff_schema):
    import jsonschema

    citation = YAML(typ="safe").load((ROOT / "CITATION.cff").read_text())
    citation = json.loads(json.dumps(citation, default=str))  # dates as the strings CFF expects
    jsonschema.validate(citation, cff_schema)
    assert citation["type"] == "dataset"
    assert re.search(r"claims, c-[0-9a-f]{12}", citation["message"]), "how to cite a row"


def test_zenodo_metadata_is_ready_for_deposit():
    meta = json.loads((ROOT / ".zenodo.json").read_text())
    assert meta["upload_type"] == "dataset"
    assert meta["access_right"] == "open"
    assert meta["license"] == "CC-BY-4.0"
    assert meta["title"] and meta["description"]
    assert meta["creators"] and all(c.get("name") for c in meta["creators"])
    dt.date.fromisoformat(meta["publication_date"])
    parse_version(meta["version"])
    assert all(isinstance(k, str) and k for k in meta["keywords"])


def test_wheel_ships_the_data_and_loads_outside_the_repository(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(next(wheels.glob("*.whl")))], check=True, capture_output=True)
    code = ("import kadhimi_ds, sys; t = kadhimi_ds.load(); "
            "assert 'site' in kadhimi_ds.__file__, kadhimi_ds.__file__; "
            "print(sorted((k, v.height) for k, v in t.items()))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(target)},
                         check=True, capture_output=True, text=True).stdout
    import kadhimi_ds
    expected = sorted((k, v.height) for k, v in kadhimi_ds.load().items())
    assert out.strip() == str(expected)


def test_release_builds_a_wheel_and_sdist_that_ship_the_data(checkout):
    for name in ("src", "tests", "benchmarks"):
        shutil.copytree(ROOT / name, checkout / name, ignore=shutil.ignore_patterns("__pycache__", ".cache", "heldout"))
    git(checkout, "add", "-A")
    git(checkout, "commit", "-qm", "code")
    version, released = project_version()
    release(checkout, version, today=dt.date.fromisoformat(released))
    wheel = next((checkout / "dist").glob("kadhimi_ds-*.whl"))
    sdist = next((checkout / "dist").glob("kadhimi_ds-*.tar.gz"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert {"kadhimi_ds/_package/datapackage.json", "kadhimi_ds/_package/data/claims.csv",
            "kadhimi_ds/_package/schemas/claims.schema.json"} <= names
    assert sdist.stat().st_size > 0
