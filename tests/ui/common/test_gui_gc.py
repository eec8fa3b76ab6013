"""Cycles are collected on the GUI thread while the window runs, never on a worker (cardbook/ui/common/gui_gc.py),
and a task's bridge back to the GUI thread is Qt's to delete (cardbook/ui/common/runner.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication

from cardbook.ui.common import runner
from cardbook.ui.common.gui_gc import GuiThreadCollector, collect_on_gui_thread


class _Cyclic:
    """Half of a cycle that records the thread it was collected on."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.other: object = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _make_garbage_on_a_worker(seen: list[str]) -> None:
    def work() -> None:
        # Each cycle is unreachable at once, but only a collection frees it; uncollected, they count towards the
        # thresholds, and 3000 of them are far past the first generation's (700 by default).
        for _ in range(3000):
            _Cyclic(seen)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_a_cycle_dropped_on_a_worker_is_collected_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    with collect_on_gui_thread():  # as the window runs (the window tests' fixture has one too: either may collect)
        _make_garbage_on_a_worker(seen)
        assert seen == []  # the worker crossed the threshold several times and collected nothing
        qtbot.waitUntil(lambda: len(seen) == 3000, timeout=5_000)
    assert set(seen) == {threading.main_thread().name}


def test_without_it_the_worker_collects() -> None:
    """The hazard it removes: with automatic collection on, the worker that allocates collects the cycle."""
    was = gc.isenabled()
    gc.enable()
    try:
        seen: list[str] = []
        _make_garbage_on_a_worker(seen)
        assert "worker" in seen
    finally:
        if not was:
            gc.disable()


def test_automatic_collection_comes_back_as_it_was(qtbot) -> None:  # type: ignore[no-untyped-def]
    was = gc.isenabled()
    with collect_on_gui_thread():
        assert not gc.isenabled()
    assert gc.isenabled() == was


def test_it_collects_only_past_the_threshold() -> None:
    collector = GuiThreadCollector()
    first = collector.thresholds[0]
    gc.collect()  # all counts near zero
    collector.check()
    assert collector.collections == 0  # below the first threshold: nothing
    junk = [[[] for _ in range(first + 10)]]  # the young generation past its threshold
    collector.check()
    assert collector.collections == 1
    del junk


def test_a_tasks_bridge_belongs_to_the_application(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Owned by Qt, the bridge is never deleted by its last Python reference going on the worker thread."""
    arrived: list[int] = []
    bridges_before = len(runner._pending)
    runner.shared_runner().run(None, lambda: 7, lambda result, _error: arrived.append(result))
    (bridge,) = runner._pending - set()
    assert bridge.parent() is QCoreApplication.instance()
    qtbot.waitUntil(lambda: arrived == [7], timeout=5_000)
    assert len(runner._pending) == bridges_before == 0
