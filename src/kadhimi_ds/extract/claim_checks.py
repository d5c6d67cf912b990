"""Checks on a count once its number, noun and quantity are known: a hypothetical, conditional or
future count (codebook C1, I6: "if three drones cannot ...", "could kill dozens", "three drones will
not win it back") is no claim; a count in a colon-led heading ("Health minister: four hurt") is the
statement that the paragraph under it reports with its speaker, so the paragraph's repeat of the
count is one claim with it (C15, I7); a cue in a free relative closed before a count does not govern it (C16)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft import ClaimProposal, NumberExpression
from .headlines import restates_headline
from .denials import DENIED_THAT
from .text import heading_line, iter_lines

if TYPE_CHECKING:
    from .attribution import ArticleAttribution

_CLAUSE_START = re.compile(r"[,;:—–(]|\b(?:and|but|or|while|whereas)\s")
_CONDITIONAL = re.compile(r"^\W*(?:even\s+)?(?:if|unless|suppose|supposing|imagine|what if|should)\b", re.I)
_INVERTED = re.compile(r"\W*(?:Had|Were)\s+(?:a|an|the|any|one|two|three|four|five|\d+)\b")
"""A sentence opened by an inverted conditional ("Had a single drone reached his bedroom, ...")."""
_MODAL = r"(?:will|would|could|might|may|can(?:not)?|can[’']t|won[’']t|wouldn[’']t|couldn[’']t|shall|(?<=\w)[’']ll)"
_MODAL_AFTER = re.compile(r"^[^\S\n]*(?:[a-z]+(?:ing|ed)[^\S\n]+(?:with[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){1,3}?(?=" + _MODAL + r"\b))?"
                          r"(?:(?!(?:and|but|or)[^\S\n]+(?:we|they|he|she|it|I|you|" + _MODAL + r")\b)[\w’'-]+[^\S\n]+){0,2}?" + _MODAL
                          + r"\b(?![^.;,]{0,30}\bsaid\b)", re.I)
"""A modal after the counted noun, also past a participle phrase of the noun ("a single drone carrying a small charge
can kill ..."); not one opening a second predicate of the subject ("took 73 and will be the largest bloc")."""
_MODAL_BEFORE = re.compile(r"\b" + _MODAL + r"(?:\s+[“\"‘]?(?:not|never|easily|only|also|even))?\s+[“\"‘]?(?:have\s+)?(?:been\s+)?"
                           r"(?:kill|killed|wound|wounded|injure|injured|hurt|send|sent|launch|launched|use|used|fire|fired|waste"
                           r"|win|won|take|taken|bring|deploy|cost|leave|left|claim|hold|held|get|secure|gain|lose|keep|have|give|given|hear|see|read"
                           r"|command|control|muster|total|number)\s+"
                           r"(?:[\w’'-]+\s+){0,3}(?:[\w’'-]+,\s+then\s+){0,3}$", re.I)
"""A modal right before the verb governing a count, also through a series joined by "then" ("you'll hear one drone, then
two, then three"): each count of the series is a future or hypothetical one (I6)."""
_INTENT_BEFORE = re.compile(r"\b(?:expect|hope|plan|aim|want|seek|intend|vow|threaten|promise|aspire)(?:s|ed|ing)?\s+to\s+"
                            r"(?:win|gain|secure|take|get|send|launch|use|deploy|kill|wound|field|add|reach)\s+(?:[\w’'-]+\s+){0,4}$", re.I)
"""A count that a verb of intent or expectation puts ahead ("expected to win back at least 10 seats"): future (I6)."""
_GENERIC_KIND = re.compile(r"^\s+of\s+(?:this|that|these|those|such|the\s+same)\s+(?:type|kind|sort|model|make|class|design)\b", re.I)
"""A noun taken as a kind ("a single drone of this type can carry ..."): generic, no count of the event (I6)."""
_OF_HEAD = re.compile(r"\b(?:the|their|his|her|its|our)\s+(?!(?:number|numbers|rest|total|majority|kind|type)\b)[a-z]+\s+of\s+(?:the\s+)?$", re.I)
"""A count in the "of" phrase of another noun ("the blood of (the two protesters) martyred on Friday will not be
forgotten"): a modal after it is that noun's predicate, and the count it holds is stated, not put ahead."""


def hypothetical(text: str, sent_start: int, number_start: int, noun_end: int, numbered: bool = True) -> bool:
    """True when the clause holding the count is conditional ("If three drones cannot ...", "Had a
    drone reached ..."), denied ("denied reports that a second drone ...": :data:`.denials.DENIED_THAT`),
    a kind ("a drone of this type"), put ahead by a verb of intent ("expected to win 10 seats"), or a
    modal or future verb governs it:
    right after its noun ("three drones will not win it back"; not in a relative clause after a
    comma, nor past "and we" opening another clause: "we won 73 seats and we will form ...", nor for a
    count in the "of" phrase of another noun, :data:`_OF_HEAD`; only
    for a count with a number, ``numbered``: in "attacks with drones will not shake us" the modal is
    the attacks') or right before the number ("could kill dozens", "would waste a drone", "would hold
    no more than 20 seats", "would give the alliance 141 seats", "would command about 141 seats")."""
    head = text[sent_start:number_start]
    cuts = list(_CLAUSE_START.finditer(head))
    clause = head[cuts[-1].end():] if cuts else head
    if _CONDITIONAL.match(clause) or (_CONDITIONAL.match(head) or _INVERTED.match(text, sent_start, noun_end)) and not cuts:
        return True
    if _MODAL_BEFORE.search(head[-60:]) or _INTENT_BEFORE.search(head[-60:]) or DENIED_THAT.search(text, sent_start, number_start):
        return True
    if _GENERIC_KIND.match(text[noun_end:noun_end + 40]):
        return True
    after = text[noun_end:noun_end + 60]
    return numbered and bool(_MODAL_AFTER.match(after)) and not re.match(r"^\s*(?:that|which|who)\b", after) \
        and not _OF_HEAD.search(head[-40:])


_ASKED = re.compile(r"^\W*(?:were|was|is|are|did|do|does|has|have|had|could|would|will|can|should)\s+\w+\b[^?]*\?\W*$", re.I | re.S)
"""A question that asks for the count rather than states it, opened by an auxiliary ("Were there two drones or three?")."""
_STATED_PART = re.compile(r"[,;:—–(]|\b(?:which|who|whom|whose|where|when)\b", re.I)
"""A relative or inserted clause of a question, which states what it says ("Did he plan the uprising, in which 600 died?")."""


_ALTERNATIVES = re.compile(r"^\W*(?:[\w’'-]+\s+){1,4}or\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\?\W*$")
"""A short verbless question offering alternatives ("Three drones or just one?"): it asks which count, stating none."""
_QUOTED = re.compile(r"[‘“\"](?P<words>[^‘’“”\"]+)[’”\"]")


def asked(sentence: str, offset: int) -> bool:
    """True when ``sentence`` is a yes-no question or a short verbless question of alternatives and its count at
    ``offset`` lies in the asking clause, or the count lies in such a question in quotation marks: the count is asked,
    not stated (C1, I6)."""
    if any(m.start() < offset < m.end() and _ALTERNATIVES.match(m.group("words")) for m in _QUOTED.finditer(sentence)):
        return True  # a title quoted in a citation: "Marsh (2021) ‘Three drones or just one?’, Blog"
    return bool(_ASKED.match(sentence) or _ALTERNATIVES.match(sentence)) and not _STATED_PART.search(sentence, 0, offset)


_HEADING_SPEAKER = re.compile(r"(?:^|[-–—|]\s+)(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}):\s+\S")
_HEADING_SAYS = re.compile(r",\s+(?:says?|said|according\s+to)\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s*$"
                           r"|,\s+(?P<by>[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s+(?:says?|said)\s*$"
                           r"|\s[-–—]\s*(?P<dash>(?:[\w’'.]+\s+){0,3}(?i:sources?|officials?|spokes(?:man|woman|person)|ministry"
                           r"|police|military|army|medics?|doctors?|witness(?:es)?))\s*$")
"""A heading closed by its speaker: "Three drones launched, two downed, says security cell", "…, police say", or
a source after a dash ("Six guards wounded – security official", "7 guards hurt -sources", C16 note); a dash before
other words ("… - live updates", "… - Reuters") names no speaker."""
_BARE_SOURCE = re.compile(r"(?i:an?\s+)?sources?")
"""A speaker named only as "source(s)": M8 tells no unnamed source by it, so only the item under the heading says who."""


def heading_speaker(text: str, line_start: int, line_end: int, pos: int) -> tuple[int, int] | None:
    """The span of the speaker that a colon-led heading or headline names before its words
    ("Interior minister: two guards hurt", "09:10 - Police chief: blast at the gate"), when ``pos``
    lies after the colon, or after them ("Two guards hurt, says interior minister"), when ``pos`` lies
    before. A heading has no full stop at its end."""
    line = text[line_start:line_end]
    if len(line) > 220 or line.rstrip().endswith((".", "”", "\"")) and line.count(". ") > 0:
        return None
    m = _HEADING_SPEAKER.search(line)
    if m and line_start + m.end() - 1 <= pos:
        return line_start + m.start("who"), line_start + m.end("who")
    m = _HEADING_SAYS.search(line)
    if m and pos < line_start + m.start() and not line.rstrip().endswith("."):
        group = next(g for g in ("who", "by", "dash") if m.group(g))
        return line_start + m.start(group), line_start + m.end(group)
    return None


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def same_figure(a: ClaimProposal, b: ClaimProposal) -> bool:
    """The same figure: value, qualifier, quantity and population (C15 adds the claimant and the subject)."""
    return (a.value, a.qualifier, a.quantity, a.population) == (b.value, b.qualifier, b.quantity, b.population)


def same_statement(first: ClaimProposal, later: ClaimProposal) -> bool:
    """The same count (C15) apart from the claimant."""
    return same_figure(first, later) and first.subject == later.subject


def heading_repeat(text: str, lines: list[tuple[int, int]], first: ClaimProposal, later: ClaimProposal,
                   later_sentence: tuple[int, int], later_para: int) -> bool:
    """True when ``first`` stands in a heading naming its speaker whose words the sentence of ``later``
    names ("Interior minister: two guards hurt" / "Two guards were wounded, Interior Minister X
    said"; "Three drones launched, says security cell" / "The Security Media Cell said …"): one
    statement, anchored at the heading, which takes the paragraph's claimant. In the paragraph right under
    the heading (starting at ``later_para``) the words may stand in an earlier sentence ("… said in a
    statement … “Guards shot down two of them,” the statement said"); a heading naming only "sources"
    ("Six guards wounded - sources") is one statement with that paragraph alone (:data:`_BARE_SOURCE`)."""
    if first.value is None or not same_statement(first, later) or first.claimed_by not in (None, later.claimed_by):
        return False
    line = next(((a, b) for a, b in lines if a <= first.start < b), None)
    who = heading_speaker(text, line[0], line[1], first.start) if line else None
    if not who:
        return False
    words = _LEADING_ARTICLE.sub("", text[who[0]:who[1]].strip()).lower()
    under = text[line[1]:later_para].strip() == ""
    if _BARE_SOURCE.fullmatch(words) and not under:
        return False
    sentence = text[later_para if under else later_sentence[0]:later_sentence[1]].lower()
    return words in sentence or set(_WORDS.findall(words)) <= set(_WORDS.findall(sentence))  # "security cell" / "Security Media Cell"


def same_count(a: ClaimProposal, b: ClaimProposal) -> bool:
    """One statement (C15): the same value, qualifier, quantity, population and claimant."""
    return same_figure(a, b) and a.claimed_by == b.claimed_by


_DEFINITE_HEAD = re.compile(r"^(?:the|this)\s+(?:[\w-]+\s+){0,2}(?P<head>[a-z][\w-]*)$", re.I)


def same_source(first: ClaimProposal, who: str | None, words: str | None) -> bool:
    """True when a count whose claimant is ``who`` (referred to by ``words``) comes from the source
    of ``first``: the same claimant (null included), or a definite description that names the head
    noun of ``first``'s cue again ("according to a ministry spokesman, three drones …" / "The
    spokesman said … a third hit the house", G2)."""
    if first.claimed_by == who:
        return True
    m = _DEFINITE_HEAD.match(words or "")
    return bool(m and first.claimed_by_cue and re.search(r"\b" + re.escape(m.group("head")) + r"\b", first.claimed_by_cue, re.I))


_WORDS = re.compile(r"[\w’'-]+")


def _same_words(text: str, first: ClaimProposal, later: ClaimProposal) -> bool:
    """True when both counts open the same run of four or more words ("Claim: Five drones hit the house"
    / "“Five drones hit the house, not one,” reads a post"): the later one quotes the first."""
    a = _WORDS.findall(text[first.number_start:first.number_start + 80].lower())[:4]
    b = _WORDS.findall(text[later.number_start:later.number_start + 80].lower())[:4]
    return len(a) == 4 and a == b


_POSSESSOR = re.compile(r"(?:\b(?i:whose|his|her|its|their)|[A-Z][\w-]*[’']s?)\s+$")
_FIGURE_OF = re.compile(r"(?:\b(?i:the|whose|his|her|its|their)\s+(?:[\w’'-]+\s+)?|[A-Z][\w-]*[’']s?\s+)"
                        r"(?:loss|gain|tally|estimate|count|figure)\s+of\s+$")
"""A figure named as someone's ("Fatah's loss of (31 seats)", "the police estimate of (some 3,000)")."""


def _possessed(text: str, claim: ClaimProposal) -> bool:
    """True when a possessor stands right before the count ("Sadr, whose 73 seats make him …", "the bloc's
    73 seats") or the count is the figure a possessor has or gives (:data:`_FIGURE_OF`): a noun phrase that
    presupposes the count, like an attributive one, rather than states it."""
    return claim.start == claim.number_start and bool(_POSSESSOR.search(text, max(0, claim.start - 40), claim.start)) \
        or bool(_FIGURE_OF.search(text, max(0, claim.start - 60), claim.start))


_SAID_AGAIN = re.compile(r"\b(?:again\s+(?:said|says|stated|reported|put|gave|confirmed)|(?:said|says|stated|confirmed)\s+again"
                         r"|repeated|reiterated|restated)\b", re.I)
"""A sentence that says its source states a count once more ("the ministry again said two protesters had died")."""
_TIME_SHIFT = re.compile(r"\b(?:(?:hours|days|weeks|months|an?\s+(?:hour|day|week|month))\s+(?:later|after|before|earlier)|later"
                         r"|by\s+(?:night|nightfall|evening|morning|then)|the\s+(?:next|following|previous)\s+(?:day|morning|night|week))\b", re.I)
"""Words that move a sentence to another time before its count ("Weeks later the bloc won 12 seats again", "a day
after thousands had massed"): a count in the article's voice there is of another happening, not a repeat."""
_ANOTHER_INCIDENT = re.compile(r"\b(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:attack|strike|assault|raid|incident)\s+"
                               r"(?:in|during)\s+which\s+(?:[\w’'-]+\s+){0,3}$", re.I)
"""An incident introduced as a new one right before the count ("including an April attack in which (a drone) hit …"):
the count is of that incident, so it repeats no count of another (C15 asks the same event)."""


def _claimant(claim: ClaimProposal) -> object:
    """Who asserts a count for C15: its claimant, None for the article's voice, or the count itself when
    its sentence has a cue whose speaker the rules could not tell (that claimant is no one else's)."""
    return claim if claim.claimed_by is None and claim.claimed_by_cue else claim.claimed_by


def _ranged(claim: ClaimProposal) -> bool:
    """A count given as a range ("“two or three” drones"): its null value states two numbers, never the
    same figure as a count with no number read ("explosive-laden drones")."""
    return claim.rule == "range"


def drop_repeats(art: ArticleAttribution, claims: list[ClaimProposal], numbers: list[NumberExpression]) -> list[ClaimProposal]:
    """C15: a later count with the same value (null only when its claimant is named), qualifier, quantity,
    population, subject and claimant as an earlier one of the article is the same statement, anchored at the
    first; its number is listed as a repeat (I7). A later subject left unread ("73 Sadrist seats" in a list), or an earlier one
    in a heading ("BLOC STILL ON 73 SEATS"), sets no count apart. The claimant is compared null included: an unattributed
    count repeats an unattributed one, never an attributed one or one whose cue names no speaker the rules
    can tell (:func:`_claimant`), and two claimants give two claims; a range repeats only a range (:func:`_ranged`). A count
    stated again ("the ministry again said", "reiterated") or possessed, a noun phrase that presupposes the
    count rather than states it ("whose 73 seats", "Fatah's loss of 31 seats"), with no claimant read repeats
    the first statement of that figure, whoever made it, and so does one that opens with the first's words
    (:func:`_same_words`: the full text of the statement). A count of an incident its sentence introduces as a
    new one ("an April attack in which a drone hit …") repeats none, nor does an unattributed one after words
    that move its sentence to another time (:data:`_TIME_SHIFT`). So is a count that repeats one of a
    colon-led heading naming its speaker (:func:`heading_repeat`) or restates a headline
    (:func:`.headlines.restates_headline`). Returns the claims kept."""
    kept: list[ClaimProposal] = []
    lines = iter_lines(art.text)
    for claim in claims:
        possessed = _possessed(art.text, claim)  # a subject left unread on either side does not set the two apart
        sent = art.sentences[art.sentence_of(claim.start)]
        again = bool(_SAID_AGAIN.search(art.text, sent.start, sent.end))
        # a count restated ("he repeated", "the police estimate of") with no claimant read is its first statement's
        loose = claim.claimed_by is None and (possessed or again)
        new_incident = bool(_ANOTHER_INCIDENT.search(art.text, sent.start, claim.start))
        shifted = claim.claimed_by is None and claim.rule != "attributive" and not possessed \
            and bool(_TIME_SHIFT.search(art.text, sent.start, claim.start))
        first = next((k for k in kept if (claim.value is not None or claim.claimed_by is not None) and not new_incident
                      and same_figure(k, claim) and k.elsewhere == claim.elsewhere and _ranged(k) == _ranged(claim)
                      and (_claimant(k) == _claimant(claim) and not shifted or loose or None is k.claimed_by is claim.claimed_by and _same_words(art.text, k, claim))
                      and (k.subject == claim.subject or claim.subject is None
                           or k.subject is None and (possessed or heading_line(art.text, k.start) is not None))), None)
        if first is None:
            first = next((k for k in kept if heading_repeat(art.text, lines, k, claim, (sent.start, sent.end), art.paragraphs[sent.para][0])
                          or restates_headline(art, k, claim)), None)
            if first is not None and first.claimed_by is None:
                first.claimed_by, first.claimed_by_cue = claim.claimed_by, claim.claimed_by_cue
        if first is None:
            kept.append(claim)
            continue
        for n in numbers:  # both numbers of a range ("between five and seven")
            if (n.start, n.end) == (claim.number_start, claim.number_end) \
                    or claim.rule == "range" and claim.start <= n.start < claim.end and n.is_claim:
                n.is_claim, n.reason = False, f"repeat of claim '{first.text}' (I7)"
    return kept


_RELATIVE_CUE = re.compile(r"\bwhat\s+(?P<cue>[^,;:.]{1,60}?\s(?:says|said|say|claims|claimed|called|calls|described|describes))\b"
                           r"[^,;:]*,\s+(?:after|when|before|as|while|since|once)\s+[^,;:]*$", re.I)
"""A cue inside a free relative closed before the count: "survived what the army says was an attempt on his life,
after (a drone) struck his home"."""


_RELATIVE_OPEN = re.compile(r",\s+(?:whose|which|who)\b[^,;:]*$")
_NEXT_RELATIVE = re.compile(r"\band\s+(?:which|who)\b[^,;:]*$")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!(?:which|who|that)\b)[^,;:“”\"]*$")
"""A clause joined after the count's that holds the cue ("won 31 seats, and its leader X condemned the attack"): the cue is its own."""


def outside_relative_cue(text: str, sent_start: int, count_start: int, cue_words: str | None) -> bool:
    """True when the cue of a count governs another clause than the count's (C16), so the count is in the article's
    voice: the cue sits in a free relative ("what the army says was ...") that a comma and a subordinator close
    before the count; the count stands in a relative clause of the speaker that closes before the cue's verb
    ("Sadr, whose 73 seats make him kingmaker, called ..."); the cue stands in a relative clause and the count in
    the next one ("which the army called a plot and which wounded seven guards"); or the cue stands in a clause joined
    after the count's by a comma and a conjunction (:data:`_NEXT_CLAUSE`)."""
    m = _RELATIVE_CUE.search(text, sent_start, count_start)
    if m and cue_words and cue_words in m.group("cue"):
        return True
    cue_at = text.find(cue_words, sent_start) if cue_words else -1
    if cue_at < 0:
        return False
    own = _RELATIVE_OPEN.search(text, sent_start, count_start)
    close = text.find(",", count_start, cue_at + len(cue_words))
    if own and cue_at <= own.start() and close >= 0:
        return True
    after = _NEXT_RELATIVE.search(text, sent_start, count_start)
    if after and cue_at + len(cue_words) <= after.start():
        return True
    return cue_at > count_start and bool(_NEXT_CLAUSE.search(text, count_start, cue_at))

