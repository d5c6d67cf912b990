"""Mentions an article adds besides its speakers: new actors for titled names, possessive roles."""
import pytest

from helpers import LEAGUE, quote, run


def test_a_titled_name_that_speaks_nowhere_is_proposed_as_a_new_person():
    d = run("Spokesman Ahmed Rahimi visited the port on Friday.")
    assert [(a.text, a.kind, a.evidence) for a in d.new_actors] == [("Ahmed Rahimi", "person", "titled name")]


@pytest.mark.parametrize("text, name", [
    ("The talks brought in the independent lawmaker Suhad Khalaf on Monday.", "Suhad Khalaf"),
    ("Footage by the activist Ali Nasser spread on Friday.", "Ali Nasser"),
    ("The panel heard from researcher Lina Dabbagh.", "Lina Dabbagh"),
])
def test_a_name_after_a_lowercase_calling_is_proposed_as_a_new_person(text, name):
    d = run(text)
    assert [(a.text, a.kind, a.evidence) for a in d.new_actors] == [(name, "person", "titled name")]


def test_a_calling_before_a_place_name_proposes_nobody():
    assert not run("The lawmaker flew to Port Said on Monday.").new_actors


@pytest.mark.parametrize("text, name", [
    ("“A wound is a wound,” Dr. Firas said.", "Dr. Firas"),
    ("“We stay until the count is done,” said Hajj Abbas, who sells tea at the gate.", "Hajj Abbas"),
])
def test_an_honorific_and_a_given_name_alone_are_a_new_person_who_speaks(text, name):
    d = run(text)
    q = d.quotes[0]
    assert q.new_speaker and next(p.name for p in d.new_actors if p.id == q.new_speaker) == name


def test_an_honorific_before_a_full_name_keeps_the_full_name():
    # near miss: "Dr. Firas Ali" is the titled name Firas Ali, not "Dr. Firas"
    assert [a.name for a in run("“A wound is a wound,” Dr. Firas Ali said.").new_actors] == ["Firas Ali"]


def test_a_titled_name_inside_a_quotation_is_no_new_actor():
    d = run("“Spokesman Ahmed Rahimi visited the port,” the harbour master said.")
    assert not [a for a in d.new_actors if a.text == "Ahmed Rahimi"]


def test_his_office_after_the_premier_is_the_office_the_registry_composes_outside_a_quote_too():
    d = LEAGUE.run("Nour Karim toured the docks on Friday. His office later closed the gates.")
    assert [(m.text, m.actor_id) for m in d.mentions if m.text == "His office"] == [("His office", "karim-office")]


@pytest.mark.parametrize("text, name", [
    ("Freedonia’s Secretary of State Rami Zaher called the strike “a disgrace”.", "Rami Zaher"),
    ("Minister of Foreign Affairs Rami Zaher called the strike “a disgrace”.", "Rami Zaher"),
    ("Freedonia’s Ambassador to Eastvale Rami Zaher called the strike “a disgrace”.", "Rami Zaher"),
])
def test_a_name_after_a_title_and_its_post_is_proposed_and_speaks(text, name):
    draft = run(text)
    person = next(p for p in draft.new_actors if p.name == name)
    assert quote(draft, "a disgrace").new_speaker == person.id


@pytest.mark.parametrize("text, title", [("The league's Secretary-General Rami Zaher arrived.", "Secretary-General"),
                                         ("Ambassador to Eastvale Rami Zaher arrived.", "Ambassador to Eastvale"),
                                         ("The league's foreign minister, Rami Zaher, arrived.", "foreign minister"),
                                         ("Rami Zaher, an independent lawmaker from Eastvale, arrived.", "independent lawmaker"),
                                         ("The well-known Rami Zaher arrived.", ""),
                                         ("Rami Zaher, a quiet man, arrived.", "")])
def test_the_title_of_a_name_is_taken_whole_before_or_apposed_after_it(text, title):
    from kadhimi_ds.extract.added_mentions import title_of
    start = text.index("Rami")
    assert title_of(text, start, start + len("Rami Zaher")) == title


@pytest.mark.parametrize("text, name", [
    ("Freedonia's foreign minister, Rami Zaher, met envoys on Monday.\n\nLina Sabbagh said the port was calm.\n\n"
     "The minister said the talks went well. “We expect results within days,” he said.", "Rami Zaher"),
    ("The plan was backed by Rami Zaher, an independent lawmaker from Eastvale, who called it overdue.", "Rami Zaher"),
])
def test_a_name_apposed_to_its_title_is_proposed(text, name):
    draft = run(text)
    person = next(p for p in draft.new_actors if p.name == name)
    if "We expect" in text:  # and the role goes back to that person, as "he" after it
        assert quote(draft, "We expect results within days,").new_speaker == person.id


@pytest.mark.parametrize("text", ["The port, Eastvale Harbour, reopened on Monday.",
                                  "Rami Zaher, a quiet man, arrived on Monday."])
def test_a_name_apposed_to_no_title_is_not_proposed_for_it(text):
    assert not [p for p in run(text).new_actors if p.evidence == "titled name"]


def test_the_compound_title_of_a_new_person_reaches_a_later_role_reference():
    d = run("The league's Secretary-General Rami Zaher arrived on Friday. "
            "The Secretary-General said he was “deeply worried” by the fire.")
    q = quote(d, "deeply worried")
    assert q.speaker is None and q.new_speaker == "rami-zaher"


def test_an_honorific_before_the_family_name_of_a_person_named_before_is_that_person():
    d = run("Sami Tarek, a surgeon at the port clinic, treated the crews. “Nobody died,” Dr. Tarek said.")
    assert [a.name for a in d.new_actors] == ["Sami Tarek"]
    assert quote(d, "Nobody died,").new_speaker == "sami-tarek"


def test_an_honorific_before_the_given_name_of_a_person_named_before_is_still_proposed():
    # near miss: "Mohamed" opens "Sheikh Mohamed bin Rashid": a given name, so "Sheikh Mohamed" is the person named so
    d = run("Sheikh Mohamed bin Rashid called the premier. “We stand with you,” Sheikh Mohamed said.")
    assert "Sheikh Mohamed" in [a.name for a in d.new_actors]
