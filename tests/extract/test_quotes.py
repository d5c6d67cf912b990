"""Quotation marks (``kadhimi_ds.extract.quotes``): which words in quotation marks are a
quotation (curly, straight, single and angle marks; apostrophes, scare quotes and nicknames are
none) and quotations that run on over paragraphs. All sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from helpers import ACTORS, CUSTOMS, DIPLOMATS, quote, run
from kadhimi_ds.extract.referring import PLACE_HEADS

QUOTE_TEXT = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" ,.;?!-"),
                     min_size=1, max_size=60).map(str.strip).filter(lambda s: s and any(c.isalnum() for c in s))
QUOTE_TEXT = QUOTE_TEXT.filter(lambda s: "captcha" not in s.lower())
"""A short line that names a captcha is page furniture (F rules), not a sentence of the body."""
QUOTE_TEXT = QUOTE_TEXT.filter(lambda s: s not in {n for a in ACTORS for n in a["aliases"]})
"""A registered name alone in marks is a name, not a quote (Q5)."""
QUOTE_TEXT = QUOTE_TEXT.filter(lambda s: s.split()[-1].rstrip(",.;?!-") not in PLACE_HEADS)
"""Words closing with a capitalised place noun after a determiner ("approached the “Green Zone”") are a place's
name (Q5), not a quote."""
MARKS = [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("„", "“")]


# --- quotation marks ------------------------------------------------------------------------------

@given(QUOTE_TEXT, st.sampled_from(MARKS), st.sampled_from([
    "The minister said {q} on Monday.",
    "{q}, a ports official said.",
    "Residents called the decision {q} and left.",
]))
@settings(max_examples=120)
def test_any_sentence_in_quotation_marks_is_found_with_its_exact_span(inner, marks, frame):
    opening, closing = marks
    text = frame.format(q=f"{opening}{inner}{closing}")
    start = text.index(opening) + 1
    draft = run(text)
    spans = {(q.start, q.end) for q in draft.quotes}
    assert (start, start + len(inner)) in spans


def test_a_place_word_quoted_after_a_verb_of_saying_is_a_quotation():
    """A determiner before the speaker ("The minister said “Province”") does not make the quoted word a place
    named after a determiner (found by the property test above)."""
    draft = run("The minister said “Province” on Monday. Troops approached the “Green Zone” at night.")
    assert {q.text for q in draft.quotes} == {"Province"}


def test_curly_straight_single_and_guillemet_quotes():
    text = ('The ports ministry called it ‘unlawful’ in a statement. '
            'Omar Haddad said: "The docks are closed." '
            'A banner read «Nous restons ici» on Friday. '
            'Lina Sabbagh spoke of “calm, patience and work”.')
    draft = run(text)
    assert {q.text for q in draft.quotes} == {"unlawful", "The docks are closed.", "Nous restons ici",
                                              "calm, patience and work"}


def test_apostrophes_are_not_quotation_marks():
    draft = run("The minister’s office said the workers’ union didn’t strike, and the port’s cranes worked.")
    assert draft.quotes == []


def test_mixed_straight_opening_and_curly_closing_marks_pair():
    draft = run('In a statement, the ports ministry said "the harbour will reopen next week”.')
    assert [q.text for q in draft.quotes] == ["the harbour will reopen next week"]


def test_straight_single_marks_pair_in_a_headline_and_a_sub_heading():
    text = ("Port leaders condemn blast, urge 'calm talks'\n\n"
            'The Harbour Front said in a statement it wanted "calm talks" with all sides.\n\n'
            "'A gift to our enemies'\n\n"
            'Omar Haddad said the blast was "a gift to our enemies," and left.')
    d = DIPLOMATS.run(text)
    assert [q.text for q in d.quotes] == ["calm talks", "calm talks", "A gift to our enemies",
                                          "a gift to our enemies,"]
    assert d.quotes[0].speaker == "harbour-front" and d.quotes[2].speaker == "omar-haddad"


@pytest.mark.parametrize("text", [
    "The PM's office and the Guards' drone unit did not comment on the dockers' strike.",
    "Rock 'n' roll is not what the port's guards play, and they don't say so.",
])
def test_apostrophes_are_no_quotation_marks(text):
    assert DIPLOMATS.run(text).quotes == []


# --- quotations over paragraphs -------------------------------------------------------------------

def test_quote_running_over_paragraphs_is_one_item_per_paragraph():
    text = ("“The first thing we lost was the fish market. Then the cranes stopped.\n\n"
            "“Now we wait for the insurers,” Omar Haddad said.")
    draft = run(text)
    first = quote(draft, "The first thing we lost was the fish market. Then the cranes stopped.")
    second = quote(draft, "Now we wait for the insurers,")
    assert first.continued and not second.continued
    assert first.speaker == second.speaker == "omar-haddad"
    assert first.attribution == "implicit" and second.attribution == "explicit"


def test_unclosed_quote_without_continuation_is_only_a_warning():
    draft = run("“The port is closed, said nobody in particular.\n\nThe ships left.")
    assert draft.quotes == []
    assert any("never closed" in w for w in draft.warnings)


# --- scare quotes and nicknames -------------------------------------------------------------------

def test_scare_quotes_and_nicknames_are_not_quotes():
    d = run('The so-called "reform" stalled. The ministry\'s "inquiry" will name nobody. '
            'Haddad, whom some call "the Lion", was silent. Nobody needs another "hero".')
    assert d.quotes == []


def test_a_label_with_a_cue_stays_a_quote():
    d = run('Omar Haddad called the attack "a crime". Critics called him a "traitor".')
    assert [q.text for q in d.quotes] == ["a crime", "traitor"]


def test_a_nickname_in_quotation_marks_is_not_a_quote_and_the_chain_goes_on():
    d = run('The harbour commander, known as "Abu Sami", stayed away. Omar Haddad said: "We are ready."')
    assert [q.text for q in d.quotes] == ["We are ready."]
    assert quote(d, "We are ready.").speaker == "omar-haddad"


def test_a_nickname_in_apposition_is_not_a_quote_and_told_keeps_the_subject():
    d = CUSTOMS.run('The dock commander, “Abu Sami”, told Reuters: "We are ready."')
    assert [q.text for q in d.quotes] == ["We are ready."]
    assert quote(d, "We are ready.").speaker != "reuters"


@pytest.mark.parametrize("text, words, expected", [
    ('Omar Haddad, dubbed "the Admiral" by dock workers, wrote on Twitter: "The port is open."',
     "The port is open.", "omar-haddad"),
    ('Lina Sabbagh, known to colleagues as ‘Umm Ali’, told the Daily Courier: "The port is open."',
     "The port is open.", "lina-sabbagh"),
    ('Omar Haddad, nicknamed "The Engineer," said the raid was "a crime".', "a crime", "omar-haddad"),
])
def test_the_chain_goes_on_after_a_nickname(text, words, expected):
    d = CUSTOMS.run(text)
    assert expected and CUSTOMS.who(text, words) == expected
    assert len(d.quotes) == 1


# --- names a group gives itself, titles of works, and a bare word of the writer's own -----------------

@pytest.mark.parametrize("text", [
    "The gangs that call themselves the “guardians” marched on the port.",
    "The group calls itself the “Dawn Brigade” and denies any role.",
    "The armed factions that style themselves the “true resistance” have told us their guns point abroad.",
    "In “The Long Siege”, her 2019 study of the port, the historian Lina Sabbagh described the militias.",
    "His book “Harbour Of Ash” sold well in the capital.",
    "So what “victory” do the gangs imagine?",
    "The port does not need more speeches about “calm” from men with launch teams.",
])
def test_self_names_titles_and_a_bare_word_of_the_writer_are_no_quotes(text):
    assert run(text).quotes == []


@pytest.mark.parametrize("text, words", [
    ("Omar Haddad called them “thieves”.", "thieves"),  # a label a speaker applies (Q5), no reflexive
    ("“The Port Is Closed,” Haddad said.", "The Port Is Closed,"),  # title case but said
    ("Haddad's response was to urge “patience”.", "patience"),  # a cue in the sentence
    ("Omar Haddad said the raid was “cowardly and cruel”. Few doubted he meant “cowardly”.", "cowardly"),  # repeated
    ("Karim survives ‘cowardly’ raid\n\nThe ministry said the port was calm.", "cowardly"),  # a headline (Q6)
    ("Haddad was on Telegram sneering that nobody would waste a drone on a “former” minister.", "former"),
])
def test_a_single_word_a_speaker_said_stays_a_quote(text, words):
    assert quote(run(text), words)


def test_a_sneer_names_its_speaker():
    q = quote(run("Within hours, Omar Haddad was on Telegram sneering that nobody would waste a drone on a “former” "
                  "minister."), "former")
    assert (q.speaker, q.channel) == ("omar-haddad", "telegram")


def test_a_headline_word_the_body_quotes_with_a_cue_is_a_quotation():
    text = ("Haddad survives, and the “farce” begins\n\n"
            "Lina Sabbagh wrote on Monday that the whole vote was a “farce” staged by the port.")
    d = run(text)
    assert [q.text for q in d.quotes] == ["farce", "farce"]
    assert {q.speaker for q in d.quotes} == {"lina-sabbagh"}


def test_a_headline_word_the_body_quotes_only_as_scare_quotes_stays_ignored():
    text = "Haddad survives, and the “farce” begins\n\nThe whole vote was a “farce” from the start."
    assert run(text).quotes == []


def test_marks_around_only_a_registered_name_hold_no_quotation():
    assert [q.text for q in run("Who is ‘Lina Sabbagh’? The spokeswoman who said “no comment”").quotes] == ["no comment"]


def test_words_after_a_plural_possessive_in_a_sentence_with_no_cue_are_scare_quotes():
    assert run("The dockers’ “wage demands” have so far moved no one at the ministry.").quotes == []


def test_a_word_after_a_determiner_and_a_hyphenated_modifier_is_a_scare_quote():
    assert run("Why suspicion fell on the union-backed “reform” dockers").quotes == []


def test_a_cued_word_after_a_hyphenated_modifier_stays_a_quote():
    d = run("The mayor said the board-appointed “caretakers” had failed the dockers.")
    assert [q.text for q in d.quotes] == ["caretakers"]


def test_marks_on_the_modifier_of_a_cited_account_are_the_writers():
    d = run("According to the “official” account circulated by the ports ministry, two cranes were “shot down”.")
    assert [q.text for q in d.quotes] == ["shot down"]
