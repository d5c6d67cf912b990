"""Per-stage timings of a validation, for the benchmark (``KDS_TIMINGS=1``).

Stages run in two threads, so their seconds are thread-seconds: they can add up to more
than the wall time. Off (the default), :func:`stage` costs one dictionary look-up.
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager

TIMINGS: dict[str, float] = {}
_LOCK = threading.Lock()
ENABLED = os.environ.get("KDS_TIMINGS", "") not in ("", "0")


@contextmanager
def stage(name: str):
    """Add the seconds spent in the block to TIMINGS[name] (when enabled)."""
    if not ENABLED:
        yield
        return
    t0 = time.perf_counter()
    try:
        yield
    finally:
        with _LOCK:
            TIMINGS[name] = TIMINGS.get(name, 0.0) + time.perf_counter() - t0
