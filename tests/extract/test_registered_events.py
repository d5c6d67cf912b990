"""The event registry in the claim pass (``kadhimi_ds.extract.registered_events``; codebook C14, I7, E1-E3,
E7, E9). An invented registry of a port city; all sentences written for these tests. The article's date
is Friday 8 March 2024."""
from __future__ import annotations

import datetime as dt

import pytest

from kadhimi_ds.extract import extract
from kadhimi_ds.extract.draft import DateHint
from kadhimi_ds.extract.registered_events import EventRegistry, placing_times

from helpers import ACTORS, DAY, DOCK_RIOT, PORT_DRONE_STRIKE

EVENTS = [
    PORT_DRONE_STRIKE,
    DOCK_RIOT,
    {"id": "drone-campaign", "date": "2023-01-01", "date_precision": "year", "event_type": "Explosions/Remote violence",
     "sub_event_type": "Air/drone strike", "location": "Freedonia", "admin1": None, "country": "FRD",
     "summary": "Drone attacks on port facilities in Freedonia and Syria through the year."},
    {"id": "general-election", "date": "2023-10-10", "date_precision": "day", "event_type": "Political process",
     "sub_event_type": "Election", "location": "Freedonia", "admin1": None, "country": "FRD",
     "summary": "General election."},
]


def claims(text: str) -> dict[tuple, str | None]:
    """(quantity, value) of every claim with the event proposed for it."""
    return {(c.quantity, c.value): c.event for c in extract(text, DAY, ACTORS, EVENTS).claims}


def reasons(text: str) -> list[str]:
    return [n.reason or "" for n in extract(text, DAY, ACTORS, EVENTS).numbers if not n.is_claim]


@pytest.mark.parametrize("text, words", [
    ("In 2019, 12 drones struck the refinery.", "In 2019"),  # no registered event that year
    ("A rocket attack on the harbour in September 2022 killed five workers.", "in September 2022"),
    ("In the 2019 election, the Harbour Front won 54 seats.", "2019"),  # seats of an unregistered election
])
def test_a_count_placed_in_no_registered_period_is_ignored(text, words):
    assert claims(text) == {}
    assert any(r == f"count for another event: {words} (I7)" for r in reasons(text))


@pytest.mark.parametrize("text", [
    "In July, a suicide bomber killed 30 people at a market.",  # E3: no registered suicide bombing in 2023
    "In July, four drones struck a centrifuge plant in Israel.",  # a country the registered campaign is not in
])
def test_a_count_of_a_registered_period_that_fits_no_event_is_ignored(text):
    assert claims(text) == {}


def test_a_past_time_in_a_registered_period_keeps_the_claim_and_links_it():
    assert claims("Last year, five drones attacked a depot in Syria.") == {("drones_launched", 5): "drone-campaign"}


def test_the_finest_event_of_the_period_is_proposed():
    assert claims("Three drones hit the port on Thursday.") == {("drones_struck", 3): "port-drone-strike"}


def test_seats_go_to_the_registered_election_and_a_previous_figure_keeps_its_own_year():
    got = claims("The Harbour Front slumped to 17 seats from 48 in 2019.")
    assert set(got) == {("seats_won", 17), ("seats_previous", 48)}
    assert set(got.values()) == {"general-election"}


@pytest.mark.parametrize("text", [
    "The Harbour Front fell from 48 seats in 2019 to 17.",
    "The Harbour Front won 40, up from 31 two years ago, the largest bloc in the 150-member parliament.",
])
def test_a_time_right_after_a_figure_compared_with_dates_that_figure_only(text):
    got = claims(text)
    assert got and set(got.values()) == {"general-election"}


@pytest.mark.parametrize("text, now, before", [
    ("The Dock Party took about 12 seats after winning 30 in 2019.", ("seats_won", 12), ("seats_previous", 30)),
    ("The Harbour Front won 21 seats, having won 40 four years ago.", ("seats_won", 21), ("seats_previous", 40)),
])
def test_an_earlier_win_dated_by_a_past_time_is_the_holding_before_and_its_time_dates_it_only(text, now, before):
    assert claims(text) == {now: "general-election", before: "general-election"}


def test_a_win_after_which_no_past_time_follows_is_no_holding_before():
    assert claims("The Dock Party celebrated in the streets after winning 30 seats.") == {("seats_won", 30): "general-election"}


def test_a_report_time_does_not_place_the_count():
    assert ("drones_struck", 3) in claims("Officials said on Wednesday that three drones hit the port.")


@pytest.mark.parametrize("report", ["This morning’s coverage says", "Today's reports say"])
def test_the_date_of_a_report_does_not_place_the_count(report):
    got = claims(f"The port was attacked on Thursday. {report} three drones hit the port.")
    assert got[("drones_struck", 3)] == "port-drone-strike"


def test_a_separate_incident_at_another_place_is_ignored_and_the_other_count_linked():
    text = "Two dockers were killed on Friday in Harbourtown, while in Portville at least three people died in a separate clash."
    assert claims(text) == {("killed", 2): "dock-riot"}


def test_a_count_that_fits_two_placed_events_gets_none():
    # the article places Thursday's strike and, by its date, Friday's riot: either could have wounded them
    assert claims("Two guards were wounded, the ministry said on Thursday.") == {("injured", 2): None}


def test_without_the_registry_a_past_count_stays_a_flagged_claim():
    found = extract("The refinery was struck by 12 drones in 2019.", DAY, ACTORS).claims
    assert [(c.value, c.elsewhere, c.event) for c in found] == [(12, "in 2019", None)]


@pytest.mark.parametrize("quantity, placed", [("killed", False), ("seats_won", True)])
def test_an_election_date_places_seats_only(quantity, placed):
    words = "Angered by their losses in the October 10 election, dockers clashed with police, leaving two dead."
    at = words.index("two")
    assert bool(placing_times(words, (at, at + 3), quantity, DAY)) is placed


def test_an_election_dated_before_a_relative_clause_does_not_place_its_casualties():
    words = "Dockers protested the results of the elections held on October 10, which led to the killing of two dockers."
    at = words.index("two")
    assert placing_times(words, (at, at + 3), "killed", DAY) == []
    assert placing_times(words, (at, at + 3), "seats_won", DAY)


def test_a_time_in_an_aside_on_the_noun_before_the_count_does_not_place_it():
    assert claims("Independents, many of them veterans of the 2019 strikes, secured 40 seats.") == {("seats_won", 40): "general-election"}


def test_a_death_from_wounds_is_not_dated_by_the_day_of_death():
    words = "A docker died of his wounds on Thursday."
    assert placing_times(words, (2, 8), "killed", DAY) == []


def test_the_time_of_an_antecedent_dates_its_relative_clause():
    words = "The ministry recalled attacks on its depots, including one in June in which four drones struck a crane."
    at = words.index("four")
    assert [words[a:b] for a, b, _, _ in placing_times(words, (at, at + 4), "drones_struck", DAY)] == ["in June"]


def test_an_election_runs_to_the_next_one_and_countries_come_from_the_registry():
    reg = EventRegistry(EVENTS + [{"id": "next-election", "date": "2027-10-10", "date_precision": "day",
                                   "event_type": "Political process", "sub_event_type": "Election", "country": "FRD"}])
    election = next(e for e in reg.events if e.id == "general-election")
    assert (election.first.isoformat(), election.last.isoformat()) == ("2023-10-10", "2027-10-09")
    assert reg.country_names["FRD"] == set()  # "Freedonia" is no country of the shared list


_ABROAD = EVENTS + [
    {"id": "embassy-strike", "date": "2023-06-02", "date_precision": "day", "event_type": "Explosions/Remote violence",
     "sub_event_type": "Air/drone strike", "location": "Harbourtown airport", "admin1": "Harbourtown", "country": "FRD",
     "summary": "A U.S. strike kills a militia commander and four guards near Harbourtown airport."},
]


@pytest.mark.parametrize("text, expected", [
    # the registry says "U.S.", the clause "the United States": one country
    ("The militia has vowed revenge on the United States since its commander and four of his guards were killed in "
     "a drone strike near Harbourtown airport in June 2023.", "embassy-strike"),
    # "in April" is a time, not a place the campaign must name
    ("A drone struck a hangar at Quayside airfield in April.", "drone-campaign"),
    # the source's country before a reported "that" is not where the count happened
    ("A U.S. official told reporters that only one drone had struck the port on Thursday.", "port-drone-strike"),
    # nor the source's country before a source noun, with no "that"
    ("A U.S. official said he understood only two drones hit the port on Thursday.", "port-drone-strike"),
])
def test_other_names_of_a_country_and_months_after_in_do_not_unplace_a_registered_event(text, expected):
    linked = {c.event for c in extract(text, DAY, ACTORS, _ABROAD).claims}
    assert linked == {expected}


def test_a_when_clause_after_since_is_dated_by_that_time_alone():
    # "since June" runs to the article's day, but what the "when" clause tells happened in June: the campaign's, not Thursday's strike
    assert claims("The militia has grown bolder since June 2023, when a drone hit a crane.") == {("drones_struck", 1): "drone-campaign"}


def test_the_time_before_a_when_clause_dates_its_count_over_another_time_of_the_sentence():
    words = "The 7 March strike recalls the campaign that began in June 2023, when drones hit nine cranes."
    at = words.index("nine")
    assert [words[a:b] for a, b, _, _ in placing_times(words, (at, at + 4), "drones_struck", DAY)] == ["in June 2023"]


_SAME_DAYS = EVENTS + [
    {"id": "quay-vigil", "date": "2024-03-08", "date_precision": "day", "event_type": "Protests",
     "sub_event_type": "Peaceful protest", "location": "Harbourtown", "admin1": "Harbourtown", "country": "FRD",
     "summary": "Dockers hold a silent vigil on the quay."},
    {"id": "airfield-drone-downed", "date": "2024-03-07", "date_precision": "day", "event_type": "Strategic developments",
     "sub_event_type": "Disrupted weapons use", "location": "Harbourtown (airfield)", "admin1": "Harbourtown", "country": "FRD",
     "summary": "A drone is shot down over the airfield; nobody is hurt."},
]


@pytest.mark.parametrize("text, expected", [
    # E2 (4): no one is hurt in a peaceful protest, so Friday's casualties are the riot's
    ("Three dockers were hurt on Friday.", {("injured", 3): "dock-riot"}),
    # E4: an attack whose drones were all intercepted had no impact: Thursday's wounded are the strike's
    ("Two guards were wounded on Thursday.", {("injured", 2): "port-drone-strike"}),
    # E1 (2): explosions are a remote weapon's, not an intercepted one's
    ("Residents heard two explosions on Thursday.", {("explosions", 2): "port-drone-strike"}),
])
def test_casualties_and_explosions_fit_no_peaceful_protest_nor_intercepted_attack(text, expected):
    assert {(c.quantity, c.value): c.event for c in extract(text, DAY, ACTORS, _SAME_DAYS).claims} == expected


@pytest.mark.parametrize("words, event", [
    ("in the clashes", "dock-riot"),  # a crowd: the protest or riot
    ("in the attack", "port-drone-strike"),  # an attack and no crowd: not the protest or riot
    ("in the attack on the protesters", "dock-riot"),
])
def test_casualties_whose_clause_names_a_crowd_or_an_attack_say_which_event(words, event):
    # the strike (Thursday) and the riot (Friday, the article's day) are both placed; the clause's words say which
    assert claims(f"Two guards were wounded {words}, the ministry said on Thursday.") == {("injured", 2): event}


def test_an_attack_named_outside_the_quotation_holding_the_count_does_not_say_its_event():
    text = ("The paper wrote that the “so-called assassination attempt” came in time to “bury the blood of the two dockers "
            "killed on Friday” under a flood of letters.")
    assert claims(text) == {("killed", 2): "dock-riot"}


@pytest.mark.parametrize("words", [
    "Speaking at Thursday's rally, the union leader said two dockers were killed.",
    "The union's count, issued on Thursday, was that two dockers were killed.",
])
def test_the_time_of_a_speech_or_a_published_count_does_not_place_it(words):
    at = words.index("two")
    assert placing_times(words, (at, at + 3), "killed", DAY) == []


@pytest.mark.parametrize("words", [
    "By Thursday a port official put the number of wounded guards at six.",
    "The count of wounded guards had reached six by Thursday, an official said.",
])
def test_a_time_that_bounds_a_count_does_not_place_it(words):
    at = words.index("six")
    assert placing_times(words, (at, at + 3), "injured", DAY) == []


@pytest.mark.parametrize("hint, placed", [
    (DateHint(0, 8, "March 7", date=dt.date(2024, 3, 7), precision="day"), {"port-drone-strike"}),
    # "in March" names the month, not the day of Thursday's strike
    (DateHint(0, 8, "in March", date=dt.date(2024, 3, 1), precision="month"), set()),
    # a year's series is placed by a month in it
    (DateHint(0, 12, "in March 2023", date=dt.date(2023, 3, 1), precision="month"), {"drone-campaign"}),
])
def test_an_event_is_placed_by_a_date_at_least_as_fine_as_its_own(hint, placed):
    # the publication day places Friday's riot and the election, whose period runs to the next one
    assert {e.id for e in EventRegistry(EVENTS).placed([hint], DAY)} == placed | {"dock-riot", "general-election"}


def test_a_count_whose_words_allow_no_event_of_its_time_stays_a_claim_without_event():
    # Friday holds only the peaceful vigil, where no one is hurt (E2 (4)): the count is not ignored, only left unlinked
    events = [e for e in _SAME_DAYS if e["id"] != "dock-riot"]
    assert {(c.quantity, c.value): c.event for c in extract("Three dockers were hurt on Friday.", DAY, ACTORS, events).claims} \
        == {("injured", 3): None}


@pytest.mark.parametrize("text", [
    "In a televised address on Saturday, the union leader said four dockers were killed when police stormed the gates.",
    "The union, in a statement issued after an emergency meeting late on Saturday, said four dockers were killed at the gates.",
])
def test_the_time_of_a_speaking_occasion_does_not_place_the_count(text):
    assert claims(text) == {("killed", 4): "dock-riot"}


@pytest.mark.parametrize("joined", ["both the drone strike and the killing of", "the drone strike and the killing of"])
def test_a_casualty_noun_joined_after_a_weapon_s_event_is_placed_without_its_weapon(joined):
    assert claims(f"The union demanded an inquiry into {joined} protesters at the gates.") == {("killed", None): "dock-riot"}


@pytest.mark.parametrize("text", [
    "The governor took office after the 2023 air campaign, in which 40 drones struck depots, ended.",
    "The strike recalled the 2023 air campaign in which 40 drones struck depots.",
])
def test_a_year_modifying_the_antecedent_of_an_in_which_clause_places_its_count(text):
    assert claims(text) == {("drones_struck", 40): "drone-campaign"}


@pytest.mark.parametrize("text", [
    "Minister survives drone attack on port as toll from Friday’s dock clashes climbs to two",
    "A drone hit the port, as the death toll from the dock clashes rose to two.",
])
def test_a_toll_opening_its_own_clause_is_placed_by_its_own_words(text):
    assert claims(text)[("killed", 2)] == "dock-riot"


def test_an_incident_named_by_an_earlier_month_is_linked_when_registered_and_ignored_otherwise():
    assert claims("The militia flew drones at ports, as in an October attack in which a drone hit a crane"
                  " in Syria.")[("drones_struck", 1)] == "drone-campaign"
    text = "The militia flew drones at ports, as in the October drone strike on a depot in Israel, in which two drones were used."
    assert claims(text) == {}
    assert "count for another event: the October drone strike (I7)" in reasons(text)


def test_a_day_before_after_opening_the_clause_of_a_count_does_not_place_it():
    assert ("drones_struck", 3) in claims("The harbour master returned to work on Saturday, a day after three drones hit the port.")
    words = "The harbour master returned to work on Saturday, a day after three drones hit the port."
    at = words.index("three")
    assert placing_times(words, (at, at + 11), "drones_struck", DAY) == []
    words = "On Saturday, three drones hit the port after the guards had left."
    at = words.index("three")
    assert placing_times(words, (at, at + 11), "drones_struck", DAY)
