"""Relatives and friends of a first-person writer ("my cousin Hussein", "my father"): the registry's
person described as that relative of the blogger or author, named as the article names them; else a
proposed new person, so that a later "he said" stays with them (G2, Q8 rule 7, F7)."""
from __future__ import annotations

import re

from .referring import KIN, Ref, Resolved

_WRITER = r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:blogger|author|writer|columnist|diarist|narrator)"
"""Who the registry says the person is a relative of: the writer of an article."""


class Kin:
    """The first-person relative half of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over
    the state of :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_kin(self, ref: Ref) -> Resolved:
        """Who "my cousin Hussein" or "my father" is: without a name, the relative of that noun the article
        named before ("my cousin" after "my cousin Hussein"); else the one registered person the registry
        describes as the writer's relative of that noun (with the name given, one whose name carries it);
        a registered name that is no such relative stays its own actor; else a new person."""
        head = ref.head or ""
        m = KIN.match(ref.text)
        name = (m.group("name") if m else None) or ""
        span = (ref.start, ref.end)
        if not name and head in self.kin:  # "my cousin" after "my cousin Hussein"
            told = self.kin[head]
            return Resolved(told.actor, told.new, ref.text, True, True, "kin", 0.65, span)
        relation = re.compile(r"(?<![a-z])" + head + r"s?\s+of\s+" + _WRITER + r"|\bmy\s+" + head + r"\b", re.I)
        fits = [i for i in self.gaz.info.values() if i.person and relation.search(f"{i.name} {i.description}")
                and all(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", i.name) for w in name.split())]
        if len(fits) == 1:
            res = Resolved(fits[0].id, None, ref.text, True, True, "kin", 0.7, span)
        elif ref.actor is not None:
            return Resolved(ref.actor, None, ref.text, True, True, "mention", 0.9, span)
        else:
            res = Resolved(None, self.propose(ref.text, ref.start, ref.end, "relative of the writer"), ref.text, True, True, "kin", 0.6, span)
        self.kin[head] = res
        return res
