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


def test_a_definite_first_mention_introduces_a_person():
    text = ("The ferry driver keeps a photograph of his daughters above the wheel. "
            "“Nobody talks about the blasts,” he said.\n")
    assert names(text) == ["Unnamed ferry driver"]


@pytest.mark.parametrize("text", [
    "The mayor spoke first. “We will rebuild,” the driver said.",          # a bare noun goes back to someone
    "Omar Saleh, the ferry driver at the quay, said the blasts woke him.",  # apposition to a name (M3)
])
def test_no_definite_proposal(text):
    assert names(text) == []


def test_a_definite_description_after_the_same_noun_is_no_new_person():
    assert names("A ferry driver spoke first. Later the old driver at the quay said it was loud.") == ["Unnamed ferry driver"]


def test_a_person_who_speaks_in_the_next_paragraph_is_proposed():
    text = ("At the quay, a young woman in a yellow raincoat waited for the ferry. She is 24.\n"
            "“The boats stopped at midnight,” she said.\n")
    assert names(text) == ["Unnamed young woman"]


@pytest.mark.parametrize("text", [
    "Omar Saleh, 31, a boat mechanic at the north quay, said the blasts woke him.",
    "A young man, who gave his name only as Abu Karim, said the blasts woke him.",
    "He was filling a glass for a soldier when the first blast came, he said.",
])
def test_no_proposal_for_a_named_person_or_another_phrase_head(text):
    named = [(0, len("Omar Saleh"))] if text.startswith("Omar") else [(text.index("Abu"), text.index(","))] if "Abu" in text else []
    assert [p.name for p in described_newcomers(text, [], gazetteer_for(ACTORS), named=named)] == []


def test_more_person_heads_are_proposed():
    text = "An elderly mourner in a grey coat said the funeral would go on. “We are not afraid,” he said."
    assert names(text) == ["Unnamed elderly mourner in a grey coat"]


def test_a_registered_person_with_the_head_but_no_shared_word_does_not_hold_the_proposal_back():
    """A taxi driver registered for another article ("… on the Lantern bridge") is no reason to leave an
    ambulance driver of this one unproposed: the registry decides only when one fits."""
    taxi = {"id": "lantern-taxi-driver", "name": "Unnamed taxi driver on the Lantern bridge", "kind": "person", "aliases": []}
    text = "An ambulance driver, a thin man with a grey moustache, said the crowd was large. “Thousands,” he said."
    assert names(text, ACTORS + [taxi]) == ["Unnamed ambulance driver"]
    assert names("A taxi driver on the Lantern bridge said the crowd was large.", ACTORS + [taxi]) == []


def test_a_relational_noun_sharing_a_word_with_a_registered_person_is_left_to_the_registry():
    lecturer = {"id": "harbour-history-lecturer", "name": "Unnamed history lecturer", "kind": "person", "aliases": []}
    text = "A colleague from the history department said the blasts were a warning. “A letter,” she said."
    assert names(text, ACTORS + [lecturer]) == []
    assert names(text) == ["Unnamed colleague from the history department"]


KIOSK_DRIVER = {"id": "harbour-street-taxi-driver", "name": "Unnamed taxi driver on Harbour Street", "kind": "person", "aliases": []}


def test_the_kind_of_a_registered_person_alone_does_not_hold_the_proposal_back():
    """"taxi" says only what kind of driver the registered one is; the place tells who he is."""
    text = ("Traffic on Harbour Street was slow.\n"
            "The taxi driver parked at the Lantern bridge heard the blasts before dawn. "
            "“They wanted to scare him,” said the driver.\n")
    assert names(text, ACTORS + [KIOSK_DRIVER]) == ["Unnamed taxi driver"]
    assert names("A taxi driver on Harbour Street said the blasts woke him.", ACTORS + [KIOSK_DRIVER]) == []


@pytest.mark.parametrize("text, other", [
    # a word that names another person ("guards") does not make her the registered guard's cousin
    ("Harbour guard posts stood empty. In Eastgate, a woman whose son is among the guards said she had not slept. “He is fine,” she said.",
     "Unnamed cousin of a harbour guard"),
    # a bare "woman" shares one word only with the registered activist
    ("Lantern Square was empty. At the quay, a young woman in a yellow raincoat waited. “The boats stopped,” she said.",
     "Unnamed young activist at Lantern Square"),
    # a man is no registered mother, whatever place they share
    ("A young man from Lantern City said the march was peaceful. “We sent no drones,” he said.",
     "Unnamed mother of a soldier from Lantern City"),
])
def test_a_relational_noun_is_proposed_when_no_registered_person_fits_it(text, other):
    registered = {"id": "other-person", "name": other, "kind": "person", "aliases": []}
    assert len(names(text, ACTORS + [registered])) == 1


def test_a_definite_description_after_an_opening_phrase_of_place_introduces_a_person():
    text = ("In a narrow shop off Harbour Street, the pharmacist, a soft-spoken woman, counts out pills. "
            "“Sales go up when there is trouble,” she said.\n")
    assert names(text) == ["Unnamed pharmacist"]
    draft = run(text)
    assert quote(draft, "Sales go up when there is trouble,").new_speaker == "unnamed-pharmacist"


def test_a_description_in_apposition_to_a_described_person_is_no_other_person():
    text = ("A ferry driver waiting near the quay said he had heard the blasts. "
            "“It was loud,” said the driver, a man in his 50s who asked not to be named.\n")
    assert names(text) == ["Unnamed ferry driver"]


def test_a_given_name_in_apposition_before_the_description_is_a_mention_of_the_proposal():
    text = ("Rasha, a 29-year-old nurse who asked that only her first name be used, said the ward filled fast. "
            "“We ran out of beds,” she said.\n")
    proposal = described_newcomers(text, [], gazetteer_for(ACTORS))[0]
    assert [text[a:b] for a, b in proposal.mentions] == ["Rasha", "a 29-year-old nurse"]
    later = "Meanwhile, a ferry driver said the quay was closed. “Nobody works,” he said.\n"
    assert [later[a:b] for p in described_newcomers(later, [], gazetteer_for(ACTORS)) for a, b in p.mentions] == ["a ferry driver"]


def test_a_person_who_speaks_after_a_blank_line_is_proposed():
    text = ("At the quay, a young woman in a yellow raincoat waited for the ferry.\n\n"
            "“The boats stopped at midnight,” she said.\n")
    assert names(text) == ["Unnamed young woman"]


@pytest.mark.parametrize("text, given", [
    ("“The cranes stopped,” said a porter at the gate who gave only his first name, Yaseen.", "Yaseen"),
    ("A nurse at the clinic, who asked to be identified only as Rasha, said the ward was full. “We ran out of beds,” "
     "she said.", "Rasha"),
    ("A baker on the pier, who gave his name only as Abu Karam, said: “The boats stayed in.”", "Abu Karam"),
])
def test_a_given_name_the_clause_after_the_description_gives_is_a_mention_of_the_proposal(text, given):
    proposal = described_newcomers(text, [], gazetteer_for(ACTORS))[0]
    assert given in [text[a:b] for a, b in proposal.mentions]


@pytest.mark.parametrize("text", [
    "A porter at the gate, who asked not to be named, said the cranes stopped. “Nobody works,” he said.",
    "A porter at the gate said the cranes stopped, and a crane named Goliath fell. “Nobody works,” he said.",
])
def test_no_given_name_after_the_description(text):
    proposal = described_newcomers(text, [], gazetteer_for(ACTORS))[0]
    assert [text[a:b] for a, b in proposal.mentions] == ["A porter at the gate"]


@pytest.mark.parametrize("text, words, given", [
    # an age between the given name and the description
    ("Sarah, 29, a pharmacist who lives near the port, said the blast woke her children. “My son was scared,” "
     "she said.", "My son was scared,", "Sarah"),
    # the given name after an inverted reporting clause
    ("“We came with flags,” said Zaid, a 24-year-old protester from the docks.", "We came with flags,", "Zaid"),
])
def test_a_given_name_apposed_to_a_description_names_the_described_newcomer(text, words, given):
    d = run(text)
    q = quote(d, words)
    person = next(p for p in d.new_actors if p.id == q.new_speaker)
    assert given in [text[a:b] for a, b in person.mentions]


def test_a_name_after_a_cue_that_opens_a_full_name_is_no_given_name_of_the_description():
    # near miss: "Zaid Hamid" is a full name, not a given name alone
    d = run("“We came with flags,” said Zaid Hamid, a 24-year-old protester from the docks.")
    assert not any("Zaid" == d.text[a:b] for p in d.new_actors if p.evidence == "described" for a, b in p.mentions)


_POLICE = Registry(ACTORS + [{"id": "harbour-police", "name": "Harbour police", "kind": "military", "aliases": ["police"]}])


@pytest.mark.parametrize("text", [
    "A police officer at the north gate said the dockers threw stones. “They came with sticks,” he said.",
    "A police officer at the north gate, who spoke on condition of anonymity, said the dockers threw stones.\n\n"
    "“They came with sticks,” the officer said.",
])
def test_a_police_officer_is_a_person_described_not_the_police(text):
    d = _POLICE.run(text)
    q = quote(d, "They came with sticks,")
    assert q.speaker is None and q.new_speaker
    assert next(p.name for p in d.new_actors if p.id == q.new_speaker) == "Unnamed police officer at the north gate"


def test_a_police_source_is_still_an_unnamed_source_and_the_police_still_the_body():
    d = _POLICE.run("The police closed the gate. “They came with sticks,” a police source said.")
    assert quote(d, "They came with sticks,").speaker == "unnamed-security-sources"
    assert any(m.text == "police" and m.actor_id == "harbour-police" for m in d.mentions)


def test_a_name_set_off_after_a_description_is_the_person_it_describes():
    text = ("Harbourtown counts the damage\n"
            "A taxi driver nearby, Yusuf Tamer, 58, put down his tea. “The sea has seen worse,” he said.\n")
    draft = run(text)
    assert "Unnamed taxi driver" not in [p.name for p in draft.new_actors]
    speaker = quote(draft, "The sea has seen worse,").new_speaker
    assert next(p.name for p in draft.new_actors if p.id == speaker) == "Yusuf Tamer"


def test_a_name_after_a_description_and_a_clause_of_its_own_is_another_person():
    # near miss: "a taxi driver shouted" is a clause of its own; the name after its comma is no apposition
    draft = run("Harbourtown counts the damage\nWhen a taxi driver shouted, Yusuf Tamer ran. “Get down,” the driver said.\n")
    assert "Unnamed taxi driver" in [p.name for p in draft.new_actors]


@pytest.mark.parametrize("text, name", [
    ("A security expert invited to the studio said the drones “were flown by trained people”.",
     "Unnamed security expert"),
    ("A guest on the morning show said the drones “were flown by trained people”.", "Unnamed guest"),
])
def test_an_expert_or_a_guest_who_speaks_is_a_person_described(text, name):
    draft = run(text)
    q = quote(draft, "were flown by trained people")
    assert q.new_speaker and next(p for p in draft.new_actors if p.id == q.new_speaker).name.startswith(name)
