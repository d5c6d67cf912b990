"""The annotation draft (``kadhimi_ds.extract.draft``): ``draft_yaml`` writes a draft whose
anchors resolve, with the fields the build accepts."""
from __future__ import annotations

from ruamel.yaml import YAML

from kadhimi_ds.build.anchors import Span
from kadhimi_ds.build.seeds import Document
from kadhimi_ds.extract import draft_yaml, extract

from helpers import ACTORS, DAY, run

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
    from kadhimi_ds.extract import draft_yaml, extract, extract

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


def test_the_draft_carries_population_text_and_the_claimants_basis():
    d = run("Five guards were wounded, Omar Haddad said. Two drones were shot down.")
    data = YAML(typ="safe", pure=True).load(draft_yaml(d, "x"))
    first, second = data["claims"]
    assert first["population"] == "pm_guards" and first["population_text"] == "guards"
    assert first["claimed_by"] == "omar-haddad" and first["claimed_by_basis"] == "article"
    assert second["claimed_by"] is None and second["claimed_by_basis"] is None
    assert list(first)[:6] == ["text", "quantity", "value", "qualifier", "population", "population_text"]


def test_the_build_accepts_the_new_claim_fields_of_a_draft():
    from kadhimi_ds.build.resolve import CLAIM_KEYS, ITEM_TYPES
    assert {"population_text", "claimed_by_basis"} <= CLAIM_KEYS
    assert type(None) in ITEM_TYPES["claimed_by_basis"] and str in ITEM_TYPES["population_text"]


def test_the_draft_writes_the_proposed_event_of_a_claim():
    events = [{"id": "harbour-strike", "date": "2024-03-07", "date_precision": "day", "event_type": "Explosions/Remote violence",
               "sub_event_type": "Air/drone strike", "location": "Harbourtown"}]
    draft = extract("Three drones hit the port on Thursday, officials said.", DAY, ACTORS, events)
    out = draft_yaml(draft, "900_port")
    assert "    event: harbour-strike" in out and "event proposed from the registry" in out
