"""People an article introduces by a description that no registered actor fits ("a taxi driver near
Tahrir Square, who …, said", "The bus driver keeps …"): proposed as new actors named from the description
("Unnamed taxi driver near Tahrir Square", codebook M8 note), which the extractor's second pass registers so
that "the driver said" and "he added" reach them (:func:`kadhimi_ds.extract.pipeline.extract`)."""
from __future__ import annotations

import re

from .draft import ActorProposal
from .gazetteer import Gazetteer
from .referring import NAME_GIVING, NAME_STOP, _slug
from .sentence_references import is_place
from .described_actors import article_described, modifier_before, same_kind, singular, telling
from .unnamed_people import DESCRIPTION, PREDICATE_BEFORE, first_use, identifying_end, same_sex, unnamed_people

PERSON_HEADS = frozenset("""
driver vendor shopkeeper seller trader merchant owner grocer baker butcher barber tailor bookseller pharmacist
nurse doctor surgeon paramedic medic student teacher schoolteacher lecturer professor engineer mechanic labourer
laborer worker farmer soldier policeman policewoman officer guard protester demonstrator activist mother father
sister brother wife husband son daughter widow uncle aunt cousin man woman boy girl retiree pensioner veteran
fighter volunteer clerk employee waiter cook journalist photographer blogger imam cleric lawyer accountant
mourner dispatcher colleague neighbour neighbor friend witness bystander survivor relative nephew niece grandmother
grandfather grandson granddaughter analyst researcher academic economist historian commuter passenger customer
pilgrim private sergeant corporal conscript electrician plumber carpenter porter cashier midwife dentist housewife
expert guest
""".split())
"""Head nouns that describe one person an article may quote."""
_GENERIC = frozenset("man woman boy girl".split())
"""Heads that say nothing but a person: "the man" is not a first mention."""
_RELATIONAL = _GENERIC | frozenset("colleague friend neighbour neighbor relative".split())
"""Heads that tell nothing of what a person does: the registry may name the person by another noun."""
_SPEECH = re.compile(r"(?<![\w’'-])(?:said|says|told|tells|added|adds|recalled|recalls|remembered|remembers|"
                     r"explained|explains|asked|asks|insisted|insists|described|describes|shouted|whispered)(?![\w’'-])|[“”\"]")
"""A verb of saying or a quotation mark: the sentence reports what someone said."""
_PRONOUN_SPEAKS = re.compile(r"(?<![\w’'-])(?:(?:he|she)\s+(?:said|says|told|tells|added|adds|recalled|recalls)|"
                             r"(?:said|says|added|adds)\s+(?:he|she))(?![\w’'-])", re.I)
"""A pronoun said to speak ("she said"): the person a sentence before introduced speaks."""
_BEFORE_HEAD = re.compile(r"(?<![\w’'-])(?:a|an|the|one|of|for|to|with|by|at|in|on|from|and|or|his|her|their)\s", re.I)
"""A determiner, preposition or conjunction among the words before the head: the head is another noun phrase's
("filling a glass for a soldier")."""
_NAME_GIVEN = re.compile(NAME_GIVING + r"\Z")
"""The name-giving words right before a name (:data:`.referring.NAME_GIVING`)."""
_GIVEN_AFTER = re.compile(NAME_GIVING + r"((?:(?:Umm|Abu)\s+)?[A-Z][a-z’'-]{2,})(?![\w’'-]|\s+[A-Z])")
"""A one-word given name (or a kunya) the words of :data:`_NAME_GIVEN` give ("gave only his first name, Haider")."""
_APPOSED_TO = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,2}?([a-z]+),\s*\Z")
"""A description of a person right before a comma ("said the driver, "): a description after it is in
apposition and describes the same person ("the driver, a man in his 50s", M3)."""
_GIVEN_BEFORE = re.compile(r"\s*((?:(?:Umm|Abu)\s+)?[A-Z][a-z’'-]{2,}),\s*(?:\d{1,3},\s*)?")
"""A sentence opening with one given name (or a kunya), an age perhaps, in apposition before the description
("Zainab, a 31-year-old schoolteacher who …", "Sarah, 29, a pharmacist", "Umm Ali, a widow in the group,"):
the person's name (M3)."""
_GIVEN_AFTER_CUE = re.compile(r"(?<![\w’'-])(?:said|says|asked|asks|added|adds)\s+((?:(?:Umm|Abu)\s+)?[A-Z][a-z’'-]{2,}),"
                              r"\s*(?:\d{1,3},\s*)?\Z")
"""The same after an inverted reporting clause ("“…,” said Zaid, a 24-year-old protester")."""
_NAME_APPOSED = re.compile(r"(?:\s+(?:nearby|next door|here|there))?,\s*")
"""Between a description and a name set off after it by commas ("A bookseller nearby, X, 67,"): the name is the person's."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_CLAUSE_END = re.compile(r"[,;:.!?—–“”\"(]")
"""Where the words describing a person end."""
_OPENING_PHRASE = re.compile(r"\s*(?:In|At|On|Near|Outside|Inside|Across|Behind|Beside|Along|By|Back\s+(?:in|at|on))\s[^,;:“”\"]*,\s*\Z")
"""A sentence that opens with a phrase of place up to a comma ("In a narrow pharmacy off Palestine Street, "):
what follows the comma is the sentence's subject, not an apposition."""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]`` (a crude split at stops and line breaks)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def _first_mention(text: str, low: str, start: int, head_end: int, noun: str) -> bool:
    """A definite description that introduces its person ("The bus driver keeps …", "the pharmacist, a
    soft-spoken woman"): the head noun, not a bare "man" or "woman", has words before it, a phrase after it
    that identifies the person or an apposition; it is said nowhere before in the article, and the
    description follows no name in apposition ("Ali Hassan, the driver,", M3). A bare "the private" or "the
    cleric" goes back to someone (:mod:`.described`). A comma before the description is an apposition's
    unless it ends a phrase of place opening the sentence (:data:`_OPENING_PHRASE`)."""
    after_comma = re.search(r",\s*\Z", text[max(0, start - 3):start])
    if noun in _GENERIC or after_comma and not _OPENING_PHRASE.fullmatch(text, _sentence(text, start, start)[0], start):
        return False
    bare = re.fullmatch(r"[Tt]he\s+[a-z]+", text[start:head_end]) and identifying_end(text, head_end, len(text)) == head_end
    if bare and not re.match(r",\s+(?:a|an)\s", text[head_end:head_end + 6]):
        return False
    return first_use(low, noun, start)


def _speaks_after(text: str, hi: int) -> bool:
    """A pronoun said to speak after the sentence ending at ``hi``, in its paragraph or the next ("A young
    woman waited at the checkpoint. … “…,” she said."), blank lines between paragraphs skipped."""
    here = text.find("\n", hi)
    stop = -1 if here < 0 else text.find("\n", re.compile(r"\s*").match(text, here).end())
    return _PRONOUN_SPEAKS.search(text, hi, len(text) if stop < 0 else stop) is not None


def _of_named(text: str, start: int, end: int, lo: int, hi: int, named: list[tuple[int, int]]) -> bool:
    """The description at ``text[start:end]`` describes a person named in its sentence (``named``, spans of the
    first pass, and the descriptions before it): in apposition after the name ("Hussein Ali, 24, a day
    labourer", M3) or after another description ("An ambulance driver, a thin man"), before the name set off
    in apposition by commas ("A bookseller nearby, Mohammed Jawad, 67, listened", M3), or before a clause
    that gives the name ("a young man, who gave his name only as Abu Zahraa", M8 note)."""
    for a, b in named:
        if b <= start and re.fullmatch(r",\s*(?:\d+\s*,\s*)?", text[b:start]):
            return True
        if _NAME_APPOSED.fullmatch(text, end, a) and text[b:b + 1] == ",":
            return True
        if start < a < hi and lo <= start and _NAME_GIVEN.search(text, max(start, a - 40), a):
            return True
    return False


def _fitted(text: str, gaz: Gazetteer, lo: int, hi: int, quotes: list[tuple[int, int]]) -> set[int]:
    """Where the sentence ``text[lo:hi]`` describes a registered described actor (:func:`unnamed_people`)."""
    outside = lambda pos: not any(a <= pos < b for a, b in quotes)  # noqa: E731
    return {a for a, _b, _actor, _person, _definite in unnamed_people(text, lo, hi, gaz, outside)}


def _registered(text: str, gaz: Gazetteer, noun: str, modifier: str, start: int, hi: int) -> bool:
    """A registered described person the article may describe has the head noun and a word the description
    says up to its clause's end that tells which such person it is (:func:`telling`: "a policeman at a
    checkpoint …" and "Mazin, policeman at a Karrada checkpoint") and no other word before the head
    (:func:`same_kind`), or, for a noun that says only how the person stands to others (:data:`_RELATIONAL`),
    any registered described person has such a word that names no person ("a colleague from the history
    department" and "Unnamed history lecturer", not "a woman whose son is among the guards" and "Unnamed
    cousin of a guard"), two for a bare "man" or "woman" (as :func:`unnamed_people` links them: "a young
    woman" is not "Unnamed young activist", nor "a young man from Sadr City" a mother there): the registry decides, even between several such people."""
    stop = _CLAUSE_END.search(text, start, hi)
    said = {singular(w) for w in re.findall(r"[a-z]+", text[start:stop.start() if stop else hi].lower())}
    least = 2 if noun in _GENERIC else 1
    return any(a.head == noun and same_kind(a, modifier, frozenset(said)) and telling(a) & said
               or noun in _RELATIONAL and a.person and same_sex(noun, a.head) and len(({singular(w) for w in a.qualifiers} - PERSON_HEADS) & said) >= least
               for a in article_described(gaz, text))


def _given_before(text: str, lo: int, start: int) -> list[tuple[int, int]]:
    """The span of a given name opening the sentence at ``lo`` (or after its inverted reporting clause) in
    apposition before the description at ``start`` (:data:`_GIVEN_BEFORE`, :data:`_GIVEN_AFTER_CUE`), none for a word that opens sentences (:data:`NAME_STOP`), a place or
    a word the article also writes in lower case ("Meanwhile,", "Outside,")."""
    given = _GIVEN_BEFORE.fullmatch(text, lo, start) or _GIVEN_AFTER_CUE.search(text, lo, start)
    if given is None:
        return []
    word = given.group(1)
    if word in NAME_STOP or is_place(word) or re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", text):
        return []
    return [given.span(1)]


def _given_after(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """The span of the one-word given name (or kunya) that a relative clause right after the description ending
    at ``end`` gives before the sentence's end ``hi`` ("a soldier at the gate who gave only his first name,
    Haider", M8 note), none for a word that opens sentences (:data:`NAME_STOP`) or a place."""
    given = _GIVEN_AFTER.search(text, end, hi)
    if given is None or not re.fullmatch(r",?\s+(?:who|whom)\s[^.;:“”\"]*", text[end:given.start()]):
        return []
    word = given.group(1)
    return [] if word in NAME_STOP or is_place(word) else [given.span(1)]


def described_newcomers(text: str, quotes: list[tuple[int, int]], gaz: Gazetteer,
                        resolved: frozenset[str] = frozenset(), named: list[tuple[int, int]] | None = None) -> list[ActorProposal]:
    """The people the article describes with a description of a person's head noun (:data:`PERSON_HEADS`),
    indefinite or a definite first mention (:func:`_first_mention`), outside quotations, in a sentence that
    reports speech, before a later "the <head>" or before a pronoun said to speak (:func:`_speaks_after`),
    which no registered described actor fits (:func:`_fitted`, :func:`_registered`: the registry decides who
    the described person is); one proposal per description, named "Unnamed " and
    its words up to the phrases that identify the person (M13), a given name in apposition before it or given by
    a relative clause after it among its mentions (:func:`_given_before`, :func:`_given_after`). A description that already gave a quotation a
    registered speaker (``resolved``, lower case: "one young doctor" as the hospital's staff, M8), that
    describes a person ``named`` in its sentence (:func:`_of_named`) or one described right before it
    (:data:`_APPOSED_TO`) is not proposed."""
    low = text.lower()
    found: dict[str, ActorProposal] = {}
    described: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for m in (m for a, b in lines for m in DESCRIPTION.finditer(text, a, b)):
        if any(a <= m.start() < b for a, b in quotes):
            continue
        if PREDICATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "who is a nurse": says what someone is
        if (apposed := _APPOSED_TO.search(text, max(0, m.start() - 60), m.start())) and singular(apposed.group(1)) in PERSON_HEADS:
            continue
        head = next((w for w in re.finditer(r"[a-z][a-z’'-]*", m.group(2)) if w.group() in PERSON_HEADS), None)
        if head is None or _BEFORE_HEAD.search(m.group(2), 0, head.start()):
            continue
        noun = singular(head.group())
        if not m.group("indefinite") and not _first_mention(text, low, m.start(), m.start(2) + head.end(), noun):
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        later = re.search(rf"(?<![\w’'-])the\s+(?:[a-z-]+\s+)?{re.escape(head.group())}(?![\w’'-])", low[hi:])
        if not (_SPEECH.search(text, lo, hi) or later or _speaks_after(text, hi)):
            continue
        if _of_named(text, m.start(), identifying_end(text, m.start(2) + head.end(), hi), lo, hi, (named or []) + described):
            continue
        described.append((m.start(), m.start(2) + head.end()))
        modifier = modifier_before(m.group(2), head.start())
        if m.start() in _fitted(text, gaz, lo, hi, quotes) or _registered(text, gaz, noun, modifier, m.start(), hi):
            continue  # a registered person the article describes so: the registry decides
        end = identifying_end(text, m.start(2) + head.end(), hi)
        if text[m.start():m.start(2) + head.end()].lower() in resolved:
            continue
        name = "Unnamed " + re.sub(r"\s+", " ", text[m.start(2):end]).strip()
        if name not in found:
            given = _given_before(text, lo, m.start())
            found[name] = ActorProposal(_slug(name), name, "person", m.start(), end, text[m.start():end],
                                        sorted([*given, (m.start(), end), *_given_after(text, end, hi)]), "described")
    return list(found.values())
