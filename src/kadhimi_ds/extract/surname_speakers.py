"""People an article names in full and later quotes by their surname alone ("His neighbour Saad Obeid
disagreed. … “…,” Obeid said"): the full name, which the registry lacks, is proposed as a speaker, so
that the extractor's second pass registers it and the bare surname refers back to it (codebook G2)."""
from __future__ import annotations

import re

from .cues import FINITE_SPEECH
from .draft import ActorProposal, Draft
from .gazetteer import KUNYA_WORDS
from .referring import _NAME, NAME_STOP, ORG_HEADS, _slug
from .sentence_references import is_place

_SPEECH_AFTER = re.compile(r"(?:,\s*\d{1,3},)?\s+(?:" + "|".join(FINITE_SPEECH) + r"|recalled|recalls)(?![\w’'-])")
"""A verb of saying right after a surname, an age between commas allowed ("Kareem, 29, told me")."""
_SPEECH_BEFORE = re.compile(r"(?<![\w’'-])(?:said|says|added|insisted)\s+\Z")
"""A verb of saying right before a surname ("…,” said Obeid")."""


def _full_name(text: str, start: int, end: int) -> tuple[int, list[str]] | None:
    """The start and words of a person's full name in the capitalised run [start, end), the words that
    open sentences or titles dropped; None unless two words or more are left and none names a body or a place."""
    words = text[start:end].split()
    while words and words[0].rstrip(".") in NAME_STOP:
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        words.pop(0)
    if len(words) < 2 or words[0].lower() in KUNYA_WORDS or any(w in ORG_HEADS or w.rstrip(".") in NAME_STOP for w in words) \
            or is_place(" ".join(words)):
        return None
    return start, words


def surname_speakers(draft: Draft) -> list[ActorProposal]:
    """Full names outside page furniture and every registered mention of a first pass's ``draft`` whose
    last word, later in the article, stands alone before or after a verb of saying; one proposal per
    name, evidence "speaker"."""
    text = draft.text
    taken = [(m.start, m.end) for m in draft.mentions]
    found: dict[str, ActorProposal] = {}
    for m in _NAME.finditer(text):
        if draft.in_furniture(m.start(), m.end()) or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        full = _full_name(text, m.start(), m.end())
        if full is None:
            continue
        start, words = full
        name = " ".join(words)
        core = re.sub(r"^(?:[Aa]l|[Ee]l)-", "", words[-1])
        if len(core) < 4 or name in found:
            continue
        bare = re.compile(rf"(?<![\w’'-])(?:(?:[Aa]l|[Ee]l)-)?{re.escape(core)}(?![\w’'-])")
        for b in bare.finditer(text, m.end()):
            if draft.in_furniture(b.start(), b.end()) or re.search(r"[A-Z][\w’'-]*\s+\Z", text[max(0, b.start() - 30):b.start()]):
                continue  # in page furniture, or part of another name
            if _SPEECH_AFTER.match(text, b.end()) or _SPEECH_BEFORE.search(text, max(0, b.start() - 12), b.start()):
                found[name] = ActorProposal(_slug(name), name, "person", start, m.end(), text[start:m.end()],
                                            [(start, m.end())], "speaker")
                break
    return list(found.values())
