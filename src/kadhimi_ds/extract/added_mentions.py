"""Mentions an article adds besides its speakers: new actors for unregistered titled names and possessive roles the registry composes."""
from __future__ import annotations

import re

from .referring import _PORTFOLIO, NAME_TOKEN, PERSON_TITLES, POSSESSIVE_ROLE

_TITLE_WORDS = frozenset(PERSON_TITLES | {"spokesman", "spokesperson", "spokeswoman", "minister", "commander", "leader",
                                          "cleric", "official", "analyst", "director", "secretary", "general", "president",
                                          "ambassador", "Ambassador", "envoy", "Envoy", "lawmaker", "legislator", "MP",
                                          "activist", "journalist", "researcher", "professor", "lawyer", "candidate",
                                          "politician"})
_OFFICE = (r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:State|(?i:" + _PORTFOLIO + r")(?:\s+Affairs)?)"
           r"|\s+to\s+(?:the\s+)?(?:United\s+Nations|[A-Z][a-z]+))?")
"""What may follow the title before the name: its portfolio or post ("Secretary of State", "Minister of Foreign
Affairs", "Ambassador to Baghdad")."""
_TITLE = "(?:" + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True)) + r")\.?" + _OFFICE
"""A title word and its post, before a name."""
_PERSON_NAME = NAME_TOKEN + r"(?:\s+(?:(?:bin|ibn|abu|Abu)\s+)?" + NAME_TOKEN + r"){1,3}"
"""A person's name of two to four words ("Iraj Masjedi", "Faisal bin Farhan")."""
_TITLED_NAME = re.compile(r"\b" + _TITLE + r"\s+(" + _PERSON_NAME + r")")
_TITLE_APPOSED = r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3}?" + _TITLE + r")(?![\w’'-])"
"""A title apposed after a name (", an independent lawmaker"), the title captured."""
_APPOSED_TITLE = re.compile(
    r"(?<![\w’'-])(?:(?P<title>" + _TITLE + r"),\s+(?P<after>" + _PERSON_NAME + r")(?=,|\s+(?:said|says|told|tells)\b)"
    r"|(?P<before>" + _PERSON_NAME + r")" + _TITLE_APPOSED + ")")
"""A name apposed to its title, after it ("Iraq's foreign minister, Fuad Hussein, said") or before it ("Ziad
al-Tamimi, an independent lawmaker from Baghdad")."""
_TITLED_GIVEN = re.compile(r"(?<![\w’'-])(?:Dr|Sheikh|Shaikh|Hajj|Haji|Sayyid|Sayyed|Mullah)\.?\s+[A-Z][a-z’'-]{2,}(?![\w’'-])"
                           r"(?![ \t]+(?:[A-Z]|(?:al|el)-|bin\b|ibn\b))")
"""An honorific and one given name, no family name after it ("Dr. Firas", "Hajj Abbas"): the person's name as the
article gives it."""
_FAMILY_NAME = re.compile(r"(?<![\w’'-])(?!(?:Dr|Sheikh|Shaikh|Hajj|Haji|Sayyid|Sayyed|Mullah|HH|Mr|Mrs|Ms|His|Her)\b)"
                          r"[A-Z][\w’'-]+\s+WORD(?![\w’'-])(?!\s+(?:(?:al|el)-|bin\b|ibn\b|[A-Z]))")
"""A given name and WORD closing the name ("Sami Aziz" for "Dr. Aziz"): WORD is that person's family name, not
the given name of "Sheikh Mohamed bin Zayed"."""
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])(?:(?i:" + _PORTFOLIO + r")\s+)?(?:[A-Za-z]+-)?" + _TITLE + r",?\s+\Z")
_TITLE_AFTER = re.compile(_TITLE_APPOSED)


def title_of(text: str, start: int, end: int) -> str:
    """The title right before the name at ``start`` ("Ambassador to Baghdad" of "Ambassador to Baghdad Iraj
    Masjedi", a compound whole: "Secretary-General"; "foreign minister" of "Iraq's foreign minister, Fuad Hussein"),
    else the one apposed after it, ending at ``end`` ("an independent lawmaker"), which the second pass registers as
    the proposed person's description, or ""."""
    m = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if m:
        return m.group().strip().rstrip(",")
    m = _TITLE_AFTER.match(text, end)
    return m.group(1) if m else ""


class AddedMentions:
    """The mention-adding half of :class:`kadhimi_ds.extract.attribution.ArticleAttribution` (a mixin over
    the state of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def propose_titled_names(self) -> None:
        """Unregistered names introduced by a title ("spokesman Ahmed Rahimi", "President X Y"), apposed to one
        (:data:`_APPOSED_TITLE`), or an honorific and a given name alone ("Dr. Firas", :data:`_TITLED_GIVEN`)."""
        text = self.text
        for ws, _, word in self.tokens:
            if word not in _TITLE_WORDS:
                continue  # (titles are few; the loop is cheap)
            si = self.sentence_of(ws)
            m = _TITLED_NAME.match(text, ws, self.sentences[si].end)
            if m:
                a, b = self._trim_name(m.start(1), m.end(1))
                if a is None or self.in_quote(a):
                    continue
                if any(r.kind in ("mention", "orgrole") and r.start < b and r.end > a for r in self.refs(si)):
                    continue
                self.propose(text[a:b], a, b, "titled name")
        for m in _APPOSED_TITLE.finditer(text):
            group = "after" if m.group("after") else "before"
            si = self.sentence_of(m.start(group))
            a, b = self._trim_name(m.start(group), m.end(group))
            if a is None or self.in_quote(a) or any(r.kind in ("mention", "orgrole") and r.start < b and r.end > a
                                                    for r in self.refs(si)):
                continue
            self.propose(text[a:b], a, b, "titled name")
        for m in _TITLED_GIVEN.finditer(text):
            si = self.sentence_of(m.start())
            if self.in_quote(m.start()) or any(r.kind in ("mention", "orgrole") and r.start < m.end() and r.end > m.start()
                                               for r in self.refs(si)):
                continue  # (a registered person's title and given name is that person: :mod:`.given_names`)
            if re.search(_FAMILY_NAME.pattern.replace("WORD", re.escape(m.group().split()[-1])), text[:m.start()]):
                continue  # "Sami Aziz … Dr. Aziz": the family name of a person the article named before
            self.propose(m.group(), m.start(), m.end(), "titled name")

    def resolve_possessive_mentions(self) -> None:
        """Possessive roles that the registry composes exactly ("his office" after a mention of X, when
        "X’s office" is an alias of another actor), wherever they stand, not only as speakers."""
        for m in POSSESSIVE_ROLE.finditer(self.text):
            if (m.start(), m.end()) in self.descriptive or self.in_quote(m.start()):
                continue
            si = self.sentence_of(m.start())
            sent = self.sentences[si] if self.sentences else None
            if sent is None or not sent.start <= m.start() < sent.end:
                continue
            ref = next((r for r in self.refs(si) if r.start == m.start() and r.kind == "possessive"), None)
            if ref is not None:
                self._resolve_possessive(si, ref, exact_only=True)
