"""Counts that are not asserted (codebook C1, I6): a hypothetical, conditional or future count ("if three
drones cannot ...", "could kill dozens", "three drones will not win it back", "expected to win 10 seats"), a
kind ("a drone of this type"), a denied one, and a count asked in a question ("Were there two drones or
three?") rather than stated."""
from __future__ import annotations

import re

from .denials import DENIED_THAT

_CLAUSE_START = re.compile(r"[,;:—–(]|\b(?:and|but|or|while|whereas)\s|[“\"‘]?(?=\b(?:if|unless)\s)")
"""Where the clause of a count opens: a comma, a conjunction, or "if" inside a sentence ("asked why the guards missed
every drone “if there really were three of them”": the condition's own clause)."""
_CONDITIONAL = re.compile(r"^\W*(?:even\s+)?(?:if|unless|suppose|supposing|imagine|what if|should|whether)\b", re.I)
"""A clause opened by a condition or by "whether" ("Whether two or three were launched cannot be settled": an open
question, no count stated)."""
_INVERTED = re.compile(r"\W*(?:Had|Were)\s+(?:a|an|the|any|one|two|three|four|five|\d+)\b")
"""A sentence opened by an inverted conditional ("Had a single drone reached his bedroom, ...")."""
_MODAL = r"(?:will|would|could|might|may|can(?:not)?|can[’']t|won[’']t|wouldn[’']t|couldn[’']t|shall|(?<=\w)[’']ll)"
_MODAL_AFTER = re.compile(r"^[”\"’]?[^\S\n]*(?:(?:[a-z]+(?:ing|ed)|with)[^\S\n]+(?:with[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){1,3}?(?=" + _MODAL + r"\b))?"
                          r"(?:(?!(?:and|but|or)[^\S\n]+(?:we|they|he|she|it|I|you|" + _MODAL + r")\b)[\w’'-]+[^\S\n]+){0,2}?" + _MODAL
                          + r"\b(?![^.;,]{0,30}\bsaid\b)", re.I)
"""A modal after the counted noun, also past a participle or "with" phrase of the noun ("a single drone carrying a small
charge can kill ...", "one drone with a proper charge would have been enough") or a closing quotation mark ("how “a single
drone” could reach ..."); not one opening a second predicate of the subject ("took 73 and will be the largest bloc")."""
_HABITUAL_NOT = r"(?:(?:do|does)\s+not|don[’']t|doesn[’']t)"
"""A negated present ("you do not kill a man with that", "does not send one drone"): what never happens, no count (I6)."""
_MODAL_BEFORE = re.compile(r"\b(?:" + _MODAL + "|" + _HABITUAL_NOT + r")(?:\s+[“\"‘]?(?:not|never|easily|only|also|even))?\s+[“\"‘]?(?:have\s+)?(?:been\s+)?"
                           r"(?:kill|killed|wound|wounded|injure|injured|hurt|send|sent|launch|launched|use|used|fire|fired|waste"
                           r"|win|won|take|taken|bring|deploy|cost|leave|left|claim|hold|held|get|secure|gain|lose|keep|have|give|given|hear|see|read"
                           r"|command|control|muster|total|number)\s+"
                           r"(?:[\w’'-]+\s+){0,3}(?:[\w’'-]+,\s+then\s+){0,3}$", re.I)
"""A modal right before the verb governing a count, also through a series joined by "then" ("you'll hear one drone, then
two, then three"): each count of the series is a future or hypothetical one (I6); so is a count a negated present
governs (:data:`_HABITUAL_NOT`)."""
_INTENT_BEFORE = re.compile(r"\b(?:expect|hope|plan|aim|want|seek|intend|vow|threaten|promise|aspire)(?:s|ed|ing)?\s+to\s+"
                            r"(?:win|gain|secure|take|get|send|launch|use|deploy|kill|wound|field|add|reach)\s+(?:[\w’'-]+\s+){0,4}$", re.I)
"""A count that a verb of intent or expectation puts ahead ("expected to win back at least 10 seats"): future (I6)."""
_GENERIC_KIND = re.compile(r"^\s+of\s+(?:this|that|these|those|such|the\s+same)\s+(?:type|kind|sort|model|make|class|design)\b", re.I)
"""A noun taken as a kind ("a single drone of this type can carry ..."): generic, no count of the event (I6)."""
_GENERIC_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?(?:hits|strikes|kills|wounds|injures|reaches|targets"
                               r"|carries|flies|crashes|explodes|lands)\b")
"""A relative clause in the present tense after a singular ("a drone that hits the premier's house is an assassination
attempt"): what such a thing is, a kind, no count of the event (I6)."""
_KIND_BEFORE = re.compile(r"\b(?:consistent|compatible)\s+with\s+[“\"‘]?$", re.I)
"""A count named as what evidence fits ("the damage is consistent with a small drone"): a kind, no count (I6)."""
_OF_HEAD = re.compile(r"\b(?:the|their|his|her|its|our)\s+(?!(?:number|numbers|rest|total|majority|kind|type)\b)[a-z]+\s+of\s+(?:(?:the|our|their|his|her|its)\s+)?$", re.I)
"""A count in the "of" phrase of another noun ("the blood of (the two protesters) martyred on Friday will not be
forgotten", "“the blood of our (two martyrs)” will not be forgotten"): a modal after it is that noun's predicate, and the count it holds is stated, not put ahead."""


def hypothetical(text: str, sent_start: int, number_start: int, noun_end: int, numbered: bool = True) -> bool:
    """True when the clause holding the count is conditional ("If three drones cannot ...", "Had a
    drone reached ..."), denied ("denied reports that a second drone ...": :data:`.denials.DENIED_THAT`),
    a kind ("a drone of this type", "a drone that hits a house", "consistent with a small drone"), put ahead by a verb of intent ("expected to
    win 10 seats"), opened by "whether" ("whether two or three were launched is unclear"), or a
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
    if _GENERIC_KIND.match(text[noun_end:noun_end + 40]) or _GENERIC_RELATIVE.match(text, noun_end) or _KIND_BEFORE.search(head[-40:]):
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
