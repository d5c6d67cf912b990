"""The gazetteer's matching passes over the paragraphs of an article: exact aliases (as
:mod:`kadhimi_ds.build.mentions` finds them) with the aliases of other actors nested in them,
canonical names, transliteration variants of person names (Kadhimi, Kazemi, Khadimi), a state
named by its capital (:mod:`.capitals`) and descriptive group phrases ("Iran-backed militias")
whose head noun and modifiers fit a registry name (:mod:`.groups`). A name that goes on into a
longer, unregistered name ("The National" in "the National Assembly") is no mention of it
(:func:`part_of_longer_name`).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..build.aliases import fold_apostrophes
from .capitals import capital_mentions
from .draft import MentionProposal
from .gazetteer import ActorInfo, Gazetteer
from .given_sexes import MEN, WOMEN
from .groups import COMPOUND_HEAD_AFTER, GROUP_LEMMAS_CASED, MILITIA_BEFORE, cores_meet, group_phrase, modifier_cores, same_head
from .referring import NAME_STOP, OF_STATE, PLACE_HEADS
from .text import THE_BEFORE, TITLES, WORD_JOINERS, abbreviation_before
from .transliteration import fuzzy_ratio, translit_key

if TYPE_CHECKING:
    from .tokens import TokenIndex

_NOT_NAMES = frozenset(
    "The This That These Those There Their They Then When Where While What Which Who Whom Whose After Before "
    "During Since Until According Following Meanwhile However Although Because Earlier Later Today Sunday Monday "
    "Tuesday Wednesday Thursday Friday Saturday January February March April May June July August September "
    "October November December Some Many Other Several Former Prime Minister President General Major Deputy".split())
"""Capitalised words that start sentences or titles, never a name (nor part of one)."""
_POSSESSIVE = re.compile(r"[’']s(?![\w’'-])")
_ORGANISATION_HEAD = (r"(?:Organi[sz]ations?|Brigades?|Movement|Party|Alliance|Coalition|Front|Bloc|Corps|Council"
                      r"|Ministry|Forces|Army|Agency|Institute|Foundation|Group|Network)")
_ORGANISATION_AFTER = re.compile(r"\s+" + _ORGANISATION_HEAD + r"\b")
"""A capitalised head after a word makes the word part of an organisation's name ("Badr Organisation")."""
_PLACE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(w.lower() for w in PLACE_HEADS)) + r")(?![\w’'-])")
"""A place noun after a word makes the word a place's name ("Baghdad’s Mansour district")."""
_NEXT_NAME_WORD = re.compile(r" ((?:(?:al|el)-)?[A-Z][a-z]+)(?![\w’'-])")
_LOWER_WORD = re.compile(r"(?<![\w’'-])(?!(?:a|an|the|of|in|on|at|to|for|and|or|but|nor|by|as|from|with|into|over|via)"
                         r"(?![\w’'-]))[a-z]+(?![\w’'-])")
"""A word in lower case that a heading in title case would capitalise (not "of", "the", "in", ...)."""


def registry_mentions(text: str, spans: list[tuple[int, int]], index: TokenIndex, gaz: Gazetteer) -> list[MentionProposal]:
    """Registry mentions inside ``spans``: exact aliases (as ``kadhimi_ds.mentions`` finds them:
    longest first, whole words, case-sensitive, no overlaps), canonical names, transliteration
    variants of person names, states named by their capitals and descriptive group phrases.
    ``index`` is the spans' TokenIndex (built with the gazetteer's ``name_firsts``)."""
    found: list[MentionProposal] = []
    for a, b in spans:
        exact = _alias_mentions(text, a, b, gaz)
        named = _name_mentions(text, a, b, index, gaz)
        fuzzy = _fuzzy_mentions(text, (a, b), exact + named, index.between("caps", a, b), gaz)
        local = exact + named + fuzzy
        local += capital_mentions(text, a, b, gaz.state_by_name, local)
        found += local
        found += _group_mentions(text, a, b, local, index.between("group", a, b), gaz)
    found.sort(key=lambda m: m.start)
    return found


def _alias_mentions(text: str, a: int, b: int, gaz: Gazetteer) -> list[MentionProposal]:
    """Exact aliases in [a, b), with the aliases of other actors nested in them. An alias of two
    words or more that goes on into a longer, unregistered name is no match of it, and the scan
    goes on from its second word ("The National" in "the National Security Council")."""
    out: list[MentionProposal] = []
    if gaz.pattern is None:
        return out
    pos = a
    while (m := gaz.pattern.search(text, pos, b)) is not None:
        pos = m.end()
        alias = m.group()
        aid = gaz.surface.get(alias) or gaz.folded[fold_apostrophes(alias)]
        if (" " in alias or gaz.info[aid].person) and part_of_longer_name(text, m.end(), b, gaz):
            if " " in alias:  # "The National" in "the National Security Council": on from "National"
                pos = m.start() + alias.index(" ") + 1
            continue  # "Karim Nasser" is not the registered "Karim"
        if gaz.info[aid].person and namesake_before(text, a, m.start(), aid, gaz):
            continue  # "Hassan Jabbar" is not the registered "Jabbar" (Ahmed Jabbar)
        if gaz.info[aid].person and _PLACE_AFTER.match(text, m.end(), b):
            continue  # "the Haddad district" is a place
        out.append(MentionProposal(m.start(), m.end(), alias, aid, "alias", 1.0))
        if " " in alias and alias not in gaz.surface:
            out += _nested_aliases(text, m.start(), m.end(), aid, gaz)
    return out


def of_another_state(text: str, end: int, b: int, info: ActorInfo) -> bool:
    """A name the registry gives with its state in brackets ("Ministry of Foreign Affairs (Kuwait)") goes on
    with "of" and another state ("… of the Kingdom of Bahrain"): another state's body, not this one."""
    of = OF_STATE.match(text, end, b)
    bracket = re.search(r"\(([^)]*)\)\s*$", info.name)
    return bool(of and bracket and of.group("state") not in bracket.group(1))


def _name_mentions(text: str, a: int, b: int, index: TokenIndex, gaz: Gazetteer) -> list[MentionProposal]:
    """Canonical names in [a, b), the longest starting at each name word, with a "the" before; a
    name of two words or more that goes on into a longer, unregistered name is none."""
    out: list[MentionProposal] = []
    for ws, _, word in index.between("names", a, b):
        for name in gaz.names_by_first.get(word, ()):
            end = ws + len(name)
            if end <= b and text.startswith(name, ws) and (end >= len(text) or text[end] not in WORD_JOINERS) \
                    and (ws == 0 or text[ws - 1] not in WORD_JOINERS) \
                    and not (" " in name and part_of_longer_name(text, end, b, gaz)) \
                    and not of_another_state(text, end, b, gaz.info[gaz.surface[name]]):
                start = ws
                the = THE_BEFORE.search(text, max(a, ws - 5), ws)
                if the:
                    start = the.start()
                out.append(MentionProposal(start, end, text[start:end], gaz.surface[name], "name", 1.0))
                break
    return out


def _nested_aliases(text: str, a: int, b: int, outer: str, gaz: Gazetteer) -> list[MentionProposal]:
    """Aliases of other actors inside the alias match [a, b) (M12): "Iran" in "Iran's foreign
    ministry" written with another apostrophe than the registry's "Iran’s foreign ministry".
    The build's exact alias matching finds the shorter name there, and the coder lists the
    longer phrase; when the apostrophes agree, the build and the coder keep the longer one only."""
    out: list[MentionProposal] = []
    for w in re.finditer(r"(?<![\w’'-])[A-Z]", text[a:b]):
        p = a + w.start()
        m = gaz.pattern.match(text, p, b if p > a else b - 1)
        if m is None or m.end() >= b and p == a:
            continue
        aid = gaz.surface.get(m.group()) or gaz.folded.get(fold_apostrophes(m.group()))
        if aid and aid != outer and (m.end() >= len(text) or text[m.end()] not in WORD_JOINERS
                                     or _POSSESSIVE.match(text, m.end())):
            out.append(MentionProposal(m.start(), m.end(), m.group(), aid, "alias", 1.0))
    return out


def part_of_longer_name(text: str, end: int, b: int, gaz: Gazetteer) -> bool:
    """A name ending at ``end`` that a capitalised name word follows (before ``b``) belongs to a
    longer, unregistered name ("The National Assembly"), unless that word is a registered name of
    its own, a person's registered name starts there ("the Kurdistan Region Qubad Talabani") or
    it is a title, which opens another name ("the Sadrist movement Mr. Muqtada al-Sadr")."""
    nxt = _NEXT_NAME_WORD.match(text, end, b)
    if not nxt:
        return False
    word = nxt.group(1)
    if word in _NOT_NAMES or word in gaz.surface or word.lower() in TITLES:
        return False
    return not _person_named_at(text, nxt.start(1), b, gaz) and not _title_case_line(text, end)


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?)\s+(?:(?:[Aa]l|[Ee]l)-)?\Z")
"""A capitalised word right before a name, hyphenated compounds included ("Abdul-Wahhab")."""
_TITLE_WORD = re.compile(r"S[ae]yy?[ie]d|Syed|Sh[ae][iy]kh?")
"""Spellings of titles that :data:`TITLES` lacks ("Sayyed")."""


def namesake_before(text: str, a: int, start: int, aid: str, gaz: Gazetteer) -> bool:
    """A person's name found at ``start`` (in the paragraph that opens at ``a``) ends a longer name of
    another person of the same surname (M13): the capitalised words right before it are none of that
    person's given names in any spelling, and one of them is a given name of another registered person, or
    a title opens them ("Hassan Jabbar", "Dr. Sarmad Jabbar", "Ahmed Nouri al-Zubaidi" are not the
    registered Ahmed Jabbar, Haider al-Zubaidi); or a common given name (:mod:`.given_sexes`) stands there and
    the person's own given name does not ("In Basra, Ahmed Salih, a lawyer"; "Nuri Kamal al-Maliki" is Nouri
    al-Maliki, his father's name between). The words of a heading in title case name no one, nor
    those that end in an organisation's head noun ("the Fatah Alliance Hadi al-Ameri")."""
    if _title_case_line(text, start):
        return False
    own = {translit_key(w) for w in gaz.first_names.get(aid, ())}
    given = common = False
    pos = start
    for _ in range(3):
        word = _WORD_BEFORE.search(text, max(a, pos - 30), pos)
        if word is None:
            break
        w = word.group(1).rstrip(".")
        if any(part in TITLES for part in w.lower().split("-")) or _TITLE_WORD.fullmatch(w):  # ("Secretary-General")
            return given or common or pos < start
        if re.fullmatch(_ORGANISATION_HEAD, w):
            break  # "the Fatah Alliance Hadi al-Ameri": the words before end an organisation's name
        key = translit_key(w)
        if any(fuzzy_ratio(key, k) >= 75 for k in own):
            return given
        given = given or key in gaz.given_keys or pos == start and _unknown_given_name(text, a, word.start(1), word.group(1), gaz)
        common = common or w in MEN or w in WOMEN
        if _opens_sentence(text, a, word.start(1)):
            break
        pos = word.start(1)
    return given or common


_LOWER_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:of|the|and|for|to|in|on|at|by|from)\s)[a-z][\w-]*,?\s+\Z")
"""A word in lower case before a name, not a function word ending a title ("Minister of State")."""
_ADJECTIVE_END = re.compile(r"(?:ian|ish|ese|ern)\Z")


def _unknown_given_name(text: str, a: int, p: int, word: str, gaz: Gazetteer) -> bool:
    """The capitalised word at ``p``, right before a registered surname, reads as the given name of a person
    the registry lacks ("PUK co-leader Bafel Talabani" is not the registered Qubad Talabani): a word in lower
    case comes before it, and it is no registered name, no name of a people ("Iraqi", "Kurdish") and no
    sentence-opening word, nor one that ends a sentence ("… all Iraqis. Al-Haddad")."""
    if word.endswith(".") or word in _NOT_NAMES or word in gaz.surface or _ADJECTIVE_END.search(word) or word[:-1] in gaz.surface:
        return False
    return _LOWER_BEFORE.search(text, max(a, p - 40), p) is not None and not _opens_sentence(text, a, p)


def _title_case_line(text: str, p: int) -> bool:
    """The line around ``p`` has no word in lower case but short function words: a heading in title
    case ("Omar Haddad Survives Drone Attack on His Home"), whose capitals tell nothing of longer names."""
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p)
    return _LOWER_WORD.search(text, start, len(text) if end < 0 else end) is None


def _person_named_at(text: str, p: int, b: int, gaz: Gazetteer) -> bool:
    """A registered alias or canonical name of a person starts at ``p`` (and ends before ``b``)."""
    m = gaz.pattern.match(text, p, b) if gaz.pattern is not None else None
    if m is not None:
        aid = gaz.surface.get(m.group()) or gaz.folded[fold_apostrophes(m.group())]
        return gaz.info[aid].person
    first = re.match(r"[A-Za-z]*", text[p:p + 40]).group()
    return any(text.startswith(name, p) and p + len(name) <= b and gaz.info[gaz.surface[name]].person
               and not text[p + len(name):p + len(name) + 1].isalnum() for name in gaz.names_by_first.get(first, ()))


_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?:][”\"’']?\s+|\n)\s*(?:\d+[-.)]\s*|[-•*]\s+)?\Z")
"""Before a word that opens a sentence, a line or a list item ("4- Banning …"), whose capital tells nothing
of a name."""
def _opens_sentence(text: str, a: int, p: int) -> bool:
    """The word at ``p`` opens a sentence, a line or a list item of the paragraph that starts at ``a``
    (not after an abbreviation, "Mr. X")."""
    m = _SENTENCE_OPENING.search(text[a:p])
    return m is not None and not (text[a + m.start()] == "." and abbreviation_before(text, a + m.start(), a))


_LABEL_REST = re.compile(r"[ .:]*(?:\n|\Z)|:\s+[a-z]")


def _line_label(text: str, start: int, end: int) -> bool:
    """True when the word opens its line as a label ("Summary", "Summary: what we know"): alone on the line,
    or before a colon and lower-case words, which names no one ("Marouf: It was …" is a speaker)."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and bool(_LABEL_REST.match(text, end))


def _fuzzy_mentions(text: str, paragraph: tuple[int, int], exact: list[MentionProposal],
                    toks: list[tuple[int, int, str]], gaz: Gazetteer) -> list[MentionProposal]:
    """Transliteration variants of person names among the capitalised tokens ``toks`` of a
    ``paragraph``, outside the ``exact`` mentions; a first name and a title ("Mr.") right before join
    the mention. A word another name word follows is part of that longer name ("Muhsin al-Tamimi"
    is not the registered Dhiaa Mohsen)."""
    a, b = paragraph
    out: list[MentionProposal] = []
    starts = [m.start for m in exact]
    for ws, we, token in toks:
        if len(token) < 3 or not token[0].isupper() or gaz.known_miss(token) or token in _NOT_NAMES:
            continue
        if not (token[1:].islower() or len(token) >= 5 and token.isupper()):
            continue  # a headline in capitals ("KADHIMI") is matched, an acronym not
        if we < len(text) and text[we] in WORD_JOINERS and not _POSSESSIVE.match(text, we):
            continue
        prefix = text[max(a, ws - 3):ws]
        ms = ws - 3 if prefix in ("al-", "Al-", "el-", "El-", "AL-", "EL-", "Al ", "El ", "AL ") else ws
        if ms > 0 and text[ms - 1] in WORD_JOINERS:
            continue
        word = text[ms:we]
        if word in gaz.surface or _ORGANISATION_AFTER.match(text, we) or _PLACE_AFTER.match(text, we) \
                or _line_label(text, ms, we) or part_of_longer_name(text, we, b, gaz):
            continue
        k = bisect.bisect_right(starts, ms) - 1
        if k >= 0 and exact[k].end > ms or (k + 1 < len(exact) and exact[k + 1].start < we):
            continue
        hit = gaz.fuzzy_actor(word)
        if not hit or hit[1] < 1 and _opens_sentence(text, a, ms):
            continue  # "4- Banning the flying of drones": its capital is the sentence's, not a near spelling of "Benning"
        aid, score = hit
        start = ms
        before = text[max(a, start - 30):start]
        first = re.search(r"([A-Z][a-z]+)\s+$", before)
        if first and first.group(1) in gaz.first_names.get(aid, ()):
            start -= len(before) - first.start(1)
        elif first and first.group(1) not in _NOT_NAMES and first.group(1).lower() not in TITLES:
            continue  # "Ali Dhahabi" is a namesake, not the registered "Tariq al-Dhahabi"
        title = re.search(r"(?:Mr|Mrs|Ms|Dr)\.\s+$", text[max(a, start - 6):start])
        if title:
            start -= len(title.group())
        out.append(MentionProposal(start, we, text[start:we], aid, "fuzzy", round(score, 3)))
    return out


def _group_mentions(text: str, a: int, b: int, known: list[MentionProposal], toks: list[tuple[int, int, str]],
                    gaz: Gazetteer) -> list[MentionProposal]:
    """Descriptive group mentions: a noun phrase whose head is a registry name's group noun and whose
    modifiers share a core word with exactly one such name ("Iran-backed militia groups",
    "Pro-Iran militias"), and that goes on into no longer name. ``toks`` are the group-noun tokens
    of the paragraph [a, b); ``known`` the mentions already found in it."""
    out: list[MentionProposal] = []
    if not gaz.groups:
        return out
    heads = gaz.group_heads
    for ws, we, word in toks:
        lemma = GROUP_LEMMAS_CASED.get(word)
        if lemma is None or (we < len(text) and text[we] in WORD_JOINERS) or (ws > 0 and text[ws - 1] in WORD_JOINERS):
            continue
        if not any(same_head(lemma, h) for h in heads) and not (
                lemma in ("group", "faction") and MILITIA_BEFORE.search(text, max(a, ws - 14), ws)):
            continue
        np = group_phrase(text, a, ws, we, word)
        if np is None:
            continue
        start, end, head, mods = np
        if COMPOUND_HEAD_AFTER.match(text, end, min(len(text), end + 14)):
            continue  # "militia groups", "a militia leader": the noun phrase goes on
        if part_of_longer_name(text, end, b, gaz):
            continue  # "the Green Movement Youth": a longer name
        if any(k.start < end and ws < k.end for k in known) or any(k.start < end and start < k.end for k in out):
            continue  # the head word belongs to a registered name ("the Sadiqoon bloc")
        hits = [aid for aid, h, names in gaz.groups if same_head(head, h) and cores_meet(modifier_cores(mods), names)]
        if len(hits) == 1:
            out.append(MentionProposal(start, end, text[start:end], hits[0], "description", 0.7))
    return out
