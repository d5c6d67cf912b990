"""Plain text (``kadhimi_ds.extract.text``): decoding and the language check."""
from __future__ import annotations

import pytest

from kadhimi_ds.errors import KdsError
from kadhimi_ds.extract import check_language, decode_text

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
