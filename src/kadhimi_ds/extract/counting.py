"""What a number counts: the counted-noun vocabulary, the context a number rule reads, and the
quantity (C7-C10) that a counted noun and its predicate give; seats (C11) are read in :mod:`.seats`."""
from __future__ import annotations

import re

from ..numbers import NUMBER_WORDS
from .numerals import NumberContext
from .drone_fates import STRUCK_AFTER
from .seats import seat_quantity
from .text import LETTERS


COUNT_NOUNS: dict[str, str] = {}
for _cat, _words in {
    "drone": "drone drones uav uavs aircraft quadcopter quadcopters",
    "explosion": "explosion explosions blast blasts detonation detonations bang bangs booms",
    "seat": "seat seats",
    "people": "people person persons protester protesters demonstrator demonstrators civilian civilians member "
              "members guard guards bodyguard bodyguards personnel officer officers soldier soldiers troops policeman "
              "policemen supporter supporters others staff employee employees child children women men resident "
              "residents fighter fighters militant militants victim victims casualties worker workers student students "
              "pilgrims individuals marcher marchers participants mourners man woman",
    "death": "death deaths fatality fatalities martyrs",
    "source": "official officials source sources witness witnesses diplomat diplomats analyst analysts",
    "time": "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
            "century centuries night nights",
}.items():
    for _w in _words.split():
        COUNT_NOUNS[_w] = _cat
MULTIWORD_NOUNS = {"unmanned aerial vehicle": "drone", "unmanned aerial vehicles": "drone", "unmanned vehicles": "drone",
                   "unmanned vehicle": "drone", "security personnel": "people", "protection force": "people"}
PARTICIPANT_NOUNS = frozenset("protesters demonstrators supporters marchers participants mourners people".split())
PROTEST_CUE = re.compile(r"protest|demonstrat|rall(?:y|ied)|march|clash|gather|sit-in|camp(?:ed|ing)?\b|took to the streets|storm(?:ed)?\b|returned"
                         r"|forc(?:e|ed|ing) their way")
DOWNED = re.compile(r"shot down|shoot(?:ing)? down|downed|downing|intercept(?:ed|ing)?|brought down|bringing down|destroyed")
_ASIDE = re.compile(r",\s+(?:all|both|each|most|none|many)\s+of\s+(?:them|whom)\b[^,;.:]*,")
"""An aside between a count and its verb ("six guards, all of them stationed at the gate, were taken to
hospital"): left out, so that the verb after it is read."""
HIT_BY = re.compile(r"\b(?:hit|struck|reached|rammed) by\s+[“\"‘']?(?:(?:at least|at most|more than|up to|only|just)\s+)?$")
"""The target "was hit by (at least) one of them", "was hit by “one drone …”": the drones counted after it
struck (C7 test 2); an opening quotation mark may stand before the count."""
_PARTITIVE_DOWNED = re.compile(r"^[^;.]{0,60}?\b(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:shot down|downed|intercepted"
                               r"|brought down|destroyed)")
"""The main verb of a partitive subject past its modifiers: "(two of the three drones) used in the attack were shot down"."""
_DOWNED_WHOLE = re.compile(r"\s*(?:shot down|downed|intercepted|brought down|destroyed)\b")
"""A participle right after the whole of a partitive says what befell the whole: "one of (the two drones) shot down
during the attack" counts drones downed (C7 test 1)."""
_DEFENCES_CAUGHT = re.compile(r"\bdefen[cs]es\s+(?:\w+\s+)?caught\b")
"""Air defences that caught drones intercepted them (C7 test 1): "the defences caught (the first two)"."""
_DOWNED_IN_CLAUSE = re.compile(r"^\W*(?:[\w’'-]+\s+){0,3}?[“\"‘]?(?:shot down|downed|intercepted|brought down|destroyed)")
"""A downing verb opening the clause after a drone count, past up to three words ("were quickly shot down", "that were
“intercepted”"): C7 test 1."""
DRONE_COMPOUND = re.compile(r"^[\s”\"’]*(?:attacks?|strikes?|program(?:me)?|operators?|footage|industry|technology|warfare|base|launch|swarm|command|ban|bans|threats?|defen[cs]es?|sightings?|pilots?|makers?)\b", re.I)
DRONE_USE = re.compile(r"\bsp(?:oke|oken|eaks?|eaking)\s+only\s+of\b|because of|due to|owing to|attack(?:ed)?\s+with|\bwith\b|\bby\b|conducted|launched|\bhits?\b|struck|\bstrikes\b|targeted|shot down"
                       r"|\bfell\b|succeeded in|carried out"
                       r"|downed|crashed|exploded|attacked|punch(?:es|ed)? a hole|smash(?:es|ed)? into|slam(?:s|med)? into"
                       r"|(?:tore|tears|ripped|rips) (?:into|through)"
                       r"|\battack\s+from|(?:sp(?:oke|oken|eaks?|eaking)\s+of|describ(?:ed|es|ing))\s+[“\"‘]")
"""Words around a singular drone that report it in the attack (C3, C7 test 3): a verb of use or fate, "came under attack
from", or a statement's words quoted after "spoke of" or "described" ("spoke of “a booby-trapped drone”")."""
EXPLOSION_USE = re.compile(r"heard|sound|rock(?:ed|s)?|shook|shake|caused|produced|there was|reported|followed|wake|woke|rattl|echo|went off|blew")


_NEW_CLAUSE = r"[.!?][”\"’']?\s|(?:,|\band)\s+that\s"
"""Where the next clause opens: a sentence inside a quotation ("They used three drones. Two were shot down"), or
the next reported clause ("said the attack involved three drones, that two were brought down and that one hit
the house"): a verb there is not the count's."""


def quantity_of(c: NumberContext, cat: str, noun: str | None, noun_end: int) -> str | None:
    """The tracked quantity a counted noun and its predicate give, or None."""
    text = c.text
    before = c.before.lower()
    after = _ASIDE.sub(",", text[noun_end:min(c.sent_end, noun_end + 200)].lower(), count=1)[:90]
    clause_after = re.split(r"[;:]|,\s+(?:and|but|while)\b|\bwhile\b|,\s+(?=[\w-]+\s+of\s+(?:them|which|those)\b)|" + _NEW_CLAUSE
                            + r"|,\s+(?:with\s+)?(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:-[a-z]+)?)\s)", after)[0]
    # a second number after a comma opens its own clause: "3 drones, 2 shot down", "three drones, with two shot down"
    if cat == "drone":
        part = re.search(r"^\s*of\s+(?:the|its|their)\s+\S+\s+$", text[c.tok.end:max(c.tok.end, noun_end - len(noun or ""))])
        if part and _PARTITIVE_DOWNED.match(clause_after):
            return "drones_downed"  # "two of the three drones used in the attack were shot down"
        whole = re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|both|all) of (?:the\s+)?$", before)
        downed_after = _DOWNED_IN_CLAUSE.match(clause_after)
        if whole and re.match(r"\s*(?:that|which)\b", clause_after):
            # "(shot down two of) three drones that targeted the house": the relative clause says what befell the whole,
            # the part's verb before it does not
            return "drones_downed" if downed_after else "drones_struck" if STRUCK_AFTER.match(clause_after) else "drones_launched"
        if whole and not _DOWNED_WHOLE.match(clause_after):
            return "drones_launched"  # the whole of a partitive, whatever its part did: "two of the three drones" (C6 note)
        own = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\b|\b(?:while|whereas)\b|" + _NEW_CLAUSE, before[-40:])[-1]  # this clause only
        if re.search(r"\b(?:and|but|while)\s+(?:the\s+other\s+)?$", before) and STRUCK_AFTER.match(clause_after) \
                or re.search(r",\s+$", before) and not downed_after and STRUCK_AFTER.match(clause_after):
            return "drones_struck"  # "two were shot down and one (the other one) hit the house", "two shot down, one hit the house": its own clause
        if downed_after \
                or DOWNED.search(own) or _DEFENCES_CAUGHT.search(own) or re.search(r"\b(?:shot|shoot|brought|bring)\s+$", before) and re.match(r"\s*down\b", clause_after):
            # "we shot two of them down": the particle after the count; "two were “shot down”": scare quotes keep the verb
            return "drones_downed"
        if STRUCK_AFTER.match(clause_after) or HIT_BY.search(before):
            return "drones_struck"
        return "drones_launched"
    if cat == "explosion":
        return "explosions"
    if cat == "death":
        return "killed"  # C9: "one death", "three fatalities"
    if cat == "seat":
        return seat_quantity(c, noun, before, after, clause_after)
    if cat in ("people", None):
        if cat == "people" and CROWD_BEFORE.search(before):
            return "participants"  # "the protest drew thousands, 125 of whom were hurt": the crowd, not the hurt
        if cat == "people" and MARCHED.match(clause_after):
            # "Hundreds of them marched", "thousands of Iraqis took to the streets", "hundreds joined a funeral march for
            # the man killed": the crowd's act comes before any casualty word after it
            return "participants"
        found = casualty_of(before, clause_after) or (casualty_of(text[c.tok.end:noun_end - len(noun)], "") if noun else None)
        if found:
            return found  # "125 people were injured"; "two dead protesters": a casualty modifier before a crowd's noun
        if (noun or "").lower() == "others":
            listed = _LIST_AFTER_CASUALTY.search(text, max(c.sent_start, c.tok.start - 160), c.tok.start)
            if listed:
                return casualty_of(listed.group("cas"), "")  # "killed X, Y and eight others"
        sentence = text[c.sent_start:c.sent_end].lower()
        if cat == "people" and (_DETAINED.search(before) or _DETAINED_AFTER.match(clause_after)):
            return None
        if cat == "people" and (noun or "").lower() in PARTICIPANT_NOUNS and (PROTEST_CUE.search(sentence) or MARCHED.match(clause_after)):
            return "participants"
    return None


_LIST_AFTER_CASUALTY = re.compile(r"\b(?P<cas>killed|killing|wounded|wounding|injured|injuring|hurt)\s+[^.;:!?()]*?\band\s+(?:some\s+|about\s+"
                                  r"|at least\s+|more than\s+|nearly\s+)?$", re.I)
"""A casualty verb whose object is a list closed by the number: "(killed) X, Y and (eight others)"."""
MARCHED = re.compile(r"^\s*(?:(?:more|had|have|then|also|later)\s+)?(?:marched|rallied|protested|demonstrated|gathered|massed|took to the streets"
                     r"|answered\s+(?:the|their|his|its|a)\s+(?:[\w’'-]+\s+)?call"
                     r"|(?:taken|took)\s+part(?=\s*(?:[.,;:!?]|$))"
                     r"|(?:attended|joined|turned out for|took part in)\s+(?:a|an|the|their|his|its|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?"
                     r"(?:funeral|rally|protest|march|vigil|sit-in|procession|demonstration|gathering|memorial)s?)\b", re.I)
"""People taking part: "(Hundreds) marched", "(3,000 people) massed at the bridge", "(Hundreds) attended a funeral for
...", "joined the rally", "(thousands) had answered their call", "(1,000) had taken part." (C10)."""
_CROWD_HEDGE = r"(?:(?:at least|more than|about|around|some|nearly|almost|over|an estimated|up to|at most)\s+)?"
CROWD_BEFORE = re.compile(r"\b(?:protest|rally|march|demonstration|sit-in|gathering|funeral|vigil|procession)s?\s+(?:\w+\s+)?"
                          r"(?:drew|draws|attracted|attracts|drawing|attracting|brought out)\s+" + _CROWD_HEDGE + r"$"
                          r"|\b(?:put|puts|putting|placed|places|estimated|estimates|gave|gives)\s+(?:the|its|their)\s+(?:crowd|turnout"
                          r"|attendance|number\s+of\s+(?:protesters|demonstrators|marchers|participants|mourners))(?:\s+size)?\s+at\s+"
                          + _CROWD_HEDGE + r"$", re.I)
"""A crowd and its size: "(the protest) drew (thousands)", "police put the crowd (the number of mourners) at (1,500)" count
participants (C10)."""
def took_part(text: str, head: str, noun_end: int, sent_end: int) -> bool:
    """True when the words around a crowd's noun say it took part: a participation verb right after it ("(many
    protesters) marched to the bridge") or a crowd drawn or estimated before it ("the rally drew (many supporters)")."""
    return bool(MARCHED.match(text[noun_end:sent_end]) or CROWD_BEFORE.search(head))


_DETAINED = re.compile(r"\b(?:detained|detaining|arrested|arresting|rounded up|rounding up|held|holding|jailed|charged"
                       r"|(?:detention|arrests?|jailing|abduction)\s+of)\s+"
                       r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to)\s+)?$")
_DETAINED_AFTER = re.compile(r"^\s*(?:(?:were|was|have been|had been|are|being)\s+)?(?:later\s+)?(?:detained|arrested|rounded up|held|jailed"
                             r"|charged|in custody)\b")
"""People counted as detainees ("police detained more than 20 protesters", "20 protesters were arrested", "the detention
of 14 people"): no
participants, whatever their noun (C10, I5)."""
_HEDGES = frozenset("of at least most more than about around nearly almost some up to the a an over roughly "
                    "approximately estimated no fewer less as many".split())
_KILL_WORDS = frozenset("killing killed kill kills death deaths dead fatalities died slain perished martyrdom martyred martyring murder murdered "
                        "murdering".split())
_INFINITIVES = frozenset("kill hurt murder".split())
"""Casualty verbs that after "to" are an infinitive of purpose or intent, not a casualty reported."""
_HURT_WORDS = frozenset("injuring injured injures injuries injury wounding wounded wounds hurt hurts hurting".split())


_TREATED = re.compile(r"\b(?:treated|admitted|suffered|sustained|suffering|sustaining)\b[^.;:]{0,30}?\b(?:injuries|wounds|burns|cuts"
                      r"|fractures|shrapnel)\b")
"""Injuries stated by their treatment or suffering: "(seven guards) had been treated for shrapnel wounds" (C9)."""
_TREATED_BEFORE = re.compile(r"\b(?:treated|treating|treats)\s+(?:(?:at least|more than|about|around|some|nearly|almost|over)\s+)?$")
_FOR_WOUNDS = re.compile(r"[^.;:]{0,60}?\bfor\s+(?:[\w-]+\s+){0,4}?(?:injuries|wounds|burns|cuts|fractures)\b")
"""The count as the object of a treatment for wounds: "(he) treated (five men), all in uniform, for shrapnel wounds" (C9)."""


_NOMINAL_CASUALTY = re.compile(r"\b(?:martyrdom|injury|injuries|injuring|wounding|killing|killings|deaths?)\s+of\s+$", re.I)


def casualty_noun_before(text: str, lo: int, pos: int) -> int | None:
    """The start of a casualty noun whose "of" phrase the count at ``pos`` is ("the martyrdom of (two demonstrators)",
    "the injury of (more than 100 others)"): the word that decides the quantity opens the span (C6); None otherwise."""
    m = _NOMINAL_CASUALTY.search(text, lo, pos)
    return m.start() if m else None


_WOUNDS_AFTER = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b"
                           r"|\s+(?:(?:were|was|are|is|had been|have been|has been)\s+)?(?:being\s+)?treated\s+for\s+(?:[\w’'-]+\s+){0,2}?"
                           r"(?:injuries|wounds)\b", re.I)


def wounds_end(text: str, end: int) -> int | None:
    """The end of the injuries that the words right after a count at ``end`` state, which decide its quantity and so
    close its span (C6): "(seven guards) with injuries", "(seven) were being treated for their injuries"; None otherwise."""
    m = _WOUNDS_AFTER.match(text, end)
    return m.end() if m else None


def treated_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a count at [start, end) that is the object of a treatment for wounds, from the verb through the
    wounds (C6: "treated five men, all in uniform, for shrapnel and glass wounds"); None otherwise."""
    verb = _TREATED_BEFORE.search(text.lower(), max(0, start - 40), start)
    wounds = _FOR_WOUNDS.match(text, end) if verb else None
    return (verb.start(), wounds.end()) if wounds else None
_ATTRIBUTIVE = frozenset("the a an his her its their our this that these those".split())


_CLAUSE_CUT = re.compile(r"[,;:]|[.!?][”\"’']?\s")
"""Where the clause before a number opens: a comma, a colon, or the end of a sentence inside a quotation ("three with
gunshot wounds. One of them died": the wounds are the sentence before's)."""
_LIVES_BEFORE = re.compile(r"\b(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of\s+"
                           r"(?:(?:at least|more than|about|around|nearly|almost|some|over)\s+)?$", re.I)
_LIVES_AFTER = re.compile(r"^\s*[“\"‘]?(?:(?:have|has|had)\s+)?(?:(?:lost|losing)\s+(?:their|his|her)\s+li(?:ves|fe)"
                          r"|(?:fell|rose|ascended)\s+as\s+martyrs?)\b", re.I)
_SUCCUMBED_AFTER = re.compile(r"^[^.;:]{0,80}?\bsuccumb(?:ed|s)?\s+to\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b", re.I)
"""Deaths stated by their toll on lives or wounds: "claimed the lives of (two)", "(two men) lost their lives", "(two
men) fell as martyrs", translated copy's "rose as martyrs" (C9 note), "(a protester who was shot) succumbed to his
wounds" (C9)."""
_CASES_OF_INJURY = re.compile(r"^\s*of\s+(?:injury|injuries|wounding)\b", re.I)
"""Injuries counted as cases: "(125 cases) of injury" (C9)."""
_WITH_INJURIES = re.compile(r"^\s*with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b", re.I)
"""People counted with their injuries: "(registered seven guards) with injuries", "(six men) with shrapnel wounds" (C9)."""


_AUXILIARIES = frozenset("were was are is had have has".split())


def _of_phrase(words: list[str]) -> int:
    """The length of an "of" phrase of the noun up to its verb ("(Seven members) of the prime minister’s protection
    force (are now known to have been wounded)"): the casualty word is sought past it; 0 without one."""
    if not words or words[0] != "of":
        return 0
    return next((k for k, w in enumerate(words[:8]) if w in _AUXILIARIES), 0)


_WORD_OR_DIGITS = re.compile(r"[A-Za-z’'-]+|\d[\d,]*")
_NOT_OBJECT = frozenset("and or of".split())


def _another_count(words: list[str], k: int) -> bool:
    """True when ``words[k]`` is a noun of people counted by a number right before it, as the object of a word
    that is no conjunction or "of" ("bury two protesters", "carried the coffins of the two protesters"), or a
    singular one counted by "a" or "an" (C3) that is no conjunct ("carry the coffin of a protester"): a
    casualty word after it is that noun's, not the one before it ("two guards and three dockers were hurt",
    "Mourners carry the coffin of a protester killed on Friday")."""
    if k < 2 or COUNT_NOUNS.get(words[k]) not in ("people", "death"):
        return False
    if words[k - 1] in ("a", "an"):
        return not words[k].endswith("s") and words[k - 2] not in ("and", "or")
    return (words[k - 1][0].isdigit() or words[k - 1] in NUMBER_WORDS) and words[k - 2] not in _NOT_OBJECT


_RELATIVE_VERBS = frozenset("was were had has have is are died".split())
"""Words right after a relative "that" ("protesters that were killed"); any other word opens a clause of its own."""


def casualty_of(before: str, after: str) -> str | None:
    """killed or injured, from the casualty word that governs the number: right before it, past
    hedge words ("killing at least one", "death toll at four"), or the first one within ten
    words after its noun ("125 people were injured", a heading's or timeline's present "One protester dies")."""
    words = LETTERS.findall(_CLAUSE_CUT.split(before[-45:].lower())[-1])  # "Two dead, 125 hurt": the comma closes "dead"
    i = len(words) - 1
    hedges = 0
    while i >= 0 and words[i] in _HEDGES and hedges < 3 and (words[i] != "as" or "many" in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")):
        # "as" hedges only in "as many as": "(wounded) as demonstrators hurled stones" opens a clause
        i -= 1
        hedges += 1
    if i >= 0:
        w = words[i]
        if w == "toll" and i > 0 and words[i - 1] == "death":
            return "killed"
        if w in _INFINITIVES and i > 0 and words[i - 1] == "to":
            return None  # "(nobody sends a drone) to kill (a man)": a purpose, no casualty (I6)
        if w in _KILL_WORDS:
            return "killed"
        if w in _HURT_WORDS:
            return "injured"
    if _LIVES_BEFORE.search(before[-45:]):
        return "killed"  # "claimed the lives of two protesters"
    if _LIVES_AFTER.match(after) or _SUCCUMBED_AFTER.match(after):
        return "killed"  # "two men lost their lives", "a protester who was shot ... succumbed to his wounds"
    if _CASES_OF_INJURY.match(after) or _WITH_INJURIES.match(after):
        return "injured"  # "125 cases of injury", "seven guards with injuries"
    words = [w.rstrip("’'") for w in _WORD_OR_DIGITS.findall(after[:150].lower())]  # "were killed’": a closing single quote
    words = words[:10 + _of_phrase(words)]
    for k, w in enumerate(words):
        if _another_count(words, k):
            break  # "(mourners) bury two protesters killed …": the casualty word is the other count's
        if w == "that" and k + 1 < len(words) and words[k + 1] not in _RELATIVE_VERBS:
            break  # "told (mourners) that the young men were killed": a clause with its own subject
        if k and words[k - 1] in _ATTRIBUTIVE:
            continue  # "(mourners march behind the coffin of) the slain protester": another noun's modifier
        if k and words[k - 1] in ("nearly", "almost") and w in ("killed", "died", "dies", "injured", "wounded", "hurt"):
            return None  # "(a man) who nearly died": a near miss, no casualty
        if w in ("killed", "dead", "died", "dies", "die", "slain", "perished", "martyred", "murdered"):
            return "killed"
        if w in ("injured", "wounded", "hurt"):
            return "injured"
    if re.search(r"\b(?:in|to) (?:a )?hospital\b|\bhospitali[sz]ed\b", after[:80]) or _TREATED.search(after[:100]) \
            or _TREATED_BEFORE.search(before.lower()) and _FOR_WOUNDS.match(after):
        return "injured"
    return None
