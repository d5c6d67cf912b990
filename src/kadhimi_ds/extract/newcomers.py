"""People an article introduces by a description that no registered actor fits ("a taxi driver near
Tahrir Square, who …, said", "The bus driver keeps …"): proposed as new actors named from the description
("Unnamed taxi driver near Tahrir Square", codebook M8 note), which the extractor's second pass registers so
that "the driver said" and "he added" reach them (:func:`kadhimi_ds.extract.pipeline.extract`)."""
from __future__ import annotations

import re

from .draft import ActorProposal
from .gazetteer import Gazetteer
from .referring import _slug
from .unnamed_people import DESCRIPTION, PREDICATE_BEFORE, article_described, identifying_end, singular, unnamed_people

PERSON_HEADS = frozenset("""
driver vendor shopkeeper seller trader merchant owner grocer baker butcher barber tailor bookseller pharmacist
nurse doctor surgeon paramedic medic student teacher schoolteacher lecturer professor engineer mechanic labourer
laborer worker farmer soldier policeman policewoman officer guard protester demonstrator activist mother father
sister brother wife husband son daughter widow uncle aunt cousin man woman boy girl retiree pensioner veteran
fighter volunteer clerk employee waiter cook journalist photographer blogger imam cleric lawyer accountant
""".split())
"""Head nouns that describe one person an article may quote."""
_GENERIC = frozenset("man woman boy girl".split())
"""Heads that say nothing but a person: "the man" is not a first mention."""
_SPEECH = re.compile(r"(?<![\w’'-])(?:said|says|told|tells|added|adds|recalled|recalls|remembered|remembers|"
                     r"explained|explains|asked|asks|insisted|insists|described|describes|shouted|whispered)(?![\w’'-])|[“”\"]")
"""A verb of saying or a quotation mark: the sentence reports what someone said."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_CLAUSE_END = re.compile(r"[,;:.!?—–“”\"(]")
"""Where the words describing a person end."""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (a crude split at stops and line breaks)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def _first_mention(text: str, low: str, start: int, noun: str) -> bool:
    """A definite description that introduces its person ("The bus driver keeps …"): its head noun, not a
    bare "man" or "woman", is said nowhere before in the article, and it follows no name in apposition
    ("Ali Hassan, the driver,", M3)."""
    if noun in _GENERIC or re.search(r",\s*\Z", text[max(0, start - 3):start]):
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(noun)}(?:e?s)?(?![\w’'-])", low[:start]) is None


def _fitted(text: str, gaz: Gazetteer, lo: int, hi: int, quotes: list[tuple[int, int]]) -> set[int]:
    """Where the sentence ``text[lo:hi]`` describes a registered described actor (:func:`unnamed_people`)."""
    outside = lambda pos: not any(a <= pos < b for a, b in quotes)  # noqa: E731
    return {a for a, _b, _actor, _person, _definite in unnamed_people(text, lo, hi, gaz, outside)}


def _registered(text: str, gaz: Gazetteer, noun: str, start: int, hi: int) -> bool:
    """A registered described person the article may describe has the head noun and a qualifying word the
    description says up to its clause's end ("a policeman at a checkpoint …" and "Mazin, policeman at a
    Karrada checkpoint"): the registry decides, even between several such people."""
    stop = _CLAUSE_END.search(text, start, hi)
    said = {singular(w) for w in re.findall(r"[a-z]+", text[start:stop.start() if stop else hi].lower())}
    return any(a.head == noun and {singular(w) for w in a.qualifiers} & said for a in article_described(gaz, text))


def described_newcomers(text: str, quotes: list[tuple[int, int]], gaz: Gazetteer,
                        resolved: frozenset[str] = frozenset()) -> list[ActorProposal]:
    """The people the article describes with a description of a person's head noun (:data:`PERSON_HEADS`),
    indefinite or a definite first mention (:func:`_first_mention`), outside quotations, in a sentence that
    reports speech or before a later "the <head>", which no registered described actor fits (:func:`_fitted`:
    the registry decides who the described person is); one proposal per description, named "Unnamed " and
    its words up to the phrases that identify the person (M13). A description that already gave a quotation a
    registered speaker (``resolved``, lower case: "one young doctor" as the hospital's staff, M8) is not
    proposed."""
    low = text.lower()
    found: dict[str, ActorProposal] = {}
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for m in (m for a, b in lines for m in DESCRIPTION.finditer(text, a, b)):
        if any(a <= m.start() < b for a, b in quotes):
            continue
        if PREDICATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "who is a nurse": says what someone is
        head = next((w for w in re.finditer(r"[a-z][a-z’'-]*", m.group(2)) if w.group() in PERSON_HEADS), None)
        if head is None:
            continue
        noun = singular(head.group())
        if not m.group("indefinite") and not _first_mention(text, low, m.start(), noun):
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        later = re.search(rf"(?<![\w’'-])the\s+(?:[a-z-]+\s+)?{re.escape(head.group())}(?![\w’'-])", low[hi:])
        if not (_SPEECH.search(text, lo, hi) or later):
            continue
        if m.start() in _fitted(text, gaz, lo, hi, quotes) or _registered(text, gaz, noun, m.start(), hi):
            continue  # a registered person the article describes so: the registry decides
        end = identifying_end(text, m.start(2) + head.end(), hi)
        if text[m.start():m.start(2) + head.end()].lower() in resolved:
            continue
        name = "Unnamed " + re.sub(r"\s+", " ", text[m.start(2):end]).strip()
        if name not in found:
            found[name] = ActorProposal(_slug(name), name, "person", m.start(), end, text[m.start():end], [(m.start(), end)], "described")
    return list(found.values())
