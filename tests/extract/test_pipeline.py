"""The automatic extractor, on sentences written for these tests (none is copied from the seeds)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from ruamel.yaml import YAML

from kadhimi_ds.build.anchors import Span
from kadhimi_ds.errors import KdsError
from kadhimi_ds.extract import (
    check_language,
    decode_text,
    draft_yaml,
    extract,
    find_numbers,
    translit_key,
)
from kadhimi_ds.numbers import parse_number_words
from kadhimi_ds.build.seeds import Document
from helpers import ACTORS, DAY, claims_by_text, number, quote, run
from test_numbers import number_to_words


# --- every item is an exact span ------------------------------------------------------------------

PARAGRAPHS = [
    "“We will rebuild every pier,” Omar Haddad said on Tuesday.",
    "Lina Sabbagh told Reuters that at least 14 people were killed and more than 200 injured.",
    "“Nobody is above the law,” she added.",
    "Security sources said two drones were shot down and a third hit the customs office.",
    "The Harbour Front won 41 seats, down from 55 in the last vote.",
    "Prime Minister Nour Karim called the raid “an act of cowardice”.",
    "Hundreds of protesters gathered near the old bridge on Sunday.",
    "Spokesman Karim Nasser said the 42-year-old suspect was arrested at 3:15 pm.",
]


@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=8), st.sampled_from(["\n", "\n\n"]))
@settings(max_examples=40)
def test_every_item_slices_to_its_text(paragraphs, sep):
    text = sep.join(paragraphs)
    draft = run(text)
    items = [draft.body, *draft.furniture, *draft.quotes, *draft.claims, *draft.numbers, *draft.mentions, *draft.dates]
    for item in items:
        assert text[item.start:item.end] == item.text
    for item in [*draft.quotes, *draft.claims, *draft.numbers]:
        assert not draft.in_furniture(item.start, item.end)


# --- quotations -------------------------------------------------------------------------------------

QUOTE_TEXT = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" ,.;?!-"),
                     min_size=1, max_size=60).map(str.strip).filter(lambda s: s and any(c.isalnum() for c in s))
MARKS = [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("„", "“")]


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


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("“The cranes will move again,” Omar Haddad said.", "omar-haddad", "said"),
    ("“The cranes will move again,” said Lina Sabbagh, a ministry spokeswoman.", "lina-sabbagh", "said"),
    ("Lina Sabbagh told Reuters: “The cranes will move again.”", "lina-sabbagh", "told"),
    ("Omar Haddad tweeted, “The cranes will move again.”", "omar-haddad", "tweeted"),
    ("According to Lina Sabbagh, “the cranes will move again”.", "lina-sabbagh", "According to"),
    ("In a statement, the ports ministry said: “The cranes will move again.”", "ports-ministry", "said"),
    ("Nour Karim, the prime minister, said the cranes would move “again and again”.", "nour-karim", "said"),
    ("The port was quiet, the cranes “would move again”, Lina Sabbagh said.", "lina-sabbagh", "said"),
])
def test_explicit_attribution_cues(sentence, speaker, cue):
    draft = run(sentence)
    assert len(draft.quotes) == 1
    q = draft.quotes[0]
    assert (q.speaker, q.attribution, q.cue) == (speaker, "explicit", cue)
    assert q.confidence >= 0.75


def test_he_added_and_she_said_carry_over_to_the_last_named_speaker():
    text = ("Omar Haddad visited the docks on Monday.\n"
            "“We will rebuild,” Omar Haddad said. “Every pier,” he added.\n"
            "Lina Sabbagh said the budget was ready. “It is signed,” she said.")
    draft = run(text)
    assert quote(draft, "Every pier,").speaker == "omar-haddad"
    assert quote(draft, "Every pier,").attribution == "implicit"
    assert quote(draft, "It is signed,").speaker == "lina-sabbagh"


def test_pronoun_skips_an_unnamed_source_for_a_person():
    text = ("Omar Haddad said the port would reopen, according to a security source.\n"
            "“It is a matter of days,” he said.")
    assert quote(run(text), "It is a matter of days,").speaker == "omar-haddad"


def test_pronoun_takes_the_person_named_since_the_last_speaker():
    text = ("Lina Sabbagh said the cranes had been idle since dawn.\n"
            "Omar Haddad, who was away at the time, chaired a crisis meeting on Wednesday. "
            "“Nobody will lose a day’s pay,” he told reporters.")
    q = quote(run(text), "Nobody will lose a day’s pay,")
    assert q.speaker == "omar-haddad" and q.where == "final_clause" and q.speaker_basis == "pronoun resolution"


def test_pronoun_takes_a_person_named_in_the_paragraph_before():
    text = ("“The ships are safe,” Omar Haddad said on Monday.\n"
            "Nour Karim, the prime minister, toured the damaged warehouses with engineers.\n"
            "“We will pay for every roof,” she said in a televised interview.")
    q = quote(run(text), "We will pay for every roof,")
    assert (q.speaker, q.channel) == ("nour-karim", "televised_address")


def test_pronoun_takes_an_unregistered_named_person():
    text = ("Lina Sabbagh said the fire was out.\n"
            "Captain Samir Yousef, who leads the harbour guard, walked the length of the quay. "
            "“The night shift saw nothing,” he said.")
    q = quote(run(text), "The night shift saw nothing,")
    assert q.speaker is None and q.new_speaker == "samir-yousef"


def test_pronoun_skips_a_person_named_only_after_a_preposition():
    text = ("Lina Sabbagh said the audit was finished.\n"
            "Lina Sabbagh then left a long meeting with Omar Haddad. "
            "“The books are clean,” she said.")
    assert quote(run(text), "The books are clean,").speaker == "lina-sabbagh"


def test_channels_from_the_sentence():
    text = ("Omar Haddad said on Twitter: “Open soon.”\n"
            "“Closed today,” Lina Sabbagh said in a televised address.\n"
            "Nour Karim told Reuters: “We are ready.”\n"
            "The ports ministry said in a statement: “Stay calm.”")
    draft = run(text)
    assert quote(draft, "Open soon.").channel == "tweet"
    assert quote(draft, "Closed today,").channel == "televised_address"
    assert quote(draft, "We are ready.").channel == "interview"
    assert quote(draft, "Stay calm.").channel == "statement"


def test_unattributed_quote_stays_without_speaker():
    q = run("Some residents called the fire “a warning”.").quotes[0]
    assert q.speaker is None and q.attribution == "unattributed"


def test_fragment_and_whole_utterance():
    draft = run("Omar Haddad called the fire “a warning”. Omar Haddad said: “We will rebuild every pier in the old harbour.”")
    assert quote(draft, "a warning").fragment is True
    assert quote(draft, "We will rebuild every pier in the old harbour.").fragment is False


def test_heading_quote_takes_the_speaker_of_the_words_it_excerpts():
    text = ("‘Every pier’\n\n"
            "“We will rebuild every pier before winter,” Lina Sabbagh said.")
    assert quote(run(text), "Every pier").speaker == "lina-sabbagh"


def test_role_phrase_resolves_through_the_registry_description():
    text = "Nour Karim visited the port. The prime minister called it “a disgrace”."
    draft = run(text)
    assert quote(draft, "a disgrace").speaker == "nour-karim"
    assert any(m.method == "role" and m.actor_id == "nour-karim" for m in draft.mentions)


def test_an_unnamed_organisation_spokesman_is_the_organisation():
    draft = run("A ports ministry spokeswoman said “the cranes are safe”.")
    assert quote(draft, "the cranes are safe").speaker == "ports-ministry"  # G1, Q8.3: never the registered spokeswoman


def test_unregistered_speaker_is_proposed_as_a_new_actor():
    draft = run("“The tide is turning,” said Spokesman Karim Nasser of the dock workers.")
    q = draft.quotes[0]
    assert q.speaker is None and q.new_speaker == "karim-nasser"
    assert [(p.id, p.name, p.kind) for p in draft.new_actors] == [("karim-nasser", "Karim Nasser", "person")]


def test_unnamed_sources_map_to_the_registry():
    draft = run("Security sources told the Daily Courier that “the fire started at night”.")
    q = draft.quotes[0]
    assert q.speaker == "unnamed-security-sources" and q.reported_via == "daily-courier"


# --- actor mentions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Kadhimi", "Kadhemi", "Kazimi", "Kazemi", "Khadimi"])
def test_transliteration_variants_link_to_the_registered_person(spelling):
    draft = run(f"Prime minister {spelling} visited the harbour on Friday.")
    hits = [m for m in draft.mentions if m.text == spelling]
    assert hits and hits[0].actor_id == "mustafa-al-kadhimi"
    assert hits[0].method == ("alias" if spelling == "Kadhimi" else "fuzzy")


def test_fuzzy_match_includes_first_name_and_leaves_other_names_alone():
    draft = run("Mustafa al-Kazimi met Karimi and Hakimi in the harbour.")
    linked = {(m.text, m.actor_id) for m in draft.mentions}
    assert ("Mustafa al-Kazimi", "mustafa-al-kadhimi") in linked
    assert not any(m.text in ("Karimi", "Hakimi") for m in draft.mentions)


def test_translit_key_folds_spelling_variants():
    assert len({translit_key(w) for w in ["Kadhimi", "Kadhemi", "Kazimi", "Kazemi", "Khadimi"]}) == 1
    assert translit_key("Karimi") != translit_key("Kadhimi")


def test_alias_mentions_are_whole_words_and_longest_first():
    draft = run("Omar Haddad and Haddad’s deputy met the Harbour Front. Haddadi did not.")
    assert [(m.text, m.actor_id) for m in draft.mentions if m.method == "alias"] == [
        ("Omar Haddad", "omar-haddad"), ("Haddad", "omar-haddad"), ("Harbour Front", "harbour-front")]


def test_descriptive_group_phrase_matches_a_registry_name():
    draft = run("Dock-backed militias marched on Sunday, and the militia leaders spoke.")
    assert [(m.text, m.actor_id, m.method) for m in draft.mentions] == [("Dock-backed militias", "dock-militias", "description")]


# --- numbers and claims ---------------------------------------------------------------------------------


@given(st.integers(0, 999_999_999), st.booleans(), st.booleans())
@settings(max_examples=300)
def test_any_integer_written_in_words_parses_back(n, hyphen, use_and):
    words = number_to_words(n, hyphen=hyphen, use_and=use_and)
    assert parse_number_words(words) == n
    text = f"Officials counted {words} drones near the port."
    found = find_numbers(text)
    assert [(t.text, t.value) for t in found] == [(words, n)]
    assert text[found[0].start:found[0].end] == words


@given(st.integers(0, 10**9))
def test_digits_with_and_without_commas(n):
    for written in (str(n), f"{n:,}"):
        tok = find_numbers(f"A total of {written} ballots.")[0]
        assert (tok.text, tok.value) == (written, n)


def test_two_numbers_joined_by_and_stay_apart():
    assert [t.value for t in find_numbers("between twenty and thirty boats, two and three cranes")] == [20, 30, 2, 3]


def test_vague_amounts_ordinals_and_unspecified():
    found = {t.text: (t.value, t.form) for t in find_numbers(
        "Several hundred workers, dozens of boats, a dozen cranes, the third day and an unknown number of guards")}
    assert found == {"Several hundred": (300, "vague"), "dozens": (24, "vague"), "a dozen": (12, "vague"),
                     "third": (3, "ordinal"), "an unknown number": (None, "unspecified")}


@pytest.mark.parametrize("sentence, text, quantity, value, qualifier", [
    ("At least 14 people were killed in the blaze.", "At least 14 people", "killed", 14, "at_least"),
    ("The fire left more than 200 workers injured.", "more than 200 workers", "injured", 200, "more_than"),
    ("Guards shot down three drones over the docks.", "three drones", "drones_downed", 3, "exact"),
    ("Nearly 40 drones were launched at the port.", "Nearly 40 drones", "drones_launched", 40, "nearly"),
    ("Two drones hit the customs office.", "Two drones", "drones_struck", 2, "exact"),
    ("Around 2,500 protesters marched to the harbour.", "Around 2,500 protesters", "participants", 2500, "about"),
    ("Residents heard up to four explosions at dawn.", "up to four explosions", "explosions", 4, "at_most"),
    ("The Harbour Front won about 41 seats.", "about 41 seats", "seats_won", 41, "about"),
    ("The party won 41 seats, down from 55 in the last vote.", "down from 55", "seats_previous", 55, "exact"),
    ("It holds 12 of the 150 seats.", "150 seats", "seats_total", 150, "exact"),
    ("A 150-member assembly was elected.", "150-member", "seats_total", 150, "exact"),
    ("Police said one protester was killed.", "one protester", "killed", 1, "exact"),
    ("Witnesses said a dock worker was killed.", "a dock worker", None, None, None),
    ("A watchman was injured in the blast.", "A watchman", None, None, None),
    ("The port was attacked with an explosive-laden drone.", "an explosive-laden drone", "drones_launched", 1, "exact"),
    ("Hundreds of supporters rallied outside.", "Hundreds of supporters", "participants", 200, "at_least"),
    ("An unconfirmed number of sailors were injured.", "An unconfirmed number of sailors", "injured", None, "unspecified"),
])
def test_claims_with_quantity_value_and_qualifier(sentence, text, quantity, value, qualifier):
    draft = run(sentence)
    claims = claims_by_text(draft)
    if quantity is None:
        assert text not in claims
        return
    assert text in claims, list(claims)
    c = claims[text]
    assert (c.quantity, c.value, c.qualifier) == (quantity, value, qualifier)


def test_a_third_after_two_implies_three_launched_and_one_that_hit():
    draft = run("Guards shot down two drones, and a third hit the customs office.")
    got = sorted((c.quantity, c.value) for c in draft.claims)
    assert got == [("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]


def test_source_cue_sets_claimed_by_and_reported_via():
    draft = run("Security sources told Reuters that at least six guards were wounded.")
    (c,) = draft.claims
    assert (c.claimed_by, c.reported_via, c.value, c.quantity) == ("unnamed-security-sources", "reuters", 6, "injured")
    assert "told Reuters" in c.claimed_by_cue


def test_source_named_at_the_end_of_the_sentence():
    draft = run("Two drones were shot down over the docks, Lina Sabbagh told state television.")
    (c,) = draft.claims
    assert (c.claimed_by, c.reported_via) == ("lina-sabbagh", "state-tv")


def test_source_does_not_carry_to_the_next_uncued_sentence():
    # codebook C16: no cue in the sentence is the article's voice, even after an attributed sentence
    draft = run("The ports ministry said four drones were launched. Two of the drones were shot down by guards.")
    assert [c.claimed_by for c in draft.claims] == ["ports-ministry", None]


def test_article_voice_has_no_claimed_by():
    (c,) = run("On Friday, 125 people were injured in the crush.").claims
    assert c.claimed_by is None


@pytest.mark.parametrize("sentence, written, reason", [
    ("The vote was held on October 10 last year.", "10", "date"),
    ("The strike began on 3 March 2024.", "3", "date"),
    ("The ferry leaves at 2:30 pm daily.", "2", "clock time"),
    ("Ferries stopped in 2019 after the flood.", "2019", "year"),
    ("A 42-year-old docker was detained.", "42", "age"),
    ("Their office is at 12 Harbour Street.", "12", "address"),
    ("Call the hotline on +964 770 123 4567 for news.", "964", "phone number"),
    ("Please solve 3 + 15 = before posting.", "3", "arithmetic (captcha sum)"),
    ("It was one of the worst fires in years.", "one", "“one of the ...”, not a count"),
    ("She directs the track two talks at the institute.", "two", "label or name"),
    ("No one claimed the attack.", "one", "pronoun “one”, not a count"),
    ("It was the second largest port.", "second", "ordinal of rank, not a count"),
    ("Two officials spoke on condition of anonymity.", "Two", "count of sources, not a claim"),
    ("The talks ended two days later.", "two", "duration or relative date, not a count"),
    ("Prices rose 12 percent in a week.", "12", "money or percentage"),
])
def test_numbers_that_are_not_claims_say_why(sentence, written, reason):
    draft = run(sentence)
    n = number(draft, written)
    assert not n.is_claim and n.reason == reason
    assert draft.claims == []


def test_other_counted_nouns_are_not_claims():
    n = number(run("The inspectors found three reasons for the delay."), "three")
    assert not n.is_claim and "reasons" in n.reason


# --- page furniture --------------------------------------------------------------------------------------

ARTICLE = """Fire closes the old harbour

By Jane Roe

Omar Haddad said 14 people were killed when the fire spread. “We will rebuild,” he said.
Firefighters work at the pier on Friday [Ali Nasser/Daily Courier]
READ MORE: Ports reopen after the storm
Two drones were later seen over the docks, Lina Sabbagh told Reuters.
Share this:
Click to share on Twitter
Leave a Reply
Please enter your comment!
John in: Why ports matter
Great post, 5 stars!! https://spam.example/cheap-pills
4 + 9 =
Updated at 10:42 am
"""


def test_furniture_is_found_and_nothing_is_proposed_inside_it():
    draft = run(ARTICLE)
    kinds = {(f.kind, f.rule) for f in draft.furniture}
    assert ("credit_line", "furniture_credit_line") in kinds
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


# --- dates -------------------------------------------------------------------------------------------------


def test_dates_resolve_against_the_article_date():
    text = ("On Friday the docks closed. Yesterday the cranes stopped; last month the union warned, "
            "and two years ago the port flooded. The vote on October 10 and the strike of 3 March 2023 "
            "were recalled, as was the ban in May 2020.")
    got = {d.text: (d.date, d.precision) for d in run(text).dates}
    assert got["On Friday"] == (dt.date(2024, 3, 8), "day")
    assert got["Yesterday"] == (dt.date(2024, 3, 7), "day")
    assert got["last month"] == (dt.date(2024, 2, 1), "month")
    assert got["two years ago"] == (dt.date(2022, 1, 1), "year")
    assert got["October 10"] == (dt.date(2023, 10, 10), "day")
    assert got["3 March 2023"] == (dt.date(2023, 3, 3), "day")
    assert got["in May 2020"] == (dt.date(2020, 5, 1), "month")


def test_relative_dates_stay_unresolved_without_an_article_date():
    got = {d.text: d.date for d in run("On Friday the docks closed in 2019 fashion.", published=None).dates}
    assert got["On Friday"] is None and got["in 2019"] == dt.date(2019, 1, 1)


def test_may_the_verb_is_not_a_date():
    assert run("The port may reopen, officials said.").dates == []


# --- language check -------------------------------------------------------------------------------------------


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


# --- the YAML draft ---------------------------------------------------------------------------------------------


def test_draft_yaml_is_a_draft_whose_anchors_resolve():
    text = ("“Open the docks,” Omar Haddad said. “Open the docks,” Lina Sabbagh said.\n"
            "Two drones were shot down, Lina Sabbagh said. On Friday two drones were shot down again.\n"
            "The vote was on October 10.")
    draft = run(text)
    out = draft_yaml(draft, "900_test")
    data = YAML(typ="safe", pure=True).load(out)
    assert data["source_id"] == "900_test" and data["status"] == "draft"
    doc = Document("900_test", "x.txt", text, "", {}, Span(draft.body.start, draft.body.end))
    resolved = {section: [doc.resolve(item, section) for item in data[section] or []]
                for section in ("quotes", "claims", "events", "mentions", "ignores")}
    assert [(s.start, s.end) for s in resolved["quotes"]] == [(q.start, q.end) for q in draft.quotes]
    assert [(s.start, s.end) for s in resolved["claims"]] == [(c.start, c.end) for c in draft.claims]
    assert any("context" in q or "occurrence" in q for q in data["quotes"])
    assert [q["speaker"] for q in data["quotes"]] == ["omar-haddad", "lina-sabbagh"]
    assert data["ignores"] == [{"text": "10", "reason": "date"}]
    assert "# confidence" in out and "body_first" in out


def test_draft_yaml_quotes_awkward_characters():
    draft = run('Omar Haddad said: "He called it \\"nothing\\": a # sign, a colon: and a tab\tend."')
    data = YAML(typ="safe", pure=True).load(draft_yaml(draft, "901_test"))
    assert [q["text"] for q in data["quotes"]] == [q.text for q in draft.quotes]


def test_draft_yaml_scans_the_body_a_bounded_number_of_times_on_repetitive_input(monkeypatch):
    """Building the draft of a repetitive article passes over the body a number of times
    that does not grow with the article (it grew with the square of it): counted as calls
    of the two functions that scan the body, not timed."""
    import kadhimi_ds.extract.draft as draft_mod
    from kadhimi_ds.extract import draft_yaml, extract

    find_all_original, resolve_original = draft_mod.find_all, draft_mod.resolve_anchor
    paragraph = ('Officials said "the attack failed" and that 3 drones were launched at the residence. '
                 "Kadhimi said he was safe.\n")
    scans = {}
    for copies in (10, 40):
        text = paragraph * copies
        draft = extract(text, None, [])
        calls = [0]

        def counted(function):
            def wrapper(*args, **kwargs):
                calls[0] += 1
                return function(*args, **kwargs)
            return wrapper

        monkeypatch.setattr(draft_mod, "find_all", counted(find_all_original))
        monkeypatch.setattr(draft_mod, "resolve_anchor", counted(resolve_original))
        out = draft_yaml(draft, "x")
        scans[copies] = calls[0]
        assert out.count("occurrence:") >= copies  # the repeated items are anchored by occurrence
    assert scans[40] == scans[10] <= 40, scans
