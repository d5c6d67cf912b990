"""Channels and relays of quotations (``kadhimi_ds.extract.channels``; codebook Q10, Q11): the channel
the sentence names, and the news agency or outlet that relays a speaker's words. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers import quote, run


def test_a_news_agency_that_relays_is_reported_via_not_the_speaker():
    q = quote(run('"We are ready," Haddad said, according to Reuters.'), "We are ready,")
    assert (q.speaker, q.reported_via) == ("omar-haddad", "reuters")
    q = quote(run('The ports ministry said in a statement carried by Reuters: "All is calm."'), "All is calm.")
    assert (q.speaker, q.reported_via) == ("ports-ministry", "reuters")
    q = quote(run('"The port is closed," Lina Sabbagh told Reuters.'), "The port is closed,")
    assert (q.speaker, q.reported_via) == ("lina-sabbagh", "reuters")


def test_channels_from_the_sentence():
    text = ("Omar Haddad said on Twitter: “Open soon.”\n"
            "“Closed today,” Lina Sabbagh said in a televised address.\n"
            "Nour Karim told Reuters: “We are ready.”\n"
            "The ports ministry said in a statement: “Stay calm.”")
    draft = run(text)
    assert quote(draft, "Open soon.").channel == "tweet"
    assert quote(draft, "Closed today,").channel == "televised_address"
    assert quote(draft, "We are ready.").channel == "interview"
    assert quote(draft, "Stay calm.").channel == "statement"


@pytest.mark.parametrize("text, words, speaker, via", [
    ('During the call, Omar Haddad assured Nour Karim that he was "safe and well," the Daily Courier added.',
     "safe and well,", "omar-haddad", "daily-courier"),
    ('Haddad said the port was "open again," Reuters reported.', "open again,", "omar-haddad", "reuters"),
    ('"The port is open," the Daily Courier said.', "The port is open,", "daily-courier", None),  # the outlet's own words
])
def test_an_outlet_closing_a_sentence_relays_the_speaker_named_before(text, words, speaker, via):
    q = quote(run(text), words)
    assert (q.speaker, q.reported_via) == (speaker, via)


@pytest.mark.parametrize("text, words, speaker, via", [
    ('The ports ministry quoted Haddad as telling the cabinet that "the quay is safe".', "the quay is safe",
     "omar-haddad", "ports-ministry"),
    ('"The quay is safe," the ports ministry quoted Lina Sabbagh as saying.', "The quay is safe,",
     "lina-sabbagh", "ports-ministry"),
    ('Omar Haddad was quoted by the Harbour Front as warning that "the quay is not safe".', "the quay is not safe",
     "omar-haddad", "harbour-front"),
])
def test_a_body_that_quotes_someone_as_saying_relays_the_words(text, words, speaker, via):
    q = quote(run(text), words)
    assert (q.speaker, q.reported_via) == (speaker, via)


@pytest.mark.parametrize("text, words, speaker", [
    # near misses: the body speaks itself; the quoted one has no quoting body
    ('"The quay is safe," the ports ministry said, quoting no one.', "The quay is safe,", "ports-ministry"),
    ('Omar Haddad was quoted as saying that "the quay is safe".', "the quay is safe", "omar-haddad"),
])
def test_no_quoting_body_no_relay(text, words, speaker):
    q = quote(run(text), words)
    assert (q.speaker, q.reported_via) == (speaker, None)
