"""How long the GUI thread stops answering: a precise timer fires every few milliseconds; any lateness beyond
its interval is time the event loop was busy (a "stall"). Used by the benchmark and available for debugging."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallMonitor(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.stalls: list[float] = []  # seconds beyond the interval, one per tick that came late

    def start(self) -> None:
        self.stalls.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = now - self._last - self.interval
        if late > 0.001:
            self.stalls.append(late)
        self._last = now

    @property
    def longest_ms(self) -> float:
        return max(self.stalls, default=0.0) * 1000

    def over(self, ms: float) -> int:
        return sum(s * 1000 > ms for s in self.stalls)
