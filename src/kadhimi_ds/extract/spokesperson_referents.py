"""Unnamed spokespersons of a body ("a military spokesman", "the ministry spokesman", "its spokesman"):
the body speaks (Q8.3), or its spokesperson the article named before (G2); split from :mod:`.role_referents`."""
from __future__ import annotations

import re

from .referring import ROLE_CANON, ROLE_SYNONYMS, Ref, Resolved

SPOKESPERSON_OF_BODY = re.compile(r"(?P<body>(?:\S+\s+){0,3}?(?i:ministry|military|army|council|government|presidency))"
                                  r"\s+(?i:spokesman|spokeswoman|spokesperson)\Z")
"""A spokesperson phrase whose words before the role name a body ("a military spokesman", "the Iranian
foreign ministry spokesman")."""


class SpokespersonReferents:
    """The spokesperson part of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the state of
    :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _spokesperson_body(self, ref: Ref) -> Resolved | None:
        """"A military spokesman", "the Iranian foreign ministry spokesman": the body that the words before
        the role name speaks through its unnamed spokesperson (Q8.3), never a registered person for the
        registry's description (G1); a definite one goes back to that body's spokesperson the article
        named before (G2)."""
        m = SPOKESPERSON_OF_BODY.match(ref.text)
        if m is None:
            return None
        body_text = m.group("body").strip()
        body_head = body_text.split()[-1].lower()
        body_ref = Ref(ref.start, ref.start + len(body_text), body_text, "role", head=ROLE_CANON.get(body_head, body_head))
        body = self._resolve_role(body_ref)
        self.descriptive.pop((body_ref.start, body_ref.end), None)  # the words before the role are no mention of their own
        if body is None or body.person or body.actor is None:
            return None
        return self.spokesperson_of(body.actor, ref, "orgrole")

    def spokesperson_of(self, body: str, ref: Ref, method: str) -> Resolved:
        """The unnamed spokesperson ``ref`` of ``body`` ("the ministry spokesman", "its spokesman"): the
        body (Q8.3, M15), never a registered person for the registry's description (G1); a definite one
        goes back to that body's spokesperson the article named before (G2)."""
        span = (ref.start, ref.end)
        if not re.match(r"(?i)an?\s", ref.text):
            for aid in self._recent_referents(ref.start):
                info = self.gaz.info.get(aid)
                if info is not None and info.person and info.parent == body \
                        and any(info.says(w) for w in ROLE_SYNONYMS["spokesman"]):
                    return Resolved(info.id, None, ref.text, True, True, "role", 0.6, span)
        return Resolved(body, None, ref.text, True, False, method, 0.6, span)
