"""Giving memory back to the system after reading a card.

Reading a card allocates and frees large buffers in native code (onnxruntime's inference, Tesseract's page,
OpenCV's images). glibc keeps freed memory in its heaps for reuse, one heap per thread, so a window that has
read a batch held about 140 MB more than it used (measured: RapidOCR alone +202 MB after six cards, +66 MB
with `malloc_trim` after each). The call itself costs well under a millisecond, but the pages it returns are
faulted back by the next card: two reading threads trimming after every card paid 4 s of system time on 40
cards, without a lower peak. So a batch trims only when the process has grown past a bound (``above``;
``batch.TRIM_ABOVE``), and once at its end.

Freed memory is only half of it: two threads' largest native runs at the same moment set the peak, and
``MemoryBudget`` keeps them from coinciding (``rapid_engine``: docs/MEASURING.md, "Memory of a scan").
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import sys
import threading
from collections.abc import Callable, Iterator


@functools.cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None  # other C libraries return freed memory on their own, or have no such call
    name = ctypes.util.find_library("c")
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError, TypeError):  # musl and others have no malloc_trim
        return None
    return trim


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes() -> int | None:
    """This process's resident memory now (Linux: ``/proc/self/statm``, one small read); None elsewhere."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return None


def release_free_memory(above: int = 0) -> bool:
    """Return the heaps' free memory to the system (glibc); nothing elsewhere. ``above``: only when this
    process's resident memory is above that many bytes. Returns whether it trimmed."""
    trim = _trim()
    if trim is None:
        return False
    if above:
        resident = resident_bytes()
        if resident is not None and resident <= above:
            return False
    trim(0)
    return True


class MemoryBudget:
    """Working memory that concurrent native runs may claim together, in bytes (estimated by the caller).

    Two reading threads each running a large onnxruntime pass at once (a phone photo's detection at 2048 px
    alone needs 530 MB beside its input) set a batch's peak; whether they coincide is chance, so the same
    batch peaked 875-946 MB between runs. A run ``claim``s its estimate first and waits while the runs in
    progress and it would together exceed ``limit``; a run alone is always let through (one larger than the
    limit runs, just never beside another). Only the order in time changes: every run computes what it
    computed before."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._in_use = 0
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def claim(self, estimate: int) -> Iterator[None]:
        with self._changed:
            while self._in_use and self._in_use + estimate > self.limit:
                self._changed.wait()
            self._in_use += estimate
        try:
            yield
        finally:
            with self._changed:
                self._in_use -= estimate
                self._changed.notify_all()

    @property
    def in_use(self) -> int:
        return self._in_use
