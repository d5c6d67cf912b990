"""What a counted noun and its predicate give (``kadhimi_ds.extract.counting``): the whole of a
partitive, casualties stated by their treatment, martyrs, a headline's present tense, the count's own
clause (C7, C9, C10; seats are in ``test_seats.py``). All sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from helpers import claim, claim_rows, claims_by_text, got, quantities, run

NUMBERS = st.sampled_from([("two", 2), ("three", 3), ("four", 4), ("seven", 7), ("12", 12), ("40", 40)])


def rows(text: str) -> set[tuple]:
    return {(c.text, c.quantity, c.value, c.qualifier) for c in run(text).claims}


# --- the whole of a partitive (C6 note, C7) -----------------------------------------------------------

@pytest.mark.parametrize("sentence, whole", [
    ("Harbour police said two of the four drones were shot down over the docks.", "four drones"),
    ("Two of the three drones were intercepted before they reached the pier, the ministry said.", "three drones"),
    ("Guards said three of the five drones were brought down and the rest missed.", "five drones"),
])
def test_whole_of_a_downed_partitive_counts_the_drones_launched(sentence, whole):
    c = claims_by_text(run(sentence))[whole]
    assert c.quantity == "drones_launched"
    downed = [x for x in run(sentence).claims if x.quantity == "drones_downed"]
    assert downed and downed[0].value < c.value


@pytest.mark.parametrize("sentence, whole", [
    ("Investigators examined one of the two drones shot down over the docks on Thursday.", "two drones"),
    ("Police showed reporters one of the three drones intercepted near the pier.", "three drones"),
])
def test_a_whole_a_participle_says_was_downed_counts_the_drones_downed(sentence, whole):
    assert claims_by_text(run(sentence))[whole].quantity == "drones_downed"


@pytest.mark.parametrize("sentence, whole, quantity", [
    ("Harbour police said they had shot down two of four drones that targeted the port authority.", "four drones", "drones_launched"),
    ("Guards brought down two of three armed drones which flew over the docks at dawn.", "three armed drones", "drones_launched"),
    ("Guards brought down two of three drones that struck the customs office.", "three drones", "drones_struck"),
])
def test_a_relative_clause_after_the_whole_of_a_downed_partitive_says_what_befell_the_whole(sentence, whole, quantity):
    found = claims_by_text(run(sentence))
    assert found[whole].quantity == quantity
    assert [c.quantity for c in run(sentence).claims].count("drones_downed") == 1


def test_a_whole_whose_relative_clause_says_it_was_downed_stays_downed():
    assert claims_by_text(run("Investigators examined one of the three drones that were shot down over the docks."))[
        "three drones"].quantity == "drones_downed"


def test_downed_drones_without_a_partitive_stay_downed():
    assert ("three drones", "drones_downed", 3, "exact") in rows("Harbour guards shot down three drones at dawn.")


# --- injuries stated by their treatment (C9) ----------------------------------------------------------

@pytest.mark.parametrize("sentence, span", [
    ("The medic said he treated six dockers, all in overalls, for burns.", "treated six dockers, all in overalls, for burns"),
    ("Nurses at the clinic treated some 40 sailors for shrapnel wounds.", "treated some 40 sailors for shrapnel wounds"),
])
def test_people_a_medic_treated_for_wounds_are_injured_with_the_treatment_in_the_span(sentence, span):
    assert claims_by_text(run(sentence))[span].quantity == "injured"


def test_people_treated_for_something_else_are_no_casualties():
    assert run("The medic said he treated six dockers for fever.").claims == []


@given(NUMBERS, st.sampled_from(["treated for injuries", "treated for shrapnel wounds", "treated for burns and cuts",
                                 "hospitalised with wounds", "treated in hospital for injuries"]))
def test_people_treated_for_injuries_are_injured(number, treated):
    word, value = number
    draft = run(f"A medic at the port clinic said {word} dockers had been {treated}.")
    assert [(c.quantity, c.value) for c in draft.claims] == [("injured", value)]


def test_treatment_does_not_override_a_death():
    assert [(c.quantity, c.value) for c in run("A medic said two sailors died of their wounds overnight.").claims] == [("killed", 2)]


# --- martyrs (C9) --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("The Tide Guard said the marchers had lost “three martyrs” at the bridge.", 3),
    ("“Two martyrs fell at the gate,” the commander told mourners.", 2),
    ("The union mourned its four martyrs after the clashes at the docks.", 4),
    ("Guards fired on the marchers at the bridge, martyring two of them, the union said.", 2),
])
def test_martyrs_with_a_number_are_killed(sentence, value):
    assert [(c.quantity, c.value) for c in run(sentence).claims] == [("killed", value)]


@pytest.mark.parametrize("sentence", [
    "Thousands gathered in Martyrs Square on Friday.",
    "The family has long honoured the martyrs of the old war.",
])
def test_martyrs_without_a_number_or_as_a_name_count_nothing(sentence):
    assert not [c for c in run(sentence).claims if c.quantity == "killed"]


# --- a headline's present tense (C7 test 2) -----------------------------------------------------------

@pytest.mark.parametrize("headline, text", [
    ("Minister unhurt after an explosive-laden drone strikes his harbour villa", "an explosive-laden drone"),
    ("Port chief safe as a drone hits customs office", "a drone"),
    ("Two drones slam into fuel depot at dawn", "Two drones"),
])
def test_present_tense_strike_verbs_give_drones_struck(headline, text):
    draft = run(headline + "\n\nThe ports ministry said on Friday that the damage was light.\n")
    assert claims_by_text(draft)[text].quantity == "drones_struck"


@pytest.mark.parametrize("sentence", ["A drone strikes ban was signed by Omar Haddad.", "Drone strikes on the docks resumed."])
def test_drone_strikes_as_a_noun_count_no_drone(sentence):
    assert not run(sentence).claims


# --- deaths told by lives and wounds, injuries as cases, a comma closing a casualty word (C9) -----------

@pytest.mark.parametrize("sentence, found", [
    ("The fire at the pier claimed the lives of three dockers, medics said.", [("killed", 3)]),
    ("Two sailors lost their lives when the crane fell, the port said.", [("killed", 2)]),
    ("A guard who was hit by debris on Monday succumbed to his wounds on Tuesday.", [("killed", 1)]),
    ("The port clinic registered 40 cases of injury after the fire.", [("injured", 40)]),
    ("The port clinic had registered nine dockers with injuries since Monday.", [("injured", 9)]),
    ("Medics saw four sailors with shrapnel wounds at the quay.", [("injured", 4)]),
])
def test_deaths_by_lives_and_wounds_and_injuries_as_cases(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize("sentence, span", [
    ("The port clinic had registered nine dockers with injuries since Monday.", "nine dockers with injuries"),
    ("Four sailors were hurt; a harbour source said five were being treated for their wounds.",
     "five were being treated for their wounds"),
])
def test_the_injuries_after_a_count_close_its_span(sentence, span):
    """C6: the words that decide the quantity belong to the span."""
    assert claims_by_text(run(sentence))[span].quantity == "injured"


def test_people_with_something_else_are_no_casualties():
    assert quantities("Four guards with rifles stood at the gate of the port.") == []


@pytest.mark.parametrize("sentence, found", [
    ("Three dead, 40 hurt as fire sweeps the docks", [("injured", 40), ("killed", 3)]),
    ("Port clinic: one docker killed, 12 sailors wounded at the pier.", [("injured", 12), ("killed", 1)]),
])
def test_a_casualty_word_before_a_comma_does_not_govern_the_next_count(sentence, found):
    assert quantities(sentence) == found


def test_a_crowd_that_massed_took_part():
    assert quantities("Upwards of 3,000 people massed at the port gates on Friday.") == [("participants", 3000)]


# --- the count's own clause: a sentence inside a quotation, a next reported clause (C7) -------------------

@pytest.mark.parametrize("text, found", [
    ("“They sent four drones. Three were shot down over the quay,” a harbour guard said.",
     [("drones_downed", 3), ("drones_launched", 4)]),
    ("A port official said the raid involved five drones, that four were intercepted and that one hit the crane.",
     [("drones_downed", 4), ("drones_launched", 5), ("drones_struck", 1)]),
    ("The navy said the attack used two drones, and that one was brought down.", [("drones_downed", 1), ("drones_launched", 2)]),
    ("Four drones flew at the quay. The navy said five, with three shot down.", [("drones_downed", 3), ("drones_launched", 4),
                                                                               ("drones_launched", 5)]),
])
def test_a_downing_verb_of_the_next_clause_is_not_the_count_s(text, found):
    assert quantities(text) == found


@pytest.mark.parametrize("text", [
    "Guards said six drones flew in from the sea, with five shot down and a sixth crashing into the customs office.",
    "Guards said six drones flew in from the sea; five were shot down, a sixth exploding at the gate of the depot.",
])
def test_an_ordinal_crashing_into_a_target_struck_it(text):
    assert ("drones_struck", 1) in quantities(text)


def test_a_count_shot_down_in_its_own_clause_after_that_stays_downed():
    assert quantities("The navy said that three drones were shot down near the pier.") == [("drones_downed", 3)]


def test_a_casualty_word_before_a_closing_single_quote_is_read():
    assert quantities("‘Two of our sailors were killed’") == [("killed", 2)]


def test_people_who_joined_a_march_for_the_dead_take_part_in_it():
    text = "Two dockers were killed at the gate on Friday. On Sunday hundreds joined a funeral march for the dockers killed there."
    assert ("participants", 200) in quantities(text)


@pytest.mark.parametrize("text, found", [
    ("Dozens of policemen were hurt as hundreds of protesters tried to storm the harbour office.", [("injured", 24), ("participants", 200)]),
    ("Several hundred workers marched on the pier, and thousands more rallied nearby, police said.",
     [("participants", 300), ("participants", 2000)]),
    ("Dockers gathered at the pier. The union claimed thousands had answered its call.", [("participants", 2000)]),
    ("Fishermen marched to the harbour. Police put the number of marchers at around 1,500.", [("participants", 1500)]),
    ("On Friday, several hundred supporters of the union tried to force their way through the port gates.", [("participants", 300)]),
])
def test_a_crowd_storming_rallying_answering_a_call_or_put_at_a_number_takes_part(text, found):
    """C10: "tried to storm", "tried to force their way", "(thousands) more rallied", "had answered its call", "put the number of marchers at"."""
    assert quantities(text) == found


def test_fell_as_martyrs_is_killed_and_a_crowd_that_had_taken_part_counts_participants():
    assert quantities("Two dockers fell as martyrs at the pier, the union said.") == [("killed", 2)]
    assert quantities("On Friday, an estimated 1,000 had taken part.") == [("participants", 1000)]


@pytest.mark.parametrize("sentence, found", [
    ("Seven members of the port minister’s protection force are now known to have been wounded, the navy said.",
     ("injured", 7)),
    ("Three members of the harbour board’s own security detail are now believed to have been killed.", ("killed", 3)),
])
def test_the_casualty_word_is_sought_past_an_of_phrase_of_the_noun(sentence, found):
    assert found in {(c.quantity, c.value) for c in run(sentence).claims}


@pytest.mark.parametrize("sentence, noun", [
    ("Dockers bury two guards killed in the blast on the pier.", "Dockers"),
    ("Hundreds of dockers carried the coffins of the two guards killed in the blast.", "Hundreds of dockers"),
    ("Mourners carried the coffin of a guard killed in the blast through the old port.", "Mourners"),
])
def test_a_casualty_word_after_another_counted_noun_is_that_nouns(sentence, noun):
    found = {(c.text.lower().removeprefix("the "), c.quantity) for c in run(sentence).claims}
    assert {("two guards", "killed"), ("a guard", "killed")} & found and not [q for t, q in found if t == noun.lower() and q == "killed"]


def test_a_conjoined_singular_shares_the_casualty_word():
    found = {(c.text, c.quantity, c.value) for c in run("Policemen and a guard were killed in the blast.").claims}
    assert found == {("Policemen", "killed", None), ("a guard", "killed", 1)}


def test_coordinated_counts_share_the_casualty_word():
    assert {c.quantity for c in run("Two guards and three dockers were killed in the blast.").claims} == {"killed"}


@pytest.mark.parametrize("sentence", [
    "March 3: One docker dies as a strike at the harbour turns violent.",
    "Two guards die in harbour blast",
])
def test_a_present_tense_death_in_a_timeline_or_heading_is_killed(sentence):
    assert {c.quantity for c in run(sentence).claims} == {"killed"}


@pytest.mark.parametrize("sentence", [
    "Monitors recorded the detention of at least 14 people in raids aimed at participants in Friday's dock protest.",
    "The union condemned the arrest of 30 dockers who had joined the protest at the harbour gates.",
])
def test_people_counted_by_their_detention_are_no_participants(sentence):
    assert not [c for c in run(sentence).claims if c.quantity == "participants"]


def test_a_casualty_word_in_a_that_clause_with_its_own_subject_is_not_the_noun_s():
    assert "mourners" not in [c.text for c in run("The harbour master told mourners that the young men were killed by the blast.").claims]
    assert quantities("The harbour master told mourners that the two sailors were killed by the blast.") == [("killed", 2)]
    assert quantities("Two dockers that were hurt at the pier were taken to hospital.") == [("injured", 2)]


@pytest.mark.parametrize("verb", ["shooting down", "downing"])
def test_a_participle_of_downing_before_the_number_makes_it_downed(verb):
    text = f"The navy said three drones were used, with sailors {verb} two and a third hitting the quay."
    (downed,) = [c for c in run(text).claims if c.value == 2]
    assert downed.quantity == "drones_downed"


@pytest.mark.parametrize("quoted", ["“shot down”", "\"shot down\"", "“intercepted”"])
def test_a_downing_verb_in_scare_quotes_still_downs_the_drones(quoted):
    draft = run(f"Five drones flew at the depot, the army said; three were {quoted} and two hit the cranes.")
    assert ("drones_downed", 3) in {(c.quantity, c.value) for c in draft.claims}


@pytest.mark.parametrize("sentence", [
    "Three drones flew at the pier. The air defences caught two of them, the navy said.",
    "Three drones flew at the pier. \"The defences quickly caught the first two,\" a sailor said.",
])
def test_drones_the_defences_caught_were_downed(sentence):
    assert ("drones_downed", 2) in {(c.quantity, c.value) for c in run(sentence).claims}


def test_a_drone_caught_by_no_defences_is_not_downed():
    assert ("drones_downed", 2) not in {(c.quantity, c.value) for c in run("Cameras caught two drones over the pier.").claims}


# --- casualty nouns, asides, drones given as a cause, the C7 order, partitives, bangs --------------

@pytest.mark.parametrize("text, expected", [
    ("The clashes led to the martyrdom of 3 fishermen and the injury of 40 people, the ministry said.",
     [("injured", 40), ("killed", 3)]),
    ("The blast at the gate led to the injury of 5 members of the protection.", [("injured", 5)]),
    ("The raid ended with 4 guards martyred, the statement said.", [("killed", 4)]),
])
def test_translated_phrasing_with_digits(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, span, quantity", [
    ("The clashes led to the martyrdom of 3 fishermen, the ministry said.", "martyrdom of 3 fishermen", "killed"),
    ("The blast caused the injury of more than 40 dockers.", "injury of more than 40 dockers", "injured"),
    ("Police were blamed for the killing of two sailors.", "killing of two sailors", "killed"),
])
def test_a_casualty_noun_whose_of_phrase_is_the_count_opens_its_span(text, span, quantity):
    assert claims_by_text(run(text))[span].quantity == quantity


@pytest.mark.parametrize("text, span, value", [
    ("The hospital acknowledged one death among the dock workers.", "one death", 1),
    ("Police reported three deaths after the blast at the pier.", "three deaths", 3),
    ("The clashes caused at least four fatalities, medics said.", "at least four fatalities", 4),
])
def test_a_count_of_deaths_is_a_count_of_the_killed(text, span, value):
    c = claims_by_text(run(text))[span]
    assert (c.quantity, c.value, c.population) == ("killed", value, "people")


@pytest.mark.parametrize("text, expected", [
    ("Six dock guards, all of them posted at the east gate, were taken to hospital.", [("injured", 6)]),
    ("Four drones, most of them home-made, were shot down over the river.", [("drones_downed", 4)]),
    ("Three soldiers, each of whom had just arrived, were killed at the checkpoint.", [("killed", 3)]),
    ("Six guards, all of them from Basra, attended the funeral on Friday.", []),
])
def test_an_aside_between_a_count_and_its_verb_is_read_past(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", [
    "Work at the pier stopped because of a drone that nobody could trace, the mayor said.",
    "The fire at the depot was due to an explosive-laden drone, officials said.",
    "Owing to a drone, the harbour lost a crane.",
])
def test_a_drone_given_as_the_cause_took_part(text):
    assert quantities(text) == [("drones_launched", 1)]


@pytest.mark.parametrize("text", [
    "Because of a drone ban, the pier is quiet at night.",
    "Due to a drone threat, the port closed early.",
])
def test_a_drone_modifying_another_noun_is_no_count(text):
    assert run(text).claims == []


def test_c7_order_of_tests_for_drones():
    d = run("Two drones were shot down over the river. Three drones crashed into the house. "
            "Four drones crashed in the desert. The house was attacked with five drones.")
    assert claim(d, "Two drones").quantity == "drones_downed"
    assert claim(d, "Three drones").quantity == "drones_struck"
    assert claim(d, "Four drones").quantity == "drones_launched"
    assert claim(d, "five drones").quantity == "drones_launched"


def test_a_downing_verb_in_the_clause_before_does_not_reach_the_next_clause():
    found = got("The army said four drones attacked, three of which were shot down, while one struck the roof.")
    assert ("one", "drones_struck", 1) in {(t, q, v) for t, q, v in found}


@pytest.mark.parametrize("text, first, second", [
    ("4 drones, 3 shot down: Ports minister survives attack on his home", ("4 drones", "drones_launched", 4),
     ("3", "drones_downed", 3)),
    ("Four drones, three intercepted: Haddad unhurt", ("Four drones", "drones_launched", 4), ("three", "drones_downed", 3)),
    ("Officials said four drones were launched, two of them shot down by the guards.",
     ("four drones", "drones_launched", 4), ("two of them", "drones_downed", 2)),
])
def test_the_verb_of_a_second_clause_goes_with_the_second_number_only(text, first, second):
    found = {(t, q, v) for t, q, v, _, _ in claim_rows(text)}
    assert first in found and second in found


def test_the_whole_of_a_partitive_is_launched_unless_its_own_verb_says_more():
    found = {(t, q, v) for t, q, v, _, _ in claim_rows("Guards shot down two of the three drones.")}
    assert found == {("two", "drones_downed", 2), ("three drones", "drones_launched", 3)}
    found = {(t, q, v) for t, q, v, _, _ in claim_rows("One of the two drones that reached the pier failed to explode.")}
    assert found == {("two drones", "drones_struck", 2)}


def test_a_partitive_of_a_counted_whole_gives_both_claims():
    q = quantities("Harbour officials said two of the five drones fired at the pier were brought down before they reached it.")
    assert q == [("drones_downed", 2), ("drones_launched", 5)]


def test_long_possessive_partitive_and_two_of_them():
    d = run("Six of Ports Minister Omar Haddad's bodyguards were wounded. "
            "Officials said four drones, two of them shot down, were sent against the port.")
    got = {(c.quantity, c.value) for c in d.claims}
    assert ("injured", 6) in got and ("drones_launched", 4) in got and ("drones_downed", 2) in got
    assert ("drones_downed", 4) not in got


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of mourners march behind the coffin of the slain docker.", [("participants", 200)]),
    ("Dozens of supporters rallied beside the wounded guards’ ward.", [("participants", 24)]),
])
def test_a_casualty_word_modifying_another_noun_does_not_count_the_crowd(text, expected):
    assert quantities(text) == expected


def test_a_casualty_predicate_after_the_noun_still_counts():
    assert quantities("Twelve dockers were killed in the blaze.") == [("killed", 12)]


@pytest.mark.parametrize("text, span, value", [
    ("“Two big bangs, then silence,” a docker said.", "Two big bangs", 2),
    ("Residents heard three loud booms before dawn.", "three loud booms", 3),
])
def test_bangs_and_booms_are_explosions(text, span, value):
    assert (span, "explosions", value) in got(text)


@pytest.mark.parametrize("text", [
    "What the port says happened: three drones launched, two shot down, one hit the customs office",
    "Three drones were launched; two were shot down, one struck the port office.",
])
def test_a_count_after_a_comma_with_its_own_striking_verb_struck(text):
    assert quantities(text) == [("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]


def test_a_count_after_a_comma_shot_down_in_its_own_words_stays_downed():
    assert ("drones_downed", 2) in quantities("Officials said three drones were used, two of which were intercepted before reaching the pier.")


@pytest.mark.parametrize("sentence, found", [
    ("The union: three dockers “rose as martyrs” in the march on the port.", [("killed", 3)]),
    ("Organisers later put their toll for the march at four dead protesters.", [("killed", 4)]),
    ("“We took in nine that night, stones, batons, two with gunshot wounds. One of them died at dawn.”", [("killed", 1)]),
])
def test_a_casualty_word_of_the_count_itself_beats_the_crowd_and_the_sentence_before(sentence, found):
    assert quantities(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("Four protesters marched on the port and rose as one to chant.", [("participants", 4)]),
    ("“Two were wounded. Three protesters marched on the port.”", [("injured", 2), ("participants", 3)]),
])
def test_a_crowd_with_no_casualty_word_of_its_own_stays_a_crowd(sentence, found):
    assert quantities(sentence) == found
