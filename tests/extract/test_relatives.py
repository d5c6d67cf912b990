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
