"""Plain text (``kadhimi_ds.extract.text``): decoding, the language check and sentences."""
from __future__ import annotations

import pytest

from kadhimi_ds.errors import KdsError
from kadhimi_ds.extract import check_language, decode_text
from kadhimi_ds.extract.text import heading_line, inner_sentence, split_sentences

from helpers import ARTICLE


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("\x00\x01\x02binary\x00data\x03\x04", "binary"),
    ("<!DOCTYPE html><html><head><title>Port</title></head><body><p>Fire</p></body></html>", "HTML"),
    ("<div class='a'><p>Fire at the port</p><span>x</span><a href='/'>home</a></div>" * 3, "HTML"),
    ("اندلع حريق كبير في الميناء القديم وأعلنت الوزارة إغلاقه حتى إشعار آخر", "Arabic"),
    ("Пожар в старом порту, министерство закрыло доки до особого распоряжения", "Cyrillic"),
    ("Le feu a détruit les quais du vieux port et le ministère a fermé les docks jusqu'à nouvel ordre demain", "not English"),
    ("12345 67890 !!! ??? ...", "no words"),
])
def test_non_english_input_gets_a_one_line_message(text, words):
    with pytest.raises(KdsError) as exc:
        check_language(text)
    message = str(exc.value)
    assert words in message and "\n" not in message


def test_english_news_passes_the_language_check():
    check_language(ARTICLE)
    check_language("The port reopened on Friday.")


def test_decode_text_refuses_binary_and_invalid_utf8():
    assert decode_text("\ufeffPort".encode("utf-8")) == "Port"
    with pytest.raises(KdsError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(KdsError, match="not UTF-8"):
        decode_text(b"caf\xe9 au port")


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), [], [])]


@pytest.mark.parametrize("text, expected", [
    ("At 4:05 a.m. Dockers ran to the quay, a guard said.", ["At 4:05 a.m.", "Dockers ran to the quay, a guard said."]),
    ("The fire broke out at 9 p.m. “We ran,” a sailor said.", ["The fire broke out at 9 p.m.", "“We ran,” a sailor said."]),
    ("The call came at 10 P.M. The captain answered.", ["The call came at 10 P.M.", "The captain answered."]),
    ("The ferry left at 6 a.m. It sank an hour later.", ["The ferry left at 6 a.m.", "It sank an hour later."]),
])
def test_a_clock_time_ends_a_sentence_before_a_capitalised_word(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "The fire broke out at 4:05 a.m., a guard said, and spread fast.",
    "The fire broke out at 4:05 a.m. Tuesday, officials said.",
    "The fire broke out at 4 a.m. March 7 and burned for hours.",
    "The fire broke out at 4:05 a.m. GMT on Tuesday.",
    "The fire broke out at 4:05 a.m. EST on Tuesday.",
    "The fire broke out at 4:05 a.m. Northport time, officials said.",
    "The fire broke out at 4:05 a.m. (0905 GMT), officials said.",
    "The fire broke out at 4:05 a.m. in the engine room.",
    "Officials met at the U.S. Embassy on Tuesday.",
    "Gen. Sami Nour met Mr. Brandt at the port.",
])
def test_a_clock_time_or_an_abbreviation_inside_a_sentence_does_not_end_it(text):
    assert sentences(text) == [text]


def test_the_inner_sentence_of_a_quoted_passage():
    text = "She said: “We came last month. One docker died on Friday.”"
    lo, hi = inner_sentence(text, 0, len(text), text.index("One"))
    assert text[lo:hi] == "One docker died on Friday.”"
    lo, hi = inner_sentence(text, 0, len(text), text.index("We"))
    assert text[lo:hi] == "She said: “We came last month."


def test_a_heading_line_is_short_and_closed_by_no_sentence_end():
    text = "Fire closes the old harbour\nThe fire spread fast.\n‘Rebuilt by spring’"
    assert heading_line(text, 3) == (0, 27)
    assert heading_line(text, 30) is None
    assert heading_line(text, len(text) - 2) is not None
