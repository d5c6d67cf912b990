"""People an article names by a given name after a relation (``kadhimi_ds.extract.relatives``): "My cousin
Yaseen is a docker … he said" proposes Yaseen, and the second pass gives "he said" to him (G2, M8 note).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import quote, run
from kadhimi_ds.extract.relatives import related_given_names

STORY = ("The quay was quiet by noon.\n\n"
         "My cousin Yaseen is a docker on the north quay. He rang me at lunch. “The cranes stopped at midnight,” he said.\n")


def test_a_given_name_after_a_relation_is_proposed_and_speaks():
    draft = run(STORY)
    proposal = next(p for p in draft.new_actors if p.name == "Yaseen")
    assert proposal.kind == "person" and STORY[proposal.start:proposal.end] == "Yaseen"
    assert quote(draft, "The cranes stopped at midnight,").new_speaker == proposal.id


@pytest.mark.parametrize("text", [
    "My cousin Yaseen Dallal is a docker. “The cranes stopped,” he said.",   # a full name: not this rule's
    "My cousin Yaseen is a docker on the north quay.",                        # nobody speaks after the name
    "Our neighbour Harbour Street was closed. “Go home,” he said.",           # a place, not a person
    "His brother Omar Haddad said: “The port is shut.”",                      # a registered person
])
def test_no_proposal(text):
    assert not [p for p in related_given_names(run(text)) if p.evidence == "speaker"]


def test_a_given_name_with_an_age_after_an_inverted_cue_is_a_new_person():
    d = run("“If they can hit the minister, what are we?” asked Samir, 41, who sells phones on the main street.")
    q = quote(d, "If they can hit the minister, what are we?")
    assert q.new_speaker == "samir"


@pytest.mark.parametrize("text", [
    # near misses: the name goes on from a capitalised word (a full name), or a description follows the age
    "“If they can hit the minister, what are we?” asked Samir Daoud, 41, who sells phones on the main street.",
    "“If they can hit the minister, what are we?” asked Samir, 41, a phone seller on the main street.",
])
def test_no_given_name_alone_proposed_for_a_full_name_or_a_described_person(text):
    assert not any(p.id == "samir" and p.evidence == "speaker" for p in run(text).new_actors)
