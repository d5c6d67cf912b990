"""Round-3 rules, each on sentences written for these tests: the coded population and its words
(C12, C13), the claimant's basis (C18), vague amounts (C2), singular counts (C3), plurals with
no number (C4), drone quantities (C7), zero counts (C9) and counts about another event."""
from __future__ import annotations

import datetime as dt

from ruamel.yaml import YAML

from kadhimi_ds.extract import draft_yaml

from helpers import run


def claim(draft, words: str):
    found = [c for c in draft.claims if words in c.text]
    assert found, [c.text for c in draft.claims]
    return found[0]


def test_population_codes_come_from_the_counted_noun():
    d = run("Four of the premier's bodyguards were wounded. Three soldiers were killed at a checkpoint. "
            "Forty people were hurt when protesters clashed with police. Two demonstrators died.")
    assert (claim(d, "Four").population, claim(d, "Four").population_text) == ("pm_guards", "the premier's bodyguards")
    assert claim(d, "Three soldiers").population == "security_forces"
    assert (claim(d, "Forty").population, claim(d, "Forty").population_text) == ("people", "people")
    assert claim(d, "Two demonstrators").population == "protesters"


def test_a_generic_head_takes_its_of_phrase_and_an_elided_noun_its_antecedent():
    d = run("Seven members of the protection force were wounded. A marcher was shot dead and 30 others were hurt.")
    c = claim(d, "Seven")
    assert (c.population, c.population_text) == ("pm_guards", "members of the protection force")
    c = claim(d, "30")
    assert (c.quantity, c.population, c.population_text) == ("injured", "protesters", "others")


def test_marching_supporters_are_protesters_and_drones_seats_have_their_codes():
    d = run("Hundreds of supporters marched on the gate. Three drones were launched. The party won 17 seats.")
    assert claim(d, "Hundreds").population == "protesters"
    assert claim(d, "Three drones").population == "drones"
    assert claim(d, "17 seats").population == "parliament_seats"


def test_the_draft_carries_population_text_and_the_claimants_basis():
    d = run("Five guards were wounded, Omar Haddad said. Two drones were shot down.")
    data = YAML(typ="safe", pure=True).load(draft_yaml(d, "x"))
    first, second = data["claims"]
    assert first["population"] == "pm_guards" and first["population_text"] == "guards"
    assert first["claimed_by"] == "omar-haddad" and first["claimed_by_basis"] == "article"
    assert second["claimed_by"] is None and second["claimed_by_basis"] is None
    assert list(first)[:6] == ["text", "quantity", "value", "qualifier", "population", "population_text"]


def test_vague_amounts_follow_c2():
    d = run("Dozens of guards were wounded. A dozen soldiers were hurt. Several drones were shot down. "
            "Scores of protesters were injured. A number of guards were hurt.")
    assert (claim(d, "Dozens").value, claim(d, "Dozens").qualifier) == (24, "at_least")
    assert (claim(d, "A dozen").value, claim(d, "A dozen").qualifier) == (12, "about")
    assert (claim(d, "Several").value, claim(d, "Several").quantity) == (3, "drones_downed")
    assert (claim(d, "Scores").value, claim(d, "Scores").qualifier) == (None, "unspecified")
    c = claim(d, "A number of")
    assert (c.value, c.qualifier, c.quantity, c.population) == (None, "unspecified", "injured", "pm_guards")


def test_how_many_is_no_count():
    d = run("The ministry did not say how many guards were hurt.")
    assert d.claims == []


def test_singular_counts_with_another_and_more_nouns():
    d = run("Another drone struck the roof. A resident was wounded by shrapnel. The guard's funeral was held.")
    assert (claim(d, "Another drone").quantity, claim(d, "Another drone").value) == ("drones_struck", 1)
    assert (claim(d, "A resident").quantity, claim(d, "A resident").population) == ("injured", "people")
    assert not any("guard" in c.text for c in d.claims)


def test_c7_order_of_tests_for_drones():
    d = run("Two drones were shot down over the river. Three drones crashed into the house. "
            "Four drones crashed in the desert. The house was attacked with five drones.")
    assert claim(d, "Two drones").quantity == "drones_downed"
    assert claim(d, "Three drones").quantity == "drones_struck"
    assert claim(d, "Four drones").quantity == "drones_launched"
    assert claim(d, "five drones").quantity == "drones_launched"


def test_zero_counts_are_not_claims():
    d = run("No one was hurt in the blast. There were no deaths.")
    assert d.claims == [] and d.candidates == []


def test_plurals_without_a_number_are_claims_not_generic_or_definite_ones():
    d = run("Residents heard explosions near the airport. Drones struck the base. The party lost seats.\n\n"
            "Militias in the region favour cheap drones. The drones were found. Officials discussed drone attacks. "
            "Whoever sent these drones wants chaos.")
    got = {(c.text, c.quantity, c.value, c.qualifier, c.population) for c in d.claims}
    assert got == {("explosions", "explosions", None, "unspecified", "explosions"),
                   ("Drones", "drones_struck", None, "unspecified", "drones"),
                   ("seats", "seats_lost", None, "unspecified", "parliament_seats")}
    assert all(c.rule == "bare_plural" and c.confidence <= 0.3 for c in d.claims)


def test_a_bare_plural_that_repeats_a_count_is_one_claim():
    d = run("Drones targeted the port on Monday. Drones were launched from the east, and five guards were hurt.")
    assert sorted(c.text for c in d.claims) == ["Drones", "five guards"]


def test_a_count_about_another_incident_is_ignored_and_one_in_a_past_year_is_flagged():
    d = run("Two protesters were killed on Sunday. Nearly 600 protesters were killed in 2019. "
            "Three guards were wounded in another attack last month. Two weeks ago, a rocket attack on the "
            "airport wounded four people. An earlier rocket attack on the embassy killed two contractors. "
            "Earlier this week dozens of supporters marched to the gate.", dt.date(2021, 11, 9))
    assert claim(d, "Two protesters").elsewhere is None
    assert claim(d, "600").elsewhere == "in 2019"
    assert "another event?" in draft_yaml(d, "x")
    assert [c.text for c in d.claims] == ["Two protesters", "Nearly 600 protesters"]
    reasons = {n.text: n.reason for n in d.numbers}
    assert "another attack" in reasons["Three"] and reasons["Three"].endswith("(I7)")
    assert reasons["four"].startswith("count for another event") and reasons["dozens"].startswith("count for another event")
    assert reasons["two"].startswith("count for another event")


def test_the_build_accepts_the_new_claim_fields_of_a_draft():
    from kadhimi_ds.build.resolve import CLAIM_KEYS, ITEM_TYPES
    assert {"population_text", "claimed_by_basis"} <= CLAIM_KEYS
    assert type(None) in ITEM_TYPES["claimed_by_basis"] and str in ITEM_TYPES["population_text"]
