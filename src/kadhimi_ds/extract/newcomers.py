"""People an article introduces by a description that no registered actor fits ("a taxi driver near
Tahrir Square, who …, said"): proposed as new actors named from the description ("Unnamed taxi driver
near Tahrir Square", codebook M8 note), which the extractor's second pass registers so that "the
driver said" and "he added" reach them (:func:`kadhimi_ds.extract.pipeline.extract`)."""
from __future__ import annotations

import re

from .draft import ActorProposal
from .gazetteer import Gazetteer
from .referring import _slug
from .unnamed_people import DESCRIPTION, PREDICATE_BEFORE, article_described, identifying_end, singular

PERSON_HEADS = frozenset("""
driver vendor shopkeeper seller trader merchant owner grocer baker butcher barber tailor bookseller pharmacist
nurse doctor surgeon paramedic medic student teacher schoolteacher lecturer professor engineer mechanic labourer
laborer worker farmer soldier policeman policewoman officer guard protester demonstrator activist mother father
sister brother wife husband son daughter widow uncle aunt cousin man woman boy girl retiree pensioner veteran
fighter volunteer clerk employee waiter cook journalist photographer blogger imam cleric lawyer accountant
""".split())
"""Head nouns that describe one person an article may quote."""
_SPEECH = re.compile(r"(?<![\w’'-])(?:said|says|told|tells|added|adds|recalled|recalls|remembered|remembers|"
                     r"explained|explains|asked|asks|insisted|insists|described|describes|shouted|whispered)(?![\w’'-])|[“”\"]")
"""A verb of saying or a quotation mark: the sentence reports what someone said."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (a crude split at stops and line breaks)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def described_newcomers(text: str, quotes: list[tuple[int, int]], gaz: Gazetteer,
                        resolved: frozenset[str] = frozenset()) -> list[ActorProposal]:
    """The people the article describes with an indefinite description of a person's head noun
    (:data:`PERSON_HEADS`), outside quotations, in a sentence that reports speech or before a later
    "the <head>", whose head noun is that of no registered actor the article may describe
    (:func:`article_described`); one proposal per description, named "Unnamed " and its words up to the phrases
    that identify the person (M13). A description that already gave a quotation a registered speaker
    (``resolved``, lower case: "one young doctor" as the hospital's staff, M8) is not proposed."""
    known = article_described(gaz, text)
    low = text.lower()
    found: dict[str, ActorProposal] = {}
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for m in (m for a, b in lines for m in DESCRIPTION.finditer(text, a, b)):
        if not m.group("indefinite") or any(a <= m.start() < b for a, b in quotes):
            continue
        if PREDICATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "who is a nurse": says what someone is
        head = next((w for w in re.finditer(r"[a-z][a-z’'-]*", m.group(2)) if w.group() in PERSON_HEADS), None)
        if head is None:
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        noun = singular(head.group())
        if any(a.head == noun for a in known):
            continue  # a registered person the article may describe has this head: the registry decides
        later = re.search(rf"(?<![\w’'-])the\s+(?:[a-z-]+\s+)?{re.escape(head.group())}(?![\w’'-])", low[hi:])
        if not (_SPEECH.search(text, lo, hi) or later):
            continue
        end = identifying_end(text, m.start(2) + head.end(), hi)
        if text[m.start():m.start(2) + head.end()].lower() in resolved:
            continue
        name = "Unnamed " + re.sub(r"\s+", " ", text[m.start(2):end]).strip()
        if name not in found:
            found[name] = ActorProposal(_slug(name), name, "person", m.start(), end, text[m.start():end], [(m.start(), end)], "described")
    return list(found.values())
