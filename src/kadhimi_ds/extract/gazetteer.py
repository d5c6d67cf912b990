"""The gazetteer: the actor registry's facts (:class:`ActorInfo`) and the indexes the matching
passes of :mod:`.registry_mentions` read, built once per registry (:func:`gazetteer_for`): the
surface forms (aliases and canonical names) and their actors, the alias pattern, canonical names
by first word, person names by transliteration key (:meth:`Gazetteer.fuzzy_actor`) and the
registry names that end in a group noun.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from ..build.aliases import alias_pattern, fold_apostrophes
from .capitals import STATE_KINDS
from .groups import group_lemma, modifier_cores
from .text import TITLES
from .transliteration import best_match, consonant_skeleton, fuzzy_ratio, spelling_variants, translit_key


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    kind: str
    parent: str | None
    description: str
    aliases: tuple[str, ...]
    country: str | None = None

    @property
    def person(self) -> bool:
        return self.kind == "person"

    def says(self, phrase: str) -> bool:
        """True when the actor's name or description carries ``phrase`` as whole words."""
        hay = f"{self.name} {self.description}".lower()
        return re.search(r"(?<![a-z])" + re.escape(phrase.lower()) + r"(?![a-z])", hay) is not None


def _strip_parenthetical(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


_NAME_WORD = re.compile(r"(?:[A-Z\u00c0-\u00de]|(?:al|el|ul|bin|bint|ibn|abu|de|van|von|der|la|le)(?:-|\Z))")


def is_description(name: str) -> bool:
    """A canonical name that describes a person the article does not name ("Unnamed taxi driver on Karrada
    Street", "Zainab, a schoolteacher"): a comma, or a word that is neither capitalised nor a particle.
    Its last word is no surname."""
    return "," in name or any(not _NAME_WORD.match(w) for w in name.split())


def given_and_description(name: str) -> tuple[str, str] | None:
    """A canonical name made of one given name, a comma and a description ("Zainab, a schoolteacher",
    "Mazin, policeman at a checkpoint") as (given name, description); None for any other name."""
    given, comma, rest = name.partition(",")
    return (given.strip(), rest) if comma and " " not in given.strip() else None


KUNYA_WORDS = frozenset("abu abou umm um om oum".split())
"""The first word of a kunya ("Umm Zainab", "Abu Haider": the mother, the father of the one named)."""


def names_child(words: list[str]) -> bool:
    """The last of a name's ``words`` follows a kunya word: it names the child, not the person, so it is
    no surname ("Zainab" alone is not "Umm Zainab")."""
    return len(words) >= 2 and words[-2].lower() in KUNYA_WORDS


class Gazetteer:
    """An actor registry's lookups: its surface forms (aliases, as ``kadhimi_ds.build.mentions``
    matches them, and canonical names) and their actors, person names by transliteration key,
    the names that end in a group noun, and the facts attribution needs (kind, parent,
    description)."""

    def __init__(self, actors: Iterable[dict[str, Any]]):
        self.info: dict[str, ActorInfo] = {}
        self.role_nouns: dict[str, str] = {}  # the registry's role and group nouns, lower case, and their actors
        surface: dict[str, str] = {}
        method: dict[str, str] = {}
        clash: set[str] = set()
        for a in actors:
            aid = str(a["id"])
            aliases = tuple(x for x in (a.get("aliases") or []) if isinstance(x, str) and x.strip())
            self.info[aid] = ActorInfo(aid, str(a.get("name") or aid), str(a.get("kind") or "other"), a.get("parent"),
                                       str(a.get("description") or ""), aliases, a.get("country"))
            self.role_nouns.update({r.lower(): aid for r in a.get("role_aliases") or [] if isinstance(r, str)})
            for alias in aliases:
                if surface.get(alias, aid) != aid:
                    clash.add(alias)
                surface[alias] = aid
                method[alias] = "alias"
        for info in self.info.values():
            name = _strip_parenthetical(info.name)
            variants = {name}
            if " " in name and name[0].isupper() and name[1:2].islower():
                variants.add(name[0].lower() + name[1:])
            for v in variants:
                if not v or v in surface and surface[v] == info.id:
                    continue
                if v in surface:
                    if method.get(v) == "name":  # two actors share a canonical name: use neither
                        clash.add(v)
                    continue
                surface[v] = info.id
                method[v] = "name"
        for c in clash:
            surface.pop(c, None)
        self.surface, self.method = surface, method
        aliases = sorted((x for x in surface if method[x] == "alias"), key=lambda s: (-len(s), s))
        names = sorted((x for x in surface if method[x] == "name"), key=lambda s: (-len(s), s))
        # the build's alias matching, blind to the apostrophe form ("Kata’ib" for "Kata'ib")
        self.pattern = alias_pattern(aliases, any_apostrophe=True)
        self.folded = {fold_apostrophes(x): surface[x] for x in aliases}
        self.names_by_first: dict[str, list[str]] = {}
        for x in names:  # longest first
            self.names_by_first.setdefault(re.match(r"[A-Za-z]*", x).group() or x, []).append(x)
        self.name_firsts = frozenset(self.names_by_first)
        self._build_groups()
        self._build_fuzzy()
        self.state_by_name = {x: aid for x, aid in surface.items() if self.info[aid].kind in STATE_KINDS}

    def _build_fuzzy(self) -> None:
        self.skeletons: dict[str, set[str]] = {}
        self.keys: dict[str, list[str]] = {}
        self.first_names: dict[str, set[str]] = {}
        self.surnames: dict[str, set[str]] = {}
        """The last words of each person's names, as the registry writes them."""
        for info in self.info.values():
            if not info.person:
                continue
            name = _strip_parenthetical(info.name)
            for alias in info.aliases + (() if is_description(name) else (name,)):
                tokens = [t for t in alias.split() if not t.endswith(".")]
                if not tokens or names_child(tokens):
                    continue
                key = translit_key(tokens[-1])
                skeleton = consonant_skeleton(key)
                self.surnames.setdefault(info.id, set()).add(tokens[-1])
                if len(skeleton) >= 3:
                    self.skeletons.setdefault(skeleton, set()).add(info.id)
                    self.keys.setdefault(key, [])
                    if info.id not in self.keys[key]:
                        self.keys[key].append(info.id)
                if len(tokens) > 1:
                    self.first_names.setdefault(info.id, set()).update(tokens[:-1])
        self.given_keys = frozenset(translit_key(w) for names in self.first_names.values() for w in names
                                    if w[:1].isupper() and w.lower() not in TITLES)
        """The spelling keys of the registered persons' given names (all words of a name but the last)."""
        self._key_list = list(self.keys)
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}

    def _build_groups(self) -> None:
        """Registry names that end in a group noun ("Iran-backed Iraqi militias", "Pro-Iran parties"):
        their head noun and their modifier words, for descriptive group mentions."""
        self.groups: list[tuple[str, str, set[str]]] = []
        for info in self.info.values():
            words = _strip_parenthetical(info.name).split()
            if len(words) < 2 or re.search(r"\b(?:unnamed|anonymous|unidentified)\b", info.name.lower()) or any(
                    w.lower() in ("of", "for", "in", "and") for w in words):
                continue  # the group noun must be the head of the name
            head = group_lemma(words[-1])
            if head:
                self.groups.append((info.id, head, modifier_cores(words[:-1])))
        self.group_heads = frozenset(h for _, h, _ in self.groups)
        self.unnamed = [i for i in self.info.values() if re.search(r"\b(?:unnamed|anonymous|unidentified)\b", i.name.lower())]

    def fuzzy_actor(self, word: str) -> tuple[str, float] | None:
        """The person actor a capitalised word is a transliteration variant of, with a score 0..1.

        Candidates share the word's consonant skeleton (after folding); rapidfuzz's ratio on the
        folded keys confirms (>= 75), and a near skeleton is accepted only above 88; a key that differs
        must still be a spelling of the registered surname (:func:`spelling_variants`: "Hamdun" is not
        "Hamdan"). Ambiguous words (two actors) match nothing.
        """
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        key = translit_key(word)
        skeleton = consonant_skeleton(key)
        result = None
        if len(skeleton) >= 3 and len(key) >= 4:
            ids = self.skeletons.get(skeleton, set())
            if len(ids) == 1:
                aid = next(iter(ids))
                best = max(fuzzy_ratio(key, k) for k, owners in self.keys.items() if aid in owners)
                if best >= 75:
                    result = (aid, best / 100)
            elif not ids and len(skeleton) >= 4 and self._key_list:
                hit = best_match(key, self._key_list, 88)
                if hit and len(self.keys[hit]) == 1:
                    result = (self.keys[hit][0], fuzzy_ratio(key, hit) / 100)
        if result and any(key == k + "i" or k == key + "i" for k, owners in self.keys.items() if result[0] in owners):
            result = None  # "Karimi" is not "Karim": the -i suffix makes another name
        if result and key not in self.keys and not any(spelling_variants(word, s) for s in self.surnames[result[0]]):
            result = None
        if len(self._fuzzy_cache) > 200_000:  # bounded memory over a long run of articles
            self._fuzzy_cache.clear()
        self._fuzzy_cache[word] = result
        return result

    def known_miss(self, word: str) -> bool:
        """True when :meth:`fuzzy_actor` has already found no actor for ``word``."""
        return self._fuzzy_cache.get(word, 0) is None


# --- one gazetteer per registry ---------------------------------------------------------------

@lru_cache(maxsize=8)
def _gazetteer_cached(fingerprint: str) -> Gazetteer:
    return Gazetteer(json.loads(fingerprint))


_LAST_REGISTRY: list[Any] = [None, None, None]


def gazetteer_for(actors: Iterable[dict[str, Any]]) -> Gazetteer:
    """A (cached) gazetteer for an actor registry given as a list of actor mappings.

    The same list object passed again with the same length reuses the last gazetteer without
    re-reading it; any other registry is fingerprinted (so a changed registry is rebuilt)."""
    if isinstance(actors, list) and _LAST_REGISTRY[0] is actors and _LAST_REGISTRY[1] == len(actors):
        return _LAST_REGISTRY[2]
    gaz = _gazetteer_uncached(actors)
    if isinstance(actors, list):
        _LAST_REGISTRY[:] = [actors, len(actors), gaz]
    return gaz


def _gazetteer_uncached(actors: Iterable[dict[str, Any]]) -> Gazetteer:
    keep = ("id", "name", "kind", "parent", "description", "aliases", "country", "role_aliases")
    slim = [{k: a.get(k) for k in keep} for a in actors or []]
    return _gazetteer_cached(json.dumps(slim, sort_keys=True, ensure_ascii=False, default=str))
