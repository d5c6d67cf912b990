"""Statements and editorials (``kadhimi_ds.extract.statement_referents``): "its editorial", "his statement"
are the owner's, "the statement" a body's that spoke in the paragraph before (codebook G2). All sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers import PAPERS, quote, run


@pytest.mark.parametrize("text, words, expected", [
    ("The Quay Gazette took a harder line. Its editorial said the strike, waged with “rusty cranes”, was over.",
     "rusty cranes", "quay-gazette"),
    ("Omar Haddad took a harder line. His statement said the port was “a museum of rust”.", "a museum of rust",
     "omar-haddad"),
    ("The Quay Gazette went further. Its front-page commentary called the strike “a stage play”.", "a stage play",
     "quay-gazette"),
    # no owner before the possessive: nobody is guessed
    ("Its editorial said the port was “a museum of rust”.", "a museum of rust", None),
    ("Its commentary called the strike “a stage play”.", "a stage play", None),
])
def test_the_owner_of_a_statement_or_editorial_speaks_it(text, words, expected):
    q = quote(PAPERS.run(text), words)
    assert (q.speaker, q.attribution) == (expected, "implicit" if expected else "unattributed")


def test_the_statement_after_a_body_announced_in_the_paragraph_before_is_that_bodys():
    d = run("The Ministry of Ports announced on Friday that the pier had been hit by three drones.\n\n"
            "“Our guards shot down two of them,” the statement said.")
    assert quote(d, "Our guards shot down two of them,").speaker == "ports-ministry"
    assert [c.claimed_by for c in d.claims if c.quantity == "drones_downed"] == ["ports-ministry"]


def test_the_statement_two_paragraphs_after_a_body_spoke_is_not_read_from_it():
    d = run("The Ministry of Ports announced on Friday that the pier had been hit by three drones.\n\n"
            "The harbour stayed closed until noon.\n\n"
            "“Our guards shot down two of them,” the statement said.")
    assert quote(d, "Our guards shot down two of them,").speaker is None


@pytest.mark.parametrize("text, words, expected", [
    ("The Harbour Front sent a letter to the ports ministry on Tuesday accusing it of neglect.\n\n"
     "The letter said the ministry would answer “for every ship that sinks.”", "for every ship that sinks.", "harbour-front"),
    ("A memo circulated on Monday under the name of the Harbour Front took aim at the minister.\n\n"
     "The memo described the closure as “a crime against the dockers.”", "a crime against the dockers.", "harbour-front"),
    ("Omar Haddad signed a letter to the dockers on Sunday. “The quay will reopen,” the letter read.",
     "The quay will reopen,", "omar-haddad"),
    ("Omar Haddad struck the same tone in a handwritten note posted on his account. “The quay will reopen,” "
     "the note read.", "The quay will reopen,", "omar-haddad"),
])
def test_a_letter_or_memo_the_article_gives_an_author_speaks_for_that_author(text, words, expected):
    q = quote(run(text), words)
    assert (q.speaker, q.attribution) == (expected, "implicit")  # Q9 note on "the statement read"


def test_a_letter_whose_author_the_article_never_names_has_no_speaker():
    # near miss: a letter no one is said to have written or issued; the body named in it is its addressee
    q = quote(run("A letter reached the ports ministry on Tuesday.\n\nThe letter called the closure “a disgrace.”"),
              "a disgrace.")
    assert q.speaker is None


def test_a_verb_noted_is_no_note_whose_author_speaks():
    # near miss: "noted" names no document; "the ministry said" keeps its own speaker
    q = quote(run("Omar Haddad noted that the cranes were old. “They will be fixed,” the ministry said."), "They will be fixed,")
    assert q.speaker == "ports-ministry"
