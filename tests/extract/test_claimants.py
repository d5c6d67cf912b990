"""The claimant that a definite role noun takes from its earlier reference (``kadhimi_ds.extract.claimants``;
codebook G2, C8 note, C16). All sentences written for these tests."""
from __future__ import annotations

from helpers import run

SERIES = ("The raid was carried out with four drones, a ports ministry spokesman said. Three were downed by guards "
          "and a fourth struck the crane, the spokesman added.")


def test_the_spokesman_added_is_the_spokesman_named_before():
    d = run(SERIES)
    assert {(c.text, c.claimed_by) for c in d.claims} >= {("four drones", "ports-ministry"), ("Three", "ports-ministry")}


def test_a_total_the_same_spokesman_stated_blocks_the_ordinal_s_total():
    found = {(c.text, c.quantity, c.value) for c in run(SERIES).claims}
    assert ("a fourth", "drones_launched", 4) not in found and ("a fourth struck the crane", "drones_struck", 1) in found


def test_a_role_noun_with_no_earlier_reference_stays_without_claimant():
    d = run("Three drones were downed by guards and a fourth struck the crane, the spokesman added.")
    assert {c.claimed_by for c in d.claims} == {None}
    assert ("a fourth", "drones_launched", 4) in {(c.text, c.quantity, c.value) for c in d.claims}


def test_another_role_noun_does_not_take_the_spokesman_s_source():
    d = run("The raid was carried out with four drones, a ports ministry spokesman said. "
            "Three were downed by guards, the harbour master added.")
    assert next(c for c in d.claims if c.text == "Three").claimed_by is None
