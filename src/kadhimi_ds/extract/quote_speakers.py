"""Speakers a quotation finds besides its cues: a named person's speech verb that outranks a body's
closing clause, the owner of a description "as “…”", an unnamed source that goes on ("he added"), a
subject or label right before the marks, the source opening an alert line, the person whose clause a
colon closes before the marks, the answer label after a question quoting "you", a statement "in which"
the words stand, and the subject of a clause of saying, stance, naming or wanting that holds the words;
split from :mod:`.attribution`."""
from __future__ import annotations

import re

from .cues import CONTINUATION_VERBS, FINITE_SPEECH, STANCE_VERBS, Cue
from .draft import QuoteProposal
from .groups import COMPOUND_HEAD_AFTER
from .pronouns import one_source
from .quotes import RawQuote
from .referring import PERSON_ROLES, ROLE_CANON, ROLE_SYNONYMS, Ref, Resolved

_IN_WHICH = re.compile(r"\b(?:statement|communiqu[ée]|message|letter|post)\b[^.;“”\"]{0,40}?\bin which\s*\Z")
"""A statement whose words follow: "issued a press statement late on Monday in which “…”"."""
_TURN = re.compile(r"((?:(?:al|el|Al|El|AL|EL)-)?[A-Z][\w’'-]*(?: (?:(?:al|el|Al|El|AL|EL)-)?[A-Z][\w’'-]*){0,3}):\s*")
"""A transcript turn: a name and a colon at the start of a line, before the quotation."""

_LABEL = re.compile(r"(?:\s+(?:on|via)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?\s?:\s?")
"""Between a label and the marks: a colon, after the channel the words came by ("Haddad on Twitter: “…”")."""
_CHANNEL_BEFORE_COLON = r"(?:\s+(?:on|via)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
_ALERT_GAP = re.compile(_CHANNEL_BEFORE_COLON + r":\s[^“”\"«»‘;:\n]{1,120}")
"""Between an alert's opening source and the quotation later in its line: the channel the words came by
("X on Telegram"), a colon and words of the line."""
_ITEM_GAP = re.compile(_CHANNEL_BEFORE_COLON + r":\s[^:\n]{1,240}")
"""The same on a numbered or time-stamped ticker item, whose label governs every quotation of its line,
past other quotations and a semicolon ("5) Name: the attack is “…”; the blood “…”")."""
_LINE_OPENER = re.compile(r"(?:\d{1,3}[.)]\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|[ap]\.?m\.?))?\s*[-–—|:]?\s*)?")
"""What may stand before a label that opens its line: a ticker's item number ("5) ") and a live-blog or
alert time stamp ("03:52 ")."""
_THAT_CLAUSE = re.compile(r"(?:\s+\S+){0,4}?\s+that\s+(?:\S+\s+){0,8}?\S*\s*\Z")
"""Between a person's speech verb and the marks, the opening of the clause reporting what the person said
("tells a cabinet session that those behind the attack “…”"): the words are the person's (Q8.6)."""


_COLON_BEFORE = re.compile(r"(?<=[a-z])\s*:\s*\Z")
"""A colon after a clause's last word, right before the marks it introduces."""
_OWNED_WORDS = re.compile(r"\s*(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?(?:message|words|reply|answer|response|"
                          r"verdict|warning|advice|assessment|view|conclusion|comment|appeal|plea|demand|instruction)"
                          r"(?:\s+(?:to|for|on|about)\s+[^,;:“”\"]{1,40}?)?\s+(?:was|is|were|are)\s+[^,;:“”\"]{1,30}\Z")
"""A sentence whose subject is someone's words, owned by a pronoun, before the colon that introduces them ("His
message to the attackers was short: “…”", "Her answer was the same:"): the owner said them."""
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
_SHOWED_WORDS = re.compile(r"(?<![\w’'-])(?:had|has|carried|carries|ran|runs|printed|prints|posted|posts|displayed|displays|"
                           r"published|publishes|put up|puts up)\s+(?:[\w’'-]+\s+){0,3}?(?:banner|headline|caption|slogan|"
                           r"message|title|ticker)(?![\w’'-])[^,;:“”\"]{0,40}\Z")
"""A clause whose verb shows words its subject wrote, before the colon that gives them ("Al-Iraqiya had a red
banner across the screen: “…”", "The channel posted a message: “…”"): a body's words too."""
_YOU_SAID = re.compile(r"(?<![\w’'-])[Yy]ou\s+(?:have\s+|had\s+|once\s+|also\s+)*(?:said|written|wrote|called|described|argued"
                       r"|told|tweeted|warned|put it)\b")
"""A question's "you" as the subject of a speech verb ("You have written that …", "you called it …")."""
_LABEL_GAP = re.compile(r"[,.]?\s?[:—–-]\s*")
"""Between a headline's opening quotation and the name after it: a colon or a dash."""

_OF_AS = re.compile(r"\s+of\s+[^.;:“”\"]{1,60}?\s+as(?:\s+(?:a|an|the))?\s*\Z")
"""Between a description noun and the marks, its object and "as" ("description of the attack as a “…”")."""


_CLAUSE_VERB = re.compile(r"(?<![\w’'-])(?:" + "|".join(FINITE_SPEECH + STANCE_VERBS) + r")(?![\w’'-])")
"""A verb of saying, stance, naming or wanting ("said", "insisted", "cried", "wants", "referred")."""
_SAME_CLAUSE = re.compile(r"(?:(?!\b(?:and|but|while|whereas|which|who|whom|whose|where|when|because|although|though|if|unless)\b)"
                          r"[^,;:—–“”\"‘’«»()])*")
"""Between that verb and the marks: words of one clause, no punctuation, no conjunction or relative
opening another ("insisted that the result was", "referred in its own statement to a single")."""
_TO_VERB = re.compile(r"(?:,[^,;:]*,)?\s*(?:(?:\w+ly|also|already|now|then|still|once|have|has|had|will|would|did|does|do)\s+)*")
"""Between the subject and its verb: an apposition in commas, adverbs and auxiliaries ("the Cell, the
army’s press office, referred", "the leaders have insisted"), no noun the name modifies."""
_SO_CALLED = re.compile(r"\bso-called\s*\Z")
"""The writer's own distance from a term (Q4): "the so-called “…”" is no one's quote."""


_ROLE_WORDS = frozenset(PERSON_ROLES) | frozenset(ROLE_CANON)
"""Role words that may stand in the titles before a name ("spokesman", "minister")."""


def _plain_title(word: str) -> bool:
    """A capitalised word or a role word: a title before a name ("Sadrist MP-elect", "spokesman")."""
    return word[:1].isupper() or word.lower() in _ROLE_WORDS


def _title_word(word: str, after: list[str]) -> bool:
    """A word of the titles before a label's name: a plain title, a name particle ("al-Haq"), or a
    lower-case word qualifying the role after it ("security official")."""
    return _plain_title(word) or re.match(r"(?:al|el)-[A-Z]", word) is not None \
        or bool(after) and after[0].lower() in _ROLE_WORDS and word.isalpha()


class QuoteSpeakers:
    """The speaker-finding half of :class:`kadhimi_ds.extract.attribution.ArticleAttribution` besides
    its cues (a mixin over the state of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def person_verb_before(self, q: RawQuote, order: list[tuple[str, tuple[Cue, Resolved | None]]]) -> tuple[Cue, Resolved] | None:
        """"X visited Y and expressed “…”, his office said", "X tells Y that Z “…”, according to his
        office": a named person's speech verb whose object (or "that" clause) the quotation stands in
        outranks a closing reporting clause of a body (Q8.1, Q8.6): the body reports what the person said."""
        if order[0][1][1] is None or order[0][1][1].person:
            return None
        for rule, (cue, res) in order:
            if rule != "cue_before":
                continue
            between = re.sub(r":\s*\Z", " ", self.text[cue.end:q.open])  # ("X told Y: “…,” according to …")
            if res is not None and res.known and res.person and res.method in ("mention", "name") \
                    and not re.search(r"[,;:—–]", between) and (len(between.split()) <= 3 or _THAT_CLAUSE.match(between)):
                return cue, res
            return None
        return None

    def description_owner(self, q: RawQuote, order: list[tuple[str, tuple[Cue, Resolved | None]]]) -> tuple[Cue, Resolved] | None:
        """"X’s description of the attack as a “…”, he added": the words the description gives are its
        owner's (Q8.6), whatever clause reports the description."""
        for rule, (cue, res) in order:
            if rule == "cue_before" and cue.kind == "words" and res is not None and res.known \
                    and _OF_AS.match(self.text[cue.end:q.open]):
                return cue, res
        return None

    def unnamed_speaker_goes_on(self, si: int, cue: Cue, res: Resolved | None) -> Resolved | None:
        """"he added" right after words of one unnamed official or source ("the official said …"): that
        source goes on, not a person the pronoun rules found further back (Q9 a); the speaker of the
        latest cue, in this paragraph or the one before, must be a single unnamed source. Another
        speech verb ("he noted", "she stressed") carries it only where "he" finds no named person."""
        if not self.speakers or (res is not None and res.method != "pronoun") or cue.kind not in ("finite", "part") \
                or cue.word.split()[0].lower() not in CONTINUATION_VERBS and res is not None:
            return None
        if self.words_before(cue.start, self.sentences[si].start, 1) not in (["he"], ["she"]):
            return None
        last = self.speakers[-1]
        if last.method != "anonymous" or not one_source(last.method, last.text) or last.span is None or not last.known:
            return None
        if self.sentences[self.sentence_of(last.span[0])].para < self.sentences[si].para - 1:
            return None
        return None if res is not None and (last.actor, last.new) == (res.actor, res.new) else last

    def subject_of_quote(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """A quotation whose subject stands right before it ("The group “rejects the act,” a statement
        said"), a headline's "Name: ‘…’" (or a person's role, "Iraqi PM: ‘…’", the person the body names
        so, G2), or a transcript turn, a name and a colon opening the line
        ("Haddad: “…”", "HADDAD: “…”"): when no cue names the speaker, that name does (explicit)."""
        q = self.raw_quotes[qi]
        line = self.text.rfind("\n", 0, q.open) + 1
        turn = _TURN.fullmatch(self.text, line, q.open)
        if turn and turn.group(1).isupper():
            words = turn.group(1).title().split()
            aid = self.gaz.surface.get(" ".join(w[:3].lower() + w[3:] if w.startswith("Al-") else w for w in words))
            if aid:
                prop.speaker, prop.speaker_text, prop.attribution = aid, turn.group(1), "explicit"
                prop.confidence, prop.rule, prop.where = 0.5, "subject_of_quote", "turn"
                return True
        refs = self.refs(si)
        for k, r in enumerate(refs):
            gap = self.text[r.end:q.open]
            if len(gap) <= 1 and not gap.strip() and not self._opens_clause(si, r, refs[:k]):
                continue  # "The council gave security forces “full powers”": an object, not the words' subject
            if r.kind in ("mention", "role", "orgrole") and r.end <= q.open and (len(gap) <= 1 and not gap.strip() or (r.kind != "role" or r.person)
                                                            and _LABEL.fullmatch(gap)
                                                            and (self.is_headline(qi) or _LINE_OPENER.fullmatch(self.text, line, r.start))):
                res = self.resolve(si, r)
                if r.kind == "role" and gap.strip() and res is not None and res.actor and not any(
                        self.gaz.info[res.actor].says(w) for w in ROLE_SYNONYMS.get(r.head or "", (r.head or "",))):
                    self.descriptive.pop((r.start, r.end), None)  # "Asaib leader: ‘…’" is no minister merely named before it
                    continue
                if res is not None and res.known and res.actor:
                    prop.speaker, prop.speaker_text, prop.attribution = res.actor, res.text, "explicit"
                    prop.confidence, prop.rule, prop.where = 0.5, "subject_of_quote", "subject"
                    return True
        return self._label_after(si, qi, prop, refs) or self._alert_label(si, qi, prop, refs)

    def _alert_label(self, si: int, qi: int, prop: QuoteProposal, refs: list[Ref]) -> bool:
        """A live-blog or alert line that opens with its source and a colon, the quotation later in the
        line ("05:31 Iraqi military: drone hit PM's residence in “failed assassination attempt”",
        "Spokesman Ned Price: attack “an apparent act of terrorism”"): that source (explicit, Q9)."""
        q = self.raw_quotes[qi]
        line = self.text.rfind("\n", 0, q.open) + 1
        for r in refs:
            if r.start >= q.open or r.kind not in ("mention", "orgrole") or r.possessive:
                continue
            opener = _LINE_OPENER.fullmatch(self.text, line, self.label_start(si, r))
            gap = _ITEM_GAP if opener is not None and opener.end() > opener.start() else _ALERT_GAP
            if opener is not None and gap.fullmatch(self.text, r.end, q.open):
                res = self.resolve(si, r)
                if res is not None and res.known and res.actor:
                    prop.speaker, prop.speaker_text, prop.attribution = res.actor, res.text, "explicit"
                    prop.confidence, prop.rule, prop.where = 0.5, "subject_of_quote", "alert label"
                    return True
        return False

    def label_start(self, si: int, r: Ref) -> int:
        """Where a label opens: at its first reference, title words and roles before the name taken in
        ("US State Department spokesman Ned Price", "Kataib Hezbollah security official Abu Ali"), after
        the line's item number and time stamp."""
        line = self.text.rfind("\n", 0, r.start) + 1
        opener = _LINE_OPENER.match(self.text, line, r.start)
        start = opener.end() if opener is not None else line
        words = self.text[start:r.start].split()
        if not words:
            return start
        return start if len(words) <= 6 and all(_title_word(w, words[k + 1:k + 2]) for k, w in enumerate(words)) else r.start

    def _titles_only(self, a: int, b: int, r: Ref) -> bool:
        """Between a label's start and the name in it, a few title and role words only ("Sadrist MP-elect "),
        or words the registry describes the named person by ("Iraqi analyst " before a security analyst, M3)."""
        words = self.text[a:b].split()
        info = self.gaz.info.get(r.actor or "") if r.kind == "mention" else None
        return 0 < len(words) <= 4 and all(_plain_title(w) or info is not None and info.person and w.isalpha()
                                           and info.says(w) for w in words)

    def _label_after(self, si: int, qi: int, prop: QuoteProposal, refs: list[Ref]) -> bool:
        """A headline opening with the quotation, then a colon or dash and who said it ("“A message, not a
        funeral”: Rasha Haddad on the attack", "‘We will respond’ – Iraqi PM"), titles taken in ("‘…’: Port
        MP-elect Rasha Haddad", "‘…’: Freedonian analyst X" for an analyst): that actor (Q6 case 1); a
        name that only modifies a group noun ("‘No to fraud’: Hashd supporters march") is not it."""
        q = self.raw_quotes[qi]
        if self.text.rfind("\n", 0, q.open) + 1 != q.open or not self.is_headline(qi):
            return False
        gap = _LABEL_GAP.match(self.text, q.outer_end)
        if gap is None:
            return False
        titled = next((r for r in refs if r.start > gap.end() and r.kind in ("mention", "name")
                       and self._titles_only(gap.end(), r.start, r)), None)
        res = self.resolve(si, titled) if titled is not None else None
        if res is None or not (res.known and res.person and res.actor):
            # no person the titles lead to ("Harbour Front MP-elect Omar Haddad"): the reference right after the gap
            ref = next((r for r in refs if r.start == gap.end() and r.kind in ("mention", "name", "role", "orgrole")
                        and not r.possessive and not COMPOUND_HEAD_AFTER.match(self.text, r.end)), None)
            res = self.resolve(si, ref) if ref is not None else None
        if res is None or not res.known or not res.actor:
            return False
        prop.speaker, prop.speaker_text, prop.attribution = res.actor, res.text, "explicit"
        prop.confidence, prop.rule, prop.where = 0.5, "subject_of_quote", "label after"
        return True

    def _opens_clause(self, si: int, r: Ref, before: list[Ref]) -> bool:
        """The reference opens its sentence or a clause after a comma, semicolon, dash or conjunction."""
        start = self.sentences[si].start
        lo = max([start] + [start + m.end() for m in re.finditer(r"[,;:—–]|\b(?:and|but|while|as)\b", self.text[start:r.start])])
        return self._opens_segment(lo, r, [x for x in before if x.start >= lo])

    def colon_subject(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """A quotation that a colon introduces at the end of a clause whose subject is a person and that
        has no speech verb ("X appeared in a televised address, his wrist bandaged: “…”", "X, an analyst,
        is blunt: “…”"), or a body that shows the words it wrote (:data:`_SHOWED_WORDS`): that person or body
        said the words (explicit); the owner of words a pronoun owns (:data:`_OWNED_WORDS`) did (implicit)."""
        q = self.raw_quotes[qi]
        colon = _COLON_BEFORE.search(self.text, self.sentences[si].start, q.open)
        if colon is None or any(self.sentences[si].start <= o < q.open for o in self.outer_starts):
            return False
        ref = self.subject_before(si, colon.start())
        owned = _OWNED_WORDS.fullmatch(self.text, self.sentences[si].start, colon.start()) if ref is None else None
        if owned is not None:  # "His message was short: “…”": the owner, a pronoun
            word = owned.group("owner")
            ref = Ref(owned.start("owner"), owned.end("owner"), _PRONOUN_OF[word.lower()], "pronoun")
        res = self.resolve(si, ref) if ref is not None else None
        shown = _SHOWED_WORDS.search(self.text, ref.end, colon.start()) if ref is not None else None
        if res is None or not res.known or not res.person and owned is None and shown is None or res.method == "generic":
            return False
        prop.speaker, prop.new_speaker, prop.speaker_text, prop.attribution = res.actor, res.new, res.text, "explicit"
        prop.confidence, prop.rule, prop.where = 0.5, "subject_of_quote", "colon"
        if owned is not None:
            prop.speaker_text, prop.attribution = owned.group("owner"), "implicit"
        return True

    def addressee(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """An interviewer's question that quotes the one answering ("You have written that the attack was
        “…”. What do you mean?"), the next line opening with that person's answer label ("Al-Obeidi: …"):
        the words are that person's (implicit, Q9 a: "you" points to the speaker the label names)."""
        sent, q = self.sentences[si], self.raw_quotes[qi]
        if not _YOU_SAID.search(self.text, sent.start, q.open):
            return False
        nxt = self.text.find("\n", q.outer_end) + 1
        if nxt <= 0 or nxt >= len(self.text):
            return False
        sj = self.sentence_of(nxt)
        label = next((r for r in self.refs(sj) if r.start == nxt and r.kind in ("mention", "name") and r.person
                      and self.text.startswith(":", r.end)), None)
        res = self.resolve(sj, label) if label is not None else None
        if res is None or not res.known:
            return False
        prop.speaker, prop.new_speaker, prop.speaker_text, prop.attribution = res.actor, res.new, res.text, "implicit"
        prop.confidence, prop.rule, prop.where = 0.5, "addressee", "answer label"
        return True

    def clause_speaker(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """The subject of the clause that holds the words, when that clause's verb is one of saying,
        stance, naming or wanting ("the Front cried “theft”", "Karim wants a “…”", "the leaders … have insisted
        that the result was “…”"): the words are the subject's (Q8 rule 6, Q4). Only when no cue named a
        speaker; an object of the verb is no subject, and scare quotes with no such clause stay no one's."""
        sent, q = self.sentences[si], self.raw_quotes[qi]
        if _SO_CALLED.search(self.text, sent.start, q.open):
            return False
        verb = None
        for m in _CLAUSE_VERB.finditer(self.text, sent.start, q.open):
            if not self.in_quote(m.start()):
                verb = m  # the verb nearest the words
        if verb is None or len(self.text[verb.end():q.open].split()) > 12 or not _SAME_CLAUSE.fullmatch(self.text, verb.end(), q.open):
            return False
        near = next((r for r in reversed(self.refs(si)) if r.end <= verb.start()), None)
        if near is not None and near.kind == "pronoun" and near.text.lower() not in ("he", "she"):
            return False  # "They call him the “…”": a plural pronoun tells no group for sure
        ref = self.subject_before(si, verb.start())
        if ref is None or not _TO_VERB.fullmatch(self.text, ref.end, verb.start()):
            return False  # "Some Front members call it “…”": the name only modifies the subject's noun
        res = self.resolve(si, ref)
        if res is None or not res.known or not res.actor or res.method == "generic":
            return False
        prop.speaker, prop.new_speaker, prop.speaker_text = res.actor, res.new, res.text
        prop.attribution = "explicit" if res.explicit else "implicit"
        prop.confidence, prop.rule, prop.where = 0.5, "subject_of_quote", "clause verb"
        return True

    def statement_in_which(self, si: int, qi: int, prop: QuoteProposal) -> bool:
        """"X issued a statement in which “…”": the words are the statement's, and its issuer, named in
        the sentence, is the speaker (explicit, Q8 rule 2)."""
        sent, q = self.sentences[si], self.raw_quotes[qi]
        res = self.last_statement
        if not _IN_WHICH.search(self.text, sent.start, q.open) or res is None or not res.known or not res.span \
                or not sent.start <= res.span[0] < q.open:
            return False
        prop.speaker, prop.new_speaker, prop.speaker_text, prop.attribution = res.actor, res.new, res.text, "explicit"
        prop.confidence, prop.rule, prop.where = 0.55, "statement", "in which"
        return True
