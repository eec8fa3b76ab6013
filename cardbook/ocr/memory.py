"""Giving memory back to the system after reading a card.

Reading a card allocates and frees large buffers in native code (onnxruntime's inference, Tesseract's page,
OpenCV's images). glibc keeps freed memory in its heaps for reuse, one heap per thread, so a window that has
read a batch held about 140 MB more than it used (measured: RapidOCR alone +202 MB after six cards, +66 MB
with `malloc_trim` after each). The call itself costs well under a millisecond, but the pages it returns are
faulted back by the next card: two reading threads trimming after every card paid 4 s of system time on 40
cards, without a lower peak. So a batch trims only when the process has grown past a bound (``above``;
``batch.TRIM_ABOVE``), and once at its end.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import sys
from collections.abc import Callable


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
