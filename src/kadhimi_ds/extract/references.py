"""Referring expressions and attribution cues, and what they refer to.

:class:`ArticleReferences` holds one article's sentences and, per sentence, its referring
expressions outside quotations (registry mentions, roles such as "the premier", unnamed
sources, pronouns, possessive roles such as "his office", unregistered names) and its
attribution cues ("said", "according to", "statement from"); it finds the referent a cue
points to and resolves it to a registered actor or to a proposed new one.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .actors import COMPOUND_HEAD_AFTER, ActorInfo, Gazetteer, strip_accents
from .draft import ActorProposal, MentionProposal
from .quotes import RawQuote
from .text import THE_BEFORE, WORD_JOINERS, WORDISH, abbreviation_before, inside, split_sentences, with_capitals

if TYPE_CHECKING:
    from .tokens import TokenIndex

FINITE_SPEECH = (
    "said says say told tells tweeted tweets wrote writes added adds stated states declared declares announced "
    "announces noted notes stressed stresses warned warns insisted insists claimed claims described describes "
    "called calls urged urges decried decries condemned condemns appealed appeals accused accuses blamed blames "
    "asked asks posted posts shared shares explained explains argued argues remarked commented "
    "confirmed confirms denied denies vowed vows pledged pledges threatened threatens captioned praised praises "
    "spoke speaks alleged alleges acknowledged admitted emphasized emphasised reiterated demanded demands "
    "cautioned echoed mocked dismissed rejected welcomed welcomes").split()
"""Finite verbs that introduce speech ("responded" and "replied" are left out: too often not speech)."""
PARTICIPLE_SPEECH = (
    "saying adding asking calling describing noting warning urging praising accusing stressing insisting claiming "
    "referring theorizing theorising arguing telling tweeting writing condemning blaming explaining declaring "
    "announcing vowing demanding echoing mocking dismissing rejecting welcoming").split()
RELAY_VERBS = ("reported", "quoted", "cited", "relayed")

_CUE = re.compile(
    r"(?P<according>\b[Aa]ccording to\b)"
    r"|(?P<source>\b(?:[Ss]tatements?|[Mm]essages?|[Rr]eports?|[Pp]osts?|[Cc]ommuniqu[ée]s?|[Pp]ress releases?)\s+(?:from|by)\b)"
    r"|(?P<readfrom>\bread\s+(?:a|the)\s+(?:statement|message|post)(?:\s+(?:from|by))?\b)"
    r"|(?P<quoted>\bquoted as saying\b)"
    r"|(?P<term>\buse of the (?:term|word|phrase|expression)\b)"
    r"|(?P<relay>\b(?:" + "|".join(RELAY_VERBS) + r")\b)"
    r"|(?P<finite>\b(?:" + "|".join(FINITE_SPEECH) + r")\b|(?<=statement )reads?\b|\blaid (?:the )?blame\b)"
    r"|(?P<part>\b(?:" + "|".join(PARTICIPLE_SPEECH) + r")\b)"
)
CUE_TRIGGERS = frozenset(FINITE_SPEECH + PARTICIPLE_SPEECH + list(RELAY_VERBS) + (
    "according statement statements message messages report reports post posts communique communiques communiqu "
    "press read reads quoted use laid").split())
"""First words of the attribution cues: the cue regex is tried only where one of them stands."""
CUE_TRIGGERS_CASED = with_capitals(CUE_TRIGGERS)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_COORDINATED_BEFORE = re.compile(r"\b(?:and|but|then|or)\s+(?:(?:also|then|later|earlier|\w+ly)\s+)?$")

PREPOSITIONS = frozenset(
    "of at to on against for with by in into about over toward towards from between among under after before "
    "during near than like via upon onto within without behind across through around amid despite".split())
OBJECT_VERBS = frozenset(
    "told tell tells telling addressing addressed urged urging accused accusing blamed blaming praised praising "
    "calling called thanked met meeting criticized criticised condemned condemning attacked targeted targeting "
    "killed killing asked asking warned appointed sanctioned named described describing mocked mocking "
    "directed dressed burned burn supported elected defeated led leading visited visiting reached contacted "
    "interviewed quoted cited".split()) - {"meeting"}
STATEMENT_NOUNS = frozenset("statement statements message messages report reports post posts tweet communique "
                            "communiqué release letter video address".split())
CONJUNCTIONS = frozenset("and but or yet so while whereas although though".split())
DETERMINERS = frozenset("the a an its his her their this that these those".split())

ROLE_SYNONYMS = {
    "prime minister": ("prime minister", "premier"), "president": ("president",),
    "spokesman": ("spokesman", "spokesperson", "spokeswoman"), "militias": ("militias", "militia"),
}
ROLE_CANON = {"premier": "prime minister", "pm": "prime minister", "spokesperson": "spokesman",
              "spokeswoman": "spokesman", "militia": "militias"}
PERSON_ROLES = frozenset(("official", "commander", "leader", "spokesman", "cleric", "secretary", "envoy", "ambassador",
                          "chief", "minister", "president", "prime minister", "governor", "mayor", "prosecutor", "general"))
DEFINITE = frozenset("the this that its his her their".split())
_ROLE_HEADS = (r"(?i:prime\s+minister|premier|president|spokesman|spokesperson|spokeswoman|minister|ministry|council"
               r"|committee|channel|agency|office|statement|official|commander|leader|cleric|secretary|envoy|ambassador"
               r"|mission|embassy|bloc|alliance|movement|government|military|army|militias|militia|department|court"
               r"|prosecutor|governor|mayor)|PM")
_ROLE_MODS = (r"(?:(?!(?:The|A|An|In|On|At|According|After|Before|While|But|And|It|He|She|They)\b)[A-Z][\w’'.-]*"
              r"|senior|top|former|deputy|chief|foreign|interior|defen[cs]e|security|military|state|government|prime"
              r"|national|supreme|media|political|news|resistance|joint|federal|armed|militia|full|earlier|new|whole"
              r"|ministry|council|iraqi|iranian|american|official)")
_ROLE_TAIL = re.compile(r"(?<![\w’'-])(?P<det>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+)?"
                        r"(?P<mods>(?:" + _ROLE_MODS + r"\s+){0,3}?)(?P<head>" + _ROLE_HEADS + r")(?![\w-])\Z")
"""A role phrase ending where the match must end ("the Iraqi prime minister", "its spokesman")."""
_ORG_ROLE_AFTER = re.compile(r"\s+(?i:spokesman|spokesperson|spokeswoman|official|commander|leader|chief|secretary|envoy|head)(?![\w-])")
_ANON_TAIL = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Aa]n?|[Oo]ther|[Mm]any|\d+)\s+)?"
    r"(?:(?:(?!(?:The|This|That|These|Those|Its|His|Her|Their|According|In|On|At|But|And|Some|Two|Several)\b)[A-Z][a-z]+"
    r"|senior|government|security|military|police|intelligence|medical|health|hospital|local|diplomatic|unnamed"
    r"|anonymous|provincial|top|western|informed|other)\s+){0,3}(?:sources?|officials?)(?![\w-])\Z")
"""An unnamed source ending where the match must end ("two Iraqi security officials")."""
_CLAUSE_PUNCT = re.compile(r"[,;:()—–]")


_TRIGGERS = {
    "possessive": with_capitals("his her its their".split()),
    "generic": with_capitals("some many others most no nobody analysts experts witnesses residents observers critics "
                             "activists voters".split()),
    "pronoun": with_capitals("he she it they".split()),
    "relative": frozenset(("which", "who")),
}
"""Words at which the reference patterns are tried (a dictionary look-up is cheaper than a scan)."""


_ROLE_HEAD_WORDS = with_capitals(
    ("prime minister premier president spokesman spokesperson spokeswoman minister ministry council committee "
     "channel agency office statement official commander leader cleric secretary envoy ambassador mission "
     "embassy bloc alliance movement government military army militias militia department court prosecutor "
     "governor mayor").split(), upper=True) | {"PM"}
_ANON_HEAD_WORDS = frozenset("source sources official officials".split())


_REF_ORDER = ("anon", "possessive", "role", "name", "generic", "pronoun", "relative")
"""Reference kinds in priority order: an earlier kind keeps a span that a later one overlaps."""
_WORD_KINDS: dict[str, tuple[str, ...]] = {}
for _kind, _words in (("anon", _ANON_HEAD_WORDS), ("role", _ROLE_HEAD_WORDS), *_TRIGGERS.items()):
    for _w in _words:
        _WORD_KINDS[_w] = _WORD_KINDS.get(_w, ()) + (_kind,)


_GENERIC = re.compile(r"(?<![\w’'-])(?:[Ss]ome|[Mm]any|[Oo]thers|[Mm]ost|[Nn]o one|[Nn]obody|[Aa]nalysts|[Ee]xperts|[Ww]itnesses"
                      r"|[Rr]esidents|[Oo]bservers|[Cc]ritics|[Aa]ctivists|[Vv]oters)(?![\w’'-])")
_PRONOUN = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?![\w’'-])")
_RELATIVE = re.compile(r"(?<![\w’'-])(?:which|who)(?![\w’'-])")
POSSESSIVE_ROLE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<noun>office|ministry|government|spokesman|spokesperson|"
                              r"spokeswoman|party|bloc|movement|militia|channel|aide|adviser|advisor|campaign|account)(?![\w-])")
_REF_PATTERNS = {"possessive": POSSESSIVE_ROLE, "generic": _GENERIC, "pronoun": _PRONOUN, "relative": _RELATIVE}
NAME_TOKEN = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][a-z]+(?:[-’'][A-Za-z]+)*"
_NAME = re.compile(r"(?<![\w’'-])" + NAME_TOKEN + r"(?:\s+(?:(?:bin|ibn|abu|Abu|de|van|von|der|da|du)\s+)?" + NAME_TOKEN + r"){1,3}(?![\w-])")
NAME_STOP = frozenset(
    "The A An In On At By For From To Of And But Or As If When While After Before Since Until During According "
    "Following Meanwhile However Although Because This That These Those There Their They It He She We Our His Her Its "
    "Mr Mrs Ms Dr Sir President Prime Minister Premier Deputy Vice Former Foreign Interior Defence Defense General Gen "
    "Major Maj Brigadier Lieutenant Colonel Captain Commander Chief Spokesman Spokesperson Secretary Senator Governor "
    "Mayor Judge Sheikh Ayatollah Imam King Queen Prince Iraqi Iranian American Saudi Kurdish Shiite Shia Sunni Senior "
    "Top Independent Supreme Leader Cleric Officials Official Sources Source Security Some Many Other Several Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Photos Photo Police Protesters Residents Earlier Later Also Just Other Both".split())
ORG_HEADS = {"Ministry": "government", "Council": "government", "Department": "government", "Office": "government",
             "Committee": "other", "Commission": "other", "Party": "party", "Alliance": "party", "Bloc": "party",
             "Movement": "party", "Coalition": "party", "Front": "party", "Brigades": "armed_group",
             "Brigade": "armed_group", "Forces": "military", "Army": "military", "Command": "military",
             "Agency": "media", "News": "media", "TV": "media", "Television": "media", "Times": "media",
             "Post": "media", "Institute": "other", "Organization": "other", "Organisation": "other", "Group": "other",
             "Union": "other", "Association": "other", "Court": "government"}
PERSON_TITLES = frozenset("Mr Mrs Ms Dr President Minister Spokesman Spokesperson Secretary General Gen Major Maj "
                          "Brigadier Lieutenant Colonel Captain Commander Senator Governor Mayor Judge Sheikh Ayatollah "
                          "Imam Cleric Leader Deputy".split())


@dataclass
class Ref:
    """A referring expression in a sentence: a registered actor, a role, an unnamed source, a
    pronoun, a relative pronoun, a possessive role ("his office") or an unregistered name."""

    start: int
    end: int
    text: str
    kind: str
    actor: str | None = None
    person: bool | None = None
    possessive: bool = False
    head: str | None = None
    org: str | None = None


@dataclass
class Cue:
    start: int
    end: int
    kind: str      # according | source | readfrom | quoted | term | relay | finite | part
    word: str


@dataclass
class Resolved:
    """Who a cue or reference points to."""

    actor: str | None
    new: str | None
    text: str
    explicit: bool
    person: bool | None
    method: str
    confidence: float
    span: tuple[int, int] | None = None

    @property
    def known(self) -> bool:
        return self.actor is not None or self.new is not None


@dataclass
class Sentence:
    """A sentence of paragraph ``para``, with the indices of the quotations that open in it."""

    start: int
    end: int
    para: int
    quotes: list[int] = field(default_factory=list)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-") or "actor"


class ArticleReferences:
    """Per-article state: sentences, references and cues (cached per sentence), their referents,
    the descriptive mentions and new actors that resolving them found, and the speakers and
    statement sources so far (which the attribution pass records)."""

    def __init__(self, text: str, gaz: Gazetteer, paragraphs: list[tuple[int, int]], raw_quotes: list[RawQuote],
                 mentions: list[MentionProposal], index: TokenIndex):
        self.text, self.gaz, self.paragraphs = text, gaz, paragraphs
        self.raw_quotes = raw_quotes
        self.outer = [(q.open, q.outer_end) for q in raw_quotes]
        self.outer_starts = [a for a, _ in self.outer]
        self.inner = [(q.start, q.end) for q in raw_quotes]
        self.inner_starts = [a for a, _ in self.inner]
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.sentences: list[Sentence] = []
        for n, (a, b) in enumerate(paragraphs):
            for s, e in split_sentences(text, a, b, self.outer, self.outer_starts):
                self.sentences.append(Sentence(s, e, n))
        self.sentence_starts = [s.start for s in self.sentences]
        for qi, q in enumerate(raw_quotes):
            self.sentences[self.sentence_of(q.open)].quotes.append(qi)
        self._refs: dict[int, list[Ref]] = {}
        self.index = index
        self.tokens = index.tokens
        self.token_starts = index.starts
        self._cues: dict[int, list[Cue]] = {}
        self.resolved_cues: dict[int, list[tuple[Cue, Resolved | None]]] = {}
        self.speakers: list[Resolved] = []
        self.last_statement: Resolved | None = None
        self.descriptive: dict[tuple[int, int], MentionProposal] = {}
        self.proposals: dict[str, ActorProposal] = {}

    # --- positions ------------------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        return inside(self.inner, self.inner_starts, pos)

    def words_before(self, pos: int, lo: int, n: int = 3) -> list[str]:
        """Up to ``n`` lowercase words before ``pos`` (nearest first), skipping quotation marks."""
        chunk = _CLAUSE_PUNCT.split(self.text[max(lo, pos - 60):pos])[-1]
        return [w.lower() for w in WORDISH.findall(chunk)[::-1][:n]]

    # --- references -----------------------------------------------------------------------

    def refs(self, si: int) -> list[Ref]:
        """Referring expressions of sentence ``si`` outside quotations, left to right."""
        if si in self._refs:
            return self._refs[si]
        sent = self.sentences[si]
        text, s, e = self.text, sent.start, sent.end
        refs: list[Ref] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return not self.in_quote(a) and all(b <= x or a >= y for x, y in taken)

        k = bisect.bisect_left(self.mention_starts, s)
        while k < len(self.mentions) and self.mentions[k].start < e:
            m = self.mentions[k]
            k += 1
            if self.in_quote(m.start) or not free(m.start, m.end):
                continue
            info = self.gaz.info.get(m.actor_id)
            role = _ORG_ROLE_AFTER.match(text, m.end, e)
            if role and not (info and info.person):
                start = m.start
                det = re.search(r"(?:\b(?:[Aa]n?|[Tt]he)\s+)$", text[max(s, start - 5):start])
                if det:
                    start -= len(det.group())
                refs.append(Ref(start, role.end(), text[start:role.end()], "orgrole", org=m.actor_id,
                                head=role.group().strip().lower()))
                taken.append((start, role.end()))
                continue
            refs.append(Ref(m.start, m.end, m.text, "mention", actor=m.actor_id, person=bool(info and info.person)))
            taken.append((m.start, m.end))
        found: dict[str, list[tuple[int, int, re.Match[str]]]] = {k: [] for k in _REF_ORDER}
        last_name = -1
        mention_starts = {x for x, _ in taken}
        words = self.words(si)
        for i, (ws, we, word) in enumerate(words):
            # one pass over the words: each word triggers the patterns it can start or end
            kinds = _WORD_KINDS.get(word)
            if kinds:
                for kind in kinds:
                    if kind in ("anon", "role"):
                        if we >= e or text[we] not in WORD_JOINERS:
                            # the phrase ends at this head word: try the longest start first (up to 5 words back)
                            tail = _ANON_TAIL if kind == "anon" else _ROLE_TAIL
                            for j in range(max(0, i - 5), i + 1):
                                m = tail.match(text, words[j][0], we)
                                if m:
                                    found[kind].append((m.start(), we, m))
                                    break
                    else:
                        m = _REF_PATTERNS[kind].match(text, ws, e)
                        if m:
                            found[kind].append((m.start(), m.end(), m))
            if ws >= last_name and "A" <= word[0] <= "Z" and word not in NAME_STOP and ws not in mention_starts \
                    and (ws == 0 or text[ws - 1] not in WORD_JOINERS):
                m = _NAME.match(text, ws, e)
                if m:
                    found["name"].append((m.start(), m.end(), m))
                    last_name = m.end()
        for kind in _REF_ORDER:
            for a, b, m in found[kind]:
                if kind == "anon" and THE_BEFORE.search(text[max(s, a - 4):a]):
                    continue
                if kind == "name":
                    a, b = self._trim_name(a, b)
                    if a is None:
                        continue
                if kind == "role":
                    if re.match(r"\s+(?:(?:al|el)-)?[A-Z][a-z]", text[b:b + 5]):
                        continue  # "spokesman Ned Price": the name is the referent
                    if COMPOUND_HEAD_AFTER.match(text, b, min(e, b + 14)):
                        continue  # "the militia leaders": the role word only modifies the head
                    det, mods, head = (m.group("det") or "").strip().lower(), m.group("mods") or "", m.group("head")
                    if not (det in DEFINITE or mods[:1].isupper() or head[:1].isupper()):
                        continue  # "an Iran-backed militia leader", "any official statement": not a referent
                if not free(a, b):
                    continue
                ref = Ref(a, b, text[a:b], kind)
                if kind == "role":
                    ref.head = ROLE_CANON.get(re.sub(r"\s+", " ", m.group("head").lower()),
                                              re.sub(r"\s+", " ", m.group("head").lower()))
                    ref.person = ref.head in PERSON_ROLES
                elif kind == "possessive":
                    ref.head = m.group("noun").lower()
                elif kind == "name":
                    ref.person = not any(t in ORG_HEADS for t in ref.text.split())
                refs.append(ref)
                taken.append((a, b))
        for r in refs:
            tail = text[r.end:r.end + 2]
            r.possessive = tail in ("’s", "'s") or (r.text.endswith("s") and tail[:1] in ("’", "'") and not tail[1:].isalpha())
        refs.sort(key=lambda r: r.start)
        self._refs[si] = refs
        return refs

    def words(self, si: int) -> list[tuple[int, int, str]]:
        """The letter runs of sentence ``si`` as (start, end, word): the trigger words of cues and references."""
        sent = self.sentences[si]
        lo = bisect.bisect_left(self.token_starts, sent.start)
        hi = bisect.bisect_left(self.token_starts, sent.end, lo)
        return self.tokens[lo:hi]

    def _trim_name(self, a: int, b: int) -> tuple[int | None, int]:
        """Drop titles and function words at the front of a capitalised run and a trailing "’s"."""
        text = self.text
        if text[b - 2:b] in ("’s", "'s"):
            b -= 2
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[a:b])]
        while tokens and text[a + tokens[0][0]:a + tokens[0][1]].rstrip(".") in NAME_STOP:
            tokens.pop(0)
        if len(tokens) < 2:
            return None, b
        words = [text[a + x:a + y] for x, y in tokens]
        if any(w.rstrip(".") in NAME_STOP for w in words[1:]) and not any(w in ORG_HEADS for w in words):
            return None, b
        return a + tokens[0][0], b

    # --- cues -----------------------------------------------------------------------------

    def cues(self, si: int) -> list[Cue]:
        """Attribution cues of sentence ``si`` outside quotations."""
        if si in self._cues:
            return self._cues[si]
        sent = self.sentences[si]
        out: list[Cue] = []
        text = self.text
        for ws, _, word in self.index.between("cue", sent.start, sent.end):
            if self.in_quote(ws):
                continue
            m = _CUE.match(text, ws, sent.end)
            if not m:
                continue
            kind = m.lastgroup or "finite"
            word = m.group()
            before = text[max(sent.start, m.start() - 30):m.start()]
            if kind in ("finite", "part"):
                if _PASSIVE_BEFORE.search(before) or before.endswith("-"):
                    continue
                if word in ("claimed", "claims") and re.match(r"\s+(?:responsibility|credit)", text[m.end():m.end() + 16]):
                    continue
            if kind == "relay" and re.search(r"\b(?:the|a|an)\s+$", before):
                continue
            if kind == "term" and not re.search(r"[’']s\s+$", before):
                continue
            out.append(Cue(m.start(), m.end(), kind, word))
        self._cues[si] = out
        return out

    # --- finding the referent of a cue ----------------------------------------------------

    def subject_like(self, r: Ref, lo: int) -> bool:
        """A reference that can be the subject of a verb: not possessive, not after a preposition
        or an object-taking verb (except "statement from X")."""
        if r.possessive:
            return False
        words = self.words_before(r.start, lo, 4)
        while words and words[0] in DETERMINERS:
            words.pop(0)
        if not words:
            return True
        if words[0] in ("from", "by") and len(words) > 1 and words[1] in STATEMENT_NOUNS:
            return True
        return words[0] not in PREPOSITIONS and words[0] not in OBJECT_VERBS

    def appositive(self, a: int, b: int) -> bool:
        """A comma-bounded segment that starts with a lowercase word or a determiner."""
        m = WORDISH.search(self.text[a:b])
        if not m or m.group().lower() in CONJUNCTIONS:
            return False
        return m.group()[0].islower() or m.group().lower() in DETERMINERS

    def subject_before(self, si: int, pos: int) -> Ref | None:
        sent = self.sentences[si]
        text = self.text
        cuts = [m.start() for m in re.finditer(r"[,;:—–]", text[sent.start:pos]) if not self.in_quote(sent.start + m.start())]
        bounds, prev = [], sent.start
        for c in cuts:
            bounds.append((prev, sent.start + c))
            prev = sent.start + c + 1
        bounds.append((prev, pos))
        refs = [r for r in self.refs(si) if r.end <= pos]
        for idx, (a, b) in enumerate(reversed(bounds)):
            if idx > 0 and a != sent.start and self.appositive(a, b):
                continue
            for r in reversed([r for r in refs if a <= r.start < b]):
                if r.kind == "generic":
                    return r
                if self.subject_like(r, sent.start):
                    return r
        return None

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
            elif len(text[chain[-1].end:r.start].split()) <= 2 and "," not in text[chain[-1].end:r.start]:
                chain.append(r)
            else:
                break
        return chain[-1] if chain else None

    def cue_referent(self, si: int, cue: Cue, earlier: list[tuple[Cue, Resolved | None]]) -> Resolved | None:
        """Who the cue attributes words to."""
        sent = self.sentences[si]
        text = self.text
        if cue.kind in ("according", "source", "readfrom"):
            ref = self.np_after(si, cue.end)
        elif cue.kind == "term":
            ref = next((r for r in reversed(self.refs(si)) if r.end <= cue.start and r.possessive), None)
            return self.resolve(si, ref) if ref else None
        else:
            before = text[max(sent.start, cue.start - 25):cue.start]
            finite = [res for c, res in earlier if c.kind in ("finite", "quoted") and res is not None]
            if cue.kind in ("finite", "quoted") and finite and _COORDINATED_BEFORE.search(before):
                return finite[-1]
            gap = text[self._prev_boundary(si, cue.start):cue.start]
            if cue.kind in ("finite", "quoted") and not re.search(r"[A-Za-z]", gap):
                ref = self.np_after(si, cue.end, max_words=4) or self.subject_before(si, cue.start)
            else:
                ref = self.subject_before(si, cue.start)
                if ref is None and cue.kind == "finite":
                    ref = self.np_after(si, cue.end, max_words=2)
        return self.resolve(si, ref) if ref else None

    def _prev_boundary(self, si: int, pos: int) -> int:
        """Start of the text between the previous quotation (or the sentence start) and ``pos``."""
        sent = self.sentences[si]
        k = bisect.bisect_left(self.outer_starts, pos) - 1
        if k >= 0 and self.outer[k][1] <= pos and self.outer[k][1] >= sent.start:
            return self.outer[k][1]
        return sent.start

    def resolve_sentence(self, si: int) -> list[tuple[Cue, Resolved | None]]:
        """The cues of sentence ``si`` with their referents (cached)."""
        if si not in self.resolved_cues:
            out: list[tuple[Cue, Resolved | None]] = []
            for cue in self.cues(si):
                out.append((cue, self.cue_referent(si, cue, out)))
            self.resolved_cues[si] = out
        return self.resolved_cues[si]

    # --- resolving references -------------------------------------------------------------

    def resolve(self, si: int, ref: Ref) -> Resolved | None:
        """Who the reference ``ref`` of sentence ``si`` points to (None when it cannot be told)."""
        kind = ref.kind
        span = (ref.start, ref.end)
        if kind == "mention":
            info = self.gaz.info.get(ref.actor or "")
            return Resolved(ref.actor, None, ref.text, True, bool(info and info.person), "mention", 0.9, span)
        if kind == "orgrole":
            return self._resolve_org_role(ref)
        if kind == "anon":
            return self._resolve_anon(ref)
        if kind == "role":
            return self._resolve_role(ref)
        if kind == "possessive":
            return self._resolve_possessive(si, ref)
        if kind == "name":
            pid = self.propose(ref.text, ref.start, ref.end, "speaker" if not ref.possessive else "named")
            return Resolved(None, pid, ref.text, True, ref.person, "name", 0.7, span)
        if kind == "generic":
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, span)
        if kind == "pronoun":
            return self._resolve_pronoun(si, ref)
        if kind == "relative":
            prev = [r for r in self.refs(si) if r.end <= ref.start and r.kind in ("mention", "name", "orgrole", "anon", "role")]
            return self.resolve(si, prev[-1]) if prev else None
        return None

    def _remember(self, ref: Ref, actor: str | None, method: str, score: float) -> None:
        if actor:
            self.descriptive[(ref.start, ref.end)] = MentionProposal(ref.start, ref.end, ref.text, actor, method, score)

    def _resolve_org_role(self, ref: Ref) -> Resolved:
        """"an interior ministry spokesman": the registered person whose parent is the organisation and
        whose description carries the role, else the organisation itself."""
        org = ref.org or ""
        head = ROLE_CANON.get(ref.head or "", ref.head or "")
        words = ROLE_SYNONYMS.get(head, (head,))
        people = [i for i in self.gaz.info.values() if i.parent == org and i.person and any(i.says(w) for w in words)]
        if len(people) == 1:
            self._remember(ref, people[0].id, "role", 0.7)
            return Resolved(people[0].id, None, ref.text, True, True, "orgrole", 0.7, (ref.start, ref.end))
        return Resolved(org, None, ref.text, True, False, "orgrole", 0.6, (ref.start, ref.end))

    def _resolve_anon(self, ref: Ref) -> Resolved:
        """"Security sources", "two Iraqi officials": the registry's unnamed-source actor that fits the
        head noun and modifiers, else a proposed new unnamed-source actor."""
        words = re.findall(r"[A-Za-z]+", ref.text)
        head = words[-1].lower().rstrip("s")
        mods = [w for w in words[:-1] if w.lower() not in ("a", "an", "two", "three", "four", "five", "several", "some", "other", "many")]
        best, best_score = None, -1
        for info in self.gaz.unnamed:
            low = info.name.lower()
            if head not in low:
                continue
            if any(w[0].isupper() and w.lower() not in low for w in mods):
                continue
            score = sum(1 for w in mods if w.lower() in low)
            if score > best_score:
                best, best_score = info, score
        if best is not None:
            self._remember(ref, best.id, "anonymous", 0.8)
            return Resolved(best.id, None, ref.text, True, None, "anonymous", 0.8, (ref.start, ref.end))
        label = "unnamed " + " ".join(w.lower() for w in mods if w[0].isupper() or w.lower() in ("security", "government", "military", "police")) + " " + head + "s"
        pid = self.propose(re.sub(r"\s+", " ", label).strip().capitalize(), ref.start, ref.end, "unnamed source", kind="other")
        return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))

    def _recent_mentions(self, pos: int, limit: int = 80) -> Iterable[MentionProposal]:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        n = 0
        while k >= 0 and n < limit:
            yield self.mentions[k]
            k -= 1
            n += 1

    def _recent_referents(self, pos: int, limit: int = 80) -> list[str]:
        """Actors referred to before ``pos`` (registry mentions and resolved descriptions), most recent first."""
        items = [(m.start, m.actor_id) for m in self._recent_mentions(pos, limit)]
        items += [(k[0], v.actor_id) for k, v in self.descriptive.items() if k[1] <= pos]
        return [aid for _, aid in sorted(items, key=lambda x: -x[0])]

    def _resolve_role(self, ref: Ref) -> Resolved | None:
        """A definite role ("the premier", "The Iraqi PM", "The channel", "the statement"): the most
        recently mentioned actor whose registry name or description carries the role; for a person's
        role, else the most recently mentioned person, else (a headline) the first person mentioned
        later whose description carries the role."""
        head = ref.head or ""
        span = (ref.start, ref.end)
        if head == "statement":
            if self.last_statement and self.last_statement.known:
                r = self.last_statement
                return Resolved(r.actor, r.new, ref.text, False, r.person, "statement", 0.6, span)
            return None
        words = ROLE_SYNONYMS.get(head, (head,))
        former = "former" in ref.text.lower()
        person_role = head in PERSON_ROLES

        def carries(info: ActorInfo | None) -> bool:
            return bool(info) and (info.person or not person_role) and any(info.says(w) for w in words) and (
                former or not any(info.says("former " + w) for w in words))

        def found(info: ActorInfo, conf: float) -> Resolved:
            self._remember(ref, info.id, "role", conf)
            return Resolved(info.id, None, ref.text, True, info.person, "role", conf, span)

        recent = self._recent_referents(ref.start)
        for aid in recent:
            info = self.gaz.info.get(aid)
            if carries(info):
                return found(info, 0.6)
        if person_role:
            for aid in recent[:40]:
                info = self.gaz.info.get(aid)
                if info and info.person:
                    return found(info, 0.45)
            k = bisect.bisect_left(self.mention_starts, ref.end)
            for m in self.mentions[k:k + 40]:
                info = self.gaz.info.get(m.actor_id)
                if carries(info):
                    return found(info, 0.45)
            return None
        named = [i for i in self.gaz.info.values() if re.search(r"\b" + re.escape(head) + r"\b", i.name.lower())]
        if len(named) == 1:
            return found(named[0], 0.5)
        return None

    def _resolve_possessive(self, si: int, ref: Ref, exact_only: bool = False) -> Resolved | None:
        """"his office": the owner (the nearest fitting actor) composed with the noun through the
        registry (an alias "<owner>’s office", or an actor whose parent is the owner)."""
        owner_word = ref.text.split()[0].lower()
        noun = ref.head or ""
        owner = None
        for r in reversed([r for r in self.refs(si) if r.end <= ref.start and r.kind == "mention"]):
            if (owner_word in ("his", "her")) == bool(r.person):
                owner = r.actor
                break
        if owner is None:
            want_person = owner_word in ("his", "her")
            for m in self._recent_mentions(ref.start, 40):
                info = self.gaz.info.get(m.actor_id)
                if info and info.person == want_person:
                    owner = info.id
                    break
        if owner is None:
            return None
        owner_info = self.gaz.info[owner]
        for alias in owner_info.aliases:
            for apo in ("’s", "'s"):
                target = self.gaz.surface.get(f"{alias}{apo} {noun}")
                if target:
                    self._remember(ref, target, "possessive", 0.6)
                    return Resolved(target, None, ref.text, True, False, "possessive", 0.6, (ref.start, ref.end))
        if exact_only:
            return None
        children = [i for i in self.gaz.info.values() if i.parent == owner and noun in f"{i.name} {i.description}".lower()]
        if len(children) == 1:
            self._remember(ref, children[0].id, "possessive", 0.5)
            return Resolved(children[0].id, None, ref.text, True, children[0].person, "possessive", 0.5, (ref.start, ref.end))
        return None

    def _resolve_pronoun(self, si: int, ref: Ref) -> Resolved | None:
        """he/she: a person named earlier in the sentence, else the person last named (as a subject) in
        the preceding sentences of the paragraph or the one before, else the last named speaker, else
        the last person mentioned; it: an organisation; they: a group or unnamed sources."""
        word = ref.text.lower()
        want_person = word in ("he", "she")

        def fits(person: bool | None) -> bool:
            if word in ("he", "she"):
                return person is True
            if word == "it":
                return person is False
            return person is not True

        sent = self.sentences[si]
        for r in reversed([r for r in self.refs(si) if r.end <= ref.start]):
            if word == "they" and r.kind == "generic":
                return self.resolve(si, r)
            if r.kind in ("mention", "name", "orgrole", "anon") and fits(r.person) and self.subject_like(r, sent.start):
                res = self.resolve(si, r)
                if res is not None and res.known:
                    return Resolved(res.actor, res.new, ref.text, True, res.person, "pronoun", 0.75, (ref.start, ref.end))
        if want_person:
            near = self._nearest_person_before(si)
            if near is not None:
                res = self.resolve(near[0], near[1])
                if res is not None and res.known:
                    return Resolved(res.actor, res.new, ref.text, False, True, "pronoun", 0.65, (ref.start, ref.end))
        for n, last in enumerate(reversed(self.speakers[-8:])):
            if last.known and fits(last.person):
                return Resolved(last.actor, last.new, ref.text, False, last.person, "pronoun", 0.65 if n == 0 else 0.5,
                                (ref.start, ref.end))
        if want_person:
            for m in self._recent_mentions(ref.start, 60):
                info = self.gaz.info.get(m.actor_id)
                if info and info.person:
                    return Resolved(info.id, None, ref.text, False, True, "pronoun", 0.4, (ref.start, ref.end))
        return None

    def _nearest_person_before(self, si: int) -> tuple[int, Ref] | None:
        """The most recently named person before sentence ``si``, in its paragraph or the one before
        (a registered person or an unregistered name, as the subject of its clause): the referent of
        a "he"/"she" that the sentence itself does not name."""
        para = self.sentences[si].para
        for sj in range(si - 1, -1, -1):
            sent = self.sentences[sj]
            if sent.para < para - 1:
                break
            for r in reversed(self.refs(sj)):
                if r.kind in ("mention", "name") and r.person and self.subject_like(r, sent.start):
                    return sj, r
        return None

    def propose(self, name: str, start: int, end: int, evidence: str, kind: str | None = None) -> str:
        """Record a proposed new actor for a name the registry lacks; returns its proposed id."""
        key = name.strip()
        if key not in self.proposals:
            words = key.split()
            guess = kind or next((ORG_HEADS[w] for w in words if w in ORG_HEADS), "person")
            pid = _slug(key)
            self.proposals[key] = ActorProposal(pid, key, guess, start, end, self.text[start:end], [], evidence)
        prop = self.proposals[key]
        if (start, end) not in prop.mentions:
            prop.mentions.append((start, end))
        return prop.id
