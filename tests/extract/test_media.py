"""Gallery counters, media-player lines, load-failure placeholders, wire photo restrictions and
captions closed by a labelled agency credit (``kadhimi_ds.extract.media``); article lines that look
like them stay body. All lines written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kadhimi_ds.extract import find_body
from kadhimi_ds.extract.media import furniture_gallery_counter, furniture_player_line

from helpers import ferry_furniture as furniture_of


@pytest.mark.parametrize("line", [
    # gallery counters
    "Photo 3 of 7", "Image 1/12", "Slide 2 of 9", "4 of 11", "Pictures 5 of 6", "Page 2 of 3", "Episode 4 of 10", "1 / 5",
    # gallery labels and a bracketed credit
    "Gallery: The ferry fire in pictures", "In pictures: Northport after the fire", "(Credit: Coastal Board)",
    "[Photo credit: Sami Nour]",
    # player lines with a running time
    "Now playing: Ferry crew describe the fire on board (1:05)",
    "Up next: Island mayors meet the shipping board (2:40)",
    "Play video, \"Captain: ‘We lost the engine in seconds’\", Duration 1,12",
    "Video, Passengers wait on the quay, Duration 0:48",
    "Audio, 4 minutes 20 seconds", "Podcast: 12 minutes",
    "Ferry fires: why older boats burn. Duration 3:15",
    "Northport harbour at night. Duration: 1:02",
    # a clip's caption closed by its bare running time
    "The ferry burned for hours off the northern quay on Monday. 1:58", "Crew members describe the fire. \"We ran.\" 0:45",
    # placeholders for content that failed to load
    "Sorry, this video could not be loaded.", "This content is not available in your region",
    "Oops, the interactive map failed to load.", "Your browser does not support the audio element.",
    "Please enable JavaScript to view this chart.",
    # a wire photo caption with its usage restrictions
    "A picture released by the shipping board on March 7, 2024 shows the burned deck. - RESTRICTED TO EDITORIAL USE - "
    "MANDATORY CREDIT \"SHIPPING BOARD\" - NO MARKETING",
    # a caption closed by a labelled credit naming an agency or Name/Agency, whatever its tenses
    "Passengers on the quay, where officials said the ferry was towed. Photograph: Sami Nour/Reuters",
    "The burned stern, which was hit first. Photo: Lea Brandt/Coastal News",
    "Firefighters who had worked through the night rest on the pier. Image: AFP",
])
def test_media_debris_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    # sentences that name times, durations, counts, videos or photos
    "The crossing usually takes 1 hour 45 minutes, the board said.",
    "The session resumed at 10:30 after a short break.",
    "Video footage showed smoke rising from the stern of the ferry.",
    "Two of the three lifeboats were launched, and one of them capsized.",
    "The fire burned for 45 minutes before it was put out.",
    "Photographers were kept away from the quay until the evening.",
    "The board said this content of the report could not be confirmed independently by reporters.",
    "“Sorry, this is not the time for excuses,” the mayor said.",
    # a short quoted headline sentence and a one-line paragraph with a number
    "“We lost the engine in seconds.”",
    "Three crew members were hurt.",
    "Gallery owners on the quay closed their shops.",
    "Audio recordings from the bridge were released on Friday.",
    "Now playing at the harbour cinema is a film about the fire.",
])
def test_article_lines_like_media_debris_stay_body(line):
    assert furniture_of(line) == []


@given(st.integers(1, 99), st.integers(1, 99), st.sampled_from(["Photo", "Image", "Slide", "Picture", ""]))
def test_any_gallery_counter_is_furniture(n, total, label):
    line = f"{label} {n} of {total}".strip()
    assert furniture_gallery_counter(line) == "other"


@given(st.integers(0, 59), st.integers(0, 59))
def test_a_sentence_closed_by_a_clock_time_is_no_player_line(minute, second):
    assert furniture_player_line(f"The ferry left the quay at {minute % 24}:{second:02d}.") is None


@pytest.mark.parametrize("line", [
    "File photo", "FILE PHOTO", "Stock image", "Archive footage", "Representational image", "AI-generated image",
    "Photo illustration", "Handout picture", "Courtesy of the Port Office", "(Courtesy Coastal Board)", "Supplied",
    "8 photos", "Photo gallery (14 photos)", "Related video", "More podcasts", "Audio version", "View all 9 photos",
    "Graphic: Lea Brandt", "Data: Coastal Shipping Board", "Chart source: Port Office", "Map: Coastal News",
])
def test_picture_labels_and_graphic_credits_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "The file photo was taken on the quay in 2019.",
    "Data: the board released figures showing the ferry was overloaded.",
    "Courtesy of the captain, every passenger got a blanket.",
    "Related videos circulated online within the hour.",
    "Stock images of burning ferries were shared on social media by the company.",
])
def test_sentences_about_pictures_and_data_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", [
    "The mayor speaks on state television hours after the fire on the ferry. (Coast State TV)",
    "Sami Nour reports from the quay on the aftermath of the fire. (Atlas News)",
    "Passengers wait on the pier in Northport. (Harbour Television)", "Crew members describe the fire. (Westland Broadcasting Corporation)",
    "Smoke rises over the strait after the fire. (WNA)", "The burned ferry lies at the quay. (The Coastal Post)",
    "Firefighters work on the deck of the ferry at night. (Harbour 24 News)", "The captain addresses reporters. (Island Radio)",
    "The board's chairman (left) speaks to the crew. (Northport Media Office)", "Rescuers carry a passenger ashore. (KTV News)",
    # a frame's source
    "The ferry burns off the northern quay (Screengrab: Coast TV)", "Lifeboats go down the side of the ferry (Video still from Harbour 24)",
    "Passengers wave from the deck. (Courtesy Island Radio)", "Crew members on the burned deck (Screenshot/Atlas News)",
    "The burned stern at dawn (Still from Coast TV)", "The ferry at the quay (Footage: Westland Coast Guard)",
])
def test_a_caption_closed_by_an_outlets_credit_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    # the brackets before the full stop, a past-tense report, several sentences
    "The mayor spoke to state television (Coast State TV) on Friday.",
    "The mayor speaks to the board on Fridays (in a statement).",
    "The mayor spoke on state television hours after the fire. (Coast State TV)",
    "The ferry burned for hours. Two crew members were hurt. (Atlas News)",
    "“We are safe,” the captain says on the quay. (Atlas News)",
    # a name in brackets after the subject, an acronym after a name, a lone bracketed word
    "The ferry belongs to the Westland Shipping Board (WSB)",
    "The board runs its own channel (Harbour TV)",
    "We will rebuild the quay. (Applause)", "The crossing takes two hours. (Translation)", "The board meets on Mondays. (Press)",
    "The captain's fate is unclear. (Still Missing)", "The quay stays shut for a week. (See Map)",
])
def test_article_lines_with_brackets_like_outlet_credits_stay_body(line):
    assert furniture_of(line) == []


# --- a bracketed graphic's label; an embedded post's text over its signature -------------------------

@pytest.mark.parametrize("line", [
    "[Chart: Fares by route, 2023 vs 2024. Source: Port Office, own calculations]", "[Map - the northern strait and its ports]",
    "[Infographic: How the ferry caught fire]", "[Table: Crossings per week, by island]", "[Embedded tweet: Coastal Board]",
    "[VIDEO EMBED: The mayor at the burned ferry – 02:10]", "[YouTube embed - Coastal Board briefing]",
])
def test_a_bracketed_graphics_label_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "[The board has since said the figure was 40.]", "[Note: the fares were revised on Friday after the board met the island mayors.]",
    "[Chart shows] the fares rose by a third, the board said.",
    "[Video embeds were removed from the site, the board said.]",
])
def test_bracketed_notes_and_sentences_stay_body(line):
    assert furniture_of(line) == []


def test_an_embedded_posts_text_over_its_signature_is_furniture():
    post = "We are all safe, thank God. Crossings resume on Monday for the sake of the islands."
    sig = "— Sami Nour (@snour) March 7, 2024"
    found = furniture_of(f"{post}\n{sig}")
    assert any(post in f for f in found)


def test_a_paragraph_a_blank_line_above_a_signature_stays_body():
    para = "The board posted a message on the evening of the fire, hours after the crew was rescued."
    sig = "— Sami Nour (@snour) March 7, 2024"
    assert all(para not in f for f in furniture_of(f"{para}\n\n{sig}"))


def test_paragraphs_over_a_signature_on_a_page_without_blank_lines_stay_body():
    paras = ["Ferry service to the islands resumed on Monday, the board said in a statement on its website.",
             "The board chairman said the crossings were safe and that the crews had been retrained after the fire.",
             "Passengers welcomed the news, though some said they would wait a week before travelling again."]
    sig = "— Sami Nour (@snour) March 7, 2024"
    found = [f.text for f in find_body("\n".join(["Ferry crossings resume", *paras, sig, "The last paragraph of the story."]) + "\n")[1]]
    assert not any(p in f for p in paras for f in found)


def _post_page(lines: list[str]) -> list[str]:
    """The lines of ``lines`` (a page with no blank lines between its paragraphs) that fall in furniture."""
    text = "\n".join(lines) + "\n"
    spans = find_body(text)[1]
    return [x for x in lines if any(f.start <= text.index(x) < f.end for f in spans)]


def test_post_over_signature_on_a_page_without_blank_lines_is_furniture():
    post = "The harbour will reopen when the crews are safe. Nobody should sail tonight."
    page = ["Ferry service suspended after engine fire", FERRY_LEAD_LINE,
            "The harbour master urged calm in a post on X and asked crews to stay ashore.", post,
            "— Sami Nour (@snour) 7 March 2024", FERRY_END_LINE]
    assert post in _post_page(page)


def test_reporting_line_over_signature_stays_body():
    report = "The harbour master wrote that the harbour would reopen when the crews were safe."
    page = ["Ferry service suspended after engine fire", FERRY_LEAD_LINE, report,
            "— Sami Nour (@snour) 7 March 2024", FERRY_END_LINE]
    assert report not in _post_page(page)


def test_post_inside_its_frame_is_furniture():
    post = "The harbour will reopen when the crews are safe. Nobody should sail tonight."
    page = ["Ferry service suspended after engine fire", FERRY_LEAD_LINE, "Skip Twitter post by @snour", post,
            "— Sami Nour (@snour) 7 March 2024", "End of Twitter post by @snour", FERRY_END_LINE]
    found = _post_page(page)
    assert {post, "— Sami Nour (@snour) 7 March 2024", "End of Twitter post by @snour"} <= set(found)
    assert FERRY_LEAD_LINE not in found


FERRY_LEAD_LINE = ("The coastal shipping board said on Thursday that all crossings to the northern islands were halted "
                   "after a fire broke out.")
FERRY_END_LINE = "The board expects the first crossings to resume on Monday if the inspections are completed, a spokeswoman said."
