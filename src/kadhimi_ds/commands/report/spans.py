"""Spans as marks over the original text: a pure function from (text, spans) to HTML.

Spans are half-open ``[start, end)`` code-point offsets. Nested and adjacent spans each
become one element around exactly their text. Two spans that overlap without nesting
cannot both be one element: the span given *later* in the list is cut at the other's
boundary into pieces that share its ``data-row``; the first piece carries its ``id``.
So list spans by priority (those that must stay whole first). Empty spans are skipped.
Text is escaped; a carriage return is kept as ``&#13;`` (NUL and other control characters
cannot survive an HTML parser and are not expected in articles).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    """CSS class of the element."""
    row_id: str = ""
    """Row id: the element's ``id`` (first piece) and ``data-row``; empty for no row."""
    tip: str = ""
    """What hovering or focusing shows (the ``title``)."""
    tag: str = "mark"


@dataclass
class _Node:
    start: int
    end: int
    span: Span | None
    children: list[_Node] = field(default_factory=list)


def _insert(parent: _Node, start: int, end: int, span: Span) -> None:
    """Put the piece ``[start, end)`` of ``span`` under ``parent``, cutting it where it
    crosses an element already there."""
    for child in parent.children:
        if child.start <= start and end <= child.end:
            _insert(child, start, end, span)
            return
        crossing = child.start < start < child.end < end or start < child.start < end < child.end
        if crossing:
            cut = child.end if child.start < start else child.start
            _insert(parent, start, cut, span)
            _insert(parent, cut, end, span)
            return
    node = _Node(start, end, span)
    node.children = [c for c in parent.children if start <= c.start and c.end <= end]
    others = [c for c in parent.children if not (start <= c.start and c.end <= end)]
    parent.children = sorted(others + [node], key=lambda n: n.start)


def _open(node: _Node) -> str:
    s = node.span
    attrs = [f'class="{escape(s.kind)}"']
    if s.row_id:
        if node.start == s.start:
            attrs += [f'id="{escape(s.row_id)}"', 'tabindex="0"']
        attrs.append(f'data-row="{escape(s.row_id)}"')
    if s.tip:
        attrs.append(f'title="{escape(s.tip)}"')
    return f"<{s.tag} {' '.join(attrs)}>"


def _text(s: str) -> str:
    """Escaped text; a carriage return as a reference, since HTML parsers turn a literal one into a line feed."""
    return escape(s, quote=False).replace("\r", "&#13;")


def _render(text: str, node: _Node, out: list[str]) -> None:
    pos = node.start
    for child in node.children:
        out.append(_text(text[pos:child.start]))
        out.append(_open(child))
        _render(text, child, out)
        out.append(f"</{child.span.tag}>")
        pos = child.end
    out.append(_text(text[pos:node.end]))


def render_spans(text: str, spans: list[Span]) -> str:
    """HTML of ``text`` with every span marked; its text content is ``text`` unchanged."""
    root = _Node(0, len(text), None)
    for span in spans:
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError(f"span [{span.start}, {span.end}) outside a text of {len(text)} characters")
        if span.start < span.end:
            _insert(root, span.start, span.end, span)
    out: list[str] = []
    _render(text, root, out)
    return "".join(out)
