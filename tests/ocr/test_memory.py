"""Memory read cards freed goes back to the system (glibc keeps it in its heaps otherwise)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from cardbook.ocr.memory import release_free_memory, resident_bytes


def _resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heaps")
def test_freed_small_blocks_are_returned() -> None:
    # Many small blocks (below glibc's mmap threshold) freed in an order that leaves the heap fragmented:
    # without a trim their pages stay resident.
    release_free_memory()  # free memory other tests left in this process's heap would be reused instead
    before = _resident_mb()
    blocks = [np.ones(16_000, dtype=np.uint8) for _ in range(12_000)]  # ~190 MB of 16 kB blocks
    grown = _resident_mb()
    del blocks[:-1]  # the last block keeps the top of the heap in use: plain free() cannot shrink it
    kept = _resident_mb()
    release_free_memory()
    trimmed = _resident_mb()
    assert grown - before > 150
    assert kept - trimmed > 100, (before, grown, kept, trimmed)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heaps")
def test_trims_only_above_the_bound() -> None:
    release_free_memory()
    blocks = [np.ones(16_000, dtype=np.uint8) for _ in range(12_000)]  # ~190 MB of 16 kB blocks
    del blocks[:-1]
    resident = resident_bytes()
    assert resident is not None and abs(resident / 2**20 - _resident_mb()) < 20
    kept = _resident_mb()
    assert not release_free_memory(above=resident + 2**30)  # below the bound: the heaps keep their pages
    assert _resident_mb() > kept - 20
    assert release_free_memory(above=resident // 2)
    assert kept - _resident_mb() > 100
