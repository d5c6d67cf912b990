"""People an article introduces by a description no registered actor fits (``kadhimi_ds.extract.newcomers``):
proposed as new actors named from the description, and, through the extractor's second pass, the speaker of
what "the driver" and "he" say after (codebook M8 note). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, quote, run
from kadhimi_ds.extract.gazetteer import gazetteer_for
from kadhimi_ds.extract.newcomers import described_newcomers

MECHANIC = {"id": "quay-boat-mechanic", "name": "Unnamed boat mechanic at the north quay", "kind": "person", "aliases": []}

FEATURE = ("Harbourtown counts the damage\n"
           "A boat mechanic at the north quay, who asked not to be named, said the blasts woke the whole harbour. "
           "“It was louder than the storm of 2019,” he said.\n"
           "“We ran to the roof,” the mechanic added.\n")


def names(text: str, actors=ACTORS) -> list[str]:
    return [p.name for p in described_newcomers(text, [], gazetteer_for(actors))]


def test_a_described_person_who_speaks_is_proposed_and_speaks_what_follows():
    draft = run(FEATURE)
    proposal = next(p for p in draft.new_actors if p.evidence == "described")
    assert proposal.name == "Unnamed boat mechanic at the north quay" and proposal.kind == "person"
    assert FEATURE[proposal.start:proposal.end] == "A boat mechanic at the north quay"
    for words in ("It was louder than the storm of 2019,", "We ran to the roof,"):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, proposal.id)


def test_a_registered_person_the_article_describes_is_not_proposed_again():
    assert names(FEATURE, ACTORS + [MECHANIC]) == []
    assert Registry(ACTORS + [MECHANIC]).who(FEATURE, "We ran to the roof,") == "quay-boat-mechanic"


def test_a_person_registered_for_another_place_is_no_candidate():
    """A boat mechanic of another article ("… at the south dock") is not the one this article describes."""
    other = {**MECHANIC, "id": "dock-boat-mechanic", "name": "Unnamed boat mechanic at the South Dock"}
    assert names(FEATURE, ACTORS + [other]) == ["Unnamed boat mechanic at the north quay"]


@pytest.mark.parametrize("text", [
    "“A boat mechanic at the north quay said nothing,” the mayor said.",    # inside a quotation
    "The mayor, who is a boat mechanic at the north quay, said little.",  # says what someone named is
    "A statement from the port said the quay would reopen.",             # no person
    "A boat mechanic at the north quay was injured.",                      # neither speaks nor comes back
])
def test_no_proposal(text):
    quotes = [(text.index("“"), text.index("”") + 1)] if "“" in text else []
    assert [p.name for p in described_newcomers(text, quotes, gazetteer_for(ACTORS))] == []
