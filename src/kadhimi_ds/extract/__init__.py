"""Automatic extraction: propose quotes, numeric claims, actor mentions, date hints and
page furniture for an English news article, each with its exact span.

The extractor proposes; people decide. ``extract`` returns a :class:`Draft` and
``draft_yaml`` turns it into an annotation draft (``status: draft``) in the format of
``seeds/annotations/README.md``. Every rule is a small named function over the text; the
only knowledge of the world it uses is the actor registry passed in (aliases, names,
kinds, parents and descriptions), the event registry if passed (dates, precisions, types,
places) and general English vocabulary (speech verbs, number
words, month names, role nouns).

Offsets are Unicode code points into the text, half-open ``[start, end)``, so that
``text[item.start:item.end] == item.text`` for every item.

Call :func:`check_language` first on untrusted input: it refuses empty, binary, HTML and
non-English text with a one-line message instead of producing a draft full of noise.

The modules, in the order :func:`extract` uses them:

- ``text``: decoding, the language check, lines and sentences, shared word helpers;
- ``furniture``: page furniture and the body, with its line rules by family: ``debris`` (credits,
  captions, widgets), ``datelines``, ``credit_lines`` (bylines), ``notes`` (editor's notes, source lines,
  footnotes), ``story_ends`` (end markers, separators), ``copied_lines`` (pull quotes, copies of the
  headline), ``captions``, ``media`` (galleries,
  players, embeds), ``stamps``, ``controls``, ``prompts``, ``teasers`` (lists of other stories,
  key events), ``wire`` (version slugs and update notes) and ``wrappers`` (transcripts, newsletters);
- ``quotes``: pairing quotation marks, with ``quoted_names`` (names, titles and hashtags in marks, Q5);
- ``gazetteer``: the actor registry's facts and indexes, built once per registry, with ``transliteration``
  (spelling-insensitive keys of names and the fuzzy comparison) and ``spelling``;
- ``registry_mentions``: the gazetteer's matching passes (aliases, names, transliteration variants, a
  state named by its capital, group phrases), with ``groups`` and ``capitals``; ``surnames``,
  ``initials`` and ``roles`` add back-references by surname, lower-case aliases and role nouns;
- ``tokens``: the token index of an article (the candidate words of every rule);
- ``cues`` and ``referring``: attribution cues and the vocabulary of referring expressions;
- ``references``: an article's references, with ``sentence_references`` (those of one sentence) and
  ``cue_referents`` (each cue and what it points to);
- ``referents``: what a reference points to, with ``role_referents``, ``outlet_referents`` ("the
  channel", "the paper"), ``spokesperson_referents``, ``statement_referents``, ``unnamed_sources``,
  ``pronouns``, ``described`` (persons described by a noun once named), ``unnamed_people`` (people
  described instead of named, "a taxi driver", registered by that description, with ``described_actors``,
  the registry's side) and ``subjects``;
- ``attribution``: who said each quotation, with ``quote_speakers``, ``continuity`` (speakers carried
  on) and ``channels`` (Q10, Q11); ``claim_sources`` (who asserts each claim, C16, C17) and
  ``added_mentions`` (new actors of titled names, possessive roles);
- ``numerals`` and ``claims``: number expressions and which of them are claims, with ``claim_records``
  (a count recorded as a claim with its source, population and event), ``counting``
  and ``counted`` (counted nouns, quantities C7-C10), ``qualifiers`` (hedges, C2, C5), ``bare_numbers``
  (what a number with no noun counts), ``seats`` (C11), ``population`` (C12, C13),
  ``bare_counts`` and ``partitive_counts`` (C2, C4), ``singulars`` (C3), ``elided``, ``ordinals`` (C8), ``ranges``,
  ``tolls`` and ``figures`` (C9 tolls, restated figures), ``headlines`` and ``repeats`` (C15
  repeats), ``heading_speakers`` (the speaker a heading names), ``hypotheticals`` (I6), ``cue_scope`` (C16),
  ``non_claims`` (I3-I6), ``picked_out`` ("one of the", "both", I4), ``denials``
  (denied counts, I6), ``elsewhere``
  (C14, other events) and ``registered_events`` (the event registry: a claim's event, or an ignore, C14, I7);
- ``dates``: date hints;
- ``draft``: the result types and the YAML draft;
- ``pipeline``: :func:`extract` itself, with ``surname_speakers`` (people named in full and quoted by
  surname alone, proposed for its second pass).
"""
from __future__ import annotations

from .dates import find_dates
from .draft import (ActorProposal, ClaimProposal, DateHint, Draft, FurnitureSpan, Item, MentionProposal,
                    NumberExpression, QuoteProposal, anchor_fields, draft_yaml)
from .furniture import find_body
from .gazetteer import Gazetteer, gazetteer_for
from .numerals import NumberToken, find_numbers
from .pipeline import extract
from .quotes import find_quotes
from .text import check_language, decode_text
from .transliteration import translit_key

__all__ = [
    "ActorProposal", "ClaimProposal", "DateHint", "Draft", "FurnitureSpan", "Gazetteer", "Item", "MentionProposal",
    "NumberExpression", "NumberToken", "QuoteProposal", "anchor_fields", "check_language", "decode_text", "draft_yaml",
    "extract", "find_body", "find_dates", "find_numbers", "find_quotes", "gazetteer_for",
    "translit_key",
]
