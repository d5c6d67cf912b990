"""Who asserts a count (``kadhimi_ds.extract.claim_sources``, C16, C17): the sentence's cue and the outlet
it names, a closing cue over coordinated clauses, a relay citing its source, a heading in capitals closing
on its source, and the speaker of the quote a count stands in. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import run

from kadhimi_ds.extract.claim_sources import cited_span, coordinated_end
from kadhimi_ds.extract.cues import Cue


def claimants(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.claimed_by, c.reported_via) for c in run(text).claims]


@pytest.mark.parametrize("text", [
    "Two drones were shot down and one hit the pier, the ports ministry added.",
    "Air defences brought down two drones, while one hit the pier, the ports ministry said.",
    "Two drones were shot down, Haddad told the Daily Courier, and a third hit the pier.",
])
def test_a_closing_cue_governs_the_clauses_coordinated_before_it(text):
    d = run(text)
    assert len(d.claims) >= 2 and all(c.claimed_by in ("ports-ministry", "omar-haddad") for c in d.claims)


def test_a_coordinated_clause_with_a_cue_of_its_own_keeps_it():
    text = "Two drones were shot down and Haddad said a third hit the pier, the Daily Courier reported."
    end, said = text.index(" and"), text.index("said")
    assert coordinated_end(text, end, len(text), []) == text.rindex(",")
    assert coordinated_end(text, end, len(text), [(Cue(said, said + 4, "finite", "said"), None)]) == end
    d = run(text)
    assert [c.claimed_by for c in d.claims if c.quantity == "drones_struck"] == ["omar-haddad"]
    assert [c.claimed_by for c in d.claims if c.quantity == "drones_downed"] == [None]


@pytest.mark.parametrize("text, source, relay", [
    ("The Daily Courier, citing security sources, reported that three drones were launched.", "unnamed-security-sources",
     "daily-courier"),
    ("Reuters, quoting the ports ministry, said two dockers were killed.", "ports-ministry", "reuters"),
])
def test_a_relay_citing_its_source_relays_the_source_s_claim(text, source, relay):
    assert [(by, via) for _, by, via in claimants(text)] == [(source, relay)]


def test_the_cited_span_is_the_source_between_the_relay_and_its_verb():
    text = "Reuters, citing two harbour officials, said"
    assert text[slice(*cited_span(text, len("Reuters"), text.index("said")))] == "two harbour officials"
    assert cited_span("Reuters said", len("Reuters"), len("Reuters ")) is None


def test_the_relays_own_report_of_a_citation_elsewhere_in_the_sentence_is_no_citing():
    assert claimants("Reuters said two dockers were killed, citing the ports ministry.")[0][2] is None


def test_a_count_in_a_quote_with_no_cue_of_its_own_is_its_speaker_s():
    text = "“The drones came at night,” Haddad said. “Two dockers were killed at the gate.”"
    assert [by for _, by, _ in claimants(text)] == ["omar-haddad"]


def test_a_count_in_the_article_voice_after_a_quote_has_no_claimant():
    text = "“The drones came at night,” Haddad said. Two dockers were killed at the gate."
    assert [by for _, by, _ in claimants(text)] == [None]


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


@pytest.mark.parametrize("heading, claimant", [
    ("SIX GUARDS HURT IN DRONE RAID ON PORT, SECURITY SOURCES SAY", "unnamed-security-sources"),
    ("3 DOCKERS KILLED IN BLAST, PORTS MINISTRY SAYS", "ports-ministry"),
    ("3 DOCKERS KILLED IN BLAST, OMAR HADDAD SAYS", "omar-haddad"),
])
def test_a_capital_heading_names_the_claimant_at_its_end(heading, claimant):
    claims = run(heading + "\n\nThe port was quiet on Monday.").claims
    assert [c.claimed_by for c in claims] == [claimant]


def test_a_capital_heading_without_a_closing_source_has_no_claimant():
    # near miss: "SAYS" inside the heading, not closing it after a comma, names no source
    claims = run("MINISTRY SAYS NOTHING AS 3 DOCKERS KILLED IN BLAST\n\nThe port was quiet on Monday.").claims
    assert all(c.claimed_by is None for c in claims)


# --- a pronoun closing unquoted reported words (C16, G2) -----------------------------------------------

@pytest.mark.parametrize("second", ["Harbour Front gunmen shot down two of them and a third hit the customs office, they said.",
                                    "Harbour Front gunmen shot down two of them, they said, while a third hit the customs office."])
def test_a_they_said_after_reported_words_goes_back_to_the_sources_who_spoke_before(second):
    text = "Two port officials told Reuters that three drones were launched at the harbour. " + second
    d = run(text)
    downed = next(c for c in d.claims if c.quantity == "drones_downed")
    assert downed.claimed_by == "unnamed-officials"
    assert [c.text for c in d.claims if c.quantity == "drones_launched"] == ["three drones"]  # "a third": the officials' repeat (C8)


def test_an_it_said_after_an_institutions_own_words_stays_with_it():
    text = ("Haddad said on Friday that four drones had hit the depot. "
            "The ports ministry counted six wounded dockers, most of them, it said, crane drivers.")
    assert next(c for c in run(text).claims if c.quantity == "injured").claimed_by == "ports-ministry"


def test_a_pronoun_before_the_count_keeps_its_own_sentences_antecedent():
    text = ("Haddad said on Friday that four drones had hit the depot. "
            "When the port officials arrived, they said two guards were wounded.")
    assert next(c for c in run(text).claims if c.quantity == "injured").claimed_by == "unnamed-officials"


def test_a_cue_set_off_by_commas_after_the_clause_of_a_count_governs_it():
    d = run("Four drones hit the pier, the ports ministry said, damaging two cranes and a warehouse on the quay.")
    assert [(c.text, c.claimed_by) for c in d.claims if c.quantity.startswith("drones")] == [("Four drones", "ports-ministry")]


def test_a_cue_set_off_by_commas_after_another_clause_does_not_govern_the_count():
    d = run("Four drones hit the pier on Thursday; after the raid, Haddad said, the port closed for a week.")
    assert [c.claimed_by for c in d.claims] == [None]


def test_an_inserted_cue_with_the_listener_of_told_governs_the_count_before_it():
    d = run("Four members of the harbour master’s guard were wounded, Haddad told Reuters, up from the two reported by port "
            "sources early in the morning before the pier reopened.")
    assert [(c.quantity, c.value, c.claimed_by) for c in d.claims][0] == ("injured", 4, "omar-haddad")


def test_a_closing_cue_whose_subject_has_a_long_relative_clause_governs_the_count():
    d = run("At least six members of the harbour master’s protection team were injured in the attack on the pier, which lies in "
            "the old port, a security source who requested anonymity due to restrictions on speaking to media told the Daily Courier.")
    assert [(c.value, c.claimed_by, c.reported_via) for c in d.claims] == [(6, "unnamed-security-sources", "daily-courier")]


def test_a_closing_cue_after_a_clause_of_its_own_does_not_govern_the_count():
    d = run("Four drones hit the pier on Thursday; the port stayed shut for a week after the attack on the quay, "
            "a security source who asked not to be named because of rules on speaking to the press told Reuters.")
    assert [c.claimed_by for c in d.claims] == [None]
