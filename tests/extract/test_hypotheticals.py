"""Counts that are not asserted (``kadhimi_ds.extract.hypotheticals``): a hypothetical, conditional or
future count, a kind, and a count asked in a question are no claim (C1, I6). All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import quantities, run


@pytest.mark.parametrize("text", [
    "If four drones cannot close the harbour, what will?",
    "Four drones will not bring the port to its knees.",
    "A strike like that could kill dozens of dock workers.",
    "Nobody in the city would waste a drone on a customs office.",
    "Even if two more drones had got through, the pier would have stood.",
    "The militia could send drones against the pier again, the mayor warned.",
    'The militia said it would "not waste a single drone on a harbour master."',
    "The commander said his men would not “waste one drone” on the customs office.",
    "The militia said it “will never send a drone against a hospital.”",
    "In the first hour you'll hear four drones, then five, then six, the harbour master warned.",
    "Tomorrow they’ll see a drone over every quay.",
])
def test_a_hypothetical_conditional_or_future_count_is_no_claim(text):
    d = run(text)
    assert d.claims == []
    assert all(not n.is_claim for n in d.numbers)


@pytest.mark.parametrize("text, expected", [
    ("Four drones were launched at the pier, and two of them will be examined by the army.", ("drones_launched", 4)),
    ("The mayor said four drones were launched at the pier and that the port would reopen.", ("drones_launched", 4)),
    ("Three guards were wounded, which could delay the reopening, the mayor said.", ("injured", 3)),
    ("The navy had counted four drones over the quay, a spokesman said.", ("drones_launched", 4)),
    ("The mayor vowed to visit wounded dockers in hospital after two drones struck the pier.", ("drones_struck", 2)),
    ("The union hoped to cover up the killing of protesters, a spokesman said.", ("killed", None)),
    ("Four drones were launched at the pier, then two more, and we'll rebuild it.", ("drones_launched", 4)),
    ("“The blood of the two dockers martyred on Friday will not be forgotten,” the union said.", ("killed", 2)),
    ("The families of three sailors killed at the pier will receive aid, the mayor said.", ("killed", 3)),
])
def test_a_modal_elsewhere_in_the_sentence_keeps_the_count(text, expected):
    assert expected in quantities(text)


@pytest.mark.parametrize("text, found", [
    ("“We won 12 seats and we will form the next council,” Haddad said.", [("seats_won", 12)]),
    ("The Harbour Front won nine seats, while the Dockers’ Union took 20 and will lead the new council.", [("seats_won", 9), ("seats_won", 20)]),
    ("The Harbour Front won 12 seats but could lose two in a recount.", [("seats_won", 12)]),
    ("The Harbour Front would hold no more than 20 seats after a recount, analysts said.", []),
    ("Adding the Dockers’ 12 to its own would give the new alliance 40 seats.", []),
    ("On paper a Front–Dockers axis would command about 40 seats, short of a majority.", []),
    ("Together the two lists could muster 40 seats in the new council.", []),
])
def test_a_modal_binds_its_own_clause_and_a_hedged_count_after_its_verb(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text", [
    "A single drone carrying a small charge can sink a ferry.",
    "Two drones packed with explosives could have killed everyone on the pier.",
])
def test_a_modal_past_a_participle_phrase_of_the_noun_makes_the_count_generic(text):
    assert run(text).claims == []


def test_a_participle_phrase_before_a_past_verb_keeps_the_count():
    assert quantities("Three drones carrying explosives were launched at the pier, and more will follow.") == [("drones_launched", 3)]


@pytest.mark.parametrize("text", [
    "Were there four drones or five?",
    "Did three guards really get wounded at the gate?",
    "Was it two drones that hit the pier?",
])
def test_a_count_asked_in_a_question_is_no_claim(text):
    d = run(text)
    assert d.claims == [] and any(n.reason == "count asked in a question, not stated (I6)" for n in d.numbers)


def test_a_count_in_a_relative_clause_of_a_question_is_stated():
    assert quantities("Did the minister forget the riot, in which nine dockers were killed?") == [("killed", 9)]


@pytest.mark.parametrize("text, counted", [
    ("Three drones or just one? What the port attack tells us", False),
    ("Haddad, O. (2024) ‘Two drones or three?’, Harbour Review, 8 March.", False),
    # a question that states its count while asking something else is no question of alternatives
    ("Why did three drones strike the port on Thursday, and who sent them?", True),
])
def test_a_short_question_of_alternatives_asks_the_count(text, counted):
    assert bool(run(text).claims) is counted


@pytest.mark.parametrize("sentence", [
    "If they wanted him dead, one drone with a proper charge would have been enough.",
    'A daily asked how "a single small drone" could reach the best-guarded depot in the port.',
])
def test_a_modal_past_a_with_phrase_or_a_closing_quotation_mark_is_hypothetical(sentence):
    assert quantities(sentence) == []


def test_a_count_in_the_of_phrase_of_another_noun_after_our_stays_stated():
    assert ("killed", 2) in quantities("The leader said “the blood of our two martyrs” will not be forgotten.")


@pytest.mark.parametrize("text", [
    'The mayor asked why the guards missed every drone “if there really were three of them.”',
    "The navy asked why nobody saw the drones if there were four.",
])
def test_a_count_in_an_if_clause_inside_a_sentence_is_conditional(text):
    assert run(text).claims == []


def test_a_count_before_an_if_clause_is_stated():
    assert quantities("Three drones hit the pier, and if more come the guards will be ready.") == [("drones_struck", 3)]


@pytest.mark.parametrize("sentence", [
    "Whether two or three drones were launched at the port cannot be settled yet.",
    "“You do not kill a man with a toy like that,” the harbour master said.",
    "A militia that wants the port closed does not send one small drone at night, Haddad wrote.",
    "The damage to the pier is consistent with a small drone, an engineer said.",
])
def test_an_open_question_a_negated_present_or_a_kind_states_no_count(sentence):
    assert quantities(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Two drones were launched at the port, and it is unclear whether more followed.", [("drones_launched", 2)]),
    ("The guards did not stop one drone that hit the pier on Thursday.", [("drones_struck", 1)]),
])
def test_a_count_before_whether_or_under_a_past_negation_stays_stated(sentence, expected):
    assert quantities(sentence) == expected


def test_a_singular_with_a_relative_clause_in_the_present_is_a_kind():
    assert quantities("A drone that hits a port is an act of war, whoever sends it.") == []
    assert quantities("A drone that hit the port on Thursday was launched from the east.") == [("drones_launched", 1)]
