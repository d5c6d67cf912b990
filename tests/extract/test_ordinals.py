"""Ordinals closing a series (``kadhimi_ds.extract.ordinals``; codebook C8) and the source of a series
total (C8 note). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claims_by_text, run

from kadhimi_ds.extract.draft import ClaimProposal
from kadhimi_ds.extract.ordinals import same_source


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


@pytest.mark.parametrize("text, total, one", [
    ("One docker was killed at the gate on Friday. Port officials later said a second docker had died of his wounds.",
     ("a second docker", "killed", 2), ("a second docker had died", "killed", 1)),
    ("Two guards were wounded in the blast, the navy said. Medics said on Saturday that a third guard was hurt.",
     ("a third guard", "injured", 3), ("a third guard was hurt", "injured", 1)),
    ("Three dockers were killed in the blast; a fourth died later in hospital.",
     ("a fourth", "killed", 4), ("a fourth died", "killed", 1)),
])
def test_an_ordinal_closing_a_casualty_count_of_the_paragraph_gives_the_total_and_its_own_death_or_injury(text, total, one):
    found = rows(text)
    assert total in found and one in found


@pytest.mark.parametrize("text", [
    "One docker was killed at the gate on Friday. A second crane collapsed on the quay on Sunday.",
    "One docker was killed at the gate on Friday. A second docker was arrested on Sunday.",
    "One docker was killed at the gate on Friday.\n\nA second docker died in a road accident in the north.",
    "One docker was killed at the gate on Friday. A second attack on the port followed.",
])
def test_an_ordinal_of_another_noun_verb_or_paragraph_gives_no_total(text):
    assert all(c.value != 2 for c in run(text).claims if c.quantity in ("killed", "injured"))


def test_a_casualty_ordinal_whose_verb_gives_another_quantity_gives_only_the_total():
    found = rows("By noon the clinic had four wounded sailors, and then a fifth arrived by boat.")
    assert ("a fifth", "injured", 5) in found and not any(v == 1 for _, _, v in found)


@pytest.mark.parametrize("text", [
    "It was the third drone attack on the port since March.",
    "The second drone strike of the week hit an empty warehouse.",
])
def test_an_ordinal_before_a_drone_compound_ranks_the_attack(text):
    assert not any(c.text.lower().startswith(("the third", "the second")) for c in run(text).claims)


@pytest.mark.parametrize("text, total, one", [
    ("Air crews shot down two drones over the port, the navy said. A third hit the customs office.",
     ("A third", "drones_launched", 3), ("A third hit the customs office", "drones_struck", 1)),
    ("Four drones were intercepted above the harbour. A fifth, according to dockers, slammed into the depot's roof.",
     ("A fifth", "drones_launched", 5), ("A fifth, according to dockers, slammed into the depot's roof", "drones_struck", 1)),
    ("Two drones were downed over the port, and a third crashed in a field outside the town.",
     ("a third", "drones_launched", 3), ("a third crashed", "drones_launched", 1)),
])
def test_an_ordinal_after_a_downed_part_of_a_drone_series_gives_the_total_and_the_fate_of_its_own(text, total, one):
    found = rows(text)
    assert total in found and one in found


def test_an_ordinal_with_a_fate_verb_closes_the_series_of_the_paragraph_before():
    found = rows("The navy said its crews had shot down two drones over the port at dawn.\n\n"
                 "In a later statement, harbour police said a third drone struck the customs office.")
    assert {("a third drone", "drones_launched", 3), ("a third drone struck the customs office", "drones_struck", 1)} <= found


def test_an_ordinal_two_paragraphs_after_the_series_closes_none():
    found = rows("The navy said its crews had shot down two drones over the port at dawn.\n\n"
                 "Dockers stayed away from the quay on Monday.\n\n"
                 "Harbour police said a third drone struck the customs office.")
    assert not any(v == 3 for _, _, v in found)


def test_an_ordinal_that_fell_onto_open_ground_took_part_with_the_place_in_its_span():
    found = rows("Guards said one drone hit the depot and a second fell into the yard without exploding.")
    assert {("a second", "drones_launched", 2), ("a second fell into the yard", "drones_launched", 1)} <= found


def test_an_ordinal_after_drones_of_the_paragraph_without_a_fate_verb_gives_no_total():
    found = rows("Two drones were shot down over the port. A third of the dockers stayed home on Monday.")
    assert not any(v == 3 for _, _, v in found)


def test_a_hedged_total_of_the_same_source_does_not_block_the_exact_total_an_ordinal_gives():
    found = rows("At least four drones flew over the port, the navy said. Three were shot down and a fourth hit the "
                 "customs office, the navy added.")
    assert ("a fourth", "drones_launched", 4) in found


@pytest.mark.parametrize("text", [
    "One of the drones was shot down. The other struck a balcony on the second floor of the depot.",
    "Navy crews downed two drones over the port; a third hit the depot on the third pier.",
])
def test_an_ordinal_before_another_noun_after_a_drone_series_gives_no_total(text):
    assert not [c for c in run(text).claims if c.text.lower() in ("the second", "the third")]


def test_the_ordinal_opening_a_paragraph_closes_the_series_of_the_paragraph_before():
    text = ("Three drones were launched at the port authority on Thursday and two were shot down, a navy officer said.\n\n"
            "The third struck the customs office, the officer said.")
    assert ("The third struck the customs office", "drones_struck", 1) in rows(text)


def test_an_ordinal_opening_a_paragraph_after_another_paragraph_of_other_counts_counts_nothing():
    text = ("Three dockers were arrested on Thursday, police said.\n\n"
            "The third struck a deal with prosecutors, police said.")
    assert not any(q.startswith("drones") for _, q, _ in rows(text))


def test_a_third_after_two_implies_three_launched_and_one_that_hit():
    draft = run("Guards shot down two drones, and a third hit the customs office.")
    got = sorted((c.quantity, c.value) for c in draft.claims)
    assert got == [("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]


def test_an_ordinal_closes_a_series_told_in_the_sentence_before():
    d = run("Two of the drones were brought down over the river, the army said. The third got through and hit the customs office.")
    assert [(c.text, c.value) for c in d.claims if c.quantity == "drones_struck"] == [("The third got through", 1)]


def test_a_total_stated_by_the_same_voice_is_not_implied_again():
    d = run("Three drones were sent at the port.\n\nTwo of the drones were shot down and the third struck a crane.")
    assert sorted((c.text, c.quantity, c.value) for c in d.claims) == [
        ("Three drones", "drones_launched", 3), ("Two of the drones", "drones_downed", 2),
        ("the third struck a crane", "drones_struck", 1)]


@pytest.mark.parametrize("text", [
    "Three drones were sent at the port, officials said.\n\nTwo of the drones were shot down and the third struck a crane.",
    "Four drones flew at the depot, a customs official told Reuters. Three were jammed. The fourth hit the fuel tank.",
    "Ports minister Omar Haddad said five drones took part, four of them downed. The fifth crashed into the pier, Reuters reported.",
])
def test_a_total_stated_by_another_claimant_does_not_block_the_ordinal_total(text):
    """C8 note: only the same claimant's total makes the ordinal's total a repeat (C15)."""
    ordinals = [c for c in run(text).claims if c.rule == "implied_total"]
    assert [(c.text.lower(), c.quantity) for c in ordinals] == [(ordinals[0].text.lower(), "drones_launched")]
    assert ordinals[0].text.lower().split()[0] in ("the", "a")


@pytest.mark.parametrize("text", [
    "The ports ministry said four drones were launched, three of which were downed, while the fourth struck a crane.",
    "According to the ports ministry, three drones were used. The ministry said two were downed and a third "
    "hit the harbour office.",
    "Five drones took part. Four were downed over the water; the fifth slammed into a warehouse.",
])
def test_the_same_source_stating_the_total_makes_the_ordinal_total_a_repeat(text):
    d = run(text)
    assert not [c for c in d.claims if c.rule == "implied_total"]
    assert [c.value for c in d.claims if c.quantity == "drones_struck"] == [1]


@pytest.mark.parametrize("text, span, quantity", [
    ("Guards downed two drones; a third fell on the roof of the customs house.", "a third fell on the roof of the customs house",
     "drones_struck"),
    ("Guards downed two drones, and a third hit Haddad’s warehouse near the pier.", "a third hit Haddad’s warehouse", "drones_struck"),
    ("Two drones were jammed and the third had struck a crane, setting it on fire.", "the third had struck a crane", "drones_struck"),
    ("Two drones hit the depot and a third was shot down by the guards.", "a third was shot down", "drones_downed"),
    ("Two drones were jammed. The third got through.", "The third got through", "drones_struck"),
    ("Two drones were jammed. The third, they said, struck the depot.", "The third, they said, struck the depot", "drones_struck"),
    ("Guards downed two drones; a third, the navy added, hit the crane.", "a third, the navy added, hit the crane", "drones_struck"),
    ("Two drones hit the pier. The third, police told Reuters, was shot down.", "The third, police told Reuters, was shot down",
     "drones_downed"),
    ("Guards downed two drones; a third slammed into the front of the depot.", "a third slammed into the front of the depot",
     "drones_struck"),
    ("Two drones were jammed and a third ploughed through the roof of Haddad’s warehouse.",
     "a third ploughed through the roof of Haddad’s warehouse", "drones_struck"),
    ("Two drones were jammed, and a third smashed against the wall at dawn.", "a third smashed against the wall", "drones_struck"),
    ("Two drones hit the pier and a third was shot down in the harbour.", "a third was shot down", "drones_downed"),
])
def test_the_claim_an_ordinals_verb_gives_runs_through_its_target(text, span, quantity):
    assert claims_by_text(run(text))[span].quantity == quantity


@pytest.mark.parametrize("text", [
    "It was the third attack on the port this year, and two drones were downed.",
    "Two drones were downed, the second time this month that the port was targeted.",
])
def test_an_ordinal_of_an_occasion_is_no_series_total(text):
    assert all(c.value != 3 and c.rule != "implied_total" for c in run(text).claims)


def test_an_ordinal_with_an_aside_and_no_verb_of_the_series_gives_no_claim_of_one():
    d = run("Two drones were jammed. The third, they said, was a decoy.")
    assert [c.quantity for c in d.claims if c.value == 1] == []


@pytest.mark.parametrize("text, span, quantity, value", [
    ("By noon the clinic had four wounded sailors, and then a fifth arrived by boat.", "a fifth", "injured", 5),
    ("Three dockers were killed in the blast; a fourth died later in hospital.", "a fourth", "killed", 4),
    ("Two guards were hurt at the gate and a third, a cook, was cut by glass.", "a third", "injured", 3),
])
def test_an_ordinal_closing_a_casualty_count_gives_the_new_total(text, span, quantity, value):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier, c.population_text) == (quantity, value, "exact", span)


@pytest.mark.parametrize("text", [
    "Six guards were wounded on the seventh floor of the depot.",
    "Six guards were wounded, the seventh such attack on the port this year.",
    "The port police said five dockers were killed. The port police said four dockers died on the quay and a fifth died later.",
])
def test_an_ordinal_of_a_place_or_occasion_or_a_stated_total_gives_no_casualty_total(text):
    assert not [c for c in run(text).claims if c.rule == "implied_total"]


def _total(claimed_by: str | None, cue: str | None) -> ClaimProposal:
    return ClaimProposal(0, 12, "three drones", quantity="drones_launched", value=3, qualifier="exact",
                         claimed_by=claimed_by, claimed_by_cue=cue)


@pytest.mark.parametrize("first, who, words, same", [
    (_total(None, None), None, None, True),                      # both in the article's voice
    (_total("ports-ministry", "the ports ministry said"), "ports-ministry", "the ministry", True),
    (_total("ports-ministry", "according to a ports ministry spokesman"), "nour-karim", "The spokesman", True),
    (_total("ports-ministry", "according to a ports ministry spokeswoman"), "nour-karim", "The harbour master", False),
    (_total("ports-ministry", "the ports ministry said"), None, None, False),  # the article's voice after a source
    (_total(None, None), "omar-haddad", "Haddad", False),
])
def test_same_source_is_the_claimant_or_a_description_naming_its_cue_again(first, who, words, same):
    assert same_source(first, who, words) is same
