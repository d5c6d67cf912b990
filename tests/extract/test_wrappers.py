"""A page's wrappers: stage directions, newsletter wrappers, sponsors (``kadhimi_ds.extract.wrappers``).
All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract, find_body
from kadhimi_ds.extract.wrappers import furniture_stage_direction

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    # transcript stage directions
    "(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)", "(COMMERCIAL BREAK)", "(Begin audio clip)", "(LAUGHTER)", "[END VIDEO CLIP]",
    # a newsletter's wrapper
    "View in browser", "View this email in your browser", "Read online", "Web version",
    "Forwarded this email? Subscribe here", "Was this forwarded to you? Sign up here.",
    "Forwarded this email? Sign up for the Coastal Morning Brief here: https://coastal.example/briefs/subscribe",
    "Having trouble viewing this email? Click here.", "Unsubscribe | Update preferences",
    # a sponsor's label
    "SPONSORED BY NORTHPORT LOGISTICS", "Presented by Harbour Bank", "Paid post", "A message from our sponsor",
    # a programme's sponsor read and ad slot
    "This episode is brought to you by Harbour Bank. Get 10% off your first ferry pass with code QUAY.",
    "Today’s show is sponsored by Northport Logistics.", "(MIDROLL)", "(Pre-roll)",
])
def test_wrapper_and_transcript_lines_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "Sponsored by the port authority, the fair opened on Monday with more than forty exhibitors from the islands.",
    "(The ministry later corrected the figure.)",
    "Readers who forwarded the notice to the council received no answer, the campaigners said on Friday.",
    "By the time the ferry reached the harbour, the fire had been put out by the crew.",
    "(AFP)",
    "This episode is about the dockers who were brought to the quay by the harbour board.",
    "This ferry is supported by a grant from the islands, the mayor said.",
])
def test_sentences_like_wrapper_lines_stay_body_or_keep_their_rule(line):
    assert not {f for f in furniture_of(line) if "Sponsored" in f or "By the time" in f or "forwarded" in f or "corrected" in f
                or f.startswith("This ")}


def test_an_advertisement_under_a_sponsor_label_is_furniture_to_the_blank_line():
    ad = "Shipping cargo this spring? Our brokers cover all 40 ports. Book a free 20-minute call."
    middle = f"PRESENTED BY HARBOUR BANK\n{ad}"
    found = furniture_of(middle)
    assert any(ad in f for f in found)
    text = f"{HEAD}\n\n{LEAD}\n\n{middle}\n\n{MID}\n\n{END}\n"
    draft = extract(text)
    assert all(c.start < text.index(ad) or c.start > text.index(ad) + len(ad) for c in draft.claims)
    assert MID in draft.body.text and not any(MID in f.text for f in draft.furniture)


# --- a newsletter's tagline, prompts and masthead --------------------------------------------------

@pytest.mark.parametrize("line", [
    "A weekly newsletter of the Port Policy Institute", "A monthly bulletin of the Harbour Forum, Northport",
    "The daily briefing from Coastal News", "A free email digest by the Harbour Review",
    "Enjoying the Digest? Forward it to a friend — or subscribe here.", "Enjoying this newsletter? Share it with a colleague.",
    "Newsletter | Click to get the week’s best stories in your inbox", "Click here to subscribe to the morning briefing",
])
def test_newsletter_taglines_and_prompts_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "A weekly newsletter of the port authority was launched in May to inform the islanders.",
    "A weekly newsletter of the Port Institute says the fares will rise.",
    "A weekly newsletter of the Port Institute, Northport Review and others reported the fares.",
    "Enjoying the calm after the storm, the crews returned to the quay on Friday.",
    "Click to get a ferry ticket was the advice printed on every poster, the board said.",
])
def test_sentences_about_newsletters_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("name", ["THE HARBOUR BRIEF", "COASTAL WEEKLY", "THE PORT DIGEST"])
def test_a_newsletters_name_over_its_issue_stamp_is_furniture(name):
    text = f"View in browser\n\n{name}\nMonday 8 March 2024 · Issue No. 41\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    assert find_body(text)[0].text.startswith(LEAD)


def test_a_capitals_headline_over_a_plain_date_or_a_blank_line_stays_body():
    for top in ("FIRE HALTS ALL FERRY CROSSINGS TODAY\nMonday 8 March 2024", "THE HARBOUR BRIEF\n\nMonday 8 March 2024 · Issue No. 41"):
        text = f"{top}\n\n{LEAD}\n\n{MID}\n\n{END}\n"
        assert find_body(text)[0].text.startswith(top.split("\n")[0])


# --- a sign-up box ---------------------------------------------------------------------------------

@pytest.mark.parametrize("box", [
    "Sign up for the Harbour Briefing\nThe week's shipping news, every Friday.\nEnter your email address  SIGN UP",
    "NEWSLETTER\nGet the day's ferry times in your inbox every morning.\nYour email | Subscribe\n"
    "By signing up, you agree to our Privacy Policy.",
    "THE MORNING DOCK\nCrossings, cranes and cargo before breakfast.\nEmail address",
])
def test_a_sign_up_box_is_furniture_line_by_line(box):
    found = furniture_of(box)
    assert all(any(line in f for f in found) for line in box.split("\n")), found


@pytest.mark.parametrize("line", ["Your email address", "By clicking Subscribe, you accept our terms."])
def test_a_sign_up_forms_field_or_consent_alone_is_furniture(line):
    assert furniture_of(line) == [line]


def test_short_lines_over_an_email_field_without_a_heading_stay_body():
    """No heading over them: "Crossings resume on Monday." is the article's, even over a stray field."""
    found = furniture_of("Crossings resume on Monday.\nThe board apologised.\nEnter your email")
    assert found == ["Enter your email"]


def test_a_paragraph_line_above_a_boxs_heading_stays_body():
    found = furniture_of("The board apologised.\nNEWSLETTER\nFerry times every morning.\nEnter your email")
    assert "The board apologised." not in "\n".join(found) and "Ferry times every morning." in "\n".join(found)


@pytest.mark.parametrize("line", ["By signing up, voters agreed to wait for the first crossing on Monday.",
                                  "Your email to the ferry board was answered within a week, the islanders said."])
def test_sentences_about_signing_up_or_emails_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["Follow Harbour 24 on Twitter and Instagram for breaking news as it happens.",
                                  "Follow Harbour 24's live coverage for the latest.", "Follow our live updates on the strike here.",
                                  "Get involved: #FerryFire", "Join the conversation #FerryFire #Northport"])
def test_prompts_to_follow_an_outlet_or_its_coverage_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Follow the money, the union leader told the dockers on Friday, and you will find the owners.",
                                  "Dockers who follow the strike on television said they feared for their jobs.",
                                  "Get involved, the mayor urged the islanders, and post under #FerryFire.",
                                  "Dockers chanted #FerryFire at the gate."])
def test_sentences_with_follow_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["(SOUND OF A FOGHORN, DISTANT GULLS)", "(SOUND OF WAVES ON THE BREAKWATER)"])
def test_a_script_sound_cue_in_capitals_is_furniture(line):
    assert line in furniture_of(line)


def test_a_bracketed_sentence_is_no_sound_cue():
    line = "(Sound of waves on the breakwater, the captain recalled.)"
    assert line not in furniture_of(line)


def test_one_capitalised_word_in_brackets_is_left_to_the_credit_rules():
    assert furniture_stage_direction("(AFP)") is None
