"""The hedge of a number (``kadhimi_ds.extract.qualifiers``; codebook C2, C5): after the counted noun,
"as many as" and "up to". All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run


@pytest.mark.parametrize("sentence, found", [
    ("Six dockers at least were hurt in the fire, a medic said.", ("Six dockers at least", "injured", 6, "at_least")),
    ("Four guards at most were wounded at the gate.", ("Four guards at most", "injured", 4, "at_most")),
])
def test_a_hedge_after_the_noun_is_the_qualifier(sentence, found):
    assert [(c.text, c.quantity, c.value, c.qualifier) for c in run(sentence).claims] == [found]


@pytest.mark.parametrize("text, value", [
    ("Medics said as many as 40 dockers were hurt in the fire.", 40),
    ("The blaze killed as many as 12 sailors.", 12),
])
def test_as_many_as_is_no_hedge_and_the_count_is_exact(text, value):
    (c,) = run(text).claims
    assert (c.value, c.qualifier) == (value, "exact") and c.text.startswith("as many as")


def test_up_to_is_still_at_most():
    (c,) = run("The blaze killed up to 12 sailors.").claims
    assert (c.value, c.qualifier) == (12, "at_most")
