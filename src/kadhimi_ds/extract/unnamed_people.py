"""People an article describes instead of naming ("a taxi driver at the checkpoint", "a lecturer in
political science", "one soldier"): the one registered actor whose canonical name is such a description
("Unnamed taxi driver on Karrada Street", "Mazin, policeman at a Karrada checkpoint") and shares the
description's head noun and a word qualifying it (codebook M8 note of 2026-12-01, Q8, G2)."""
from __future__ import annotations

import re
from typing import Callable

from .described_actors import (DescribedActor, article_described, article_words, forms, modifier_before, qualifiers_said, same_kind,
                               singular)
from .dates import MONTHS, WEEKDAYS
from .draft import MentionProposal
from .gazetteer import Gazetteer
from .referring import PLACE_HEADS, Ref, Resolved

DESCRIPTION = re.compile(r"(?<![\w’'-])(?:(?P<indefinite>[Aa]n?|[Oo]ne)|[Tt]he)\s+((?:(?!(?:the|a|an)\s)[A-Za-z\d][\w’'-]*\s+){0,3}"
                         r"[a-z][a-z’'-]*)(?![\w’'-])")
"""A determiner, indefinite or definite, and up to four words after it (an age or a name among them:
"a 22-year-old engineering student", "a Facebook user"), the lower-case head noun among them; never another
determiner ("at the café the waiter": the description is "the waiter")."""
_WORD = re.compile(r"[a-z]+")
_DEFINITE_PLURAL = re.compile(r"(?<![\w’'-])[Tt]he\s+([a-z]+s)(?![\w’'-])")
"""A definite plural noun ("the soldiers"), a group the article may go on describing."""
_DEFINITE_SINGULAR = re.compile(r"(?<![\w’'-])[Tt]he\s+([a-z]+)(?![\w’'-])")
_CLAUSE_END = re.compile(r"[,;:.!?—–“”\"]")
"""Where the words describing the person end: a comma, a clause mark, a quotation."""
_VERBS = frozenset("was were is are has had have said says told".split())
"""Verbs that end a description's words ("one protester| was killed")."""
_GENERIC_HEADS = frozenset("man woman boy girl person".split())
"""Heads that say nothing but a person: they link only when two words of the registered name qualify them."""
_GENDER = {**dict.fromkeys("man boy father son brother husband uncle nephew grandfather".split(), "m"),
           **dict.fromkeys("woman girl mother daughter sister wife aunt niece grandmother widow".split(), "f")}
"""Nouns that say a person's sex: "a man" is never a registered "Unnamed woman …"."""
_AFTER_HEAD = re.compile(r"(?:\s+(?:in|at|from|of|on|near)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:who|which|that|whose|said|says|told)\b)"
                         r"[\w’'-]+\s+){0,3}?(?!(?:who|which|that|whose|said|says|told)\b)[\w’'-]+)*?(?=\s*,|\s+(?:who|whose|was|is|has|had|said|says|told|remembers|recalls)\b)")
"""The prepositional phrases after the head that the mention keeps ("A woman in a black abaya", M13), up to a
comma, a relative clause or the verb the person is the subject of, which it leaves out."""
_PLACE_AFTER = re.compile(r"(?:\s+[a-z]+(?:ing|ed))?\s+(?:in|at|near|from|on|outside|off|by)\s+(?:the\s+)?((?:(?:al-)?[A-Z][\w’'-]*\s?)+)")
"""A place a description gives right after its head noun, a participle between allowed ("a taxi driver idling
near Tahrir Square"), not a day or month ("on Sunday", :data:`_DATE_WORDS`)."""
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
PREDICATE_BEFORE = re.compile(r"(?<![\w’'-])(?:is|was|are|were|became|becomes|remains)\s+\Z")
"""A copula before the description: it says what someone named is ("who is a nurse at …", M3), no new person."""


def _sole_fit(actors: tuple[DescribedActor, ...], head: str, sentence: frozenset[str], text: str | None = None) -> list[DescribedActor]:
    """The one registered described actor with the head noun ``head``, when no other has it and the
    sentence says one of its qualifying words ("a shopkeeper who sells cigarettes … from a kiosk"), its
    name has none ("Unnamed shopkeeper"), or,
    given the article ``text``, the article one of the places its description names ("Jumhuriya"): the
    head noun alone then tells who it is."""
    same = [a for a in actors if a.head == head]
    if len(same) != 1 or not (not same[0].qualifiers or same[0].qualifiers & sentence
                              or text is not None and same[0].proper & article_words(text)):
        return []
    return same


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph (between line breaks) around ``text[start:end]``."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _singled_out(same: list[DescribedActor], scopes: list[tuple[frozenset[str], int]]) -> list[DescribedActor]:
    """Of the registered actors with one head noun, the one the nearest scope of words singles out: the
    sentence, else its paragraph, else the article ("The bus driver … drove his loop from Karrada to Bab
    al-Sharqi"), each ``(words, least)`` choosing the actor more of whose qualifying words it says than any
    other's, at least ``least`` of them."""
    for words, least in scopes:
        scores = sorted(((qualifiers_said(a, words), a.id) for a in same), reverse=True)
        if scores and scores[0][0] >= least and (len(scores) == 1 or scores[1][0] < scores[0][0]):
            return [a for a in same if a.id == scores[0][1]]
    return []


def _placed_otherwise(actor: DescribedActor, text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` names a place by a place noun of the actor's name after a proper name
    the name lacks ("At the Ibn al-Nafees hospital" and "Unnamed nurse at a Baghdad hospital"): another place,
    so another person."""
    for m in re.finditer(r"(?<![\w’'-])[Tt]he\s+(?:[A-Z][\w’'-]*\s+)*?(?:al-)?([A-Z][\w’'-]*)\s+([a-z]+)(?![\w’'-])", text[start:end]):
        if m.group(2).capitalize() in PLACE_HEADS and m.group(2) in actor.qualifiers and m.group(1).lower() not in actor.qualifiers:
            return True
    return False


def first_use(low: str, head: str, pos: int) -> bool:
    """The article says the head noun (or its plural) first at ``pos``: a noun said before ("the guards …
    one of those guards") goes back to whom it meant there, not to a registered actor of the whole article."""
    return re.search(rf"(?<![\w’'-]){re.escape(head)}(?:e?s)?(?![\w’'-])", low[:pos]) is None


def _choose(fits: list[DescribedActor], near: frozenset[str]) -> str | None:
    """Of the registered actors a description fits, the one that more of the words near it qualify than
    any other ("the taxi driver … at the foot of the Jumhuriya bridge" against one "on Karrada Street");
    None when those words do not decide (:func:`_singled_out` with no least count)."""
    chosen = _singled_out(fits, [(near, 0)])
    return chosen[0].id if chosen else None


def same_sex(head: str, other: str) -> bool:
    """Two head nouns that do not give a person two sexes ("man" and "mother" do)."""
    return _GENDER.get(head, _GENDER.get(other)) == _GENDER.get(other, _GENDER.get(head))


def unnamed_people(text: str, start: int, end: int, gaz: Gazetteer, outside: Callable[[int], bool]) -> list[tuple[int, int, str, bool, bool]]:
    """The descriptions of a person in the sentence ``text[start:end]`` (outside quotations) as (start,
    end, actor, person, definite), the span from the determiner to the head noun (``definite`` for a
    singular after "the", which may describe someone named before: :mod:`.described`). A description, definite
    or indefinite ("a taxi driver", "the taxi driver parked at the bridge", "a 22-year-old engineering
    student"), fits the registered described actors whose head noun it has and one of whose qualifying
    words it says, up to the next comma ("a lecturer in political science"), or the sole one with that
    head (:func:`_sole_fit`); a definite one that first says its head noun ("The bus driver keeps …"), the
    person of that head its sentence, paragraph or article singles out (:func:`_singled_out`; "the retired
    officer" is no group of officers the article names elsewhere); a bare "a man" or "a woman" fits a person of the same sex one of whose
    words it says and another the sentence says ("In Karrada, a woman whose son is among the guards"), or
    the one word of a name of a bare "man" or "woman" that has no other ("Unnamed young woman", a person the
    article introduced, :mod:`.newcomers`; "a woman in Karrada" is no "Unnamed pharmacist in Karrada").
    A description that gives a place of its own ("a taxi driver near Tahrir Square") fits no actor whose
    name gives others ("… at the Jumhuriya bridge"). Of several fits, the words of the sentence choose (:func:`_choose`). A definite plural ("the
    soldiers") is the sole registered group with that head (:func:`_sole_fit`), a group (``person``
    False) that "they" goes back to."""
    actors = article_described(gaz, text)
    if not actors:
        return []
    low = text.lower()
    sentence = forms(w.group() for w in _WORD.finditer(low, start, end))
    lo, hi = _paragraph(text, start, end)
    paragraph = forms(w.group() for w in _WORD.finditer(low, lo, hi))
    found = []
    for m in DESCRIPTION.finditer(text, start, end):
        if not outside(m.start()) or PREDICATE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue
        stop = _CLAUSE_END.search(text, m.end(), end)
        said = forms(w.group() for w in _WORD.finditer(low, m.start(), stop.start() if stop else end))
        for w in re.finditer(r"(?<![\w’'-])[a-z][a-z’'-]*", m.group(2)):
            if w.group() in _VERBS:
                break  # "one demonstrator was killed": the description ends at its verb
            if w.group().endswith(("’s", "'s")):
                continue  # "the dead man’s older brother": a possessor, not the head
            head = singular(w.group())
            if not m.group("indefinite") and head != w.group():
                if any(a.head == head for a in actors):
                    break  # "the soldiers": a group, below
                continue  # "the bus driver": a word in -s before the head
            if head in _GENERIC_HEADS:
                fits = [a for a in actors if a.person and same_sex(head, a.head) and a.qualifiers & said
                        and qualifiers_said(a, sentence) >= (min(2, qualifiers_said(a, a.qualifiers)) if a.head in _GENERIC_HEADS else 2)]
            else:
                modifier = modifier_before(m.group(2), w.start())
                place = _PLACE_AFTER.match(text, m.start(2) + w.end(), stop.start() if stop else end)
                places = frozenset(p.lower() for p in re.findall(r"[A-Za-z]+", place.group(1))) - _DATE_WORDS if place else frozenset()
                same = [a for a in actors if a.head == head and same_kind(a, modifier, sentence)
                        and not (a.proper and places and not a.proper & places) and not _placed_otherwise(a, text, start, end)]
                fits = [a for a in same if a.qualifiers & said] or _sole_fit(tuple(same), head, sentence) \
                    or not m.group("indefinite") and first_use(low, head, m.start()) \
                    and _singled_out([a for a in same if a.person], [(sentence, 1), (paragraph, 1), (article_words(text), 2)])
            if fits:
                if (actor := _choose(fits, sentence)) is not None:
                    found.append((m.start(), m.start(2) + w.end(), actor, True, not m.group("indefinite")))
                break
    groups = tuple(a for a in actors if not a.person)
    for m in _DEFINITE_PLURAL.finditer(text, start, end):
        head = singular(m.group(1))
        if head != m.group(1) and outside(m.start()) and (fits := _sole_fit(groups, head, sentence, text)):
            found.append((m.start(), m.end(), fits[0].id, False, False))
    return found


def described_again(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The definite back-references in ``text[start:end]`` to a person the registry names by a
    description ("the private", "the lecturer") as (start, end, head): :mod:`.described` finds whom the
    article described so before."""
    heads = {a.head for a in article_described(gaz, text) if a.person}
    return [(m.start(), m.end(), m.group(1)) for m in _DEFINITE_SINGULAR.finditer(text, start, end) if m.group(1) in heads]


def identifying_end(text: str, end: int, limit: int) -> int:
    """Where a description's mention ends: after the phrases following its head that identify the
    person ("the private| from Diwaniyah| was waving", M13)."""
    tail = _AFTER_HEAD.match(text, end, limit)
    return tail.end() if tail else end


class UnnamedPeople:
    """The resolving of :func:`unnamed_people` references, a mixin of
    :class:`kadhimi_ds.extract.referents.Referents`."""

    def _resolve_unnamed(self, si: int, ref: Ref) -> Resolved:
        """The registered described actor; the description is its mention (up to the phrases after the
        head that identify it, M13) unless its sentence names the actor too ("…, Mazin": M3)."""
        sent = self.sentences[si]
        if not any(r.kind == "mention" and r.actor == ref.actor for r in self.refs(si)):
            end = identifying_end(self.text, ref.end, sent.end)
            self.descriptive[(ref.start, end)] = MentionProposal(ref.start, end, self.text[ref.start:end], ref.actor or "",
                                                                 "unnamed", 0.6)
        self.unnamed_actors.add(ref.actor or "")
        return Resolved(ref.actor, None, ref.text, True, True, "unnamed", 0.7, (ref.start, ref.end))

    def out_of_reach(self, res: Resolved, pos: int, accept: Callable[[Resolved], bool]) -> bool:
        """A person the article only described (:meth:`_resolve_unnamed`) is no antecedent of a pronoun at
        ``pos`` beyond the paragraph after the one where it last stood, nor across a named person the
        pronoun would fit (``accept``): "he" stays with the people the article names (G2)."""
        if res.actor not in self.unnamed_actors or res.span is None:
            return False
        last = self.sentence_of(res.span[0])
        if self.paragraphs_back(self.sentences[last].para, self.sentences[self.sentence_of(pos)].para) > 1:
            return True
        for sj in range(last, self.sentence_of(pos) + 1):
            for r in self.refs(sj):
                if r.kind in ("mention", "name") and r.person and res.span[1] <= r.start and r.end <= pos:
                    other = self.resolve(sj, r)
                    if other is not None and other.known and other.actor != res.actor and accept(other):
                        return True
        return False
