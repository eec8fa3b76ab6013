"""Background work in one line: `run_task(fn, on_done)` runs `fn` on a worker thread and hands its result (or
its exception) to `on_done` on the GUI thread.

`fn` must return plain data (dataclasses, bytes, numpy arrays, QImage) and open its own storage sessions:
sessions and widgets never cross threads, and no QPixmap is made off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Done = Callable[[Any, BaseException | None], None]


class _Bridge(QObject):
    finished = Signal(object, object)  # result, error


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self._fn = fn
        self._bridge = bridge

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # handed to the GUI thread, which reports it
            self._bridge.finished.emit(None, error)
            return
        self._bridge.finished.emit(result, None)


_pending: set[_Bridge] = set()  # bridges live until their result is delivered


def run_task(fn: Callable[[], Any], on_done: Done, pool: QThreadPool | None = None) -> None:
    bridge = _Bridge()
    _pending.add(bridge)

    def deliver(result: Any, error: BaseException | None) -> None:
        _pending.discard(bridge)
        bridge.deleteLater()
        on_done(result, error)

    bridge.finished.connect(deliver)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, bridge))


def wait_for_tasks(pool: QThreadPool | None = None, msecs: int = 30_000) -> bool:
    """For tests and shutdown: wait until the pool is idle (results still arrive through the event loop)."""
    return (pool or QThreadPool.globalInstance()).waitForDone(msecs)


def pending_tasks() -> int:
    return len(_pending)
