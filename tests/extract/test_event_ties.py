"""Settling a count that fits several registered events equally (``kadhimi_ds.extract.event_ties``; codebook
C14, E11). An invented registry of two cities; all sentences written for these tests. The article's date is
Friday 8 March 2024."""
from __future__ import annotations

from kadhimi_ds.extract import extract
from kadhimi_ds.extract.registered_events import EventRegistry
from kadhimi_ds.extract.event_ties import named_in

from helpers import ACTORS, DAY, DOCK_RIOT, PORT_DRONE_STRIKE

EVENTS = [
    PORT_DRONE_STRIKE,
    {"id": "hill-drone-strike", "date": "2024-03-07", "date_precision": "day", "event_type": "Explosions/Remote violence",
     "sub_event_type": "Air/drone strike", "location": "Hilltown", "admin1": "Upland", "country": "FRD",
     "summary": "A drone hits a barracks in Hilltown on Thursday."},
    DOCK_RIOT,
    {"id": "national-protests", "date": "2023-01-01", "date_precision": "year", "event_type": "Protests",
     "sub_event_type": "Excessive force against protesters", "location": "Freedonia", "admin1": None, "country": "FRD",
     "summary": "Protests across the country."},
]


def events(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.quantity, c.value, c.event) for c in extract(text, DAY, ACTORS, EVENTS).claims]


def test_of_two_events_of_a_day_the_one_at_a_place_the_article_names_is_proposed():
    assert events("Three drones attacked Harbourtown on Thursday.") == [("drones_launched", 3, "port-drone-strike")]


def test_a_count_tied_between_events_takes_the_event_of_the_count_before_it_in_its_paragraph():
    # the wounded could be Thursday's strike's or Friday's riot's (both in Harbourtown): the paragraph tells the strike
    text = "Three drones attacked Harbourtown on Thursday. Two guards were wounded, the ministry said."
    assert events(text) == [("drones_launched", 3, "port-drone-strike"), ("injured", 2, "port-drone-strike")]


def test_a_count_before_it_in_another_paragraph_settles_no_tie():
    text = "Three drones attacked Harbourtown on Thursday.\n\nTwo guards were wounded, the ministry said."
    assert events(text)[1] == ("injured", 2, None)


def test_a_heading_takes_the_event_of_the_count_of_the_item_under_it():
    text = ("Three drones attacked Harbourtown on Thursday.\n\nTwo guards hurt\n\n"
            "Two guards were wounded, the ministry said. Officials had earlier put the figure at one, after the drones hit.")
    assert ("injured", 2, "port-drone-strike") in events(text)


def test_a_sentence_line_takes_no_event_from_the_paragraph_under_it():
    text = "Three drones attacked Harbourtown on Thursday.\n\nTwo guards were hurt.\n\nThe drones hit the port, wounding one guard."
    assert events(text)[1] == ("injured", 2, None)


def test_a_count_before_it_settles_the_tie_in_reading_order_of_its_sentence():
    # the singular claim is found after the number of its sentence, and still comes first
    text = "Dockers clashed with police on Friday. One protester was killed and 40 people were hurt, the ministry said."
    assert ("injured", 40, "dock-riot") in events(text)


def test_a_place_is_named_by_a_name_of_its_location_and_a_whole_country_always():
    reg = EventRegistry(EVENTS + [{"id": "airport-rockets", "date": "2024-03-07", "date_precision": "day",
                                   "event_type": "Explosions/Remote violence", "location": "Hilltown Central Airport",
                                   "admin1": "Upland", "country": "FRD"}])
    by_id = {e.id: e for e in reg.events}
    assert named_in("Drones hit the port of Harbourtown.", by_id["port-drone-strike"])
    assert not named_in("Drones hit the port.", by_id["port-drone-strike"])
    assert not named_in("A barracks in Upland was hit.", by_id["hill-drone-strike"])  # the province is no location
    assert not named_in("Rockets fell in Hilltown.", by_id["airport-rockets"])  # the city is not its airport
    assert named_in("Rockets fell near Hilltown Central Airport.", by_id["airport-rockets"])
    assert named_in("Nothing named here.", by_id["national-protests"])
