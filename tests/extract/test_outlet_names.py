"""Newspapers a press review names and the registry lacks (``kadhimi_ds.extract.outlet_names``): proposed as
new media actors, and, through the extractor's second pass, the speaker of what "it" and "the paper" say
after. Sentences written for these tests."""
from __future__ import annotations

from helpers import ACTORS, quote, run
from kadhimi_ds.extract import find_body
from kadhimi_ds.extract.gazetteer import gazetteer_for
from kadhimi_ds.extract.outlet_names import named_outlets
from kadhimi_ds.extract.quotes import find_quotes

REVIEW = ("What the port papers say\n"
          "Gazeta Nord, the daily close to the dockers’ union, was blunt. It wrote that “the drones came from the sea” "
          "and that “nobody guarded the quay”.\n"
          "Only Vesti, a weekly that rarely agrees with it, saw a plot. “This was staged,” the paper said.\n"
          "Freedonia’s Kurier said in its editorial that the port had been “left naked”.\n")


def names(text: str) -> list[str]:
    gaz = gazetteer_for(ACTORS)
    quoted = [(q.start, q.end) for q in find_quotes(text, find_body(text)[2], gaz.surface)[0]]
    return [p.name for p in named_outlets(text, quoted, [], gaz)]


def test_a_paper_in_apposition_or_with_its_own_pages_is_proposed():
    assert names(REVIEW) == ["Gazeta Nord", "Vesti", "Kurier"]


def test_a_proposed_paper_speaks_what_it_and_the_paper_say():
    draft = run(REVIEW)
    ids = {p.name: p.id for p in draft.new_actors if p.evidence == "newspaper"}
    assert all(p.kind == "media" for p in draft.new_actors if p.evidence == "newspaper")
    for words, paper in (("the drones came from the sea", "Gazeta Nord"), ("This was staged,", "Vesti"),
                         ("left naked", "Kurier")):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, ids[paper])


def test_no_paper_without_a_newspaper_noun_or_its_own_pages():
    """A person in apposition with a role, a registered paper, a title of a book and a ministry are no new paper."""
    text = ("Omar Haddad, the minister of ports, said the quay was hit. The Daily Courier, a daily in the capital, agreed. "
            "Sami Rahal, the title holder, said nothing. The Ministry of Ports said in its statement that “all is calm”.\n")
    assert names(text) == []


def test_a_proposed_body_speaks_what_the_body_says_after():
    """An unregistered body said to speak by its name ("the Ministry of Fisheries said") is registered by the
    second pass too, so that "the ministry" after it reaches it, not a registered ministry."""
    text = ("Boats stay in port\n"
            "In a statement, the Ministry of Fisheries said the harbour “is closed until further notice”.\n"
            "The ministry said the fleet “will stay at the quay”.\n")
    draft = run(text)
    body = next(p for p in draft.new_actors if p.name == "Ministry of Fisheries")
    assert body.kind == "government"
    for words in ("is closed until further notice", "will stay at the quay"):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, body.id)


def test_a_registered_ministry_keeps_what_it_says():
    text = "The Ministry of Ports said the harbour “is closed”. The ministry said the fleet “will stay at the quay”.\n"
    draft = run(text)
    assert quote(draft, "will stay at the quay").speaker == "ports-ministry"


FEEDS = ("Rumours on the quay\n"
         "A clip shared by the Twitter account Tide Watch Live shows smoke. “The moment the drone hit,” the account "
         "wrote. Quay Pulse, a Telegram channel close to the dockers, posted a photo.\n"
         "Dockside TV, owned by the union, aired a speech. The channel said the strike was “a message”.\n")


def test_channels_accounts_and_stations_are_proposed_under_their_noun():
    proposals = {p.name: p.evidence for p in named_outlets(FEEDS, [], [], gazetteer_for(ACTORS))}
    assert proposals == {"Tide Watch Live": "account", "Quay Pulse": "channel", "Dockside TV": "channel"}


def test_the_account_and_the_channel_reach_the_proposed_outlets():
    draft = run(FEEDS)
    ids = {p.name: p.id for p in draft.new_actors}
    for words, outlet in (("The moment the drone hit,", "Tide Watch Live"), ("a message", "Dockside TV")):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, ids[outlet])


def test_no_station_without_a_reference_back_and_none_registered_without_its_tv():
    """"Daily Courier TV" is the registered Daily Courier; a station nothing refers back to is no proposal."""
    assert names("Daily Courier TV aired a speech. The channel said it was “a message”.\n") == []
    assert names("Dockside TV aired a speech.\n") == []


OPENERS = ("What the northern papers printed\n"
           "Kurjer Nowy (independent, Eastbay): The paper’s front page asked why “nobody watched the quay”. It said "
           "the blast “was heard across the bay”.\n"
           "The liberal Kestrel took a calmer line. Its editorial said the port “will reopen within the week”.\n"
           "In Eastbay, Lantern, which is close to the dockers, was alone in doubting it. The paper wrote that "
           "“the drone story does not add up”.\n"
           "Not every voice was kind. The conservative daily Beacon asked whether “the guards were asleep”.\n"
           "Meridian (weekly): In an editorial, Meridian said “the mayor must resign”.\n")


def test_a_paragraph_opened_by_a_name_the_paper_refers_back_to_names_a_paper():
    """An entry label, a paragraph's subject that "the paper", "its editorial" or "in an editorial" refers back
    to, and a name after "the … daily" are newspapers."""
    assert names(OPENERS) == ["Kurjer Nowy", "Kestrel", "Lantern", "Beacon", "Meridian"]


def test_the_paper_and_it_give_a_paper_named_so_its_quotations():
    draft = run(OPENERS)
    ids = {p.name: p.id for p in draft.new_actors if p.evidence == "newspaper"}
    for words, paper in (("nobody watched the quay", "Kurjer Nowy"), ("was heard across the bay", "Kurjer Nowy"),
                         ("will reopen within the week", "Kestrel"), ("the drone story does not add up", "Lantern"),
                         ("the guards were asleep", "Beacon"), ("the mayor must resign", "Meridian")):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, ids[paper]), words


def test_no_paper_where_the_paper_is_told_quoted_or_no_subject():
    """A person who told the paper, "the paper" inside a quotation, a toll that is daily and a registered
    paper are no new paper."""
    text = ("Sami Rahal (docker, Eastbay): Neighbours told the paper that “the drone came at night”.\n"
            "Lea Brandt, a teacher, said: “The paper said nothing about the quay.”\n"
            "Northport counted its dead. The daily death toll rose to five.\n"
            "The Daily Courier took a calmer line. The paper said the port “will reopen”.\n")
    assert names(text) == []


def test_a_name_before_news_agency_is_a_proposed_agency_that_speaks():
    text = ("Harbour wires\n"
            "The Kestrel news agency, which is close to the dockers, said the port was “shut for good”.\n")
    assert names(text) == ["Kestrel"]
    draft = run(text)
    agency = next(p for p in draft.new_actors if p.name == "Kestrel")
    assert (agency.kind, agency.evidence) == ("media", "agency")
    assert quote(draft, "shut for good").new_speaker == agency.id


def test_no_agency_for_an_adjective_before_an_agency_s_name_or_a_common_word():
    """"the Nordic news agency Kestrel": the name after is the agency's; "State news agency" with "the state"
    elsewhere: a common word."""
    assert names("Two sources told the Nordic news agency Kestrel that the port was shut.\n") == []
    assert names("State news agency staff said the state would reopen the port.\n") == []


def test_a_name_does_not_run_over_a_line_break():
    assert names("Reviews\n\nKurjer Nowy, the weekly close to the dockers, went further.\n") == ["Kurjer Nowy"]
