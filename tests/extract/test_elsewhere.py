"""Counts about another event than the article's (``kadhimi_ds.extract.elsewhere``; codebook C14,
I7). All sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.extract import draft_yaml
from kadhimi_ds.extract.elsewhere import another_event, clause_bounds, places

from helpers import DAY, claim, got_values, number, quantities, run


def values(text: str) -> set[tuple]:
    return {(c.quantity, c.value) for c in run(text).claims}


# --- a date phrase inside a relative clause ------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("Two dockers were killed on Friday when members of unions that lost a vote last month tried to storm the port.",
     ("killed", 2)),
    ("Three guards were hurt, police said, as strikers, who reject last year's pay deal, stormed the gate.",
     ("injured", 3)),
    ("Four dockers were wounded at the pier by a crowd of men who had been sacked a few weeks ago.", ("injured", 4)),
    ("Two drones hit the depot of the firm, which won another contract earlier this month.", ("drones_struck", 2)),
])
def test_a_date_inside_a_relative_clause_leaves_the_main_clauses_count(text, count):
    assert count in values(text)


@pytest.mark.parametrize("text", [
    "The strike, which killed two dockers last month, was the first at the port.",
    "Two dockers who were hurt in another attack last month died on Friday.",
    "Two dockers were killed in that attack last month.",
    "Two dockers were killed last month, and the union called a strike that closed the port.",
])
def test_a_date_of_the_counts_own_clause_still_places_it_elsewhere(text):
    assert run(text).claims == []


def test_a_count_inside_the_relative_clause_is_placed_by_its_date():
    d = run("Dockers blocked the gate of the depot, which saw two guards killed in another attack last month.")
    assert d.claims == []
    assert number(d, "two").reason.startswith("count for another event")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["last month", "last year", "two weeks ago", "earlier this week"]),
       st.sampled_from(["who", "which"]))
def test_a_count_before_a_commad_relative_clause_is_never_moved_by_its_date(when, pronoun):
    sentence = f"Three guards were wounded, officials said, by strikers, {pronoun} had been sacked {when}, at the gate."
    assert another_event(sentence, DAY, (0, len("Three guards"))) is None
    assert another_event(sentence, DAY) is not None  # the sentence as a whole still names the date


# --- a weapon or attacker the headline and lede do not name -------------------------------------------

HEAD = "Drone hits Westport customs house, three guards hurt\n\n" \
       "WESTPORT, March 8 - Three guards were hurt when an explosive-laden drone hit the customs house at the port before dawn on Friday, officials said.\n\n"


@pytest.mark.parametrize("sentence, words", [
    ("In June, air strikes on the border killed four militiamen, and the militias have been blamed for attacks on the port.",
     "air strikes"),
    ("A roadside bomb wounded a policeman and a child north of the city on Monday.", "A roadside bomb"),
    ("Two soldiers were killed on Tuesday when Islamic State militants attacked an army post in the hills.",
     "Islamic State militants"),
    ("A car bomb killed five civilians at a market in the south on Sunday.", "A car bomb"),
])
def test_a_casualty_count_caused_by_a_weapon_or_attacker_the_lede_does_not_name_is_another_event(sentence, words):
    d = run(HEAD + sentence + "\n")
    assert [c for c in d.claims if c.start >= len(HEAD)] == []
    assert all(n.reason == f"count for another event: {words} (I7)" for n in d.numbers
               if n.start >= len(HEAD) and n.form in ("digits", "words"))
    assert ("injured", 3) in {(c.quantity, c.value) for c in d.claims}


@pytest.mark.parametrize("sentence, words", [
    ("An earthquake of magnitude 5.8 shook the hill province in the south, killing at least two people and injuring dozens more.",
     "earthquake"),
    ("Floods in the river valley killed 14 villagers on Monday.", "Floods"),
])
def test_a_casualty_count_caused_by_a_natural_disaster_is_another_event(sentence, words):
    d = run(HEAD + sentence + "\n")
    assert [c for c in d.claims if c.start >= len(HEAD)] == []
    assert any(n.reason == f"count for another event: {words} (I7)" for n in d.numbers if n.start >= len(HEAD))


@pytest.mark.parametrize("sentence, count", [
    ("The editorial said the drone came in time to bury the blood of the two dockers killed on Friday under a flood of "
     "condolence letters.", ("killed", 2)),
    ("Three guards were hurt, and a flood of messages of support reached the port.", ("injured", 3)),
])
def test_a_flood_of_things_is_no_disaster(sentence, count):
    assert count in values(HEAD + sentence + "\n")


def test_a_disaster_in_another_clause_leaves_the_count():
    assert ("injured", 2) in values(HEAD + "Two more guards were hurt by the drone, and floods closed the coast road.\n")


@pytest.mark.parametrize("sentence, count", [
    ("Two more guards were hurt by the drone, and a roadside bomb was defused near the gate.", ("injured", 2)),
    ("Four guards were wounded in the attack, which came weeks after a car bomb hit the market.", ("injured", 4)),
    ("Two guards were hurt by falling glass, officials said.", ("injured", 2)),
])
def test_a_weapon_in_another_clause_or_no_weapon_leaves_the_count(sentence, count):
    assert count in values(HEAD + sentence + "\n")


def test_a_weapon_the_lede_names_is_the_main_events():
    text = ("Roadside bomb kills two soldiers near Westport\n\n"
            "WESTPORT, March 8 - Two soldiers were killed when a roadside bomb hit their patrol near the port on Friday, officials said.\n\n"
            "A roadside bomb also wounded a policeman at the scene, the army said.\n")
    assert ("injured", 1) in values(text)


def test_an_attacker_the_lede_names_is_the_main_events():
    text = ("IS militants attack army post near Westport\n\n"
            "WESTPORT, March 8 - Islamic State militants attacked an army post near the port on Friday, killing two soldiers, officials said.\n\n"
            "Three more soldiers were wounded when IS militants fired on a second post, the army said.\n")
    assert ("injured", 3) in values(text)


ROUNDUP = """Port week: drone hits customs office, 4 dockers killed in Westmark

A drone hit the customs office on Monday, the ports ministry said. Two guards were hurt.

FOUR DOCKERS KILLED IN WESTMARK

Four dockers were killed on Tuesday when a roadside bomb hit their bus near Westmark, police said.
"""


def test_a_heading_announcing_a_count_of_another_incident_is_no_claim():
    d = run(ROUNDUP)
    assert not [c for c in d.claims if c.value == 4]
    assert [n.reason for n in d.numbers if n.text in ("4", "FOUR")] == ["count for another event: a roadside bomb (I7)"] * 2
    assert ("injured", 2) in {(c.quantity, c.value) for c in d.claims}


def test_a_heading_whose_body_tells_the_reported_incident_stays_a_claim():
    d = run(ROUNDUP.replace("when a roadside bomb hit their bus near Westmark", "when the drone hit the customs office"))
    assert [(c.quantity, c.value) for c in d.claims if c.value == 4][:1] == [("killed", 4)]


def test_a_sentence_with_a_full_stop_is_no_heading():
    d = run("Four dockers died of smoke, the ministry said.\n\nFour dockers were killed on Tuesday when a roadside bomb hit their bus.")
    assert ("killed", 4) in {(c.quantity, c.value) for c in d.claims}


# --- a month before the article's, another legislature ------------------------------------------------

def test_a_count_placed_months_back_stays_a_claim_flagged_with_the_month():
    d = run(HEAD + "In June, a drone hit the fish market, police said.\n")
    assert [(c.quantity, c.value, c.elsewhere) for c in d.claims if c.start >= len(HEAD)] == [("drones_struck", 1, "In June")]


def test_a_month_just_before_the_article_or_a_stretch_since_a_month_places_nothing():
    assert [c.elsewhere for c in run("In February, four guards were wounded at the gate.").claims] == [None]
    assert [c.elsewhere for c in run("At least ten drones have been launched at the port since January.").claims] == [None]


@pytest.mark.parametrize("sentence", [
    "In the Northland Region’s 2018 parliamentary vote, the Harbour Front won 45 of 111 seats.",
    "The Harbour Front won 12 seats in provincial council elections.",
    "In the Northland Region's own 111-seat parliament, no vote is due until next year.",
])
def test_seats_in_another_legislature_are_another_event(sentence):
    d = run(sentence)
    assert d.claims == [] and any((n.reason or "").startswith("count for another event") for n in d.numbers)


def test_a_clause_runs_between_semicolons_and_conjunctions_after_a_comma():
    words = "Drones hit a depot in 2019; three drones hit the port, while two boats sank."
    at = words.index("three")
    clause = words[slice(*clause_bounds(words, at))]
    assert "three drones hit the port" in clause and "2019" not in clause and "boats" not in clause


def test_a_relative_clause_before_a_count_does_not_place_it():
    words = "Dockers who lost a vote in 2019 clashed with police, leaving two dead."
    year, count = words.index("in 2019"), words.index("two")
    assert not places(words, year, year + 7, (count, count + 3))


def test_a_relative_clause_ending_in_a_time_places_the_count_of_a_when_clause_after_it():
    words = "The riot recalls the strike that began in May 2019, when police killed nine dockers."
    year, count = words.index("in May 2019"), words.index("nine")
    assert places(words, year, year + 11, (count, count + 4))


# --- crowds of a continuing sit-in (C10, I7) -------------------------------------------------------

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


@pytest.mark.parametrize("text", [
    "In a separate incident, two blasts were heard near the port late on Thursday, police said.",
    "Separately, three guards were hurt at the customs house overnight.",
    "In a separate attack this morning, a drone was shot down over the depot.",
])
def test_a_separate_incident_of_these_days_stays_a_claim_flagged_for_its_event(text):
    claims = run(text).claims
    assert claims and all(c.value is not None for c in claims)
    assert all(c.elsewhere is None or "eparate" in c.elsewhere for c in claims)


@pytest.mark.parametrize("text", [
    "In a separate attack last month, two guards were killed at the depot.",
    "In a separate incident two weeks ago, three blasts were heard near the port.",
    "In a separate incident, four guards were hurt at the depot.",
    "In a separate incident last Thursday, two blasts were heard near the port.",
])
def test_a_separate_incident_in_the_past_or_undated_is_another_event(text):
    d = run(text)
    assert d.claims == []
    assert any("I7" in (n.reason or "") for n in d.numbers)


@pytest.mark.parametrize("text, words", [
    ("Separately on Sunday, 2 soldiers were killed and 3 others wounded when a roadside bomb hit their patrol.", "a roadside bomb"),
    ("Elsewhere, four policemen died in an ambush in the hills, officials said.", "an ambush"),
    ("In a separate incident on Sunday, two guards were killed in the northern Westmark province.", "in the northern Westmark province"),
    ("Separately, a car bomb killed five civilians at a market on Sunday.", "a car bomb"),
])
def test_a_sentence_set_apart_naming_another_cause_or_place_counts_another_event(text, words):
    d = run(text)
    assert d.claims == []
    assert all(n.reason == f"count for another event: {words} (I7)" for n in d.numbers if n.form in ("digits", "words"))


def test_a_sentence_set_apart_without_another_cause_stays_a_claim():
    assert ("injured", 3) in quantities("Separately, three guards were hurt when the drone hit the gate on Sunday.")
    assert ("killed", 2) in quantities("Elsewhere in the capital, two protesters were killed on Sunday, medics said.")


@pytest.mark.parametrize("text, words", [
    ("Guards were indicted for killing some of the protesters two years ago.", "two years ago"),
    ("Three dock workers were killed at the pier last year, the union said.", "last year"),
    ("The militia shot down two drones over the port a year ago.", "a year ago"),
])
def test_a_count_placed_some_years_back_stays_a_claim_flagged_with_its_year(text, words):
    (c,) = run(text).claims
    assert c.elsewhere == words


@pytest.mark.parametrize("text", [
    "Two guards were killed at the pier two weeks ago, the union said.",
    "A few months ago, three drones were shot down over the port.",
])
def test_a_count_placed_weeks_or_months_back_is_another_incident(text):
    assert run(text).claims == []


MORNING_BRIEF = """Morning Brief: Fire at Westport harbour

Good morning. Westland’s main port was hit by a fire overnight, and the dockers’ strike enters its second week. Here is what you need to know.

Two drones hit the Westport customs house before dawn, officials said.

IN BRIEF
Sudan: A doctors’ committee says at least 14 protesters have been killed since the takeover.
- Lebanon: Five soldiers were wounded in a blast near Tyre, the army said.
Westland: Three dockers were hurt when a second crane fell, the union said.
"""


def test_a_roundup_item_on_another_country_counts_another_event():
    d = run(MORNING_BRIEF)
    assert ("drones_struck", 2) in got_values(MORNING_BRIEF)
    assert all(c.value not in (14, 5) for c in d.claims)
    assert number(d, "14").reason == "count for another event: Sudan: (I7)"
    assert number(d, "Five").reason == "count for another event: Lebanon: (I7)"


def test_a_roundup_item_on_the_ledes_country_or_a_speaker_label_stays_a_claim():
    assert ("injured", 3) in got_values(MORNING_BRIEF)
    text = "Port fire: guards hurt\n\nPolice: Four guards were hurt when a drone hit the gate at the port on Sunday.\n"
    assert ("injured", 4) in got_values(text)


# --- an incident named by an earlier month ---------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Rebels have struck the port before, as in the January drone strike on the fuel depot, in which at least two drones"
     " were used.", "the January drone strike"),
    ("An October rocket attack on the harbour wounded three dockers.", "An October rocket attack"),
])
def test_an_incident_named_by_a_month_two_or_more_back_is_flagged_for_the_registry(text, words):
    (c,) = run(text).claims
    assert c.elsewhere == words  # like "In January": left to the event registry to link or ignore


@pytest.mark.parametrize("text", [
    "Like the February drone strike on the depot, the attack on Friday used two drones.",
    "Two drones were used on Friday, the union said in a January statement.",
    "Two drones hit the depot on Friday, weeks after the January talks.",
    "Rebels have raided ports all year, including a January rocket attack on the depot that killed one docker.",
])
def test_a_recent_month_or_a_month_naming_no_incident_leaves_the_count_unplaced(text):
    (c,) = run(text).claims
    assert c.elsewhere is None
