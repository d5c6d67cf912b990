"""Counts without a number before a plural (codebook C2 and C4); counts of a group named through "of"
("members of his guard", "a number of wounded", "most of its seats") are in :mod:`.partitive_counts`,
counts about another event in :mod:`.elsewhere`.

- A vague amount that gives no value ("a few", "many", "some", "a number of", "scores of",
  "a couple of", "a handful of", "numerous") before a tracked plural: value null, qualifier
  ``unspecified`` ("a number of guards were wounded").
- A bare plural of drones, explosions, seats, or killed or injured persons asserted in the
  event ("residents heard explosions", "drones struck the base", "the killing of protesters"):
  value null, ``unspecified``. Not: definite or possessive plurals ("the drones"), negated ones
  ("no deaths", C9), nouns used as modifiers ("drones attacks"), and plurals with no past-tense
  evidence of the event (generic "militias favour cheap drones").

A vague amount is a number expression (I1); a bare plural is not, but both are proposed as
claims (the bare plural with a low confidence).
"""
from __future__ import annotations

import re

from ..numbers import NUMBER_WORDS
from .counting import COUNT_NOUNS, DRONE_COMPOUND, EXPLOSION_USE, quantity_of, took_part
from .dates import MONTH_RE
from .numerals import NumberContext, NumberToken
from .partitive_counts import BareCount, casualty_members, vague_casualties, vague_partitives

VAGUE_NO_VALUE = re.compile(r"(?:\b(?:a few|a handful of|a number[”\"’]? of|a couple of|scores of|many|numerous|some|multiple))\s+$", re.I)
_NOT_BARE = frozenset("the a an its his her their our my your these those no any all both such most other "
                      "how what which whose every each several".split())
_PLURALS = sorted({w for w, cat in COUNT_NOUNS.items() if cat in ("drone", "explosion", "seat", "people") and w.endswith(("s", "men", "ren", "ple", "ops"))
                   and w not in ("others", "casualties", "victims", "persons", "staff", "members", "participants")} | {"detonations", "personnel"})
_PLURAL = re.compile(r"(?<![\w’'-])(?:" + "|".join(_PLURALS) + r")(?![\w’'-])", re.I)
_MODIFIER = re.compile(r"^(?:[a-z]+-[a-z-]+|[a-z]+(?:al|ive|ous|ian|ic|ful|less|ary|ese|ish|ent|ant)|loud|big|small|large|huge|armed"
                       r"|young|old|unarmed|fixed-wing|suicide|attack|foreign|local|iraqi|kurdish|pro-iran|unmanned|police|security|riot|army|border)$", re.I)
_DRONE_EVENT = re.compile(r"\b(?:launched|used|sent|attacked|struck|hit|targeted|shot down|downed|intercepted|crashed|exploded|reached|swooped|went after"
                          r"|carried out|flew|(?:were|was|been) flown|fired|brought down|destroyed|(?:were|was) (?:able|managed) to reach|(?:had been|were) (?:circling|hovering|flying)"
                          r"|came (?:over|in|at|from|down|through|across|towards?))\b"
                          r"|\battacks?\s+(?:with|by)\b")
"""A drone's part in the event (C7); "an attack by drones", "attacks with rockets and drones", "drones had been
circling over the zone", "drones were flown at the house", "drones came over the walls", "drones swooped on" (C7 test
3), "drones were able to reach his door", "drones reached the house" (test 2)."""
_PREPOSITIONS = frozenset("amid after before despite during in of over since with by from against following".split())
_GENERIC_ATTACKS = re.compile(r"\W*(?:(?!(?i:" + "|".join(sorted(_NOT_BARE | _PREPOSITIONS)) + r")\b)[A-Za-z-]+\s+)?(?P<attacks>[Aa]ttacks)\s+(?:with|by)\b")
"""Attacks with no determiner nor preposition opening a sentence or quote ("Cowardly attacks with drones build no future"): a
generic plural about a practice (C4), no drone's part in the event, unlike "These attacks with drones ..."."""
_ADOPTED = re.compile(r"\b(?:turned to|added|resorted to|switched to|(?:began|started) (?:using|to use)|adopted|deployed|employed"
                      r"|(?:been|were|was|are|is|have|has|had|kept|keep|keeps)\s+(?:flying|flown|sending|sent|launching|launched)|flew)"
                      r"\s+(?:(?!that\b)[a-z-]+\s+)?$")
"""An armed actor taking up drones ("have turned to drones in a series of attacks", "this year it added
drones", "have been flying drones at US bases"): drones in its attacks (C4 note), the verb part of the span."""
_SENT = re.compile("".join(rf"(?<!\b{w} )" for w in "to will would could can may might not never".split())
                   + r"\b(?:send|sends|sending|flies|flying|launching)\s+(?:(?!that\b|of\b)[a-z-]+\s+)?$")
_AT_TARGET = re.compile(r"\s+(?:to|at|against|towards?|into)\s")
"""An actor sending or flying drones at a target, with no modal before ("now they send drones to his house", "accused
of flying drones at US troops"; not "could send drones to", nor "a democracy in which the losers send drones"): drones in
its attacks (C4 and its note, C7 test 3), the verb part of the span as in :data:`_ADOPTED`."""
_HEADING_DRONE_VERB = re.compile(r"(?:\s+(?:laden|packed|loaded|armed|rigged|fitted)\s+with\s+[\w-]+|\s+carrying\s+[\w-]+)?"
                                 r"\s+(?:target|targets|hit|hits|strike|strikes|attack|attacks|pound|pounds|rock|rocks)\s+\S")
_HEADING_DRONES_OVER = re.compile(r"(?:^|:\s+)(?:[\w-]+\s+)?[Dd]rones\s+over\s+\S")
"""A headline's present tense after a plural of drones ("drones target PM's home", "drones laden with
explosives hit ..."), or a verbless headline led by them ("Brief: Drones over the Green Zone")."""
_ENTRY_LABEL = re.compile(r"^\W*(?:(?:" + MONTH_RE + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_RE + r")(?:,\s+(?:(?:about|around)\s+)?"
                          r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|morning|afternoon|evening|night|midnight|dawn|noon))?"
                          r"|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s*[-–—:]\s+\S")
"""A timeline entry's label ("Nov. 7 - ", "09:40 GMT - ", "7 November, about 2am – "): its sentences tell past events in
the present tense."""


_NAMED_TARGET = re.compile(r"\s+(?:[A-Z][\w’'-]*|(?:the|his|her|its|their)\s)")
"""A present-tense verb's object that names one target ("target Iraqi PM's home", "hit the residence"): no generic one."""


def _heading_drones(text: str, noun_end: int) -> bool:
    """True when the drones are the subject of a headline's or a timeline entry's present-tense verb (or
    "over"): a heading line does not end in a full stop, an entry opens with a date or time label; an
    article sentence ("drones target troops in many wars.") is neither, unless the verb names one target
    ("Drones target Iraqi PM's home.", a headline run into the text)."""
    line_end = text.find("\n", noun_end)
    line = text[text.rfind("\n", 0, noun_end) + 1:len(text) if line_end < 0 else line_end].rstrip()
    verb = _HEADING_DRONE_VERB.match(text, noun_end)
    if line.endswith((".", "”", "\"", "!", "?")) and not _ENTRY_LABEL.match(line):
        return bool(verb) and bool(_NAMED_TARGET.match(text, verb.end() - 2))
    return bool(verb or _HEADING_DRONES_OVER.search(line))


_CASUALTY_PAST = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|dead|died|deaths? of|slain|shot dead"
                            r"|murder(?:ed|ing)?(?: of)?|(?:suffered|sustained|treated for|hospital with)\s+(?:[a-z]+\s+)?(?:wounds|injuries))\b")
"""A casualty the event caused: a casualty verb, or wounds suffered or treated ("suffered shrapnel wounds", "taken to
hospital with injuries")."""
_WORDS, _HOW_BEFORE = re.compile(r"[\w’'-]+"), re.compile(r"\bhow\s+$", re.I)
_LABEL_DASH = re.compile(r"\d(?:\s*[ap]\.?m\.?)?\s+[-–—]\s+$", re.I)
_LAST_WORD, _OWNER_OR_DIGIT = re.compile(r"([\w’'-]+)\W*$"), re.compile(r"[’']s?$|\d")
SEAT_VERB = re.compile(r"\b(?:lost|losing|won|winning|gained|gaining|picked up|took|secured|shed|dropped)\s+(?:[a-z-]+\s+)?$")
"""A verb that wins or loses the seats after it ("won seats", "lost a single seat")."""


def _drone_event(text: str, sent_start: int, lo: int, hi: int) -> bool:
    """True when text[lo:hi] around a plural of drones tells a drone's part in the event (:data:`_DRONE_EVENT`),
    the generic attacks opening the sentence aside (:data:`_GENERIC_ATTACKS`)."""
    generic = _GENERIC_ATTACKS.match(text, sent_start)
    skip = generic.start("attacks") - lo if generic else -1
    return any(m.start() != skip for m in _DRONE_EVENT.finditer(text[lo:hi].lower()))


def _vague_before(head: str) -> re.Match[str] | None:
    """``VAGUE_NO_VALUE.search(head)``, tried only near the end: a match is an amount of at most 12
    characters followed by nothing but whitespace (the same match, without scanning the sentence)."""
    return VAGUE_NO_VALUE.search(head, max(0, len(head.rstrip()) - 16))


def _last_word(head: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(head)``, tried on the last 80 characters first: a match there that starts
    at the cut or none may belong to a longer run, so then the whole head is searched."""
    pos = max(0, len(head) - 80)
    m = _LAST_WORD.search(head, pos)
    return m if pos == 0 or m is not None and m.start() > pos else _LAST_WORD.search(head)


_SUBSET_BEFORE = re.compile(r"(?:\b(?:most|all|many|some|several|few|half|none|both|the\s+rest|the\s+majority)\s+of\s+(?:them|whom|those)"
                            r"\s+(?:(?:were|being|are)\s+)?|,\s+(?:mostly|mainly|largely|chiefly)\s+)(?:[a-z-]+\s+){0,2}$", re.I)
"""The group a counted whole is made of ("most of them (police officers)", "dozens of others, mostly (security
personnel)"): no count of its own (C9 note, I5)."""
_NUMBER_OF = re.compile(r"\bthe\s+numbers?\s+of\s+(?:[\w’'-]+\s+(?:and|or)\s+(?:of\s+)?)?(?:[\w’'-]+\s+){0,2}$", re.I)
"""A plural named as what "the number of" counts ("put the number of drones at three")."""
_CONTINUES = re.compile(r"\s+(?:(?:and|or)\s+)?")
"""What stands between a count and a plural that carries its noun on: nothing ("three small quadcopter | drones") or
"and"/"or" ("83 policemen and soldiers")."""


def noun_of_count(text: str, sent_start: int, count: tuple[int, int], plural_start: int) -> bool:
    """True when the plural at ``plural_start`` is the noun of a count of its sentence at ``count`` rather than a count
    with no value (C4): it follows right on the count, as the head of its compound or a noun coordinated with its own
    ("83 policemen and soldiers were hurt"), or "the number of" names it ("put the number of drones at three")."""
    return count[1] <= plural_start and _CONTINUES.fullmatch(text, count[1], plural_start) is not None \
        or bool(_NUMBER_OF.search(text, max(sent_start, plural_start - 60), plural_start))


_PREDICATE = re.compile(r"\b(?P<subject>[\w-]+)\s+(?:were|are)\s+(?:(?:all|mostly|only|just|probably|likely)\s+)?$", re.I)
"""A copula before the plural (and its modifiers) whose subject is a plural of the same kind: "the downed drones were
(small quadcopters)" says what things already there were, no count of them (C4); "the attackers were drones" is one."""
_EVENT_PREPOSITIONS = frozenset("in during amid".split())
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)$|dead|slain|hurt")
_DEFINITE = frozenset("the its his her their our my your these those".split())


def _relative(words: list[re.Match[str]]) -> bool:
    """True when the words before a plural are "in which", "during which" or "amid which": a relative
    clause about an event opens there ("the raid, in which drones struck"), so "which" is no determiner
    of the plural. "from which" or "of which" name a place or a whole that the plural presupposes."""
    return len(words) >= 2 and words[-1].group().lower() == "which" and words[-2].group().lower() in _EVENT_PREPOSITIONS


def _definite_participle(words: list[re.Match[str]]) -> bool:
    """True when a determiner and a participle or casualty adjective stand before the plural ("the remains of
    the downed drones", "its wounded guards", "one of the dead protesters"): a definite plural referring
    back (C4), not a new count."""
    return len(words) >= 2 and bool(_PARTICIPLE.fullmatch(words[-1].group().lower())) and words[-2].group().lower() in _DEFINITE



def bare_counts(text: str, sent_start: int, sent_end: int, taken: list[tuple[int, int]]) -> list[BareCount]:
    """The counts with no value in text[sent_start:sent_end], outside the ``taken`` spans."""
    out = []
    for m in _PLURAL.finditer(text, sent_start, sent_end):
        noun = m.group()
        cat = COUNT_NOUNS.get(noun.lower(), "drone" if noun.lower() == "uavs" else "explosion")
        start = m.start()
        words = list(_WORDS.finditer(text[max(sent_start, start - 40):start]))
        mods = 0
        while words and mods < 2 and _MODIFIER.match(words[-1].group()) and words[-1].group().lower() not in _NOT_BARE \
                and not _vague_before(text[sent_start:start]):
            start = max(sent_start, m.start() - 40) + words[-1].start()
            words.pop()
            mods += 1
        relative = _relative(words)
        if relative:
            words = []  # "(the attack,) in which explosive-laden drones struck": a relative pronoun, no determiner
        if mods and words and words[-1].group().lower() in _NOT_BARE or _definite_participle(words) \
                or noun.lower() == "personnel" and not mods:  # "personnel" alone is too general: "security personnel"
            continue
        head = text[sent_start:start]
        if _SUBSET_BEFORE.search(head, max(0, len(head) - 40)):
            continue  # "125 people, most of them police officers, were hurt": a vague subset of a count (C9 note)
        vague = _vague_before(head)
        if vague and _HOW_BEFORE.search(head[:vague.start()]):
            continue
        prev = None if relative else _last_word(head)
        if not vague and prev and (prev.group(1).lower() in _NOT_BARE or _OWNER_OR_DIGIT.search(prev.group(1))
                                   or prev.group(1).lower() in NUMBER_WORDS) \
                and not _LABEL_DASH.search(head):  # "Nov. 7 - Drones ...", "7 November, 2am – Drones": the entry's label
            continue
        if DRONE_COMPOUND.match(text[m.end():m.end() + 20]) or any(a < m.end() and start < b for a, b in taken):
            continue
        predicate = None if vague else _PREDICATE.search(head, max(0, len(head) - 40))
        if predicate and COUNT_NOUNS.get(predicate.group("subject").lower()) == cat:
            continue
        begin = sent_start + vague.start() if vague else start
        amount = vague.group().rstrip() if vague else ""
        tok = NumberToken(begin, begin + len(amount), amount, None, "unspecified")
        c = NumberContext(text, tok, sent_start, sent_end)
        lo, hi = max(sent_start, begin - 60), min(sent_end, m.end() + 60)
        window = text[lo:hi].lower()
        adopted = _ADOPTED.search(text[max(sent_start, begin - 40):begin]) if cat == "drone" else None
        if cat == "drone" and not adopted and _AT_TARGET.match(text, m.end()):
            adopted = _SENT.search(text[max(sent_start, begin - 40):begin])
        if cat == "drone" and not (adopted or _drone_event(text, sent_start, lo, hi) or _heading_drones(text, m.end())):
            continue
        if cat == "explosion" and not EXPLOSION_USE.search(window):
            continue
        if cat == "seat" and not SEAT_VERB.search(text[max(sent_start, begin - 40):begin].lower()):
            continue
        quantity = quantity_of(c, cat, noun, m.end())
        if cat == "people":
            if quantity in ("killed", "injured") and not _CASUALTY_PAST.search(window):
                quantity = None
            if quantity == "participants" and not (vague and took_part(text, head[:vague.start()], m.end(), sent_end)):
                quantity = None  # "Some demonstrators threw stones": a vague part of the crowd, no count of it (C10, I5)
        if quantity:
            out.append(BareCount(begin - len(adopted.group()) if adopted else begin, m.end(), tok, cat, noun, quantity))
    out += casualty_members(text, sent_start, sent_end, taken + [(b.start, b.end) for b in out])
    out += vague_casualties(text, sent_start, sent_end, taken + [(b.start, b.end) for b in out])
    return out + vague_partitives(text, sent_start, sent_end, taken + [(b.start, b.end) for b in out])
