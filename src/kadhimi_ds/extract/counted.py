"""The counted noun of one number: what "three explosive-laden drones", "seven of the minister's
guards" or "329-member parliament" count (C6, C13); the hedge of a number is read in :mod:`.qualifiers`,
what a number with no noun after it stands for in :mod:`.bare_numbers`."""
from __future__ import annotations

import re

from ..numbers import NUMBER_WORDS, SCALES
from .counting import COUNT_NOUNS, MULTIWORD_NOUNS
from .numerals import NumberContext
from .referring import DETERMINERS

FUNCTION_WORDS = frozenset(
    "of in at on by with from to and or were was are is had have has who that which it they will would could "
    "the a an its their his her this these those than as for into over under after before about more less per "
    "each every all both either neither such so not no nor but if when while where because since during then "
    "between among through despite amid until unless whether across near onto been being be do did does can may "
    "might must should shall killed injured wounded dead hurt died slain behind against inside outside around beyond "
    "toward towards within without via like".split())


_UNIT_SUFFIX = re.compile(r"-(member|seat|strong|year|month|week|day|hour|minute)s?\b")
_LEGISLATURE = re.compile(r"\s+(?:[\w-]+\s+)?(?:parliament|assembly|council\s+of\s+representatives|legislature|house|chamber|senate)\b",
                          re.I)
"""The parliament after a "-member" or "-seat" compound (C11 note); "the 15-member Security Council" or a
provincial council is another body."""
OF_THEM = re.compile(r"\s+of\s+(?P<pro>them|which|whom|those|these|(?:our|their|its|his|her|your)\s+own)\b")
"""A partitive whose whole is a pronoun ("two of them", "three of which", "two of their own"): the span runs
through it (C6 note)."""
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:is|ians|ans|ites|ists)")
"""A people named by their country, faith or movement ("Iraqis", "Iranians", "Shiites", "Sadrists"), as the whole of
"thousands of ..." (not a modifier: "two of Paris police")."""
_NOUN_WORDS, _POSSESSIVE_END = re.compile(r"[A-Za-z][\w’'-]*|[,.;:!?()]"), re.compile(r"[’']s?$")
_SPEAKERS_OWN = frozenset(("our", "my", "your"))
"""Possessives of a speaker in a partitive's whole ("three of our comrades"): like a determiner, not the noun."""
_MULTIWORD = [(multi, len(multi.split()), cat) for multi, cat in MULTIWORD_NOUNS.items()]


_SINGULAR_DRONES = frozenset(("drone", "uav", "quadcopter"))
_MODIFIER_OF = re.compile(r"[-\s]+(?:(?:and|or)\s+[\w-]+\s+)?(?:attacks?|strikes?|assaults?|raids?|incidents?|launch(?:es)?|sightings?)\b", re.I)
"""The noun that a singular "drone" modifies after a number ("at least 10 drone attacks", "two drone strikes", "a dozen
drone and rocket attacks")."""
_SINGULAR_BLASTS = frozenset(("blast", "explosion", "bomb"))
_BLAST_MODIFIES = re.compile(r"[-\s]+(?:walls?|barriers?|doors?|sites?|zones?|shields?|screens?|curtains?|craters?|marks?|waves?)\b", re.I)
"""The noun that a singular "blast" modifies after a number ("three blast walls deep", "two blast doors"): no explosion."""


def _number_word(low: str) -> bool:
    return all(part in NUMBER_WORDS for part in low.split("-"))


def _past_number_words(lows: list[str], i: int) -> int:
    """The index after a number in words that opens a partitive's whole ("(seventy-three of parliament’s) three
    hundred and twenty-nine (seats)"): the whole's own number, not its noun; ``i`` when none opens there."""
    j = i
    while j < len(lows) and (_number_word(lows[j]) or lows[j] == "and" and j > i and lows[j - 1] in SCALES
                             and j + 1 < len(lows) and _number_word(lows[j + 1])):
        j += 1
    return j


def counted_noun(c: NumberContext) -> tuple[str | None, str | None, int]:
    """(category, noun as written, end offset of the noun) of what a number counts.

    Handles "329-member parliament", partitives ("two of the drones", "seven of X’s guards"),
    up to four modifiers ("three explosive-laden drones", "Hundreds of Hashed supporters") and
    multiword nouns ("unmanned aerial vehicles"). (None, None, number end) when no noun follows.
    """
    text, pos, end = c.text, c.tok.end, c.sent_end
    m = _UNIT_SUFFIX.match(text[pos:end])
    if m:
        word = m.group(1)
        cat = {"member": "seat", "seat": "seat", "strong": "people"}.get(word, "time")
        if cat == "seat" and not _LEGISLATURE.match(text[pos + m.end():end]):
            cat = "other"
        return cat, text[pos:pos + m.end()], pos + m.end()
    if OF_THEM.match(text[pos:end]):
        return None, None, pos  # "two of them": what the sentence counted before
    words = list(_NOUN_WORDS.finditer(text[pos:min(end, pos + 140)]))
    lows = [w.group().lower() for w in words]
    i, steps = 0, 0
    if words and words[0].group() == "of":
        i = 1
        while i < len(words) and (lows[i] in DETERMINERS or lows[i] in _SPEAKERS_OWN or _POSSESSIVE_END.search(words[i].group())):
            i += 1
        owner = _possessive_owner_end(words, i)
        if owner:
            i = owner
        i = _past_number_words(lows, i)
    if i == 1 and i < len(words) and _DEMONYM.fullmatch(words[i].group()) and not (i + 1 < len(words) and _common_noun(words[i + 1].group())):
        return "people", words[i].group(), pos + words[i].end()  # "tens of thousands of Iraqis"
    k = i  # where the noun phrase starts
    if k < len(words) and _number_word(lows[k]):
        return None, None, pos  # "up from 54 three years ago": the next word opens another number expression
    while i < len(words) and steps < 5:
        w = words[i].group()
        low = w.lower()
        if low in (",", ".", ";", ":", "!", "?", "(", ")") or steps and low in DETERMINERS:
            break  # "two hospitals put the death toll at two": a determiner after a word opens another noun phrase
        for multi, n, cat in _MULTIWORD:
            if " ".join(lows[i:i + n]) == multi:
                return cat, text[pos + words[i].start():pos + words[i + n - 1].end()], pos + words[i + n - 1].end()
        if low in COUNT_NOUNS:
            compound = _MODIFIER_OF.match(text, pos + words[i].end(), end) if low in _SINGULAR_DRONES \
                else _BLAST_MODIFIES.match(text, pos + words[i].end(), end) if low in _SINGULAR_BLASTS else None
            if compound:  # "10 drone attacks", "three blast walls": the number counts attacks, walls
                return "other", text[pos + words[i].start():compound.end()], compound.end()
            return COUNT_NOUNS[low], w, pos + words[i].end()
        if low in FUNCTION_WORDS and low not in DETERMINERS or low.endswith("ly"):
            if low == "of" and steps == 0 or low == "more" and steps == 0 and i + 1 < len(words) and lows[i + 1] != "than":
                i += 1  # "two of the guards", "one more protester"
                continue
            if steps == 0 and low in _CASUALTY_MODIFIERS and i + 1 < len(words):
                nxt = words[i + 1]
                if COUNT_NOUNS.get(lows[i + 1]) == "people":
                    i += 1  # "six wounded guards": the casualty word modifies the noun
                    steps += 1
                    continue
                if nxt.group()[0].islower() and lows[i + 1] not in FUNCTION_WORDS and not lows[i + 1].endswith(("ed", "ing", "ly")):
                    return "people", nxt.group(), pos + nxt.end()  # "two dead sailors": whoever is dead counts people
            break
        i += 1
        steps += 1
    if k + 1 < len(words) and lows[k] in ("more", "million", "billion", "thousand") and lows[k + 1] != "than":
        k += 1  # "two more sailors", "the 22 million voters"
    if k + 1 < len(words) and lows[k].endswith(("ing", "ed")) and _common_noun(words[k + 1].group()):
        k += 1  # "2,000 polling stations", "registered voters": a participle modifying a noun
    first = words[k] if k < len(words) else None
    if first is not None and _common_noun(first.group()):
        return "other", first.group(), pos + first.end()
    if first is not None and _DEMONYM.fullmatch(first.group()) \
            and not (k + 1 < len(words) and (lows[k + 1] in COUNT_NOUNS or lows[k + 1] in ("police", "forces"))):
        return "people", first.group(), pos + first.end()  # "Forty million Iraqis": people, not a noun of the sentence before
    head = _after_name(words, k, i)
    if head is not None:
        return "other", head.group(), pos + head.end()
    return None, None, pos


def _after_name(words: list[re.Match[str]], k: int, stop: int) -> re.Match[str] | None:
    """The plural common noun that a proper name modifies right after a number ("several Hashd al-Shaabi
    factions", "two Basra clans"): the number counts it, not a noun elided from before; None otherwise."""
    j = k
    while j < stop and any(ch.isupper() for ch in words[j].group()) and not words[j].group().isupper():
        j += 1
    if k < j < len(words) and _common_noun(words[j].group()) and words[j].group().endswith("s"):
        return words[j]
    return None


def _common_noun(word: str) -> bool:
    """A word that can head a counted noun phrase: not a function word, verb form or proper name; a word
    in capitals is a common noun of a headline in capitals ("4 SUSPECTS HELD")."""
    low = word.lower()
    if not word[0].isalpha() or low in FUNCTION_WORDS or low in _VERB_FORMS or low in _PARTICLES or low in _TIME_ADVERBS \
            or low.endswith(("ed", "ing", "ly")):
        return False
    return not word[0].isupper() or len(word) > 1 and word.isupper()


_CASUALTY_MODIFIERS = frozenset("killed injured wounded dead hurt slain".split())
_VERB_FORMS = frozenset("shot hit struck hurt fell flew sent brought got took".split())
"""Verb forms without -ed after a number: "3 drones, 2 shot down" (the noun is elided)."""
_PARTICLES = frozenset("down up out off back away nearby elsewhere outside inside there here again together".split())
"""The particle of a phrasal verb split by its object: "brought one down", "shot two of them down" (the noun is elided);
an adverb of place is no noun either: "(thousands more) rallied nearby"."""


_TIME_ADVERBS = frozenset("overnight today yesterday tonight tomorrow earlier later already apiece".split())
"""Adverbs of time after a number: "(the toll had risen to) two overnight", "(up from) six earlier in the day" (the noun is
elided)."""


def _possessive_owner_end(words: list[re.Match[str]], i: int) -> int | None:
    """After "of": the index past a possessive owner of up to six words ("Prime Minister Mustafa
    al-Kadhimi's", "the prime minister's"), else None."""
    for j in range(i, min(len(words), i + 6)):
        w = words[j].group()
        if re.search(r"[’']s$", w):
            return j + 1
        if not re.match(r"[A-Za-z]", w) or w.lower() in FUNCTION_WORDS and w.lower() not in DETERMINERS:
            return None
    return None
