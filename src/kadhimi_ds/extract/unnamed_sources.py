"""Unnamed sources ("security sources", "two Iraqi officials", "a resident of Karrada"): the
registry's unnamed-source actor they name, or a proposed new one (codebook M8); split from
:mod:`.referents`."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .described_actors import article_described, described_actors
from .referring import MEDICAL_HEADS, Ref, Resolved
from .roles import home_country, root
from .story_country import country_pattern

if TYPE_CHECKING:
    from .gazetteer import ActorInfo, Gazetteer

_PARTITIVE_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Ee]ach|[Aa]nother) of\s+\Z")
_FIRST_PERSON_OWN = re.compile(r"(?<![\w-])(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?\Z")
"""A speaker's own contacts ("my own sources in the security services tell me"): they speak to the speaker, not as
the article's unnamed sources (M8)."""
_ONE = frozenset(("a", "an", "one", "another"))
"""Determiners of one person: "one resident" quoted is an individual (M8 note), not the residents' group."""
_OF_PLACE = re.compile(r" of (?:the )?(?:[a-z]+ ){0,2}(?:(?:al|el)-)?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
                       r"(?: (?:district|quarter|neighbourhood|neighborhood|area|city|town|village|province))?(?![\w-])")
"""The place a resident lives in, after the head noun ("of the nearby Karrada district")."""

_RESIDENTS_OF = re.compile(r"(?<![\w’'-])[Rr]esidents(?=" + _OF_PLACE.pattern + ")")
"""Residents as the article describes them by their place ("Residents of the Jadriya neighbourhood")."""

_CLOSE_TO = re.compile(r"\s+close\s+to\s+(?:the\s+(?:[A-Za-z][\w’'-]*\s+){0,2}(?!says\b)(?:[a-z][\w’'-]*s|government|leadership|movement)(?![\w’'-])"
                       r"|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
"""After the head noun, the people an unnamed source is close to ("sources close to the Iraqi factions", "… to
Kataib Hezbollah")."""

_ROLE_WORDS = {"diplomat": ("diplomat", "ambassador", "envoy", "foreign"), "official": ("minister", "ministry", "official",
                                                                                     "spokesman", "spokeswoman", "government")}
"""What the registry says of a person, or of the bodies above it, that a definite "the diplomat", "the
official" describes ("Spokesman of Iran's foreign ministry" is a diplomat)."""

_PLACED_IN = re.compile(r",?\s+(?:in|of|from|with|at|inside|within)\s+(?:(?:one|some|several|each|two)\s+of\s+)?")
"""After the head noun, the words that place a source in a body ("an official in one of the factions")."""
_GROUP_PLACE = re.compile(r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:militias?|factions?|armed\s+groups?|paramilitar(?:y|ies)(?:\s+groups?)?)(?![\w’'-])")
"""A group of armed factions named by a common noun ("the armed factions", "one of the Iraqi militias")."""
_OUTSIDE_MODS = {"militia": "militia", "faction": "militia", "party": "party"}
"""Modifiers that place an official or source in a body outside the state ("a militia official", "party sources")."""
_MILITIA_WORDS = frozenset("militia militias faction factions".split())
"""Words of a registered group of sources in the armed factions ("Unnamed sources close to Iraqi factions")."""
_OUTSIDE_KINDS = frozenset(("armed_group", "party", "international"))
"""Registry kinds of the bodies outside a state's government (M8 note: a UN agency, a foreign government, an armed
group); a body of another country is outside whatever its kind."""

SECURITY_WORDS = frozenset("security police military intelligence army".split())
"""Qualifiers that make "source(s)" a security source (M8)."""


def _qualified(name: str, head: str, mods: list[str]) -> bool:
    """M8: "source(s)" is the registry's unnamed security-source actor only when qualified by security,
    police or military ("a police source", "intelligence sources"), never "a source", "sources close
    to X" or "a medical source". Other heads (officials, residents, diplomats) need no qualifier."""
    if head != "source":
        return True
    quals = [w for w in re.findall(r"[a-z]+", name) if w in SECURITY_WORDS]
    return not quals or bool({w.lower() for w in mods} & SECURITY_WORDS)



def _modifiers(words: list[str]) -> list[str]:
    """The words before an unnamed source's head noun, less its determiners and numbers."""
    return [w for w in words[:-1] if w.lower() not in ("the", "these", "those", "a", "an", "one", "two", "three", "four", "five",
                                                       "several", "some", "other", "many")]


def _proper_words(name: str) -> list[str]:
    """The capitalised words of an unnamed actor's name that tell it apart ("PUK" of "Unnamed senior PUK official
    (h318)"), less its first word and any note in brackets."""
    return [w for w in re.findall(r"[\w’'-]+", re.sub(r"\([^)]*\)", "", name))[1:] if w[0].isupper()]


def state_officials(gaz: Gazetteer, body_id: str, head: str, home: str | None) -> ActorInfo | None:
    """M8 (2026-12-01): "an Interior Ministry official" is not the body's spokesperson but one of the
    unnamed officials of its state: the registry's grouped government actor of the body's country whose
    name carries the head noun, when the body is a state one (government or military) of the ``home``
    country the article is about (a foreign body's official is left to Q8 rule 3)."""
    body = gaz.info.get(body_id)
    if body is None or body.kind not in ("government", "military") or not body.country or body.country != home:
        return None
    noun = head.lower().rstrip("s")
    return next((i for i in gaz.unnamed if i.kind == "government" and i.country == body.country
                 and re.search(r"\b" + noun + r"s?\b", i.name.lower())), None)


class UnnamedSources:
    """The unnamed-source half of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the
    state of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_anon(self, ref: Ref) -> Resolved:
        """"Security sources", "two Iraqi officials": the registry's unnamed-source actor that fits the
        head noun and modifiers, else a proposed new unnamed-source actor; a registered described person placed
        where the article says nothing of (:func:`article_described`) is none."""
        if ref.org and (group := state_officials(self.gaz, ref.org, ref.head or "", home_country(self.gaz, self.mentions))):
            self._remember(ref, group.id, "anonymous", 0.8)  # "an Interior Ministry official" (M8)
            return Resolved(group.id, None, ref.text, True, None, "anonymous", 0.8, (ref.start, ref.end))
        words = re.findall(r"[A-Za-z]+", ref.text.replace(".", ""))  # "U.S." is one word
        if _FIRST_PERSON_OWN.search(self.text, max(0, ref.start - 12), ref.start):
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, (ref.start, ref.end))
        part = _PARTITIVE_BEFORE.search(self.text, max(0, ref.start - 20), ref.start)
        mref = Ref(part.start(), ref.end, self.text[part.start():ref.end], ref.kind) if part else ref  # "One of the sources"
        head = words[-1].lower().rstrip("s")
        if words[0].lower() in ("the", "these", "those"):  # "the official": the unnamed source named before
            names = [w for w in words[1:-1] if w[0].isupper()]  # "the US official" goes back to a US one only,
            self._resolve_sources_before(ref, head)
            back = self._source_named_before(ref.start, head, words[1:-1])  # "the militia official" to a militia one
            if back is not None and back[0]:
                self._remember(mref, back[0], "anonymous", 0.75)
                return Resolved(back[0], None, ref.text, True, None, "anonymous", 0.75, (ref.start, ref.end))
            if back is not None:  # the new group proposed before ("two sources close to the factions")
                prop = next(p for p in self.proposals.values() if p.id == back[1])
                self.propose(prop.name, mref.start, mref.end, "unnamed source", kind="other")
                return Resolved(None, back[1], ref.text, True, None, "anonymous", 0.75, (ref.start, ref.end))
            named = self._named_person_described(ref, head, names) if words[-1].lower() == head else None
            if named is not None:
                return named
        mods = _modifiers(words)
        close = _CLOSE_TO.match(self.text, ref.end)  # "sources close to the factions" (M8 does not make them security sources)
        one = head == "resident" and words[-1].lower() == head and words[0].lower() in _ONE
        outside = self._placed_outside(ref, head, mods)  # "a militia official", "an official in Kataib Hezbollah"
        best, best_score = None, -1
        elsewhere = {a.id for a in described_actors(self.gaz) if a.proper} - {a.id for a in article_described(self.gaz, self.text)}
        for info in self.gaz.unnamed:
            if info.id in elsewhere:
                continue  # "Unnamed surgeon at a hospital in Karkh" of another article: not "a surgeon" of one that says no Karkh
            low = info.name.lower()
            if one and re.search(r"\b" + head + r"s\b", low):
                continue  # "one resident of Karrada" quoted alone is an individual, never the residents' group (M8 note)
            told = set(re.findall(r"[a-z]+", f"{low} {info.description.lower()}"))  # "one Western diplomat": "Foreign (mostly Western) diplomats"
            if head not in low and not (head in MEDICAL_HEADS and {head, head + "s"} & told):
                continue  # ("a doctor": the staff the registry describes as "Doctors, nurses and …")
            if outside and not told & outside[1]:
                continue  # a source placed outside the state is none of its unnamed sources (M8)
            if close and "close to" not in low:
                continue  # "sources close to the factions" are not the registry's medical or security sources (M8)
            if info.person and any(w not in self.text for w in _proper_words(info.name)):
                continue  # "Unnamed senior PUK official" of another article: not "a senior official" of one with no PUK
            country = country_pattern(info, self.gaz) if info.country else None
            ours = {w for w in mods if country is not None and country.fullmatch(w)}  # "American officials": the USA's
            if any(w[0].isupper() and w.lower() not in told and w not in ours for w in mods) or not _qualified(low, head, mods):
                continue  # "U.S." is no "Iraqi"
            score = sum(1 for w in mods if w.lower() in low or w in ours) + bool(close and "close to" in low)
            if score > best_score:
                best, best_score = info, score
        if best is not None:
            place = _OF_PLACE.match(self.text, ref.end) if head == "resident" else close if "close to" in best.name.lower() else None
            # "a resident of the nearby Karrada district", "sources close to the factions": the post-modifier identifies (M13)
            if head in MEDICAL_HEADS and words[-1].lower() == head:  # "a doctor" speaks as one: no mention of the
                return Resolved(best.id, None, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))
                # staff, and a group the registry describes so is a speaker to check (M8 note: an individual)
            end = place.end() if place else outside[0] if outside else mref.end  # ("two sources in the armed factions")
            self._remember(Ref(mref.start, end, self.text[mref.start:end], ref.kind), best.id, "anonymous", 0.8)
            return Resolved(best.id, None, ref.text, True, None, "anonymous", 0.8, (ref.start, ref.end))
        if outside:  # a group of its own, named as the article places it ("Unnamed militia officials")
            pid = self.propose(f"Unnamed {outside[2]} {head}s", mref.start, outside[0], "unnamed source", kind="other")
            return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))
        if one:  # an unnamed individual is an actor of its own (M8 note): "Unnamed resident of Karrada"
            place = _OF_PLACE.match(self.text, ref.end)
            name = "Unnamed resident" + (place.group(0).replace(" the ", " ") if place else "")
            pid = self.propose(name, ref.start, place.end() if place else ref.end, "described", kind="person")
            return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))
        if head == "resident" and words[0].lower() in ("some", "many", "most", "other", "several"):
            return Resolved(None, None, ref.text, True, None, "generic", 0.5, (ref.start, ref.end))  # a part, no voice
        if head == "resident":  # residents the registry lacks: one group (M8 note), named as the article first
            first = next((m for m in _RESIDENTS_OF.finditer(self.text) if m.start() <= ref.start and not self.in_quote(m.start())), None)
            place = _OF_PLACE.match(self.text, first.end()) if first else None  # ("Residents of the Jadriya district")
            name = "Residents" + place.group(0) if place else "Unnamed residents"
            if first is not None:
                pid = self.propose(name, first.start(), place.end(), "unnamed source", kind="other")
            if first is None or first.start() != ref.start:
                pid = self.propose(name, ref.start, ref.end, "unnamed source", kind="other")
            return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))
        label = "unnamed " + " ".join(w.lower() for w in mods if w[0].isupper() or w.lower() in ("security", "government", "military", "police")) + " " + head + "s"
        pid = self.propose(re.sub(r"\s+", " ", label).strip().capitalize(), ref.start, ref.end, "unnamed source", kind="other")
        return Resolved(None, pid, ref.text, True, None, "anonymous", 0.6, (ref.start, ref.end))

    def _placed_outside(self, ref: Ref, head: str, mods: list[str]) -> tuple[int, set[str], str] | None:
        """M8: an official or source that the article places in a body outside the state ("a militia official", "an
        official in one of the armed factions", "an official in Kataib Hezbollah"; "a KDP official" named by a
        registered body before the head is left to the body, as dev coders coded it): the end
        of the words that place it, the words a registered group of such sources would carry, and the place's name
        for a new group; None for a source of the state or of no stated body."""
        if head not in ("official", "source"):
            return None
        own = next((_OUTSIDE_MODS[w.lower()] for w in mods if w.lower() in _OUTSIDE_MODS), None)
        if own is not None:
            return ref.end, _MILITIA_WORDS if own == "militia" else {own, "parties"}, own
        home = home_country(self.gaz, self.mentions)
        body = self.gaz.info.get(ref.org or "")
        end = ref.end
        if body is None and (at := _PLACED_IN.match(self.text, ref.end)) is not None:
            k = bisect.bisect_left(self.mention_starts, at.end())
            found = next((m for m in self.mentions[k:k + 3] if m.start <= at.end() + 4), None)
            if found is not None and re.fullmatch(r"(?:the\s+)?", self.text[at.end():found.start]):
                body, end = self.gaz.info.get(found.actor_id), found.end
            elif (group := _GROUP_PLACE.match(self.text, at.end())) is not None:
                return group.end(), _MILITIA_WORDS, "militia"
        if body is None or body.kind not in _OUTSIDE_KINDS and (not body.country or body.country == home):
            return None
        states = {n.lower()[:4] for i in self.gaz.info.values() if i.kind == "state" for n in (i.name, *i.aliases)}
        place = {w.lower() for w in re.findall(r"[A-Za-z]+", body.name) if len(w) > 3 and w.lower()[:4] not in states}
        # ("Iran-backed Iraqi militias": "iraqi" would make the state's own officials fit)
        if body.kind == "armed_group":
            place |= _MILITIA_WORDS
        return end, place, body.name

    def _resolve_sources_before(self, ref: Ref, head: str, sentences: int = 6) -> None:
        """Resolve the indefinite unnamed sources with ``head`` that the last few sentences before ``ref`` place outside
        the state (the introduction of "the official": "An official in X told AP …" with no quote of its own); an
        apposition to a name ("X, a security official of Y") is that person, no source."""
        si = self.sentence_of(ref.start)
        for sj in range(si, max(-1, si - sentences), -1):
            for r in self.refs(sj):
                if r.kind == "anon" and r.end <= ref.start and r.text.lower().rstrip("s").endswith(head) \
                        and not re.match(r"(?i)(?:the|these|those)\s", r.text) and not self.text[max(0, r.start - 3):r.start].rstrip().endswith(",") \
                        and self._placed_outside(r, head, _modifiers(re.findall(r"[A-Za-z]+", r.text.replace(".", "")))):
                    self.resolve(sj, r)

    def _source_named_before(self, start: int, head: str, mods: list[str]) -> tuple[str | None, str | None] | None:
        """The latest unnamed source before ``start`` with the head noun and every modifier: a registered actor
        (its id first) or a proposed new group (its proposed id second)."""
        def fits(text: str) -> bool:
            return bool(re.search(r"\b" + head + r"s?\b", text.lower())) \
                and all(re.search(r"\b" + re.escape(w) + r"\b", text) for w in mods)
        found = [(b, m.actor_id, None) for (a, b), m in self.descriptive.items()
                 if b <= start and m.method == "anonymous" and fits(m.text)]
        found += [(b, None, p.id) for p in self.proposals.values() if p.evidence == "unnamed source"
                  for a, b in p.mentions if b <= start and fits(self.text[a:b])]
        return max(found, key=lambda f: f[0])[1:] if found else None

    def _named_person_described(self, ref: Ref, head: str, demonyms: list[str]) -> Resolved | None:
        """"the Iranian diplomat said" after "Iran's Foreign Ministry spokesman X": the latest person named
        in this paragraph or the one before that the description fits (G2): the registry places the
        person, or a body above it, in that role and under the state of each demonym."""
        if head not in _ROLE_WORDS:
            return None
        para = self.sentences[self.sentence_of(ref.start)].para
        for m in self._recent_mentions(ref.start, 30):
            info = self.gaz.info.get(m.actor_id)
            if info is None or not info.person:
                continue
            if self.sentences[self.sentence_of(m.start)].para < para - 1:
                return None
            chain, aid = [info], info.parent
            while aid in self.gaz.info and len(chain) < 5:
                chain.append(self.gaz.info[aid])
                aid = self.gaz.info[aid].parent
            state = self.gaz.info.get(root(info.id, self.gaz))
            if not any(i.says(w) for i in chain for w in _ROLE_WORDS[head]) or state is None or not all(
                    any(n[:4].lower() == a[:4].lower() for a in (state.name, *state.aliases)) for n in demonyms):
                continue
            self._remember(ref, info.id, "role", 0.65)
            return Resolved(info.id, None, ref.text, True, True, "role", 0.65, (ref.start, ref.end))
        return None
