"""A state's ministry the registry lacks (``kadhimi_ds.extract.referents``): "Egypt’s foreign ministry" and "the
Ministry of Foreign Affairs of the Kingdom of Bahrain" are proposed as new bodies, never linked to a registered
ministry of another state, and speak what "the ministry" says after. Sentences written for these tests."""
from __future__ import annotations

from helpers import ACTORS, Registry, quote

STATES = Registry(ACTORS + [
    {"id": "freedonia", "name": "Freedonia", "kind": "state", "country": "FRD", "aliases": ["Freedonia"]},
    {"id": "sylvania", "name": "Sylvania", "kind": "state", "country": "SYL", "aliases": ["Sylvania"]},
    {"id": "sylvania-foreign-ministry", "name": "Ministry of Foreign Affairs (Sylvania)", "kind": "government",
     "country": "SYL", "aliases": ["Sylvanian Foreign Ministry"]},
])


def _new(draft, words: str) -> str:
    q = quote(draft, words)
    assert q.speaker is None, q.speaker
    return next(p.name for p in draft.new_actors if p.id == q.new_speaker)


def test_a_state_s_ministry_named_by_its_owner_is_a_new_body():
    text = ("The Sylvanian Foreign Ministry called the strike “a crime”, while Freedonia’s foreign ministry "
            "expressed “full solidarity with the port”.\n")
    draft = STATES.run(text)
    assert quote(draft, "a crime").speaker == "sylvania-foreign-ministry"
    assert _new(draft, "full solidarity with the port") == "Freedonia’s foreign ministry"


def test_a_ministry_of_a_named_state_is_not_another_state_s():
    text = ("The Sylvanian Foreign Ministry called the strike “a crime”.\n"
            "In the capital, the Ministry of Foreign Affairs of the Republic of Freedonia condemned a “terrorist act”. "
            "“We stand with the port,” the ministry said.\n")
    draft = STATES.run(text)
    assert _new(draft, "terrorist act") == "Ministry of Foreign Affairs of the Republic of Freedonia"
    assert _new(draft, "We stand with the port,") == "Ministry of Foreign Affairs of the Republic of Freedonia"


def test_the_registered_ministry_of_the_named_state_keeps_its_words():
    text = "The Ministry of Foreign Affairs of Sylvania condemned a “terrorist act”.\n"
    assert STATES.who(text, "terrorist act") == "sylvania-foreign-ministry"


def test_a_state_s_registered_ministry_is_not_proposed_again():
    text = "Sylvania’s foreign ministry condemned a “terrorist act”.\n"
    assert STATES.who(text, "terrorist act") == "sylvania-foreign-ministry"


def test_the_ministry_of_the_state_an_opening_adverbial_names_is_that_state_s():
    """"In Freedonia, the foreign ministry …": Freedonia's, new when none is registered, never Sylvania's."""
    text = "The Sylvanian Foreign Ministry said “no”. In Freedonia, the foreign ministry condemned a “terrorist act”.\n"
    assert _new(STATES.run(text), "terrorist act") == "foreign ministry (Freedonia)"
    text = "The Freedonian Foreign Ministry said “no”. In Sylvania, the foreign ministry condemned a “terrorist act”.\n"
    assert STATES.who(text, "terrorist act") == "sylvania-foreign-ministry"


def test_a_capitalised_role_after_the_opening_adverbial_is_that_state_s_too():
    text = "The Sylvanian Foreign Ministry said “no”. In Freedonia, the Foreign Ministry condemned a “terrorist act”.\n"
    assert _new(STATES.run(text), "terrorist act") == "Foreign Ministry (Freedonia)"


_EMBASSIES = Registry(STATES.actors + [
    {"id": "freedonia-embassy", "name": "Embassy of Freedonia in the port", "kind": "government", "country": "FRD",
     "parent": "freedonia", "aliases": ["Freedonian embassy"]},
])


def test_a_state_s_adjective_before_a_body_is_that_state_s_body():
    # "the Sylvanian foreign ministry" in lower case is still Sylvania's, and never Freedonia's embassy or another
    # state's ministry; an adjective of a state with no such body gives a new body of its words (M1)
    text = ("Freedonia's embassy condemned the strike. The Sylvanian foreign ministry called it “a crime”.\n\n"
            "The Turkish embassy said it was “shocked”.\n")
    draft = _EMBASSIES.run(text)
    assert quote(draft, "a crime").speaker == "sylvania-foreign-ministry"
    assert _new(draft, "shocked") == "Turkish embassy"


def test_a_capitalised_word_of_no_state_is_no_state_s_adjective():
    # near miss: "The Foreign Ministry", "the Federal ministry" give no new body of "Foreign" or "Federal"
    for text in ("The Foreign Ministry called it “a crime”.\n", "The Federal ministry called it “a crime”.\n"):
        d = _EMBASSIES.run(text)
        assert not d.new_actors, [p.name for p in d.new_actors]
