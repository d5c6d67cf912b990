"""Notes about the article's author (``kadhimi_ds.extract.bios``). All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body
from kadhimi_ds.extract.bios import furniture_author_bio, furniture_labelled_bio, furniture_reporter_signature, furniture_staff_note

from helpers import FERRY_END, FERRY_HEAD, FERRY_LEAD, FERRY_MID, ferry_furniture


@pytest.mark.parametrize("line", ["The writer is a Northport-based commentator on shipping.",
                                  "The author is a senior fellow at the Harbour Institute.", "Lea Brandt is a writer on ferries.",
                                  "About the author: Lea Brandt is a senior fellow at the Harbour Institute, where she leads its ferry work.",
                                  "About the writer – Sami Nour is a Northport-based journalist."])
def test_a_note_on_the_writer_is_an_author_bio(line):
    assert furniture_author_bio(line) == "credit_line"


def test_a_closing_note_on_the_writer_is_not_body():
    body, _, _ = find_body("\n\n".join([FERRY_HEAD, FERRY_LEAD, FERRY_MID, FERRY_END,
                                        "The writer is a Northport-based commentator on shipping."]) + "\n")
    assert body.text.endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", ["The writer is not the first to ask why the ferry burned.",
                                  "The writer was a commentator on shipping before the fire, the board said.",
                                  "About the author of the letter, the board said little.",
                                  "About the author: the board said nothing."])
def test_sentences_about_a_writer_are_no_author_bio(line):
    assert furniture_author_bio(line) is None


@pytest.mark.parametrize("line", ["Sami Nour is our Northport correspondent. She has covered the strait since 2014.",
                                  "Lea Brandt is our shipping editor."])
def test_the_outlets_note_on_its_reporter_is_furniture_between_paragraphs(line):
    assert ferry_furniture(line) == [line]


@pytest.mark.parametrize("line", ["Sami Nour is a correspondent who saw the ferry burn from the quay, and he said the crew fled.",
                                  "Sami Nour is our captain now, the crew said after the fire.",
                                  "“Sami Nour is our best reporter,” the editor said."])
def test_sentences_naming_a_person_stay_body(line):
    assert furniture_staff_note(line) is None
    assert ferry_furniture(line) == []


@pytest.mark.parametrize("line", ["Sami Nour, Port News, Northport", "Lea Brandt, Coastal Radio, East Harbour",
                                  "Omar al-Said, Westland Press Agency, Northport", "From our correspondent in Northport",
                                  "Our special correspondent in East Harbour"])
def test_a_reporters_signature_is_furniture(line):
    assert furniture_reporter_signature(line) == "credit_line"
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("line", ["Northport, Eastport, Westland", "Sami Nour, Lea Brandt, Omar Said",
                                  "Sami Nour, Port News, said the quay was shut", "Sami Nour, the Port News chief, Northport",
                                  "Our correspondent in Northport reports:", "From our correspondent in Northport came the first report",
                                  "Our correspondent in Northport said the quay was shut."])
def test_lists_and_sentences_with_an_outlet_are_no_signature(line):
    assert furniture_reporter_signature(line) is None


@pytest.mark.parametrize("line", ["Sami Nour, Port News, said the quay was shut.", "Sami Nour, the Port News chief, Northport, said so."])
def test_sentences_naming_a_reporter_and_an_outlet_stay_body(line):
    assert ferry_furniture(line) == []


@pytest.mark.parametrize("line", ["ABOUT THE AUTHOR: Lea Brandt has covered the ferries for nine years. Follow her on Twitter @lbrandt_news",
                                  "About the writer: Sami Nour reported from Northport for a decade."])
def test_a_note_under_the_label_about_the_author_is_furniture_wherever_it_stands(line):
    assert furniture_labelled_bio(line) == "other"
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("line", ["About the author of the letter, the board said little.",
                                  "The author has covered the ferries for nine years, the board said."])
def test_a_sentence_about_an_author_is_no_labelled_note(line):
    assert furniture_labelled_bio(line) is None
