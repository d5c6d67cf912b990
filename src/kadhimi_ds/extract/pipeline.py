"""The extractor: the passes over one article, in order, gathered into a :class:`Draft`."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from .attribution import ArticleAttribution
from .claims import ClaimPass
from .dates import DATE_WORDS_CASED, find_dates
from .draft import ActorProposal, Draft
from .furniture import find_body
from .described_actors import article_described, described_actors
from .gazetteer import Gazetteer, gazetteer_for
from .groups import GROUP_LEMMAS_CASED
from .initials import initial_mentions
from .added_mentions import title_of
from .named_bodies import named_bodies, speaking_names
from .newcomers import described_newcomers
from .outlet_names import OUTLET_EVIDENCE, named_outlets
from .numerals import NUMBER_TRIGGERS_CASED
from .quotes import find_quotes
from .referring import past_owner
from .registered_events import event_registry_for
from .registry_mentions import registry_mentions
from .roles import role_mentions
from .spelling import head_noun_mentions, spelling_mentions
from .given_names import described_given_mentions, given_name_mentions
from .surnames import honorific_mentions, namesake_surnames, surname_mentions
from .surname_speakers import surname_speakers
from .relatives import related_given_names
from .cues import CUE_TRIGGERS_CASED
from .tokens import TokenIndex, Triggers

TRIGGERS = Triggers(NUMBER_TRIGGERS_CASED, CUE_TRIGGERS_CASED, DATE_WORDS_CASED, GROUP_LEMMAS_CASED)

PEOPLE_EVIDENCE = ("speaker", "named", "titled name")
"""The evidence of a proposed new person (or body, other than a paper) that a second pass registers: a name
said to speak, a possessor's name, a name after a title."""


def extract(text: str, published: dt.date | None = None, actors: Iterable[dict[str, Any]] | None = None,
            events: Iterable[dict[str, Any]] | None = None) -> Draft:
    """Propose page furniture, quotes, claims, mentions, date hints and new actors for one article.

    ``published`` is the article's date (relative dates resolve against it; None leaves them
    unresolved); ``actors`` is the registry (``seeds/actors.yaml`` entries: id, name, kind,
    parent, description, aliases); ``events`` the event registry (``seeds/events.yaml`` entries:
    id, date, date_precision, event_type, sub_event_type, location, summary), by which a claim
    gets its event and a count of an unregistered event is ignored (C14, I7); without it a count
    placed only by a past time stays a claim flagged for the coder. Nothing is proposed inside
    page furniture. Call :func:`check_language` first on untrusted input.

    People the registry lacks are found in two passes: the first proposes them (a name said to
    speak, after a title, a possessor, or in full before its surname is said to speak,
    :mod:`.surname_speakers`; a given name after a relation, "my cousin Hussein", :mod:`.relatives`; a person
    described and quoted, :mod:`.newcomers`), the second drafts
    the article with them registered under their names, so that "Dror said" and "he added" reach a person the article introduced as they
    would a registered one; what the second pass gives them stays a proposal (:func:`as_proposals`). So are
    bodies: a body's name said to speak ("the Ministry of Fisheries said", then "the ministry said") and a
    newspaper a press review names (:mod:`.outlet_names`: "Javan, the daily close to …", then "it wrote"), a
    body named after "the … of" and referred back to (:mod:`.named_bodies`: "the Council of Ministers", then
    "the Council condemned") and a body named by one word and said to speak ("Lebanon’s Hezbollah", then
    "Hezbollah said").
    """
    actors = list(actors or [])
    first = _draft(text, published, actors, events)
    known = {str(a["id"]) for a in actors}
    people = [p for p in first.new_actors if p.kind == "person" and p.evidence in PEOPLE_EVIDENCE and p.id not in known]
    resolved = frozenset(q.speaker_text.lower() for q in first.quotes if q.speaker and q.speaker_text)
    people += [p for p in surname_speakers(first) if p.id not in known | {q.id for q in people}]
    people += [p for p in related_given_names(first) if p.id not in known | {q.id for q in people}]
    gaz = gazetteer_for(actors)
    named = [(m.start, m.end) for m in first.mentions if (info := gaz.info.get(m.actor_id)) is not None and info.person]
    named += [(p.start, p.end) for p in first.new_actors if p.kind == "person"]
    quoted = [(q.start, q.end) for q in first.quotes]
    people += [p for p in described_newcomers(text, quoted, gaz, resolved, named)
               if p.id not in known]
    bodies = [p for p in named_outlets(text, quoted, first.mentions, gaz) if p.id not in known]
    bodies += [p for p in first.new_actors if p.kind not in ("person", "media") and p.evidence in PEOPLE_EVIDENCE
               and p.id not in known]
    for p in named_bodies(text, quoted, first.mentions, gaz) + speaking_names(first, quoted, gaz):  # a body proposed once
        if p.id not in known | {b.id for b in bodies} and not any(b.start < p.end and p.start < b.end for b in bodies):
            bodies.append(p)
    taken = {p.id for p in bodies}
    people = [p for p in people if p.id not in taken]  # "Vatan-e Emrooz, a daily": a paper, not a person
    if not people and not bodies:
        return first
    entries = [{"id": p.id, "name": p.name, "kind": "person", "description": title_of(text, p.start, p.end),
                "aliases": [p.name] if p.evidence != "described" else  # a described person: the given name apposed
                sorted({text[a:b] for a, b in p.mentions if (a, b) != (p.start, p.end)})} for p in people]
    unused = unused_described(text, gaz, gazetteer_for(entries), {m.actor_id for m in first.mentions})
    entries += [{"id": p.id, "name": p.name, "kind": p.kind, "aliases": [p.name],
                 "description": f"{p.evidence.capitalize()}." if p.evidence in OUTLET_EVIDENCE else ""} for p in bodies]
    return as_proposals(_draft(text, published, [a for a in actors if a["id"] not in unused] + entries, events),
                        people + bodies)


def unused_described(text: str, gaz: Gazetteer, newcomers: Gazetteer, used: set[str]) -> set[str]:
    """The registered described persons (:func:`article_described`) of a head noun that a described newcomer
    has, which the first pass found nowhere in the article (``used``): it found nobody of the registry's
    fitting the newcomer's description, so in the second pass "the driver" is the article's own driver."""
    heads = {a.head for a in described_actors(newcomers)}
    return {a.id for a in article_described(gaz, text) if a.person and a.head in heads and a.id not in used}


def as_proposals(draft: Draft, people: list[ActorProposal]) -> Draft:
    """The second pass's draft with the ``people`` it had registered turned back into proposals: a
    quote of theirs has them as ``new_speaker``, and each proposal lists the mentions found of it (which
    leave the registry's mentions)."""
    ids = {p.id for p in people}
    for q in draft.quotes:
        if q.speaker in ids:
            q.speaker, q.new_speaker = None, q.speaker
    for p in people:
        p.mentions = sorted({*p.mentions, *(past_owner(draft.text, (m.start, m.end)) if p.kind != "person" else (m.start, m.end)
                                            for m in draft.mentions if m.actor_id == p.id)})
    draft.mentions = [m for m in draft.mentions if m.actor_id not in ids]
    draft.new_actors = sorted([*draft.new_actors, *people], key=lambda p: p.start)
    return draft


def _draft(text: str, published: dt.date | None, actors: list[dict[str, Any]], events: Iterable[dict[str, Any]] | None) -> Draft:
    """One pass of the extractor over the article with the registry ``actors``."""
    gaz = gazetteer_for(actors)
    body, furniture, paragraphs = find_body(text)
    raw_quotes, warnings = find_quotes(text, paragraphs, gaz.surface)
    index = TokenIndex(text, paragraphs, TRIGGERS, gaz.name_firsts)
    mentions = registry_mentions(text, paragraphs, index, gaz)
    mentions += spelling_mentions(text, paragraphs, mentions, gaz)
    mentions = namesake_surnames(sorted(mentions + surname_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end)),
                                paragraphs, gaz)
    mentions = sorted(mentions + head_noun_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end))
    mentions = sorted(mentions + honorific_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end))
    mentions = sorted(mentions + given_name_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end))
    mentions = sorted(mentions + described_given_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end))
    mentions = sorted(mentions + initial_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end))
    art = ArticleAttribution(text, gaz, paragraphs, raw_quotes, mentions, index)
    quotes = art.run_quotes()
    dates = find_dates(text, paragraphs, published, index)
    registry = None if events is None else event_registry_for(events)
    claims = ClaimPass(art, published, registry, registry.placed(dates, published) if registry else None)
    claims.run()
    art.propose_titled_names()
    art.resolve_possessive_mentions()
    taken = {(m.start, m.end) for m in mentions}
    descriptive = [m for k, m in sorted(art.descriptive.items()) if k not in taken]
    found = mentions + descriptive
    found += role_mentions(text, paragraphs, actors, [(m.start, m.end) for m in found])
    all_mentions = sorted(found, key=lambda m: (m.start, m.end))
    numbers = sorted(claims.numbers, key=lambda n: (n.start, n.end))
    return Draft(text, published, body, furniture, quotes, sorted(claims.claims, key=lambda c: (c.start, c.end)),
                 numbers, all_mentions, dates,
                 sorted(art.proposals.values(), key=lambda p: p.start), warnings, claims.candidates)
