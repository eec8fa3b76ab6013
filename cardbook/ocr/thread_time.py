"""Where a reading thread's wall-clock time went: computing, waiting for a core, or blocked.

On a machine shared with other jobs, a batch's wall-clock time counts the time its threads waited for a free
core, which says how busy the machine was, not how well two reading threads share the work. Linux keeps per
thread (``/proc/thread-self/schedstat``) the CPU time it ran and the time it waited, runnable, for a core. The
rest of its wall-clock time it was blocked: in a reading thread, waiting for the GIL (the other thread runs
Python) — files are in the page cache — or for a table another thread is loading (``load_once``).

``unloaded_seconds``: the batch's time without the waits for a core — per thread, CPU plus blocked time;
for the batch, the busiest thread's. An estimate, and a pessimistic one: a thread waiting for the GIL waits
longer when the holder itself waits for a core, and two threads on a busy machine run slower (shared caches).
Used by ``benchmark`` beside the wall clock (docs/MEASURING.md, "benchmark").
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _schedstat() -> tuple[float, float] | None:
    """This thread's (CPU seconds, seconds waited for a core) so far; None where Linux does not say."""
    try:
        fields = _SCHEDSTAT.read_text().split()
        return int(fields[0]) / 1e9, int(fields[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class ThreadTime:
    wall: float = 0.0
    cpu: float = 0.0
    waiting_for_core: float = 0.0

    @property
    def blocked(self) -> float:
        return max(0.0, self.wall - self.cpu - self.waiting_for_core)


class ThreadTimes:
    """Per thread, the sum over the calls wrapped by ``wrap`` (see the module's docstring)."""

    def __init__(self) -> None:
        self.threads: dict[int, ThreadTime] = {}
        self.available = _schedstat() is not None
        self._lock = threading.Lock()

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            before, started = _schedstat(), time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                after, wall = _schedstat(), time.perf_counter() - started
                with self._lock:
                    entry = self.threads.setdefault(threading.get_ident(), ThreadTime())
                    entry.wall += wall
                    if before is not None and after is not None:
                        entry.cpu += after[0] - before[0]
                        entry.waiting_for_core += after[1] - before[1]

        return timed

    def unloaded_seconds(self) -> float:
        """The busiest thread's CPU plus blocked seconds: the batch's time had no other job wanted a core."""
        return max((entry.cpu + entry.blocked for entry in self.threads.values()), default=0.0)

    def cpu_seconds(self) -> float:
        """The CPU seconds of all the threads together."""
        return sum(entry.cpu for entry in self.threads.values())

    def waiting_share(self) -> float:
        """The share of the threads' wall-clock time spent waiting for a core."""
        wall = sum(entry.wall for entry in self.threads.values())
        return sum(entry.waiting_for_core for entry in self.threads.values()) / wall if wall else 0.0

    def blocked_share(self) -> float:
        """The share of the threads' wall-clock time spent blocked (the GIL, a table another thread loads)."""
        wall = sum(entry.wall for entry in self.threads.values())
        return sum(entry.blocked for entry in self.threads.values()) / wall if wall else 0.0


@contextmanager
def timing_calls(owner: Any, attribute: str) -> Iterator[ThreadTimes]:
    """``owner.attribute`` (a function looked up at call time, such as ``batch.read_image``) timed per thread
    for the block."""
    times = ThreadTimes()
    original = getattr(owner, attribute)
    setattr(owner, attribute, times.wrap(original))
    try:
        yield times
    finally:
        setattr(owner, attribute, original)
