"""``thread_time``: a reading thread's time split into CPU, waits for a core and blocked time."""

from __future__ import annotations

import threading
import types

import pytest

from cardbook.ocr.thread_time import ThreadTimes, timing_calls

pytestmark = pytest.mark.skipif(ThreadTimes().available is False, reason="no /proc/thread-self/schedstat")


def test_time_blocked_on_another_thread_is_not_counted_as_work() -> None:
    gate = threading.Event()
    owner = types.SimpleNamespace(work=lambda: gate.wait(timeout=0.3))
    with timing_calls(owner, "work") as times:
        owner.work()  # the gate never opens: 0.3 s blocked, no CPU to speak of
    (entry,) = times.threads.values()
    assert entry.wall >= 0.3
    assert entry.blocked >= 0.25  # waited, not runnable: neither CPU nor a wait for a core
    assert times.unloaded_seconds() >= entry.blocked
    assert times.blocked_share() > 0.5


def test_each_thread_is_summed_apart_and_the_busiest_one_counts() -> None:
    together = threading.Barrier(2, timeout=30)  # both alive at once: a finished thread's id is reused

    def work(n: int) -> int:
        if n > 3:
            together.wait()
        return sum(i * i for i in range(n))

    owner = types.SimpleNamespace(work=work)
    with timing_calls(owner, "work") as times:
        workers = [threading.Thread(target=owner.work, args=(n,)) for n in (10, 200_000)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    assert len(times.threads) == 2
    busiest = max(times.threads.values(), key=lambda entry: entry.cpu)
    assert busiest.cpu > 0
    assert times.unloaded_seconds() == max(entry.cpu + entry.blocked for entry in times.threads.values())
    assert times.cpu_seconds() == sum(entry.cpu for entry in times.threads.values())
    assert owner.work(3) == 5  # the function is given back after the block
