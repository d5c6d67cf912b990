"""What a number counts (``kadhimi_ds.extract.counted``): headlines in capitals, "one more", a
partitive of a pronoun or of "their own", "and eight others" closing a list, compound nouns and
prepositions after a number, and subsets by severity. All sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from helpers import claims_by_text, number, quantities, run


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value) for c in run(text).claims}


# --- headlines in capitals -----------------------------------------------------------------------------

@pytest.mark.parametrize("headline, found", [
    ("DOCK FIRE TOLL RISES TO FOUR; 60 HURT", ("injured", 60)),
    ("HARBOUR FRONT STILL ON 41 SEATS AFTER RECOUNT", ("seats_won", 41)),
    ("FOUR SAILORS KILLED AS FERRY SINKS", ("killed", 4)),
])
def test_counts_in_a_headline_in_capitals(headline, found):
    draft = run(headline + "\n\nThe ports ministry gave the figures on Friday.\n")
    assert found in {(c.quantity, c.value) for c in draft.claims}, [(c.text, c.quantity, c.value) for c in draft.claims]


def test_a_noun_in_capitals_is_a_noun():
    draft = run("Drones hit the pier\n\n4 SUSPECTS HELD\n\nPolice said the men were questioned.\n")
    assert not [c for c in draft.claims if c.value == 4]


# --- "one more", "two other" ---------------------------------------------------------------------------

@given(st.sampled_from([("One", 1), ("Two", 2), ("Three", 3)]), st.sampled_from(["more", "other", "further", "additional"]))
def test_a_number_before_more_and_a_noun_counts_the_noun(number_word, more):
    word, value = number_word
    draft = run(f"{word} {more} sailors died of their wounds overnight, a medic said.")
    assert [(c.quantity, c.value) for c in draft.claims] == [("killed", value)]


# --- partitives of a pronoun or of "their own" ---------------------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("Dock workers have camped at the gate since May. Hundreds of them marched on the port office on Friday.",
     ("participants", 200)),
    ("“They shot at us, and three of our own were killed,” the union leader said.", ("killed", 3)),
    ("The Tide Guard said two of its own had been wounded at the pier.", ("injured", 2)),
])
def test_partitives_of_a_pronoun(sentence, found):
    assert found in {(c.quantity, c.value) for c in run(sentence).claims}


def test_a_pronoun_partitive_without_a_tracked_verb_counts_nothing():
    assert not run("Dock workers met on Monday. Dozens of them signed the letter.").claims


# --- "and N others" closing a list after a casualty verb -----------------------------------------------

@pytest.mark.parametrize("sentence, quantity, value", [
    ("The blast killed port chief Omar Haddad, his driver and eight others.", "killed", 8),
    ("The storm injured two pilots, a customs officer and 14 others on the pier.", "injured", 14),
])
def test_others_closing_a_list_take_the_casualty_verb(sentence, quantity, value):
    assert (quantity, value) in {(c.quantity, c.value) for c in run(sentence).claims}


def test_others_after_a_clause_boundary_take_no_casualty_verb():
    assert not [c for c in run("The blast killed the port chief. Haddad and eight others met later.").claims if c.value == 8]


# --- compound nouns, scale words and prepositions after a number ---------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Freedonia's 120 seats were contested. The board ordered recounts at some 2,000 polling stations.", "some 2,000"),
    ("The Harbour Front won 41 seats. Roughly 9.6 million of the 22 million registered voters cast a ballot.", "9.6 million"),
    ("Officials: 2 dock-backed militias behind drone attack on the port", "2"),
])
def test_numbers_of_other_things_after_seat_or_drone_counts_are_no_claims(sentence, words):
    draft = run(sentence)
    assert not [c for c in draft.claims if words in c.text or c.text in words and c.value not in (41, 120)], \
        [(c.text, c.quantity, c.value) for c in draft.claims]


def test_a_scale_word_after_digits_is_one_number():
    draft = run("Roughly 9.6 million voters cast a ballot.")
    assert number(draft, "9.6 million").value == 9_600_000


# --- subsets by severity (C9 note) ---------------------------------------------------------------------

@pytest.mark.parametrize("tail", ["two of them with serious shrapnel wounds", "two of them with critical injuries",
                                  "two of them in a serious condition", "two of them seriously"])
def test_a_subset_by_severity_is_no_claim(tail):
    draft = run(f"A medic said seven dockers had been wounded, {tail}.")
    assert [(c.quantity, c.value) for c in draft.claims] == [("injured", 7)]


@pytest.mark.parametrize("sentence", [
    "Investigators said one of the drones carried a kilo of C-4 and was launched near the pier.",
    "Mourners said the martyrs would be avenged, the union wrote.[4]",
])
def test_numbers_in_codes_and_note_marks_are_no_claims(sentence):
    assert not [c for c in run(sentence).claims if c.value == 4]


# --- a people named by country or movement as the whole of a vague amount (C10) ------------------------

def test_a_demonym_after_a_vague_amount_counts_people():
    c = run("Tens of thousands of Freedonians took to the streets on Friday.").claims
    assert [(x.text, x.quantity, x.value, x.qualifier, x.population) for x in c] == [
        ("Tens of thousands of Freedonians", "participants", None, "unspecified", "protesters")]


def test_a_capitalised_modifier_is_no_demonym():
    assert not any(c.population_text == "Paris" for c in run("Two of Paris police were hurt at the docks.").claims)


# --- a particle after a number, a partitive of a speaker's own ----------------------------------------


def test_a_particle_after_a_number_is_no_counted_noun():
    assert not [c for c in run("The crane operators said they brought two down from the gantry.").claims]


@pytest.mark.parametrize("text, found", [
    ("‘Three of our comrades were killed’", ("Three of our comrades", "killed", 3)),
    ("“Two of my brothers were wounded,” a docker said.", ("Two of my brothers", "injured", 2)),
])
def test_a_partitive_of_a_speakers_own_counts_its_noun(text, found):
    assert found in rows(text)


# --- a proper name modifying the counted noun ----------------------------------------------------------

@pytest.mark.parametrize("text, words, noun", [
    ("The Dock Alliance, which groups several Tide al-Bahri factions, saw its share drop to 17 seats from 48.", "several", "factions"),
    ("The Harbour Front, backed by two Basra clans, won 41 seats.", "two", "clans"),
])
def test_a_noun_after_a_proper_name_is_what_the_number_counts(text, words, noun):
    assert number(run(text), words).reason == f"counts “{noun}”, not a tracked quantity"
    assert {c.value for c in run(text).claims if c.quantity.startswith("seats")} <= {17, 48, 41}


@pytest.mark.parametrize("text, found", [
    ("The bloc won 17 seats, down from 48 Saturday.", {("17 seats", "seats_won", 17), ("down from 48", "seats_previous", 48)}),
    ("The ministry said the toll rose to three Sunday morning.", {("toll rose to three", "killed", 3)}),
])
def test_a_name_with_no_plural_noun_after_it_leaves_the_number_elided(text, found):
    assert rows(text) == found


def test_an_adverb_of_place_after_more_is_no_counted_noun():
    """"thousands more rallied nearby": "nearby" is no noun; the count stands for the crowd (C10)."""
    assert rows("Hundreds of workers marched, and thousands more rallied nearby.") == {
        ("Hundreds of workers", "participants", 200), ("thousands", "participants", 2000)}


# --- a partitive whose whole has its own number in words (C6 note, C11) ---------------------------------

@pytest.mark.parametrize("text, span", [
    ("The Harbour Front won seventy-three of the assembly’s one hundred and fifty seats.", "seventy-three"),
    ("The Harbour Front took forty of the two hundred seats in the new assembly.", "forty"),
])
def test_a_partitive_whose_whole_is_numbered_in_words_counts_the_seats_won(text, span):
    found = [(c.text, c.quantity) for c in run(text).claims if c.quantity == "seats_won"]
    assert found == [(span, "seats_won")], [(c.text, c.quantity, c.value) for c in run(text).claims]


@pytest.mark.parametrize("text", [
    "Port officials have counted at least 10 drone attacks on the depots since January.",
    "The navy logged two drone strikes on the pier this year.",
])
def test_a_number_before_drone_used_as_a_modifier_counts_no_drones(text):
    assert not [c for c in run(text).claims if c.quantity.startswith("drones")]


def test_a_number_before_plural_drones_that_strike_counts_drones():
    assert ("Three drones", "drones_struck", 3) in rows("Three drones strike the pier")


# --- a number right before another number expression (C11, C13) ------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("The Harbour Front won 40 seats, up from 31 three years ago.", "up from 31"),
    ("The Harbour Front won 40 seats, down from 52 two years earlier.", "down from 52"),
])
def test_a_number_before_a_time_in_words_counts_the_noun_before_it(text, span):
    assert (span, "seats_previous", int(span.split()[-1])) in rows(text)


@pytest.mark.parametrize("text, found", [
    ("Three drones were launched at the house. Forty million Iraqis deserve better than this.", [("drones_launched", 3)]),
    ("Three drones hit the port; 40 Iraqis were hurt.", [("drones_struck", 3), ("injured", 40)]),
])
def test_a_number_before_a_people_named_by_their_country_counts_them_not_an_earlier_noun(text, found):
    assert quantities(text) == found


# --- a partitive of a pronoun, a number counting sources ----------------------------------------------

@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("Officials said the depot was hit by at least one of them.", "at least one of them", "drones_struck", 1, "at_least"),
    ("Five drones were sent; the pier was struck by at most one of them.", "at most one of them", "drones_struck", 1, "at_most"),
    ("Seven guards were hurt, two of whom were flown to Basra.", "two of whom", "injured", 2, "exact"),
    ("Guards fired at four drones, three of which were downed.", "three of which", "drones_downed", 3, "exact"),
])
def test_a_partitive_of_a_pronoun_runs_through_it_and_a_hedged_one_of_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text.replace("Officials said the depot", "Three drones flew in. Officials said the depot")))[span]
    assert (c.quantity, c.value, c.qualifier, c.population_text) == (quantity, value, qualifier, span.split()[-1])


def test_a_number_counting_sources_stays_a_count_of_sources():
    draft = run("Two officials said the ferry was late.")
    assert draft.claims == [] and "source" in number(draft, "Two").reason


@pytest.mark.parametrize("text", [
    "The checkpoint at the pier is three blast walls deep.",
    "Workers fitted two blast doors to the depot.",
])
def test_a_singular_blast_modifying_a_noun_after_a_number_counts_no_explosions(text):
    assert run(text).claims == []


def test_a_blast_counted_as_such_still_counts_explosions():
    assert [(c.quantity, c.value) for c in run("Residents heard one blast, then three blasts near the pier.").claims] == [
        ("explosions", 1), ("explosions", 3)]


def test_drone_and_rocket_attacks_count_attacks_not_drones():
    d = run("The navy has absorbed more than a dozen drone and rocket attacks on the port this year.")
    assert d.claims == [] and "counts “drone and rocket attacks”, not a tracked quantity" in [n.reason for n in d.numbers]


def test_the_noun_of_a_number_stops_where_another_noun_phrase_opens():
    d = run("Doctors at three clinics put the death toll at four on Friday.")
    assert [(c.quantity, c.value) for c in d.claims] == [("killed", 4)]
    assert number(d, "three").reason == "counts “clinics”, not a tracked quantity"
    assert quantities("Two of the guards were wounded at the gate.") == [("injured", 2)]
