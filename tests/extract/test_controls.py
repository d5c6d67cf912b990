"""The page's own controls, durations with their medium, programme credits, a wire desk's initials and
a sign-off to the reader (``kadhimi_ds.extract.controls``); article lines that use the same verbs,
durations, programmes or greetings stay body. All lines written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kadhimi_ds.extract.controls import furniture_desk_initials, furniture_media_control, furniture_sign_off

from helpers import ferry_body, ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    # controls of a picture, a player or the page, in any case
    "toggle caption", "Hide caption", "SHOW CAPTION", "Enlarge this image", "Tap to unmute", "Skip Ad", "Show more",
    "See all", "View gallery", "Open in new window", "Back to top", "Next article", "Previous story", "Download",
    "Embed", "Expand", "Close ×", "Click to enlarge", "Load more comments", "Play audio", "Replay", "Loading...",
    "Swipe for more", "View full screen", "Read transcript", "View earlier updates", "Load older posts", "Show newer entries",
    # a running or reading time with its medium
    "4-Minute Listen", "7 min listen", "12-minute watch", "3 min read", "Listen · 3:45", "Watch 2:31", "Listen 12 min",
    "2m watch", "Episode 14 mins",
    # a programme's or platform's credit
    "Heard on Morning Edition", "As heard on The Harbour Hour", "Aired on Coast Tonight", "Featured on The Docks Podcast",
    "Listen on Apple Podcasts", "Watch on YouTube", "Streaming on Harbour+", "Available on Coast Radio",
    "From the podcast: The Week in Shipping",
])
def test_page_controls_and_programme_credits_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    # sentences with the same verbs, durations and programmes
    "Download speeds on the islands fell sharply after the fire.",
    "Show them the logbook, the inspector told the crew.",
    "Close to the quay, two tugs waited for the order.",
    "Heard on the quay at dawn, the alarm woke the whole harbour.",
    "The transcript of the radio call was released by the board.",
    "A 4-minute video shows the stern burning.",
    "The crossing takes 45 minutes in calm weather.",
    "Listen to what the captain said on Friday: the engine had failed twice before.",
    "Watch the harbour lights go out one by one, a fisherman said, and you know a storm is coming.",
    "Skip the queue, the ferry company urged commuters on Friday.",
    "He appeared on Coast Tonight to defend the board.",
    "Read the full report before you judge us, the captain said.",
    # a programme's or show's name alone stays body (a heading or a title)
    "Coast Tonight", "The Week in Shipping",
    "Earlier updates from the board", "View of the harbour updates nothing",
])
def test_article_lines_like_controls_stay_body(line):
    assert furniture_of(line) == []


@given(st.integers(1, 120), st.sampled_from(["-Minute", " min", " minute", "-min", " mins"]),
       st.sampled_from(["Listen", "Read", "Watch", "read", "listen"]))
def test_any_duration_with_its_medium_is_a_control(n, unit, medium):
    assert furniture_media_control(f"{n}{unit} {medium}") == "other"


@given(st.sampled_from(["Heard", "Aired", "Listen", "Watch"]), st.sampled_from(["on", "in"]),
       st.sampled_from(["the quay", "the night of the fire", "a radio interview", "state television"]))
def test_a_programme_credit_names_a_title_not_a_place_or_an_event(verb, prep, rest):
    assert furniture_media_control(f"{verb} {prep} {rest}, the crew waited.") is None
    assert furniture_media_control(f"{verb} {prep} {rest}") is None


@pytest.mark.parametrize("line", ["kj-lg/fz/sst", "mm/jm", "jlp/ach/bp", "sn-lb/ok", "sn/lb (AFP, dpa, Reuters)", "ok/jm (WNA)"])
def test_a_wire_desks_initials_end_the_body(line):
    assert furniture_desk_initials(line) == "credit_line"
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", ["and/or", "km/h", "The board/ministry split is old.", "ferry/ship", "and/or (WNA)",
                                  "sn/lb (the crews said it was late)"])
def test_words_joined_by_slashes_are_no_initials(line):
    assert furniture_desk_initials(line) is None


@pytest.mark.parametrize("line", [
    "That's all for today. Send tips, corrections and complaints to the desk.",
    "That’s it from us this week.", "Thanks for reading.", "Thank you for listening.", "See you tomorrow.",
    "Until next week.", "Got a tip? Email us at tips@coastal.example", "Have a question? Send it to us.",
    "Write to us at letters@coastal.example", "Send us your questions about the ferry fire.",
    "Contact the newsroom: desk@coastal.example",
])
def test_a_sign_off_to_the_reader_ends_the_body(line):
    assert furniture_sign_off(line) == "other"
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "That is all the board would say about the engine.",
    "“Send us the logbooks,” the inspector told the company.",
    "See you in court, the captain wrote to the board on Friday.",
    "Thanks to the crew, every passenger reached the lifeboats.",
    "The board said complaints could be sent to its office in Northport, which reopens on Monday.",
    "Until Monday, the crossings remain suspended.",
])
def test_sentences_like_a_sign_off_stay_body(line):
    assert furniture_sign_off(line) is None
    assert ferry_body(line).endswith(line)


@pytest.mark.parametrize("line", ["Turn on notifications", "Enable alerts", "Open in app", "Continue in browser", "Accept",
                                  "Reject all", "Please wait...", "Season 3, Episode 12", "S3 E12", "Episode 142", "Part 2",
                                  "4 minutes"])
def test_more_controls_episode_numbers_and_bare_durations_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Accept the offer, the union told its members.", "Episode of violence shakes the port",
                                  "Four minutes.", "Continue the inquiry, relatives demanded."])
def test_sentences_and_headings_like_controls_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["BREAKING NEWS", "Just in", "ON AIR", "Exclusive", "Show notes", "Chapters",
                                  "Rate, review and subscribe", "Follow our live coverage here"])
def test_banners_and_podcast_sections_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Breaking the deadlock will take weeks, diplomats said.", "Exclusive talks began on Friday.",
                                  "Live ammunition was fired at the crowd.", "Chapters of the report remain secret."])
def test_sentences_opening_like_banners_stay_body(line):
    assert furniture_of(line) == []


# --- capital initials and the story's number closing a wire story ----------------------------------

@pytest.mark.parametrize("line", ["KI/4213890", "AB/CD/5521093", "M/88213", "SN/LB/1204567"])
def test_capital_initials_and_a_story_number_close_the_story(line):
    assert furniture_desk_initials(line) == "credit_line"
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", ["S/RES/2231", "A/75/123", "UN/2024", "The vote was 52/48.", "KM/H"])
def test_document_codes_and_ratios_are_no_story_numbers(line):
    assert furniture_desk_initials(line) is None


@pytest.mark.parametrize("line", ["Font size: A+ A-   Print   Share", "Text size A- A+ | Print | Email", "Print   Share   Save",
                                  "A- A A+  Listen"])
def test_a_row_of_controls_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Print  the fares were raised on Monday, the board said.", "Font size matters to older readers, the survey found.",
                                  "Share  prices fell after the fire on the quay."])
def test_sentences_with_control_words_and_wide_spaces_stay_body(line):
    assert furniture_of(line) == []


def test_transcript_between_blank_lines_heads_the_transcript_and_is_body():
    assert furniture_of("Transcript") == []


def test_transcript_among_the_players_controls_is_a_button():
    from kadhimi_ds.extract import find_body
    page = "\n".join(["Ferry burns in the strait", "4-Minute Listen", "Download", "Transcript",
                      "The board said all crossings were halted after the fire broke out on Monday.",
                      "HOST: What happened on the quay?", "SAMI NOUR: The fire started in the engine room, the crew said."]) + "\n"
    assert [f.text for f in find_body(page)[1]] == ["4-Minute Listen\nDownload\nTranscript"]


@pytest.mark.parametrize("line", ["A A A", "A- A A+", "From the section Middle East", "Category: World, Westland"])
def test_text_size_buttons_and_section_labels_are_furniture(line):
    assert furniture_of(line) == [line]
