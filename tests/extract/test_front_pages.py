"""Front pages of a press review (``kadhimi_ds.extract.front_pages``, codebook Q8 rule 2, Q10): a registered
newspaper's headline or front page is the paper's, delivered as `other`; a paper that only quotes someone
else, and a headline that belongs to no paper, are left alone. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import Registry, quote

PRESS = Registry([
    {"id": "quay-gazette", "name": "Quay Gazette", "kind": "media", "description": "Port city daily.",
     "aliases": ["Quay Gazette"]},
    {"id": "harbour-herald", "name": "Harbour Herald", "kind": "media", "description": "Weekly newspaper of the docks.",
     "aliases": ["Harbour Herald"]},
    {"id": "omar-haddad", "name": "Omar Haddad", "kind": "person", "description": "Minister of ports.",
     "aliases": ["Omar Haddad", "Haddad"]},
])


@pytest.mark.parametrize("text, words, speaker, attribution", [
    ("The Quay Gazette, the port city daily, led with “The cranes will rise again”.", "The cranes will rise again",
     "quay-gazette", "explicit"),
    ("The Harbour Herald went further on its front page: “Three cranes down and the culprits are known”.",
     "Three cranes down and the culprits are known", "harbour-herald", "explicit"),
    ("The Harbour Herald printed a single question across its front page: “Who sank the ferry?”", "Who sank the ferry?",
     "harbour-herald", "explicit"),
    ("In the Quay Gazette, the organ of the dockers, the headline read “The port stands together”.",
     "The port stands together", "quay-gazette", "explicit"),
    ("The Harbour Herald, printed overnight, put the story under “A ferry sunk by rust”.", "A ferry sunk by rust",
     "harbour-herald", "explicit"),
    # "its" points back to the paper named earlier in the paragraph (G2)
    ("The Quay Gazette was alone in doubting it. Its headline asked “A ferry without a hole?”", "A ferry without a hole?",
     "quay-gazette", "implicit"),
])
def test_a_papers_headline_is_the_papers(text, words, speaker, attribution):
    q = quote(PRESS.run(text), words)
    assert (q.speaker, q.attribution, q.channel) == (speaker, attribution, "other")


@pytest.mark.parametrize("text, words, speaker", [
    # a paper that quotes someone else: the words stay that person's
    ("The Quay Gazette led with the strike, and its front page quoted Minister Omar Haddad as calling it “a disgrace”.",
     "a disgrace", "omar-haddad"),
    ("The Quay Gazette quoted Omar Haddad as saying “the port is closed”.", "the port is closed", "omar-haddad"),
    # the headline of the article's own page, or "its" with no paper before: nobody is guessed
    ("The headline read “Cranes fall at dawn” on Friday.", "Cranes fall at dawn", None),
    ("Omar Haddad spoke first. Its headline asked “A ferry without a hole?”", "A ferry without a hole?", None),
    # a paper that receives the words is no author of them
    ("The mayor told the Quay Gazette on its front page: “We will rebuild”.", "We will rebuild", None),
])
def test_near_misses_give_the_paper_nothing(text, words, speaker):
    assert quote(PRESS.run(text), words).speaker == speaker
