"""Rules for articles the extractor has not seen: passive and coordinated attribution, names in
quotation marks, statements, long partitives, "two of them", alias spellings and web debris
(all sentences written for these tests)."""
from __future__ import annotations

from kadhimi_ds.build.aliases import alias_pattern, fold_apostrophes
from kadhimi_ds.extract import draft_yaml, find_body

from helpers import ACTORS, claims_by_text, quote, run


def test_told_gives_the_speaker_not_the_listener():
    d = run('Lina Sabbagh spoke on Monday.\n\n"The port reopens tomorrow," Sabbagh told the Daily Courier.')
    q = quote(d, "The port reopens tomorrow,")
    assert q.speaker == "lina-sabbagh" and q.speaker_basis == "explicit cue"


def test_coordinated_subjects_give_the_first():
    d = run('The ports ministry and Harbour Front said in a joint statement that the dock was safe. '
            '"Work goes on," they said.\n\nThe ports ministry and Harbour Front said: "No ship was hit."')
    assert quote(d, "No ship was hit.").speaker == "ports-ministry"


def test_a_nickname_in_quotation_marks_is_not_a_quote_and_the_chain_goes_on():
    d = run('The harbour commander, known as "Abu Sami", stayed away. Omar Haddad said: "We are ready."')
    assert [q.text for q in d.quotes] == ["We are ready."]
    assert quote(d, "We are ready.").speaker == "omar-haddad"


def test_a_pronoun_quote_says_how_its_speaker_was_found():
    d = run('Omar Haddad visited the docks on Monday. "We will rebuild," he said.')
    q = quote(d, "We will rebuild,")
    assert q.speaker == "omar-haddad" and q.speaker_basis == "pronoun resolution"
    assert "speaker basis: pronoun resolution" in draft_yaml(d, "x")


def test_long_possessive_partitive_and_two_of_them():
    d = run("Six of Ports Minister Omar Haddad's bodyguards were wounded. "
            "Officials said four drones, two of them shot down, were sent against the port.")
    got = {(c.quantity, c.value) for c in d.claims}
    assert ("injured", 6) in got and ("drones_launched", 4) in got and ("drones_downed", 2) in got
    assert ("drones_downed", 4) not in got


def test_a_total_stated_in_an_earlier_paragraph_is_not_implied_again():
    d = run("Three drones were sent at the port, officials said.\n\nTwo of the drones were shot down and the third struck a crane.")
    assert sorted((c.quantity, c.value) for c in d.claims) == [
        ("drones_downed", 2), ("drones_launched", 3), ("drones_struck", 1)]
    assert "the third" not in claims_by_text(d) or claims_by_text(d)["the third"].quantity == "drones_struck"


def test_aliases_match_any_apostrophe_form_in_the_extractor_only():
    pattern = alias_pattern(["Kata'ib Dock"], any_apostrophe=True)
    assert pattern.search("the Kata’ib Dock group").group() == "Kata’ib Dock"
    assert alias_pattern(["Kata'ib Dock"]).search("the Kata’ib Dock group") is None
    assert fold_apostrophes("Kata’ib") == "Kata'ib"
    actors = ACTORS + [{"id": "kd", "name": "Kata'ib Dock", "kind": "armed_group", "aliases": ["Kata'ib Dock"]}]
    from kadhimi_ds.extract import extract
    assert [m.actor_id for m in extract("The Kata’ib Dock group denied it.", None, actors).mentions] == ["kd"]


def test_web_debris_inside_the_body_is_furniture():
    lines = ["A long first paragraph of the article says what happened at the port on Monday morning, officials said.",
             "The minister visited the docks on Tuesday and met the workers there. (Sara Lane / AP)",
             "The minister inspects a damaged crane at the port, March 7, 2024.",
             "[Embedded content]",
             "An error occurred. Please try again.",
             "Share this article",
             "The second long paragraph goes on with what the workers told the minister about the damage.",
             "A third paragraph closes the story with more words about the port and the ships that were hit.",
             "Leave a comment"]
    text = "\n\n".join(lines)
    body, furniture, paragraphs = find_body(text)
    assert body.text.startswith("A long first") and body.text.endswith("ships that were hit.")
    kinds = {f.text: f.kind for f in furniture}
    assert kinds["(Sara Lane / AP)"] == "photo_caption"
    assert kinds[lines[2]] == "photo_caption" and kinds["[Embedded content]"] == "embedded_post"
    assert lines[4] in kinds and lines[5] in kinds
    assert not any(text[a:b].endswith("AP)") for a, b in paragraphs)
