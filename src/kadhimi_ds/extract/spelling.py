"""Known actors in any spelling: one normalisation applied to the registry's names and aliases
and to the text, then a fuzzy confirmation (rapidfuzz) on the normalised forms.

A name is cut into words at spaces and hyphens; the article particles (al-, Al, el-, the, of),
honorific and rank titles (Sayyid, Sheikh, Hajji, Mr., Maj. Gen., Prime Minister, ...) drop
out; each word is folded by :func:`name_key` (diacritics, apostrophes and their omission, a
possessive 's, doubled letters, k/q/kh, dh/z/d, ou/u, ee/i, e/i, y/i, a final -ah) and the
organisation nouns by their variants ("Brigades"/"Brigade", "Forces"/"Units",
"Alliance"/"coalition", "Movement"/"movement"). A run of capitalised words in the text whose
folded words equal, or closely match (every word and the whole), the folded words of one
actor's name or alias of two words or more is a mention of that actor, unless the run goes on
into a longer, unregistered name ("Harbour Front Youth") or other given names open it (a namesake),
as for the exact aliases. A word that is not folded to the registered key must be a spelling of the
registered word (:func:`.transliteration.spelling_variants`). The build's
alias index stays exact: only the extractor is fuzzy.
"""
from __future__ import annotations

import re
import weakref
from functools import lru_cache

from rapidfuzz import fuzz

from .draft import MentionProposal
from .capitals import STATE_KINDS
from .gazetteer import Gazetteer
from .referring import ROLE_HEAD_WORDS
from .registry_mentions import namesake_before, of_another_state, part_of_longer_name
from .text import TITLES
from .transliteration import spelling_variants, strip_accents, translit_key

PARTICLES = frozenset("al el ul the of".split())
ORG_NOUNS = {"brigade": "brigade", "brigades": "brigade", "force": "force", "forces": "force", "unit": "force",
             "units": "force", "alliance": "alliance", "coalition": "alliance", "movement": "movement",
             "movements": "movement"}
"""Organisation nouns and the variant each stands for; they may be written in lower case."""
_WORD = re.compile(r"[^\W\d_]+(?:[’'`ʼ‘][^\W\d_]+)*\.?")
_GAP = re.compile(r"[\s-]*")
_ORG_VARIANTS = frozenset(ORG_NOUNS.values())
_WORD_RATIO, _WHOLE_RATIO = 75, 86
_TITLE_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.\s+\Z")


def name_key(word: str) -> str:
    """A spelling-insensitive key of one name word ("al-Zahabi", "Dhahabi's" and "Thahaby" meet
    by the fuzzy ratio; "Kata'ib" and "Kataib", "Saraya" and "Sarayah" give one key)."""
    w = re.sub(r"[’'`ʼ‘]s$", "", strip_accents(word).rstrip("."))
    key = translit_key(w)
    return re.sub(r"(?<=[aiu])h$", "", key)


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str | None:
    """The key of a word of a name, or None for a particle or a title."""
    low = strip_accents(word).rstrip(".").lower()
    if low in PARTICLES or low in TITLES:
        return None
    return ORG_NOUNS.get(low) or name_key(word)


@lru_cache(maxsize=1 << 16)
def _word_class(word: str) -> tuple[bool, bool, str | None]:
    """Of a word of the text: (it may stand in a name: capitalised or a particle; it may go on a
    run of name words: that, or an organisation noun; its key as :func:`_word_key`)."""
    low = strip_accents(word).rstrip(".").lower()
    name_like = word[0].isupper() or low in PARTICLES
    return name_like, name_like or low in ORG_NOUNS, _word_key(word)


def name_keys(name: str) -> tuple[str, ...]:
    """The folded words of a name or alias, particles and titles left out."""
    return tuple(k for _, k in _name_words_keyed(name))


def _name_words_keyed(name: str) -> list[tuple[str, str]]:
    """The words of a name or alias with their keys, particles and titles left out."""
    return [(w.group(), k) for w in _WORD.finditer(name) if (k := _word_key(w.group()))]


class SpellingIndex:
    """The folded names and aliases of two words or more of every actor of a gazetteer."""

    def __init__(self, gaz: Gazetteer):
        owners: dict[tuple[str, ...], set[str]] = {}
        self.words: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        """The words as the registry writes them of each folded name."""
        self.heads: dict[str, set[str]] = {}
        """The organisation nouns in each actor's names ("brigade" for "Light Brigades")."""
        self.last_words: dict[str, set[str]] = {}
        """The capitalised last word of each body's names of two words or more ("Guards" for "Revolutionary Guards")."""
        for info in gaz.info.values():
            if re.search(r"\b(?:unnamed|anonymous|unidentified)\b", info.name.lower()):
                continue
            for alias in (*info.aliases, re.sub(r"\s*\([^)]*\)\s*$", "", info.name)):
                keyed = _name_words_keyed(alias)
                keys = tuple(k for _, k in keyed)
                if len(keys) >= 2 and not all(k in ORG_NOUNS.values() for k in keys):
                    owners.setdefault(keys, set()).add(info.id)
                    self.words.setdefault(keys, set()).add(tuple(w for w, _ in keyed))
                self.heads.setdefault(info.id, set()).update(k for k in keys if k in ORG_NOUNS.values())
                if len(keyed) >= 2 and keyed[-1][0][:1].isupper() and not info.person and info.kind not in STATE_KINDS:
                    self.last_words.setdefault(info.id, set()).add(keyed[-1][0])
        self.by_length: dict[int, list[tuple[tuple[str, ...], str]]] = {}
        for keys, ids in owners.items():
            if len(ids) == 1:
                self.by_length.setdefault(len(keys), []).append((keys, next(iter(ids))))
        self.longest = max(self.by_length, default=0)
        self._cache: dict[tuple[str, ...], str | None] = {}

    def actor(self, words: tuple[str, ...]) -> str | None:
        """The one actor whose folded name the keys of these words equal or closely match (None if none or
        two); of one close match, a word whose key differs must be a spelling of the registered word
        (:func:`spelling_variants`: "Layla Hamdun" is not "Layla Hamdan")."""
        if words in self._cache:
            return self._cache[words]
        keys = tuple(_word_key(w) for w in words)
        hits = {aid for k, aid in self.by_length.get(len(keys), ()) if k == keys}
        if not hits:
            whole = " ".join(keys)
            near = [(k, aid) for k, aid in self.by_length.get(len(keys), ())
                    if all(fuzz.ratio(x, y) >= _WORD_RATIO for x, y in zip(keys, k))
                    and fuzz.ratio(whole, " ".join(k)) >= _WHOLE_RATIO]
            hits = {aid for _, aid in near}
            if len(hits) == 1 and not self._spelled(words, near[0][0]):
                hits = set()
        found = next(iter(hits)) if len(hits) == 1 else None
        self._cache[words] = found
        return found

    def _spelled(self, words: tuple[str, ...], keys: tuple[str, ...]) -> bool:
        """Each of ``words`` whose key is not the registered name's is a spelling of its registered word."""
        return any(all(_word_key(w) == k or spelling_variants(w, r) for w, k, r in zip(words, keys, written))
                   for written in self.words[keys])


_INDEXES: weakref.WeakKeyDictionary[Gazetteer, SpellingIndex] = weakref.WeakKeyDictionary()


def _index_for(gaz: Gazetteer) -> SpellingIndex:
    if gaz not in _INDEXES:
        _INDEXES[gaz] = SpellingIndex(gaz)
    return _INDEXES[gaz]


def _name_words(text: str, a: int, b: int) -> list[list[tuple[int, int, str]]]:
    """Runs of name words in [a, b): capitalised words (or organisation nouns) with their keys,
    joined by spaces or hyphens, particles and titles skipped."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    last = a
    for m in _WORD.finditer(text, a, b):
        word = m.group()
        name_like, run_word, key = _word_class(word)
        gap = text[last:m.start()]
        joined = gap == " " or _GAP.fullmatch(gap) is not None and "\n" not in gap
        if not joined or not run_word:
            if run:
                runs.append(run)
            run = []
            if not name_like:
                last = m.end()
                continue
        last = m.end()
        if key:
            run.append((m.start(), m.end() - word.endswith("."), key))
    if run:
        runs.append(run)
    return runs


def _nested(x: int, y: int, s: int, e: int) -> bool:
    """A mention found already at [x, y) lies inside the longer name [s, e) ("Iran" in "Iran's Foreign
    Ministry", "al-Kazemi" in "Mustafa al-Kazemi"): the longer name is a mention too (M12, M13)."""
    return s <= x and y <= e and (x, y) != (s, e)


def spelling_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                      gaz: Gazetteer) -> list[MentionProposal]:
    """Mentions of registered actors written in another spelling of a name of two words or more
    (see the module docstring), outside the ``mentions`` already found; the longest run wins."""
    index = _index_for(gaz)
    if not index.longest:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found: list[MentionProposal] = []
    for a, b in paragraphs:
        for run in _name_words(text, a, b):
            i = 0
            while i < len(run):
                hit = None
                for n in range(min(index.longest, len(run) - i), 1, -1):
                    words = run[i:i + n]
                    if all(k in _ORG_VARIANTS for _, _, k in words):
                        continue
                    aid = index.actor(tuple(text[x:y] for x, y, _ in words))
                    if aid:
                        hit = (words[0][0], words[-1][1], aid, n)
                        break
                if hit is None:
                    i += 1
                    continue
                s, e, aid, n = hit
                end = e - 2 if re.search(r"[’']s$", text[s:e]) else e
                if part_of_longer_name(text, end, b, gaz) or of_another_state(text, end, b, gaz.info[aid]):
                    i += 1  # "Harbour Front Youth" is not the registered "Harbour Front"
                    continue
                if gaz.info[aid].person and namesake_before(text, a, s, aid, gaz):
                    i += n  # "Ahmed Jabbar al-Mousawi" is not the registered "Jabbar al-Musawi" (M13)
                    continue
                if not any(x < e and s < y and not _nested(x, y, s, e) for x, y in taken):
                    title = _TITLE_BEFORE.search(text, max(a, s - 6), s)
                    s = title.start() if title and gaz.info[aid].person else s  # "Mr. Mustafa al-Kazemi"
                    found.append(MentionProposal(s, end, text[s:end], aid, "fuzzy", 0.8))
                i += n
    return found


_HEAD_BACK = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?![ -](?:[A-Z]|of\b))")


def head_noun_mentions(text: str, paragraphs: list[tuple[int, int]], mentions: list[MentionProposal],
                       gaz: Gazetteer) -> list[MentionProposal]:
    """"The Brigades", "the Alliance", "the Guards": a capitalised noun after "the" refers back to the one body
    named earlier in the article whose name carries that organisation noun, or, for a word that names no role
    (:data:`.referring.ROLE_HEAD_WORDS`), whose name or an alias ends with it ("the Revolutionary Guards"),
    codebook G2."""
    index = _index_for(gaz)
    taken = [(m.start, m.end) for m in mentions]
    found: list[MentionProposal] = []
    for a, b in paragraphs:
        for m in _HEAD_BACK.finditer(text, a, b):
            word = m.group(1)
            noun = ORG_NOUNS.get(word.lower())
            if noun is None and word in ROLE_HEAD_WORDS:
                continue
            earlier = {x.actor_id for x in mentions if x.end <= m.start() and not gaz.info[x.actor_id].person and (
                noun in index.heads.get(x.actor_id, ()) if noun else word in index.last_words.get(x.actor_id, ()))}
            if len(earlier) == 1 and not any(x < m.end() and m.start() < y for x, y in taken):
                found.append(MentionProposal(m.start(), m.end(), m.group(), earlier.pop(), "surname", 0.7))
    return found
