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
from kadhimi_ds.commands.release import (RULES, bump, contract_changes, parse_version, release, required_level, verify,
                                         zip_archive)

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


def schema_package(fields, key=("qualifier",)):
    schema = {"fields": fields, "primaryKey": list(key)}
    return PackageFiles("t", {"schemas/claims.schema.json": json.dumps(schema).encode()})


def field(constraints, type_="string"):
    return {"name": "qualifier", "type": type_, "constraints": constraints}


ENUM = {"enum": ["exact", "about"]}
NOTE = {"name": "note", "type": "string"}

# One case per rule of RULES: the schema before, the schema after.
RULE_CASES = {
    "table removed": (schema_package([field(ENUM)]), PackageFiles("t", {})),
    "table added": (PackageFiles("t", {}), schema_package([field(ENUM)])),
    "column removed or renamed": (schema_package([field(ENUM), NOTE]), schema_package([field(ENUM)])),
    "column added": (schema_package([field(ENUM)]), schema_package([field(ENUM), NOTE])),
    "type changed": (schema_package([field({})]), schema_package([field({}, "integer")])),
    "primary key changed": (schema_package([field({}), NOTE]), schema_package([field({}), NOTE], key=("note",))),
    "vocabulary narrowed": (schema_package([field(ENUM)]), schema_package([field({"enum": ["exact"]})])),
    "vocabulary widened": (schema_package([field(ENUM)]), schema_package([field({"enum": ["exact", "about", "nearly"]})])),
    "vocabulary added": (schema_package([field({})]), schema_package([field(ENUM)])),
    "vocabulary removed": (schema_package([field(ENUM)]), schema_package([field({})])),
    "constraint added": (schema_package([field({})]), schema_package([field({"required": True})])),
    "constraint tightened": (schema_package([field({"minimum": 0}, "integer")]),
                             schema_package([field({"minimum": 1}, "integer")])),
    "constraint changed": (schema_package([field({"pattern": "[a-z]+"})]), schema_package([field({"pattern": "[a-z0-9]+"})])),
    "constraint loosened": (schema_package([field({"maxLength": 5})]), schema_package([field({"maxLength": 9})])),
    "constraint removed": (schema_package([field({"required": True})]), schema_package([field({"required": False})])),
}


def test_every_rule_has_a_case():
    assert set(RULE_CASES) == set(RULES)


@pytest.mark.parametrize("rule", sorted(RULE_CASES))
def test_contract_change_follows_its_rule(rule):
    old, new = RULE_CASES[rule]
    changes = contract_changes(old, new)
    assert [r for r, _ in changes] == [rule]
    level, reasons, _ = required_level(old, new)
    assert level == RULES[rule] and reasons == [why for _, why in changes]


@pytest.mark.parametrize("before, after", [
    ({"required": True}, {}),                                   # required dropped
    ({"minimum": 0}, {}),                                       # minimum removed
    ({"minimum": 5}, {"minimum": 0}),                           # minimum lowered
    ({"pattern": "[a-z]+"}, {}),                                # pattern dropped
])
def test_loosening_the_contract_is_not_a_patch(before, after):
    level, reasons, _ = required_level(schema_package([field(before, "integer")]), schema_package([field(after, "integer")]))
    assert level == "minor" and "no change to the tables" not in reasons


def test_same_contract_same_tables_is_a_patch():
    pkg = schema_package([field(ENUM)])
    assert required_level(pkg, pkg)[:2] == ("patch", ["no change to the tables"])


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


def test_release_twice_gives_identical_archives_and_records(checkout, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(checkout, other)
    version, released = project_version()
    today = dt.date.fromisoformat(released)
    a = release(checkout, version, today=today, packages=False)
    b = release(other, version, today=today, packages=False)
    assert a.read_bytes() == b.read_bytes()
    record = json.loads((checkout / "releases" / f"{version}.json").read_text())
    assert record["archive"]["sha256"] == hashlib.sha256(a.read_bytes()).hexdigest()
    assert record["commit"] == git(checkout, "rev-parse", "HEAD~1").strip()
    assert git(checkout, "tag", "--points-at", record["commit"]).split() == [f"v{version}"]
    assert not git(checkout, "status", "--porcelain")
    assert verify(checkout, version, a) == []


def corrected(checkout):
    """``checkout`` with 0.1.0 released and then one description corrected (a patch)."""
    version, released = project_version()
    release(checkout, version, today=dt.date.fromisoformat(released), packages=False)
    actors = checkout / "seeds" / "actors.yaml"
    actors.write_text(actors.read_text().replace("description: President of Iraq.", "description: President of Iraq, 2018-2022."))
    return bump(version, "patch")


def test_release_refuses_dirty_tree_and_wrong_bump(checkout):
    patch = corrected(checkout)
    with pytest.raises(KdsError, match="uncommitted"):
        release(checkout, patch)
    from kadhimi_ds.commands.build import build
    build(checkout)
    git(checkout, "commit", "-qam", "correct a description")
    with pytest.raises(KdsError, match="needs a patch release"):
        release(checkout, bump(patch, "minor"))
    archive = release(checkout, patch, today=dt.date(2030, 1, 1), packages=False)
    assert archive.name == f"kadhimi-ds-{patch}.zip"
    assert json.loads((checkout / "datapackage.json").read_text())["version"] == patch
    assert "## " + patch + " - 2030-01-01" in (checkout / "CHANGELOG.md").read_text()
    record = json.loads((checkout / "releases" / f"{patch}.json").read_text())
    assert record["level"] == "patch" and record["reasons"] == ["actors: 0 removed, 1 changed"]
    with pytest.raises(KdsError, match="already released"):
        release(checkout, patch, packages=False)


def fail(*args, **kwargs):
    raise KdsError("injected failure")


def fail_on_record_commit(real):
    def wrapper(root, *args):
        if args[:1] == ("commit",) and "Record" in args[-1]:
            fail()
        return real(root, *args)
    return wrapper


def place_then_fail(real):
    def wrapper(src, dst):
        if "extra" in str(src):
            fail()
        return real(src, dst)
    return wrapper


STEPS = {
    "set_version": lambda mp, rel: mp.setattr(rel, "set_version", fail),
    "build": lambda mp, rel: mp.setattr("kadhimi_ds.commands.build.build", fail),
    "zip_archive": lambda mp, rel: mp.setattr(rel, "zip_archive", fail),
    "python_packages": lambda mp, rel: mp.setattr(rel, "python_packages", fail),
    "extra step": lambda mp, rel: mp.setattr(rel, "EXTRA_STEPS", [fail]),
    "write_record": lambda mp, rel: mp.setattr(rel, "write_record", fail),
    "record commit": lambda mp, rel: mp.setattr(rel, "git", fail_on_record_commit(rel.git)),
    "move to dist": lambda mp, rel: (mp.setattr(rel, "EXTRA_STEPS", [lambda root, out, v: (out / "zz-extra").write_text("x")]),
                                     mp.setattr(rel.shutil, "move", place_then_fail(shutil.move))),
}


@pytest.mark.parametrize("step", sorted(STEPS))
def test_a_failed_release_leaves_nothing_behind(checkout, monkeypatch, step):
    import kadhimi_ds.commands.release as rel
    from kadhimi_ds.commands.build import build

    patch = corrected(checkout)
    build(checkout)
    git(checkout, "commit", "-qam", "correct a description")
    before = (git(checkout, "rev-parse", "HEAD"), git(checkout, "tag"), sorted(p.name for p in (checkout / "dist").iterdir()))
    monkeypatch.setattr(rel, "python_packages", lambda root, released, out: (out / "a.whl").write_text("w"))
    with monkeypatch.context() as mp:
        STEPS[step](mp, rel)
        with pytest.raises(KdsError, match="injected failure"):
            release(checkout, patch, today=dt.date(2030, 1, 1), packages=True)
    assert (git(checkout, "rev-parse", "HEAD"), git(checkout, "tag"), sorted(p.name for p in (checkout / "dist").iterdir())) == before
    assert not git(checkout, "status", "--porcelain", "--ignored", "--", ".", ":!dist")
    assert not (checkout / "releases" / f"{patch}.json").exists()
    assert release(checkout, patch, today=dt.date(2030, 1, 1)).is_file()   # the retry goes through
    assert (checkout / "dist" / "a.whl").is_file() and (checkout / "releases" / f"{patch}.json").is_file()


def test_verify_fails_on_an_archive_with_one_byte_changed(checkout, tmp_path):
    version, released = project_version()
    archive = release(checkout, version, today=dt.date.fromisoformat(released), packages=False)
    data = bytearray(archive.read_bytes())
    offset = data.index(b"claim_id")             # inside the stored claims.csv
    data[offset] ^= 0x20
    bad = tmp_path / archive.name
    bad.write_bytes(bytes(data))
    problems = verify(checkout, version, bad)
    assert problems and all(p.startswith(str(bad)) for p in problems)
    assert any("differs" in p for p in problems)


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


def test_a_release_takes_the_unreleased_notes_of_the_changelog(tmp_path):
    import datetime as dt

    from kadhimi_ds.commands.release import set_version

    for name in ("pyproject.toml", "CITATION.cff"):
        (tmp_path / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\nIntro.\n\n## Unreleased\n\n- written by hand\n\n"
                                           "## 0.1.0 - 2026-11-23\n\nFirst.\n", encoding="utf-8")
    set_version(tmp_path, "0.2.0", dt.date(2030, 1, 2), "minor", ["added column x"], {"claims": 3})
    text = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Unreleased" not in text
    assert text.index("## 0.2.0 - 2030-01-02") < text.index("- added column x") < text.index("- written by hand") \
        < text.index("## 0.1.0 - 2026-11-23")
