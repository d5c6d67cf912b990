"""The coded population of a claim (codebook C12) and the article's words for it (C13).

C12 codes: drones, explosions, parliament_seats, pm_guards, security_forces, protesters,
people. The code comes from the counted noun phrase of the claim's clause; a noun that stands
for another ("30 others", "a third", "an unconfirmed number") takes the nearest counted noun
before it in the same sentence; "people" when nothing fits. ``population_text`` is the noun
phrase as written, without number and hedge.
"""
from __future__ import annotations

import re

POPULATION_CODES = ("drones", "explosions", "parliament_seats", "pm_guards", "security_forces", "protesters", "people")

_CATEGORY_CODE = {"drone": "drones", "explosion": "explosions", "seat": "parliament_seats"}
_GUARDS = re.compile(r"\b(?:guards?|bodyguards?|protection|escorts?|close protection|presidential guard|security (?:detail|team|staff))\b", re.I)
_OTHER_OWNER = re.compile(r"\b(?:minister|president|governor|speaker|commander|mayor|ambassador|leader|cleric|chief|MP)\b[^’'\n]{0,40}[’']s\b", re.I)
"""Guards of another office holder ("Interior Minister Othman al-Ghanimi's bodyguards"): state
security forces, not the prime minister's guards (C12)."""
_SECURITY = re.compile(r"\b(?:soldiers?|troops|police(?:m[ae]n)?|officers?|personnel|security (?:forces?|staff|members)"
                       r"|servicem[ae]n|army|commandos?|conscripts?)\b", re.I)
_RESIDENCE = re.compile(r"\b(?:residence|home|house|compound|prime minister|premier|PM)\b")
_PROTESTERS = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|marchers?)\b", re.I)
_PROTESTING = re.compile(r"^\s*(?:who\s+(?:were\s+|had\s+)?)?(?:protest|march|demonstrat|rall|stag|held a sit-in|took to the streets"
                         r"|stormed|gathered|camped)", re.I)
_STANDS_FOR = frozenset("others other those ones them which whom these".split())
_GENERIC_HEADS = frozenset("members member staff personnel people persons".split())
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+|his\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?=\s+(?:were|was|had|have|are|who|killed|injured|wounded|hurt|dead)\b|[,.;:]|$)")
_COUNTED = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|guards?|bodyguards?|soldiers?|troops|policem[ae]n|police"
                      r"|officers?|civilians?|people|residents?|drones?|UAVs?|explosions?|blasts?|seats?|members)\b", re.I)

_PARTITIVE_PRONOUNS = frozenset("them whom those these".split())
_APPOSED = re.compile(r",?\s+(?:(?:were|are|being|all)\s+)?(?P<np>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:members|staff|personnel"
                      r"|protesters|demonstrators|marchers|guards|bodyguards|soldiers|troops|policemen|police|officers|civilians"
                      r"|residents|security\s+forces)(?:\s+of\s+(?:the\s+|his\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)(?=[,.;:]|\s*$)", re.I)
"""A group set after a partitive pronoun: "(98 of them) members of the security forces", "(two of them) policemen"."""
_SPEAKER_HEAD = re.compile(r"\s+(?:officials?|sources?|spokes(?:man|woman|person)|chiefs?|commanders?|statements?|medics?|doctors?"
                           r"|union|association|committee)\b", re.I)


def noun_phrase(text: str, num_end: int, noun_end: int, sent_end: int) -> tuple[int, int]:
    """The counted noun phrase after a number: from the number's end to the noun, without a
    leading "of" ("seven of the guards" → "the guards"), with an "of" complement after a generic
    head ("members of the protection force")."""
    a = num_end
    while a < noun_end and text[a].isspace():
        a += 1
    m = re.match(r"of\s+", text[a:noun_end])
    if m:
        a += m.end()
    b = noun_end
    head = text[a:b].split()[-1].lower() if text[a:b].split() else ""
    if head in _GENERIC_HEADS:
        tail = _OF_TAIL.match(text, b, sent_end)
        if tail:
            b = tail.end()
    return a, b


def population_code(category: str | None, phrase: str, after: str) -> str:
    """The C12 code of a counted noun phrase; ``after`` is the text that follows it in the
    clause (a protest verb there makes "supporters" protesters)."""
    if category in _CATEGORY_CODE:
        return _CATEGORY_CODE[category]
    if _GUARDS.search(phrase):
        owner = _OTHER_OWNER.search(phrase)
        if owner and not re.search(r"\bprime minister|\bpremier\b|\bPM\b", phrase[:owner.end()], re.I):
            return "security_forces"
        return "pm_guards"
    if _SECURITY.search(phrase):
        return "pm_guards" if re.search(r"\b(?:security|protection)\b", phrase, re.I) and _RESIDENCE.search(phrase) else "security_forces"
    if _PROTESTERS.search(phrase) or _PROTESTING.match(after):
        return "protesters"
    return "people"


_PROTEST_VERB = re.compile(r"\b(?:protest(?:ed|ing)?|demonstrat(?:e|ed|ing)|march(?:ed|ing)?|rall(?:y|ied|ying)|clash(?:ed|ing)?"
                           r"|gather(?:ed|ing)?|sit-in|camp(?:ed|ing)|took to the streets|stormed|storming|returned"
                           r"|forc(?:e|ed|ing) their way)\b", re.I)


def protesting(sentence: str) -> bool:
    """True when the sentence says its crowd was protesting, marching, clashing or holding a sit-in: its
    participants are protesters (C12); a crowd that "massed" or "attended a funeral" stays people."""
    return bool(_PROTEST_VERB.search(sentence))


def counted_words(phrase: str) -> str | None:
    """The first counted noun of a phrase ("demonstrators" in "among the peaceful demonstrators"), else None."""
    m = _COUNTED.search(phrase)
    return m.group() if m else None


def stands_for(text: str, sent_start: int, at: int) -> tuple[int, int] | None:
    """The nearest counted noun before ``at`` in the same sentence, for an elided noun; a noun that
    modifies a speaker ("a police official said seven were hurt") is none."""
    found = [m for m in _COUNTED.finditer(text, sent_start, at) if not _SPEAKER_HEAD.match(text, m.end(), at)]
    return (found[-1].start(), found[-1].end()) if found else None


def population_of(text: str, category: str | None, noun: str | None, num: tuple[int, int, str], noun_end: int,
                  sentence: tuple[int, int]) -> tuple[str, str]:
    """(code, population_text) of a claim: ``num`` is the number's (start, end, form), ``noun_end``
    where its counted noun ends (if any), ``sentence`` the (start, end) of its sentence."""
    (num_start, num_end, form), (sent_start, sent_end) = num, sentence
    if noun and noun.lower() not in _STANDS_FOR:
        a, b = noun_phrase(text, num_end, noun_end, sent_end)
        phrase = text[a:b].strip() or noun
        return population_code(category, phrase, text[b:min(sent_end, b + 60)]), phrase
    apposed = _APPOSED.match(text, noun_end, sent_end) if noun and noun.lower() in _PARTITIVE_PRONOUNS else None
    if apposed:  # "98 of them members of the security forces": the apposition names the group
        return population_code(category, apposed.group("np"), ""), noun
    antecedent = stands_for(text, sent_start, num_start)
    # the words standing for the noun: "others", "a third", "an unconfirmed number"; a bare
    # number ("down from 48") takes the noun it stands for
    words = noun or (text[num_start:num_end] if form in ("ordinal", "unspecified", "article") or antecedent is None
                     else text[antecedent[0]:antecedent[1]])
    if antecedent is None:
        return population_code(category, "", text[noun_end:min(sent_end, noun_end + 60)]), words
    source = text[antecedent[0]:antecedent[1]]
    return population_code(category, source, text[antecedent[1]:min(sent_end, antecedent[1] + 60)]), words
