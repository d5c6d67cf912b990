"""Outlets referred back to (``kadhimi_ds.extract.outlet_referents``): the noun that introduced an outlet
("the account", "the page", "the channel") and "the paper" go back to that outlet, the nearer one in the
paragraph first (codebook G2). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, PAPERS, Registry

OUTLETS = Registry([
    {"id": "dock-watch", "name": "Dock Watch", "kind": "media", "description": "A news outlet.", "aliases": ["Dock Watch"]},
    {"id": "harbour-eye", "name": "Harbour Eye", "kind": "media", "description": "A news outlet.", "aliases": ["Harbour Eye"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "aliases": ["Omar Haddad", "Haddad"]},
])


@pytest.mark.parametrize("text, words, expected", [
    ("A clip shared by the Twitter account Dock Watch shows a crane falling. “The moment the crane fell,” the account "
     "wrote.", "The moment the crane fell,", "dock-watch"),
    ("Harbour Eye, a Facebook page with 90,000 followers, posted a photo. “Nobody survived,” the page claimed.",
     "Nobody survived,", "harbour-eye"),
    ("The Telegram channel Harbour Eye reposted it. Dock Watch, a website, disagreed. “Fake,” the website said.",
     "Fake,", "dock-watch"),
    # introduced as a website, never called an account: "the account" is nobody the article named
    ("Dock Watch, a news website, ran the story. “Fake,” the account said.", "Fake,", None),
])
def test_the_noun_that_introduced_an_outlet_refers_back_to_it(text, words, expected):
    assert OUTLETS.who(text, words) == expected


def test_the_outlet_noun_is_a_mention_only_when_it_refers_back():
    draft = OUTLETS.run("Dock Watch, a news website, ran it. Harbour Eye, a Telegram channel, denied it. "
                        "The channel later said it had deleted the post, and his account of the day was vague.")
    found = {(m.text, m.actor_id) for m in draft.mentions}
    assert ("The channel", "harbour-eye") in found
    assert not any(t.endswith("account") for t, _ in found)


@pytest.mark.parametrize("text, words, expected", [
    ("The Quay Gazette took a harder line. Inside, the paper said the cranes were old and called the port "
     "“a museum of rust”.", "a museum of rust", "quay-gazette"),
    ("The Harbour Herald was alone in doubting it. The newspaper devoted its front page to what it called "
     "“the great crane hoax”.", "the great crane hoax", "harbour-herald"),
    ("The Quay Gazette praised the dockers. The Harbour Herald, by contrast, said little. Then the paper called the "
     "strike “a farce”.", "a farce", "harbour-herald"),
    # a station is no paper, and a paper named in another paragraph is not the one meant
    ("Dock Radio took a harder line. The paper said the port was “a museum of rust”.", "a museum of rust", None),
    ("The Quay Gazette took a harder line.\n\nOmar Haddad spoke. The paper said the port was “a museum of rust”.",
     "a museum of rust", None),
])
def test_the_paper_is_the_newspaper_named_earlier_in_its_paragraph(text, words, expected):
    assert PAPERS.who(text, words) == expected


def test_the_paper_is_a_mention_of_the_newspaper():
    draft = PAPERS.run("The Quay Gazette took a harder line. The paper said the port was “a museum of rust”.")
    assert ("The paper", "quay-gazette") in {(m.text, m.actor_id) for m in draft.mentions}


_OUTLETS = Registry(ACTORS + [
    {"id": "quay-news", "name": "Quay News", "kind": "media", "description": "Dock-workers' Telegram channel.",
     "aliases": ["Quay News"]},
    {"id": "harbour-tv", "name": "Harbour TV", "kind": "media", "description": "Television channel owned by the Harbour Front.",
     "aliases": ["Harbour TV"]},
])


def test_the_channel_is_the_outlet_named_earlier_in_its_paragraph():
    text = ("The Telegram channel Quay News wrote that the strike was “a show”.\n\n"
            "Harbour TV, owned by the Harbour Front, aired a speech by Omar Haddad. "
            "The channel said the dockers were “heroes of the port”.")
    assert _OUTLETS.who(text, "heroes of the port") == "harbour-tv"


def test_the_channel_without_an_outlet_in_its_paragraph_is_the_one_introduced_so():
    # near miss: the paragraph names no outlet; "the channel" goes back to the one introduced as a channel
    text = ("The Telegram channel Quay News wrote that the strike was “a show”.\n\n"
            "Harbour TV aired a speech by Omar Haddad.\n\n"
            "Later the channel said the dockers were “paid actors”.")
    assert _OUTLETS.who(text, "paid actors") == "quay-news"
