"""Statements and editorials ("the statement said", "its statement", "his editorial"): the owner a
possessive points to, else the last statement's author or the body that spoke just before; split from
:mod:`.role_referents`."""
from __future__ import annotations

from .referring import Ref, Resolved

DOCUMENT_WORDS = frozenset(("statement", "letter", "note", "document", "memo"))
"""Written words the article gives to the one who issued them ("the statement said", "the letter said", "the
note read"): their author speaks (Q8 rules 1-2, Q9 note on "the statement read"). ("ruling" is left out:
"the ruling party" is no document.)"""
OWNED_WORDS = DOCUMENT_WORDS | {"editorial", "commentary"}
"""Words whose owner speaks them ("its statement said", "his editorial argued", "its front-page commentary called")."""
_OWNER_PRONOUNS = {"its": "it", "his": "he", "her": "she", "their": "they"}


class StatementReferents:
    """The statement part of :class:`kadhimi_ds.extract.referents.Referents` (a mixin over the state of
    :class:`kadhimi_ds.extract.references.ArticleReferences`)."""

    def _resolve_statement(self, ref: Ref) -> Resolved | None:
        """"The statement said", "the letter said", "its statement", "his editorial" (a role whose head is one
        of ``OWNED_WORDS``): the owner the possessive points to; else for a statement or another document the
        author of the last one the article named, or a body that spoke in this paragraph or the one before; an
        editorial has no other owner."""
        head = ref.head
        span = (ref.start, ref.end)
        if (owner := self._pronoun_owner(ref)) is not None:
            return owner
        if head in ("editorial", "commentary"):
            return None
        if self.last_statement and self.last_statement.known:
            r = self.last_statement
            return Resolved(r.actor, r.new, ref.text, False, r.person, "statement", 0.6, span)
        para = self.sentences[self.sentence_of(ref.start)].para
        # "…, his office said. “…,” the statement said": the office's, also when it spoke in the paragraph before
        for r in reversed(self.speakers[-4:]):
            if r.known and r.person is False and r.method not in ("generic", "pronoun", "statement") and r.span \
                    and para - 1 <= self.sentences[self.sentence_of(r.span[0])].para <= para:
                return Resolved(r.actor, r.new, ref.text, False, r.person, "statement", 0.55, span)
        return None

    def _pronoun_owner(self, ref: Ref) -> Resolved | None:
        """"Its statement said", "His editorial argued": the owner the possessive pronoun points to
        speaks (G2), as a pronoun would."""
        det = ref.text.split()[0].lower()
        if det not in _OWNER_PRONOUNS:
            return None
        pronoun = Ref(ref.start, ref.start + len(det), _OWNER_PRONOUNS[det], "pronoun")
        res = self._resolve_pronoun(self.sentence_of(ref.start), pronoun)
        if res is None or not res.known:
            return None
        return Resolved(res.actor, res.new, ref.text, res.explicit, res.person, "pronoun", res.confidence, (ref.start, ref.end))
