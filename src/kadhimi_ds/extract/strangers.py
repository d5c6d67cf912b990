"""Unnamed persons an article describes instead of naming ("A woman in a black abaya said …", "a tea
seller at the checkpoint"): the registry's unnamed actor whose name and description say who they are,
else a proposed new person, so that a later "she said" stays with them (G2, Q8 rules 4 and 7, F7)."""
from __future__ import annotations

import re

from .referring import CIVILIAN_NOUNS, Ref, Resolved

_GROUP_WORDS = frozenset("witness resident worker people civilian bystander".split())
"""What the registry calls a group of unnamed civilians, whatever their trade."""
_PLAIN = frozenset("a an the of at in on to by for and or near who whom which that was were had has have his her their "
                   "its one only without being named name quoted spoke speak asked not first unnamed anonymous "
                   "identified identify give gave would".split())
"""Words that say nothing of who the person is."""
_HEAD_WORDS = {"policeman": ("policeman", "police"), "policewoman": ("policewoman", "police"), "labourer": ("labourer", "laborer"),
               "laborer": ("laborer", "labourer"), "schoolteacher": ("schoolteacher", "teacher"), "medic": ("medic", "paramedic")}


_NAMED_AS = re.compile(r"[^.;:“”\"]{0,40}?\b(?:gave|gives|giving)\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
                       r"|[^.;:“”\"]{0,40}?\bidentified\s+(?:only\s+)?(?:by\s+(?:his|her)\s+first\s+name\s+)?as\s+")
"""After a description, the name the person gave ("…, who gave his name only as Abu Zahraa,")."""


def _words(text: str) -> set[str]:
    """The telling words of ``text``, lower case and singular ("officers" -> "officer")."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        if w not in _PLAIN and len(w) > 2:
            out.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return out


class Strangers:
    """The unnamed-person half of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the state
    of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_stranger(self, si: int, ref: Ref) -> Resolved:
        """Who "a tea seller at the checkpoint" is: the registered person it gives the name of ("…, who gave
        his name only as X,"), else the registry's one unnamed actor whose name or
        description says the head noun and another word of the description ("A young officer of the
        protection force": "officers of the … protection force"); for a civilian, one the registry groups
        as residents, workers or witnesses of a place the paragraph or the one before names (else the
        group an earlier civilian of the article went to). None fitting: a new person (F7)."""
        named = _NAMED_AS.match(self.text, ref.end)
        mention = next((m for m in self.mentions if named and m.start == named.end()), None)
        info = self.gaz.info.get(mention.actor_id) if mention else None
        if info is not None and info.person:  # the person named so is who the description is
            return Resolved(info.id, None, ref.text, True, True, "described", 0.7, (ref.start, ref.end))
        head = ref.head or ""
        own = _words(ref.text) - {head}
        civilian = head in CIVILIAN_NOUNS
        groups = self.stranger_groups
        para = self.sentences[si].para
        lo, hi = self.paragraphs[max(0, para - 1)][0], self.paragraphs[para][1]
        around = _words(self.text[lo:hi])
        scored = []
        for info in self.gaz.unnamed:
            told = _words(f"{info.name} {info.description}")
            named = any(w in told for w in _HEAD_WORDS.get(head, (head,)))
            grouped = civilian and bool(told & _GROUP_WORDS)
            if named and own & told:
                scored.append((2, len(own & told), info.id))
            elif grouped and len(told & around) >= 2:
                scored.append((1, len(told & around), info.id))
            elif grouped and info.id in groups:
                scored.append((0, 0, info.id))
        scored.sort(reverse=True)
        if scored and (len(scored) == 1 or scored[0][:2] > scored[1][:2]):
            actor = scored[0][2]
            if civilian:
                groups.append(actor)
            return Resolved(actor, None, ref.text, True, True, "anonymous", 0.7, (ref.start, ref.end))
        pid = self.propose(ref.text[ref.text.find(" ") + 1:], ref.start, ref.end, "unnamed person")
        return Resolved(None, pid, ref.text, True, True, "anonymous", 0.6, (ref.start, ref.end))
