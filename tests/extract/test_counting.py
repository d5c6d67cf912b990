"""What a counted noun and its predicate give (``kadhimi_ds.extract.counting``): the whole of a
partitive, casualties stated by their treatment, martyrs, a headline's present tense, and seat
counts read from the words around them (C7, C9, C11). All sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from helpers import claims_by_text, quantities, run

NUMBERS = st.sampled_from([("two", 2), ("three", 3), ("four", 4), ("seven", 7), ("12", 12), ("40", 40)])


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier) for c in run(text).claims}


# --- the whole of a partitive (C6 note, C7) -----------------------------------------------------------

@pytest.mark.parametrize("sentence, whole", [
    ("Harbour police said two of the four drones were shot down over the docks.", "four drones"),
    ("Two of the three drones were intercepted before they reached the pier, the ministry said.", "three drones"),
    ("Guards said three of the five drones were brought down and the rest missed.", "five drones"),
])
def test_whole_of_a_downed_partitive_counts_the_drones_launched(sentence, whole):
    c = claims_by_text(run(sentence))[whole]
    assert c.quantity == "drones_launched"
    downed = [x for x in run(sentence).claims if x.quantity == "drones_downed"]
    assert downed and downed[0].value < c.value


def test_downed_drones_without_a_partitive_stay_downed():
    assert ("three drones", "drones_downed", 3, "exact") in rows("Harbour guards shot down three drones at dawn.")


# --- injuries stated by their treatment (C9) ----------------------------------------------------------

@given(NUMBERS, st.sampled_from(["treated for injuries", "treated for shrapnel wounds", "treated for burns and cuts",
                                 "hospitalised with wounds", "treated in hospital for injuries"]))
def test_people_treated_for_injuries_are_injured(number, treated):
    word, value = number
    draft = run(f"A medic at the port clinic said {word} dockers had been {treated}.")
    assert [(c.quantity, c.value) for c in draft.claims] == [("injured", value)]


def test_treatment_does_not_override_a_death():
    assert [(c.quantity, c.value) for c in run("A medic said two sailors died of their wounds overnight.").claims] == [("killed", 2)]


# --- martyrs (C9) --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("The Tide Guard said the marchers had lost “three martyrs” at the bridge.", 3),
    ("“Two martyrs fell at the gate,” the commander told mourners.", 2),
    ("The union mourned its four martyrs after the clashes at the docks.", 4),
])
def test_martyrs_with_a_number_are_killed(sentence, value):
    assert [(c.quantity, c.value) for c in run(sentence).claims] == [("killed", value)]


@pytest.mark.parametrize("sentence", [
    "Thousands gathered in Martyrs Square on Friday.",
    "The family has long honoured the martyrs of the old war.",
])
def test_martyrs_without_a_number_or_as_a_name_count_nothing(sentence):
    assert not [c for c in run(sentence).claims if c.quantity == "killed"]


# --- a headline's present tense (C7 test 2) -----------------------------------------------------------

@pytest.mark.parametrize("headline, text", [
    ("Minister unhurt after an explosive-laden drone strikes his harbour villa", "an explosive-laden drone"),
    ("Port chief safe as a drone hits customs office", "a drone"),
    ("Two drones slam into fuel depot at dawn", "Two drones"),
])
def test_present_tense_strike_verbs_give_drones_struck(headline, text):
    draft = run(headline + "\n\nThe ports ministry said on Friday that the damage was light.\n")
    assert claims_by_text(draft)[text].quantity == "drones_struck"


@pytest.mark.parametrize("sentence", ["A drone strikes ban was signed by Omar Haddad.", "Drone strikes on the docks resumed."])
def test_drone_strikes_as_a_noun_count_no_drone(sentence):
    assert not run(sentence).claims


# --- seats (C11) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, quantity, value", [
    ("The Harbour Front, the largest bloc in the outgoing assembly with 48 seats, won just 17.", "48 seats",
     "seats_previous", 48),
    ("The Harbour Front rose to 33 seats, eight more than in 2019.", "eight more", "seats_change", 8),
    ("The Harbour Front gained two seats in the recount to reach 19.", "to reach 19", "seats_won", 19),
    ("The Harbour Front climbed to 33 seats.", "33 seats", "seats_won", 33),
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


# --- deaths told by lives and wounds, injuries as cases, a comma closing a casualty word (C9) -----------

@pytest.mark.parametrize("sentence, found", [
    ("The fire at the pier claimed the lives of three dockers, medics said.", [("killed", 3)]),
    ("Two sailors lost their lives when the crane fell, the port said.", [("killed", 2)]),
    ("A guard who was hit by debris on Monday succumbed to his wounds on Tuesday.", [("killed", 1)]),
    ("The port clinic registered 40 cases of injury after the fire.", [("injured", 40)]),
])
def test_deaths_by_lives_and_wounds_and_injuries_as_cases(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("Three dead, 40 hurt as fire sweeps the docks", [("injured", 40), ("killed", 3)]),
    ("Port clinic: one docker killed, 12 sailors wounded at the pier.", [("injured", 12), ("killed", 1)]),
])
def test_a_casualty_word_before_a_comma_does_not_govern_the_next_count(sentence, found):
    assert quantities(sentence) == found


def test_a_crowd_that_massed_took_part():
    assert quantities("Upwards of 3,000 people massed at the port gates on Friday.") == [("participants", 3000)]


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


# --- the count's own clause: a sentence inside a quotation, a next reported clause (C7) -------------------

@pytest.mark.parametrize("text, found", [
    ("“They sent four drones. Three were shot down over the quay,” a harbour guard said.",
     [("drones_downed", 3), ("drones_launched", 4)]),
    ("A port official said the raid involved five drones, that four were intercepted and that one hit the crane.",
     [("drones_downed", 4), ("drones_launched", 5), ("drones_struck", 1)]),
    ("The navy said the attack used two drones, and that one was brought down.", [("drones_downed", 1), ("drones_launched", 2)]),
])
def test_a_downing_verb_of_the_next_clause_is_not_the_count_s(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text", [
    "Guards said six drones flew in from the sea, with five shot down and a sixth crashing into the customs office.",
    "Guards said six drones flew in from the sea; five were shot down, a sixth exploding at the gate of the depot.",
])
def test_an_ordinal_crashing_into_a_target_struck_it(text):
    assert ("drones_struck", 1) in quantities(text)


def test_a_count_shot_down_in_its_own_clause_after_that_stays_downed():
    assert quantities("The navy said that three drones were shot down near the pier.") == [("drones_downed", 3)]


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
