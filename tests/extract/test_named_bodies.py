"""Bodies named after "the … of" that the registry lacks and the article refers back to
(``kadhimi_ds.extract.named_bodies``): proposed as new actors, and, through the extractor's second pass, the
speaker of what "the Council" says after. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import ACTORS, Registry, quote
from kadhimi_ds.extract.gazetteer import gazetteer_for
from kadhimi_ds.extract.named_bodies import named_bodies

COUNCILS = Registry(ACTORS + [
    {"id": "harbour-security-council", "name": "Harbour Security Council", "kind": "government",
     "aliases": ["Harbour Security Council"]},
])

SESSION = ("The Harbour Security Council met at noon and called the strike “an act of war”.\n"
           "In the evening, the Council of Elders held a session. A statement said the Council condemned the "
           "“cowardly attack” and would “stand by the port”.\n")


def names(text: str) -> list[str]:
    return [p.name for p in named_bodies(text, [], [], gazetteer_for(COUNCILS.actors))]


def test_a_body_named_after_the_and_referred_back_to_is_proposed():
    assert names(SESSION) == ["Council of Elders"]


def test_the_council_after_it_is_the_new_body_not_the_registered_council():
    draft = COUNCILS.run(SESSION)
    assert quote(draft, "an act of war").speaker == "harbour-security-council"
    body = next(p for p in draft.new_actors if p.name == "Council of Elders")
    assert body.kind == "government"
    for words in ("cowardly attack", "stand by the port"):
        q = quote(draft, words)
        assert (q.speaker, q.new_speaker) == (None, body.id)


def test_no_body_without_a_reference_back_a_portfolio_ministry_or_a_registered_name():
    text = ("The Council of Elders met at noon. The Ministry of Foreign Affairs said the ministry “regrets” it. "
            "The Ministry of Ports said the ministry is ready.\n")
    assert names(text) == []


@pytest.mark.parametrize("text, name, words", [
    # a possessor instead of "the" before the name
    ("Eastvale’s Ministry of Fisheries Affairs condemned the strike. “This act targets every harbour,” the ministry "
     "said in a statement.\n", "Eastvale’s Ministry of Fisheries Affairs", "This act targets every harbour,"),
    # heads of unions and professional bodies
    ("The Syndicate of Harbour Pilots said two members were hurt. “Pilots are not a target,” the syndicate said.\n",
     "Syndicate of Harbour Pilots", "Pilots are not a target,"),
])
def test_a_body_named_after_a_possessor_or_with_a_union_head_speaks_as_the_noun(text, name, words):
    draft = COUNCILS.run(text)
    body = next(p for p in draft.new_actors if p.name == name)
    assert quote(draft, words).new_speaker == body.id
