"""Alias matching shared by the build's mention stage and the extractor's gazetteer: aliases
match case-sensitively as whole words (no letter, digit or underscore on either side), the
longest alias first, through one regex shaped as a character trie."""
from __future__ import annotations

import re
from typing import Any, Iterable

APOSTROPHES = "'’‘`ʼ"
_APOSTROPHE_CLASS = "[" + APOSTROPHES + "]"
_FOLD = {ord(c): "'" for c in APOSTROPHES}


def fold_apostrophes(s: str) -> str:
    """The string with every apostrophe form (’ ‘ ` ʼ) written as '."""
    return s.translate(_FOLD)


def trie_regex(words: Iterable[str], any_apostrophe: bool = False) -> str:
    """A regex matching exactly the given words, factored as a character trie (much faster to scan
    than a flat alternation). Optional tails are greedy, so with a boundary check after it the
    longest word that fits wins, as in an alternation sorted longest first. With
    ``any_apostrophe`` an apostrophe in a word matches any apostrophe form."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in fold_apostrophes(w) if any_apostrophe else w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        branches = [(_APOSTROPHE_CLASS if any_apostrophe and ch == "'" else re.escape(ch)) + build(sub)
                    for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + inner + ")?" if "" in node else inner

    return build(trie)


def alias_pattern(aliases: Iterable[str], any_apostrophe: bool = False) -> re.Pattern[str] | None:
    """One regex finding the aliases as whole words, longest first at each position (None for none)."""
    aliases = list(aliases)
    if not aliases:
        return None
    return re.compile(r"(?<!\w)" + trie_regex(aliases, any_apostrophe) + r"(?!\w)")
