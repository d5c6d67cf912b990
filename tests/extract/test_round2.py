"""Round-2 rules, each on sentences written for these tests: bare surnames, scare quotes and
nicknames, definite unnamed sources, statements carried by an outlet, web debris."""
from __future__ import annotations

from kadhimi_ds.extract import find_body

from helpers import ACTORS, quote, run

MAAN = ACTORS + [{"id": "saad-maan", "name": "Saad Maan", "kind": "person", "parent": "ports-ministry",
                  "description": "Spokesman.", "aliases": ["Saad Maan", "Sa'ad Ma'an"]}]


def test_a_bare_surname_refers_back_to_the_full_name_in_any_spelling():
    from kadhimi_ds.extract import extract
    d = extract("Spokesman Sa'ad Ma'an spoke on Monday.\n\n\"We found the parts,\" Maan said.", None, MAAN)
    assert quote(d, "We found the parts,").speaker == "saad-maan"
    assert any(m.text == "Maan" and m.actor_id == "saad-maan" for m in d.mentions)


def test_a_surname_inside_another_name_is_not_a_back_reference():
    from kadhimi_ds.extract import extract
    d = extract("Saad Maan spoke. Later Maan Ali arrived.", None, MAAN)
    assert not any(m.text == "Maan" for m in d.mentions)


def test_scare_quotes_and_nicknames_are_not_quotes():
    d = run('The so-called "reform" stalled. The ministry\'s "inquiry" will name nobody. '
            'Haddad, whom some call "the Lion", was silent. Nobody needs another "hero".')
    assert d.quotes == []


def test_a_label_with_a_cue_stays_a_quote():
    d = run('Omar Haddad called the attack "a crime". Critics called him a "traitor".')
    assert [q.text for q in d.quotes] == ["a crime", "traitor"]


def test_the_official_refers_back_to_the_unnamed_source():
    d = run('A senior security official told Reuters the port was hit. "They knew the target," the official said.')
    assert quote(d, "They knew the target,").speaker == "unnamed-officials"


def test_the_group_before_its_quotation_is_the_speaker():
    d = run('Harbour Front met on Monday. The group "rejects this act," a statement carried by state television said.')
    q = quote(d, "rejects this act,")
    assert q.speaker == "harbour-front" and q.attribution == "explicit"


BODY = "Port hit by drones\n\nThe port was hit by two drones on Sunday, officials said, and work stopped for a day.\n\n"


def _kinds(text: str) -> dict[str, str]:
    _, furniture, _ = find_body(text)
    return {f.text: f.kind for f in furniture}


def test_bylines_datelines_captions_and_teasers_inside_a_body_are_furniture():
    text = (BODY + "By Rana Aziz and Omar Fadel, Harbour News\n\nBASRA —\n\n"
            "Workers clear debris at the port in Basra on November 7, 2021. (Ali Saeed/AFP)\n\n"
            + BODY[20:] + "Read more: Port strike talks resume →\n\nAlso read\nFerry Line Cuts Routes\nDock fees rise again\n\n"
            + BODY[20:] + "Rana Aziz, Reuters\n\n" + BODY[20:])
    kinds = _kinds(text)
    assert kinds["By Rana Aziz and Omar Fadel, Harbour News"] == "credit_line"
    assert kinds["BASRA —"] == "dateline"
    assert kinds["Workers clear debris at the port in Basra on November 7, 2021. (Ali Saeed/AFP)"] == "photo_caption"
    assert kinds["Read more: Port strike talks resume →"] == "related_link"
    assert kinds["Also read\nFerry Line Cuts Routes\nDock fees rise again"] == "related_link"
    assert kinds["Rana Aziz, Reuters"] == "credit_line"


def test_an_article_sentence_with_a_credit_but_no_date_keeps_its_words():
    _, furniture, paragraphs = find_body(BODY + "The minister toured the port after the attack. (Ali Saeed / AP)\n\n" + BODY[20:])
    assert [f.text for f in furniture] == ["(Ali Saeed / AP)"]
