"""The libyaml path of load_yaml gives exactly what ruamel's pure parser gives, or steps
aside (UNSURE) so that ruamel decides: on every YAML file of the project, on generated
documents and on generated YAML-like text."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from kadhimi_ds.build.seeds import MAX_YAML_ALIASES
from kadhimi_ds.build.yamlfast import UNSURE, load

ROOT = Path(__file__).resolve().parents[2]


def pure(text: str):
    try:
        return YAML(typ="safe", pure=True).load(text)
    except Exception as exc:  # noqa: BLE001
        return ("error", type(exc).__name__)


def fast(text: str):
    return load(text, YAML(typ="safe", pure=True))


FILES = sorted(p for p in ROOT.rglob("*.yaml") if not {".venv", ".cache", "node_modules", ".git"} & set(p.parts))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_of_the_project_reads_the_same(path):
    text = path.read_text(encoding="utf-8")
    got = fast(text)
    assert got is not UNSURE
    assert got == pure(text)


def test_libyaml_is_there():
    import yaml

    assert yaml.__with_libyaml__  # else the fast path never runs


@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n", "a: !!python/object:os.system x\n", "a: [1, 2\n", "--- 1\n--- 2\n", "%YAML 1.1\n---\na: yes\n",
    "a: &x 1\nb: *x\n", "a: *nope\n", "a: |#\n", "|\n#x\n", "a: |\n\nb: 1\n",  "a: *nope\n", "a: 1\r\nb: 2\r\n", "a: b\u2028c\n", "a: !!str 1\n",
    "x: " + ", ".join(["&a1 [1]"] + ["*a1"] * (MAX_YAML_ALIASES + 1)) + "\n",
])
def test_doubtful_documents_are_left_to_ruamel(text):
    assert fast(text) is UNSURE


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.text(max_size=20))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=20)


@given(VALUES, st.sampled_from([None, True, False]))
@settings(max_examples=300, deadline=None)
def test_dumped_documents_read_the_same(value, flow):
    out = io.StringIO()
    dumper = YAML(typ="safe", pure=True)
    dumper.default_flow_style = flow
    dumper.dump(value, out)
    text = out.getvalue()
    got = fast(text)
    if got is not UNSURE:
        assert got == pure(text)


YAMLISH = st.lists(st.sampled_from(list("ab01 .:-?!&*#[]{},'\"|>\n\t\\%@`~_é“")
                                    + ["yes", "no", "null", "0o7", "0x1f", "1_0", "1e3", ".inf", "2021-11-07"]),
                   max_size=30).map("".join)


@given(YAMLISH)
@settings(max_examples=1500, deadline=None)
def test_yaml_like_text_reads_the_same_or_is_left_to_ruamel(text):
    got = fast(text)
    if got is not UNSURE:
        assert got == pure(text), text
