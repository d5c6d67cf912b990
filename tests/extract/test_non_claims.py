"""Number expressions that are no claims (``kadhimi_ds.extract.non_claims``; codebook I3): an hour of the
day, a year before a noun it modifies. All sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import number, quantities, run


@pytest.mark.parametrize("text, words", [
    ("Three drones flew toward the depot a little after 2 in the morning.", "2"),
    ("Three drones flew toward the depot at ten at night, police said.", "ten"),
    ("The guards heard three drones at 4 in the afternoon on Sunday.", "4"),
])
def test_an_hour_with_the_part_of_the_day_is_a_clock_time(text, words):
    d = run(text)
    assert number(d, words).reason == "clock time" and quantities(text) == [("drones_launched", 3)]


@pytest.mark.parametrize("text, found", [
    ("Police killed two in the morning raid on the docks.", ("killed", 2)),  # the day part qualifies "raid"
    ("Two guards were wounded in the morning, police said.", ("injured", 2)),  # a count with its noun
])
def test_a_count_near_a_day_part_is_still_a_count(text, found):
    assert found in quantities(text)


@pytest.mark.parametrize("text, words", [
    ("More than 40 dockers were killed or wounded in the fire, a medic said.", "40"),
    ("The blast at the pier killed or injured 12 sailors.", "12"),
    ("Nine guards were wounded or killed at the gate.", "Nine"),
])
def test_dead_and_wounded_without_a_split_are_no_coded_quantity(text, words):
    d = run(text)
    assert not d.claims and number(d, words).reason.endswith("(I5)")


@pytest.mark.parametrize("text, words", [
    ("The ports ministry denied reports on social media that three guards had been killed at the gate.", "three"),
    ("Harbour Front officials dismissed as fabricated a report that the party had won only 12 seats.", "12"),
    ("Reports on social media that three guards had been killed at the gate were false, the ports ministry said.", "three"),
    ("Rumours that two drones had hit the pier are untrue.", "two"),
])
def test_a_count_in_the_that_clause_of_a_denial_is_denied(text, words):
    d = run(text)
    assert not d.claims and number(d, words).reason == "denied count (I6)"


def test_a_count_after_a_denial_of_something_else_stands():
    assert quantities("The ministry denied that the drones came from abroad, and said three guards were hurt.") == [("injured", 3)]


def test_a_number_needed_is_a_threshold():
    d = run("No party can rule alone: a majority requires 165 of the council’s 329 seats.")
    assert number(d, "165").reason == "threshold, not a count (I6)"
    assert [(c.quantity, c.value) for c in d.claims] == [("seats_total", 329)]


@pytest.mark.parametrize("text", [
    "The Harbour Front won 12 seats, well short of the 21 seats needed for a majority on the council.",
    "The Harbour Front won 12 seats, still short of the 21 required to govern alone.",
])
def test_a_number_with_needed_after_its_noun_is_a_threshold(text):
    d = run(text)
    assert number(d, "21").reason == "threshold, not a count (I6)"
    assert [(c.quantity, c.value) for c in d.claims] == [("seats_won", 12)]


def test_pm_before_a_counted_noun_is_no_clock_time():
    assert quantities("Officials now say nine PM guards injured") == [("injured", 9)]
    assert number(run("The guards were relieved at nine PM on Friday."), "nine").reason == "clock time"


def test_a_label_noun_ending_a_sentence_labels_no_number():
    assert quantities("Dockers marched to the gate of the Port Zone. One docker was killed, medics said.") == [("killed", 1)]
    assert number(run("Dockers gathered in Zone 4 of the port."), "4").reason == "label or name"


def test_a_count_after_a_generic_zero_is_rhetorical():
    d = run("Nobody sends four drones to deliver a warning.")
    assert d.claims == [] and number(d, "four").reason == "rhetorical count after a generic zero (I4, I6)"


def test_a_death_in_the_sentence_says_what_a_toll_put_at_a_number_counts():
    d = run("Medics told the state news agency that one docker died of his wounds, but the union put the toll at three.")
    assert [(c.text, c.quantity, c.value) for c in d.claims] == [("one docker", "killed", 1), ("put the toll at three", "killed", 3)]


@pytest.mark.parametrize("text, words", [
    ("Residents said three loud blasts were heard at about 2:30am on Sunday.", "2"),
    ("Guards saw two drones over the pier at 4.15pm, the navy said.", "4.15"),
])
def test_a_clock_time_glued_to_am_or_pm_is_a_clock_time(text, words):
    d = run(text)
    assert number(d, words).reason == "clock time" and len(d.claims) == 1


@pytest.mark.parametrize("text, words", [
    ("Harbour officials disagree. One told reporters four drones were launched at the depot.", "One"),
    ("Port officials disagreed on Sunday: two said that three guards were hurt.", "two"),
])
def test_a_number_that_speaks_counts_sources(text, words):
    d = run(text)
    assert number(d, words).reason == "count of sources (I5)"
    assert words not in {c.text for c in d.claims}


@pytest.mark.parametrize("text", [
    "Three drones flew at the depot before dawn. Two were shot down. One slammed into the crane.",
    "Three drones flew at the depot before dawn. Two were shot down and one slammed through the roof.",
])
def test_a_verb_of_speech_used_for_an_impact_leaves_the_count(text):
    assert ("drones_struck", 1) in {(c.quantity, c.value) for c in run(text).claims}


def test_a_number_that_slams_a_rival_in_words_still_counts_sources():
    d = run("Harbour officials disagree. One slammed the navy for its account of the attack.")
    assert number(d, "One").reason == "count of sources (I5)"


@pytest.mark.parametrize("text, found", [
    ("Two guards were wounded and one confirmed dead, the navy said.", ("killed", 1)),
    ("More than 1,400 appeals had been lodged and three guards were hurt.", ("injured", 3)),
])
def test_a_verb_of_saying_that_is_no_speech_leaves_the_count(text, found):
    assert found in quantities(text)


def test_a_report_said_to_be_false_leaves_the_true_count_after_it():
    text = "Reports that two guards had been killed were false, the navy said. Four guards were wounded, it said."
    assert quantities(text) == [("injured", 4)]


def test_a_number_after_a_name_that_counts_seats_or_closes_a_list_of_them_is_no_label():
    """"gave the Harbour Party 12 seats, Dockers 9 and the Union 4": the plural after it, or the first item's, says
    what the number counts (C11); "Gate 12" alone stays a label."""
    assert quantities("Early election results gave the Harbour Party 12 seats, Dockers 9 and the Union 4.") == [
        ("seats_won", 4), ("seats_won", 9), ("seats_won", 12)]
    assert number(run("Sailors gathered at Pier 12, police said."), "12").reason == "label or name"


@pytest.mark.parametrize("line", [
    "The Front’s 40 seats and the coalition sums — Harbour Review: https://harbourreview.example/analysis/51234",
    "The Front’s 40 seats and the coalition sums — Harbour Review: www.harbourreview.example/analysis/51234",
    "The Front’s 40 seats and the coalition sums — Harbour Review: harbourreview.example/analysis/51234",
])
def test_a_number_in_a_web_address_is_no_claim(line):
    draft = run("The Harbour Front won 40 seats in the assembly.\n\n" + line + "\n")
    assert 51234 not in [c.value for c in draft.claims]
    assert [n.reason for n in draft.numbers if n.text == "51234"] == ["web address"]


@pytest.mark.parametrize("text, words, reason", [
    ("Haddad, 54, was unharmed, but three guards were wounded.", "54", "age"),
    ("Omar Haddad, 61, a former judge, said three guards were wounded.", "61", "age"),
    # a list of seat counts after party names is no age
    ("The tally gave the Harbour Front 17 seats; the Greens, 34, and the Liberals, 12, trail.", "34", None),
])
def test_a_number_set_off_by_commas_after_a_name_before_a_verb_is_an_age(text, words, reason):
    assert number(run(text), words).reason == reason


@pytest.mark.parametrize("text, words, reason", [
    ("The watchman says there were three blasts. He is 74 and knows every sound of the port.", "74", "age"),
    ("Two guards were hurt, the watchman told me. She was 19, a student at the time.", "19", "age"),
    # a count after a copula with a noun is no age
    ("The watchman heard the drones. He is sure there were 40 drones, and he was 40 metres away.", "40", None),
])
def test_a_number_alone_after_a_person_s_copula_is_an_age(text, words, reason):
    assert number(run(text), words).reason == reason


def test_an_earlier_figure_announced_is_no_count_of_sources():
    d = run("The toll rose to two dead, the union said, up from one announced on Friday.")
    assert number(d, "one").reason is None and ("killed", 1) in quantities("The toll rose to two dead, the union said, "
                                                                            "up from one announced on Friday.")


def test_a_subset_still_in_hospital_is_a_subset_by_severity():
    d = run("Medics put the number of wounded guards at six, two of them still in hospital.")
    assert number(d, "two").reason == "subset by severity (I5)"


@pytest.mark.parametrize("text, words, found", [
    ("The 2021 drone attacks on the port wounded three guards.", "2021", [("injured", 3)]),
    ("Militias staged the 2023 drone campaign against the port.", "2023", []),
    ("The port’s 1999 drone strike killed two.", "1999", [("killed", 2)]),
    ("After 2019 protesters returned to the quay every week.", "2019", []),
    ("Before 2020 drones were rare over the harbour.", "2020", []),
    ("Throughout 2023 drones circled the cranes.", "2023", []),
    ("In mid-2021 drones hit the port.", "2021", []),
    ("Between 2019 and 2021 drones struck the port.", "2021", []),
])
def test_four_digits_before_a_singular_noun_or_after_an_article_are_a_year(text, words, found):
    assert number(run(text), words).reason == "year" and quantities(text) == found


@pytest.mark.parametrize("text, found", [("Some 2000 protesters marched on the port.", ("participants", 2000)),
                                         ("Police said 1850 people were hurt.", ("injured", 1850))])
def test_four_digits_before_a_plural_count_noun_are_a_count(text, found):
    assert found in quantities(text)


def test_the_version_tag_of_a_wire_story_is_a_label():
    d = run("UPDATE 2-Port examines drone wreckage as toll rises")
    assert number(d, "2").reason == "label or name" and not d.claims


@pytest.mark.parametrize("text", [
    "The port has seen two deaths a year from accidents.",
    "Militias launch five drones per week at the harbour, the mayor said.",
])
def test_a_rate_is_no_count_of_the_event(text):
    assert run(text).claims == []


def test_a_day_after_is_a_time_not_a_rate():
    assert quantities("Two guards died a day after the blast at the pier.") == [("killed", 2)]


@pytest.mark.parametrize("sentence, written", [
    ("Dockers heard a loud blast and then gunfire at around two-thirty in the morning.", "thirty"),
    ("Dockers heard a loud blast and then gunfire at around two-thirty in the morning.", "two"),
    ("The sirens began at four-fifteen, the harbour master said.", "fifteen"),
    ("A blast shook the quay at eleven-forty-five at night.", "eleven"),
    ("The first explosion came just after half past two.", "two"),
    ("The crew had been called out by quarter to three.", "three"),
])
def test_a_time_in_words_is_a_clock_time(sentence, written):
    n = number(run(sentence), written)
    assert not n.is_claim and n.reason == "clock time"


@pytest.mark.parametrize("sentence, expected", [
    ("Two-thirds of the dockers were injured in the blast.", None),
    ("Twenty-five dockers were injured at around noon.", ("injured", 25)),
    ("Three explosions were heard at around two in the morning.", ("explosions", 3)),
])
def test_counts_near_times_in_words_stay_counts(sentence, expected):
    found = quantities(sentence)
    assert expected is None or expected in found
    assert all(v not in (30, 15) for _, v in found)


@pytest.mark.parametrize("text, expected", [
    ("Mar. 6 - Hundreds of mourners march behind the coffin toward the harbour.", ("participants", 200)),
    ("6 March - Dozens of protesters march on the port.", ("participants", 24)),
    ("Mar. 7 - 40 sailors are wounded in the blast, medics say.", ("injured", 40)),
])
def test_a_dash_after_a_dated_label_opens_an_entry_not_a_sum(text, expected):
    assert quantities(text) == [expected]


def test_a_sum_is_still_arithmetic():
    draft = run("Please solve 7 - 3 = to post.")
    assert draft.claims == [] and "arithmetic" in number(draft, "3").reason


@pytest.mark.parametrize("sentence, written, whole", [
    ("Seven dockers were hurt, two of them seriously.", "two", 7),
    ("Nine sailors were wounded, three of whom are in critical condition.", "three", 9),
    ("“Six guards were hurt, two of them critically,” he said.", "two", 6),
])
def test_a_subset_by_severity_is_no_claim(sentence, written, whole):
    """C9 note: "two of them critically" counts no new casualties."""
    draft = run(sentence)
    assert number(draft, written).reason == "subset by severity (I5)"
    assert [c.value for c in draft.claims] == [whole]


@pytest.mark.parametrize("sentence, written, whole", [
    ("A medic put the number of wounded dockers at seven, “two of them with burns”.", "two", 7),
    ("Nine sailors were wounded, three of them by shrapnel in the legs.", "three", 9),
    ("Six guards were hurt, two of whom were hit by flying glass.", "two", 6),
])
def test_a_subset_by_the_cause_of_the_wounds_is_no_claim(sentence, written, whole):
    draft = run(sentence)
    assert number(draft, written).reason.startswith("subset of the wounded already counted, by cause of injury")
    assert [c.value for c in draft.claims] == [whole]


def test_a_partitive_of_them_with_a_verb_of_its_own_still_counts():
    assert ("drones_downed", 2) in quantities("Three drones were launched, two of them were shot down.")


@pytest.mark.parametrize("text", [
    "Results gave the Harbour Front 73 of the 329 seats.",
    "Preliminary results gave the movement of cleric Omar Haddad 73 of parliament’s 329 seats.",
])
def test_a_number_after_a_name_whose_partitive_counts_seats_is_no_label(text):
    assert ("seats_won", 73) in quantities(text)
