"""Repeats of one statement (``kadhimi_ds.extract.repeats``; codebook C15, I7): a statement repeated by
the same source (the article's voice included), also from a colon-led heading, is one claim. All sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, quantities, run


# --- repeats of one statement ---------------------------------------------------------------------

def test_a_statement_repeated_by_the_same_named_source_is_one_claim():
    d = run("Port drones attack: four drones used, Haddad says\n\n"
            "Four drones were used in the attack on the harbour, Haddad told reporters on Friday.")
    drones = [c for c in d.claims if c.quantity == "drones_launched"]
    assert [c.text for c in drones] == ["four drones"]
    assert any(n.reason and n.reason.startswith("repeat of claim") for n in d.numbers)


def test_the_same_count_from_two_sources_is_two_claims():
    d = run("Four drones were used, Haddad said. Four drones were used, Lina Sabbagh said on Friday.")
    assert len([c for c in d.claims if c.quantity == "drones_launched"]) == 2


def test_a_count_in_a_colon_led_heading_is_one_claim_with_its_repeat():
    d = run("09:10 - Harbour master: three guards hurt\n"
            "Three guards were lightly hurt, Harbour master Ali Nasser told local radio.")
    hurt = [c for c in d.claims if c.quantity == "injured"]
    assert [c.text for c in hurt] == ["three guards"]
    assert any(n.reason and n.reason.startswith("repeat of claim") for n in d.numbers)


def test_a_heading_label_names_the_speaker_of_every_count_on_its_line():
    d = run("Officials: 4 drones launched at port, 3 guards hurt\n\nThe harbour was attacked before dawn on Thursday.\n\n"
            "Four drones were launched at the harbour, two port officials told Reuters. "
            "Three guards at the gate were wounded, they said.")
    assert [(c.text, c.claimed_by) for c in d.claims] == [("4 drones", "unnamed-officials"), ("3 guards", "unnamed-officials")]


def test_a_count_of_a_heading_without_a_label_takes_no_speaker_from_another_line():
    d = run("Port attack: 4 drones launched, officials say\n3 guards hurt\n\nThe harbour was attacked before dawn on Thursday.\n\n"
            "Four drones were launched at the harbour, two port officials told Reuters. "
            "Three guards at the gate were wounded, they said.")
    assert [c.claimed_by for c in d.claims if c.quantity == "injured"] == [None, "unnamed-officials"]


def test_a_heading_closed_by_another_speaker_is_not_merged():
    d = run("07:30\nThree drones launched, says harbour cell\nThe navy said the pier had been attacked by three drones.")
    assert len([c for c in d.claims if c.quantity == "drones_launched"]) == 2


def test_a_heading_closed_by_bare_sources_merges_only_with_the_item_under_it():
    under = run("Three dockers wounded - sources\nThree dock workers were wounded, two security sources told Reuters.")
    assert len([c for c in under.claims if c.quantity == "injured"]) == 1
    apart = run("Three dockers wounded - sources\n\nThe pier was attacked before dawn on Thursday.\n\n"
                "Three dock workers were wounded, two security sources told Reuters.")
    assert len([c for c in apart.claims if c.quantity == "injured"]) == 2


def test_a_heading_count_with_another_speaker_is_not_merged():
    d = run("09:10 - Harbour master: three guards hurt\n"
            "Three guards were lightly hurt, the hospital director Lina Sabbagh told local radio.")
    assert len([c for c in d.claims if c.quantity == "injured"]) == 2


def test_an_unattributed_count_that_repeats_the_words_of_an_earlier_one_is_a_repeat():
    text = ("Claim: Six drones hit the depot\n\nVerdict: False\n\n“Six drones hit the depot, and the port hid it,” reads a post "
            "shared thousands of times. Officials say two drones were launched.\n")
    d = run(text)
    assert [c.value for c in d.claims if c.quantity == "drones_struck"] == [6]
    assert sum(1 for n in d.numbers if (n.reason or "").startswith("repeat of claim 'Six drones")) == 1


def test_an_unattributed_count_moved_to_another_time_is_kept():
    text = "Two guards were wounded at the gate. Later two guards, both cadets, were wounded at the quay on Sunday."
    assert [c.text for c in run(text).claims if c.text.lower() == "two guards"] == ["Two guards", "two guards"]


# --- C15: one statement, one claim, the article's voice included ---------------------------------

@pytest.mark.parametrize("text", [
    "Two guards were wounded at the gate. The attack on the quay left two guards wounded.",
    "Fire at the pier: four drones launched\n\nFour drones were launched at the pier before dawn on Sunday.",
    "The Harbour Front won 12 seats in the vote. The Harbour Front won 12 seats on a low turnout.",
])
def test_an_unattributed_repeat_of_an_unattributed_count_is_one_claim(text):
    d = run(text)
    assert len(d.claims) == 1
    assert sum(1 for n in d.numbers if (n.reason or "").startswith(f"repeat of claim '{d.claims[0].text}'")) == 1


@pytest.mark.parametrize("text", [
    "Two guards were wounded at the gate, the ports ministry said. Two guards were wounded in the attack on the quay.",
    "Two guards were wounded at the gate. Two guards were wounded in the attack on the quay, the ports ministry said.",
    "Two guards were wounded at the gate, Haddad said. Two guards were wounded in the attack, Sabbagh said.",
])
def test_an_unattributed_count_repeats_no_attributed_one_and_two_claimants_give_two_claims(text):
    assert quantities(text) == [("injured", 2), ("injured", 2)]


def test_a_later_count_with_another_qualifier_is_another_claim():
    assert quantities("Two guards were wounded at the gate. At least two guards were wounded in the attack.") == \
        [("injured", 2), ("injured", 2)]


def test_a_count_under_a_cue_whose_speaker_is_unread_is_no_repeat_of_the_article_voice():
    d = run("Two guards were wounded at the gate. The harbour command said the attack left two guards hurt.")
    assert [c.claimed_by_cue for c in d.claims] == [None, "said"]


@pytest.mark.parametrize("text", [
    "A drone hit the customs office on Sunday. Drones have hit the port before, including an attack in June in which "
    "a drone hit a crane.",
    "Thousands marched behind the coffin of the slain docker, a day after thousands had massed at the harbour gates.",
])
def test_a_count_of_an_incident_introduced_as_new_or_at_another_time_is_no_repeat(text):
    assert len([c for c in run(text).claims if c.value]) == 2


PARLIAMENT = Registry(ACTORS + [{"id": "westland-parliament", "name": "Parliament of Westland", "kind": "government",
                                 "aliases": ["parliament", "Parliament"]}])


@pytest.mark.parametrize("text, later", [
    ("Six dockers were wounded at the gate. A burnt crane, six wounded dockers, a port in shock: that is the toll.",
     "six wounded dockers"),
    ("Two sailors were killed in the blast. Nobody forgets the two dead sailors or the ruined quay.", "two dead sailors"),
])
def test_a_count_restated_as_a_modified_noun_phrase_is_a_repeat(text, later):
    d = run(text)
    assert len(d.claims) == 1
    assert [n.text for n in d.numbers if (n.reason or "").startswith("repeat of claim")] == [later.split()[-3]]


def test_a_modified_noun_phrase_counted_first_is_a_claim():
    assert quantities("Six wounded dockers were taken to the harbour clinic.") == [("injured", 6)]


def test_a_compound_restating_the_size_of_parliament_is_a_repeat():
    text = ("The Harbour Front won 40 of parliament’s 150 seats. The bloc needs allies to build a majority in the "
            "150-seat chamber.")
    d = PARLIAMENT.run(text)
    totals = [c for c in d.claims if c.quantity == "seats_total"]
    assert [(c.text, c.subject) for c in totals] == [("150 seats", "westland-parliament")]
    assert any((n.reason or "").startswith("repeat of claim '150 seats'") for n in d.numbers)


def test_another_size_of_chamber_is_not_a_repeat():
    text = "The Harbour Front won 40 of parliament’s 150 seats. A 200-seat chamber is planned for 2030."
    assert [c.value for c in PARLIAMENT.run(text).claims if c.quantity == "seats_total"] == [150, 200]


@pytest.mark.parametrize("text", [
    "The Harbour Front won 12 seats in the vote. Its 12 seats make it a kingmaker.",
    "The Harbour Front won 12 seats in the vote. The Harbour Front’s 12 seats make it a kingmaker.",
    "Haddad’s movement took 12 of the 329 seats. Haddad, whose 12 seats make him a kingmaker, stayed silent.",
])
def test_a_possessed_count_repeating_an_earlier_one_is_a_repeat(text):
    d = run(text)
    assert [(c.quantity, c.value) for c in d.claims if c.value == 12] == [("seats_won", 12)]
    assert [n.reason for n in d.numbers if n.text == "12"][-1].startswith("repeat of claim")


def test_a_later_count_whose_subject_is_unread_repeats_the_same_figure_of_a_read_one():
    d = run("The Harbour Front won 40 seats, up from 31. In numbers: 40 seats for the front, up from 31 in 2019.")
    assert [(c.quantity, c.value, c.subject) for c in d.claims] == [("seats_won", 40, "harbour-front"),
                                                                    ("seats_previous", 31, "harbour-front")]
    assert [n.text for n in d.numbers if (n.reason or "").startswith("repeat of claim")] == ["40", "31"]


def test_a_later_count_of_another_read_subject_is_no_repeat():
    parties = Registry(ACTORS + [{"id": "dock-party", "name": "Dock Party", "kind": "party", "aliases": ["Dock Party"]}])
    d = parties.run("The Harbour Front won 40 seats. The Dock Party also won 40 seats.")
    assert [(c.value, c.subject) for c in d.claims] == [(40, "harbour-front"), (40, "dock-party")]


def test_a_possessed_count_with_no_earlier_count_stays_a_claim():
    d = run("The port reopened on Monday. Haddad, whose 12 seats make him a kingmaker, stayed silent.")
    assert [(c.quantity, c.value) for c in d.claims] == [("seats_won", 12)]


def test_an_unpossessed_count_at_another_time_in_the_article_voice_stays():
    d = run("The Harbour Front won 12 seats in the vote. Weeks later the Harbour Front won 12 seats again in a recount.")
    assert [(c.quantity, c.value) for c in d.claims] == [("seats_won", 12), ("seats_won", 12)]


@pytest.mark.parametrize("again", ["again said", "said again", "reiterated"])
def test_a_count_a_sentence_says_is_stated_again_is_a_repeat(again):
    text = f"The harbour board said two dockers were killed at the gate. Later, the board {again} that two dockers had died."
    assert quantities(text) == [("killed", 2)]


def test_an_article_voice_count_by_a_later_time_stays_twice():
    assert quantities("Two dockers were killed at the gate. By night two dockers had died at the gate.") == [("killed", 2), ("killed", 2)]


def test_an_article_voice_count_stated_twice_is_one_claim():
    assert quantities("Two dockers were killed at the gate. In the attack two dockers died.") == [("killed", 2)]


def test_a_count_stated_again_whose_claimant_is_not_read_repeats_the_first_statement():
    text = ("“Two dockers were killed at the gate,” harbour master Omar Tahir told reporters. "
            "He repeated that two dockers had died.")
    assert quantities(text) == [("killed", 2)]


@pytest.mark.parametrize("text", [
    "The Harbour Front lost 12 seats in the vote. The Harbour Front's loss of 12 seats shocked its leaders.",
    "About 400 protesters marched to the port, the harbour board said. The board's estimate of some 400 protesters was low.",
])
def test_a_figure_named_as_someones_presupposes_the_count_and_repeats_it(text):
    assert len(run(text).claims) == 1


def test_a_sentence_summing_up_the_parts_repeats_the_total_an_ordinal_gave():
    text = "Guards shot down one drone, and a second struck the customs office. In total, two drones were used."
    assert quantities(text) == [("drones_downed", 1), ("drones_launched", 2), ("drones_struck", 1)]


def test_a_count_without_value_stated_twice_by_a_named_claimant_is_one_claim():
    text = ("Harbour master Omar Tahir said a number of guards were wounded. Later, Omar Tahir said some of his guards were wounded.")
    assert quantities(text) == [("injured", None)]


def test_a_range_repeats_no_count_without_a_number():
    # "two or three" states two numbers: never the same figure as "explosive-laden drones" of the same source
    d = run("A police source said explosive-laden drones were launched at the quay from the river. Later, a police source "
            "put the number of drones launched at “two or three”.")
    assert [c.text for c in d.claims if c.quantity == "drones_launched"] == ["explosive-laden drones", "two or three"]


def test_a_heading_whose_subject_is_unread_is_repeated_by_the_body():
    text = "FRONT STILL ON 12 SEATS AFTER RECOUNT\n\nThe Harbour Front kept 12 seats in the recount on Monday."
    assert quantities(text) == [("seats_won", 12)]


def test_a_count_given_as_someone_s_figure_after_a_colon_repeats_their_statement():
    d = run("Dockers' channels spoke of four dead sailors. Accept their highest figure: four dead sailors, against forty.")
    assert [(c.quantity, c.value) for c in d.claims if c.value == 4] == [("killed", 4)]


def test_a_count_an_earlier_alert_gave_repeats_the_first_statement_of_it():
    text = ("04:10 Six sailors wounded in port attack - port sources\n\n"
            "05:20 CORRECTION: Two sailors wounded in port attack; earlier alert said six\n")
    assert sorted(c.value for c in run(text).claims if c.quantity == "injured") == [2, 6]
