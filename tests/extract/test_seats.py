"""What a count of seats counts (``kadhimi_ds.extract.seats``; codebook C11): won, held before, lost, gained,
or the parliament's size, from the words around the number. All sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from helpers import ACTORS, Registry, quantities, run

NUMBERS = st.sampled_from([("two", 2), ("three", 3), ("four", 4), ("seven", 7), ("12", 12), ("40", 40)])


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier) for c in run(text).claims}


# --- seats (C11) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, quantity, value", [
    ("The Harbour Front, the largest bloc in the outgoing assembly with 48 seats, won just 17.", "48 seats",
     "seats_previous", 48),
    ("The Harbour Front rose to 33 seats, eight more than in 2019.", "eight more", "seats_change", 8),
    ("The Harbour Front gained two seats in the recount to reach 19.", "to reach 19", "seats_won", 19),
    ("The Harbour Front climbed to 33 seats.", "33 seats", "seats_won", 33),
    ("10 May – The Harbour Front slumps to around 16 seats from 48.", "48", "seats_previous", 48),
    ("The Harbour Front drops to 21 seats from 30, the count shows.", "30", "seats_previous", 30),
    ("The Harbour Front won no more than 17 seats, against 48 in 2019.", "48", "seats_previous", 48),
    ("The Harbour Front took 21 seats compared with 40 in the old assembly.", "40", "seats_previous", 40),
    ("The Harbour Front held 40 seats in the outgoing house, meaning it has shed 19.", "19", "seats_lost", 19),
    ("The Harbour Front got 21 seats instead of 40, the count shows.", "40", "seats_previous", 40),
    ("The Harbour Front won 21 seats and wants every one of the 19 it lost back.", "19", "seats_lost", 19),
    ("The Harbour Front won 21 seats; the 19 seats they lost went to the independents.", "19 seats", "seats_lost", 19),
    ("The Dock Party won 14 seats, five more than in the outgoing assembly.", "five more", "seats_change", 5),
    ("Backers of the losing blocs, among them the Harbour Front, which fell to around 12 seats from 30, marched.",
     "around 12 seats", "seats_won", 12),
    ("The Dock Party rose to 44 seats after the recount.", "44 seats", "seats_won", 44),
    ("The Harbour Front lost about 20 seats, while the Dock Party, which few expected to do well, won 44 seats.",
     "44 seats", "seats_won", 44),
    ("The Harbour Front lost about 20 seats, while the Dock Party won 44 seats.", "about 20 seats", "seats_lost", 20),
])
def test_seat_counts_from_the_words_around_them(sentence, text, quantity, value):
    found = {(c.quantity, c.value) for c in run(sentence).claims if text in c.text or c.text in text}
    assert (quantity, value) in found, [(c.text, c.quantity, c.value) for c in run(sentence).claims]


def test_more_than_before_a_number_is_still_a_hedge():
    assert ("more than 40 seats", "seats_won", 40, "more_than") in rows("The Harbour Front won more than 40 seats.")


# --- the party's own seats as the whole of a partitive (C6 note, C11) -----------------------------------

@given(NUMBERS, NUMBERS)
def test_the_whole_of_its_own_seats_is_what_it_held_before(part, whole):
    found = rows(f"The Dock Party lost {part[0]} of its {whole[0]} seats in the vote.")
    assert (f"{whole[0]} seats", "seats_previous", whole[1], "exact") in found
    assert not any(q == "seats_won" for _, q, _, _ in found)


def test_the_whole_of_the_parliaments_seats_is_still_the_total():
    found = rows("The Dock Party won 12 of the 150 seats in the vote.")
    assert ("150 seats", "seats_total", 150, "exact") in found


@pytest.mark.parametrize("text, value", [
    ("Hundreds attended a funeral for the slain docker on Saturday.", 200),
    ("Thousands joined the rally outside the port authority.", 2000),
    ("About 300 took part in the vigil at the harbour.", 300),
    ("Dozens of supporters attended the funeral of the dead guard.", 24),
])
def test_people_taking_part_in_a_gathering_are_participants(text, value):
    assert ("participants", value) in quantities(text)


@pytest.mark.parametrize("text", [
    "Dozens attended the meeting of the port council.",  # a meeting is no gathering of protest
    "Police later detained more than 20 protesters near the docks.",
    "Some 30 demonstrators were arrested after the march.",
])
def test_no_participants_without_a_gathering_or_for_detainees(text):
    assert not [q for q, _ in quantities(text) if q == "participants"]


def test_protesters_counted_as_killed_are_not_caught_by_the_detainee_rule():
    assert ("killed", 2) in quantities("Two protesters were killed before police arrested dozens.")


@pytest.mark.parametrize("text", [
    'A ministry spokesman said the depot was hit by "one drone packed with explosives".',
    "A ministry spokesman said the depot was struck by “only one drone”.",
    "The depot was hit by one drone, the ministry said.",
])
def test_a_target_hit_by_a_quoted_count_is_struck(text):
    assert quantities(text) == [("drones_struck", 1)]


def test_a_quoted_count_after_a_verb_of_use_stays_launched():
    assert quantities('The spokesman said the attack was carried out with "one drone".') == [("drones_launched", 1)]


def test_a_count_between_shot_and_down_is_downed():
    assert ("drones_downed", 2) in quantities("“They sent four drones. We shot two of them down,” a navy officer said.")


# --- seats: comparisons, recounts ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("The Harbour Front, which obtained 21 seats compared with 40 in the previous session, called for calm.",
     [("seats_previous", 40), ("seats_won", 21)]),
    ("The Harbour Front kept its 61 seats. That is 12 seats more than the 49 it held in the outgoing council.",
     [("seats_change", 12), ("seats_previous", 49), ("seats_won", 61)]),
    ("The recount lifted the Harbour Front from 9 seats to 11.", [("seats_won", 9), ("seats_won", 11)]),
    ("The Harbour Front slipped from 30 seats in the preliminary results to 28.", [("seats_won", 28), ("seats_won", 30)]),
    ("The Harbour Front fell from 40 seats in 2019 to 21 in the preliminary results.", [("seats_previous", 40), ("seats_won", 21)]),
    ("The Harbour Front went from 22 seats in the last council to 9.", [("seats_previous", 22), ("seats_won", 9)]),
    ("The Harbour Front had 30 seats in the old parliament.", [("seats_previous", 30)]),
    ("Its supporters want a recount of the May vote, in which the Harbour Front’s seats fell from 30 to about 12.",
     [("seats_previous", 30), ("seats_won", 12)]),
    ("After the recount, the Harbour Front went from 9 seats to 11.", [("seats_won", 9), ("seats_won", 11)]),
])
def test_the_seats_a_number_counts_by_what_follows_it(sentence, found):
    assert quantities(sentence) == found


def test_drones_able_to_reach_the_target_struck_it():
    assert quantities("Three drones managed to hit the crane, the navy said.") == [("drones_struck", 3)]


@pytest.mark.parametrize("sentence, found", [
    ("The dockers’ march drew thousands, at least 40 of whom were hurt, medics said.", [("injured", 40), ("participants", 2000)]),
    ("Some 4,000 protesters rallied at the port, the union said, though police put the crowd at 900 at most.",
     [("participants", 900), ("participants", 4000)]),
])
def test_a_crowd_drawn_or_put_at_a_size_counts_participants(sentence, found):
    assert quantities(sentence) == found


def test_a_hedge_closing_the_sentence_after_a_crowd_size():
    c = [x for x in run("Police put the crowd at 900 at most.").claims]
    assert [(x.text, x.qualifier, x.population) for x in c] == [("900 at most", "at_most", "people")]


# --- seats: results that only source the sentence (C11) ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Harbour Front, whose bloc shrank from 31 seats to around 12 according to preliminary results, cried fraud.",
    "According to preliminary results, the Harbour Front fell from 31 seats to 12.",
    "The Harbour Front slid from 31 seats to just 12, according to the initial count.",
])
def test_results_that_source_a_fall_leave_the_seats_held_before(sentence):
    found = quantities(sentence)
    assert ("seats_previous", 31) in found and ("seats_won", 12) in found


@pytest.mark.parametrize("headline, found", [
    ("Fire at the pier injures four guards", ("injured", 4)),
    ("Crane collapse hurts three dockers", ("injured", 3)),
])
def test_a_headline_s_present_tense_injures_and_hurts(headline, found):
    assert quantities(headline) == [found]


@pytest.mark.parametrize("sentence", [
    "The initial results cut the Harbour Front from 31 seats to 12, a blow its leaders call fraud.",
    "The preliminary count took the Harbour Front from 31 seats to 12.",
    "The Harbour Front collapsed to 12 seats from 31.",
    "The Harbour Front plummeted to just 12 seats from the 31 it had.",
])
def test_a_first_count_before_from_moves_the_seats_held_before(sentence):
    found = quantities(sentence)
    assert ("seats_previous", 31) in found and ("seats_won", 12) in found, found


def test_the_total_a_loss_moves_to_is_the_seats_won():
    assert quantities("The Harbour Front lost 31 seats, falling from 48 to 17.") == [
        ("seats_lost", 31), ("seats_previous", 48), ("seats_won", 17)]


@pytest.mark.parametrize("text, found", [
    ("The Harbour Front had dozens of seats and now it has a handful.", [("seats_previous", 24)]),
    ("The Harbour Front held 40 seats, and today it has nine.", [("seats_previous", 40), ("seats_won", 9)]),
    ("The Harbour Front had 40 seats after the election.", [("seats_won", 40)]),
])
def test_seats_held_set_against_now_are_the_seats_before(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text, found", [
    ("The Harbour Front entered that election with 48 seats and left it with about 17.", [("seats_previous", 48), ("seats_won", 17)]),
    ("The Harbour Front went into the vote holding 40 seats.", [("seats_previous", 40)]),
    ("The Harbour Front came out of the election with 40 seats.", [("seats_won", 40)]),
])
def test_seats_a_bloc_brought_into_the_election_are_the_seats_before(text, found):
    assert quantities(text) == found


# --- from N to M, the whole of a possessive partitive, losses and gains, seats held before (C11) ---

def test_the_number_after_from_in_a_fall_is_the_earlier_total():
    found = {(c.quantity, c.value) for c in run("The Harbour Front saw its share fall to 9 seats from 31 in the outgoing chamber.").claims}
    assert found == {("seats_won", 9), ("seats_previous", 31)}


def test_the_earlier_total_in_from_n_seats_to_m_is_previous():
    assert quantities("In the vote the Harbour bloc slid from 31 seats to 12.") == [("seats_previous", 31), ("seats_won", 12)]


@pytest.mark.parametrize("text, expected", [
    ("The Harbour Front slid to roughly 9 seats from 31.", [("seats_previous", 31), ("seats_won", 9)]),
    ("The Dock Party slumped to 12 seats from the 40 it won in 2019.", [("seats_previous", 40), ("seats_won", 12)]),
    ("The list rose to about 20 seats from its 14.", [("seats_previous", 14), ("seats_won", 20)]),
])
def test_the_earlier_total_after_a_hedged_or_definite_from_is_previous(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, whole", [
    ("Early results gave the Harbour Front 61 of parliament’s 150 seats.", 150),
    ("The bloc took 30 of the assembly's 120 seats.", 120),
    ("The Dock Party won 12 of Westland’s 90 seats.", 90),
])
def test_the_whole_of_a_possessive_partitive_is_the_total(text, whole):
    assert ("seats_total", whole) in quantities(text) and ("seats_won", whole) not in quantities(text)


def test_a_possessive_after_of_without_a_partitive_is_not_a_total():
    assert quantities("The bloc won 30 seats, the largest share of the assembly’s history.") == [("seats_won", 30)]


@pytest.mark.parametrize("text, value", [
    ("An analyst puts the bloc’s losses at as many as 50 seats.", 50),
    ("The Harbour Front’s loss of 12 seats stunned its leaders.", 12),
])
def test_losses_of_seats_are_seats_lost(text, value):
    assert quantities(text) == [("seats_lost", value)]


def test_gains_of_seats_are_a_change():
    assert quantities("The Dock Party’s gains of 9 seats surprised pollsters.") == [("seats_change", 9)]


@pytest.mark.parametrize("text, expected", [
    ("The Dock Party shrank to roughly 12 seats from 40 in the last parliament.", [("seats_previous", 40), ("seats_won", 12)]),
    ("The list fell to 9 seats from 31 in the outgoing assembly.", [("seats_previous", 31), ("seats_won", 9)]),
])
def test_the_new_total_before_from_is_won_whatever_follows_the_earlier_one(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Dock Party, which held 40 seats in the outgoing parliament, was left with about 12.",
     [("seats_previous", 40), ("seats_won", 12)]),
    ("The Harbour Front, which had 31 seats, won 9.", [("seats_previous", 31), ("seats_won", 9)]),
    ("The bloc kept 22 seats in the outgoing parliament.", [("seats_previous", 22)]),
])
def test_seats_held_before_or_in_the_outgoing_parliament_are_previous(text, expected):
    assert quantities(text) == expected


def test_seats_a_party_holds_now_are_won():
    assert quantities("The Dock Party, which won 40 seats, leads the talks.") == [("seats_won", 40)]


# --- whose seats (C11 subject) -------------------------------------------------------------------------

FRONT_LEADER = Registry(ACTORS + [
    {"id": "salim-jaber", "name": "Salim Jaber", "kind": "person", "parent": "harbour-front",
     "description": "Leader of the Harbour Front.", "aliases": ["Salim Jaber", "Jaber"]},
])


@pytest.mark.parametrize("text", [
    "Jaber won 40 seats in the council vote.",
    "Salim Jaber’s list took 40 seats in the council vote.",
    "Jaber's bloc won about 40 seats in the council vote.",
])
def test_the_seats_of_a_person_registered_under_a_party_are_the_party_s(text):
    assert [(c.value, c.subject) for c in FRONT_LEADER.run(text).claims] == [(40, "harbour-front")]


def test_a_person_with_no_party_stays_the_subject_and_a_possessor_of_another_noun_is_none():
    assert [c.subject for c in run("Haddad won 40 seats in the council vote.").claims] == ["omar-haddad"]
    assert [c.subject for c in FRONT_LEADER.run("Jaber’s rivals say the vote gave 40 seats away.").claims] == [None]


def test_a_list_restating_a_leader_s_seats_is_a_repeat():
    text = "Salim Jaber’s list took 40 seats in the council vote.\n\nTHE RESULTS\nHarbour Front – 40 seats"
    claims = FRONT_LEADER.run(text).claims
    assert [(c.text, c.subject) for c in claims] == [("40 seats", "harbour-front")]


TABLE = ("Port results\n\nThe board published the count on Monday.\n\n"
         "Seats won on the harbour council (last council's seats in brackets):\n\n"
         "Harbour Front – 44 (30)\nDock Party – 21 (new)\nRiver List – 9 (12)\n\nThe Harbour Front gained 14 seats.")


def test_a_results_table_under_a_heading_about_seats_gives_seats_won_and_the_bracketed_earlier_holding():
    found = {(c.text, c.quantity, c.value) for c in run(TABLE).claims}
    assert {("44", "seats_won", 44), ("30", "seats_previous", 30), ("21", "seats_won", 21), ("9", "seats_won", 9),
            ("12", "seats_previous", 12)} <= found


@pytest.mark.parametrize("text", [
    "Scores of the night:\n\nHarbour Front – 44 (30)\nDock Party – 21 (7)",
    "Seats won on the harbour council:\n\nThe vote was calm.\nHarbour Front – 44 (30)",
])
def test_rows_under_a_heading_not_about_seats_or_after_prose_are_no_table(text):
    assert not [c for c in run(text).claims if c.quantity.startswith("seats")]


def test_a_bracketed_number_is_no_earlier_holding_unless_the_heading_says_so():
    found = {(c.text, c.quantity) for c in run("Seats won on the harbour council:\n\nHarbour Front – 44 (30)").claims}
    assert found == {("44", "seats_won")}
