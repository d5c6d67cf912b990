"""The claim pass (``kadhimi_ds.extract.claims``): which numbers count something tracked, with the
quantity, value and qualifier of each, the numbers that are no claims and why, the counted noun a
paragraph carries on, a group counted within the casualties before it, "one of the drones" and an
answer to a question; the rules of each kind of count are tested with their modules. All sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers import claim_rows, claims_by_text, number, quantities, run


# --- quantity, value and qualifier ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, quantity, value, qualifier", [
    ("At least 14 people were killed in the blaze.", "At least 14 people", "killed", 14, "at_least"),
    ("The fire left more than 200 workers injured.", "more than 200 workers", "injured", 200, "more_than"),
    ("Guards shot down three drones over the docks.", "three drones", "drones_downed", 3, "exact"),
    ("Nearly 40 drones were launched at the port.", "Nearly 40 drones", "drones_launched", 40, "nearly"),
    ("Two drones hit the customs office.", "Two drones", "drones_struck", 2, "exact"),
    ("Around 2,500 protesters marched to the harbour.", "Around 2,500 protesters", "participants", 2500, "about"),
    ("Residents heard up to four explosions at dawn.", "up to four explosions", "explosions", 4, "at_most"),
    ("The Harbour Front won about 41 seats.", "about 41 seats", "seats_won", 41, "about"),
    ("The party won 41 seats, down from 55 in the last vote.", "down from 55", "seats_previous", 55, "exact"),
    ("It holds 12 of the 150 seats.", "150 seats", "seats_total", 150, "exact"),
    ("A 150-member assembly was elected.", "150-member", "seats_total", 150, "exact"),
    ("The 150-member Council of Representatives met.", "150-member", "seats_total", 150, "exact"),
    ("The 15-member Security Council condemned the attack.", "15-member", None, None, None),
    ("A nine-member provincial council was sworn in.", "nine-member", None, None, None),
    ("The 12-member board of the port met.", "12-member", None, None, None),
    ("Police said one protester was killed.", "one protester", "killed", 1, "exact"),
    ("Witnesses said a dock worker was killed.", "a dock worker", None, None, None),
    ("A watchman was injured in the blast.", "A watchman", None, None, None),
    ("The port was attacked with an explosive-laden drone.", "an explosive-laden drone", "drones_launched", 1, "exact"),
    ("Hundreds of supporters rallied outside.", "Hundreds of supporters", "participants", 200, "at_least"),
    ("An unconfirmed number of sailors were injured.", "An unconfirmed number of sailors", "injured", None, "unspecified"),
])
def test_claims_with_quantity_value_and_qualifier(sentence, text, quantity, value, qualifier):
    draft = run(sentence)
    claims = claims_by_text(draft)
    if quantity is None:
        assert text not in claims
        return
    assert text in claims, list(claims)
    c = claims[text]
    assert (c.quantity, c.value, c.qualifier) == (quantity, value, qualifier)


def test_a_subset_keeps_its_own_count():
    q = quantities("Nine people were wounded in the blast, including five guards, the hospital said.")
    assert ("injured", 9) in q


# --- numbers that are no claims -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, written, reason", [
    ("The vote was held on October 10 last year.", "10", "date"),
    ("The strike began on 3 March 2024.", "3", "date"),
    ("The ferry leaves at 2:30 pm daily.", "2", "clock time"),
    ("Ferries stopped in 2019 after the flood.", "2019", "year"),
    ("A 42-year-old docker was detained.", "42", "age"),
    ("Their office is at 12 Harbour Street.", "12", "address"),
    ("Call the hotline on +964 770 123 4567 for news.", "964", "phone number"),
    ("Please solve 3 + 15 = before posting.", "3", "arithmetic (captcha sum)"),
    ("It was one of the worst fires in years.", "one", "“one of the ...”, not a count"),
    ("She directs the track two talks at the institute.", "two", "label or name"),
    ("No one claimed the attack.", "one", "pronoun “one”, not a count"),
    ("It was the second largest port.", "second", "ordinal of rank, not a count"),
    ("Two officials spoke on condition of anonymity.", "Two", "count of sources, not a claim"),
    ("The talks ended two days later.", "two", "duration or relative date, not a count"),
    ("Prices rose 12 percent in a week.", "12", "money or percentage"),
    ("The port wants a weak mayor, not a dead one.", "one", "pronoun “one”, not a count"),
    ("He bought a new one, and it broke.", "one", "pronoun “one”, not a count"),
])
def test_numbers_that_are_not_claims_say_why(sentence, written, reason):
    draft = run(sentence)
    n = number(draft, written)
    assert not n.is_claim and n.reason == reason
    assert draft.claims == []


@pytest.mark.parametrize("sentence, written", [
    ("The Harbour Front won 30 seats. Turnout was 41%, the lowest in years.", "41"),
    ("The Harbour Front won 30 seats; turnout fell to 38% from 44%.", "38"),
    ("The Harbour Front won 30 seats, with turnout at 41% .", "41"),
])
def test_a_percentage_sign_before_punctuation_or_a_space_is_a_share_not_seats(sentence, written):
    draft = run(sentence)
    assert number(draft, written).reason == "money or percentage"
    assert [(c.quantity, c.value) for c in draft.claims] == [("seats_won", 30)]


def test_other_counted_nouns_are_not_claims():
    n = number(run("The inspectors found three reasons for the delay."), "three")
    assert not n.is_claim and "reasons" in n.reason


def test_how_many_is_no_count():
    d = run("The ministry did not say how many guards were hurt.")
    assert d.claims == []


def test_zero_counts_are_not_claims():
    d = run("No one was hurt in the blast. There were no deaths.")
    assert d.claims == [] and d.candidates == []


# --- the counted noun of the paragraph before ------------------------------------------------------

def test_a_paragraph_opening_with_a_quotation_counts_the_noun_of_the_paragraph_before():
    text = ("Haddad told state television that four drones were launched at the docks.\n\n"
            "“Three were shot down by the guards, while the fourth hit the crane,” he said.")
    assert ("Three", "drones_downed", 3) in {(c.text, c.quantity, c.value) for c in run(text).claims}


def test_a_paragraph_opening_without_a_quotation_counts_no_noun_of_the_paragraph_before():
    text = "Haddad said four drones were launched at the docks.\n\nThree were later found in a warehouse."
    assert [c.value for c in run(text).claims] == [4]


# --- a group counted within the casualties before it -----------------------------------------------

@pytest.mark.parametrize("text, span, quantity, value", [
    ("One docker was killed and 125 others were injured in the clashes, among them dozens of security personnel, the "
     "ports ministry said.", "dozens of security personnel", "injured", 24),
    ("Forty people were hurt at the pier, including 12 policemen.", "12 policemen", "injured", 12),
    ("Nine sailors died in the fire, among whom at least two officers.", "at least two officers", "killed", 2),
    ("Among the dead were two soldiers of the harbour patrol.", "two soldiers", "killed", 2),
])
def test_a_group_counted_within_the_casualties_takes_their_quantity(text, span, quantity, value):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value) == (quantity, value)


@pytest.mark.parametrize("text", [
    "Several parties, including three Kurdish blocs, rejected the count.",
    "The clinic treated dozens, including 12 policemen.",
    "The union, among them 40 dockers, marched on the ministry.",
])
def test_including_with_no_casualty_count_before_it_is_no_casualty(text):
    assert all(c.quantity not in ("injured", "killed") for c in run(text).claims)


@pytest.mark.parametrize("text, word", [
    ("The clinic registered nine dockers with injuries, including several who were bandaged and sent home.", "several"),
    ("Forty people were hurt at the pier, among them dozens who were treated on the spot.", "dozens"),
])
def test_a_vague_amount_with_no_noun_within_the_casualties_is_a_vague_subset(text, word):
    """C9 note: "including several who were sent home" picks out some of the injured already counted; no claim (I5)."""
    d = run(text)
    assert number(d, word).reason == "vague subset of the injured, not a coded quantity (I5)"
    assert [c.quantity for c in d.claims] == ["injured"]


# --- "one of the drones", and an answer to a question ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Three drones flew in. Investigators believe at least one of the drones was launched from a farm.",
    "Three drones flew in. Police said one of the drones carried two kilos of explosives.",
])
def test_one_of_the_drones_picked_out_by_a_verb_of_use_is_no_count(text):
    assert [(c.quantity, c.value) for c in run(text).claims] == [("drones_launched", 3)]


def test_one_of_the_drones_that_hit_or_was_downed_still_counts():
    found = quantities("Three drones flew in. At least one of the drones hit the pier, and one of them was shot down.")
    assert ("drones_struck", 1) in found and ("drones_launched", 1) not in found


def test_an_answer_counts_what_the_question_before_it_asked_about():
    text = "Were there four drones or five?\n\nThe navy first said five, with three shot down."
    assert {row[:4] for row in claim_rows(text)} == {("five", "drones_launched", 5, "exact"), ("three", "drones_downed", 3, "exact")}


@pytest.mark.parametrize("sentence", [
    "Minister survives drone attack on port as toll from the dock clashes climbs to two",
    "Drones hit the port again as the death toll rises to two.",
])
def test_a_toll_counts_the_killed_whatever_else_its_sentence_counts(sentence):
    assert ("killed", 2) in {(c.quantity, c.value) for c in run(sentence).claims}


def test_a_singular_count_takes_only_modifiers_before_its_noun():
    assert quantities("The ports ministry said in a statement that the drone had been shot down.") == []
    assert quantities("A small black drone was shot down over the port.") == [("drones_downed", 1)]


@pytest.mark.parametrize("sentence", [
    "The ports ministry said the pier had come under attack from a small drone.",
    "The ports ministry's first statement spoke of “a booby-trapped drone” over the pier.",
    "A ministry statement was describing “a drone packed with explosives” by noon.",
])
def test_a_singular_drone_reported_in_the_attack_is_a_count_of_one(sentence):
    assert quantities(sentence) == [("drones_launched", 1)]


def test_a_singular_drone_spoken_of_without_a_statement_s_words_is_no_count():
    assert quantities("The harbour master spoke of a drone programme the militias are building.") == []
