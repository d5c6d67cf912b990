"""Counts without a number (``kadhimi_ds.extract.bare_counts``; codebook C2, C4): vague amounts
before a plural, and bare plurals of drones, explosions, seats and casualties. All sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers import claim, got, got_values, quantities, run


# --- vague amounts (C2) ---------------------------------------------------------------------------

def test_vague_amounts_follow_c2():
    d = run("Dozens of guards were wounded. A dozen soldiers were hurt. Several drones were shot down. "
            "Scores of protesters were injured. A number of guards were hurt.")
    assert (claim(d, "Dozens").value, claim(d, "Dozens").qualifier) == (24, "at_least")
    assert (claim(d, "A dozen").value, claim(d, "A dozen").qualifier) == (12, "about")
    assert (claim(d, "Several").value, claim(d, "Several").quantity) == (3, "drones_downed")
    assert (claim(d, "Scores").value, claim(d, "Scores").qualifier) == (None, "unspecified")
    c = claim(d, "A number of")
    assert (c.value, c.qualifier, c.quantity, c.population) == (None, "unspecified", "injured", "pm_guards")


@pytest.mark.parametrize("text, value, qualifier", [
    ("Dozens of protesters were wounded in the clashes.", 24, "at_least"),
    ("Hundreds were injured in the clashes.", 200, "at_least"),
    ("Several guards were wounded.", 3, "at_least"),
    ("A dozen guards were wounded.", 12, "about"),
    ("Scores of protesters were injured.", None, "unspecified"),
    ("A handful of guards were hurt.", None, "unspecified"),
    ("A few guards were hurt.", None, "unspecified"),
    ("A couple of guards were hurt.", None, "unspecified"),
])
def test_vague_amounts_are_coded_as_the_codebook_says(text, value, qualifier):
    (claim,) = [c for c in run(text).claims]
    assert (claim.quantity, claim.value, claim.qualifier) == ("injured", value, qualifier)


# --- plurals with no number (C4) ------------------------------------------------------------------

def test_plurals_without_a_number_are_claims_not_generic_or_definite_ones():
    d = run("Residents heard explosions near the airport. Drones struck the base. The party lost seats.\n\n"
            "Militias in the region favour cheap drones. The drones were found. Officials discussed drone attacks. "
            "Whoever sent these drones wants chaos.")
    got = {(c.text, c.quantity, c.value, c.qualifier, c.population) for c in d.claims}
    assert got == {("explosions", "explosions", None, "unspecified", "explosions"),
                   ("Drones", "drones_struck", None, "unspecified", "drones"),
                   ("seats", "seats_lost", None, "unspecified", "parliament_seats")}
    assert all(c.rule == "bare_plural" and c.confidence <= 0.3 for c in d.claims)


def test_a_bare_plural_that_repeats_a_count_is_one_claim():
    d = run("Drones targeted the port on Monday. Drones were launched from the east, and five guards were hurt.")
    assert sorted(c.text for c in d.claims) == ["Drones", "five guards"]


@pytest.mark.parametrize("text", [
    "Haddad survived an attack by explosive-laden drones on his office early Friday.",
    "“These attacks with rockets and drones will not stop us,” Haddad said of the raid on Friday.",
])
def test_drones_in_an_attack_by_or_with_them_are_launched(text):
    assert any(c.quantity == "drones_launched" and c.value is None for c in run(text).claims)


@pytest.mark.parametrize("text", [
    "“Cowardly attacks with rockets and drones will not build a harbour,” Haddad said.",
    "Haddad spoke after the raid. \"Attacks by drones frighten nobody,\" he said.",
])
def test_attacks_with_drones_with_no_determiner_opening_a_sentence_are_generic(text):
    assert not [c for c in run(text).claims if c.quantity.startswith("drones")]


def test_attacks_with_drones_after_a_preposition_still_tell_the_event():
    text = "Amid attacks with drones on the port, Haddad left the city on Friday."
    assert any(c.quantity == "drones_launched" and c.value is None for c in run(text).claims)


def test_blasts_that_wake_a_district_are_explosions():
    assert any(c.quantity == "explosions" for c in run("Blasts wake the harbour district").claims)


# --- "how many", drones in headings and timeline entries, drones taken up (C2, C4, C7) ------------


@pytest.mark.parametrize("text", [
    "How many guards were hurt? Nobody at the port would say.",
    "It is not clear how many drones were shot down over the docks.",
    "How Many Protesters Were Injured? The ministry gave no figure.",
])
def test_how_many_asks_for_a_count_and_asserts_none(text):
    assert run(text).claims == []


def test_many_without_how_is_a_vague_count():
    (c,) = run("Many guards were hurt when the drone hit the gate, the mayor said.").claims[:1]
    assert (c.quantity, c.value, c.qualifier) == ("injured", None, "unspecified")


LEAD = "The harbour authority said on Tuesday that the main crane at the eastern dock was hit during the night."


@pytest.mark.parametrize("head", [
    "Dock guards hurt as drones target Westport customs house",
    "Morning Brief: Drones over the harbour",
    "Drones hit Northport depot, port official says",
])
def test_drones_as_a_headlines_subject_in_the_present_tense_took_part(head):
    d = run(f"{head}\n\n{LEAD}\n")
    assert any(c.quantity.startswith("drones") and c.value is None and c.text.lower().startswith("drones") for c in d.claims)


@pytest.mark.parametrize("entry", [
    "Mar. 7 - Drones laden with explosives target the Westport customs house before dawn.",
    "7 March - Drones hit the harbour crane overnight, officials say.",
    "09:40 GMT - Drones carrying grenades strike the eastern dock.",
    "7 March, about 3am – Drones target al-Nouri’s house in the old port.",
    "7 March, evening – Drones hit al-Nouri’s house in the old port.",
    "Drones packed with explosives hit Northport depot",
])
def test_drones_as_a_timeline_entrys_subject_in_the_present_tense_took_part(entry):
    d = run(f"Timeline of the harbour attack\n\n{LEAD}\n\n{entry}\n")
    assert any(c.quantity.startswith("drones") and c.value is None and c.text.lower().startswith("drones") for c in d.claims)


def test_a_plain_sentence_with_a_dash_is_no_timeline_entry():
    d = run(f"Timeline\n\n{LEAD}\n\nThe panel - and its chair - say drones target troops in many wars.\n")
    assert all("drones" not in c.text.lower() for c in d.claims)


@pytest.mark.parametrize("text", [
    "Cheap drones target troops in many wars.",
    "Why militias say drones over cities are the future",
    f"{LEAD} Armies now say cheap drones target troops in many wars.",
    "Westport bans drones over the harbour",
])
def test_drones_in_a_present_tense_sentence_or_generic_heading_are_no_claim(text):
    assert all("drones" not in c.text.lower() for c in run(text).claims)


@pytest.mark.parametrize("text, span", [
    ("Dock militias have turned to drones in a string of attacks on the port.", "turned to drones"),
    ("This year the group added drones to its arsenal, then hit the depot.", "added drones"),
    ("Last spring the militias resorted to cheap drones against the pier.", "resorted to cheap drones"),
    ("They have been flying drones at the navy’s piers all year.", "been flying drones"),
    ("The group kept sending armed drones at the depot in a string of attacks.", "kept sending armed drones"),
    ("Militias flew drones at the harbour base twice last spring.", "flew drones"),
])
def test_an_armed_group_taking_up_drones_used_them(text, span):
    c = claim(run(text), span)
    assert (c.text, c.quantity, c.value, c.qualifier) == (span, "drones_launched", None, "unspecified")


@pytest.mark.parametrize("text", [
    "Militias in the region favour cheap drones.",
    "The mayor added that drones are cheap to build.",
    "Flying drones is a hobby on the beach.",
])
def test_drones_with_no_part_in_an_attack_are_generic(text):
    assert run(text).claims == []


@pytest.mark.parametrize("text, quantity", [
    ("The bloc said the blast was staged to cover up the murder of protesters at the port.", "killed"),
    ("Dock workers were murdered at the gate on Friday, the union said.", "killed"),
    ("Explosions produced by the strike blew the doors off the customs house.", "explosions"),
])
def test_murder_counts_the_killed_and_explosions_an_attack_produced_count(text, quantity):
    (c,) = run(text).claims
    assert (c.quantity, c.value, c.qualifier) == (quantity, None, "unspecified")


def test_murder_as_a_topic_counts_nobody():
    assert run("Murder rates among dock workers are low, the union said.").claims == []


# --- relative clauses and definite participles ------------------------------------------------------

@pytest.mark.parametrize("text, quantity", [
    ("The navy described the raid, in which explosive-laden drones struck the customs house.", "drones_struck"),
    ("It was a night during which drones hit the depot twice.", "drones_struck"),
    ("Police recalled the clashes, amid which protesters were wounded by live fire.", "injured"),
])
def test_a_plural_after_in_or_during_which_is_a_bare_count(text, quantity):
    """"in which drones struck": "which" opens a relative clause about the event and determines nothing (C4)."""
    assert [(c.quantity, c.value) for c in run(text).claims] == [(quantity, None)]


@pytest.mark.parametrize("text", [
    "Experts examined the remains of the downed drones on Monday.",
    "Divers recovered parts of the crashed drones from the harbour.",
    "The minister visited his wounded guards in hospital.",
    "Which drones struck the depot is still unclear.",
    "Police found the spot on the quay from which drones were launched.",
])
def test_a_definite_plural_with_a_participle_refers_back(text):
    assert run(text).claims == []


def test_a_participle_after_a_subject_still_counts_the_plural():
    assert ("drones_downed", None) in got_values("Guards downed drones over the harbour on Sunday.")


@pytest.mark.parametrize("text", [
    "Hundreds mourned one of the dead protesters on Saturday.",
    "Relatives buried their slain protesters on Monday.",
])
def test_a_definite_plural_after_a_casualty_adjective_refers_back(text):
    assert not [c for c in run(text).claims if c.quantity == "killed"]


def test_a_bare_casualty_plural_without_a_determiner_still_counts():
    assert ("killed", None) in quantities("Police fired on the crowd, killing protesters near the bridge.")


@pytest.mark.parametrize("text, span", [
    ("A number of police officers were hurt by stones at the gate, medics said.", "A number of police officers"),
    ("“Many of our colleagues were hurt,” a docker said.", "Many of our colleagues"),
])
def test_a_vague_amount_past_a_noun_modifier_or_of_our_group_is_one_claim(text, span):
    assert [(c.text, c.value, c.qualifier) for c in run(text).claims] == [(span, None, "unspecified")]


def test_a_plural_opening_a_clause_after_a_casualty_word_is_no_casualty():
    d = run("Over 40 dockers were wounded as demonstrators hurled stones at the gate, the navy said.")
    assert [(c.text, c.quantity) for c in d.claims] == [("Over 40 dockers", "injured")]


def test_drones_circling_over_the_place_took_part():
    assert ("drones_launched", None) in quantities("Residents said drones had been circling over the pier before the blast.")


@pytest.mark.parametrize("text, quantity", [
    ("Drones laden with explosives were flown at the customs office before dawn.", "drones_launched"),
    ("“The pier is watched day and night, and yet drones were able to reach the crane,” a docker said.", "drones_struck"),
])
def test_drones_flown_at_a_target_or_able_to_reach_it_are_counted(text, quantity):
    assert [(c.quantity, c.value) for c in run(text).claims] == [(quantity, None)]


def test_drones_that_can_be_flown_are_generic():
    assert run("Militias along the coast favour cheap drones that can be flown from a pickup.").claims == []


def test_a_plural_naming_the_group_of_a_counted_whole_is_no_count():
    assert quantities("About 60 people, most of them dock workers, were injured in the clashes, medics said.") == [("injured", 60)]
    assert [(c.quantity, c.value) for c in run("Dock workers were injured in the clashes, medics said.").claims] == [("injured", None)]


def test_a_plural_after_that_opening_a_reported_clause_is_bare():
    """"that" before a plural opens a clause ("told reporters that drones had hit the pier"): no determiner."""
    c = claim(run("Dockers told reporters that drones had attacked the pier."), "drones")
    assert (c.text, c.quantity, c.value) == ("drones", "drones_launched", None)


@pytest.mark.parametrize("text, words", [
    ("A few guards suffered shrapnel wounds when the crane fell.", "A few guards"),
    ("A number of policemen were taken to hospital with injuries.", "A number of policemen"),
])
def test_a_vague_amount_with_wounds_suffered_or_treated_is_injured(text, words):
    c = claim(run(text), words)
    assert (c.text, c.quantity, c.value, c.qualifier) == (words, "injured", None, "unspecified")


def test_security_personnel_are_a_bare_plural_but_personnel_alone_is_not():
    c = claim(run("The mayor ordered an inquiry into the wounding of security personnel at the pier."), "personnel")
    assert (c.text, c.quantity, c.value) == ("security personnel", "injured", None)
    assert run("A number of the harbour personnel were slightly injured.").claims[0].text == "A number of the harbour personnel"


def test_a_group_after_mostly_is_a_subset_of_the_count_before():
    assert quantities("Two sailors were killed and dozens of others, mostly security personnel, were hurt.") == [
        ("injured", 24), ("killed", 2)]


def test_drones_of_a_headline_run_into_the_text_that_name_one_target_are_a_count():
    """"Drones target the harbour master's home." in the article's first line: a headline's present tense with one
    named target (C4, C7 test 3); "drones target troops in many wars." stays generic."""
    c = claim(run("Drones target the harbour master's home in Basra. Two guards were hurt."), "Drones")
    assert (c.text, c.quantity, c.value) == ("Drones", "drones_launched", None)
    assert run("In many wars drones target troops.").claims == []


def test_a_number_after_a_timeline_entry_with_a_time_of_day_stands_for_its_drones():
    d = run(f"Timeline of the harbour attack\n\n{LEAD}\n\n7 March, about 3am – Drones target al-Nouri’s house in the old port. "
            "The ministry says four were launched and two were shot down.\n")
    assert {("drones_launched", 4), ("drones_downed", 2)} <= {(c.quantity, c.value) for c in d.claims}


@pytest.mark.parametrize("text, span", [
    ("Officials accuse the dock militias of flying drones at the port this year.", "flying drones"),
    ("Now they send drones to the harbour master’s house.", "send drones"),
    ("Haddad said the militias had spent the year sending drones against the port.", "sending drones"),
    ("Two days after drones came over the harbour wall, the port is quiet.", "drones"),
])
def test_drones_sent_or_flown_at_a_target_or_coming_over_it_are_launched(text, span):
    assert (span, "drones_launched", None) in got(text)


@pytest.mark.parametrize("text", [
    "The militias could send drones to the port.",
    "They threatened to send drones at the harbour.",
    "“We cannot have a port in which the losers send drones,” she said.",
    "The ministry banned the flying of drones over the harbour.",
])
def test_drones_that_may_be_sent_or_are_sent_at_no_target_are_no_claim(text):
    assert not [c for c in run(text).claims if c.quantity.startswith("drones")]


# --- a vague amount of a crowd (C10, I5) ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Many supporters marched to the harbour gates on Friday.",
    "The dockers' protest drew some marchers from the fish market on Friday.",
    "Scores of protesters gathered outside the port authority on Friday.",
])
def test_a_vague_amount_of_a_crowd_that_took_part_counts_participants(sentence):
    assert [(c.quantity, c.value, c.qualifier) for c in run(sentence).claims] == [("participants", None, "unspecified")]


@pytest.mark.parametrize("sentence", [
    "Some demonstrators threw stones at the port gates during Friday's protest, a reporter said.",
    "Many protesters blame the harbour master for the strike.",
])
def test_a_vague_amount_of_a_crowd_doing_something_else_counts_no_participants(sentence):
    assert not [c for c in run(sentence).claims if c.quantity == "participants"]


# --- a plural that is the noun of a count (C4) ----------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Four small camera drones were launched at the port on Thursday.", "drones_launched"),
    ("Police said 40 dockers and sailors had been injured in the riot.", "injured"),
    ("The ports ministry spoke of “a number” of injured porters on Friday.", "injured"),
    ("Officials put the number of drones at four on Thursday.", "drones_launched"),
])
def test_a_plural_carrying_on_the_noun_of_a_count_is_no_second_count(text, kept):
    assert [c.quantity for c in run(text).claims] == [kept]


def test_a_plural_after_another_word_or_with_no_count_in_its_sentence_is_still_one():
    assert quantities("Four drones were launched and the blast wounded guards at the gate.") \
        == [("drones_launched", 4), ("injured", None)]
    assert quantities("Officials disagreed on the number of guards hurt in the riot.") == [("injured", None)]


def test_a_plural_after_a_copula_with_a_plural_of_its_kind_says_what_they_were():
    assert quantities("Officials said the downed drones were small quadcopters of a common type.") == []
    assert quantities("The attackers were drones launched from the east.") == [("drones_launched", None)]
    assert quantities("Officials said there were drones that hit the pier before dawn.") == [("drones_struck", None)]


@pytest.mark.parametrize("sentence", [
    "Hours after explosive-laden drones swooped on the port, the harbour master spoke.",
    "Before dawn, armed drones went after the harbour master's house.",
])
def test_drones_that_swooped_on_or_went_after_a_target_took_part(sentence):
    assert quantities(sentence) == [("drones_launched", None)]


def test_drones_that_went_elsewhere_in_a_generic_sentence_are_none():
    assert quantities("Cheap drones went on sale in the port market.") == []
