"""``python -m cardbook.ocr.benchmark --command DIR...``: what a user times, the whole command
``cardbook scan --json --jobs N DIR...`` (interpreter start, imports, loads, reading, writing, exit), in a fresh
process each run, jobs=1 and jobs=2 alternated in ``--batch-repeats`` pairs; prints each run's wall clock, CPU
(user + system) and peak resident memory, and the median speed-up (target ≥ 1.7) with the pairs' CPU ratio
jobs=2 / jobs=1 (the work two threads add: shared caches, page faults). The peak with jobs=2 has its own
target (≤ 1 GB). ``--against TREE``: another version's source tree (``git archive main | tar -x -C TREE``) timed
in the same run, both trees' jobs=1 and jobs=2 alternated round by round (``rounds_against``): two versions
timed in separate runs compare the machine's load as much as the code.

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


def command_seconds(folders: list[str], jobs: int, lang: str, tree: str | None = None) -> CommandTiming:
    """One run of ``cardbook scan --json --jobs JOBS FOLDERS...`` in a fresh process, from its start to its
    exit, with a throwaway library and home folder (a scan without ``--import`` writes nothing; this makes
    sure). The peak from ``wait4``: this process has loaded no model, so what Linux carries over ``exec``
    (``peak_memory_mb``) is below the command's own peak. ``tree``: the source tree whose ``cardbook`` runs
    (another version's checkout; by default this one's)."""
    with tempfile.TemporaryDirectory(prefix="cardbook-bench-") as home:
        env = dict(os.environ, HOME=home, CARDBOOK_LIBRARY=str(Path(home) / "library"))
        if tree is not None:
            env["PYTHONPATH"] = str(Path(tree).resolve())
        command = [sys.executable, "-m", "cardbook", "scan", "--json", "--jobs", str(jobs), "--lang", lang, *folders]
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)  # its own resource use, as `wait` gives none
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} ended with status {process.returncode}")
    return CommandTiming(wall, usage.ru_utime + usage.ru_stime, usage.ru_stime, usage.ru_maxrss / 1024.0)


Run = tuple[str, int]  # (which tree: "this" or "against", jobs)


def rounds_against(repeats: int) -> list[list[Run]]:
    """The runs of each round when two trees are compared: both trees' jobs=1 and jobs=2, in an order that
    reverses every other round (this 1, against 1, against 2, this 2; then backwards), so that a load rising
    or falling during the run favours neither tree nor job count."""
    forward: list[Run] = [("this", 1), ("against", 1), ("against", 2), ("this", 2)]
    return [forward if number % 2 == 0 else forward[::-1] for number in range(repeats)]


def _timed(folders: list[str], jobs: int, lang: str, tree: str | None, label: str = "") -> CommandTiming:
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    timing = command_seconds(folders, jobs, lang, tree)
    print(
        f"  {label}jobs={jobs}: {timing.wall:.2f} s (CPU {timing.cpu:.2f} s, of it system {timing.system:.2f} s; "
        f"peak {timing.peak_mb:.0f} MB); load {load}",
        flush=True,
    )
    return timing


def _summary(pairs: list[tuple[CommandTiming, CommandTiming]]) -> str:
    speedup = median_speedup([(one.wall, two.wall) for one, two in pairs])
    cpu = statistics.median(two.cpu / one.cpu for one, two in pairs)
    return (
        f"median speed-up of {len(pairs)} pairs {speedup:.2f}× (target ≥ {TARGET_SPEEDUP}) "
        f"{'ok' if speedup >= TARGET_SPEEDUP else 'BELOW'}; pairs "
        + ", ".join(f"{one.wall / two.wall:.2f}" for one, two in pairs)
        + f"; CPU jobs=2 / jobs=1 median {cpu:.3f}; peaks with jobs=2 "
        + ", ".join(f"{two.peak_mb:.0f}" for _, two in pairs)
        + f" MB (target ≤ {TARGET_PEAK_MB:.0f})"
    )


def report_against(folders: list[str], lang: str, repeats: int, against: str) -> int:
    """This tree and ``against`` (another version's source tree) alternated in the same run: the only
    comparison of two versions that the machine's load does not decide."""
    print(f"cardbook scan --json on {' '.join(folders)}: this tree and {against}, alternated, a fresh process each:")
    runs: dict[Run, list[CommandTiming]] = {}
    for order in rounds_against(max(1, repeats)):
        for which, jobs in order:
            tree = against if which == "against" else None
            runs.setdefault((which, jobs), []).append(_timed(folders, jobs, lang, tree, f"{which:7} "))
    for which in ("this", "against"):
        print(f"{which}: " + _summary(list(zip(runs[(which, 1)], runs[(which, 2)], strict=True))))
    return 0


def report_command(folders: list[str], lang: str, repeats: int) -> int:
    print(f"cardbook scan --json on {' '.join(folders)}, jobs=1 and jobs=2 alternated, a fresh process each:")

    def measure(jobs: int) -> CommandTiming:
        return _timed(folders, jobs, lang, None)

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
