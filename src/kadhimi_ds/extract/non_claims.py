"""Number expressions that are no claims (codebook C1, I3-I5): dates, clock times, years, ages,
addresses and phone numbers, captcha sums, money and shares, labels ("track two"), numbers standing for
speakers and fractions; "one of the ...", the pronoun "one", "both" and ordinals of rank are in
:mod:`.picked_out`. Each rule reads a :class:`.counting.NumberContext` and returns the reason, or None."""
from __future__ import annotations

import re

from .counting import COUNT_NOUNS
from .numerals import NumberContext
from .cues import FINITE_SPEECH
from .dates import MONTH_RE, MONTHS
from .denials import not_claim_denied
from .picked_out import not_claim_both, not_claim_one_of, not_claim_pronoun

LABEL_NOUNS = frozenset(
    "track phase article resolution flight route chapter section page number room level stage round gate line "
    "channel season episode part volume item tier grade class category unit platform building block camp district "
    "sector zone highway road street apartment floor act amendment protocol paragraph clause verse".split())
_DATE_BEFORE = re.compile(MONTH_RE + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+|[a-z]+\s+)?$")
_DATE_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r"\b")
_NUMERIC_DATE_AFTER, _NUMERIC_DATE_BEFORE = re.compile(r"^[-/.]\d{1,2}[-/.]\d{2,4}\b"), re.compile(r"\d[-/.]$")
_CLOCK_AFTER = re.compile(r"^[:.]\d{1,2}(?:\b|(?=[ap]\.?m\b))|^\s*(?:[ap]\.?m\.?|o[’']clock|hours?\s+GMT|GMT|UTC)(?![a-z])", re.I)
_PM_MODIFIER = re.compile(r"^\s+PM(?:[’']s)?\s+(?P<noun>[A-Za-z]+)")


def _pm_modifier(after: str) -> bool:
    """True when "PM" after a number modifies a counted noun ("seven PM guards"): the prime minister, no clock."""
    m = _PM_MODIFIER.match(after)
    return bool(m and COUNT_NOUNS.get(m.group("noun").lower()))


_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE_WORD = r"(?:oh-\w+|o[’']\w+|fifteen|thirty|forty-five|forty|fifty|twenty|ten|five|(?:twenty|thirty|forty|fifty)-\w+)"
_WORD_CLOCK_AFTER = re.compile(r"^-" + _MINUTE_WORD + r"\b", re.I)
_WORD_CLOCK_BEFORE = re.compile(r"\b" + _HOUR_WORD + r"-(?:\w+-)?$", re.I)
_CLOCK_CUE_AFTER = re.compile(r"^(?:-[\w-]+)?\s+(?:in the (?:morning|afternoon|evening)|at night|[ap]\.?m\.?|local time|o[’']clock)\b", re.I)
_HOUR_OF_DAY_AFTER = re.compile(r"^\s+(?:in the (?:morning|afternoon|evening)|at night)(?=\s*(?:[,.;:!?)”\"—–]|$|(?:on|of|when|as|and|but"
                                r"|local|that|while|before|after)\b))", re.I)
"""An hour with the part of the day closing its phrase: "(after) 2 in the morning", "at ten at night"; not "two in the morning
raid", where the day part qualifies a noun."""
_CLOCK_CUE_BEFORE = re.compile(r"\b(?:at|by|until|till|after|before|from)\s+(?:(?:around|about|roughly|approximately|exactly|precisely|just"
                               r"|after|before)\s+)?$", re.I)
_CLOCK_BEFORE, _NEXT_WORD = re.compile(r"\d[:.]$"), re.compile(r"^\s*([A-Za-z]+)")
_AGE_AFTER, _AGE_BEFORE = re.compile(r"^[-\s]years?[-\s]old\b", re.I), re.compile(r"\baged?\s+(?:of\s+)?$", re.I)
_NAME_PAREN = re.compile(r"[A-Z][a-z]+,?\s*\($")
_NAME_COMMA = re.compile(r"\b[A-Z][\w’'-]*[a-z],\s*$")
_AGE_APPOSITION_AFTER = re.compile(r"^,\s+(?:was|is|has|had|who|a|an|the|said|says|told|remains|remained|survived|escaped|became)\b")
"""A number set off by commas after a name, before the sentence goes on with a verb or an apposition ("Kadhimi, 54,
was unharmed", "Haddad, 61, a former judge"): the person's age."""
_AGE_PREDICATE = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\s+(?:is|was|am|turned|turns)\s+(?:now\s+)?$"), re.compile(r"^(?:\s+(?:and|but)\b|\s*[,.;])")
"""A number alone after a person's copula, closing its clause ("He is 74 and will tell you …"): the person's age."""
_ADDRESS = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Square|Highway)\b")
_PHONE, _NON_DIGIT = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d"), re.compile(r"\D")
_PHONE_GAP, _THOUSANDS = re.compile(r"[\s().-]\d"), re.compile(r"\d,\d{3}")
_SUM_AFTER, _SUM_BEFORE = re.compile(r"^\s*[-+x×*/=]\s*\d"), re.compile(r"\d\s*[-+x×*/]\s*$")
_DATE_LABEL = re.compile(MONTH_RE + r"\.?\s+\d{1,2}\s*[-–—]\s*$|\b\d{1,2}\s+" + MONTH_RE + r"\.?\s*[-–—]\s*$")
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$")
_MONEY_AFTER = re.compile(
    r"^\s*(?:%|(?:per\s*cent|percent|percentage points?|(?:million|billion)?\s*(?:dollars|euros|dinars|pounds|riyals|rials|tomans|usd|eur|iqd))\b)",
    re.I)
"""A unit of money or a share after a number; "%" needs no word boundary after it ("41%, the lowest")."""
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,3}-$")
_WORD_BEFORE, _SENTENCE_THEN_WORD = re.compile(r"([A-Za-z.]+)\s+$"), re.compile(r"[.!?]\s+[A-Za-z.]+\s+$")
def not_claim_date(c: NumberContext) -> str | None:
    """"October 10", "10 October", "May 2020", "January third 2020", "2021-11-07", "7/11/2021"."""
    if _DATE_BEFORE.search(c.near) and c.tok.form != "vague":
        return "date"
    if _DATE_AFTER.match(c.after):
        return "date"
    if _NUMERIC_DATE_AFTER.match(c.after) or _NUMERIC_DATE_BEFORE.search(c.near):
        return "date"
    return None


def not_claim_time(c: NumberContext) -> str | None:
    """"2:29 pm", "2:30am", "0:0", "10 a.m.", "14:00 GMT", "seven o’clock", "at around two-thirty"; not "seven PM
    guards", where "PM" (the prime minister) modifies a counted noun."""
    if _CLOCK_AFTER.match(c.after) and not _pm_modifier(c.after):
        return "clock time"
    if _CLOCK_BEFORE.search(c.near):
        return "clock time"
    if c.tok.form == "words" and _word_clock(c):
        return "clock time"
    if c.tok.form in ("digits", "words") and 1 <= (c.tok.value or 0) <= 12 and _HOUR_OF_DAY_AFTER.match(c.after):
        return "clock time"  # "a little after 2 in the morning"
    return None


def _word_clock(c: NumberContext) -> bool:
    """A time in words: "at around two-thirty", "two-fifteen in the morning", "half past two"."""
    if re.search(r"\b(?:half|quarter)\s+(?:past|to|after)\s+$", c.near, re.I):
        return True
    minutes = bool(_WORD_CLOCK_BEFORE.search(c.near))
    if not (minutes or _WORD_CLOCK_AFTER.match(c.after)):
        return False
    before = c.near[:_WORD_CLOCK_BEFORE.search(c.near).start()] if minutes else c.near
    return bool(_CLOCK_CUE_AFTER.match(c.after) or _CLOCK_CUE_BEFORE.search(before))


_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|during|until|till|of|from|by|after|before|throughout|the|early|late|mid|[a-z]+’s|[a-z]+'s)\s+"
                          r"|\b(?:early|mid|late)-|\bbetween\s+(?:1[89]|20)\d\d\s+and\s+)$", re.I)
"""Words before four digits that make them a year ("in 2021 drones hit", "the 2021 drone attacks", "after 2019 protesters
returned", "in mid-2021 drones hit", "between 2019 and 2021 drones struck")."""


def not_claim_year(c: NumberContext) -> str | None:
    """A year: four digits from 1800 to 2100 with no thousands comma, not counting a noun; before a count
    noun too when a preposition or article stands before it or the noun is singular, a modifier ("the 2021
    drone attacks", "in 2021 drones hit": I3)."""
    if c.tok.form == "digits" and "," not in c.tok.text and 1800 <= (c.tok.value or 0) <= 2100:
        nxt = _NEXT_WORD.match(c.after)
        word = nxt.group(1).lower() if nxt else ""
        if word not in COUNT_NOUNS or COUNT_NOUNS[word] == "time" or _YEAR_BEFORE.search(c.near) \
                or f"{word}s" in COUNT_NOUNS or f"{word}es" in COUNT_NOUNS:
            return "year"
    return None


AGE = "age"
"""The reason of an age: a number that may stand inside a counted noun phrase ("a 24-year-old protester")."""


def not_claim_age(c: NumberContext) -> str | None:
    """"a 45-year-old", "aged 45", "45 years old", "(45)" or ", 45," after a name, "he is 45 and …"."""
    if _AGE_AFTER.match(c.after) or _AGE_BEFORE.search(c.near):
        return AGE
    if _NAME_PAREN.search(c.near) and c.after.startswith(")"):
        return AGE
    if c.tok.form == "digits" and 16 <= (c.tok.value or 0) < 100 and _NAME_COMMA.search(c.near) and _AGE_APPOSITION_AFTER.match(c.after):
        return AGE
    if 16 <= (c.tok.value or 0) < 110 and _AGE_PREDICATE[0].search(c.near) and _AGE_PREDICATE[1].match(c.after):
        return AGE
    return None


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.|[\w-]+\.[a-z]{2,}/)\S*$", re.I)
"""A web address up to the number ("https://example.org/sada/85732", "news.site/2021/11/7/…")."""


def not_claim_address_or_phone(c: NumberContext) -> str | None:
    """"12 Palestine Street", "No. 4", "+964 770 123 4567", a number in a web address."""
    if _ADDRESS.match(c.after):
        return "address"
    word_start = max(c.text.rfind(" ", 0, c.tok.start), c.text.rfind("\n", 0, c.tok.start)) + 1
    if _WEB_ADDRESS.search(c.text, word_start, c.tok.start):
        return "web address"
    window = c.text[max(c.sent_start, c.tok.start - 16):min(c.sent_end, c.tok.end + 16)]
    for m in _PHONE.finditer(window):
        if len(_NON_DIGIT.sub("", m.group())) >= 7 and _PHONE_GAP.search(m.group()) and not _THOUSANDS.search(m.group()):
            return "phone number"
    return None


def not_claim_arithmetic(c: NumberContext) -> str | None:
    """A sum such as a captcha ("3 + 15 ="); a dash after a dated label ("Nov. 6 - Hundreds of ...",
    "May 2 - 40 sailors ...") opens a timeline entry."""
    if _SUM_AFTER.match(c.after) or _SUM_BEFORE.search(c.near) and not _DATE_LABEL.search(c.near):
        return "arithmetic (captcha sum)"
    return None


def not_claim_money_or_share(c: NumberContext) -> str | None:
    """"$5 million", "10 percent", "3.5%", "200 dinars"."""
    if _CURRENCY_BEFORE.search(c.near) or _MONEY_AFTER.match(c.after):
        return "money or percentage"
    return None


_COUNTED_AFTER = re.compile(r"^\s+(?:of\s+(?:the\s+|[\w-]+[’']s\s+)?\d[\d,]*\s+)?(?:seats|drones|explosions|blasts)\b")
"""A tracked plural right after a number, or the whole of its partitive ("73 of parliament’s 329 seats"): the number
counts it, whatever capitalised word stands before it."""
_LIST_OF_COUNTS, _ITEM_END = re.compile(r"\d\s+(?:seats|drones)\s*,[^.;:]*$"), re.compile(r"\s*(?:[,.;]|and\b|while\b|$)")
"""A list of counts whose first item says the noun ("73 seats, Taqaddum 38 and the KDP 32"): the later items elide it."""


_WIRE_VERSION = re.compile(r"\b(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT)\s+$")
"""A wire story's version tag before its number ("UPDATE 2-", "WRAPUP 1-")."""


def not_claim_label(c: NumberContext) -> str | None:
    """A number that is part of a name or label: "track two", "Resolution 1546", "Boeing 737"."""
    if _CODE_BEFORE.search(c.near) or c.near.endswith("[") and c.after.startswith("]") and c.near[-2:-1].strip():
        return "label or name"  # "C-4", "MQ-9"; a note mark "…the minister.[4]"
    if _WIRE_VERSION.search(c.near) and c.after.startswith("-"):
        return "label or name"  # "UPDATE 2-Iraq examines …": the version of a wire story (F8 slug, I4)
    prev = _WORD_BEFORE.search(c.near)
    if not prev:
        return None
    word = prev.group(1)
    if word.lower().rstrip(".") in LABEL_NOUNS and not (word.endswith(".") and c.tok.text[:1].isupper()):
        return "label or name"  # "... the Green Zone. One protester": a sentence ends on the noun, no label
    if c.tok.form == "digits" and word[0].isupper() and word.lower() not in MONTHS and not _SENTENCE_THEN_WORD.search(c.near) \
            and word not in ("At", "In", "On", "Some", "About", "Around", "Nearly", "Over", "Up", "To", "The", "Of", "With", "And") \
            and c.near.strip() != word and not (len(word) > 1 and c.near == c.near.upper()) \
            and not _COUNTED_AFTER.match(c.after) and not (_LIST_OF_COUNTS.search(c.before) and _ITEM_END.match(c.after)):
        # "STILL ON 73 SEATS": a headline in capitals; "gave the Movement 73 seats, Taqaddum 38 and the KDP 32"
        return "label or name"
    return None


_WOUND_KIND_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|these)[”\"’]?\s*(?:(?:were|are|was|is)\s+)?(?:(?:hit|wounded|injured|hurt)\s+)?"
                               r"(?:with|by|from)\s+(?:[\w-]+\s+){0,2}?(?:burns|shrapnel|gunfire|bullets?|gunshots?|glass|fragments|debris)\b",
                               re.I)
"""A subset of casualties already counted by the kind or cause of their wounds ("seven, “two of them with burns”", "two
of them by shrapnel in the legs")."""
_SEVERITY_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|these)[”\"’]?\s*(?:(?:were|are|was|is)\s+)?(?:(?:seriously|critically|severely"
                             r"|badly|gravely|lightly|slightly|moderately)\b|in\s+(?:a\s+)?(?:serious|critical|grave|stable)\s+condition\b"
                             r"|with\s+(?:serious|critical|severe|grave|life-threatening|minor|light)\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)"
                             r"|(?:still\s+)?in\s+(?:(?:a|the)\s+)?hospital\b)",
                             re.I)


def not_claim_severity(c: NumberContext) -> str | None:
    """A subset by severity of casualties already counted ("seven were hurt, two of them seriously",
    "three of whom are in critical condition", "six, two of them still in hospital"), or by the kind or cause of
    their wounds ("two of them with burns"): no claim (C9 note, I5)."""
    if _SEVERITY_AFTER.match(c.after):
        return "subset by severity (I5)"
    if _WOUND_KIND_AFTER.match(c.after):
        return "subset of the wounded already counted, by cause of injury, not a coded quantity (I5)"
    return None


_PAST_SPEECH = [w for w in FINITE_SPEECH if w.endswith("ed")] + "said told wrote spoke says tells writes insists adds".split()
"""Speech verbs that are no plural noun ("appeals", "reports" and "claims" are)."""
_SPEAKER_VERB = re.compile(r"^[^\S\n]+(?:(?:also|later|then|first)[^\S\n]+)?(?:" + "|".join(_PAST_SPEECH) + r")\b"
                           r"(?![^\S\n]+(?:to|by|as|dead|killed|wounded|injured|hurt|missing|into|onto|through|against)\b)")
"""A speech verb right after a bare number or "another": the number is its subject, people who speak ("One told me
three drones were launched; another insisted there were two"), not counted things ("two said to be hurt", "one
confirmed dead" and "one slammed into the house" are left)."""


def speaker_count(after: str) -> bool:
    """True when the words ``after`` a bare number open with a speech verb whose subject it is (:data:`_SPEAKER_VERB`)."""
    return bool(_SPEAKER_VERB.match(after))


_EARLIER_FIGURE = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)


def not_claim_speaker(c: NumberContext) -> str | None:
    """A bare number that speaks ("One told me ...", "Two said ..."): a count of sources (I5); not an earlier
    figure announced ("up from one announced on Friday")."""
    if c.tok.form in ("words", "digits") and speaker_count(c.after) and not _EARLIER_FIGURE.search(c.near):
        return "count of sources (I5)"
    return None


_RATE_AFTER = re.compile(r"^\s+(?:[\w’'-]+\s+){0,2}?(?:a|per|each|every)\s+(?:year|month|week|day|night|hour)\b"
                         r"(?!\s+(?:after|before|later|earlier|ago)\b)", re.I)


def not_claim_rate(c: NumberContext) -> str | None:
    """A rate ("two deaths a year", "five drones per week"): a generic frequency, no count of an event (I6)."""
    return "rate, not a count of the event (I6)" if _RATE_AFTER.match(c.after) else None


def not_claim_decimal(c: NumberContext) -> str | None:
    return "not a whole count" if c.tok.form == "decimal" and c.tok.value is None else None


_THRESHOLD_BEFORE = re.compile(r"\b(?:requir(?:es?|ed|ing)|needs?|needed|needing|necessary|majority\s+of)\s+(?:(?:at least|a minimum of|just"
                               r"|only)\s+)?$", re.I)


_THRESHOLD_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:needed|required|necessary|wanted)\s+(?:for|to)\b", re.I)
"""The same threshold named after its noun ("short of the 165 seats needed for a majority")."""


def not_claim_threshold(c: NumberContext) -> str | None:
    """A number needed for something ("a majority requires 165 of the 329 seats", "needs at least 165", "the 165
    seats needed for a majority"): a threshold, not a count of the event (I6)."""
    return "threshold, not a count (I6)" if _THRESHOLD_BEFORE.search(c.near) or _THRESHOLD_AFTER.match(c.after) else None


_UNSPLIT = (r"(?:(?:killed|dead|died)\s+or\s+(?:been\s+)?(?:wounded|injured|hurt)|(?:wounded|injured|hurt)\s+or\s+(?:been\s+)?(?:killed|dead)"
            r"|(?:killing|killed)\s+or\s+(?:wounding|injuring|wounded|injured)|(?:wounding|injuring)\s+or\s+killing)")
_UNSPLIT_AFTER = re.compile(r"^[^.;:,]{0,50}?\b" + _UNSPLIT + r"\b", re.I)
_UNSPLIT_BEFORE = re.compile(r"\b" + _UNSPLIT + r"\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|up to)\s+)?$", re.I)


def not_claim_unsplit(c: NumberContext) -> str | None:
    """Dead and wounded counted together ("120 people were killed or wounded", "killing or wounding 40"): no
    split, so no coded quantity (C9, I5)."""
    if _UNSPLIT_AFTER.match(c.after) or _UNSPLIT_BEFORE.search(c.before):
        return "killed or wounded without a split, not a coded quantity (I5)"
    return None


NON_CLAIM_RULES = (not_claim_date, not_claim_time, not_claim_arithmetic, not_claim_age, not_claim_address_or_phone,
                   not_claim_money_or_share, not_claim_year, not_claim_label, not_claim_one_of, not_claim_pronoun,
                   not_claim_decimal, not_claim_rate, not_claim_denied, not_claim_severity, not_claim_unsplit,
                   not_claim_threshold, not_claim_both, not_claim_speaker)
