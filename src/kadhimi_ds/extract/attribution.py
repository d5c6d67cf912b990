"""Attribution: who said each quotation, and the article's attribution state that claims read.

:class:`ArticleAttribution` walks the sentences of an article once: for each quotation it
tries the cues of its sentence in order (a closing reporting clause, a cue right after it, a
cue before it, a later cue), else carries the speaker over as the codebook allows (see
:mod:`.continuity`); it records the delivery channel and the relaying outlet, settles quotations that stand
alone as sub-headings, gives a newspaper the headlines it printed (see :mod:`.front_pages`), and joins
quotations that run over paragraphs. Who asserts each claim is
in :mod:`.claim_sources`; the new actors of titled names and the possessive roles in :mod:`.added_mentions`.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .draft import MentionProposal, QuoteProposal
from .quotes import RawQuote
from .cues import CONTINUATION_VERBS, OWN_INFINITIVE, Cue
from .added_mentions import AddedMentions
from .channels import Channels
from .front_pages import FrontPages
from .claim_sources import ClaimSources
from .quote_speakers import QuoteSpeakers
from .subjects import JOINED_AFTER_QUOTE, WHAT_SUBJECT
from .referring import Resolved
from .tokens import TokenIndex

_DOCUMENT = r"(?:statement|communiqu\w*|letter|note|document|memo)s?\b"
"""A written text whose author the article may name and later let speak ("the letter said", :mod:`.statement_referents`)."""
_PUBLISHED_BY = re.compile(r"\b" + _DOCUMENT + r"\s+(?:released|issued|published|posted|carried|distributed|put out|circulated)"
                           r"(?:\s+(?:on|late|early|this|last)(?:\s+[\w-]+){1,2}?)?\s+(?:by|under the name of|in the name of)\b")
"""A statement and who published it ("in a statement released by the ministry", "a letter circulated on Monday under
the name of X"): not its author when the sentence names another who speaks, else its author."""
_IN_DOCUMENT = re.compile(r"\bin\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|note|memo)\b")
"""Where a sentence says its subject put something in writing ("X struck the same tone in a handwritten note"): the
subject wrote it."""
_ISSUED_STATEMENT = re.compile(r"\b(?:issued|released|published|put out|sent out|sent|posted|read out|wrote|signed)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
                               r"(?:[\w-]+\s+){0,2}" + _DOCUMENT)

_REPORT_TAIL = re.compile(r",\s+(?:speaking|adding|saying|citing|noting|declining|asking not|and|but|as|while)\b|\s+on condition\b|\s+because\b")
"""Where a closing reporting clause goes on with words about the report itself (", speaking on condition
of anonymity because …", ", adding that …"), with a clause coordinated after it (", and a third hit the
house") or with one set beside it (", as a faction dismissed the attack as theatre"): they are not counted against it."""


_NEW_CLAUSE = re.compile(r"^[”\"’'»]?[,;]?\s*(?:while|whereas|and|but|although|though|as)\b|\b(?:that|which|what)\b"
                         r"|[,;]\s*(?:while|whereas|although|though|and|but)\b")
"""Words between a quotation and a later cue that open a clause of its own (", while X described …",
"“…” in a tweet, while X said …", "“…” on Twitter, and Y condemned …", ", a remark that X called …", "after what X calls …"): that cue reports other words, never the
quotation before."""


_CLAUSE_AFTER = re.compile(r"[”\"’»]?[,;]?\s*(?:and|but|while|whereas)\s+(?!(?:also\s+)?(?:said|added|says|adds|told|wrote)\b)")
"""A coordinated clause right after the last quotation of a sentence (", and Y condemned it"), except a
coordinated speech verb of the same subject ("and added")."""


_JOINED_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+")
"""A conjunction joining a clause after the last quotation: a cue whose subject opens that clause is its own."""


_SUBJECT_JOINED = re.compile(r"[”\"’»,;]\s*(?:and|but|while|whereas)\s+(?=(?:the\s+)?(?:(?:al|el)-)?[A-Z])")
"""A conjunction and a new subject after a quotation ("…,” and Emmanuel Macron tweeted …"): a later cue in that
clause reports other words."""


class ArticleAttribution(QuoteSpeakers, FrontPages, ClaimSources, AddedMentions, Channels):
    """The attribution pass over one article (see the module docstring)."""

    def __init__(self, text: str, gaz: Gazetteer, paragraphs: list[tuple[int, int]], raw_quotes: list[RawQuote],
                 mentions: list[MentionProposal], index: TokenIndex):
        super().__init__(text, gaz, paragraphs, raw_quotes, mentions, index)
        self.speaker_channel: dict[str, str] = {}
        self._channels: dict[int, str | None] = {}
        self.attributed: list[QuoteProposal] = []  # the quotations once attributed, whose speakers assert the counts in them

    # --- the pass over sentences: quotes ---------------------------------------------------

    def note_statement_sources(self, si: int, cues: list[tuple[Cue, Resolved | None]]) -> None:
        """Remember who last issued a statement or another document, for a later "the statement said ...",
        "the letter said ..."."""
        sent = self.sentences[si]
        if not re.search(r"\b" + _DOCUMENT, self.text[sent.start:sent.end].lower()):
            return
        masked = self.masked(si).lower()
        written = re.search(r"\b(?:statement|letter|note|document|memo)s?\b", masked)
        published = _PUBLISHED_BY.search(masked)
        author_found = False
        publisher: Resolved | None = None
        for cue, res in cues:
            if published and author_found and cue.start >= sent.start + published.start():
                break  # "X said in a statement released by the ministry": X's statement, the ministry publishes it
            if published and publisher is None and sent.start + published.start() <= cue.start < sent.start + published.end():
                publisher = res  # "In a statement issued by the presidency, X said": X's too, unless no one else speaks
                continue
            if res is not None and res.known and cue.kind != "relay" and res.method != "statement" and (
                    written or cue.kind in ("source", "readfrom")):
                self.last_statement, author_found = res, True
        if published and publisher is None and not cues:  # "A letter circulated under the name of X …": X's
            ref = self.np_after(si, sent.start + published.end())
            publisher = self.resolve(si, ref) if ref is not None else None
        if not author_found and publisher is not None and publisher.known and publisher.method != "statement":
            self.last_statement = publisher
        issued = _ISSUED_STATEMENT.search(masked) or _IN_DOCUMENT.search(masked)
        if issued:  # "The ministry issued a statement on Sunday": the subject issued it
            ref = self.subject_before(si, sent.start + issued.start())
            res = self.resolve(si, ref) if ref is not None else None
            if res is not None and res.known and res.method not in ("generic", "statement"):
                self.last_statement = res
        for r in self.refs(si):
            if r.kind == "mention" and self.text[r.end:r.end + 10].lower() == " statement" and r.end < sent.end:
                info = self.gaz.info.get(r.actor or "")
                self.last_statement = Resolved(r.actor, None, r.text, True, bool(info and info.person), "mention", 0.8)

    def masked(self, si: int) -> str:
        """The sentence with the words inside quotation marks blanked out."""
        sent = self.sentences[si]
        text = self.text[sent.start:sent.end]
        for qi in sent.quotes:
            q = self.raw_quotes[qi]
            a, b = q.start - sent.start, min(q.end, sent.end) - sent.start
            text = text[:a] + " " * (b - a) + text[b:]
        return text

    def final_cue(self, si: int, cues: list[tuple[Cue, Resolved | None]], after: int) -> tuple[Cue, Resolved] | None:
        """A closing reporting clause (", X said." / ", according to X.") that governs the whole sentence."""
        sent = self.sentences[si]
        text = self.text
        if _CLAUSE_AFTER.match(text, after, sent.end):
            return None  # "…,” and Tehran condemned it": a clause of its own reports other words
        for cue, res in cues:
            if cue.kind not in ("finite", "according", "quoted") or cue.start < after or res is None or not res.known:
                continue
            tail = _REPORT_TAIL.search(text, cue.end, sent.end)
            if len(text[cue.end:tail.start() if tail else sent.end].split()) > 10 or ";" in text[after:cue.start]:
                continue  # ("…, calls it ‘vital’; officials say …": a clause of its own after the semicolon)
            comma = text.rfind(",", sent.start, cue.start)
            if comma < 0 or comma < after - 2 and any(after <= o < cue.start for o in self.outer_starts):
                continue
            between = text[comma + 1:cue.start]
            if re.match(r"[”\"’»]?\s*(?:and|but|or|while|whereas)\b", between) or len(between.split()) > 8 \
                    or cue.word in ("called", "calls"):
                continue  # (", while Y urged …": Y's clause reports other words; ", while Y called X": a phone call)
            joined = list(_JOINED_CLAUSE.finditer(text, after, cue.start))
            if joined and res.span and joined[-1].end() <= res.span[0] and "," not in text[joined[-1].end():res.span[0]]:
                continue  # ", and Y, the big winner, condemned it": Y opens a clause of its own
            if re.search(r"\bwhat\b", between):
                continue  # ", in what his government described as an attempt": it reports the words after it
            return cue, res
        return None

    @staticmethod
    def speaker_before_source(order: list[tuple[str, tuple[Cue, Resolved | None]]]) -> tuple[str, tuple[Cue, Resolved]] | None:
        """"“…,” X said during a meeting, according to a statement from his office": the person whose speech verb
        governs the quote speaks; the body of the closing "according to" only relays the words (Q11)."""
        cue, source = order[0][1]
        if cue.kind != "according" or source is None or source.person or not source.known:
            return None
        return next(((rule, (c, r)) for rule, (c, r) in order[1:] if rule in ("cue_after", "cue_before")
                     and c.kind not in ("according", "relay") and r is not None and r.known and r.person), None)

    def attribute_quote(self, si: int, qi: int, cues: list[tuple[Cue, Resolved | None]],
                        final: tuple[Cue, Resolved] | None, done: list[QuoteProposal | None]) -> QuoteProposal | None:
        q = self.raw_quotes[qi]
        text = self.text
        cues = [(c, r) for c, r in cues if not (c.start >= q.outer_end and OWN_INFINITIVE.match(text, c.start))]
        if final and final not in cues:
            final = None
        speech = [(c, r) for c, r in cues if c.kind != "relay" and not self.outlet_relays(c, r)]
        relay = (final[1].actor or final[1].new) if final and self.is_outlet(final[1]) and any(
            c.end <= q.open and r is not None and r.known and not self.is_outlet(r) for c, r in speech) else None
        if final and (self.outlet_relays(*final) or relay):
            speech = [cr for cr in speech if not relay or cr[0] is not final[0]]
            final = None  # "X assured Y that “…,” WAM added": the agency relays X's words (Q11)
        order: list[tuple[str, tuple[Cue, Resolved | None]]] = []
        if final and final[0].start >= q.outer_end:
            order.append(("final_clause", final))
        for c, r in speech:
            between = text[q.outer_end:c.start]
            if c.start >= q.outer_end and len(between.split()) <= 6 and not any(q.outer_end <= o < c.start for o in self.outer_starts):
                if not _NEW_CLAUSE.search(between) and ";" not in between:
                    order.append(("cue_after", (c, r)))
                break
        before = list(reversed([cr for cr in speech if cr[0].end <= q.open]))
        if before and (before[0][1] is None or not before[0][1].known) and len(text[before[0][0].end:q.open].split()) <= 3 \
                and WHAT_SUBJECT.search(text, max(0, before[0][0].start - 60), before[0][0].start):
            before = before[:1]  # "…, in what the country’s army called a “…”": that verb's subject, or nobody told
        if len(before) > 1 and (before[0][1] is None or not before[0][1].known) \
                and (joined := JOINED_AFTER_QUOTE.search(text, before[1][0].end, before[0][0].start)) and joined.group("named"):
            before = before[:1]  # "X condemned it as “…,” while Y warned of “…”": Y's clause, never X's
        order += [("cue_before", cr) for cr in before]
        order += [("cue_later", cr) for cr in speech if cr[0].start >= q.outer_end
                  and not _SUBJECT_JOINED.search(text, q.outer_end - 1, cr[0].start)]
        if order and order[0][0] == "cue_before":  # "X condemned it, Y points to “…”": Y's own clause
            ref = self.clause_subject(si, order[0][1][0].end, q.open)
            res = self.resolve(si, ref) if ref is not None else None
            if res is not None and res.known and res.method != "generic":
                order.insert(0, ("subject", (Cue(ref.end, ref.end, "finite", text[ref.end:q.open].split()[0]), res)))
        if order and order[0][0] == "final_clause" and (own := self.person_verb_before(q, order)) is not None:
            order.insert(0, ("cue_before", own))
        if order and order[0][0] == "final_clause" and (by := self.speaker_before_source(order)) is not None:
            relay = relay or order[0][1][1].actor or order[0][1][1].new
            order.insert(0, by)
        if order and order[0][0] != "cue_before" and (own := self.description_owner(q, order)) is not None:
            order.insert(0, ("cue_before", own))
        prop = QuoteProposal(q.start, q.end, text[q.start:q.end], continued=q.continued, fragment=self.is_fragment(si, qi))
        if self.repeated_word(si, qi, cues, prop, done):
            prop.channel = self.channel(si, prop.speaker or prop.new_speaker)
            return prop
        if all(rule == "cue_later" or res is None for rule, (_, res) in order) and self.front_page(si, qi, prop):
            return prop  # "X led with “…”, and the front page quoted Y as …": Y's cue reports other words
        for rule, (cue, res) in order:
            anon = self.unnamed_speaker_goes_on(si, cue, res)
            if anon is not None:
                prop.where, prop.cue, prop.rule, prop.confidence = rule, cue.word, "carried_over", 0.6
                prop.speaker, prop.new_speaker, prop.speaker_text = anon.actor, anon.new, anon.text
                prop.attribution = "implicit"
                # the source speaks here too: a later "he noted" may carry it on from this paragraph
                self.speakers.append(Resolved(anon.actor, anon.new, anon.text, False, anon.person, anon.method,
                                              anon.confidence, (cue.start, cue.end)))
                break
            if res is None:
                continue
            prop.where, prop.cue = rule, cue.word
            prop.rule = "explicit_cue" if res.method in ("mention", "name") else res.method
            if res.method == "generic":
                prop.speaker_text, prop.attribution, prop.confidence = res.text, "unattributed", 0.5
                break
            prop.speaker, prop.new_speaker, prop.speaker_text = res.actor, res.new, res.text
            prop.attribution = "explicit" if res.explicit else "implicit"
            prop.confidence = round(res.confidence - (0.1 if rule == "cue_later" else 0.0), 2)
            if res.method == "pronoun" and cue.word.split()[0].lower() in CONTINUATION_VERBS:
                last = next((p for p in reversed(done[:qi]) if p is not None and (p.speaker or p.new_speaker)), None)
                if last is not None and (last.speaker, last.new_speaker) == (res.actor, res.new):
                    # "he added" with no other person between: the previous quote's speaker goes on
                    prop.rule, prop.confidence = "carried_over", max(prop.confidence, 0.7)
            break
        else:
            if self.subject_of_quote(si, qi, prop) or self.statement_in_which(si, qi, prop) or self.colon_subject(si, qi, prop) \
                    or self.addressee(si, qi, prop) or self.clause_speaker(si, qi, prop):
                prop.channel = self.channel(si, prop.speaker)
                prop.reported_via = self.reported_via(si, cues, prop.speaker or prop.new_speaker)
                return prop
            governing = [c for rule, (c, _) in order if rule in ("final_clause", "cue_after") or rule == "cue_before"
                         and len(text[c.end:q.open].split()) <= 3]
            if governing:
                # its own sentence has a cue ("…,” a statement said", "…,” it said") that names no speaker
                # that can be told: unattributed, never the speaker of the quotation before (Q9)
                prop.where, prop.cue = "unresolved_cue", governing[0].word
                prop.attribution, prop.confidence, prop.rule = "unattributed", 0.4, "unresolved_cue"
            elif not self.named_after(si, qi, prop) and not self.carry_over(si, qi, prop, done) \
                    and (self.is_heading(qi) or self.is_headline(qi)):
                return None  # decided once every quotation is attributed (see resolve_headings)
        prop.channel = self.channel(si, prop.speaker or prop.new_speaker)
        prop.reported_via = self.reported_via(si, cues, prop.speaker or prop.new_speaker) or relay
        return prop

    def run_quotes(self) -> list[QuoteProposal]:
        done: list[QuoteProposal | None] = [None] * len(self.raw_quotes)
        pending: list[int] = []
        for si, sent in enumerate(self.sentences):
            cues = self.resolve_sentence(si)
            self.note_statement_sources(si, cues)
            if sent.quotes:
                final = self.final_cue(si, cues, max(self.raw_quotes[q].outer_end for q in sent.quotes))
                for qi in sent.quotes:
                    prop = self.attribute_quote(si, qi, cues, final, done)
                    if prop is None:
                        pending.append(qi)
                        continue
                    done[qi] = prop
                    if prop.speaker and prop.channel != "unspecified":
                        self.speaker_channel.setdefault(prop.speaker, prop.channel)
            for cue, res in cues:
                if cue.kind != "relay" and res is not None and res.known and res.method != "generic":
                    self.speakers.append(res)
        self.resolve_headings(pending, done)
        self.headline_bodies(done)
        self.continue_utterances(done)
        self.attributed = [p for p in done if p is not None]
        return self.attributed
