"""Checks that work grows with its input as it should (no quadratic blow-up), robust on a loaded machine.

Not a speed target (those are benchmark scripts, docs/MEASURING.md): the same work is timed at size n and at size
FACTOR × n in the same run, and the ratio of the two is checked. The time is this process's CPU time
(`time.process_time`), so other programs on a shared 2-core machine do not count, and each size keeps the best of
RUNS runs, each started after a garbage collection and timed with the collector off: its passes scan every live
object of the process, and the larger input keeps more of them alive, so they grow faster than the work itself
(a duplicate search's 4× ratio measured 7.8 with the collector on, 6.2 off, in one run). Even CPU time stretches
when the cores are shared (caches, clock): at a load average of 10 on 2 cores, twelve runs of the same 0.15 s of
work spread up to 1.6× the fastest. Linear work gives a ratio near FACTOR; quadratic work gives FACTOR² (16).
Work whose cost per item grows until some cap is reached (blocks filling up) is better checked on a count of the
work itself (tests/storage/test_merge.py does).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

FACTOR = 4
LINEAR_AT_MOST = 8.0  # twice the linear ratio: room for noise and for n log n; far below the quadratic 16
RUNS = 3


def cpu_seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        gc.collect()
        gc.disable()  # the collector's passes scan every live object, the test process's own included
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def growth_ratio(work_of_size: Callable[[int], Callable[[], object]], n: int) -> float:
    """CPU time at FACTOR × n over CPU time at n; `work_of_size(size)` prepares the input and returns the work."""
    small = cpu_seconds(work_of_size(n))
    large = cpu_seconds(work_of_size(FACTOR * n))
    return large / max(small, 1e-3)


def assert_linear(work_of_size: Callable[[int], Callable[[], object]], n: int) -> None:
    ratio = growth_ratio(work_of_size, n)
    assert ratio < LINEAR_AT_MOST, f"{FACTOR}× the input took {ratio:.1f}× the time (linear: about {FACTOR}×)"
