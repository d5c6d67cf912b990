"""Unnamed persons an article describes instead of naming (``kadhimi_ds.extract.strangers``): "A woman
in a grey scarf said …", "a fruit seller at the quay", then "she said" (codebook G2, Q8 rules 4 and 7,
F7). Sentences written for these tests."""
from __future__ import annotations

from helpers import ACTORS, Registry

QUAY = Registry(ACTORS + [
    {"id": "unnamed-scarf-widow", "name": "Unnamed woman at the quay vigil", "kind": "person",
     "description": "A woman in a grey scarf at the vigil, quoted without her name, whose husband drowned.", "aliases": []},
    {"id": "unnamed-quay-witnesses", "name": "Unnamed quay witnesses", "kind": "other",
     "description": "Residents and workers near the harbour lighthouse who spoke without being named.", "aliases": []},
    {"id": "unnamed-town-residents", "name": "Unnamed Harbourtown residents", "kind": "other",
     "description": "Residents of Harbourtown quoted without being named.", "aliases": []},
    {"id": "unnamed-ferry-crew", "name": "Unnamed officers of the ferry crew", "kind": "other",
     "description": "Members of the ferry crew who spoke without being named.", "aliases": []},
    {"id": "samir-tawil", "name": "Samir Tawil", "kind": "person", "description": "A harbour pilot.", "aliases": ["Samir Tawil"]},
])


def test_a_woman_the_article_describes_is_the_unnamed_person_the_registry_describes_so():
    text = ('Omar Haddad toured the quay on Monday.\n\nA woman in a grey scarf who would not give her name said the '
            'water rose at night. “Nobody warned us,” she said.')
    assert QUAY.who(text, "Nobody warned us,") == "unnamed-scarf-widow"


def test_an_officer_of_a_body_is_its_registered_unnamed_group_and_he_carries_it():
    text = ('Samir Tawil said the ferry left late.\n\nA young officer of the ferry crew, who asked not to be named, '
            'says two sailors were hurt.\n\n“We heard the hull crack,” he said.')
    assert QUAY.who(text, "We heard the hull crack,") == "unnamed-ferry-crew"


def test_a_civilian_is_the_group_of_residents_or_workers_of_the_place_the_article_names_nearby():
    text = ('The road to the harbour lighthouse is quiet again.\n\nA fruit seller at the nearest corner, who has sold '
            'dates there for years, was asleep behind his stall. “I heard one bang,” he said.\n\n'
            'Further down the street, a retired teacher says there were two. “The windows shook,” he said.')
    assert QUAY.who(text, "I heard one bang,") == "unnamed-quay-witnesses"
    assert QUAY.who(text, "The windows shook,") == "unnamed-quay-witnesses"  # the group the first civilian went to


def test_a_description_that_fits_no_registered_actor_is_a_new_person_and_he_stays_with_it():
    text = ('Samir Tawil said the ferry left late.\n\nA fisherman mending his nets said the sea was calm. '
            '“It was a normal night,” he said.')
    draft = QUAY.run(text)
    q = next(q for q in draft.quotes if q.text == "It was a normal night,")
    assert q.speaker is None and q.new_speaker is not None  # never Samir Tawil (F7: null, a new actor)


def test_a_description_that_gives_a_registered_name_is_that_person():
    text = ('Omar Haddad left at noon.\n\nAt dusk, a young man in a black shirt, who gave his name only as Samir Tawil, '
            'was tying ropes. “We are staying,” he said.')
    assert QUAY.who(text, "We are staying,") == "samir-tawil"


def test_a_description_in_apposition_to_a_name_is_no_person_of_its_own():
    text = 'Samir Tawil, a 40-year-old fisherman, said the sea was calm. “It was a normal night,” he said.'
    assert QUAY.who(text, "It was a normal night,") == "samir-tawil"
