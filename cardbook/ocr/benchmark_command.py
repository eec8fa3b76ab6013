"""``python -m cardbook.ocr.benchmark --command DIR...``: what a user times, the whole command
``cardbook scan --json --jobs N DIR...`` (interpreter start, imports, loads, reading, writing, exit), in a fresh
process each run, jobs=1 and jobs=2 alternated in ``--batch-repeats`` pairs; prints each run's wall clock, CPU
(user + system) and peak resident memory, and the median speed-up (target ≥ 1.7) with the pairs' CPU ratio
jobs=2 / jobs=1 (the work two threads add: shared caches, page faults). The peak with jobs=2 has its own
target (≤ 1 GB).

A module of its own (split from ``benchmark``, which measures the pipeline inside its own process): it imports
nothing of the reader, only runs the command. ``alternated_pairs`` and ``median_speedup`` serve both.
docs/MEASURING.md: "jobs=2 as a user times it".
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

TARGET_SPEEDUP = 1.7
TARGET_PEAK_MB = 1024.0


T = TypeVar("T")


def alternated_pairs(measure: Callable[[int], T], repeats: int) -> list[tuple[T, T]]:
    """``repeats`` pairs (jobs=1 timing, jobs=2 timing), the order alternated (1 then 2, 2 then 1, ...):
    a machine whose load rises or falls during the run favours neither. ``measure(jobs)``: one batch's
    timing."""
    pairs: list[tuple[T, T]] = []
    for repeat in range(repeats):
        if repeat % 2 == 0:
            one = measure(1)
            two = measure(2)
        else:
            two = measure(2)
            one = measure(1)
        pairs.append((one, two))
    return pairs


def median_speedup(pairs: list[tuple[float, float]]) -> float:
    """The median of the pairs' speed-ups (jobs=1 seconds / jobs=2 seconds)."""
    return statistics.median(one / two for one, two in pairs)


@dataclass(frozen=True)
class CommandTiming:
    wall: float
    cpu: float  # user + system seconds of the command's process, all its threads
    system: float
    peak_mb: float


def command_seconds(folders: list[str], jobs: int, lang: str) -> CommandTiming:
    """One run of ``cardbook scan --json --jobs JOBS FOLDERS...`` in a fresh process, from its start to its
    exit, with a throwaway library and home folder (a scan without ``--import`` writes nothing; this makes
    sure). The peak from ``wait4``: this process has loaded no model, so what Linux carries over ``exec``
    (``peak_memory_mb``) is below the command's own peak."""
    with tempfile.TemporaryDirectory(prefix="cardbook-bench-") as home:
        env = dict(os.environ, HOME=home, CARDBOOK_LIBRARY=str(Path(home) / "library"))
        command = [sys.executable, "-m", "cardbook", "scan", "--json", "--jobs", str(jobs), "--lang", lang, *folders]
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)  # its own resource use, as `wait` gives none
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} ended with status {process.returncode}")
    return CommandTiming(wall, usage.ru_utime + usage.ru_stime, usage.ru_stime, usage.ru_maxrss / 1024.0)


def report_command(folders: list[str], lang: str, repeats: int) -> int:
    print(f"cardbook scan --json on {' '.join(folders)}, jobs=1 and jobs=2 alternated, a fresh process each:")

    def measure(jobs: int) -> CommandTiming:
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        timing = command_seconds(folders, jobs, lang)
        print(
            f"  jobs={jobs}: {timing.wall:.2f} s (CPU {timing.cpu:.2f} s, of it system {timing.system:.2f} s; "
            f"peak {timing.peak_mb:.0f} MB); load {load}",
            flush=True,
        )
        return timing

    pairs = alternated_pairs(measure, max(1, repeats))
    speedup = median_speedup([(one.wall, two.wall) for one, two in pairs])
    cpu = statistics.median(two.cpu / one.cpu for one, two in pairs)
    peak = max(two.peak_mb for _, two in pairs)
    print(
        f"median speed-up of {len(pairs)} pairs {speedup:.2f}× (target ≥ {TARGET_SPEEDUP}) "
        f"{'ok' if speedup >= TARGET_SPEEDUP else 'BELOW'}; pairs "
        + ", ".join(f"{one.wall / two.wall:.2f}" for one, two in pairs)
        + f"; CPU jobs=2 / jobs=1 median {cpu:.3f}; peak with jobs=2 {peak:.0f} MB (target ≤ {TARGET_PEAK_MB:.0f})"
    )
    return 0
