"""Credits, captions, source lines, separators and notes of wire reprints and monitoring digests
(``kadhimi_ds.extract.debris``, ``notes``, ``story_ends``, ``furniture``), and article lines that resemble them but
stay body. All lines written for these tests."""
from __future__ import annotations

import pytest

from helpers import ferry_body, ferry_furniture as furniture_of



@pytest.mark.parametrize("line", [
    # bracketed photo credits alone on their line
    "(AP Photo/Sami Nour)", "(Reuters Photo/Lea Brandt)", "(Northport Harbour Office via AP)",
    "(Handout photo from the Westland Coast Guard via Reuters)", "(Sami Nour/picture alliance via Getty Images)",
    "(Photo by Lea Brandt/AFP via Getty Images)", "[Sami Nour/EPA]",
    # monitoring source lines, bracketed or bare
    "(Source: Westland TV, Northport, in Westish 0900 gmt 7 Mar 24)",
    "[Source: Harbour Radio website, Eastport, in English 1210 gmt 8 Mar 24]",
    "Source: Coastal FM, Northport, in Westish 1400 gmt 7 Mar 24",
    "(Island News Telegram channel, in Westish and English 0745 gmt 7 Mar 24)",
    "(Sources: Reuters, AFP)",
    # separators
    "___", "* * *", "— — —", "---", "=====", "• • •", "~~~",
    # one-sentence editor's notes on the page
    "Editor’s note: This story has been updated with comments from the harbour master.",
    "EDITOR'S NOTE — This article contains images some readers may find distressing.",
    # a wire caption closed by place and full date, whatever its tenses
    "In this photo provided by the Westland Coast Guard, crew members inspect the ferry after it was towed to Northport, "
    "Westland, Thursday, March 7, 2024.",
    "Passengers who were rescued wait on the quay in Eastport, Westland, Friday, March 8, 2024.",
    # share, comment and consent widgets
    "Email this story", "Share via Email", "Print this page", "Save for later", "View 5 comments", "Jump to comments",
    "Read all comments",
    "By clicking “Accept”, you agree to the storing of cookies on your device.",
])
def test_credit_source_separator_and_note_lines_are_furniture(line):
    assert furniture_of(line) == [line]


def test_a_caption_above_its_credit_line_is_furniture_with_it():
    caption = "The harbour master speaks to the crew of the ferry after it was towed into port."
    credit = "(Westland Coast Guard via AP)"
    assert furniture_of(caption + "\n" + credit) == [caption + "\n" + credit]


@pytest.mark.parametrize("line", [
    "Associated Press writers Lina Haddad in Eastport and Tom Brewer in Northport contributed to this report.",
    "Associated Press writer Tom Brewer in Northport contributed.",
    "Contributed by Sami Nour.",
    "Additional reporting contributed by Sami Nour in Northport.",
])
def test_a_contributor_line_after_a_separator_ends_the_body(line):
    assert ferry_body("___", line, "___", "Follow our coverage at https://example.org/ferries").endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    # an article sentence that mentions a photo, a credit or a source
    "Photos posted online showed smoke rising from the stern of the ferry.",
    "The picture, released by the coast guard, showed the burned engine room.",
    "A photographer for AP was hurt by debris, the agency said.",
    "“We will not sail again until it is fixed,” the captain told reporters. (AP)",
    "The source, who asked not to be named, said the engine had failed twice.",
    "Sources: two officials said the fire started in the galley.",
    "In this photo, the captain looks tired, but he said the crew was safe.",
    # an attributed sentence closed by a place and date, and a sentence about a note
    "Officials said the ferry sank in Northport, Westland, Thursday, March 7, 2024.",
    "Editor's note aside, the paper stood by its report on the fire.",
    # a bracketed editor's note in a digest is its text; so is a parenthesis ending in "via AP."
    "[The shipping board has said one crew member died and 25 people were hurt in the fire.]",
    "(The board later released the video via AP.)",
    # a correction restates facts
    "Editor’s note: An earlier version of this story said two ferries burned. Only one did. The text has been corrected.",
    "Editor’s note: An earlier version of this story misstated the captain’s name.",
    # words of a sentence that start like a widget
    "Save the Children said two children were among the passengers.",
    "Print media in Westland reported the fire on Friday.",
])
def test_article_lines_like_credits_and_notes_stay_body(line):
    assert furniture_of(line) == []


# --- desks joined by slashes, an editor's credit after a colon, a site's note on outside links -------

@pytest.mark.parametrize("line", ["WNA/wires", "— AFP/Reuters/AP", "Reuters/AFP", "HPN/agencies", "Edited by: S. N.",
                                  "Edited by: Sami Nour", "The Coastal News is not responsible for the content of external sites."])
def test_closing_desk_credits_and_a_note_on_outside_links_are_furniture(line):
    assert furniture_of(line) == [line]
    assert ferry_body(line).endswith("a spokeswoman said.")


@pytest.mark.parametrize("line", [
    "US/UK talks on the ferry line resume on Monday, the board said.", "US/UK", "Edited by: the board, the figures were checked.",
    "The port is not responsible for the content of the cargo it lands, the board said.",
])
def test_slashed_words_and_sentences_about_responsibility_stay_body(line):
    assert line not in furniture_of(line)
