"""Anchor resolution: exact text (plus occurrence or context) to a half-open span."""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings, strategies as st

from kadhimi_ds.build.anchors import Span, find_all, resolve_anchor
from kadhimi_ds.errors import AnchorError, KdsError, SeedError

from conftest import nth_find

# Small alphabets make repeated substrings (and so ambiguity) common; the second adds
# the marks and non-ASCII letters the articles use.
TEXTS = st.one_of(
    st.text(alphabet="ab ", min_size=1, max_size=40),
    st.text(alphabet="ab“”’é\n —", min_size=1, max_size=40),
    st.text(min_size=1, max_size=60),
)


@st.composite
def text_and_slice(draw):
    text = draw(TEXTS)
    i = draw(st.integers(0, len(text) - 1))
    j = draw(st.integers(i + 1, min(len(text), i + 6)))
    return text, i, j


@given(text_and_slice())
@settings(max_examples=150)
def test_occurrence_picks_the_chosen_substring(case):
    text, i, j = case
    anchor = text[i:j]
    starts = nth_find(text, anchor, 0, len(text))
    span = resolve_anchor(text, anchor, occurrence=starts.index(i) + 1)
    assert span == Span(i, j)
    assert text[span.start:span.end] == anchor


@given(text_and_slice())
@settings(max_examples=150)
def test_unique_anchor_resolves_and_ambiguous_anchor_raises(case):
    text, i, j = case
    anchor = text[i:j]
    starts = nth_find(text, anchor, 0, len(text))
    if len(starts) == 1:
        span = resolve_anchor(text, anchor)
        assert (span.start, span.end) == (i, j)
        assert text[span.start:span.end] == anchor
    else:
        with pytest.raises(AnchorError, match="times"):
            resolve_anchor(text, anchor)


@given(TEXTS, st.text(min_size=1, max_size=8))
@settings(max_examples=100)
def test_missing_anchor_raises(text, anchor):
    assume(anchor not in text)
    with pytest.raises(AnchorError, match="not found"):
        resolve_anchor(text, anchor)


@given(text_and_slice(), st.integers(min_value=-3, max_value=3))
@settings(max_examples=100)
def test_occurrence_out_of_range_raises(case, extra):
    text, i, j = case
    anchor = text[i:j]
    n = len(nth_find(text, anchor, 0, len(text)))
    bad = n + 1 + abs(extra) if extra >= 0 else -abs(extra) + 1  # past the end, or 0/negative
    with pytest.raises(AnchorError):
        resolve_anchor(text, anchor, occurrence=bad)


@st.composite
def text_slice_context(draw):
    text, i, j = draw(text_and_slice())
    a = draw(st.integers(0, i))
    b = draw(st.integers(j, len(text)))
    return text, i, j, a, b


@given(text_slice_context())
@settings(max_examples=150)
def test_context_resolves_when_unique_else_raises(case):
    text, i, j, a, b = case
    anchor, context = text[i:j], text[a:b]
    context_hits = nth_find(text, context, 0, len(text))
    inner = nth_find(text, anchor, a, b)
    if len(context_hits) == 1 and len(inner) == 1:
        assert resolve_anchor(text, anchor, context=context) == Span(i, j)
    else:
        with pytest.raises(AnchorError):
            resolve_anchor(text, anchor, context=context)


@given(text_and_slice(), st.data())
@settings(max_examples=100)
def test_window_limits_the_search(case, data):
    text, i, j = case
    anchor = text[i:j]
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    inside = nth_find(text, anchor, lo, hi)
    assert find_all(text, anchor, lo, hi) == inside
    if len(inside) == 1:
        assert resolve_anchor(text, anchor, lo=lo, hi=hi) == Span(inside[0], inside[0] + len(anchor))
    else:
        with pytest.raises(AnchorError):
            resolve_anchor(text, anchor, lo=lo, hi=hi)


def test_find_all_counts_overlapping_occurrences():
    assert find_all("aaaa", "aa") == [0, 1, 2]
    assert find_all("aaaa", "") == []
    assert find_all("abcabc", "abc", 1) == [3]
    assert find_all("abcabc", "abc", 0, 5) == [0]


@pytest.mark.parametrize("anchor", ["", None, 5])
def test_empty_or_non_string_anchor_raises(anchor):
    with pytest.raises(AnchorError):
        resolve_anchor("some text", anchor)


def test_context_and_occurrence_together_raise():
    with pytest.raises(AnchorError, match="both"):
        resolve_anchor("a b a b", "a", context="a b", occurrence=1)


def test_context_holding_the_anchor_twice_raises():
    with pytest.raises(AnchorError, match="in its context"):
        resolve_anchor("x a a y", "a", context="x a a")


def test_context_not_unique_raises():
    with pytest.raises(AnchorError, match="context found 2 times"):
        resolve_anchor("a b. a b.", "a", context="a b")


def test_message_names_the_anchor():
    with pytest.raises(AnchorError) as info:
        resolve_anchor("the text", "absent words")
    assert "absent words" in str(info.value)


def test_anchor_error_is_a_seed_error():
    assert issubclass(AnchorError, SeedError) and issubclass(SeedError, KdsError)


def test_offsets_are_code_points_not_bytes():
    text = "“Quoted” – العراق then Kadhimi"
    span = resolve_anchor(text, "Kadhimi")
    assert span.start == len("“Quoted” – العراق then ")
    assert span.start < len("“Quoted” – العراق then ".encode("utf-8"))
