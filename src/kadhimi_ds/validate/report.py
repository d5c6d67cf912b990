"""Failures and the report that collects them, capped per rule."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Failure:
    """One broken rule: where (table, row id, column) and what (rule, value)."""

    layer: str
    table: str
    row: str | None
    column: str | None
    rule: str
    value: str | None
    message: str = ""


MAX_PER_RULE = 1000
"""Row-level failures kept per (layer, table, column, rule); the rest are counted."""


@dataclass
class Report:
    failures: list[Failure] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    counts: dict[tuple, int] = field(default_factory=dict)
    layers: list[str] = field(default_factory=list)
    not_checked: dict[str, str] = field(default_factory=dict)
    """Layers that did not run, with the reason."""

    @property
    def valid(self) -> bool:
        return not self.failures

    @property
    def n_failures(self) -> int:
        return sum(self.counts.values())

    def add(self, layer: str, table: str, row: Any, column: str | None, rule: str, value: Any, message: str = "") -> None:
        key = (layer, table, column, rule)
        self.counts[key] = self.counts.get(key, 0) + 1
        if self.counts[key] <= MAX_PER_RULE:
            self.failures.append(Failure(layer, table, None if row is None else str(row), column, rule,
                                         None if value is None else _short(str(value)), message))

    def merge(self, other: Report) -> None:
        """Take in the failures, counts and layers of another report, keeping MAX_PER_RULE per kind."""
        self.layers += [layer for layer in other.layers if layer not in self.layers]
        listed: dict[tuple, int] = {}
        for f in other.failures:
            key = (f.layer, f.table, f.column, f.rule)
            if self.counts.get(key, 0) + listed.get(key, 0) < MAX_PER_RULE:
                self.failures.append(f)
            listed[key] = listed.get(key, 0) + 1
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n

    def suppressed(self) -> list[dict[str, Any]]:
        """Failures beyond MAX_PER_RULE of one kind, counted but not listed."""
        return [{"layer": k[0], "table": k[1], "column": k[2], "rule": k[3], "not_listed": n - MAX_PER_RULE}
                for k, n in self.counts.items() if n > MAX_PER_RULE]

    def to_json(self) -> str:
        return json.dumps({"valid": self.valid, "tables": self.tables, "n_failures": self.n_failures,
                           "layers": self.layers, "not_checked": self.not_checked,
                           "failures": [asdict(f) for f in self.failures], "not_listed": self.suppressed()},
                          indent=2, ensure_ascii=False)

    def to_text(self) -> str:
        skipped = "".join(f"; NOT checked: {layer} ({why})" for layer, why in self.not_checked.items())
        if self.valid:
            rows = sum(self.tables.values())
            return (f"valid: {len(self.tables)} tables, {rows} rows, {len(self.layers)} layers checked "
                    f"({', '.join(self.layers)}){skipped}")
        head = ("layer", "table", "row", "column", "rule", "value")
        body = [tuple(str(getattr(f, h) or "") for h in head) for f in self.failures]
        widths = [min(40, max(len(r[i]) for r in [head, *body])) for i in range(len(head))]
        line = lambda r: "  ".join(_short(c, w).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
        more = [f"... and {s['not_listed']} more {s['rule']} failures in {s['table']}.{s['column']}"
                for s in self.suppressed()]
        return "\n".join([line(head), *map(line, body), *more, f"invalid: {self.n_failures} failures{skipped}"])


def _short(text: str, width: int = 120) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 1] + "…"
