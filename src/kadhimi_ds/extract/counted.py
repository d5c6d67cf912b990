"""The counted noun, hedge and elided category of one number: what "three explosive-laden
drones", "seven of the minister's guards" or "329-member parliament" count (C6, C13), the
qualifier its cue words give (C2, C5), and what a number with no noun stands for."""
from __future__ import annotations

import re

from ..numbers import NUMBER_WORDS, QUALIFIER_CUES, SCALES
from .counting import CROWD_BEFORE, MARCHED, COUNT_NOUNS, MULTIWORD_NOUNS, casualty_of
from .numerals import NumberContext
from .referring import DETERMINERS
from .text import LETTERS

QUALIFIER_BEFORE = re.compile(
    r"(?P<cue>at least|no fewer than|no less than|more than|upwards of|in excess of|just over|over|at most|up to|no more than"
    r"|as many as|as high as|as low as|less than|fewer than|under|about|around|approximately|roughly|an estimated|some|nearly|almost|close to"
    r"|down from|up from)\s+[“\"‘]?\s*$", re.I)
QUALIFIER_MAP = {**{cue: qual for qual, cues in QUALIFIER_CUES.items() if qual != "unspecified" for cue in cues},
                 "just over": "more_than", "over": "more_than", "as many as": "exact", "as high as": "exact", "as low as": "exact", "under": "less_than",
                 "down from": "exact", "up from": "exact"}
"""The qualifier of each hedge that ``QUALIFIER_BEFORE`` finds: the cues that validation checks
(``kadhimi_ds.numbers.QUALIFIER_CUES``) and a few more that only the extractor reads. "as many as" is
no C5 cue: it stays in the span, the count is exact."""

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
_MODIFIER_OF = re.compile(r"[-\s]+(?:attacks?|strikes?|assaults?|raids?|incidents?|launch(?:es)?|sightings?)\b", re.I)
"""The noun that a singular "drone" modifies after a number ("at least 10 drone attacks", "two drone strikes")."""


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
        if low in (",", ".", ";", ":", "!", "?", "(", ")"):
            break
        for multi, n, cat in _MULTIWORD:
            if " ".join(lows[i:i + n]) == multi:
                return cat, text[pos + words[i].start():pos + words[i + n - 1].end()], pos + words[i + n - 1].end()
        if low in COUNT_NOUNS:
            compound = _MODIFIER_OF.match(text, pos + words[i].end(), end) if low in _SINGULAR_DRONES else None
            if compound:  # "10 drone attacks": the drone names the attacks' kind (C4), the number counts attacks
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
    if not word[0].isalpha() or low in FUNCTION_WORDS or low in _VERB_FORMS or low in _PARTICLES or low.endswith(("ed", "ing", "ly")):
        return False
    return not word[0].isupper() or len(word) > 1 and word.isupper()


_CASUALTY_MODIFIERS = frozenset("killed injured wounded dead hurt slain".split())
_VERB_FORMS = frozenset("shot hit struck hurt fell flew sent brought got took".split())
"""Verb forms without -ed after a number: "3 drones, 2 shot down" (the noun is elided)."""
_PARTICLES = frozenset("down up out off back away nearby elsewhere outside inside there here again together".split())
"""The particle of a phrasal verb split by its object: "brought one down", "shot two of them down" (the noun is elided);
an adverb of place is no noun either: "(thousands more) rallied nearby"."""


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


def qualifier_before(c: NumberContext) -> tuple[str, int]:
    """The hedge written before the number and where it starts; vague amounts are at_least."""
    m = QUALIFIER_BEFORE.search(c.before)
    if c.tok.form == "unspecified":
        return "unspecified", c.tok.start
    if m:
        cue = m.group("cue").lower()
        if cue == "some" and c.tok.form not in ("digits", "words"):
            m = None
        else:
            qual = QUALIFIER_MAP[cue]
            start = c.tok.start - len(c.before) + m.start()
            if qual == "exact" and c.tok.form == "vague":
                qual = "at_least"
            return qual, start
    if c.tok.form == "vague":  # C2: "a dozen" is about 12, the other vague amounts at least their value
        return ("about" if c.tok.text.lower().startswith("a dozen") else "at_least"), c.tok.start
    return "exact", c.tok.start

_QUALIFIER_AFTER = re.compile(r"\s+(?P<cue>at least|at most)\b(?=\s+(?:were|was|had|have|are|died|killed|wounded|injured|hurt)\b"
                              r"|\s*(?:[.;!?]|$))", re.I)
"""A hedge set after the counted noun and before its verb, or closing the sentence: "six guards at least were hurt",
"put the crowd at 1,500 at most." (C5)."""


def qualifier_after(text: str, noun_end: int, sent_end: int) -> tuple[str, int] | None:
    """(qualifier, end) of a hedge right after the counted noun ("(six guards) at least were hurt"), else None."""
    m = _QUALIFIER_AFTER.match(text, noun_end, sent_end)
    return (QUALIFIER_MAP[m.group("cue").lower()], m.end()) if m else None


_VERB_AFTER = re.compile(r"^\s+(?:(?:were|was|are|had been|have been|has been)\s+)?(?:being\s+)?(?:\w+ly\s+)?(?:killed|injured|wounded|hurt"
                         r"|hospitali[sz]ed|treated\s+for\s+(?:[\w’'-]+\s+){0,2}?(?:injuries|wounds)"
                         r"|dead|died|shot down|downed|intercepted|brought down|hit|struck|reached|crashed|exploded|launched|used)\b", re.I)
"""A number that is the subject of a counting verb ("two were shot down", "seven were hurt", "19 were hospitalised",
"seven were being treated for their injuries")."""


_PLACED_WITH = re.compile(r"\b(?:came|comes|come|coming|finished|finishes|finishing|placed|ended(?:\s+up)?|emerged|was|is)\s+"
                         r"(?:(?:a\s+(?:close|distant)\s+)?(?:first|second|third|fourth|fifth|sixth|top|last|runner-up)|out\s+on\s+top"
                         r"|ahead|in\s+(?:first|second|third|fourth|fifth)\s+place)\s+(?P<with>with)\s+"
                         r"(?:(?:about|around|roughly|some|nearly|almost|just|only|at least|more than|over)\s+)?$", re.I)
_ELECTION_WORDS = re.compile(r"\bseats?\b|-seat\b|\bparliament|\bassembly\b|\blegislature\b", re.I)


def placed_with(c: NumberContext) -> int | None:
    """Where "with" starts in "(the bloc) came second with (37)", "finished first with (about 73)", "came
    out on top with (61)": a place in the results with a bare number, which counts seats won when the
    paragraph speaks of seats or the parliament (C11; the span runs from "with", C6 note). None
    otherwise ("came first with 61 in the regatta")."""
    m = _PLACED_WITH.search(c.before)
    if m is None or OF_THEM.match(c.after):
        return None
    lo, hi = c.text.rfind("\n", 0, c.tok.start) + 1, c.text.find("\n", c.tok.end)
    if not _ELECTION_WORDS.search(c.text, lo, len(c.text) if hi < 0 else hi):
        return None
    return c.tok.start - len(c.before) + m.start("with")


_NUMBER_HYPHEN = re.compile(r"\d-$")
_TIME_OF_DAY = re.compile(r"\bthe\s+(?:small|early|late|wee|final|last|first)\s+$", re.I)
"""The words before a time noun that make it a time of day or a stretch of the story ("the small hours", "the early
hours"), not a counted duration that a later number could stand for."""
_DOWNING_SPLIT = re.compile(r"\b(?:shot|shoot|shoots|shooting|brought|bring|brings|bringing)\s+$", re.I)
_DOWN_AFTER = re.compile(r"\s+down\b")


_SHOT_DOWN = re.compile(r"\b(?:shot|shoot|shooting|brought|bringing)\s+down\s+$|\bdowned\s+$", re.I)
_DRONES = re.compile(r"\b(?:drones?|UAVs?|quadcopters?)\b", re.I)
_STRIKES_NEXT = re.compile(r"^\s+(?:(?:then|later|finally|eventually)\s+)?(?:hit|struck|slammed\s+into|crashed\s+into|exploded\s+(?:on|at|into))\b",
                           re.I)
"""A number that is the active subject of a striking verb (C7 test 2): what hits a target is a drone of the sentence."""


def split_downing(c: NumberContext) -> tuple[int, int] | None:
    """(start, end) of a downing verb split by the number, its object ("brought (one) down", "shot (two)
    down"): the span of the count (C6); None otherwise."""
    verb, down = _DOWNING_SPLIT.search(c.before), _DOWN_AFTER.match(c.after)
    if verb is None or down is None:
        return None
    return c.tok.start - len(c.before) + verb.start(), c.tok.end + down.end()


def elided_category(c: NumberContext, cats: list[str | None]) -> str | None:
    """What a number with no noun counts: a casualty word right before it ("death toll at four"),
    else the nearest counted noun earlier in the sentence ("15 seats, down from 48"; past a source
    noun when the number is the subject of a counting verb), else the
    previous claim of the paragraph ("the other one")."""
    if placed_with(c) is not None:
        return "seat"  # "came second with 37"
    whole = OF_THEM.match(c.after)
    if whole and whole.group("pro").endswith("own"):
        return "people"  # "two of their own were killed"
    if whole and cats:
        return cats[-1]
    if casualty_of(c.before, ""):
        return "people"
    verb = _VERB_AFTER.match(c.after[whole.end():] if whole else c.after)
    if verb and casualty_of("", verb.group()):
        return "people"  # "125 HURT", "(hundreds) of them were wounded": the number is the subject of a casualty verb
    if CROWD_BEFORE.search(c.before):
        return "people"  # "the protest drew thousands", "police put the crowd at 1,500"
    if MARCHED.match(c.after[whole.end():] if whole else c.after):
        return "people"  # "Hundreds of them marched on the bridge", "Hundreds attended a funeral"
    if split_downing(c) and re.search(r"\b(?:drones?|uavs?)\b", c.before, re.I):
        return "drone"  # "(guards) brought one down": what is brought down is a drone, not the guards before it
    if not cats and _SHOT_DOWN.search(c.before) and _DRONES.search(c.text, 0, c.sent_start):
        return "drone"  # "They shot down two of them": drones the article counted before this paragraph (C12 note)
    if _STRIKES_NEXT.match(c.after) and (_DRONES.search(c.before) or cats and cats[-1] == "drone"):
        return "drone"  # "three drones were launched, two were downed by the guards and one hit the house": not the guards
    subject = bool(verb)
    for m in reversed(list(LETTERS.finditer(c.before))):
        if _NUMBER_HYPHEN.search(c.before, 0, m.start()):
            continue  # "Iraq’s 329-member parliament ..., down from 48": a compound's "member" counts no one
        cat = COUNT_NOUNS.get(m.group().lower())
        if cat == "time" and _TIME_OF_DAY.search(c.before, 0, m.start()):
            continue  # "in the small hours of Sunday; two were shot down": a time of day, no count the number leaves out
        if cat == "source" and subject:
            continue  # "a police official said seven were hurt": the official speaks, the seven are counted
        if cat:
            return cat
    if not cats and re.match(r"^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:killed|injured|wounded|hurt|dead)\b", c.after):
        return "people"  # "Hundreds were injured"
    return cats[-1] if cats else None

