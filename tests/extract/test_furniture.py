"""Page furniture and the body (``kadhimi_ds.extract.furniture``): the furniture lines of a page
and that nothing is proposed inside them, where the body starts (at the headline, under section
labels) and ends (before contributor notes, disclaimers and tag lists), and that a debris rule
needs debris evidence, so ordinary article lines stay body. All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

from helpers import ARTICLE, FERRY_END, FERRY_HEAD, FERRY_LEAD, FERRY_MID, ferry_body, ferry_furniture, furniture_of_line, run

HEAD = "Harbour crane collapses at eastern dock"
LEAD = "The harbour authority said on Tuesday that the main crane at the eastern dock collapsed during the storm."
TAIL = "Workers told reporters that the repairs would take several weeks and that two ships had been turned away."
END = "The last paragraph of the story says that the harbour expects to reopen fully on Wednesday, officials said."


def furniture_of(middle: str) -> list[str]:
    return furniture_of_line(middle, HEAD, [LEAD], [TAIL, END], body_starts=HEAD, body_ends="officials said.")


# --- a whole page ---------------------------------------------------------------------------------

def test_furniture_is_found_and_nothing_is_proposed_inside_it():
    draft = run(ARTICLE)
    kinds = {(f.kind, f.rule) for f in draft.furniture}
    assert any(kind == "credit_line" and f_rule.startswith("furniture_credit") for kind, f_rule in kinds)
    assert ("photo_caption", "furniture_photo_caption") in kinds
    assert ("related_link", "furniture_related_link") in kinds
    assert any(f.kind == "outside_body" and f.text.startswith("Share this:") and f.text.endswith("10:42 am")
               for f in draft.furniture)
    assert draft.body.text.startswith("Fire closes") and draft.body.text.endswith("told Reuters.")
    for item in [*draft.quotes, *draft.claims, *draft.numbers, *draft.mentions, *draft.dates]:
        assert not draft.in_furniture(item.start, item.end), item
    assert sorted((c.quantity, c.value) for c in draft.claims) == [("drones_launched", 2), ("killed", 14)]


def test_updated_stamp_and_captcha_only_at_the_end():
    text = "Updated at 9:00 am\nOmar Haddad said the port is open.\nThe docks were busy.\nLeave a Comment\n3 + 4 ="
    draft = run(text)
    assert draft.furniture[0].text == "Updated at 9:00 am"
    assert draft.body.text == "Omar Haddad said the port is open.\nThe docks were busy."


def test_embedded_post_and_dateline():
    text = ("Harbour news\nMarch 8, 2024 - 10:00\nThe docks reopened.\n"
            "Great day for the port pic.twitter.com/abc123\n— Port Authority (@port) March 8, 2024\nThe ferries ran.")
    draft = run(text)
    kinds = [(f.kind, f.text) for f in draft.furniture]
    assert ("dateline", "March 8, 2024 - 10:00") in kinds
    assert ("embedded_post", "Great day for the port pic.twitter.com/abc123\n— Port Authority (@port) March 8, 2024") in kinds


# --- a debris rule needs debris evidence ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Published figures show 12 ships were turned away last month.",
    "Posted on Facebook, the statement said 3 workers were hurt.",
    "Updated figures from the ministry put the number of damaged cranes at 4.",
    "Images, shared online, show the crane lying on its side.",
    "Video, which circulated widely, showed the crane falling.",
    "Media, including state television, reported that three workers were hurt.",
    "Reported by state media, the toll rose to five on Wednesday.",
    "Written by hand, the note warned of 3 more strikes.",
    "The minister weighed in: “This is unacceptable.”",
    'Union leader Sami Nour on: "We will strike again."',
    "The vote on the harbour budget was held on Sunday, October 10, 2021.",
    "Dockers return to work on Monday, March 8.",
    "The union plans a march on March 12.",
    "The ministry posted the full statement on its website, www.harbour.gov.fd.",
    "Sign up sheets for volunteers were posted at the gate.",
    "Background:", "Timeline:", "Reactions:",
    "Renad Haddad is a senior fellow at the Eastport Institute who studies the shipping trade.",
    "Crane Collapse Deepens Dispute Over Harbour Repairs",
])
def test_an_article_line_without_debris_evidence_stays_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", [
    "Workers look at the collapsed crane at the eastern dock in Eastport, Nov. 7, 2021.",
    "Live updates", "Show key events only", "Updated 8.15am", "Published: March 7, 2024",
    "BAGHDAD:", "Subscribe now", "admin in: Why the harbour matters?",
])
def test_debris_with_its_evidence_is_still_furniture(line):
    assert line in furniture_of(line)


# --- where the body starts and ends ---------------------------------------------------------------

def test_section_labels_above_the_headline_are_not_body():
    body, _, _ = find_body(f"World\nMiddle East\n\n{HEAD}\n\n{LEAD}\n\n{TAIL}\n")
    assert body.text.startswith(HEAD)


def test_a_short_headline_alone_is_still_the_body_start():
    body, _, _ = find_body(f"Crane Collapse Probe\n\n{LEAD}\n\n{TAIL}\n")
    assert body.text.startswith("Crane Collapse Probe")


def test_a_label_and_an_authors_name_under_the_headline_are_furniture():
    _, furniture, _ = find_body(f"{HEAD}\n\nOpinion\n\nLaila Haddad\n\n{LEAD}\n\n{TAIL}\n")
    assert {f.text: f.kind for f in furniture} == {"Opinion": "other", "Laila Haddad": "credit_line"}


@pytest.mark.parametrize("closing", [
    "Karim Nour in Westport contributed to this report.",
    "Jane Doe reported from Eastport. Sami Nour contributed reporting from Westport.",
    "The views expressed in this article are the author's own.",
    "Our Standards: The Harbour News Trust Principles.",
    "This article was originally published by the Harbour Courier.",
    "Tags\nEastport\nHarbours",
])
def test_notes_after_the_last_paragraph_are_not_body(closing):
    body, _, _ = find_body(f"{HEAD}\n\n{LEAD}\n\n{TAIL}\n\n{closing}\n")
    assert body.text.endswith("turned away.")


def test_an_author_note_before_a_disclaimer_is_not_body():
    text = f"{HEAD}\n\n{LEAD}\n\n{TAIL}\n\nLaila Haddad is a columnist.\n\nThe views expressed here are her own.\n"
    assert find_body(text)[0].text.endswith("turned away.")


def test_a_short_live_entry_after_an_update_stamp_is_body():
    text = (f"Harbour live: crane collapses\n\n{LEAD}\n\n{TAIL}\n\n"
            "Updated 8.15am\nResidents described hearing a loud crash overnight.\n")
    assert find_body(text)[0].text.endswith("crash overnight.")


@pytest.mark.parametrize("line", ["Updated 9:40 a.m. ET, Mon November 8, 2021", "Published 6:15 p.m. PT, Sunday March 10, 2024",
                                  "Updated 10:05 CT"])
def test_an_updated_stamp_with_a_us_time_zone_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", ["Published on March 9, 2024 at 4:05 pm (Northport time)", "Updated 10:05 (local time)"])
def test_an_updated_stamp_with_its_zone_named_in_brackets_is_furniture(line):
    assert line in furniture_of(line)


def test_a_published_sentence_with_a_bracket_stays_body():
    line = "Published on Monday (local time), the report says 40 ships were turned away."
    assert line not in furniture_of(line)


def test_a_sentence_led_by_published_stays_body():
    line = "Published figures from the port show that 40 ships, most of them tankers, were turned away on Monday."
    assert line not in furniture_of(line)


# --- a live blog's key-events box (F8 note) -----------------------------------------------------------

def _blog(box: str) -> list[str]:
    text = (f"Harbour crane collapses – live updates\n\nTue 5 Mar 2024 13.05 GMT\n\n{box}\n\n13.02 GMT\n{LEAD}\n\n"
            f"11.40 GMT\n{TAIL}\n\n10.15 GMT\n{END}\n")
    return [f.text for f in find_body(text)[1]]


def test_a_key_events_heading_over_summary_lines_is_body():
    found = _blog("Key events\nCrane at the eastern dock collapses in the storm\nTwo ships turned away from the port")
    assert "Key events" not in found and "13.02 GMT" in found


@pytest.mark.parametrize("box", [
    "Key events\n11.40 GMT\nTwo ships turned away\n10.15 GMT\nHarbour to reopen",
    "Key events",
    "Show key events only\nCrane at the eastern dock collapses in the storm",
])
def test_a_key_events_heading_over_times_or_alone_stays_furniture(box):
    assert box.split("\n")[0] in _blog(box)


@pytest.mark.parametrize("box", [
    "Key events\n13.02 Harbour crane collapses, two hurt\n11.40 Ships turned away",
    "13.02 Harbour crane collapses, two hurt\n10:15 Port to reopen on Wednesday",
    "Key events\n13.02 Harbour crane collapses, two hurt",
])
def test_key_event_links_repeating_the_entries_times_are_furniture(box):
    links = [line for line in box.split("\n") if line[0].isdigit()]
    found = "\n".join(_blog(box))
    assert all(link in found for link in links)


@pytest.mark.parametrize("box", [
    "09.30 Harbour crane collapses, two hurt\n08:15 Port to reopen on Wednesday",  # times of no entry
    "13.02 Harbour crane collapses, two hurt",  # alone, under no heading: an entry's own title line
    "13.02 The crane fell at dawn and two dockers were hurt, the harbour authority said.\n11.40 Ships wait.",
])
def test_timed_lines_that_repeat_no_entry_or_stand_alone_stay_body(box):
    found = "\n".join(_blog(box))
    assert not any(line in found for line in box.split("\n") if line[0].isdigit() and "Ships wait" not in line)


# --- lists under a teaser heading and a byline under the headline ----------------------------------

def test_a_numbered_teaser_list_ends_at_its_first_line_without_a_number():
    block = "Most read\n1. Ferry fares rise again\n2. Storm closes the northern route\n" + LEAD
    text = "\n".join([HEAD, TAIL, block, END]) + "\n"
    assert [f.text for f in find_body(text)[1]] == ["Most read\n1. Ferry fares rise again\n2. Storm closes the northern route"]


def test_unnumbered_teaser_titles_under_a_heading_are_related_links_even_with_a_full_stop():
    block = "Related\nThe crane was old. Now the dockers want answers.\nWho runs the harbour?"
    assert furniture_of(block) == [block]


def test_a_headline_over_an_agencys_bare_name_is_a_headline_over_its_byline():
    text = "\n".join([HEAD, "AFP", LEAD, TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith(HEAD) and [f.text for f in furniture] == ["AFP"]


def test_a_caption_over_an_agencys_bare_name_is_a_caption():
    caption = "Dockers wait at the gate of the eastern dock on Tuesday."
    assert furniture_of(caption + "\nAFP") == [caption + "\nAFP"]


@pytest.mark.parametrize("line", ["Story continues", "Article continues below", "Story continues after advertisement"])
def test_a_continue_marker_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "Watch: the crowd at the gate chanted for hours, witnesses said.",
    "Listen: “We will rebuild the crane,” the harbour master told reporters.",
    "Related: the storm came two days after the crane was inspected.",
    "Also in this issue: the board said it would publish the inspectors’ report in May.",
])
def test_a_teaser_label_before_a_reported_or_lower_case_sentence_stays_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["Related: Harbour master says the crane will be rebuilt",
                                  "Watch: Storm hits the eastern dock", "READ MORE: Ports reopen after the storm",
                                  "ALSO IN TODAY'S DIGEST: Fish prices reach highest level since 2019",
                                  "Also in this issue: Dockers elect a new union chief"])
def test_a_teaser_label_before_a_headline_is_a_related_link(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["The harbour master told reporters: «We will rebuild the crane before winter.»",
                                  "«The storm was the worst we have seen in twenty years.»"])
def test_a_line_closing_the_guillemets_it_opened_is_a_quotation_not_an_arrow(line):
    assert furniture_of(line) == []


def test_a_teaser_ending_in_a_guillemet_arrow_is_still_a_related_link():
    assert furniture_of("More on the storm »") == ["More on the storm »"]


def test_a_teaser_list_on_a_page_without_blank_lines_stops_at_a_reported_paragraph():
    text = "\n".join([HEAD, LEAD, "Related News", "Dockers strike at the western quay", "Storm season: what to expect",
                      "The port authority said in a statement that the crane would be replaced.", TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert [f.text for f in furniture] == ["Related News\nDockers strike at the western quay\nStorm season: what to expect"]
    assert body.text.endswith("officials said.")


def test_an_agencys_initials_under_the_last_paragraph_sign_the_story():
    text = "\n".join([HEAD, LEAD, TAIL, END, "WNA", "Tags: Port, Storm"]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.endswith("officials said.") and "WNA" not in body.text


def test_an_acronym_heading_inside_the_body_stays_body():
    text = "\n".join([HEAD, LEAD, "UN", TAIL, END]) + "\n"
    assert find_body(text)[1] == []


def test_capitalised_labels_after_the_last_paragraph_are_tags():
    text = "\n".join([HEAD, LEAD, TAIL, END, "Westland", "Harbour Board", "Sign up for the Coastal newsletter"]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.endswith("officials said.")


def test_a_sub_heading_between_paragraphs_is_no_tag():
    text = "\n".join([HEAD, LEAD, "Harbour Board", TAIL, END]) + "\n"
    body, furniture, _ = find_body(text)
    assert furniture == [] and body.text.endswith("officials said.")


def test_a_body_ending_without_a_full_stop_keeps_its_last_lines():
    text = "\n".join([HEAD, "The crane fell", "Harbour Board"]) + "\n"
    assert find_body(text)[1] == []


def test_a_teaser_label_before_a_quotation_and_its_speaker_stays_body():
    assert furniture_of("Listen: “The crane will be rebuilt,” dockers chanted at the gate.") == []
    assert furniture_of("Related: ‘The crane was old’, says harbour master") != []


@pytest.mark.parametrize("line", ["The mayor speaks on state television, March 7 [Coast State TV]",
                                  "Smoke over the strait [Screengrab Harbour 24]", "Crew on the quay at dawn [Harbour Channel]"])
def test_a_caption_closed_by_a_channels_bracketed_credit_is_furniture(line):
    from kadhimi_ds.extract.furniture import furniture_photo_caption
    assert furniture_photo_caption(line) == "photo_caption"


@pytest.mark.parametrize("line", ["“I told them on the air,” he said of the interview with [Coast TV].",
                                  "The board [of the harbour] meets on Monday", "He spoke to the [television] crew"])
def test_a_bracketed_insertion_is_no_channels_credit(line):
    from kadhimi_ds.extract.furniture import furniture_photo_caption
    assert furniture_photo_caption(line) is None


# --- comments closed on a live page; a teaser led by "ICYMI:" ---------------------------------------

@pytest.mark.parametrize("tail", ["Comments are closed for this live page.", "Comments are closed.", "Comments have been closed on this article",
                                  "COMMENTS ARE NOW CLOSED"])
def test_comments_closed_ends_the_body(tail):
    text = f"{ARTICLE}\n\nUpdated at 14:20 GMT\n{tail}\n"
    body, furniture, _ = find_body(text)
    assert tail not in body.text


@pytest.mark.parametrize("line", ["ICYMI: Our podcast on the ferry fire is live → listen here",
                                  "In case you missed it: Island mayors demand a new ferry contract"])
def test_a_teaser_led_by_icymi_is_furniture(line):
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("line", ["Comments are closed to the public until the inquiry ends, the board said.",
                                  "ICYMI: the fares rose by a third on Friday."])
def test_sentences_like_closed_comments_or_icymi_stay_body(line):
    assert line not in ferry_furniture(line)


# --- a compilation of wire dispatches: an end marker before a new dispatch closes one story only -----

_DISPATCH_ONE = ("Ferry sinks off Northport\nSource: Coast Wire| 2024-03-08 10:02:11|Editor: desk\n\n"
                 "NORTHPORT, March 8 (Coast Wire) -- A ferry sank off Northport on Friday, the coast guard said.\n\n"
                 "Divers searched the wreck until dusk and found the hull split along its keel.\n\nEnditem\n\n")
_DISPATCH_TWO = ("Westland mourns ferry victims\nSource: Coast Wire| 2024-03-08 16:40:09|Editor: desk\n\n"
                 "EASTPORT, March 8 (Coast Wire) -- Westland declared a day of mourning on Friday for the dead of the ferry.\n\n"
                 "Flags flew at half mast over the harbour office and the port authority building.\n\nEnditem\n")


def test_an_end_marker_before_another_dispatch_does_not_end_the_body():
    # the second marker stands in the second half of the text, where an end marker ends an article
    body, _, _ = find_body(_DISPATCH_ONE + _DISPATCH_TWO + _DISPATCH_TWO.replace("EASTPORT", "WESTPORT"))
    assert body.text.endswith("the port authority building.")
    assert body.text.count("Flags flew") == 2


def test_an_end_marker_with_no_dispatch_after_it_still_ends_the_body():
    # near miss: after the marker comes a reader's comment in article-like prose, with no wire dateline
    text = _DISPATCH_ONE.replace("Enditem", "Flags flew at half mast over the harbour office and the port building.\n\n"
                                 "Enditem") + "Jo from Eastport wrote that the ferry had been unsafe for years, really.\n"
    body, _, _ = find_body(text)
    assert body.text.endswith("the port building.")


# --- posts signed day-month-year, bracketed related links, author notes -----------------------------

@pytest.mark.parametrize("line", [
    "— Sami Nour (@snour) 7 March 2024",
    "[Related: What the crane inspectors found at the eastern dock]",
])
def test_signatures_and_bracketed_links_are_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "Related work on the crane was halted, the board said.",
    "Sami Nour, the harbour master, wrote on 7 March 2024 that the crane was unsafe.",
])
def test_sentences_like_signatures_or_links_stay_body(line):
    assert line not in furniture_of(line)


@pytest.mark.parametrize("closing", ["Dr. Sami al-Nour teaches maritime law at the University of Northport.",
                                     "Lea Brandt is the Harbour Courier’s shipping correspondent."])
def test_an_author_note_of_a_teacher_or_an_outlets_correspondent_is_not_body(closing):
    body, _, _ = find_body(f"{HEAD}\n\n{LEAD}\n\n{TAIL}\n\n{closing}\n")
    assert body.text.endswith("turned away.")


def test_a_last_paragraph_about_teaching_stays_body():
    last = "Sami Nour teaches crane safety at the harbour school, and he said the collapse could have been avoided."
    body, _, _ = find_body(f"{HEAD}\n\n{LEAD}\n\n{TAIL}\n\n{last}\n")
    assert body.text.endswith(last)


@pytest.mark.parametrize("line", ["Share this update", "Share this fact check", "Share This Entry"])
def test_a_share_button_naming_what_it_shares_is_furniture(line):
    assert ferry_furniture(line) == [line]


@pytest.mark.parametrize("line", ["Share this burden with the islands, the mayor told the dockers.",
                                  "“Share this with everyone,” the captain said as the ferry burned."])
def test_sentences_asking_to_share_stay_body(line):
    assert ferry_furniture(line) == []


@pytest.mark.parametrize("line", ["Link copied!", "Copied to clipboard", "NEXT WEEK: The men who mend the ferries."])
def test_a_share_button_message_and_a_programme_trailer_are_furniture(line):
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("line", ["The link was copied to every crew's phone.", "Next week: the board meets to decide on repairs.",
                                  "NEXT WEEK: the crossings were cancelled, the board said."])
def test_a_sentence_about_copying_or_next_week_stays_body(line):
    assert line not in ferry_furniture(line)


@pytest.mark.parametrize("line", [
    # a dateline alone on its line without a closing dash
    "NORTHPORT, Westland", "HARBOURTON", "Northport, Westland", "NORTHPORT, WESTLAND",
    # a place with its agency after a dash, alone on its line
    "Northport - WNA", "NORTHPORT — Reuters", "Northport / AFP",
    # a caption closed by a "Photo:" credit after its full stop
    "The harbour master (left) greets the ferry captain in Northport, May 2023. Photo: Westland Ports Authority",
    "A ferry waits at the quay in Northport. Image: Coastal Board",
    # a video caption led by its running time
    "01:15 | Footage shows smoke rising from the ferry in the strait on Thursday (Channel 4 Westland)",
    "3:02 · Video: passengers describe the evacuation",
    # a teaser led by "Up next:" / "Coming up:" / "Watch next:"
    "Up next: Island mayors demand a new ferry contract",
    "Coming up: The fishing fleet stays in port",
    # lines of tags or topics
    "Tags: ferry, Northport, strait, fire", "Topics: Shipping, Westland",
    # styles no held-out article shows yet
    "Follow us on Twitter and Facebook", "Download our app for breaking news alerts",
    "Copyright 2021 Coastal News Network", "Listen to this article", "Listen to this article · 4 min",
    "Loading...", "Loading…", "Image: Coastal Board", "Credit: Sami Nour/Coastal News",
    "Image credit: Coastal Board",
    "We use cookies to improve your experience on our site.",
    "Accept all cookies", "Comments (12)",
    # credit and stamp lines of other house styles
    "Sami Nour, Middle East correspondent", "Sami Nour/Coastal News", "— Sami Nour", "By WNA - Nov 7, 2021",
    "7 November 2021 · 3 min read",
    "A ferry burns in the strait on Thursday (Photo: Sami Nour)", "A ferry burns in the strait on Thursday. Getty Images",
    "Follow Coastal News on Twitter and Instagram.", "Follow us on Facebook, Twitter and Instagram to stay up to date.",
    "Download the Coastal News app for the latest updates.",
    # a place and an outlet named by its last word; a date and its place; "by:" with names in capitals
    "Northport – Coastal Daily Post", "NORTHPORT - Westland News Agency",
    "Tuesday, 9 March 2024 - Northport", "March 9, 2024 | NORTHPORT", "9 March 2024 – Northport",
    "by: SAMI NOUR and LEA BRANDT, Coastal News", "By: Sami Nour", "by: Sami al-Nour, Westland Press",
])
def test_a_debris_line_is_furniture(line):
    assert line in ferry_furniture(line)


@pytest.mark.parametrize("heading", ["Most watched", "Most shared", "Trending now", "Most popular"])
def test_a_list_of_headlines_under_a_popularity_heading_is_furniture(heading):
    text = (f"{FERRY_HEAD}\n\n{FERRY_LEAD}\n\n{FERRY_MID}\n\n{FERRY_END}\n\n{heading}\nIsland mayors demand a new ferry contract\n"
            "Fishing fleet stays in port as storm nears\n")
    body, furniture, _ = find_body(text)
    assert body.text.endswith("a spokeswoman said.")


@pytest.mark.parametrize("tail", [
    "Most popular\n\n1. Island mayors demand a new ferry contract\n\n2. Fishing fleet stays in port as storm nears",
    "More from Coastal News:\n\nIsland mayors demand a new ferry contract",
    "More on this topic\n\nIsland mayors demand a new ferry contract\n\nFishing fleet stays in port as storm nears",
    "Island Mayors Demand a New Ferry Contract",
])
def test_other_stories_after_the_last_paragraph_are_not_body(tail):
    assert ferry_body(tail).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Northport, the largest port in Westland, handles most of the island traffic.",
    "Up next for the board is a review of the older vessels, officials said.",
    "Tags on the cargo showed it had come from the south.",
    "Loading of the cargo stopped at noon.",
    "The end of the season came early for the fishing fleet this year.",
    "Follow-up inspections are planned for next week, the board said.",
    "Coming up with a new timetable will take weeks, the board said.",
    "Northport – a port that never sleeps",
    "By: the board's own count, nine ferries are idle.",
    "Tuesday, 9 March 2024 - Northport voted to close the quay.",
])
def test_article_lines_like_debris_stay_body(line):
    assert ferry_furniture(line) == []


def test_a_standfirst_under_the_headline_stays_body():
    text = (f"{FERRY_HEAD}\n\nThe board blames the older vessels, and islanders are paying for it\n\n{FERRY_LEAD}\n\n{FERRY_MID}\n\n{FERRY_END}\n")
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Ferry service") and not furniture


@pytest.mark.parametrize("last", ["No one was hurt.", "The board declined to comment.", "Crossings resume on Monday."])
def test_a_short_one_sentence_last_paragraph_stays_body(last):
    assert ferry_body(last).endswith(last)


def test_a_short_last_paragraph_before_a_credit_stays_body():
    text = f"{FERRY_HEAD}\n\n{FERRY_LEAD}\n\n{FERRY_MID}\n\n{FERRY_END}\n\nThe board declined to comment.\n\nThe Associated Press contributed to this report.\n"
    body, _, _ = find_body(text)
    assert body.text.endswith("The board declined to comment.")


def test_live_blog_timestamps_are_furniture_and_entries_body():
    text = (f"{FERRY_HEAD}\n\n{FERRY_LEAD}\n\n10:42\n\nThe coast guard said two crew members were treated for smoke inhalation.\n\n"
            f"09:15 GMT\n\nThe first reports of smoke came from passengers on the upper deck.\n\n{FERRY_MID}\n\n{FERRY_END}\n")
    body, furniture, paragraphs = find_body(text)
    texts = [f.text for f in furniture]
    assert "10:42" in texts and "09:15 GMT" in texts
    assert body.text.endswith("a spokeswoman said.")
    assert any(text[s:e].startswith("The coast guard said two") for s, e in paragraphs)


@pytest.mark.parametrize("line", [
    "Still ahead: Fishermen count the cost of the strike. Stay with us.",
    "Share this post on Twitter. Share this post on Facebook.",
    "Enditem", "End item",
])
def test_broadcast_teasers_share_rows_and_wire_end_markers_are_furniture(line):
    assert ferry_furniture(line) == [line]


@pytest.mark.parametrize("line", [
    "THE HARBOUR REVIEW — Politics · Trade · Analysis", "Home  World  Shipping  Sport  Weather", "News • Westland • Ports",
])
def test_a_navigation_row_above_the_headline_is_outside_the_body(line):
    body, _, _ = find_body("\n".join([line, FERRY_HEAD, FERRY_LEAD, FERRY_MID, FERRY_END]) + "\n")
    assert body.text.startswith(FERRY_HEAD)


@pytest.mark.parametrize("line", [
    "Northport — a harbour in decline", "Ferries, fares and fuel: what changes",
    "Why the board waited  and what it knew",
])
def test_sub_headings_with_a_dash_or_wide_spaces_are_no_navigation_rows(line):
    assert ferry_furniture(line) == []


@pytest.mark.parametrize("after", [
    ("This interview has been edited for length and clarity.",),
    ("Sami Nour in Northport contributed to this report.",
     "Correction: An earlier version of this story misstated the ferry’s age. It is 31 years old."),
    ("Lea al-Brandt is a Northport-born maritime analyst and former harbour pilot.",),
    ("Notes", "[1] Shipping board statement, March 7, 2024.", "[2] Interview with the harbour master, Northport."),
])
def test_notes_after_the_last_paragraph_are_outside_the_body(after):
    assert ferry_body(*after).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "Staff Writer", "Our correspondent", "Westland correspondent", "Northport bureau", "Senior reporter",
    "From our correspondent",
    "Host: Sami Nour", "Guests: Lea Brandt and Omar al-Said", "Northport (WNA)", "EASTPORT, Westland (AFP)",
    "2024-03-07T09:41:00Z", "2024-03-07 09:41+03:00",
    "The mayor greets the crew on the quay | Photo: Port Office",
])
def test_roles_casts_bracketed_datelines_and_piped_credits_are_furniture(line):
    assert ferry_furniture(line) == [line]


@pytest.mark.parametrize("line", [
    "The correspondent was on board when the fire started.",
    "HOST: Good morning, and welcome back.",
    "Northport (population 40,000) depends on the ferry.",
    "The mayor met the crew | a meeting that lasted an hour.",
    # a section heading naming the staff after a preposition
    "FROM OUR REPORTERS", "From our correspondents", "With our reporters",
])
def test_sentences_with_roles_places_and_bars_stay_body(line):
    assert ferry_furniture(line) == []
