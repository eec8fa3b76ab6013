"""Python's cyclic garbage collection, run on the GUI thread only, while the window runs.

CPython collects cycles on whichever thread crosses the allocation threshold. In Cardbook that is most often a
worker — a background read building ORM rows, a reading thread parsing a card — and a cycle that holds a Qt
object (a widget and the lambda connected to it, a Python-owned QObject) is then destroyed from that thread:
Qt objects must die on the thread they live on, and the result is a rare crash far from its cause (one full
run of the tests in four once lost two workers to a segmentation fault, a collection under way while pool threads
ran queries). The remedy used by calibre, pyqtgraph and novelWriter: switch automatic collection off and collect
from a timer on the GUI thread, by the same generation thresholds Python would have used.
(`docs/ARCHITECTURE.md`, "No storage read on the GUI thread".)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500  # cycles live at most this long past the threshold; a check that collects nothing costs ~1 µs


class GuiThreadCollector(QObject):
    """Collects on a GUI-thread timer, generation by generation, as the interpreter's own thresholds say."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0  # collections it ran (the tests watch it)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Collect the youngest generation past its threshold, and the older ones theirs, as Python would."""
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)
        self.collections += 1


@contextmanager
def collect_on_gui_thread(parent: QObject | None = None) -> Iterator[GuiThreadCollector]:
    """For the time of the block: no automatic collection on any thread, a collector on the GUI thread's timer.
    On the way out, automatic collection as it was before."""
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(parent)
    gc.disable()
    collector.start()
    try:
        yield collector
    finally:
        collector.stop()
        collector.deleteLater()
        if was_enabled:
            gc.enable()
