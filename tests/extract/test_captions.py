"""Captions by shape (``kadhimi_ds.extract.captions``). All lines written for these tests."""
from __future__ import annotations

from kadhimi_ds.extract import extract, find_body

from helpers import FERRY_END as END, FERRY_HEAD as HEAD, FERRY_LEAD as LEAD, FERRY_MID as MID
from helpers import ferry_furniture as furniture_of


def test_a_caption_label_and_its_credit_are_furniture():
    assert "Image:\nCoastal Board" in furniture_of("Image:\nCoastal Board")


def test_nothing_is_proposed_inside_a_photo_credit_caption():
    line = "Two crew members (right) are treated by medics in Northport, May 2023. Photo: Westland Ports Authority"
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}\n"
    d = extract(text)
    cap = text.index(line)
    assert not any(cap <= c.start < cap + len(line) for c in d.claims)


def test_a_caption_label_with_a_comma_and_its_caption_are_furniture():
    text = f"{HEAD}\n\nImage source, Coastal News\nImage caption,\nThe mayor visits the burned ferry\n\n{LEAD}\n\n{MID}\n\n{END}\n"
    body, furniture, _ = find_body(text)
    assert "mayor visits" not in body.text or any("mayor visits" in f.text for f in furniture)
