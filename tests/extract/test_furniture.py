"""Round 2 of issue #11, furniture: a debris rule needs debris evidence, so ordinary article lines
(sentences that start like a stamp or a credit, sub-headings, quotes after a colon, people
introduced with their role) stay body; the body starts at the headline under section labels and
ends before contributor notes, disclaimers and tag lists. All lines written for these tests."""
from __future__ import annotations

import pytest

from kadhimi_ds.extract import find_body

HEAD = "Harbour crane collapses at eastern dock"
LEAD = "The harbour authority said on Tuesday that the main crane at the eastern dock collapsed during the storm."
TAIL = "Workers told reporters that the repairs would take several weeks and that two ships had been turned away."
END = "The last paragraph of the story says that the harbour expects to reopen fully on Wednesday, officials said."


def furniture_of(middle: str) -> list[str]:
    text = f"{HEAD}\n\n{LEAD}\n\n{middle}\n\n{TAIL}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert body.text.startswith(HEAD) and body.text.endswith("officials said.")
    return [f.text for f in furniture]


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
