"""The extractor end to end (``kadhimi_ds.extract.pipeline``), on sentences written for these
tests (none is copied from the seeds): every item it proposes is an exact span outside the page
furniture."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from helpers import ACTORS, Registry, quote, run

PARAGRAPHS = [
    "“We will rebuild every pier,” Omar Haddad said on Tuesday.",
    "Lina Sabbagh told Reuters that at least 14 people were killed and more than 200 injured.",
    "“Nobody is above the law,” she added.",
    "Security sources said two drones were shot down and a third hit the customs office.",
    "The Harbour Front won 41 seats, down from 55 in the last vote.",
    "Prime Minister Nour Karim called the raid “an act of cowardice”.",
    "Hundreds of protesters gathered near the old bridge on Sunday.",
    "Spokesman Karim Nasser said the 42-year-old suspect was arrested at 3:15 pm.",
]


@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=8), st.sampled_from(["\n", "\n\n"]))
@settings(max_examples=40)
def test_every_item_slices_to_its_text(paragraphs, sep):
    text = sep.join(paragraphs)
    draft = run(text)
    items = [draft.body, *draft.furniture, *draft.quotes, *draft.claims, *draft.numbers, *draft.mentions, *draft.dates]
    for item in items:
        assert text[item.start:item.end] == item.text
    for item in [*draft.quotes, *draft.claims, *draft.numbers]:
        assert not draft.in_furniture(item.start, item.end)


def test_a_person_the_registry_lacks_is_followed_like_a_registered_one():
    """The second pass registers a proposed person, so that a surname alone reaches them: both quotations
    are the proposal's, which stays a proposal (no registered speaker)."""
    text = ("Analysts doubt the drones were local\n"
            "Eyal Dror, an analyst in Tel Aviv, said the drones were cheap to build. “Anyone can buy one,” Dror said.\n"
            "“The parts come by post,” he added.\n")
    draft = run(text)
    proposal = next(p for p in draft.new_actors if p.name == "Eyal Dror")
    assert {(q.speaker, q.new_speaker) for q in draft.quotes} == {(None, proposal.id)}
    assert (text.index("Dror said"), text.index("Dror said") + 4) in proposal.mentions
    assert not any(m.actor_id == proposal.id for m in draft.mentions)


def test_a_described_newcomer_speaks_for_its_head_noun_in_the_second_pass():
    """Two registered taxi drivers, of places the article names but found nowhere in it as people, do not
    keep "the driver" and "the taxi driver" from the driver the article introduced."""
    others = [{"id": "harbour-street-taxi-driver", "name": "Unnamed taxi driver on Harbour Street", "kind": "person", "aliases": []},
              {"id": "lantern-square-taxi-driver", "name": "Unnamed taxi driver at Lantern Square", "kind": "person", "aliases": []}]
    text = ("Traffic from Harbour Street to Lantern Square was slow. "
            "The taxi driver parked at the foot of the quay heard the blasts before dawn.\n\n"
            "“They wanted to scare him,” said the driver.\n\n"
            "Back at the quay, the taxi driver shrugged. “Tomorrow there will be a committee,” he said.\n")
    draft = Registry(ACTORS + others).run(text)
    for words in ("They wanted to scare him,", "Tomorrow there will be a committee,"):
        assert quote(draft, words).new_speaker == "unnamed-taxi-driver"
    told = text.replace("The taxi driver parked at the foot of the quay", "The taxi driver on Harbour Street")
    assert Registry(ACTORS + others).who(told, "They wanted to scare him,") == "harbour-street-taxi-driver"
