"""Who asserts a count (C16, C17): the cue governing its clause, a closing cue over coordinated clauses
("two were downed and one hit the roof, INA added"), a relay that cites its source ("X, citing Y,
reported": Y asserts it, X relays it), a heading in capitals closing on its source, or the speaker of
the quotation the count stands in."""
from __future__ import annotations

import re

from .cues import Cue
from .referring import ROLE_CANON, Ref, Resolved

_COORDINATED = re.compile(r",?\s*(?:and|but|while|whereas)\s+")
"""A clause coordinated right after a count ("… two of the drones and one exploded …")."""


def coordinated_end(text: str, end: int, sent_end: int, cues: list[tuple[Cue, Resolved | None]]) -> int:
    """Where the clause of a count ending at ``end`` stops for a closing cue: at the last comma of the
    sentence when clauses coordinated after the count run up to it with no cue or semicolon of their
    own ("Air defences brought down two of the drones and one exploded on the roof, INA added": the
    cue governs both clauses); ``end`` otherwise."""
    if not _COORDINATED.match(text, end, sent_end):
        return end
    comma = text.rfind(",", end, sent_end)
    if comma < 0 or ";" in text[end:comma] or any(end <= c.start < comma for c, _ in cues):
        return end
    return comma


_CITING = re.compile(r",\s+(?:citing|quoting)\s+(?P<who>[^,;]{3,80}?),\s+$")
"""The source a relay cites between its name and its verb ("Al-Arabiya, citing security sources, reported")."""


def cited_span(text: str, relay_end: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the source named between a relay ending at ``relay_end`` and the verb at
    ``verb_start`` ("AFP, citing an Iraqi security official, said": C17 note), if any."""
    m = _CITING.match(text, relay_end, verb_start)
    return m.span("who") if m else None


_CAPITAL_SOURCE = re.compile(r",\s+([A-Z][A-Z’'. -]*?)\s+(?:SAYS|SAY|SAID)[ \t]*$", re.M)
"""The source closing a heading in capitals (", COMMISSION SAYS")."""


_CLAUSE_UP_TO_COMMA = re.compile(r"[^,;:“”\"‘]*,\s*")
_COMMA_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w’'.&-]*|the|reporters|journalists)){0,3}\s*,")
"""The comma closing an inserted reporting clause, past the listener of "told" ("they said,", "two officials told Reuters,")."""
_CLOSES = re.compile(r"(?:\s+(?:[A-Z][\w’'.&-]*|the|reporters|journalists)){0,3}\s*[.!]?[”\"’]?\s*")
"""The end of a sentence after a closing reporting verb, past the listener of "told" ("told Anadolu Agency.")."""
_OWN_CLAUSE = re.compile(r"[;“”\"]|,\s*(?:and|but|while|whereas)\b")
"""Between a count and a closing cue: a clause of its own or a quotation, whose words the cue reports instead."""
_QUOTE_MARK = re.compile(r"[“”\"]")
_COMMA_BEFORE = re.compile(r",\s*$")
_REPORTING_CLAUSE = re.compile(r"[^,.;:“”\"]{0,25}?(?:[,.;]|$)")
"""The rest of a reporting clause set after the words it reports (", they said." / ", they said, while …")."""


def closing_pronoun(text: str, sent_start: int, cue: Cue, res: Resolved) -> bool:
    """True when ``res`` is a "they", "he" or "she" that its own sentence resolved, in a reporting clause set off by
    commas after unquoted words ("Security forces shot down two of them and a third hit the house, they said."): the
    subject of the people's reported words is what they report, not who speaks, so the pronoun goes back to the
    speaker before (:meth:`.pronouns.Pronouns.speaker_before`). An institution's "it said" may close its own words ("The
    ministry counted 125 injured, most of them, it said, police")."""
    return res.method == "pronoun" and res.explicit and res.span is not None and res.text.lower() in ("they", "he", "she") \
        and bool(_COMMA_BEFORE.search(text, max(sent_start, res.span[0] - 3), res.span[0])) \
        and bool(_REPORTING_CLAUSE.match(text, cue.end)) and not _QUOTE_MARK.search(text, sent_start, cue.start)


class ClaimSources:
    """The claim-source half of :class:`kadhimi_ds.extract.attribution.ArticleAttribution` (a mixin over the
    state of :class:`kadhimi_ds.extract.references.ArticleReferences` and the quotations it attributed)."""

    def claim_source(self, si: int, a: int, b: int) -> tuple[Resolved | None, str | None, str | None]:
        """(referent, cue words, outlet) for a claim at [a, b) of sentence ``si``."""
        cues = self.resolve_sentence(si)
        usable = [(c, r) for c, r in cues if c.kind not in ("relay", "view") and r is not None and r.known and r.method != "generic"]
        cited = self.cited_source(si, cues, a)
        if cited is not None:
            return cited
        final = self.final_cue(si, cues, coordinated_end(self.text, b, self.sentences[si].end, cues))
        choice = final or self.inserted_cue(si, usable, b) or self.closing_cue(si, usable, b)
        if choice is None:
            before = [(c, r) for c, r in usable if c.end <= a]
            choice = before[-1] if before else None
        if choice is None:
            heading = self.capital_heading_source(a)
            if heading is not None:
                return heading, self.text[heading.span[0]:heading.span[1] + 5].rstrip(), None
            quote = next((q for q in self.attributed if q.start <= a < q.end and (q.speaker or q.new_speaker)), None)
            if quote is not None:  # C16: inside a quote, the quote's speaker
                return Resolved(quote.speaker, quote.new_speaker, quote.speaker_text or "", False, None, "quote", 0.6), None, None
            unread = next((c for c, _ in cues if c.kind not in ("relay", "view")), None)
            # a cue whose speaker the rules cannot tell ("The military said"): a claimant unread, not the article's voice
            return None, unread.word if unread else None, self.reported_via(si, cues)
        cue, res = choice
        if closing_pronoun(self.text, self.sentences[si].start, cue, res):
            res = self.speaker_before(si, res) or res
        lo = min(cue.start, res.span[0]) if res.span else cue.start
        hi = max(cue.end, res.span[1]) if res.span else cue.end
        via = self.reported_via(si, cues, res.actor or res.new)
        if via:  # "Security sources told Reuters": the cue words include the outlet right after the verb
            for r in self.refs(si):
                if r.actor == via and 0 <= r.start - hi <= 12:
                    hi = r.end
                    break
        return res, self.text[lo:hi], via

    def inserted_cue(self, si: int, usable: list[tuple[Cue, Resolved]], b: int) -> tuple[Cue, Resolved] | None:
        """A reporting clause set off by commas right after the clause of a count ending at ``b``, with more of the
        sentence after it ("The third hit the roof, they said, carrying about a kilogram of explosives", "Seven guards
        were wounded, two officials told Reuters, up from six"): it governs that clause, as a closing one would (C16)."""
        text = self.text
        for cue, res in usable:
            if res.span is None or cue.start < b:
                continue
            lo, hi = min(cue.start, res.span[0]), max(cue.end, res.span[1])
            if _CLAUSE_UP_TO_COMMA.fullmatch(text, b, lo) and _COMMA_AFTER.match(text, hi):
                return cue, res
        return None

    def closing_cue(self, si: int, usable: list[tuple[Cue, Resolved]], b: int) -> tuple[Cue, Resolved] | None:
        """A reporting clause closing the sentence after the clause of a count ending at ``b``, its subject after a
        comma however long ("Six guards were injured in the attack, a security source who requested anonymity due to
        restrictions on speaking to media told Anadolu."), with no clause of its own, quotation or other cue between
        (:data:`_OWN_CLAUSE`): it governs the count (C16)."""
        text, sent = self.text, self.sentences[si]
        for cue, res in usable:
            if res.span is None or cue.start < b or res.span[0] > cue.start:
                continue
            if text[res.span[0] - 2:res.span[0]] == ", " and _CLOSES.fullmatch(text, cue.end, sent.end) \
                    and not _OWN_CLAUSE.search(text, b, res.span[0]) \
                    and not any(b <= c.start < res.span[0] for c, _ in self.resolve_sentence(si)):
                return cue, res
        return None

    def cited_source(self, si: int, cues: list[tuple[Cue, Resolved | None]], a: int) -> tuple[Resolved, str, str | None] | None:
        """(source, its words, relay) when a cue before ``a`` has a subject that cites its source before
        the verb ("Al-Arabiya, citing security sources, reported that …"): the cited source asserts the
        count, the subject relays it (C17 note)."""
        for cue, res in cues:
            span = cited_span(self.text, res.span[1], cue.start) if cue.end <= a and res is not None and res.span else None
            ref = next((r for r in self.refs(si) if span and span[0] <= r.start and r.end <= span[1]), None)
            cited = self.resolve(si, ref) if ref is not None else None
            if cited is not None and cited.known and cited.method != "generic":
                return cited, self.text[span[0]:span[1]], res.actor
        return None

    def capital_heading_source(self, pos: int) -> Resolved | None:
        """A heading in capitals closing on its source, "SADR BLOC ON 73 SEATS, COMMISSION SAYS",
        "4 HELD, SECURITY SOURCES SAY": the source as a registered name, an unnamed source or a
        role, read in lower case (C16)."""
        lo, hi = self.text.rfind("\n", 0, pos) + 1, self.text.find("\n", pos)
        hi = len(self.text) if hi < 0 else hi
        m = _CAPITAL_SOURCE.search(self.text, lo, hi)
        if m is None or re.search(r"[a-z]", self.text[lo:hi]):
            return None
        words, span = m.group(1).lower(), m.span(1)
        found = {aid for alias, aid in self.gaz.surface.items() if alias.lower() in (words, "the " + words)}
        if len(found) == 1:
            aid = found.pop()
            return Resolved(aid, None, m.group(1), True, self.gaz.info[aid].person, "mention", 0.6, span)
        last = words.split()[-1]
        kind = "anon" if last in ("source", "sources", "official", "officials") else "role"
        ref = Ref(span[0], span[1], words if kind == "anon" else "the " + words, kind, head=ROLE_CANON.get(last, last))
        res = self._resolve_anon(ref) if kind == "anon" else self._resolve_role(ref)
        return Resolved(res.actor, res.new, m.group(1), True, res.person, res.method, 0.5, span) \
            if res is not None and res.known and res.actor else None
