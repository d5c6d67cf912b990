"""Run the extractor over many articles: files or JSON Lines in, JSON Lines out.

``extract_record`` is the per-article function: a plain dict in, a plain dict out, so
the same function runs under ``--jobs N`` here or under a distributed engine (Dask,
Spark) for a corpus larger than one machine.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import KdsError
from ..files import read_input

MAX_CORPUS_BYTES = 1 << 30
"""Largest JSON Lines file read by ``kds extract --jsonl``."""
MAX_RECORD_CHARS = 5_000_000
"""Longest article text extracted (as MAX_SEED_BYTES for a file)."""

_ACTORS: list[dict[str, Any]] = []
_EVENTS: list[list[dict[str, Any]] | None] = [None]  # the event registry of a worker, None without one


def draft_dict(draft) -> dict[str, Any]:
    """A draft as JSON-ready data (the article text itself left out). Its items are flat
    dataclasses, so each is copied one level deep (``dataclasses.asdict`` recurses into
    every value and took a third of the extraction time)."""
    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value):
            return dict(vars(value))
        return [plain(v) for v in value] if isinstance(value, list) else value

    data = {f.name: plain(getattr(draft, f.name)) for f in dataclasses.fields(draft) if f.name != "text"}
    return json.loads(json.dumps(data, default=str))


def extract_record(record: dict[str, Any], actors: list[dict[str, Any]] | None = None,
                   events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Extract one article given as {"id", "text", "published" (YYYY-MM-DD, optional)}, with the actor and
    event registries given, or without ``actors`` the worker's two (set by :func:`extract_many`). Returns
    {"id", "draft"} or {"id", "error"}; never raises for bad input."""
    from ..extract import check_language, extract

    rid = record.get("id")
    try:
        text = record.get("text")
        if not isinstance(text, str):
            raise KdsError("record has no text")
        if len(text) > MAX_RECORD_CHARS:
            raise KdsError(f"text longer than {MAX_RECORD_CHARS} characters, the limit; refused")
        published = record.get("published")
        published = dt.date.fromisoformat(published) if published else None
        check_language(text)
        if actors is None:  # the worker's registries; given ones never mix with a worker's left-over state
            actors, events = _ACTORS, _EVENTS[0]
        draft = extract(text, published, actors, events)
        return {"id": rid, "draft": draft_dict(draft)}
    except (KdsError, ValueError, TypeError) as exc:
        return {"id": rid, "error": str(exc)}


def read_records(paths: Iterable[Path], jsonl: bool) -> Iterator[dict[str, Any]]:
    """Articles as records: each file is one article, or with ``jsonl`` each line is one.
    The path ``-`` reads standard input."""
    from ..build.seeds import MAX_SEED_BYTES
    from ..extract import decode_text

    for path in paths:
        raw = read_input(str(path), MAX_CORPUS_BYTES if jsonl else MAX_SEED_BYTES)
        if not jsonl:
            try:
                yield {"id": str(path), "text": decode_text(raw, str(path))}
            except KdsError as exc:
                yield {"id": str(path), "error": str(exc)}
            continue
        for n, line in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"id": f"{path}:{n}", "error": f"{path} line {n}: not JSON ({exc.msg})"}
                continue
            yield record if isinstance(record, dict) else {"id": f"{path}:{n}", "error": f"{path} line {n}: not an object"}


def _init_worker(actors: list[dict[str, Any]], events: list[dict[str, Any]] | None = None) -> None:
    _ACTORS[:] = actors
    _EVENTS[0] = events


def _run(record: dict[str, Any]) -> dict[str, Any]:
    return record if "error" in record else extract_record(record)


def extract_many(records: Iterable[dict[str, Any]], actors: list[dict[str, Any]], jobs: int = 1,
                 events: list[dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """Extract every record, in order, on ``jobs`` processes, with the actor and (optional) event registries."""
    if jobs <= 1:
        _init_worker(actors, events)
        yield from map(_run, records)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(actors, events)) as pool:
        yield from pool.map(_run, records, chunksize=16)
