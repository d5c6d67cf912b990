"""Web debris inside a body (``kadhimi_ds.extract.debris``), by line features, in several house
styles: captions with credits or dates, teasers, embeds, widgets, prompts, bylines, datelines,
copyright lines, breadcrumbs, author notes; article lines that look a little like it stay body.
All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract, find_body

from helpers import ferry_body, furniture_of_line

LEAD = "The harbour authority said on Tuesday that the main crane at the eastern dock was badly damaged in the storm."
TAIL = "Workers told reporters that the repairs would take several weeks and that two ships had been turned away."
END = "The last paragraph of the story says that the port expects to reopen fully on Wednesday, officials said."

REOPENING_LEAD = "The harbour reopened on Tuesday after a week of repairs, the ports authority said in a statement."
REOPENING_TAIL = "Officials said the cranes had been inspected and that ships would dock again from Wednesday morning."


def furniture_of(middle: str) -> list[str]:
    return furniture_of_line(middle, "Port crane damaged in overnight storm", [LEAD], [TAIL, END],
                             body_starts="Port crane", body_ends="officials said.")


def reopening_furniture(middle: str) -> list[str]:
    return furniture_of_line(middle, "Harbour reopens after repairs", [REOPENING_LEAD], [REOPENING_TAIL])


# --- debris lines of many house styles ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "A worker inspects the damaged crane at the port in Eastport on March 7, 2024.",
    "Dockers walk past the damaged crane, 7 March 2024.",
    "A worker inspects the damaged crane in Eastport, Tuesday, March 7, 2024. (AP Photo/Sami Nour)",
    "A crane is seen at the port in Eastport on March 7. REUTERS/Omar Said",
    "Riot police stand guard near the gate in Eastport November 5, 2021. REUTERS/Omar Said/File Photo",
    "Dockers gather at the gate (Laila Haddad/AFP via Getty Images)",
    "Get the latest news delivered to your inbox",
    "Subscribe to our newsletter for the latest news from the region.",
    "Subscribe to receive the Harbour Post Digest by email every morning",
    "View this post on Instagram", "Skip Twitter post, 1", "Key event", "Just now", "Pinned post",
    "Twitter post by @HarbourNews: This content cannot be displayed. View original on twitter.com",
    "Skip Instagram post by @port_office",
    "EASTPORT, Freedonia (AP) —", "Sun 7 Nov 2021 10.32 GMT", "November 7, 2021 at 10:32 a.m.",
    "(c) 2024 Harbour News", "Copyright © 2024 Harbour News",
    "By Jane Doe | March 7, 2024", "By Jane Doe in Eastport", "By JANE DOE",
    "Reporting by Jane Doe in Eastport; Writing by John Smith; Editing by Mark Hill",
    "Read: The full statement of the ports ministry", "More on Freedonia", "Related coverage", "Recommended for you",
    "[Embedded tweet]", "[Video]", "[Instagram post]", "An error occurred. Please try again.", "HTML Image as link",
    "Advertisement", "ADVERTISEMENT", "Share on WhatsApp",
    "The port will stay shut, the minister wrote. https://t.co/Ab12Cd34Ef",
])
def test_a_debris_line_of_another_house_style_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    "(AFP)", "(Getty Images)", "Getty Images", "AFP via Getty Images", "Photo: Laila Haddad", "Photograph: Omar Said/Reuters",
    "Image caption, Cranes at the harbour", "Image source, Getty Images",
    "A crane lifts a container at the harbour on November 3, 2021.",
    "Workers repair the pier in Portville, Tuesday, Nov. 2, 2021. (Sami Nour / AP)",
    "Dockers wait at the gate (Reuters)",
    "Story continues below", "Advertisement", "Article continues after this advertisement", "3 min read",
    "Sign up for our newsletter", "Follow us on Telegram", "Join our WhatsApp channel", "Share on Facebook",
    "Listen to this article", "[Twitter embed]", "[Image: the pier at night]", "Refresh this page for the latest updates.",
    "We use cookies to improve your experience on our site.", "Accept all cookies",
    "Copyright 2021 The Daily Courier. All rights reserved.", "© 2021 Harbour News",
    "Written by Laila Haddad", "(Reporting by Sami Nour; Editing by Omar Said)", "With agencies",
    "Most popular", "Trending now", "More stories", "Editor's picks", "Don't miss",
    "10:32 GMT", "2 hours ago",
])
def test_a_debris_line_inside_the_body_is_furniture(line):
    assert line in reopening_furniture(line)


BODY = "Port hit by drones\n\nThe port was hit by two drones on Sunday, officials said, and work stopped for a day.\n\n"


def _kinds(text: str) -> dict[str, str]:
    _, furniture, _ = find_body(text)
    return {f.text: f.kind for f in furniture}


def test_bylines_datelines_captions_and_teasers_inside_a_body_are_furniture():
    text = (BODY + "By Rana Aziz and Omar Fadel, Harbour News\n\nBASRA —\n\n"
            "Workers clear debris at the port in Basra on November 7, 2021. (Ali Saeed/AFP)\n\n"
            + BODY[20:] + "Read more: Port strike talks resume →\n\nAlso read\nFerry Line Cuts Routes\nDock fees rise again\n\n"
            + BODY[20:] + "Rana Aziz, Reuters\n\n" + BODY[20:])
    kinds = _kinds(text)
    assert kinds["By Rana Aziz and Omar Fadel, Harbour News"] == "credit_line"
    assert kinds["BASRA —"] == "dateline"
    assert kinds["Workers clear debris at the port in Basra on November 7, 2021. (Ali Saeed/AFP)"] == "photo_caption"
    assert kinds["Read more: Port strike talks resume →"] == "related_link"
    assert kinds["Also read\nFerry Line Cuts Routes\nDock fees rise again"] == "related_link"
    assert kinds["Rana Aziz, Reuters"] == "credit_line"


def test_an_article_sentence_with_a_credit_but_no_date_keeps_its_words():
    _, furniture, paragraphs = find_body(BODY + "The minister toured the port after the attack. (Ali Saeed / AP)\n\n" + BODY[20:])
    assert [f.text for f in furniture] == ["(Ali Saeed / AP)"]


def test_web_debris_inside_the_body_is_furniture():
    lines = ["A long first paragraph of the article says what happened at the port on Monday morning, officials said.",
             "The minister visited the docks on Tuesday and met the workers there. (Sara Lane / AP)",
             "The minister inspects a damaged crane at the port, March 7, 2024.",
             "[Embedded content]",
             "An error occurred. Please try again.",
             "Share this article",
             "The second long paragraph goes on with what the workers told the minister about the damage.",
             "A third paragraph closes the story with more words about the port and the ships that were hit.",
             "Leave a comment"]
    text = "\n\n".join(lines)
    body, furniture, paragraphs = find_body(text)
    assert body.text.startswith("A long first") and body.text.endswith("ships that were hit.")
    kinds = {f.text: f.kind for f in furniture}
    assert kinds["(Sara Lane / AP)"] == "photo_caption"
    assert kinds[lines[2]] == "photo_caption" and kinds["[Embedded content]"] == "embedded_post"
    assert lines[4] in kinds and lines[5] in kinds
    assert not any(text[a:b].endswith("AP)") for a, b in paragraphs)


# --- teasers --------------------------------------------------------------------------------------

def test_a_list_of_teaser_headlines_is_furniture():
    lines = "Port Workers Strike Over Pay\nFerry Service Resumes After Storm"
    assert "\n".join(reopening_furniture(lines)) == lines


def test_a_teaser_headline_with_its_standfirst_is_furniture():
    block = "Mayor quits over budget row\nThe mayor of Eastport said on Friday he would step down."
    assert reopening_furniture(block) == [block]


def test_a_title_case_teaser_line_alone_is_furniture():
    assert reopening_furniture("Ferry Company Cuts Routes Amid Fuel Shortage") != []


# --- before the headline and after the last paragraph ---------------------------------------------

def test_a_breadcrumb_before_the_headline_is_not_body():
    text = f"Home > World > Freedonia\n\nPort crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Port crane")


def test_an_author_note_after_the_last_paragraph_is_not_body():
    text = f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n\nJane Doe is a writer on shipping and trade.\n"
    body, _, _ = find_body(text)
    assert body.text.endswith("turned away.")


def test_a_social_link_in_the_second_half_does_not_end_the_article():
    text = (f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n\n"
            "Dock closed until further notice https://t.co/Xy12Zz pic\n\n{END}\n").replace("{END}", END)
    body, _, _ = find_body(text)
    assert body.text.endswith("officials said.")


# --- article lines that look like debris ----------------------------------------------------------

def test_a_paragraph_initial_dateline_stays_body():
    """Codebook F8: a dateline is furniture only alone on its line; coders link "(Reuters)" in it."""
    text = f"Harbour reopens\n\nPORTVILLE, Nov 2 (Reuters) - {REOPENING_LEAD}\n\n{REOPENING_TAIL}\n"
    assert find_body(text)[1] == []
    assert "PORTVILLE, Nov 2 (Reuters) -" in reopening_furniture("PORTVILLE, Nov 2 (Reuters) -")


@pytest.mark.parametrize("line", [
    "The ferry sank.",
    '"We will rebuild the pier," the mayor said.',
    "Officials said the pier was hit on November 3, 2021.",
    "Dockers Union leaders said they would strike.",
    "Why the harbour matters",
    "Haddad, who was unharmed, chaired a meeting of the council hours after the fire.",
    "Follow-up talks are set for Monday, the ministry said.",
    "Sign-ups for the evacuation reached 300, officials said.",
    "Share prices fell by 3 percent on Tuesday.",
    "The cookies were handed out to children at the gate.",
    "Instagram post by the mayor showed him at the quay on Monday.",
    "Pinned posts on the union's channel praised the strike, dockers said.",
])
def test_hard_negatives_stay_body(line):
    assert reopening_furniture(line) == []


def test_the_heading_of_a_live_blog_entry_stays_body():
    block = "10:30 GMT - Ministry gives details\nThe ministry said two drones were shot down."
    assert reopening_furniture(block) == []


@pytest.mark.parametrize("line", [
    "The strike began on 3 March 2024.",
    "Officials said the crane was damaged on March 7, 2024.",
    "Opinion: The storm was a warning, not an accident",
    "Live: Storm hits the port of Eastport",
    "2021 was a bad year for the port, the minister said in a statement on Monday.",
    "Jane Doe, a dock worker, said the crane had swayed for an hour before it fell.",
    "Islanders who subscribe to the ferry alerts by email were told of the closure at dawn.",
])
def test_article_lines_that_look_like_debris_stay_body(line):
    assert furniture_of(line) == []


def test_nothing_is_proposed_inside_a_caption_or_credit():
    text = (f"Port crane damaged in overnight storm\n\n{LEAD}\n\n"
            "Two workers inspect the damaged crane at the port in Eastport on March 7, 2024. (AP Photo/Sami Nour)\n\n"
            f"{TAIL}\n")
    d = extract(text)
    cap = text.index("Two workers")
    assert not any(cap <= c.start < cap + 120 for c in d.claims)


@pytest.mark.parametrize("line", ["— AFP", "– Agencies", "The Associated Press", "Agence France-Presse", "Reuters staff",
                                  "With The Associated Press", "Kyodo"])
def test_an_agency_named_alone_is_a_credit(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "The Associated Press could not confirm the toll independently.",
    "Reuters staff in the port saw three cranes down.",
    "Agency reporters were kept away from the docks.",
])
def test_sentences_naming_an_agency_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["This is a developing story.", "Developing story", "This story will be updated.",
                                  "This article is more than 2 years old", "This story is part of our series on the ports"])
def test_a_notice_about_the_story_itself_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["The story is developing faster than the board expected, officials said.",
                                  "This is a story about a crane that should never have been used."])
def test_sentences_about_a_story_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("line", ["THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
                                  "This is a computer-generated transcript.", "Transcripts are produced on a tight deadline."])
def test_a_transcripts_notice_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Cranes lie on the quay after the storm. (WNA Photo)", "(WNA Photo)", "— With files from The Associated Press",
                                  "With inputs from agencies", "With reporting from Coastal News and Reuters"])
def test_agency_photo_credits_and_files_credits_are_furniture(line):
    assert furniture_of(line) == [line]


def test_a_sentence_about_files_stays_body():
    assert furniture_of("With files from the ministry, the inquiry found the crane was overloaded.") == []


# --- syndication credits, wire credit lines and syndicated-feed notes --------------------------------

@pytest.mark.parametrize("line", [
    "(With inputs from AFP, Reuters and WNA)", "(With inputs from AFP, Reuters, WNA)", "With input from Reuters, AFP",
    "(With additional inputs from agencies)", "Inputs from agencies", "(Inputs from PTI, IANS)", "— with agency inputs",
    "(With agency inputs)", "With wire inputs", "(With AFP and Reuters inputs)", "(With inputs from the Associated Press)",
    "— With files from Coastal News and The Associated Press", "(With reporting from Coastal News)",
    # wire credit lines of many shapes
    "(Reporting and writing by Sami Nour; Editing by Lea Brandt)", "(Editing by Lea Brandt)",
    "(Reporting by Sami Nour in Northport and Lea Brandt in Eastport; additional reporting by Omar Said; writing by Tom Brewer;"
    " editing by Jane Roe)", "(Reporting by Sami Nour, Lea Brandt; Writing by Omar Said; Editing by Jane Roe, Tom Brewer)",
    "(Reporting by Sami Nour; Editing by Lea Brandt) ((sami.nour@example.com; +44 20 7542 1234))",
    "(Compiled by the Northport newsroom; Editing by Lea Brandt)", "(Writing by Omar Said; Editing by Jane Roe)",
    "(Reporting by the Northport and Eastport newsrooms; Writing by Omar Said; Editing by Jane Roe)",
    "(Reporting by the Westland bureaus; Editing by Lea Brandt)",
    # a syndicated feed's note
    "This story has not been edited by Coastal News staff and is published from a syndicated agency feed.",
    "(Only the headline of this report may have been reworked by Coastal News staff; the rest of the content is auto-generated"
    " from a syndicated feed.)", "This article is auto-generated from a syndicated news agency feed.",
])
def test_syndication_and_wire_credits_are_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", [
    "With inputs from Reuters, the desk rewrote the story of the ferry fire.",
    "Inputs from Northport and Eastport show a rise in crossings this year.",
    "With agency help, the crew reached the quay before dawn.",
    "(With Westland and Eastland support)", "(with the board’s approval)",
    "Writing by hand, the captain kept a log of the fire.",
    "Reporting by state media put the number of injured at 14.", "Reporting by the state media was slow on Monday.",
    "(Reporting by the Northport newsrooms was slow on Monday, the board said.)",
    "The story was not edited by the board, which said it had been published from a wire feed.",
    "The board said the headline may have been changed by the editors.",
])
def test_article_lines_like_syndication_credits_stay_body(line):
    assert furniture_of(line) == []


def test_repeated_syndication_credits_are_furniture_and_the_feed_note_closes_the_body():
    credit = "(With inputs from AFP, Reuters and WNA)"
    text = "\n\n".join(["Ferry burns in the strait", "The board said all crossings were halted after the fire broke out on Monday.",
                        credit, "Inspectors said the engine room had not been serviced for more than a year.", credit,
                        "The first crossings may resume on Friday, a spokeswoman said.", credit,
                        "This story has not been edited by Coastal News staff and is published from a syndicated agency feed."]) + "\n"
    body, furniture, _ = find_body(text)
    assert body.text.endswith("a spokeswoman said.")
    assert [f.text for f in furniture if f.kind == "credit_line"] == [credit, credit]


@pytest.mark.parametrize("line", ["Reporting by the Northport newsroom", "Editing by Lea Brandt", "Writing by Omar Said"])
def test_a_credit_cue_before_a_capitalised_name_is_a_credit_line(line):
    from kadhimi_ds.extract.furniture import furniture_credit_line
    assert furniture_credit_line(line) == "credit_line"


# --- a transcript's note on how it was made ----------------------------------------------------------

@pytest.mark.parametrize("line", ["This transcript was generated automatically and edited for clarity. It may contain errors.",
                                  "This transcript has been machine-generated and may differ from the broadcast.",
                                  "Transcripts are produced on a rush deadline."])
def test_a_transcripts_note_on_how_it_was_made_is_furniture(line):
    from kadhimi_ds.extract.debris import furniture_disclaimer
    assert furniture_disclaimer(line) == "credit_line"


@pytest.mark.parametrize("line", ["The transcript was generated by the port’s own recorder, the inquiry heard.",
                                  "This transcription of the captain’s log was read out in court.",
                                  "Court transcripts were produced on Monday, lawyers said."])
def test_sentences_about_a_transcript_are_no_note(line):
    from kadhimi_ds.extract.debris import furniture_disclaimer
    assert furniture_disclaimer(line) is None


def test_a_transcripts_note_above_the_transcript_is_furniture_and_the_transcript_body():
    note = "This transcript was generated automatically and edited for clarity. It may contain errors."
    text = "\n\n".join(["Ferry burns in the strait", "The board said all crossings were halted after the fire broke out on Monday.",
                        note, "HOST: What happened on the quay?", "SAMI NOUR: The fire started in the engine room, the crew said.",
                        "HOST: And the passengers?", "SAMI NOUR: All of them were taken off safely before dawn, officials said."]) + "\n"
    body, furniture, _ = find_body(text)
    assert [f.text for f in furniture] == [note]
    assert body.text.endswith("before dawn, officials said.")


# --- a summary box's heading under the headline ------------------------------------------------------

@pytest.mark.parametrize("word", ["Summary", "Highlights", "Takeaways"])
def test_a_word_heading_a_summary_box_under_the_headline_is_body(word):
    box = (f"{word}\nThe harbour crane was badly damaged in the storm on Tuesday night\nTwo ships were turned away"
           "\nRepairs will take \"several weeks\"")
    body, furniture, _ = find_body(f"Storm wrecks harbour crane\n\n{box}\n\n{LEAD}\n\n{TAIL}\n")
    assert body.text.startswith("Storm wrecks") and furniture == []


@pytest.mark.parametrize("word", ["Opinion", "Analysis", "Exclusive"])
def test_a_one_word_label_under_the_headline_stays_furniture(word):
    _, furniture, _ = find_body(f"Storm wrecks harbour crane\n\n{word}\n\n{LEAD}\n\n{TAIL}\n")
    assert [f.text for f in furniture] == [word]


@pytest.mark.parametrize("closing", [
    "Channel 4's Sami Nour contributed to this report.",
    "The Harbour Hour is produced by Sami Nour and Lea Brandt. Our theme music is by Tide. Copyright © 2024. All rights reserved.",
    "Correction: An earlier version of this story gave the wrong date for the inspection. It was Tuesday.",
])
def test_notes_closing_a_page_are_not_body(closing):
    body = find_body("\n\n".join([LEAD, TAIL, END, closing]) + "\n")[0].text
    assert body.endswith("officials said.")


@pytest.mark.parametrize("line", [
    "Sami Nour's brother contributed the boat, officials said.",
    "The crane was produced by a firm in Eastport. Copyright of its design is disputed.",
    "Correction of the timetable took two days, the board said.",
])
def test_article_lines_like_closing_notes_stay_body(line):
    body = find_body("\n\n".join([LEAD, line, TAIL, END]) + "\n")[0].text
    assert line in body and body.endswith("officials said.")


# --- captions closed by a house credit, frames of embedded posts, agencies as contributors -----------

@pytest.mark.parametrize("line", [
    "The harbour master speaks to reporters at the eastern dock in Northport, March 7, 2024. (Pool photo)",
    "Supporters of port-backed unions march near the eastern dock in Northport, March 5, 2024. (Reuters Photo)",
    "End of Twitter post by @snour",
])
def test_a_caption_with_a_house_credit_or_a_post_frame_is_furniture(line):
    assert line in furniture_of(line)


@pytest.mark.parametrize("line", [
    # an article sentence closed by a bracket, or one whose compound participle follows a past tense
    "The harbour master spoke to reporters at the eastern dock on March 7, 2024. (Pool photo)",
    "The board said the crane was hit by union-backed protesters on March 5, 2024 (photo).",
    "The end of the Twitter post by the board was deleted within an hour.",
])
def test_sentences_like_captions_or_post_frames_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("closing", ["The Associated Press and Reuters contributed to this report.",
                                     "Sami Nour in Westport and AFP contributed to this report."])
def test_agencies_among_contributors_close_the_body(closing):
    body, _, _ = find_body(f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n\n{END}\n\n{closing}\n")
    assert body.text.endswith("officials said.")


def test_a_sentence_about_what_agencies_reported_stays_body():
    last = "The Associated Press and Reuters reported that two ships had been turned away on Tuesday."
    body, _, _ = find_body(f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n\n{last}\n")
    assert body.text.endswith(last)


@pytest.mark.parametrize("closing", ["AFP writer Sami Nour in Westport, Eastland, contributed to this report.",
                                     "Associated Press writer Lea Brandt in Northport, Coastal Union, contributed to this report.",
                                     "*Writing by Omar Said Kaya", "*Reporting by Sami Nour; Editing by Lea Brandt"])
def test_contributors_with_a_region_or_a_starred_credit_close_the_body(closing):
    body, _, _ = find_body(f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n\n{END}\n\n{closing}\n")
    assert body.text.endswith("officials said.")


@pytest.mark.parametrize("last", ["Sami Nour, who contributed to this report, said the quay stayed shut.",
                                  "*Writing by hand, the clerks logged every ship that night, officials said."])
def test_sentences_about_contributors_or_writing_stay_body(last):
    body, _, _ = find_body(f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{TAIL}\n\n{last}\n")
    assert body.text.endswith(last)


@pytest.mark.parametrize("line", ["Posted by sami_k", "Written by @port.watcher", "Posted by harbour99"])
def test_a_post_signed_by_a_user_name_is_furniture(line):
    assert furniture_of(line) == [line]


@pytest.mark.parametrize("line", ["Posted by hackers overnight, the video shows the quay.", "Posted by the port office.",
                                  "Written by hand"])
def test_sentences_led_by_posted_by_stay_body(line):
    assert furniture_of(line) == []


@pytest.mark.parametrize("closing", [
    "The Associated Press contributed to this report.",
    "The Associated Press contributed reporting.",
    "Reuters contributed to this report.",
    "Associated Press writer Sami Nour in Northport contributed to this report.",
    "This story has been updated.",
    "This story has been updated with comments from the shipping board.",
    "Copyright 2021 The Associated Press. All rights reserved.",
    "Follow us on Twitter @coastalnews",
    "Download our app",
])
def test_notes_after_the_last_paragraph_are_not_body(closing):
    assert ferry_body(closing).endswith("a spokeswoman said.")
