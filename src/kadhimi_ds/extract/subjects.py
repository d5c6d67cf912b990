"""Subjects and objects: which reference of a sentence is the subject of a speech verb ("the
ministry said", "X, the head of Y, wrote", "UN Secretary-General X … and urged"), and which names
the speaker after a cue ("according to X", "said X")."""
from __future__ import annotations

import re

from .cues import FINITE_SPEECH
from .referents import Referents
from .referring import (CONJUNCTIONS, DETERMINERS, MEMBERS_BEFORE, OBJECT_VERBS, PERSON_ROLES, PREPOSITIONS, PRESS_NOUNS, RESPONSE_NOUNS,
                        STATEMENT_NOUNS, VOICE_NOUNS, Ref)
from .text import WORDISH, abbreviation_before

_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
             r"|August|September|October|November|December)\b")
TITLE_RUN = re.compile(r"(?:(?<![\w’'-])(?!" + _CALENDAR + r")[A-Z][\w.-]*\s+(?:of\s+(?:the\s+)?(?=[A-Z]))?)*?(?:Minister|Adviser|Advisor|Secretary|Secretary-General|Spokesman"
                        r"|Spokeswoman|Spokesperson|President|Commander|General|Gen\.?|Leader|Chief|Director|Governor"
                        r"|Mayor|Envoy|Ambassador|Premier|Cleric|Sheikh|Judge|Colonel|Brigadier|Major|Captain|Mr\.?|Mrs\.?"
                        r"|Ms\.?|Dr\.?)\s+\Z")
"""A title right before a name ("Ports Minister", "National Security Adviser", "President of the Republic Dr."):
capitalised words, "of the" between them, ending in a title word."""
_OWNERSHIP_COMPOUND = re.compile(r"\b[\w’'-]+-(?:owned|based|run|backed|funded|aligned|affiliated)\b")
"""A compound adjective of ownership or seat before a body's name ("state-owned", "London-based")."""
_BODY_TITLE = re.compile(r"\s*(?:chairman|chief|leader|head|commander|spokesman|spokeswoman|spokesperson|secretary-general"
                         r"|deputy|lawmaker|legislator|MP|official|member)\s+\Z")
"""A lowercase title between a body's name and a person's ("PMF chairman X", "Fatah leader X", "Fatah deputy X")."""

_TITLE_OF = re.compile(r"\s*(?:(?:Deputy|Vice|Acting|Former|First|Secretary|Assistant)[\s-]+)?(?:Secretary(?:-General)?|Minister|Head"
                       r"|Chairman|Chairwoman|Chair|Director(?:-General)?|President|Leader|Spokesman|Spokeswoman|Spokesperson"
                       r"|Commander|Chief|Governor|Member|Adviser|Advisor|Ambassador|Envoy|Speaker)\s+(?:of|for|to)\s")
"""A capitalised title and its preposition opening a segment ("Secretary of …", "Head of …", "Spokesman for …")."""
_DESCRIPTION_OPENS = re.compile(r"\s*(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]*(?<![^s]s)\s+of\s")
"""A sentence that opens with a definite description of one person ("The Secretary-General of the X",
"Its deputy head of ..."): a title of the name in apposition after it (M3 note b)."""

_HONORIFIC = re.compile(r"\s*(?:His|Her|Their)\s+(?:Royal\s+|Serene\s+)?(?:Highness|Majesty|Excellency|Eminence|Holiness|Beatitude)"
                        r"(?:es)?\b")
"""A style of address opening a segment ("His Highness the Amir", "Her Majesty"): a subject, not an apposition."""
_OR_NAME = re.compile(r"\s*or\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'-]*)*\s*\Z")
"""A comma-bounded segment that gives another name of what stands before it ("or the League of the Righteous")."""

_APPOSITION_GAP = re.compile(r",\s+(?!(?:but|and|while|whereas|who|which|as|though|although|then|after|before|when|if)\b)(?:the\s+)?(?:[\w’'.-]+\s+){0,8}?(?:and\s+)?")
"""Between a name and a role in apposition to it: a comma and a few title words (no other comma)."""

JOINED_AFTER_QUOTE = re.compile(r"[”\"»]\s*(?:(?P<named>while|whereas)\s+(?=(?:the\s+|al-|el-)?[A-Z])|(?:and|but)\s+)")
"""A closed quotation and a conjunction ("described it as a “…,” while Y", "called it “…” and Y"): the words after
it open a clause of its own when a name follows "while", or a subject follows "and" (not "and warned")."""
_RELATIVE_OPENS = re.compile(r"\s*(?:which|whom|that)\b")
"""A comma segment that is a relative clause whose subject is not the noun before it ("which X formed", "whom X
appointed"): a person named in it is no apposition of that noun ("who goes by X" still names it)."""

_CONTACT_HEAD = re.compile(r"(?<![\w’'-])[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<head>committee|commission|council|panel|inquiry|court)\s+\Z")
"""A body's definite description right before a person's name that opens a relative clause without "that" ("The
investigative committee Kadhimi set up said"): the body is the subject, the person only formed it."""

_PARTITIVES = frozenset("one two three some several many most each another none either neither".split())


_CLAUSE_OPENS = re.compile(r"[,;]\s*(?:(?:while|whereas|and|but|as)\s+)?(?:[Tt]he\s+)?\Z")
_VERB_TO_QUOTE = re.compile(r"\s+(?:also\s+|now\s+)?(?!(?:was|is|has|does)\b)[a-z]+(?:s|ed)\b(?:\s+[a-z]+){0,3}\s*[:,]?\s*\Z")
"""A finite verb and up to three words between a clause's subject and its quotation ("points to",
"hits out at", "warned of"); not a copula or auxiliary ("he said, the X was still “assessing”": the
words stay the speaker's)."""


_OBJECT_OF_CLAUSE = re.compile(r"(?!(?:is|was|are|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do)\b)"
                               r"[a-z]+(?: [a-z]+ly)? (?:i|we|you|he|she|they|anyone|someone|somebody|everyone|nobody|no one)\b")
"""A verb right after a subject pronoun (nearest word first, as ``words_before`` gives them): what follows is its object."""
_REPORTING = frozenset(FINITE_SPEECH) | {"thought", "think", "thinks", "believe", "believes", "believed", "knew", "know",
                                         "knows", "hoped", "hope", "hopes", "feared", "fear", "fears", "expect", "expected"}
"""Verbs whose next noun phrase opens a clause of its own ("he said the army would …")."""


_OWN_VERB = re.compile(r"\b(?:[a-z]{3,}ed|spoke|was|were|is|are|has|had|have|asked|went|came|took|met|won|lost|led|ran)\b")
"""A finite verb of a relative clause ("who spoke", "who had been"), before the cue."""
_TURN_AFTER = re.compile(r"(?:,\s*[A-Z][A-Z ]*)?:")
"""The colon after a transcript label, with a capitalised role ("SALEEM, BYLINE:", "MOSLEY, HOST:")."""
_PERSON_OF = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
"""A person's body after the name ("Lina Sabbagh of the Harbour Institute")."""


_TIME_OPENING = re.compile(r"\s*(?:(?:[Jj]ust|[Oo]nly|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]ew|[Mm]ere)\s+)?"
                           r"(?:[Hh]ours|[Mm]inutes|[Dd]ays|[Ww]eeks|[Mm]onths|[Mm]oments|[Ss]hortly|[Ss]oon|[Ll]ong)\s+(?:after|before)\b")
"""A sentence opening on a time before or after an event ("Hours after the strike, …"): an adverbial
clause, as one opening on a preposition, so the segment after its comma is the main clause."""

_ADVERB_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+(?:ately|ally|ily|edly|ntly|ously|ively|ctly|ully|ibly|ably|ssly|rly|tly)"
                             r"|Meanwhile|Meantime|Later|Earlier|However|Still|Instead|Elsewhere|Nevertheless|Nonetheless"
                             r"|Moreover|Furthermore|Afterwards?|Overnight|Today|Yesterday|Tonight)\s*,")
"""A sentence opening on a lone adverb and its comma ("Separately, the Front, which …, said"): like an
opening preposition, so the segment after the comma is the main clause, no apposition."""

WHAT_SUBJECT = re.compile(r"(?<![\w’'-])what\s+(?:[\w’'.-]+\s+){1,5}\Z")
"""A free relative's "what" and its subject before the verb ("in what the country’s army called"): the
words it reports are that subject's, never those of an earlier clause's speaker."""


def _after_lowercase_title(words: list[str]) -> bool:
    """Lowercased words before a name (nearest first) that are a lowercase person title, perhaps after one
    adjective, right after a preposition that takes the name as its object ("by Shiite cleric", "to party leader")."""
    return bool(words) and words[0] in PERSON_ROLES and any(w in PREPOSITIONS for w in words[1:3]) \
        and next(w for w in words[1:3] if w in PREPOSITIONS) in _TITLE_PREPOSITIONS


_TITLE_PREPOSITIONS = frozenset("by to from against for".split())
"""Prepositions whose object a titled name is ("led by", "spoke to", "a message from"); "with" may open a clause
whose subject the name is ("with its leader X describing them as …")."""


class Subjects(Referents):
    """The subject-finding half of :class:`kadhimi_ds.extract.references.ArticleReferences`."""

    def subject_like(self, r: Ref, lo: int) -> bool:
        """A reference that can be the subject of a verb: not possessive, not after a preposition
        or an object-taking verb (except "statement from X")."""
        if r.possessive:  # "X's statement said", "X’s television channels called": the owner speaks
            after = [w for w in WORDISH.findall(self.text[r.end:r.end + 40])[:3] if w not in ("’", "'", "’s", "'s")]
            if any(w.lower() in STATEMENT_NOUNS | VOICE_NOUNS | PRESS_NOUNS for w in after[:2]):
                return True
            opens = not [w for w in self.words_before(r.start, lo, 2) if w not in CONJUNCTIONS]
            return bool(after) and after[0].lower() in RESPONSE_NOUNS and opens  # "X's answer was to call for"
        if self.turn_label(r):
            return False  # "SALEEM: He appeared …": the label says who speaks the line; "he" is someone else
        if any(self.text.rfind(a, lo, r.start) > self.text.rfind(b, lo, r.start) for a, b in ("()", "[]")):
            return False  # a gloss in brackets ("X of the League (LR) said", "the Presidency [Serokayetî] said") is never the subject
        start = r.start
        if r.kind in ("mention", "name"):  # "chaired by Ports Minister Omar Haddad": the title is no subject
            title = TITLE_RUN.search(self.text, max(lo, start - 60), start)
            if title and not any(x.start < start and x.end > title.start() for x in self.refs(self.sentence_of(start))
                                 if x is not r and x.kind != "role"):
                start = title.start()  # (a title run that takes in a name before it, "League of Ports Secretary", is none;
                # the run's own role, "with Prime Minister X", is the title)
        words = self.words_before(start, lo, 4)
        if r.kind in ("mention", "name") and _after_lowercase_title(words):
            return False  # "the movement led by Shiite cleric X said": the title's name is the object of "by"
        while words and words[0] in DETERMINERS:
            words.pop(0)
        if not words:
            return True
        if words[0] in ("from", "by") and len(words) > 1 and words[1] in STATEMENT_NOUNS:
            return True
        if words[0] == "of" and len(words) > 1 and words[1] in _PARTITIVES and not (len(words) > 2 and words[2] in PREPOSITIONS):
            return True  # "one of the officials said": the group speaks through one of its members ("an official in
            # one of the factions told": the place of the one who speaks, no subject)
        if r.kind == "role" and not r.person and MEMBERS_BEFORE.search(self.text, max(lo, r.start - 60), r.start):
            return True  # "a spokesman for the group said": the group speaks through its spokesperson (Q8.3)
        if len(words) > 1 and words[0].endswith("ing") and len(words[0]) > 5 and words[1] not in DETERMINERS:
            return False  # "bases hosting US troops": the object of a participle ("the ruling X" is an adjective)
        if len(words) > 1 and words[1] == "to" and words[0] not in PREPOSITIONS and words[0] not in CONJUNCTIONS:
            return False  # "took to Telegram to mock the premier": the object of an infinitive
        if _OBJECT_OF_CLAUSE.match(" ".join(words)) and words[0] not in _REPORTING:
            return False  # "if anyone wanted the premier dead": the object of a verb whose subject stands before it
        return words[0] not in PREPOSITIONS and words[0] not in OBJECT_VERBS

    def turn_label(self, r: Ref) -> bool:
        """A transcript turn: a person's name in capitals opening a line, before a colon ("SALEEM:",
        "KAREN MOSLEY, HOST:"). It names who speaks the line, who says "I"; it is never the subject of
        a verb in the line, nor the antecedent of a "he" or "she" there."""
        return bool(r.person and r.kind in ("mention", "name") and (r.start == 0 or self.text[r.start - 1] == "\n")
                    and r.text.isupper() and _TURN_AFTER.match(self.text, r.end))

    def apposed_role(self, si: int, r: Ref) -> bool:
        """A role or a description in apposition to the person named right before it ("X, Crown Prince of Y and
        Deputy Commander of Z, made a call", "X, a 29-year-old nurse whose …, said"): a title of that name, or what
        the name is, never an antecedent of its own (M3). A description after a name that a preposition takes is
        none ("In Karadat Mariam, a mechanic was …", "off Lantern Lane, the baker": the name may be a place's)."""
        if r.kind in ("role", "orgrole"):
            return self.apposed_to(si, r) is not None
        name = self.apposed_to(si, r, ("anon", "unnamed", "described"))
        return name is not None and not set(self.words_before(name.start, self.sentences[si].start, 1)) & (PREPOSITIONS | {"off"})

    def names_after(self, si: int, r: Ref) -> bool:
        """A role set before the person named right after its comma ("One militia leader, Omar Haddad, went"):
        a title of that name, never an antecedent of its own (M3)."""
        if r.kind not in ("role", "orgrole", "anon"):
            return False
        after = next((p for p in self.refs(si) if p.start >= r.end), None)
        return after is not None and after.kind in ("mention", "name") and bool(after.person) \
            and re.fullmatch(r",\s*", self.text[r.end:after.start]) is not None

    def apposed_to(self, si: int, r: Ref, kinds: tuple[str, ...] = ("role", "orgrole")) -> Ref | None:
        """The person a role (a reference of ``kinds``) stands in apposition to (see ``apposed_role``), if any."""
        if r.kind not in kinds:
            return None
        prev = [p for p in self.refs(si) if p.end <= r.start and p.kind in ("mention", "name") and p.person]
        return next((p for p in reversed(prev[-3:]) if _APPOSITION_GAP.fullmatch(self.text, p.end, r.start)), None)

    def _listed_before(self, si: int, bounds: list[tuple[int, int]], first: Ref) -> list[Ref]:
        """The items of a list of names that ends in the segment opening with ``first`` ("The United States, Britain,
        France and Germany"): each earlier comma segment that is one name and nothing else, in order."""
        if self.text[bounds[-1][0]:first.start].strip():
            return []
        items: list[Ref] = []
        for a, b in reversed(bounds[:-1]):
            one = [r for r in self.refs(si) if a <= r.start and r.end <= b]
            if len(one) != 1 or re.sub(r"^(?:[Tt]he\s+)", "", self.text[a:b].strip()) != re.sub(r"^(?:[Tt]he\s+)", "", one[0].text):
                break
            items.insert(0, one[0])
        return items

    def _title_apposed(self, si: int, a: int, b: int) -> bool:
        """The comma-bounded segment ``a``..``b`` opens with a capitalised title and "of" ("Secretary of Iran's Supreme
        National Security Council") right after a person's name: that person's title, not the subject."""
        return _TITLE_OF.match(self.text, a, b) is not None and any(
            r.person and r.kind in ("mention", "name") and re.fullmatch(r"\s*,\s*", self.text[r.end:a]) for r in self.refs(si))

    def appositive(self, a: int, b: int) -> bool:
        """A comma-bounded segment that starts with a lowercase word or a determiner, or that gives another
        name ("or the League")."""
        m = WORDISH.search(self.text[a:b])
        if _HONORIFIC.match(self.text, a, b):
            return False
        if _OR_NAME.match(self.text, a, b):
            return True  # "X, or the League of the Righteous, said": another name of X
        if not m or m.group().lower() in CONJUNCTIONS:
            return False
        return m.group()[0].islower() or m.group().lower() in DETERMINERS

    def subject_before(self, si: int, pos: int, coordinated: bool = False) -> Ref | None:
        """The subject of the clause that ends at ``pos``: the nearest subject-like reference, comma
        segments in apposition skipped (what follows a colon is a clause of its own: "X (London): The paper was …"). A role or unnamed description whose apposition names a
        person ("The leader of the movement, Sayyid X, wrote") gives that person. For a coordinated
        verb ("... phoned Y and said"), only a reference opening its segment is the subject."""
        sent = self.sentences[si]
        text = self.text
        cuts = [m.start() for m in re.finditer(r"[,;:—–]", text[sent.start:pos]) if not self.in_quote(sent.start + m.start())]
        bounds, prev = [], sent.start
        for c in cuts:
            bounds.append((prev, sent.start + c))
            prev = sent.start + c + 1
        bounds.append((prev, pos))
        refs = [r for r in self.refs(si) if r.end <= pos]
        named: Ref | None = None  # a person named in the nearest apposition skipped
        first = WORDISH.search(text, sent.start, bounds[0][1])
        adverbial = first is not None and (first.group().lower() in PREPOSITIONS or _TIME_OPENING.match(text, sent.start)
                                           or _ADVERB_OPENING.match(text, sent.start)) \
            and len(bounds) > 1
        what = WHAT_SUBJECT.search(text, max(bounds[-1][0], pos - 60), pos)
        for idx, (a, b) in enumerate(reversed(bounds)):
            inside = [r for r in refs if a <= r.start < b and (idx or what is None or r.start >= what.start())]
            joins = [] if idx == 0 and what is not None else list(JOINED_AFTER_QUOTE.finditer(text, a, b))
            joined = joins[-1] if joins else None
            if joined and not joined.group("named") and not any(r.start >= joined.end() and self.subject_like(r, sent.start)
                                                                for r in inside):
                joined = None  # "called it “…” and warned": the same subject goes on
            if joined:  # "X condemned it as “…,” while Y (, head of Z,) warned": Y opens a clause of its own
                a = joined.end()
                inside = [r for r in inside if r.start >= a]
            elif adverbial and a == bounds[1][0]:
                pass  # "Inside Iraq, the Brigades …": the clause after an opening adverbial, no apposition
            elif idx > 0 and a != sent.start and text[a - 1] != ":" and (self.appositive(a, b) or self._title_apposed(si, a, b)):
                if not _RELATIVE_OPENS.match(text, a, b):  # ("The committee, which X formed, said": X forms, not speaks)
                    named = named or next((r for r in inside if r.kind in ("mention", "name") and r.person
                                           and not r.possessive), None)  # ("X's allies" describes no X)
                continue
            gloss = self._gloss_before(inside, b) if idx else self._gloss_before(inside, b) or self._before_relative(si, inside, pos)
            if gloss is not None:
                return gloss
            for k in range(len(inside) - 1, -1, -1):
                r = inside[k]
                if r.kind == "generic":
                    return r
                if coordinated and idx == 0 and not self._opens_segment(a, r, inside[:k]):
                    continue
                if self.subject_like(r, sent.start) or idx == 0 and what is not None:
                    last = k
                    while k > 0 and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[inside[k - 1].end:inside[k].start]):
                        k -= 1  # "the army and the government said": the first of coordinated subjects
                    if k < last and k == 0 and idx == 0 and (listed := self._listed_before(si, bounds, inside[0])):
                        told = [c for c in listed if (res := self.resolve(si, c)) is not None and res.known]
                        if told:  # "The United States, Britain, France and Germany said": the first named (Q8 note)
                            return told[0]
                    if named is not None and inside[k].kind in ("role", "orgrole", "anon"):
                        return named
                    if (contact := self._contact_body(inside[k], a, pos)) is not None:
                        return contact
                    if k == 0 and idx > 0 and (holder := self.apposed_to(si, inside[0])) is not None:
                        return holder  # "X, Secretary-General of Y, condemned": the title is X's, X speaks
                    # one utterance has one speaker (Q13): the first coordinated subject that can be told;
                    # each of them is resolved, so that the others are mentions too ("the army and the government")
                    told = [c for c in inside[k:last + 1] if (res := self.resolve(si, c)) is not None and res.known]
                    return told[0] if told else inside[last]
            if joined:
                return named  # the clause after the conjunction names no subject that can be told
            if idx == 0 and what is not None:
                return None  # "in what the dockers’ unions called": the subject stands after "what", or none is told
            if a == sent.start and named is not None and _DESCRIPTION_OPENS.match(text, a, b):
                return named  # "The Secretary-General of the X, al-Ameri, called": the name is the subject
            if inside:
                named = None
            if a > sent.start and text[a - 1] == ";" and self._headline_line(si):
                return None  # "X questions Y; militia chief demands …": a headline's second clause, its own subject
        return None

    def _contact_body(self, r: Ref, lo: int, pos: int) -> Ref | None:
        """The body described right before a person's name ``r`` that opens a relative clause of its own before
        ``pos`` (:data:`_CONTACT_HEAD`): a role reference to that body, the subject of the verb at ``pos``."""
        if r.kind not in ("mention", "name") or not r.person or not self.text[r.end:pos].split():
            return None
        body = _CONTACT_HEAD.search(self.text, lo, r.start)
        if body is None:
            return None
        return Ref(body.start(), body.end("head"), self.text[body.start():body.end("head")], "role", head=body.group("head"))

    def _headline_line(self, si: int) -> bool:
        """Sentence ``si`` stands in a short paragraph (20 words at most) without a closing full stop: a headline."""
        a, b = self.paragraphs[self.sentences[si].para]
        line = self.text[a:b].rstrip()
        return len(line.split()) <= 20 and not line.rstrip("”’\"'» ").endswith((".", "!", "?"))

    def _before_relative(self, si: int, inside: list[Ref], pos: int) -> Ref | None:
        """The noun before a relative clause that has a verb of its own before the cue ("Two officials who
        spoke on condition of anonymity because Karim had not authorised them told Reuters"): the
        subject of the cue is that noun, never a name inside the relative clause. A relative clause
        whose only verb is the cue ("the officials who Karim said were …") is left to the usual rule."""
        rel = next((r for r in inside if r.kind == "relative" and r.text.lower() == "who"), None)
        if rel is None or not _OWN_VERB.search(self.text, rel.end, pos):
            return None
        ante = self._relative_antecedent(si, rel)
        if ante is None or ante not in inside or not self.subject_like(ante, self.sentences[si].start):
            return None
        return ante

    def _gloss_before(self, inside: list[Ref], b: int) -> Ref | None:
        """A registered name in brackets closing the noun phrase before the verb ("The UN mission in
        Iraq (UNAMI) called", "the Brigades (KH) said"): the gloss names that whole phrase, whose own
        first name may be a larger body ("UN") or a place; the speaker is the body the gloss names."""
        if len(inside) < 2:
            return None
        g = inside[-1]
        if g.kind != "mention" or g.possessive or self.text[g.start - 1:g.start] != "(" \
                or not re.fullmatch(r"\)\s*(?:(?:[a-z]+ly|also|then|later|now)\s+)?", self.text[g.end:b]):
            return None
        lo = self.sentences[self.sentence_of(g.start)].start
        head = next((r for r in inside[:-1] if r.possessive or self.subject_like(r, lo)), None)
        if head is None or "," in self.text[head.start:g.start] or any(r.person for r in inside[:-1]):
            return None  # "X of the ministry (MoP) said": the person speaks, the gloss names the ministry
        return g

    def _opens_segment(self, a: int, r: Ref, before: list[Ref]) -> bool:
        """Nothing but articles, titles and names stands between ``a`` and ``r``: "UN Secretary-General
        Ines Varga" opens its segment as much as "the ministry" does."""
        lead = self.text[a:r.start]
        for x in reversed(before):
            lead = lead[:x.start - a] + " " * (x.end - x.start) + lead[x.end - a:]
        lead = re.sub(r"\b(?:[Tt]he|[Aa]n?)\b", "", lead)
        if not r.person:
            lead = _OWNERSHIP_COMPOUND.sub("", lead)  # "the state-owned X and said": X opens its segment
            lead = re.sub(r"[’']s(?![A-Za-z])", "", lead)  # "Iraq’s X met … and blamed": its owner's possessive too
            return not re.search(r"[A-Za-z]", lead)
        return not lead.strip() or TITLE_RUN.fullmatch(lead.lstrip() + " ") is not None \
            or bool(before) and _BODY_TITLE.fullmatch(lead) is not None

    def np_after(self, si: int, pos: int, max_words: int | None = None) -> Ref | None:
        """The referent named right after a cue ("according to X", "said X, leader of ...")."""
        sent = self.sentences[si]
        text = self.text
        end = sent.end
        for m in re.finditer(r"[,;:.!?“”\"‘]|\s(?:that|who|which|this|these|those|to|in|on|at|when|after|before|while|as|because|and|but|saying|speaking|said|says|told)\s", text[pos:sent.end]):
            p = pos + m.start()
            if text[p] == "." and abbreviation_before(text, p, sent.start):
                continue
            end = p
            break
        cands = [r for r in self.refs(si) if pos <= r.start and r.end <= end and r.kind not in ("relative",)]
        chain: list[Ref] = []
        for r in cands:
            if not chain:
                if max_words is not None and len(text[pos:r.start].split()) > max_words:
                    return None
                if r.possessive or (r.kind != "generic" and not self.subject_like(r, pos)):
                    continue
                chain.append(r)
            elif chain[-1].person and chain[-1].kind in ("mention", "name") \
                    and _PERSON_OF.fullmatch(text, chain[-1].end, r.start):
                break  # "said Lina Sabbagh of the Harbour Institute": the person speaks (Q8.1), not the body
            elif len(text[chain[-1].end:r.start].split()) <= 2 and "," not in text[chain[-1].end:r.start]:
                chain.append(r)
            else:
                break
        return chain[-1] if chain else None

    def clause_subject(self, si: int, lo: int, pos: int) -> Ref | None:
        """The named subject of a clause of its own between ``lo`` (the end of an earlier cue) and a
        quotation at ``pos``: ", Y points to “…”", "; Y warned of “…”", ", while Y blamed “…”". That
        clause, not the earlier cue's, carries the quotation."""
        for r in reversed([r for r in self.refs(si) if lo <= r.start and r.end <= pos]):
            if r.kind not in ("mention", "name") or r.possessive or not _VERB_TO_QUOTE.fullmatch(self.text, r.end, pos):
                continue
            lead = self.text[lo:r.start]
            title = TITLE_RUN.search(lead)
            if _CLAUSE_OPENS.search(lead[:title.start()] if title else lead):
                return r
            return None
        return None
