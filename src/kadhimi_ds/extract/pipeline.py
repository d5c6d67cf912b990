"""The extractor: the passes over one article, in order, gathered into a :class:`Draft`."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from .attribution import ArticleAttribution
from .claims import ClaimPass
from .dates import DATE_WORDS_CASED, find_dates
from .draft import Draft
from .furniture import find_body
from .gazetteer import gazetteer_for
from .groups import GROUP_LEMMAS_CASED
from .initials import initial_mentions
from .numerals import NUMBER_TRIGGERS_CASED
from .quotes import find_quotes
from .registered_events import event_registry_for
from .registry_mentions import registry_mentions
from .roles import role_mentions
from .spelling import head_noun_mentions, spelling_mentions
from .given_names import described_given_mentions, given_name_mentions
from .surnames import honorific_mentions, surname_mentions
from .cues import CUE_TRIGGERS_CASED
from .tokens import TokenIndex, Triggers

TRIGGERS = Triggers(NUMBER_TRIGGERS_CASED, CUE_TRIGGERS_CASED, DATE_WORDS_CASED, GROUP_LEMMAS_CASED)


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
    """
    actors = list(actors or [])
    gaz = gazetteer_for(actors)
    body, furniture, paragraphs = find_body(text)
    raw_quotes, warnings = find_quotes(text, paragraphs, gaz.surface)
    index = TokenIndex(text, paragraphs, TRIGGERS, gaz.name_firsts)
    mentions = registry_mentions(text, paragraphs, index, gaz)
    mentions += spelling_mentions(text, paragraphs, mentions, gaz)
    mentions = sorted(mentions + surname_mentions(text, paragraphs, mentions, gaz), key=lambda m: (m.start, -m.end))
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
