"""Mention stage: actor mentions found from the registry's aliases."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kadhimi_ds.build.anchors import Span
from kadhimi_ds.errors import SeedError
from kadhimi_ds.build.mentions import alias_mentions, alias_pattern, alias_table, find_mentions
from kadhimi_ds.build.seeds import Document, Furniture


def is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def doc_of(text: str, body: tuple[int, int] | None = None, furniture=()) -> Document:
    lo, hi = body or (0, len(text))
    return Document("s", "seeds/s.txt", text, "0" * 64, {}, Span(lo, hi),
                    [Furniture(Span(a, b), "other") for a, b in furniture])


def mentions_in(text: str, aliases: dict[str, str], **kw) -> list[tuple[int, int, str, str]]:
    rows = find_mentions(doc_of(text, **kw), alias_pattern(list(aliases)), aliases)
    return [(r["start"], r["end"], r["text"], r["actor_id"]) for r in rows]


# --- alias_table and alias_pattern -----------------------------------------------------------


def test_alias_table_maps_aliases_to_ids():
    actors = [{"id": "a", "aliases": ["Kadhimi", "al-Kadhimi"]}, {"id": "b", "aliases": ["Sadr"]}, {"id": "c"}]
    assert alias_table(actors) == {"Kadhimi": "a", "al-Kadhimi": "a", "Sadr": "b"}


def test_alias_claimed_by_two_actors_is_refused():
    with pytest.raises(SeedError, match="belongs to both"):
        alias_table([{"id": "a", "aliases": ["NSC"]}, {"id": "b", "aliases": ["NSC"]}])


def test_alias_repeated_by_one_actor_is_fine():
    assert alias_table([{"id": "a", "aliases": ["X", "X"]}]) == {"X": "a"}


@pytest.mark.parametrize("alias", ["", "   ", None])
def test_empty_alias_is_refused(alias):
    with pytest.raises(SeedError, match="empty alias"):
        alias_table([{"id": "a", "aliases": ["ok", alias]}])


def test_aliases_must_be_a_list():
    with pytest.raises(SeedError):
        alias_table([{"id": "iraq", "aliases": "Iraq"}])


def test_no_aliases_gives_no_pattern_and_no_mentions():
    assert alias_pattern([]) is None
    assert find_mentions(doc_of("Iraq"), None, {}) == []


# --- find_mentions on small texts --------------------------------------------------------------

ALIASES = {"Kadhimi": "pm", "Mr. Kadhimi": "pm", "al-Kadhimi": "pm", "Iran": "iran", "Iraq": "iraq",
           "Islamic Republic of Iran": "iran", "U.S.": "us"}


def test_longest_alias_wins():
    text = "Mr. Kadhimi met al-Kadhimi and the Islamic Republic of Iran."
    got = mentions_in(text, ALIASES)
    assert [m[2] for m in got] == ["Mr. Kadhimi", "al-Kadhimi", "Islamic Republic of Iran"]


def test_whole_words_only_and_case_sensitive():
    text = "Iranian IRAN iran Iraqi Iraq's U.S.-backed Kadhimis"
    got = mentions_in(text, ALIASES)
    assert [(m[2], m[3]) for m in got] == [("Iraq", "iraq"), ("U.S.", "us")]
    start = text.index("Iraq's")
    assert got[0][:2] == (start, start + 4)


def test_mentions_skip_furniture_and_text_outside_body():
    text = "Iran. [photo: Iran] Iran. Comments: Iran"
    cap = text.index("[photo")
    got = mentions_in(text, ALIASES, body=(0, text.index(" Comments")), furniture=[(cap, cap + len("[photo: Iran]"))])
    assert [m[0] for m in got] == [0, text.index("Iran.", 5)]


def test_body_ending_inside_a_word_is_not_a_whole_word_mention():
    text = "Iranian officials"
    assert mentions_in(text, ALIASES, body=(0, 4)) == []


def test_body_starting_inside_a_word_is_not_a_whole_word_mention():
    text = "xIran said"
    assert mentions_in(text, ALIASES, body=(1, len(text))) == []


# --- property: find_mentions equals a greedy longest-first scan -------------------------------

WORDS = ["Iran", "Iraq", "Iraqi", "Kadhimi", "Mr.", "al-Kadhimi", "Islamic", "Republic", "of", "said", "_x", "9"]


@st.composite
def alias_text(draw):
    parts = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
    seps = draw(st.lists(st.sampled_from([" ", "", "-", ", ", "’s "]), min_size=len(parts), max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps))
    n = len(text)
    a = draw(st.integers(0, n))
    b = draw(st.integers(a, n))
    return text, (a, b)


def oracle(text: str, aliases: dict[str, str], furniture: tuple[int, int]) -> list[tuple[int, int, str, str]]:
    ordered = sorted(aliases, key=lambda a: (-len(a), a))
    out, i = [], 0
    while i < len(text):
        for alias in ordered:
            j = i + len(alias)
            if (text.startswith(alias, i) and (i == 0 or not is_word(text[i - 1]))
                    and (j == len(text) or not is_word(text[j]))):
                if not (i < furniture[1] and j > furniture[0]):
                    out.append((i, j, alias, aliases[alias]))
                i = j
                break
        else:
            i += 1
    return out


@given(alias_text())
@settings(max_examples=150)
def test_find_mentions_matches_greedy_oracle(case):
    text, furniture = case
    got = mentions_in(text, ALIASES, furniture=[furniture])
    assert got == oracle(text, ALIASES, furniture)
    for start, end, alias, _ in got:
        assert text[start:end] == alias


# --- the shipped articles -----------------------------------------------------------------------


def test_shipped_alias_mentions_are_whole_word_aliases(seeds, actors_yaml, seed_texts, bodies, furniture_spans):
    aliases = {a["id"]: set(a.get("aliases") or []) for a in actors_yaml}
    rows = alias_mentions(seeds)
    assert rows
    for r in rows:
        text = seed_texts[r["source_id"]]
        s, e = r["start"], r["end"]
        assert text[s:e] == r["text"] and r["text"] in aliases[r["actor_id"]]
        assert s == 0 or not is_word(text[s - 1])
        assert e == len(text) or not is_word(text[e])
        lo, hi = bodies[r["source_id"]]
        assert lo <= s and e <= hi
        assert not any(s < f1 and e > f0 for f0, f1 in furniture_spans[r["source_id"]])


def test_shipped_alias_mentions_do_not_overlap(seeds):
    rows = sorted(alias_mentions(seeds), key=lambda r: (r["source_id"], r["start"]))
    for a, b in zip(rows, rows[1:]):
        if a["source_id"] == b["source_id"]:
            assert a["end"] <= b["start"]


def test_every_whole_word_alias_in_a_body_is_covered(seeds, actors_yaml, seed_texts, bodies, furniture_spans):
    covered: dict[str, list[tuple[int, int]]] = {}
    for r in alias_mentions(seeds):
        covered.setdefault(r["source_id"], []).append((r["start"], r["end"]))
    for actor in actors_yaml:
        for alias in actor.get("aliases") or []:
            for sid, text in seed_texts.items():
                lo, hi = bodies[sid]
                i = text.find(alias, lo, hi)
                while i != -1:
                    j = i + len(alias)
                    whole = (i == 0 or not is_word(text[i - 1])) and (j == len(text) or not is_word(text[j]))
                    in_furniture = any(i < f1 and j > f0 for f0, f1 in furniture_spans[sid])
                    if whole and not in_furniture:
                        assert any(a <= i and j <= b for a, b in covered.get(sid, [])), (sid, alias, i)
                    i = text.find(alias, i + 1, hi)
