"""Numeric claims (``kadhimi_ds.extract.claims`` with counting): which numbers count something
tracked, the quantity (C7-C11), value and qualifier of each, the numbers that are no claims and
why, partitives and series of drones, and crowds of a continuing sit-in. All sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers import claim, claims_by_text, got, number, quantities, run


def claim_rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier, c.population) for c in run(text).claims}


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


@pytest.mark.parametrize("text, expected", [
    ("The clashes led to the martyrdom of 3 fishermen and the injury of 40 people, the ministry said.",
     [("injured", 40), ("killed", 3)]),
    ("The blast at the gate led to the injury of 5 members of the protection.", [("injured", 5)]),
    ("The raid ended with 4 guards martyred, the statement said.", [("killed", 4)]),
])
def test_translated_phrasing_with_digits(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, span, quantity", [
    ("The clashes led to the martyrdom of 3 fishermen, the ministry said.", "martyrdom of 3 fishermen", "killed"),
    ("The blast caused the injury of more than 40 dockers.", "injury of more than 40 dockers", "injured"),
    ("Police were blamed for the killing of two sailors.", "killing of two sailors", "killed"),
])
def test_a_casualty_noun_whose_of_phrase_is_the_count_opens_its_span(text, span, quantity):
    assert claims_by_text(run(text))[span].quantity == quantity


@pytest.mark.parametrize("text, span, value", [
    ("The hospital acknowledged one death among the dock workers.", "one death", 1),
    ("Police reported three deaths after the blast at the pier.", "three deaths", 3),
    ("The clashes caused at least four fatalities, medics said.", "at least four fatalities", 4),
])
def test_a_count_of_deaths_is_a_count_of_the_killed(text, span, value):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.population) == ("killed", value, "people")


@pytest.mark.parametrize("text", [
    "The port has seen two deaths a year from accidents.",
    "Militias launch five drones per week at the harbour, the mayor said.",
])
def test_a_rate_is_no_count_of_the_event(text):
    assert run(text).claims == []


def test_a_day_after_is_a_time_not_a_rate():
    assert quantities("Two guards died a day after the blast at the pier.") == [("killed", 2)]


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("Officials said four guards were wounded, while a hospital doctor put the figure at six.", "put the figure at six",
     "injured", 6, "exact"),
    ("Police said two drones were shot down; Haddad later put the number at about five.", "put the number at about five",
     "drones_downed", 5, "about"),
    ("At least nine dock workers died, though the union puts the toll at 12.", "puts the toll at 12", "killed", 12, "exact"),
])
def test_a_figure_put_at_a_number_counts_what_the_claim_before_it_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier) == (quantity, value, qualifier)
    assert c.population_text.split()[-1] in ("figure", "number", "toll")


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("At least one docker was killed at the gate, some say two.", "two", "killed", 2, "exact"),
    ("Port sources said eight guards were hurt, though the ministry spoke of just three.", "three", "injured", 3, "exact"),
    ("The union counted 12 dead; the harbour master, quoting medics, said nine.", "nine", "killed", 9, "exact"),
    ("Witnesses said four drones were shot down, while the navy reported about six.", "about six", "drones_downed", 6, "about"),
])
def test_a_bare_figure_after_a_verb_of_saying_counts_what_the_claim_before_it_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier) == (quantity, value, qualifier)


@pytest.mark.parametrize("text", [
    "Eight guards were hurt, officials said two days later.",
    "The mayor said two.",
    "Eight guards were hurt; the minister said two officials had resigned.",
])
def test_a_figure_after_saying_with_a_noun_or_no_count_before_is_no_restatement(text):
    assert all(c.value != 2 for c in run(text).claims)


@pytest.mark.parametrize("text, span, quantity, value", [
    ("The coast guard put the number of sailors injured at 14.", "sailors injured at 14", "injured", 14),
    ("Medics gave the tally of dock workers killed at nine.", "dock workers killed at nine", "killed", 9),
    ("Westport radio, citing the navy, put the number of guards wounded at about six.", "guards wounded at about six", "injured", 6),
])
def test_a_number_of_the_counted_put_at_a_figure_is_one_claim_with_its_noun(text, span, quantity, value):
    draft = run(text)
    assert [(c.text, c.quantity, c.value) for c in draft.claims] == [(span, quantity, value)]


def test_a_number_of_things_put_at_a_figure_is_no_casualty_claim():
    assert run("The council put the number of ships at 14.").claims == []


def test_a_figure_with_no_count_before_it_is_no_claim():
    assert run("The mayor put the figure at six, without saying what it counted.").claims == []


@pytest.mark.parametrize("text, expected", [
    ("Six dock guards, all of them posted at the east gate, were taken to hospital.", [("injured", 6)]),
    ("Four drones, most of them home-made, were shot down over the river.", [("drones_downed", 4)]),
    ("Three soldiers, each of whom had just arrived, were killed at the checkpoint.", [("killed", 3)]),
    ("Six guards, all of them from Basra, attended the funeral on Friday.", []),
])
def test_an_aside_between_a_count_and_its_verb_is_read_past(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "Work at the pier stopped because of a drone that nobody could trace, the mayor said.",
    "The fire at the depot was due to an explosive-laden drone, officials said.",
    "Owing to a drone, the harbour lost a crane.",
])
def test_a_drone_given_as_the_cause_took_part(text):
    assert quantities(text) == [("drones_launched", 1)]


@pytest.mark.parametrize("text", [
    "Because of a drone ban, the pier is quiet at night.",
    "Due to a drone threat, the port closed early.",
])
def test_a_drone_modifying_another_noun_is_no_count(text):
    assert run(text).claims == []


def test_a_subset_keeps_its_own_count():
    q = quantities("Nine people were wounded in the blast, including five guards, the hospital said.")
    assert ("injured", 9) in q


def test_a_singular_whose_modifier_says_it_was_killed_counts_one():
    assert ("a slain marcher", "killed", 1) in got("The union turned a slain marcher into the face of its campaign.")


def test_singular_counts_with_another_and_more_nouns():
    d = run("Another drone struck the roof. A resident was wounded by shrapnel. The guard's funeral was held.")
    assert (claim(d, "Another drone").quantity, claim(d, "Another drone").value) == ("drones_struck", 1)
    assert (claim(d, "A resident").quantity, claim(d, "A resident").population) == ("injured", "people")
    assert not any("guard" in c.text for c in d.claims)


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
    ("Dockers heard a loud blast and then gunfire at around two-thirty in the morning.", "thirty"),
    ("Dockers heard a loud blast and then gunfire at around two-thirty in the morning.", "two"),
    ("The sirens began at four-fifteen, the harbour master said.", "fifteen"),
    ("A blast shook the quay at eleven-forty-five at night.", "eleven"),
    ("The first explosion came just after half past two.", "two"),
    ("The crew had been called out by quarter to three.", "three"),
])
def test_a_time_in_words_is_a_clock_time(sentence, written):
    n = number(run(sentence), written)
    assert not n.is_claim and n.reason == "clock time"


@pytest.mark.parametrize("sentence, expected", [
    ("Two-thirds of the dockers were injured in the blast.", None),
    ("Twenty-five dockers were injured at around noon.", ("injured", 25)),
    ("Three explosions were heard at around two in the morning.", ("explosions", 3)),
])
def test_counts_near_times_in_words_stay_counts(sentence, expected):
    found = quantities(sentence)
    assert expected is None or expected in found
    assert all(v not in (30, 15) for _, v in found)


LEDE = "The harbour authority said on Tuesday that the main crane at the eastern dock was hit during the night."


@pytest.mark.parametrize("sentence, written, reason", [
    ("“Six drones hit the depot, not two,” the post said.", "two", "denied count (I6)"),
    ("No official or independent source has reported six drones.", "six", "denied count (I6)"),
    ("The port authority has not confirmed the deaths of two guards.", "two", "denied count (I6)"),
    ("Nobody has seen that four drones were launched.", "four", "denied count (I6)"),
    ("Police never said 12 dockers were hurt.", "12", "denied count (I6)"),
    (LEDE + "\n\nEditor’s note: An earlier version of this article said the navy had reported three drones.", "three",
     "retracted figure (I6)"),
    (LEDE + " A previous version of this story misstated that nine guards were hurt.", "nine", "retracted figure (I6)"),
])
def test_denied_and_retracted_counts_are_no_claims(sentence, written, reason):
    d = run(sentence)
    n = number(d, written)
    assert not n.is_claim and n.reason == reason
    assert all(c.value != n.value for c in d.claims)


@pytest.mark.parametrize("sentence, expected", [
    ("Officials have confirmed that three drones were launched.", ("drones_launched", 3)),
    ("Not far from the gate, two guards were wounded.", ("injured", 2)),
    ("The ministry said no shots were fired but two drones were shot down.", ("drones_downed", 2)),
    ("The port had not reopened when six dockers were hurt in a second blast.", ("injured", 6)),
])
def test_counts_near_a_negation_that_does_not_govern_them_stay_claims(sentence, expected):
    assert expected in quantities(sentence)


def test_other_counted_nouns_are_not_claims():
    n = number(run("The inspectors found three reasons for the delay."), "three")
    assert not n.is_claim and "reasons" in n.reason


def test_how_many_is_no_count():
    d = run("The ministry did not say how many guards were hurt.")
    assert d.claims == []


def test_zero_counts_are_not_claims():
    d = run("No one was hurt in the blast. There were no deaths.")
    assert d.claims == [] and d.candidates == []


# --- drones: the order of tests (C7), series and partitives ---------------------------------------

def test_c7_order_of_tests_for_drones():
    d = run("Two drones were shot down over the river. Three drones crashed into the house. "
            "Four drones crashed in the desert. The house was attacked with five drones.")
    assert claim(d, "Two drones").quantity == "drones_downed"
    assert claim(d, "Three drones").quantity == "drones_struck"
    assert claim(d, "Four drones").quantity == "drones_launched"
    assert claim(d, "five drones").quantity == "drones_launched"


def test_a_third_after_two_implies_three_launched_and_one_that_hit():
    draft = run("Guards shot down two drones, and a third hit the customs office.")
    got = sorted((c.quantity, c.value) for c in draft.claims)
    assert got == [("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]


def test_an_ordinal_closes_a_series_told_in_the_sentence_before():
    d = run("Two of the drones were brought down over the river, the army said. The third got through and hit the customs office.")
    assert [(c.text, c.value) for c in d.claims if c.quantity == "drones_struck"] == [("The third got through", 1)]


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("Officials said the depot was hit by at least one of them.", "at least one of them", "drones_struck", 1, "at_least"),
    ("Five drones were sent; the pier was struck by at most one of them.", "at most one of them", "drones_struck", 1, "at_most"),
    ("Seven guards were hurt, two of whom were flown to Basra.", "two of whom", "injured", 2, "exact"),
    ("Guards fired at four drones, three of which were downed.", "three of which", "drones_downed", 3, "exact"),
])
def test_a_partitive_of_a_pronoun_runs_through_it_and_a_hedged_one_of_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text.replace("Officials said the depot", "Three drones flew in. Officials said the depot")))[span]
    assert (c.quantity, c.value, c.qualifier, c.population_text) == (quantity, value, qualifier, span.split()[-1])


@pytest.mark.parametrize("text", [
    "One of the drones carried a camera, the army said.",
    "He was one of them, the mayor said of the guards.",
])
def test_one_of_without_a_hedge_picks_one_out(text):
    assert all(c.value != 1 for c in run(text).claims)


def test_the_pronoun_of_a_partitive_takes_the_population_of_its_antecedent():
    c = claims_by_text(run("Five of the prime minister’s bodyguards stood at the gate, and two of them were hurt."))["two of them"]
    assert (c.quantity, c.population) == ("injured", "pm_guards")


def test_a_downing_verb_in_the_clause_before_does_not_reach_the_next_clause():
    found = got("The army said four drones attacked, three of which were shot down, while one struck the roof.")
    assert ("one", "drones_struck", 1) in {(t, q, v) for t, q, v in found}


@pytest.mark.parametrize("text, first, second", [
    ("4 drones, 3 shot down: Ports minister survives attack on his home", ("4 drones", "drones_launched", 4),
     ("3", "drones_downed", 3)),
    ("Four drones, three intercepted: Haddad unhurt", ("Four drones", "drones_launched", 4), ("three", "drones_downed", 3)),
    ("Officials said four drones were launched, two of them shot down by the guards.",
     ("four drones", "drones_launched", 4), ("two of them", "drones_downed", 2)),
])
def test_the_verb_of_a_second_clause_goes_with_the_second_number_only(text, first, second):
    found = {(t, q, v) for t, q, v, _, _ in claim_rows(text)}
    assert first in found and second in found


def test_the_whole_of_a_partitive_is_launched_unless_its_own_verb_says_more():
    found = {(t, q, v) for t, q, v, _, _ in claim_rows("Guards shot down two of the three drones.")}
    assert found == {("two", "drones_downed", 2), ("three drones", "drones_launched", 3)}
    found = {(t, q, v) for t, q, v, _, _ in claim_rows("One of the two drones that reached the pier failed to explode.")}
    assert found == {("two drones", "drones_struck", 2)}


def test_a_partitive_of_a_counted_whole_gives_both_claims():
    q = quantities("Harbour officials said two of the five drones fired at the pier were brought down before they reached it.")
    assert q == [("drones_downed", 2), ("drones_launched", 5)]


def test_a_drone_that_fell_on_its_target_struck_it():
    d = run("Four drones were launched at the depot; three were jammed, while the fourth fell on the roof of the warehouse.")
    assert ("drones_struck", 1) in [(c.quantity, c.value) for c in d.claims]


def test_a_drone_that_fell_in_a_field_did_not_strike():
    d = run("Two drones were launched at the depot; one fell in a field.")
    assert all(c.quantity != "drones_struck" for c in d.claims)


def test_long_possessive_partitive_and_two_of_them():
    d = run("Six of Ports Minister Omar Haddad's bodyguards were wounded. "
            "Officials said four drones, two of them shot down, were sent against the port.")
    got = {(c.quantity, c.value) for c in d.claims}
    assert ("injured", 6) in got and ("drones_launched", 4) in got and ("drones_downed", 2) in got
    assert ("drones_downed", 4) not in got


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


@pytest.mark.parametrize("text, expected", [
    ("Four drones, officials said; three were shot down by the navy and one hit the depot.",
     [("drones_downed", 3), ("drones_launched", 4), ("drones_struck", 1)]),
    ("Two diplomats said the port was hit, while a customs official said five were hurt.", [("injured", 5)]),
    ("Nine dockers were treated, and according to witnesses, two were killed.", [("killed", 2)]),
])
def test_a_number_that_is_the_subject_of_a_counting_verb_skips_the_source_before_it(text, expected):
    assert quantities(text) == expected


def test_a_number_counting_sources_stays_a_count_of_sources():
    draft = run("Two officials said the ferry was late.")
    assert draft.claims == [] and "source" in number(draft, "Two").reason


def test_an_elided_number_takes_the_counted_noun_not_the_speakers_modifier():
    c = claim(run("Port sources said six guards were hurt, while a police official said seven were hurt."), "seven")
    assert (c.quantity, c.value, c.population) == ("injured", 7, "pm_guards")


def test_a_paragraph_opening_with_a_quotation_counts_the_noun_of_the_paragraph_before():
    text = ("Haddad told state television that four drones were launched at the docks.\n\n"
            "“Three were shot down by the guards, while the fourth hit the crane,” he said.")
    assert ("Three", "drones_downed", 3) in {(c.text, c.quantity, c.value) for c in run(text).claims}


def test_a_paragraph_opening_without_a_quotation_counts_no_noun_of_the_paragraph_before():
    text = "Haddad said four drones were launched at the docks.\n\nThree were later found in a warehouse."
    assert [c.value for c in run(text).claims] == [4]


# --- seats (C11) ----------------------------------------------------------------------------------

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


# --- crowds (C10, I7) -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "About 400 dockers have camped outside the harbour gates for nearly two weeks.",
    "He said nearly 300 supporters had joined a sit-in at the quay since Tuesday.",
])
def test_a_crowd_of_a_continuing_sit_in_is_not_a_claim(text):
    assert [c for c in run(text).claims if c.quantity == "participants"] == []


@pytest.mark.parametrize("text", [
    "Mar. 2 - Hundreds of dockers begin a sit-in at the harbour gate.",
    "Some 300 fishermen started an open-ended sit-in outside the ministry.",
    "On Tuesday about 150 supporters set up a protest camp near the quay.",
])
def test_a_crowd_opening_a_sit_in_is_not_a_claim(text):
    assert [c for c in run(text).claims if c.quantity == "participants"] == []


def test_a_crowd_at_a_dated_protest_is_still_a_claim():
    assert any(c.quantity == "participants" for c in run("Hundreds of protesters rallied outside the harbour on Friday.").claims)


# --- "as many as", and figures put at a number ------------------------------------------------------

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


@pytest.mark.parametrize("text, span, quantity, value", [
    ("Port officials put the number of dockers injured in the fire at as many as nine.",
     "dockers injured in the fire at as many as nine", "injured", 9),
    ("A ministry statement put the number of wounded sailors at two.", "wounded sailors at two", "injured", 2),
    ("Harbour police put the number of dead fishermen at four.", "dead fishermen at four", "killed", 4),
    ("Medics put the number of sailors killed during Friday’s clashes at 11.", "sailors killed during Friday’s clashes at 11",
     "killed", 11),
])
def test_a_number_of_the_wounded_put_at_a_figure_is_counted(text, span, quantity, value):
    assert (span, quantity, value) in got(text)


def test_put_at_takes_its_subject_as_claimant():
    text = "Lina Sabbagh put the number of dockers injured in the fire at nine."
    assert claim(run(text), "at nine").claimed_by == "lina-sabbagh"


def test_a_number_of_things_put_at_a_figure_without_a_casualty_is_no_claim():
    assert run("Port officials put the number of cranes damaged in the fire at nine.").claims == []


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


# --- timeline entries ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mar. 6 - Hundreds of mourners march behind the coffin toward the harbour.", ("participants", 200)),
    ("6 March - Dozens of protesters march on the port.", ("participants", 24)),
    ("Mar. 7 - 40 sailors are wounded in the blast, medics say.", ("injured", 40)),
])
def test_a_dash_after_a_dated_label_opens_an_entry_not_a_sum(text, expected):
    assert quantities(text) == [expected]


def test_a_sum_is_still_arithmetic():
    draft = run("Please solve 7 - 3 = to post.")
    assert draft.claims == [] and "arithmetic" in number(draft, "3").reason


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of mourners march behind the coffin of the slain docker.", [("participants", 200)]),
    ("Dozens of supporters rallied beside the wounded guards’ ward.", [("participants", 24)]),
])
def test_a_casualty_word_modifying_another_noun_does_not_count_the_crowd(text, expected):
    assert quantities(text) == expected


def test_a_casualty_predicate_after_the_noun_still_counts():
    assert quantities("Twelve dockers were killed in the blaze.") == [("killed", 12)]


# --- drones that punch a hole, bangs --------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("A drone that punches a hole in the depot roof is no accident.", "A drone"),
    ("One drone smashed into the customs house.", "One drone"),
    ("Guards saw how a drone tore into the crane.", "a drone"),
])
def test_a_drone_that_punches_a_hole_or_smashes_into_the_target_struck(text, span):
    assert (span, "drones_struck", 1) in got(text)


def test_a_drone_with_no_part_in_the_attack_is_no_claim():
    assert run("A drone costs less than a car.").claims == []


@pytest.mark.parametrize("text, span, value", [
    ("“Two big bangs, then silence,” a docker said.", "Two big bangs", 2),
    ("Residents heard three loud booms before dawn.", "three loud booms", 3),
])
def test_bangs_and_booms_are_explosions(text, span, value):
    assert (span, "explosions", value) in got(text)


def test_a_bang_with_no_sound_of_the_attack_is_no_claim():
    assert run("The reform began with a bang in the assembly.").claims == []


@pytest.mark.parametrize("sentence, written, whole", [
    ("Seven dockers were hurt, two of them seriously.", "two", 7),
    ("Nine sailors were wounded, three of whom are in critical condition.", "three", 9),
    ("“Six guards were hurt, two of them critically,” he said.", "two", 6),
])
def test_a_subset_by_severity_is_no_claim(sentence, written, whole):
    """C9 note: "two of them critically" counts no new casualties."""
    draft = run(sentence)
    assert number(draft, written).reason == "subset by severity (I5)"
    assert [c.value for c in draft.claims] == [whole]


def test_a_partitive_of_them_with_a_verb_of_its_own_still_counts():
    assert ("drones_downed", 2) in quantities("Three drones were launched, two of them were shot down.")


def test_the_other_one_still_counts_one():
    assert ("killed", 1) in quantities("One docker was killed at the gate and the other one was killed at the quay.")


# --- "two or three" (C2 note: a range is one claim, null, unspecified) ---------------------------------

@pytest.mark.parametrize("text, span, quantity", [
    ("Two or three drones hit the depot.", "Two or three drones", "drones_struck"),
    ("Guards shot down two or three drones.", "two or three drones", "drones_downed"),
    ("Three or four dockers were killed in the blaze.", "Three or four dockers", "killed"),
    ("At least 20 or 30 sailors were wounded.", "At least 20 or 30 sailors", "injured"),
])
def test_n_or_m_of_a_tracked_noun_is_one_claim_over_the_range(text, span, quantity):
    d = run(text)
    assert [(c.text, c.quantity, c.value, c.qualifier) for c in d.claims] == [(span, quantity, None, "unspecified")]
    assert all(n.is_claim for n in d.numbers)


@pytest.mark.parametrize("text", [
    "Small drones are the trademark of two or three groups.",
    "He has written two or three books on the port.",
])
def test_n_or_m_of_another_noun_is_no_claim(text):
    d = run(text)
    assert d.claims == [] and all("not a tracked quantity" in n.reason for n in d.numbers)


def test_a_choice_between_numbers_without_a_noun_is_judged_one_by_one():
    assert run("Was it two or three? Nobody knows.").claims == []


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


@pytest.mark.parametrize("text, span, quantity, value, qualifier", [
    ("Medics said two guards were wounded; by noon the figure being passed around was six.", "was six", "injured", 6, "exact"),
    ("Two guards were wounded on Sunday, and the figure was later revised to four.", "revised to four", "injured", 4, "exact"),
    ("Officials counted two dead dockers, though by night the number being cited was three.", "was three", "killed", 3, "exact"),
    ("Two guards were wounded; by noon the tally stood at at least five.", "stood at at least five", "injured", 5, "at_least"),
])
def test_a_figure_given_by_a_copula_or_a_verb_of_rising_counts_what_the_claim_before_it_counts(text, span, quantity, value, qualifier):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.qualifier, c.rule) == (quantity, value, qualifier, "restated_figure")


@pytest.mark.parametrize("text", [
    "Two guards were wounded and the count took three hours.",
    "The figure being passed around was six.",
    "Two guards were wounded and the number of drones was three.",
])
def test_a_figure_with_a_noun_of_its_own_or_no_count_before_is_no_restated_casualty(text):
    assert not [c for c in run(text).claims if c.rule == "restated_figure"]


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


@pytest.mark.parametrize("text, quantity", [
    ("A statement from the ports ministry referred to a single drone.", "drones_launched"),
    ("The navy said a single drone was shot down over the harbour.", "drones_downed"),
    ("Only a single explosive-laden drone hit the depot, the navy said.", "drones_struck"),
])
def test_a_single_drone_counts_one_like_one_drone(text, quantity):
    (c,) = run(text).claims
    assert (c.quantity, c.value, c.qualifier, c.text.lower().startswith("a single")) == (quantity, 1, "exact", True)


@pytest.mark.parametrize("text", [
    "Not a single drone reached the port.",
    "The navy said not a guard was hurt.",
    "Officials blamed a single drone attack on the port for the fire.",
    "The ports ministry spoke of a drone.",
])
def test_a_negated_single_or_a_drone_with_no_part_is_no_count(text):
    assert run(text).claims == []


# --- ranges (C2 note) ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Port officials said between four and six dockers were wounded in the blast.", "between four and six dockers"),
    ("A union leader put the number of injured dockers at four to six.", "four to six"),
    ("A harbour official put the number of drones at “three or four” on Friday.", "three or four"),
    ("Tallies of wounded dockers have ranged from two to nine.", "two to nine"),
    ("Early reports put the number of injured guards at anywhere from two to seven.", "anywhere from two to seven"),
])
def test_a_range_is_one_claim_without_a_value(sentence, words):
    draft = run(sentence)
    assert [(c.value, c.qualifier) for c in draft.claims] == [(None, "unspecified")], \
        [(c.text, c.value, c.qualifier) for c in draft.claims]
    assert words in draft.claims[0].text


@pytest.mark.parametrize("sentence, expected", [
    ("The Harbour Front fell from 48 to 17 seats.", {("seats_previous", 48), ("seats_won", 17)}),
    ("The bloc won between 40 and 45 seats, the board said.", {("seats_won", None)}),
])
def test_a_change_from_one_count_to_another_is_no_range(sentence, expected):
    assert {(c.quantity, c.value) for c in run(sentence).claims} == expected


@pytest.mark.parametrize("text", [
    "Three drones flew in. Investigators believe at least one of the drones was launched from a farm.",
    "Three drones flew in. Police said one of the drones carried two kilos of explosives.",
])
def test_one_of_the_drones_picked_out_by_a_verb_of_use_is_no_count(text):
    assert [(c.quantity, c.value) for c in run(text).claims] == [("drones_launched", 3)]


def test_one_of_the_drones_that_hit_or_was_downed_still_counts():
    found = quantities("Three drones flew in. At least one of the drones hit the pier, and one of them was shot down.")
    assert ("drones_struck", 1) in found and ("drones_launched", 1) not in found


@pytest.mark.parametrize("text, found", [
    ("Police are examining the wreckage of a downed drone near the depot.", [("drones_downed", 1)]),
    ("Engineers took apart an intercepted drone on Monday.", [("drones_downed", 1)]),
    ("Engineers took apart a small drone on Monday.", []),  # no participle of downing, no verb of use
])
def test_a_singular_drone_with_a_participle_of_downing_is_downed(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text, expected", [
    ("A 19-year-old guard was shot dead at the gate, medics said.", ("killed", 1)),
    ("A drone that tried to reach the control tower was shot down, the navy said.", ("drones_downed", 1)),
    ("A drone fell near the pier without exploding, the navy said.", ("drones_launched", 1)),
    ("A drone succeeded in carrying out the attack on the pier, the navy said.", ("drones_struck", 1)),
    ("One drone was shot down and the other one hit the crane, the navy said.", ("drones_struck", 1)),
])
def test_a_singular_past_an_age_or_a_relative_clause_counts_one(text, expected):
    assert expected in quantities(text)


def test_a_time_in_another_sentence_of_a_quotation_does_not_place_the_count():
    text = ("REPORTER: “Nobody has claimed it. This comes after the vote last month at the port. One docker was killed "
            "on Friday, and the unions blame the ministry.”")
    assert quantities(text) == [("killed", 1)]


def test_the_size_of_the_parliament_in_a_compound_is_no_future_count():
    assert quantities("Once a new cabinet is formed, the 280-seat parliament will elect a speaker.") == [("seats_total", 280)]


def test_an_answer_counts_what_the_question_before_it_asked_about():
    text = "Were there four drones or five?\n\nThe navy first said five, with three shot down."
    assert {row[:4] for row in claim_rows(text)} == {("five", "drones_launched", 5, "exact"), ("three", "drones_downed", 3, "exact")}
