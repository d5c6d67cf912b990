"""Round-2 rules, each on sentences written for these tests: bare surnames, scare quotes and
nicknames, definite unnamed sources, statements carried by an outlet, web debris."""
from __future__ import annotations

from kadhimi_ds.extract import find_body

from test_extract import ACTORS, quote, run

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
