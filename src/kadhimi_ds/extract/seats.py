"""What a count of seats counts (codebook C11): the seats a party won, held before, lost or gained, or the
parliament's size, read from the words around the number ("fell from (48) seats to 17", "(73) of parliament's
329 seats", "gaining one to reach (17)")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .numerals import NumberContext
    from .referring import Ref


_CHAMBER_BEFORE = re.compile(r"\b(?:outgoing|previous|last|old|former|dissolved|departing)\s+(?:parliament|assembly|chamber|house|legislature)"
                             r"\s+(?:with|on)\s+(?:(?:just|only|some|about|around|roughly)\s+)?$")
"""Seats a bloc held in the parliament before: "(the largest bloc) in the outgoing chamber with 48 seats"."""
_ENTERED_WITH = re.compile(r"\b(?:entered|entering|enters|went\s+into|going\s+into|headed\s+into|heading\s+into|came\s+into|coming\s+into)"
                           r"\s+(?:the|that|this|its|their)\s+(?:[\w’'-]+\s+)?(?:election|elections|vote|polls|race|ballot)\s+(?:with|holding)\s+"
                           r"(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?$")
"""Seats a bloc brought into the election: "entered that election with (48) seats", "went into the vote holding (54)": the
holding before it (C11)."""
_EARLIER_WIN = re.compile(r"\b(?:after|having|since)\s+(?:winning|won|taking|taken|securing|secured|holding|held)\s+"
                          r"(?:(?:just|only|some|about|around|roughly|nearly|almost)\s+)?$")
_PAST_TIME_AFTER = re.compile(r"^\s*(?:seats\s+)?(?:in\s+(?:the\s+)?(?:(?:19|20)\d\d|last|previous|past)\b|(?:\d+|two|three|four|five)\s+years\s+"
                              r"(?:ago|earlier|before)\b)")
"""A win that a past time dates, after the count it is set against: "(took 15 seats) after winning (48) in 2018", "having
won (54) four years ago": the holding before (C11)."""
_OWN_WHOLE = re.compile(r"\bof\s+(?:its|their)\s+(?:(?:roughly|about|around|some|nearly|almost|just|only)\s+)?$")
_CHAMBER_WORD = re.compile(r"\b(?:parliament|assembly|chamber|legislature|house|council)\b")
_HELD_AFTER = re.compile(r"\s*(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+)?(?:held|had|won)\b")
"""A party's own seats as the whole of a partitive ("(ten) of its (48) seats", "of the (22) seats it held"): the
seats it held before (C11); "of its 329 seats" said of the parliament is its size."""
_MORE_THAN_BEFORE = re.compile(r"^\s+(more|fewer|less)\s+than\s+(?:in|at|before|last|the\s+(?:last|previous)|it\s+(?:won|held|had)"
                               r"|(?:the\s+)?\d+\s+(?:seats\s+)?(?:it|they)\s+(?:had\s+)?(?:won|held|had))\b")
"""A difference to an earlier count: "(eight) more than in 2018", "(19 seats) more than the 54 it held" are gains,
"(five) fewer than last time" a loss."""
_FROM = re.compile(r"\bfrom\b")
"""After a number, "from" names the earlier total: what follows it ("in the last parliament") is not this number's."""
_NEXT_NUMBER = re.compile(r"\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)")
"""Another number after a count: what follows it ("compared with 48 in the previous session") is that number's."""
_RECOUNT = re.compile(r"\b(?:recount(?:ed|ing)?|final\s+(?:results?|count|tally)|(?:manual|hand)\s+count)\b", re.I)
"""A later count of this election: before "from" or after it, it moves a count of seats won."""
_FIRST_COUNT = re.compile(r"\b(?:preliminary|initial\s+(?:results?|count|tally)|first\s+count)\b", re.I)
"""The first count of this election: between "from" and "to" it dates the earlier number ("from 30 seats in the
preliminary results to 28"); before "from" it is the new count moving the seats held before ("the preliminary
results cut the bloc from 48 seats to 17")."""
_EARLIER_HOUSE = re.compile(r"\b(?:19|20)\d\d\b|previous|outgoing|last|held|before|old|former", re.I)


_OTHER_CLAUSE = re.compile(r"[;:]|,\s+(?:in which|where|which|while|whereas)\b")
"""Where the clause of a moved count opens: a recount in a clause before it ("demanding a recount of the vote, in which
the bloc fell from (48) to 17") moved nothing."""
_TO_TOTAL = re.compile(r"^(?:[^,.;:]{0,40}?\s)?\s*to\s+(?:just\s+|only\s+)?(?:\d|[a-z]+\b)")
"""The new total of a count moved "from" a number: "(48) seats to (just) 17"."""
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?[\w-]+\s+(?:results?|counts?|tall(?:y|ies)|figures)\b", re.I)


def _recounted(c: NumberContext, after: str) -> bool:
    """True when a recount word before the new total moves a count of this election ("the recount lifted it from
    (14) seats to 17", "from (30) seats in the preliminary results to 28", C11: preliminary counts are seats won)
    and nothing puts the number in an earlier parliament ("from 48 in 2018"); a first count does so only between
    "from" and "to" (``_FIRST_COUNT``). Results that only source the
    sentence ("according to preliminary results") or come after the new total move nothing ("shrank from (48)
    seats to around 17 according to preliminary results": the 48 seats it held before)."""
    to = _TO_TOTAL.match(after)
    between = _ACCORDING_TO.sub(" ", after[:to.end() if to else 0])
    head = _ACCORDING_TO.sub(" ", _OTHER_CLAUSE.split(c.text[c.sent_start:c.tok.start])[-1]) + " " + between
    return bool(_RECOUNT.search(head) or _FIRST_COUNT.search(between)) and not _EARLIER_HOUSE.search(re.split(r"\bto\b", after)[0])


_SET_AGAINST = re.compile(r"\bseats\b[^.;:]{0,20}?\b(?:against|compared\s+(?:with|to)|versus|instead\s+of)\s+(?:the\s+)?$")
"""A figure set against a count of seats just before it ("won 17 seats, against 48 in 2018", "got 17 seats instead of
48"): the earlier holding."""
_LOST_AFTER = re.compile(r"\s*(?:seats\s+)?(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|have\s+|has\s+)?lost\b")
"""Seats a party lost, named by the clause after them ("every one of the (31) they lost"): a loss, even as the whole of
a partitive."""
_NOW_AFTER = re.compile(r"\b(?:now|today|currently)\b")
"""The present set against a past holding later in the sentence ("had 40 seats; now it has nine")."""
_MOVED_TO = re.compile(r"\b(?:f[ae]lls?|falling|dropped|drops?|slump(?:s|ed)?|slid|slides|slip(?:s|ped)|sank|sinks|shr[ai]nk|shrinks"
                       r"|rose|rises?|rising|climb(?:s|ed)|grew|grows|jump(?:s|ed)|edge[sd])\s+to\s+"
                       r"(?:(?:roughly|about|around|some|just|only|nearly|almost|barely)\s+)?$")
"""A total a party's count moved to ("fell to around (16) seats from 48"): the seats it won, whatever loss words
come before ("the losing parties, which fell to (16)")."""
_LOSS = re.compile(r"\b(?:lost|losing|lose|losses|loss of|shed|sheds|shedding|cut(?:ting)?|fell by|dropped by|down by|decline)\b")
_WON = re.compile(r"\b(?:won|wins|winning|took|takes|secured|secures|got|gets)\b")


def _lost_here(before: str) -> bool:
    """True when a loss word in the last words ``before`` a number governs it ("has shed (31)", "losses at (50)
    seats"), not when a win verb comes after that word ("lost 30 seats, while the bloc won (73)")."""
    window = before[-90:]
    losses = list(_LOSS.finditer(window))
    return bool(losses) and not _WON.search(window, losses[-1].end())


def seat_quantity(c: NumberContext, noun: str | None, before: str, after: str, clause_after: str) -> str:
    """seats_won, seats_previous, seats_total, seats_lost or seats_change for a count of seats, from the
    lower-cased words ``before`` the number and ``after`` its noun (``clause_after``: up to its clause's end)."""
    if _LOST_AFTER.match(after):
        return "seats_lost"
    if _MORE_THAN_BEFORE.match(after):  # "(six) more than in the outgoing parliament": a change, not the old holding
        return "seats_lost" if _MORE_THAN_BEFORE.match(after).group(1) in ("fewer", "less") else "seats_change"
    if _OWN_WHOLE.search(before) and not _CHAMBER_WORD.search(before) \
            or re.search(r"\bof the\s+$", before) and _HELD_AFTER.match(after):
        return "seats_previous"  # "lost ten of its 48 seats", "shed many of the 22 seats it held": what it held before
    if re.search(r"\bof the\s+$|\bout of\s+$|\bof\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+[’']s?\s+$", before) \
            or (noun or "").startswith("-"):  # "73 of parliament’s 329 seats": the whole of a partitive
        return "seats_total"
    if re.search(r"\b(?:down|up) from\s+(?:the\s+)?$", before) \
            or re.search(r"\bfrom\s+$", before) and _TO_TOTAL.match(after) and not _recounted(c, after) or re.search(
            r"previous|last parliament|outgoing|\bold (?:parliament|chamber|assembly|legislature)|had held|it held|they held|before the",
            _NEXT_NUMBER.split(_FROM.split(clause_after.split(",")[0])[0])[0][:60]) \
            or re.search(r"\b(?:which|that|who)\s+(?:had\s+)?(?:held|had)\s+$", before) \
            or re.search(r"\b(?:f[ae]lls?|falling|dropped|drops?|declines?|declined|slump(?:s|ed)?|slid|slides|slip(?:s|ped)|sank|sinks"
                         r"|tumbles?|tumbled|plunges?|plunged|shr[ai]nk|shrinks|collapse[sd]?|collapsing|plummet(?:s|ed)|crash(?:es|ed)"
                         r"|rose|rises?|rising|soar(?:s|ed)|climb(?:s|ed)|grew|grows|jump(?:s|ed)|edge[sd]|surge[sd]"
                         r"|increase[sd]?)\b[^.;]{0,40}\bto\s+(?:(?:roughly|about|around|some|just|only|nearly|almost|barely)\s+)?[\w-]+\s+"
                         r"(?:seats\s+)?from\s+(?:the\s+|its\s+)?$", before):
        # "saw its share fall to (roughly) 17 seats from (the) 48", a timeline's "slumps to 16 seats from 48": the earlier total
        return "seats_previous"
    if _CHAMBER_BEFORE.search(before) or _SET_AGAINST.search(before) or _ENTERED_WITH.search(before) \
            or _EARLIER_WIN.search(before) and _PAST_TIME_AFTER.match(after):
        return "seats_previous"  # "the largest bloc in the outgoing chamber with 48 seats", "17 seats, against 48 in 2018",
        # "15 seats after winning 48 in 2018"
    if re.search(r"\b(?:had|held)\s+$", before) and _NOW_AFTER.search(after):
        return "seats_previous"  # "had dozens of MPs and now they have a handful": the holding before, set against now
    if re.search(r"\b(?:to reach|reaching|to a total of|for a total of)\s+$", before) \
            or re.search(r"\bfrom\s+(?:the\s+|its\s+)?[\w,]+\s+(?:seats\s+)?to\s+(?:(?:just|only|roughly|about|around)\s+)?$", before):
        return "seats_won"  # "gaining one to reach 17", "lost 31 seats, falling from 48 to 17": the new total
    if _MOVED_TO.search(before):
        return "seats_won"
    if _lost_here(before):
        return "seats_lost"  # also "puts the camp's losses at 50 seats", "has shed 31"
    if re.search(r"\b(?:gained|gaining|gains?|added|up by)\b", before[-40:]):
        return "seats_change"
    return "seats_won"


_BLOC_NOUN = r"[’']s?\s+(?:(?:electoral|own|new)\s+)?(?:list|bloc|party|movement|alliance|coalition)"
_BLOC_OF = re.compile(_BLOC_NOUN + r"\s+(?:[a-z]+\s+){1,3}$")
_BLOC_REF = re.compile(_BLOC_NOUN + r"$")


def seats_owner(text: str, refs: list[Ref], subject: Ref | None, pos: int) -> str | None:
    """The actor whose seats are counted at ``pos``: the clause's subject when it names one, or a person's
    list or bloc ("Haddad’s list took (73) seats"; a possessor right before it with no other words
    between); None otherwise."""
    if subject is not None and (subject.kind == "mention" or subject.kind == "possessive" and _BLOC_REF.search(subject.text)):
        return subject.actor
    if subject is not None:
        return None
    before = [r for r in refs if r.kind == "mention" and r.possessive and r.end <= pos]
    return before[-1].actor if before and _BLOC_OF.match(text, before[-1].end, pos) else None


def seat_holder(gaz: Gazetteer, actor: str | None) -> str | None:
    """Whose seats a count names (C11: a party, bloc or the parliament): a person registered under a party
    stands for it ("Haddad won 12 seats" are his party's); any other actor stands for itself."""
    info = gaz.info.get(actor) if actor else None
    if info is not None and info.kind == "person" and info.parent and gaz.info.get(info.parent) \
            and gaz.info[info.parent].kind == "party":
        return info.parent
    return actor
