"""One statement, one claim (codebook C15, I7): a later count with the same figure, subject and claimant
as an earlier one of the article is a repeat, anchored at the first; so is a count that repeats one of a
heading naming its speaker, or restates a headline (:mod:`.headlines`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft import ClaimProposal, NumberExpression
from .headlines import restates_headline
from .heading_speakers import heading_speaker
from .text import heading_line, iter_lines

if TYPE_CHECKING:
    from .attribution import ArticleAttribution

_BARE_SOURCE = re.compile(r"(?i:an?\s+)?sources?")
"""A speaker named only as "source(s)": M8 tells no unnamed source by it, so only the item under the heading says who."""
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


def _same_label(text: str, lines: list[tuple[int, int]], first: ClaimProposal, other: ClaimProposal) -> bool:
    """True when ``other`` stands on the heading line of ``first`` and the same speaker label governs both
    ("Officials: 3 drones launched at PM’s home, 6 guards hurt")."""
    line = next(((a, b) for a, b in lines if a <= first.start < b), None)
    if line is None or not line[0] <= other.start < line[1]:
        return False
    who = heading_speaker(text, line[0], line[1], first.start)
    return who is not None and who == heading_speaker(text, line[0], line[1], other.start)


def same_count(a: ClaimProposal, b: ClaimProposal) -> bool:
    """One statement (C15): the same value, qualifier, quantity, population and claimant."""
    return same_figure(a, b) and a.claimed_by == b.claimed_by


_WORDS = re.compile(r"[\w’'-]+")


def _same_words(text: str, first: ClaimProposal, later: ClaimProposal) -> bool:
    """True when both counts open the same run of four or more words ("Claim: Five drones hit the house"
    / "“Five drones hit the house, not one,” reads a post"): the later one quotes the first."""
    a = _WORDS.findall(text[first.number_start:first.number_start + 80].lower())[:4]
    b = _WORDS.findall(text[later.number_start:later.number_start + 80].lower())[:4]
    return len(a) == 4 and a == b


_POSSESSOR = re.compile(r"(?:\b(?i:whose|his|her|its|their)|[A-Z][\w-]*[’']s?)\s+$")
_FIGURE_OF = re.compile(r"(?:\b(?i:the|whose|his|her|its|their)\s+(?:[\w’'-]+\s+)?|[A-Z][\w-]*[’']s?\s+)"
                        r"(?:loss|gain|tally|estimate|count|figure)(?:\s+of|:)\s+$")
"""A figure named as someone's ("Fatah's loss of (31 seats)", "the police estimate of (some 3,000)", "their highest
figure: (four dead)")."""


def _possessed(text: str, claim: ClaimProposal) -> bool:
    """True when a possessor stands right before the count ("Sadr, whose 73 seats make him …", "the bloc's
    73 seats") or the count is the figure a possessor has or gives (:data:`_FIGURE_OF`): a noun phrase that
    presupposes the count, like an attributive one, rather than states it."""
    return claim.start == claim.number_start and bool(_POSSESSOR.search(text, max(0, claim.start - 40), claim.start)) \
        or bool(_FIGURE_OF.search(text, max(0, claim.start - 60), claim.start))


_SAID_AGAIN = re.compile(r"\b(?:again\s+(?:said|says|stated|reported|put|gave|confirmed)|(?:said|says|stated|confirmed)\s+again"
                         r"|repeated|reiterated|restated"
                         r"|(?:earlier|previous|initial|first)\s+(?:alerts?|updates?|posts?|entry|entries|versions?|reports?)\s+(?:had\s+)?(?:said|put|gave|reported))\b", re.I)
"""A sentence that says its source states a count once more ("the ministry again said two protesters had died"), or
that an earlier item of the page or earlier reports gave it ("earlier alert said six")."""
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


def _bounds(claim: ClaimProposal, numbers: list[NumberExpression]) -> tuple[int | None, ...]:
    """The values of the numbers a range's span holds ("between one and four" → (1, 4)); () for any other count."""
    return tuple(n.value for n in numbers if claim.start <= n.start < claim.end) if _ranged(claim) else ()


def drop_repeats(art: ArticleAttribution, claims: list[ClaimProposal], numbers: list[NumberExpression]) -> list[ClaimProposal]:
    """C15: a later count with the same value (null only when its claimant is named or it is a range with the same two
    numbers, :func:`_bounds`), qualifier, quantity,
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
        bounds = _bounds(claim, numbers)
        first = next((k for k in kept if (claim.value is not None or claim.claimed_by is not None or len(bounds) == 2 and _bounds(k, numbers) == bounds)
                      and not new_incident
                      and same_figure(k, claim) and k.elsewhere == claim.elsewhere and _ranged(k) == _ranged(claim)
                      and (_claimant(k) == _claimant(claim) and not shifted or loose or None is k.claimed_by is claim.claimed_by and _same_words(art.text, k, claim))
                      and (k.subject == claim.subject or claim.subject is None
                           or k.subject is None and (possessed or heading_line(art.text, k.start) is not None))), None)
        if first is None:
            first = next((k for k in kept if heading_repeat(art.text, lines, k, claim, (sent.start, sent.end), art.paragraphs[sent.para][0])
                          or restates_headline(art, k, claim)), None)
            if first is not None and first.claimed_by is None:
                for k in kept:  # a heading's label names the speaker of every count on its line (C16 note)
                    if k is first or k.claimed_by is None and _same_label(art.text, lines, first, k):
                        k.claimed_by, k.claimed_by_cue = claim.claimed_by, claim.claimed_by_cue
        if first is None:
            kept.append(claim)
            continue
        for n in numbers:  # both numbers of a range ("between five and seven")
            if (n.start, n.end) == (claim.number_start, claim.number_end) \
                    or claim.rule == "range" and claim.start <= n.start < claim.end and n.is_claim:
                n.is_claim, n.reason = False, f"repeat of claim '{first.text}' (I7)"
    return kept
