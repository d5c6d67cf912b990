"""Web debris inside a body in several house styles (captions with credits or dates, teasers,
embeds, widgets, prompts, bylines, datelines, copyright lines, breadcrumbs, author notes) is
furniture; article lines that look a little like it stay body. All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import extract, find_body

LEAD = "The harbour authority said on Tuesday that the main crane at the eastern dock was badly damaged in the storm."
TAIL = "Workers told reporters that the repairs would take several weeks and that two ships had been turned away."
END = "The last paragraph of the story says that the port expects to reopen fully on Wednesday, officials said."


def furniture_of(middle: str) -> list[str]:
    text = f"Port crane damaged in overnight storm\n\n{LEAD}\n\n{middle}\n\n{TAIL}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith("Port crane") and body.text.endswith("officials said.")
    return [f.text for f in furniture]


@pytest.mark.parametrize("line", [
    "A worker inspects the damaged crane at the port in Eastport on March 7, 2024.",
    "Dockers walk past the damaged crane, 7 March 2024.",
    "A worker inspects the damaged crane in Eastport, Tuesday, March 7, 2024. (AP Photo/Sami Nour)",
    "A crane is seen at the port in Eastport on March 7. REUTERS/Omar Said",
    "Riot police stand guard near the gate in Eastport November 5, 2021. REUTERS/Omar Said/File Photo",
    "Dockers gather at the gate (Laila Haddad/AFP via Getty Images)",
    "Get the latest news delivered to your inbox",
    "Subscribe to our newsletter for the latest news from the region.",
    "View this post on Instagram", "Skip Twitter post, 1", "Key event", "Just now",
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


@pytest.mark.parametrize("line", [
    "The strike began on 3 March 2024.",
    "Officials said the crane was damaged on March 7, 2024.",
    "Opinion: The storm was a warning, not an accident",
    "Live: Storm hits the port of Eastport",
    "2021 was a bad year for the port, the minister said in a statement on Monday.",
    "Jane Doe, a dock worker, said the crane had swayed for an hour before it fell.",
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
