"""Number expressions (``kadhimi_ds.extract.numerals``): digits, cardinals in words, vague
amounts, ordinals and "an unknown number", each with its span and value."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.extract import find_numbers
from kadhimi_ds.numbers import parse_number_words
from test_numbers import number_to_words

@given(st.integers(0, 999_999_999), st.booleans(), st.booleans())
@settings(max_examples=300)
def test_any_integer_written_in_words_parses_back(n, hyphen, use_and):
    words = number_to_words(n, hyphen=hyphen, use_and=use_and)
    assert parse_number_words(words) == n
    text = f"Officials counted {words} drones near the port."
    found = find_numbers(text)
    assert [(t.text, t.value) for t in found] == [(words, n)]
    assert text[found[0].start:found[0].end] == words


@given(st.integers(0, 10**9))
def test_digits_with_and_without_commas(n):
    for written in (str(n), f"{n:,}"):
        tok = find_numbers(f"A total of {written} ballots.")[0]
        assert (tok.text, tok.value) == (written, n)


def test_two_numbers_joined_by_and_stay_apart():
    assert [t.value for t in find_numbers("between twenty and thirty boats, two and three cranes")] == [20, 30, 2, 3]


def test_vague_amounts_ordinals_and_unspecified():
    found = {t.text: (t.value, t.form) for t in find_numbers(
        "Several hundred workers, dozens of boats, a dozen cranes, the third day and an unknown number of guards")}
    assert found == {"Several hundred": (300, "vague"), "dozens": (24, "vague"), "a dozen": (12, "vague"),
                     "third": (3, "ordinal"), "an unknown number": (None, "unspecified")}


@pytest.mark.parametrize("text, value", [
    ("Several thousand dockers marched to the pier.", 3_000), ("several hundred dockers", 300),
    ("a few thousand dockers", None), ("tens of thousands of dockers", None),
])
def test_several_thousand_is_valued_as_several_hundred(text, value):
    assert [t.value for t in find_numbers(text)] == [value]


@pytest.mark.parametrize("text", [
    "The militia wants to settle scores with the port police.",
    "He said it was a pretext for settling old scores.",
    "Their scores in the port exams fell.",
    "The test scores were published on Monday.",
])
def test_scores_as_an_idiom_or_a_noun_of_marks_is_no_number(text):
    assert [n.text for n in find_numbers(text) if n.text.lower() == "scores"] == []


@pytest.mark.parametrize("text", ["Scores of dockers were hurt.", "Police said scores were wounded at the gate."])
def test_scores_as_an_amount_stays_a_number(text):
    assert [n.text.lower() for n in find_numbers(text)] == ["scores"]
