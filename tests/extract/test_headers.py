"""The lines around the headline (``kadhimi_ds.extract.headers``): labels and the page's name above
it, bylines and notes under it; a sub-heading, a summary box and a headline of a few words stay body.
All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

LEAD = "The harbour authority said on Tuesday that the main crane at the eastern dock was badly damaged in the storm."
TAIL = "Workers told reporters that the repairs would take several weeks and that two ships had been turned away."
END = "The last paragraph of the story says that the port expects to reopen fully on Wednesday, officials said."


# --- the header between the headline and the first paragraph -------------------------------------

def _header(*lines: str) -> dict[str, str]:
    text = "\n".join(["Port crane damaged in overnight storm", *lines, LEAD, TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Port crane") and body.text.endswith("officials said.")
    return {f.text: f.kind for f in furniture}


def test_authors_names_alone_under_the_headline_are_a_byline():
    assert _header("Sami Nour (now) and Lea Brandt (earlier)") == {"Sami Nour (now) and Lea Brandt (earlier)": "credit_line"}
    assert _header("Sami Nour, Lea Brandt and Omar Said") == {"Sami Nour, Lea Brandt and Omar Said": "credit_line"}


def test_an_editors_note_above_the_first_paragraph_is_furniture_whatever_it_says():
    note = "Editor’s note: An earlier version of this article misstated the crane’s height. It is 40 metres, not 60."
    assert _header("By Sami Nour", note) == {"By Sami Nour": "credit_line", note: "other"}
    assert _header("Correction: This story was amended to give the port’s full name.") != {}


def test_a_correction_at_the_foot_of_the_article_comes_after_the_last_paragraph():
    """F8: what follows the last paragraph is not body; a correction note at the foot is such a note."""
    note = "Correction: An earlier version of this article misstated the crane’s height. It is 40 metres."
    text = "\n".join(["Port crane damaged in overnight storm", LEAD, TAIL, END, note]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.endswith("officials said.") and [f.text for f in furniture] == [note]


def test_a_live_blog_entry_heading_after_the_first_entry_time_stays_body():
    text = "\n".join(["Port storm – live", "Key events", "10.15 GMT", "Summary", LEAD, TAIL, END]) + "\n"
    assert "Summary" not in {f.text for f in find_body(text)[1]}


def test_a_two_person_sub_heading_with_words_between_stays_body():
    assert _header("Sami Nour and the harbour") == {}


@pytest.mark.parametrize("line", ["Sami Nour in Northport", "Sami Nour in Westport and Lea Brandt in Eastport",
                                  "Sami Nour in Northport with Lea Brandt", "Lea al-Brandt in Port Said"])
def test_authors_names_with_their_places_under_the_headline_are_a_byline(line):
    assert _header(line) == {line: "credit_line"}


@pytest.mark.parametrize("line", ["Crane drivers in Northport", "Sami Nour in the harbour", "Nour in Northport",
                                  "The Harbour Board in Northport"])
def test_a_sub_heading_of_a_group_or_one_name_in_a_place_stays_body(line):
    assert _header(line) == {}


# --- the page's name and labels above the headline ----------------------------------------------------

def _top(*lines: str, head: str = "Port crane damaged in overnight storm") -> list[str]:
    """The furniture above and around ``head`` when ``lines`` stand over it; the body must start at ``head``."""
    text = "\n\n".join([*lines, head, "Workers fear weeks of delays at the eastern dock", LEAD, TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith(head), body.text[:60]
    return [f.text for f in furniture]


@pytest.mark.parametrize("name", ["The Harbour Herald", "THE PORT BRIEF", "Northport Daily News",
                                  "Port University · Centre for Maritime Studies in the North", "Institute of Harbour Affairs"])
def test_the_pages_name_over_the_headline_is_furniture(name):
    assert _top(name) == [name]


def test_a_section_label_under_the_pages_name_is_furniture_too():
    assert _top("The Harbour Herald", "World") == ["The Harbour Herald\n\nWorld"]


@pytest.mark.parametrize("head", ["Harbour Times Change", "The Herald Says Goodbye to the Old Port",
                                  "Crane Drivers Strike at Northport Review"])
def test_a_headline_of_capitalised_words_stays_body(head):
    """A headline says something: it ends in no paper's noun, or goes on after it."""
    assert _top(head=head) == []


def test_a_name_alone_over_the_first_paragraph_is_the_headline():
    text = "\n\n".join(["The Harbour Herald", LEAD, TAIL, END]) + "\n"
    assert find_body(text)[0].text.startswith("The Harbour Herald")


def test_a_headline_closing_on_a_quoted_word_is_no_first_paragraph():
    """A headline ending in a closing mark ("... calls it ‘cowardly’") is no paragraph: the label above it
    is still the page's."""
    head = "Port chief unhurt after crane collapse at the eastern dock, calls it ‘shameful’"
    assert _top("World", head=head) == ["World"]


def test_a_first_paragraph_ending_in_a_quotation_still_ends_the_header():
    lede = "The harbour master said on Tuesday that the crane had been “inspected twice this year.”"
    text = "\n\n".join(["Port crane damaged in overnight storm", "Opinion", lede, TAIL, END]) + "\n"
    assert [f.text for f in find_body(text)[1]] == ["Opinion"]


@pytest.mark.parametrize("kicker", ["HARBOUR TONIGHT", "STORM OVER THE PORT", "THE MORNING DOCK"])
def test_a_kicker_in_capitals_over_the_headline_is_furniture(kicker):
    assert _top(kicker) == [kicker]


@pytest.mark.parametrize("head", ["CRANE FALLS AT PORT", "DOCKERS STRIKE AGAIN", "CRANE COLLAPSED AT DOCK", "PORT IS CLOSED"])
def test_a_headline_in_capitals_saying_what_happened_stays_body(head):
    """Over a standfirst not in capitals, a capitals line with a verb is the headline."""
    text = "\n\n".join([head, "Workers fear weeks of delays at the eastern dock", LEAD, TAIL, END]) + "\n"
    assert find_body(text)[0].text.startswith(head)


def test_a_capitals_line_over_a_capitals_headline_or_a_short_line_stays_body():
    for lines in (["THE MORNING DOCK", "CRANE FALLS AT THE EASTERN DOCK"], ["STORM OVER THE PORT", "Crane falls"]):
        text = "\n\n".join([*lines, LEAD, TAIL, END]) + "\n"
        assert find_body(text)[0].text.startswith(lines[0])


def test_labels_under_a_headline_that_asks_a_question_are_furniture():
    head = "Port crane collapse: who might be to blame for it?"
    text = "\n".join([head, "Harbour News", "", "Published", "", LEAD, TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Port crane collapse") and body.text.endswith("officials said.")
    assert {f.text for f in furniture} >= {"Harbour News", "Published"}


def test_a_question_closing_a_paragraph_after_the_headline_is_still_the_first_paragraph():
    ask = "Why did the main crane at the eastern dock fall over in a storm that other ports rode out?"
    text = "\n".join(["Port crane damaged in overnight storm", ask, "Summary", LEAD, TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Port crane") and "Summary" not in {f.text for f in furniture}
