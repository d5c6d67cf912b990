"""YAML at C speed with ruamel's meaning: libyaml (PyYAML's C parser) reads the events,
ruamel's own YAML 1.2 resolver and safe constructor turn them into values.

ruamel's pure-Python scanner is most of what reading the seeds costs; this path keeps
everything that decides what a document *means* (which plain scalars are ints, bools,
dates or nulls, duplicate keys refused) in ruamel and takes only the tokenising from
libyaml. Whenever anything is not plainly the same — no libyaml, a parse or construct
error, an explicit tag, a directive, an anchor or alias (which the two read differently;
no curated file has one), more than one document, tabs or line breaks YAML 1.1 and 1.2
read differently — :func:`load` returns
:data:`UNSURE` and the caller parses with ruamel alone, which gives the verdict and the
error message exactly as before. tests/build/test_yamlfast.py compares the two paths.
"""
from __future__ import annotations

import re
from typing import Any

UNSURE = object()
"""Returned when the fast path cannot vouch for giving what ruamel gives."""

DOUBTFUL = ("\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff")
"""Characters libyaml (YAML 1.1) and ruamel (YAML 1.2) may read differently (tabs, line breaks)."""


BLOCK_COMMENT = re.compile(r"[|>][-+0-9]*#")
"""A block scalar header with a comment stuck to it: libyaml takes it, ruamel does not."""


class _Unsure(Exception):
    pass


def load(text: str, yaml: Any) -> Any:
    """The value ruamel's safe loader ``yaml`` (a ``ruamel.yaml.YAML(typ="safe")``) gives
    for ``text``, or UNSURE."""
    if any(c in text for c in DOUBTFUL) or text.lstrip().startswith("%") or "\n%" in text or BLOCK_COMMENT.search(text):
        return UNSURE
    try:
        import yaml as pyyaml
        from yaml import CSafeLoader  # noqa: F401  (present only with libyaml)
    except ImportError:
        return UNSURE
    try:
        node = _compose(pyyaml, text, yaml.resolver)
        if node is None:
            return UNSURE
        return yaml.constructor.construct_document(node)
    except Exception:  # noqa: BLE001  any doubt: ruamel decides, with its own message
        return UNSURE


def _compose(pyyaml: Any, text: str, resolver: Any) -> Any:
    """The ruamel node graph of the one document in ``text``, from libyaml's events."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    from ruamel.yaml.tag import Tag

    implicit_tags = resolver.versioned_resolver  # what resolver.resolve looks up for every scalar
    assert not resolver.yaml_path_resolvers

    def resolve(value: str, implicit: tuple[bool, bool]) -> Any:  # resolver.resolve(ScalarNode, ...)
        if implicit[0]:
            for tag, regexp in implicit_tags.get(value[:1], []) + implicit_tags.get(None, []):
                if regexp.match(value):
                    return Tag(suffix=tag)
        return resolver.DEFAULT_SCALAR_TAG

    stack: list[Any] = []  # open collections
    root, documents = None, 0
    E = pyyaml.events
    for ev in pyyaml.parse(text, Loader=pyyaml.CSafeLoader):
        kind = type(ev)
        if kind is E.ScalarEvent:
            if ev.tag is not None or ev.anchor is not None:
                raise _Unsure
            if ev.style in ("|", ">") and (not stack or not ev.value):  # the two differ on indentation there
                raise _Unsure
            node = ScalarNode(resolve(ev.value, ev.implicit), ev.value, style=ev.style or None)
        elif kind is E.SequenceStartEvent or kind is E.MappingStartEvent:
            if ev.tag is not None or ev.anchor is not None:
                raise _Unsure
            cls = SequenceNode if kind is E.SequenceStartEvent else MappingNode
            stack.append(cls(resolver.resolve(cls, None, ev.implicit), [], flow_style=ev.flow_style))
            continue
        elif kind is E.SequenceEndEvent or kind is E.MappingEndEvent:
            node = stack.pop()
            if isinstance(node, MappingNode):
                node.value = list(zip(node.value[::2], node.value[1::2]))
        elif kind is E.AliasEvent:
            raise _Unsure
        elif kind is E.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unsure
            continue
        else:  # stream start and end, document end
            continue
        if stack:
            stack[-1].value.append(node)
        else:
            root = node
    return root
