"""Captions by shape (``kadhimi_ds.extract.captions``). All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract, find_body
from kadhimi_ds.extract.captions import furniture_photo_caption

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_furniture as furniture_of


def test_a_caption_label_and_its_credit_are_furniture():
    assert "Image:\nCoastal Board" in furniture_of("Image:\nCoastal Board")


def test_nothing_is_proposed_inside_a_photo_credit_caption():
    line = "Two crew members (right) are treated by medics in Northport, May 2023. Photo: Westland Ports Authority"
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}\n"
    d = extract(text)
    cap = text.index(line)
    assert not any(cap <= c.start < cap + len(line) for c in d.claims)


def test_a_caption_label_with_a_comma_and_its_caption_are_furniture():
    text = f"{HEAD}\n\nImage source, Coastal News\nImage caption,\nThe mayor visits the burned ferry\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert "mayor visits" not in body.text or any("mayor visits" in f.text for f in furniture)


# --- a caption under its label, and the paragraph above a credit that heads the picture below --------

def _furniture_lines(text: str) -> list[str]:
    """Each line of the furniture ``find_body`` marks in ``text``."""
    return [line for f in find_body(text)[1] for line in f.text.splitlines()]


LONG_CAPTION = "Firefighters stand guard at the gate of the burned ferry terminal in Northport after the blaze on the quay"


def test_a_long_one_sentence_caption_under_a_caption_label_is_furniture():
    text = f"{HEAD}\nImage source, Coastal News\nImage caption,\n{LONG_CAPTION}\n{LEAD}\n{MID}\n{END}\n"
    assert LONG_CAPTION in _furniture_lines(text)


@pytest.mark.parametrize("under", [
    # a paragraph of several sentences under the label is the article's
    "The board met on Monday. It said the crossings would stay closed until the inquiry ends, and that crews were paid.",
    # a quotation is no caption
    "“We will reopen the terminal as soon as the inquiry allows it,” the harbour master told the crews on the quay.",
])
def test_a_paragraph_under_a_caption_label_is_no_caption(under):
    text = f"{HEAD}\nImage caption,\n{under}\n{LEAD}\n{MID}\n{END}\n"
    assert under not in _furniture_lines(text)


def test_a_paragraph_above_a_credit_that_heads_a_caption_label_is_body():
    above = "The board, which runs the three ferry lines, saw its income fall from 48 to 17 million in the year to March."
    text = f"{HEAD}\n{LEAD}\n{above}\nImage source, Coastal News\nImage caption,\n{LONG_CAPTION}\n{MID}\n{END}\n"
    found = _furniture_lines(text)
    assert above not in found and LONG_CAPTION in found


def test_a_one_sentence_line_above_a_credit_alone_is_still_its_caption():
    line = "The mayor visits the burned ferry terminal in Northport"
    assert line in _furniture_lines(f"{HEAD}\n\n{LEAD}\n\n{line}\n(Port Office via AP)\n\n{MID}\n\n{END}\n")


@pytest.mark.parametrize("line", ["Photos released by the port show damage at the ferry terminalImage: Port Office/AP/picture alliance",
                                  "Crews clear the burned quay in NorthportPhoto: Sami Nour"])
def test_a_caption_run_into_its_credit_label_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["The board published its report on the fire. Image: the quay was badly burned, officials said.",
                                  "The board kept the iPhone: photos from it were shown at the inquiry on Monday, the crews said."])
def test_a_sentence_with_a_label_inside_stays_body(line):
    assert furniture_of(line) == []


# --- captions closed by a photographer in capitals, a dash and an agency, or a label in capitals -----

@pytest.mark.parametrize("line", [
    "Firefighters spray water on the burning ferry in Northport on March 7, 2024. SAMI NOUR AFP",
    "A crane lifts the wreck at the quay, hours after the fire. LEA BRANDT / AFP",
    "Rescue workers carry a stretcher near the harbour gate. OMAR AL-SAID REUTERS",
    "Crews at the quay on Sunday CREDIT: Handout via Reuters",
    "The ferry at its berth in Northport PHOTO: Sami Nour",
    "Passengers queue for the first crossing in Eastport IMAGE: Coastal Board",
])
def test_captions_closed_by_capital_credits_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "The mayor visits the burned ferry in Northport following the fire. — AFP",
    "Passengers wait on the quay after the evacuation. – Reuters",
    "A diver checks the hull of the ferry in the harbour.—AP",
])
def test_a_caption_closed_by_a_dash_and_an_agency_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "The board said the fire had started in the engine room. — AFP",
    "Inspectors found that the crew had ignored two alarms. SAMI NOUR AFP",
    "Readers can send photos to the desk with the label CREDIT: and their name.",
])
def test_reported_sentences_with_credits_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("last", ["The crossings resume on Monday. — AFP", "The board meets again in March. – Reuters"])
def test_a_last_paragraph_signed_with_a_dash_and_an_agency_stays_body(last):
    text = f"{HEAD}\n\n{LEAD}\n\n{MID}\n\n{END}\n\n{last}\n"
    assert find_body(text)[0].text.endswith(last)


@pytest.mark.parametrize("line", [
    "NORTHPORT, WESTLAND - MARCH 07: Crews clear the quay after a fire at the ferry terminal in Northport, Westland on March 07, 2024."
    " ( Sami Nour - Coastal Agency )",
    "EASTPORT - MARCH 8: The mayor visits the damaged crane. (Photo by Lea Brandt/Getty Images)",
    "NORTHPORT, WESTLAND - MAR. 7, 2024: Dockers wait at the gate of the eastern dock on March 7, 2024.",
])
def test_a_picture_agencys_caption_led_by_place_and_date_in_capitals_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "NORTHPORT, March 7 (Reuters) - The harbour board said on Thursday that crossings were halted after the fire.",
    "NORTHPORT - MARCH 7: The board said on Monday that fares would rise from the spring.",
    "NORTHPORT, WESTLAND - The harbour reopened on Tuesday after a week of repairs (Sami Nour - Coastal Agency)",
])
def test_datelines_opening_a_paragraph_stay_body(line):
    assert furniture_of(line) == []


def test_a_long_caption_under_a_caption_label_is_furniture():
    caption = "Dock workers carried the coffin of a crane driver killed in the fire through the streets of Northport"
    assert f"Image source, Coastal News\nImage caption,\n{caption}" in furniture_of(f"Image source, Coastal News\nImage caption,\n{caption}")


def test_the_sentence_above_a_credit_over_a_caption_label_stays_body():
    sentence = "The Harbour Front saw its seats fall from 12 to 7 in the port council vote, while its rival won 20."
    text = f"{HEAD}\n\n{LEAD}\n\n{sentence}\nImage source, Coastal News\nImage caption,\nThe mayor visits the burned ferry\n\n{MID}\n\n{END}\n"
    _, furniture, paragraphs = find_body(text)
    assert not any(sentence in f.text for f in furniture)
    assert any(text[s:e] == sentence for s, e in paragraphs)


@pytest.mark.parametrize("line", [
    "Mourners carry the coffin of a deckhand killed near the quay, Northport, 6 May 2023 (Port Daily)",
    "Crews clear the burned ferry at the quay, Northport, 6 May 2023.",
])
def test_a_caption_closed_by_a_day_month_year_date_and_its_credit_is_furniture(line):
    assert line in furniture_of(line)


def test_a_sentence_of_the_article_closed_by_a_day_month_year_date_stays_body():
    line = "The ferry company said the vessel was insured until the end of its charter, 6 May 2023."
    assert line not in furniture_of(line)


@pytest.mark.parametrize("line", ["Video | The moment the crane fell on the eastern quay", "Photos · The burned ferry at dawn",
                                  "Watch | Crews fight the fire for six hours"])
def test_a_media_label_with_a_bar_leads_a_clip_caption(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Video footage | seen by reporters showed the fire, the board said.",
                                  "Videos of the fire were shared widely on Friday."])
def test_sentences_about_videos_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", [
    "Crews clear the quay at the eastern dock, Northport, March 9. [Sami Nour]",
    "The Northport Review’s front page on Friday, 8 March 2024 [Northport Review]",
    "Tents of the strikers near the dock gate in Northport, March 8, 2024 [The Harbour Report]",
])
def test_a_dated_caption_closed_by_a_bracketed_name_is_furniture(line):
    assert furniture_photo_caption(line) == "photo_caption"
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "The board named the new captain on March 9. [Sami Nour]",
    "Crews clear the quay at the eastern dock, Northport. [Sami Nour]",
    "The captain says the ferry sails on March 9 [sic]",
    "“We sail on March 9,” the captain says. [Sami Nour]",
    "The captain [Sami Nour] says the ferry sails on March 9.",
])
def test_a_sentence_with_a_bracketed_name_but_no_dated_present_caption_stays_body(line):
    assert furniture_photo_caption(line) is None


@pytest.mark.parametrize("line", [
    "Screenshot of the harbour board’s post, annotated by our team [Check Desk]",
    "A photo showing the burnt engine room [Sami Nour]",
])
def test_a_caption_naming_its_picture_first_closed_by_a_bracketed_name_is_furniture(line):
    assert furniture_photo_caption(line) == "photo_caption"


@pytest.mark.parametrize("line", [
    "Photographs of the fire were shared widely by the crew [Sami Nour].",
    "Pictures from the quay show the captain [Sami Nour] who was blamed.",
])
def test_a_past_sentence_about_pictures_with_a_bracketed_name_stays_body(line):
    assert furniture_photo_caption(line) is None


def test_a_sentence_over_a_video_title_stays_body():
    text = "\n".join([HEAD, LEAD, MID, END, "Islanders said they saw smoke over the strait.",
                      "Video: Ferry crews fight the engine fire 01:48"]) + "\n"
    body, _, _ = find_body(text)
    assert body.text.endswith("saw smoke over the strait.")


def test_a_sentence_over_a_credit_is_a_caption():
    text = "\n".join([HEAD, LEAD, "Crews wait on the quay in Northport.", "Image Credit: AFP", MID, END]) + "\n"
    _, furniture, _ = find_body(text)
    assert any(f.text.startswith("Crews wait on the quay in Northport.") for f in furniture)
