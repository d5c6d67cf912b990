"""Automatic extraction: propose quotes, numeric claims, actor mentions, date hints and
page furniture for an English news article, each with its exact span.

The extractor proposes; people decide. ``extract`` returns a :class:`Draft` and
``draft_yaml`` turns it into an annotation draft (``status: draft``) in the format of
``seeds/annotations/README.md``. Every rule is a small named function over the text; the
only knowledge of the world it uses is the actor registry passed in (aliases, names,
kinds, parents and descriptions) and general English vocabulary (speech verbs, number
words, month names, role nouns).

Offsets are Unicode code points into the text, half-open ``[start, end)``, so that
``text[item.start:item.end] == item.text`` for every item.

Call :func:`check_language` first on untrusted input: it refuses empty, binary, HTML and
non-English text with a one-line message instead of producing a draft full of noise.

The modules, in the order :func:`extract` uses them:

- ``text``: decoding, the language check, lines and sentences, shared word helpers;
- ``furniture``: page furniture and the body;
- ``quotes``: pairing quotation marks, with ``quoted_names`` (names, titles and hashtags in marks, Q5);
- ``gazetteer``: the actor registry's facts and indexes, built once per registry, with ``transliteration``
  (spelling-insensitive keys of names and the fuzzy comparison);
- ``registry_mentions``: the gazetteer's matching passes (aliases, names, transliteration variants, a
  state named by its capital, group phrases), with ``groups`` (the noun phrase a group noun heads and its
  modifiers) and ``capitals``;
- ``surnames``: bare surnames referring back to a person named in full earlier;
- ``tokens``: the token index of an article (the candidate words of every rule);
- ``cues``: attribution cues (speech verbs, "according to", "statement from");
- ``referring``: the vocabulary and patterns of referring expressions (roles, unnamed sources,
  pronouns, names, titles);
- ``references``: the referring expressions and cues of each sentence and the referent of a cue;
- ``referents``: what a reference points to (registered actor, last speaker, new actor);
- ``attribution``: who said each quotation and who asserts each claim, new-actor proposals;
- ``numerals`` and ``claims``: number expressions and which of them are claims, with ``counting``
  (counted nouns, quantities C7-C11), ``population`` (C12 codes, C13 words) and ``bare_counts``
  (counts with no value, C2/C4, and counts about another event), ``ordinals`` (series closed by an
  ordinal, C8), ``figures`` (figures restated by another voice), ``tolls`` (counts given as a toll, C9) and
  ``singulars`` (singular counts, C3);
- ``dates``: date hints;
- ``draft``: the result types and the YAML draft;
- ``pipeline``: :func:`extract` itself.
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
