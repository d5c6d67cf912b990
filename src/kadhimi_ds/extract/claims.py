"""Numeric claims: which number expressions of the body count something tracked (drones,
explosions, casualties, participants, parliament seats), with the quantity, value, hedge
(qualifier), population and source of each; the others get the reason they are not claims
(dates, clock times, years, ages, addresses, money, labels, ...).

Size: about 530 lines, one pass (:class:`ClaimPass`) whose rules read the same sentence
state; the counted-noun vocabulary and the quantity rules are in :mod:`.counting`, the
population in :mod:`.population`."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..numbers import QUALIFIER_CUES
from .dates import MONTH_RE, MONTHS
from .draft import ClaimProposal, NumberExpression
from .numerals import NumberToken, find_numbers
from .bare_counts import another_event, bare_counts, continuing_gathering, past_year_only
from .population import population_of
from .claim_checks import drop_repeats, hypothetical, same_count
from .counting import (COUNT_NOUNS, DOWNED, DRONE_COMPOUND, DRONE_USE, EXPLOSION_USE, MULTIWORD_NOUNS, STRUCK_AFTER,
                       NumberContext, casualty_of, quantity_of)
from .referring import DETERMINERS
from .text import LETTERS

if TYPE_CHECKING:
    from .attribution import ArticleAttribution


QUALIFIER_BEFORE = re.compile(
    r"(?P<cue>at least|no fewer than|no less than|more than|upwards of|in excess of|just over|over|at most|up to|no more than"
    r"|as many as|less than|fewer than|under|about|around|approximately|roughly|an estimated|some|nearly|almost|close to"
    r"|down from|up from)\s+[“\"‘]?\s*$", re.I)
QUALIFIER_MAP = {**{cue: qual for qual, cues in QUALIFIER_CUES.items() if qual != "unspecified" for cue in cues},
                 "just over": "more_than", "over": "more_than", "as many as": "at_most", "under": "less_than",
                 "down from": "exact", "up from": "exact"}
"""The qualifier of each hedge that ``QUALIFIER_BEFORE`` finds: the cues that validation checks
(``kadhimi_ds.numbers.QUALIFIER_CUES``) and a few more that only the extractor reads."""
LABEL_NOUNS = frozenset(
    "track phase article resolution flight route chapter section page number room level stage round gate line "
    "channel season episode part volume item tier grade class category unit platform building block camp district "
    "sector zone highway road street apartment floor act amendment protocol paragraph clause verse".split())
_DATE_BEFORE = re.compile(MONTH_RE + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+|[a-z]+\s+)?$")
_DATE_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r"\b")
_NUMERIC_DATE_AFTER, _NUMERIC_DATE_BEFORE = re.compile(r"^[-/.]\d{1,2}[-/.]\d{2,4}\b"), re.compile(r"\d[-/.]$")
_CLOCK_AFTER = re.compile(r"^[:.]\d{1,2}\b|^\s*(?:[ap]\.?m\.?|o[’']clock|hours?\s+GMT|GMT|UTC)(?![a-z])", re.I)
_CLOCK_BEFORE, _NEXT_WORD = re.compile(r"\d[:.]$"), re.compile(r"^\s*([A-Za-z]+)")
_AGE_AFTER, _AGE_BEFORE = re.compile(r"^[-\s]years?[-\s]old\b", re.I), re.compile(r"\baged?\s+(?:of\s+)?$", re.I)
_NAME_PAREN = re.compile(r"[A-Z][a-z]+,?\s*\($")
_ADDRESS = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Square|Highway)\b")
_PHONE, _NON_DIGIT = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d"), re.compile(r"\D")
_PHONE_GAP, _THOUSANDS = re.compile(r"[\s().-]\d"), re.compile(r"\d,\d{3}")
_SUM_AFTER, _SUM_BEFORE = re.compile(r"^\s*[-+x×*/=]\s*\d"), re.compile(r"\d\s*[-+x×*/]\s*$")
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$")
_MONEY_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent|percentage points?|(?:million|billion)?\s*(?:dollars|euros|dinars|pounds|riyals|rials|tomans|usd|eur|iqd))\b",
    re.I)
_WORD_BEFORE, _SENTENCE_THEN_WORD = re.compile(r"([A-Za-z.]+)\s+$"), re.compile(r"[.!?]\s+[A-Za-z.]+\s+$")
_OF_AFTER = re.compile(r"^\s+of\b")
_PRONOUN_DET = re.compile(r"\b(?:no|any|every|each|the|this|that|which)\s+$", re.I)
_THE_OTHER, _PRONOUN_AFTER = re.compile(r"\bthe other\s+$", re.I), re.compile(r"^\s+(?:another|day|time|way|side|thing|more time)\b")


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
    """"2:29 pm", "0:0", "10 a.m.", "14:00 GMT", "seven o’clock"."""
    if _CLOCK_AFTER.match(c.after):
        return "clock time"
    if _CLOCK_BEFORE.search(c.near):
        return "clock time"
    return None


def not_claim_year(c: NumberContext) -> str | None:
    """A year: four digits from 1800 to 2100 with no thousands comma, not counting a noun."""
    if c.tok.form == "digits" and "," not in c.tok.text and 1800 <= (c.tok.value or 0) <= 2100:
        nxt = _NEXT_WORD.match(c.after)
        if not (nxt and nxt.group(1).lower() in COUNT_NOUNS and COUNT_NOUNS[nxt.group(1).lower()] != "time"):
            return "year"
    return None


def not_claim_age(c: NumberContext) -> str | None:
    """"a 45-year-old", "aged 45", "45 years old", "(45)" after a name."""
    if _AGE_AFTER.match(c.after) or _AGE_BEFORE.search(c.near):
        return "age"
    if _NAME_PAREN.search(c.near) and c.after.startswith(")"):
        return "age"
    return None


def not_claim_address_or_phone(c: NumberContext) -> str | None:
    """"12 Palestine Street", "No. 4", "+964 770 123 4567"."""
    if _ADDRESS.match(c.after):
        return "address"
    window = c.text[max(c.sent_start, c.tok.start - 16):min(c.sent_end, c.tok.end + 16)]
    for m in _PHONE.finditer(window):
        if len(_NON_DIGIT.sub("", m.group())) >= 7 and _PHONE_GAP.search(m.group()) and not _THOUSANDS.search(m.group()):
            return "phone number"
    return None


def not_claim_arithmetic(c: NumberContext) -> str | None:
    """A sum such as a captcha ("3 + 15 =")."""
    if _SUM_AFTER.match(c.after) or _SUM_BEFORE.search(c.near):
        return "arithmetic (captcha sum)"
    return None


def not_claim_money_or_share(c: NumberContext) -> str | None:
    """"$5 million", "10 percent", "3.5%", "200 dinars"."""
    if _CURRENCY_BEFORE.search(c.near) or _MONEY_AFTER.match(c.after):
        return "money or percentage"
    return None


def not_claim_label(c: NumberContext) -> str | None:
    """A number that is part of a name or label: "track two", "Resolution 1546", "Boeing 737"."""
    prev = _WORD_BEFORE.search(c.near)
    if not prev:
        return None
    word = prev.group(1)
    if word.lower().rstrip(".") in LABEL_NOUNS:
        return "label or name"
    if c.tok.form == "digits" and word[0].isupper() and word.lower() not in MONTHS and not _SENTENCE_THEN_WORD.search(c.near) \
            and word not in ("At", "In", "On", "Some", "About", "Around", "Nearly", "Over", "Up", "To", "The", "Of", "With", "And") \
            and c.near.strip() != word:
        return "label or name"
    return None


def not_claim_one_of(c: NumberContext) -> str | None:
    """"one of the drones", "one of Iraq’s largest militias": picks one out, not a count."""
    if c.tok.value == 1 and c.tok.form == "words" and _OF_AFTER.match(c.after):
        return "“one of the ...”, not a count"
    return None


def not_claim_pronoun(c: NumberContext) -> str | None:
    """"no one", "someone", "one another", "no single ...", "the one who", "one day"."""
    if c.tok.form != "words" or c.tok.value != 1:
        return None
    if _PRONOUN_DET.search(c.near) and not _THE_OTHER.search(c.near):
        return "pronoun “one”, not a count"
    if _PRONOUN_AFTER.match(c.after):
        return "pronoun “one”, not a count"
    return None


def not_claim_ordinal(c: NumberContext) -> str | None:
    """An ordinal of rank ("the first to", "second-largest", "a third party")."""
    return "ordinal of rank, not a count" if c.tok.form == "ordinal" else None


def not_claim_decimal(c: NumberContext) -> str | None:
    return "not a whole count" if c.tok.form == "decimal" and c.tok.value is None else None


NON_CLAIM_RULES = (not_claim_date, not_claim_time, not_claim_arithmetic, not_claim_age, not_claim_address_or_phone,
                   not_claim_money_or_share, not_claim_year, not_claim_label, not_claim_one_of, not_claim_pronoun,
                   not_claim_decimal)


FUNCTION_WORDS = frozenset(
    "of in at on by with from to and or were was are is had have has who that which it they will would could "
    "the a an its their his her this these those than as for into over under after before about more less per "
    "each every all both either neither such so not no nor but if when while where because since during then "
    "between among through despite amid until unless whether across near onto been being be do did does can may "
    "might must should shall killed injured wounded dead hurt died slain".split())


_UNIT_SUFFIX = re.compile(r"-(member|seat|strong|year|month|week|day|hour|minute)s?\b")
_LEGISLATURE = re.compile(r"\s+(?:[\w-]+\s+)?(?:parliament|assembly|council|legislature|house|chamber|senate)", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|which|those|these)\b")
_NOUN_WORDS, _POSSESSIVE_END = re.compile(r"[A-Za-z][\w’'-]*|[,.;:!?()]"), re.compile(r"[’']s?$")
_MULTIWORD = [(multi, len(multi.split()), cat) for multi, cat in MULTIWORD_NOUNS.items()]


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
    if _OF_THEM.match(text[pos:end]):
        return None, None, pos  # "two of them": what the sentence counted before
    words = list(_NOUN_WORDS.finditer(text[pos:min(end, pos + 140)]))
    lows = [w.group().lower() for w in words]
    i, steps = 0, 0
    if words and words[0].group() == "of":
        i = 1
        while i < len(words) and (lows[i] in DETERMINERS or _POSSESSIVE_END.search(words[i].group())):
            i += 1
        owner = _possessive_owner_end(words, i)
        if owner:
            i = owner
    while i < len(words) and steps < 5:
        w = words[i].group()
        low = w.lower()
        if low in (",", ".", ";", ":", "!", "?", "(", ")"):
            break
        for multi, n, cat in _MULTIWORD:
            if " ".join(lows[i:i + n]) == multi:
                return cat, text[pos + words[i].start():pos + words[i + n - 1].end()], pos + words[i + n - 1].end()
        if low in COUNT_NOUNS:
            return COUNT_NOUNS[low], w, pos + words[i].end()
        if low in FUNCTION_WORDS and low not in DETERMINERS or low.endswith("ly"):
            if low == "of" and steps == 0:
                i += 1
                continue
            break
        i += 1
        steps += 1
    first = words[1] if words and words[0].group() == "of" and len(words) > 1 else (words[0] if words else None)
    if first is not None and first.group()[0].isalpha():
        low = first.group().lower()
        if low not in FUNCTION_WORDS and low not in _VERB_FORMS and not low.endswith(("ed", "ing", "ly")) and not first.group()[0].isupper():
            return "other", first.group(), pos + first.end()
    return None, None, pos


_VERB_FORMS = frozenset("shot hit struck hurt fell flew sent brought got took".split())
"""Verb forms without -ed after a number: "3 drones, 2 shot down" (the noun is elided)."""


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


_SINGULAR_WORDS = ("drone UAV explosion blast detonation protester demonstrator marcher bodyguard guard soldier policeman "
                   "officer civilian person resident man woman child member").split()
_SINGULAR_NOUNS = frozenset(_SINGULAR_WORDS)
_SINGULAR = re.compile(r"(?<![\w’'-])(?P<art>[Aa]n?|[Aa] single|[Aa]nother)\s+[“\"‘]?(?:[\w’'-]+\s+){0,3}?"
                       r"(?P<noun>" + "|".join(_SINGULAR_WORDS) + r")(?![\w-])")
"""A singular noun with its article that can state a count of one ("an explosive-laden drone")."""


def elided_category(c: NumberContext, cats: list[str | None]) -> str | None:
    """What a number with no noun counts: a casualty word right before it ("death toll at four"),
    else the nearest counted noun earlier in the sentence ("15 seats, down from 48"), else the
    previous claim of the paragraph ("the other one")."""
    if _OF_THEM.match(c.after) and cats:
        return cats[-1]
    if casualty_of(c.before, ""):
        return "people"
    for m in reversed(list(LETTERS.finditer(c.before))):
        cat = COUNT_NOUNS.get(m.group().lower())
        if cat:
            return cat
    if not cats and re.match(r"^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:killed|injured|wounded|hurt|dead)\b", c.after):
        return "people"  # "Hundreds were injured"
    return cats[-1] if cats else None


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]|[Tt]he)\s+$")


def _article_start(c: NumberContext) -> int:
    """Where "a" or "the" right before the number starts ("a third", "the fifth")."""
    return c.tok.start - len(_ARTICLE_BEFORE.search(c.before).group())


class ClaimPass:
    """The claim pass: every number expression of the body, each a claim or a non-claim with a reason."""

    def __init__(self, art: ArticleAttribution, published: dt.date | None = None):
        self.art, self.published = art, published
        self.numbers: list[NumberExpression] = []
        self.claims: list[ClaimProposal] = []
        self.candidates: list[ClaimProposal] = []  # bare plurals (C4), for the coder to confirm
        self.elsewhere_reason = ""

    def run(self) -> None:
        """Find the number expressions of every paragraph and judge them sentence by sentence."""
        para_cats: dict[int, list[str | None]] = {}
        self.by_sentence: dict[int, list[NumberToken]] = {}
        art = self.art
        for a, b in art.paragraphs:
            for tok in find_numbers(art.text, a, b, art.index.between("num", a, b)):
                self.by_sentence.setdefault(self.art.sentence_of(tok.start), []).append(tok)
        for si, sent in enumerate(self.art.sentences):
            cats = para_cats.setdefault(sent.para, [])
            self.sentence(si, cats)
        self.drop_repeats()

    def drop_repeats(self) -> None:
        """C15: later mentions of one statement are repeats (I7); see :func:`.claim_checks.drop_repeats`."""
        self.claims = drop_repeats(self.art, self.claims, self.numbers)

    def add_claim(self, si: int, start: int, end: int, tok: NumberToken, quantity: str, value: int | None,
                  qualifier: str, cat: str | None, noun: str | None, rule: str, confidence: float,
                  into: list[ClaimProposal] | None = None) -> ClaimProposal | None:
        """Record a claim at [start, end) with its source (the sentence's cue; with none, the
        article's voice, C16) and, for seats, whose seats they are. A count that its sentence
        places in another incident ("an earlier rocket attack", "two weeks ago") is no claim
        (C14, I7): None, and :attr:`elsewhere_reason` says why."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        elsewhere = None if quantity.startswith("seats") else another_event(text[sent.start:sent.end], self.published)
        if quantity == "participants" and not elsewhere:
            elsewhere = continuing_gathering(text[sent.start:sent.end])
        if elsewhere and not past_year_only(elsewhere):
            self.elsewhere_reason = f"count for another event: {elsewhere} (I7)"
            return None
        if hypothetical(text, sent.start, tok.start, max(end, tok.end), tok.form in ("digits", "words", "vague", "article")):
            self.elsewhere_reason = "hypothetical, conditional or future count (I6)"
            return None
        if text[start:end].count("“") > text[start:end].count("”") and text[end:end + 1] == "”":
            end += 1
        res, cue_text, via = art.claim_source(si, start, end)
        written = noun if noun and noun in text[tok.end:end] else None  # "a third" stands for the drones before it
        noun_end = text.find(written, tok.end, end) + len(written) if written else tok.end
        code, words = population_of(text, cat, written, (start if tok.form == "ordinal" else tok.start, tok.end, tok.form),
                                    noun_end, (sent.start, sent.end))
        if quantity == "participants" and code == "people":
            code = "protesters"  # C12: people the sentence says were protesting or marching
        claim = ClaimProposal(start, end, text[start:end], quantity=quantity, value=value, qualifier=qualifier,
                              population=code, population_text=words, noun=noun,
                              reported_via=via, number_start=tok.start, number_end=tok.end,
                              confidence=confidence, rule=rule)
        if res is not None:
            claim.claimed_by = res.actor or res.new
            claim.claimed_by_cue = cue_text
            claim.confidence = round(min(confidence, 0.5 + res.confidence / 2), 2)
        claim.elsewhere = elsewhere  # seats before the election ("down from 54 in 2018") belong to it
        if claim.elsewhere:
            claim.confidence = min(claim.confidence, 0.3)
        if quantity.startswith("seats"):
            subj = art.subject_before(si, start)
            if subj is not None and subj.kind == "mention":
                claim.subject = subj.actor
        (self.claims if into is None else into).append(claim)
        return claim

    def sentence(self, si: int, cats: list[str | None]) -> None:
        """Judge the number expressions of sentence ``si``; ``cats`` are the categories counted so
        far in its paragraph (for numbers without a noun)."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        tokens = [t for t in self.by_sentence.get(si, []) if t.end <= sent.end]
        here: list[ClaimProposal] = []
        first_number = len(self.numbers)
        for tok in tokens:
            c = NumberContext(text, tok, sent.start, sent.end)
            expr = NumberExpression(tok.start, tok.end, tok.text, value=tok.value, form=tok.form)
            self.numbers.append(expr)
            if tok.form == "ordinal":
                made = self.implied_total(si, c, here, cats)
                if made:
                    expr.is_claim = True
                    here += made
                    continue
            reason = next((r for r in (rule(c) for rule in NON_CLAIM_RULES) if r), None)
            if reason is None and tok.form == "ordinal":
                reason = not_claim_ordinal(c)
            if reason:
                expr.reason = reason
                continue
            cat, noun, noun_end = counted_noun(c)
            if cat is None:
                cat = elided_category(c, cats)
            elif cat == "other" and casualty_of(c.before, text[noun_end:min(sent.end, noun_end + 100)]):
                cat = "people"  # "14 fishermen were killed": any noun that is killed or injured counts people
            if cat in ("source", "time", "other") or cat is None:
                expr.reason = {"source": "count of sources, not a claim", "time": "duration or relative date, not a count",
                               None: "no counted noun"}.get(cat, f"counts “{noun}”, not a tracked quantity")
                continue
            quantity = quantity_of(c, cat, noun, noun_end if noun else tok.end)
            if quantity is None:
                expr.reason = f"counts {noun or cat} without a casualty, participation or seat word"
                continue
            qualifier, qstart = qualifier_before(c)
            end = noun_end if noun else tok.end
            if any(tok.end <= t.start < end for t in tokens):
                end = tok.end  # "15 of the 329 seats": the span stops before the other number
            claim = self.add_claim(si, qstart, end, tok, quantity, tok.value,
                                   qualifier, cat, noun, "number", 0.8 if noun else 0.6)
            if claim is None:
                expr.reason = self.elsewhere_reason
                continue
            expr.is_claim = True
            here.append(claim)
            cats.append(cat)
        self.singulars(si, here, cats, self.numbers[first_number:])
        self.without_value(si, here, cats)

    def implied_total(self, si: int, c: NumberContext, here: list[ClaimProposal], cats: list[str | None]) -> list[ClaimProposal]:
        """"shot down two drones, and a third hit the residence": a third implies three launched (unless the
        paragraph already states the total) and one that hit."""
        tok = c.tok
        if not _ARTICLE_BEFORE.search(c.before) or (tok.value or 0) < 2:
            return []
        prior = [cl for cl in here if cl.value == tok.value - 1 and cl.quantity.startswith(("drones", "explosions"))]
        para = self.art.paragraphs[self.art.sentences[si].para]
        if not prior and re.match(r"[Tt]he\s", c.text[_article_start(c):tok.end]):
            # "Two of the drones were shot down. The third got through.": the series is in the paragraph
            prior = [cl for cl in self.claims if para[0] <= cl.start < tok.start and cl.value == tok.value - 1
                     and cl.quantity.startswith(("drones", "explosions"))]
        if not prior:
            return self.ordinal_one(si, c, cats)
        base = prior[-1]
        cat = "drone" if base.quantity.startswith("drones") else "explosion"
        start = _article_start(c)
        made = []
        lo = self.art.paragraphs[0][0] if self.art.paragraphs else 0
        para_end = self.art.paragraphs[self.art.sentences[si].para][1]
        stated = [t for t in find_numbers(self.art.text, lo, para_end) if t.value == tok.value and t.form in ("digits", "words")]
        if not stated and cat == "drone":
            made.append(self.add_claim(si, start, tok.end, tok, "drones_launched", tok.value, "exact", cat, base.noun, "implied_total", 0.6))
            made = [m for m in made if m]
        after = self.art.text[tok.end:min(c.sent_end, tok.end + 60)].lower()
        if cat == "drone":
            quantity = "drones_struck" if STRUCK_AFTER.match(after) else ("drones_downed" if DOWNED.match(after.strip()) else None)
            if quantity:
                made += [m for m in [self.add_claim(si, start, tok.end, tok, quantity, 1, "exact", cat, base.noun, "ordinal_one", 0.6)] if m]
        cats += [cat] * len(made)
        return made

    def ordinal_one(self, si: int, c: NumberContext, cats: list[str | None]) -> list[ClaimProposal]:
        """"a fifth drone was shot down": an ordinal before a tracked noun counts one of them."""
        cat, noun, noun_end = counted_noun(c)
        if cat not in ("drone", "explosion") or not re.match(r"^\s*[\w-]*\s*" + re.escape(noun or "") + r"\b", c.after):
            return []
        quantity = quantity_of(c, cat, noun, noun_end)
        start = _article_start(c)
        cats.append(cat)
        made = self.add_claim(si, start, noun_end, c.tok, quantity or "drones_launched", 1, "exact", cat, noun, "ordinal_one", 0.55)
        return [made] if made else []

    def singulars(self, si: int, here: list[ClaimProposal], cats: list[str | None], numbers: list[NumberExpression]) -> None:
        """A singular that states a count: "a protester was killed", "attacked with an explosive-laden
        drone", "the sound of an explosion"."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        if not any(w in _SINGULAR_NOUNS for _, _, w in art.words(si)):
            return
        for m in _SINGULAR.finditer(text, sent.start, sent.end):
            a, b = m.start(), m.end()
            if any(a < n.end and b > n.start for n in numbers):
                continue
            noun = m.group("noun")
            cat = COUNT_NOUNS.get(noun.lower(), "drone" if noun == "UAV" else None)
            tok = NumberToken(a, a + len(m.group("art")), m.group("art"), 1, "article")
            c = NumberContext(text, tok, sent.start, sent.end)
            before = text[max(sent.start, a - 40):a].lower()
            after = text[b:min(sent.end, b + 40)].lower()
            if cat == "drone":
                if DRONE_COMPOUND.match(text[b:b + 20]) or not (DRONE_USE.search(before) or DRONE_USE.search(after[:25])):
                    continue
            elif cat == "explosion":
                if not (EXPLOSION_USE.search(before) or EXPLOSION_USE.search(after)):
                    continue
            quantity = quantity_of(c, cat or "people", noun, b)
            if quantity is None and cat in (None, "people"):  # "a dead demonstrator", "a wounded guard": the modifier says it
                quantity = casualty_of(text[a:b - len(noun)], "")
            if quantity is None or (cat == "people" and quantity not in ("killed", "injured")):
                continue
            claim = self.add_claim(si, a, b, tok, quantity, 1, "exact", cat, noun, "singular", 0.55)
            if claim is None:
                continue
            self.numbers.append(NumberExpression(a, b, text[a:b], value=1, form="article", is_claim=True))
            here.append(claim)
            cats.append(cat)

    def without_value(self, si: int, here: list[ClaimProposal], cats: list[str | None]) -> None:
        """Counts with no value: "a number of guards were wounded" (C2) and "residents heard
        explosions" (C4), both claims; a bare plural that repeats an earlier count with no value of
        the same quantity, population and claimant is one claim with it (C15), not a second."""
        art, text = self.art, self.art.text
        sent = art.sentences[si]
        taken = [(n.start, n.end) for n in self.numbers if n.start < sent.end and n.end > sent.start] + [(c.start, c.end) for c in here]
        for bare in bare_counts(text, sent.start, sent.end, taken):
            vague = bool(bare.token.text)
            found: list[ClaimProposal] = []
            claim = self.add_claim(si, bare.start, bare.end, bare.token, bare.quantity, None, "unspecified", bare.category,
                                   bare.noun, "vague_amount" if vague else "bare_plural", 0.5 if vague else 0.3, into=found)
            if vague:
                self.numbers.append(NumberExpression(bare.token.start, bare.token.end, bare.token.text, form="unspecified",
                                                     is_claim=claim is not None, reason=None if claim else self.elsewhere_reason))
            if claim is None or not vague and any(same_count(claim, c) for c in self.claims):
                continue
            self.claims.append(claim)
            here.append(claim)
            cats.append(bare.category)
