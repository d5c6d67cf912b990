"""The coded population of a claim (``kadhimi_ds.extract.population``; codebook C12) and the
article's words for it (C13). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claim, claims_by_text, run

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


@pytest.mark.parametrize("text, value, population", [
    ("Seven of Ports Minister Omar Haddad's bodyguards were wounded.", 7, "security_forces"),
    ("Seven of Haddad's bodyguards were wounded.", 7, "pm_guards"),
    ("Seven of Prime Minister Nour Karim's bodyguards were wounded.", 7, "pm_guards"),
    ("The blast wounded six members of the prime minister's personal protection team.", 6, "pm_guards"),
    ("The attack left two members of his security detail wounded.", 2, "pm_guards"),
    ("The attack wounded two guards, a security source said.", 2, "pm_guards"),
    ("Twenty-five people were hurt in the clashes.", 25, "people"),
    ("Twenty five people were hurt in the clashes.", 25, "people"),
])
def test_long_pre_modifiers_and_owners_of_guards(text, value, population):
    (claim,) = [c for c in run(text).claims]
    assert (claim.quantity, claim.value, claim.population) == ("injured", value, population)


@pytest.mark.parametrize("head, population, words", [
    ("At least 4 members of Premier Sami Nour’s protection team injured as drones hit his home",
     "pm_guards", "members of Premier Sami Nour’s protection team"),
    ("Two members of the port police killed in blast at the quay", "security_forces", "members of the port police"),
])
def test_a_generic_head_in_a_headline_without_an_auxiliary_takes_its_of_phrase(head, population, words):
    c = claim(run(head + "\n\nThe harbour authority said on Tuesday that the main crane at the eastern dock was hit.\n"), "members")
    assert (c.population, c.population_text) == (population, words)


def test_members_of_a_crowd_killed_stay_people():
    c = claim(run("Three members of the crowd killed at the gate, medics say"), "Three members")
    assert c.population == "people"


@pytest.mark.parametrize("text, population", [
    ("Forty people were hurt at the docks, 30 of them members of the port police.", "security_forces"),
    ("Twelve people were wounded in the clashes, two of them protesters.", "protesters"),
])
def test_a_group_set_after_a_partitive_pronoun_gives_its_population(text, population):
    c = claim(run(text), "of them")
    assert (c.quantity, c.population) == ("injured", population)


@pytest.mark.parametrize("text, population", [
    ("Upwards of 3,000 people massed at the port gates on Friday, police estimated.", "people"),
    ("Hundreds attended a funeral for one of the dead dockers on Saturday.", "people"),
    ("Hundreds of supporters of the union marched on the port office.", "protesters"),
    ("Several hundred supporters of the union forced their way into the port office.", "protesters"),
])
def test_participants_are_protesters_only_when_the_sentence_says_they_protested(text, population):
    (c,) = run(text).claims
    assert (c.quantity, c.population) == ("participants", population)


def test_the_pronoun_of_a_partitive_takes_the_population_of_its_antecedent():
    c = claims_by_text(run("Five of the prime minister’s bodyguards stood at the gate, and two of them were hurt."))["two of them"]
    assert (c.quantity, c.population) == ("injured", "pm_guards")
