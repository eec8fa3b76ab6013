"""Background work in one line: `run_task(fn, on_done)` runs `fn` on a worker thread and hands its result (or
its exception) to `on_done` on the GUI thread.

`fn` must return plain data (dataclasses, bytes, numpy arrays, QImage) and open its own storage sessions:
sessions and widgets never cross threads, and no QPixmap is made off the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
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
            result, error = self._fn(), None
        except Exception as caught:  # handed to the GUI thread, which reports it
            result, error = None, caught
        with contextlib.suppress(RuntimeError):  # the application is closing: nobody is left to tell
            self._bridge.finished.emit(result, error)


_pending: set[_Bridge] = set()  # bridges live until their result is delivered


def run_task(
    fn: Callable[[], Any], on_done: Done, owner: QObject | None = None, pool: QThreadPool | None = None
) -> None:
    """`on_done` is skipped when `owner` (the widget that asked) was deleted meanwhile."""
    bridge = _Bridge()
    _pending.add(bridge)

    def deliver(result: Any, error: BaseException | None) -> None:
        _pending.discard(bridge)
        bridge.deleteLater()
        if owner is not None and not shiboken6.isValid(owner):
            return
        on_done(result, error)

    bridge.finished.connect(deliver)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, bridge))


def private_pool(owner: QObject, threads: int = 1) -> QThreadPool:
    """A pool of `owner`'s own, whose threads are kept: work that must never wait behind other background
    work (the contact list's queries). `wait_for_tasks()` waits for it too."""
    pool = QThreadPool(owner)
    pool.setMaxThreadCount(threads)
    pool.setExpiryTimeout(-1)
    _private_pools.add(pool)
    pool.destroyed.connect(lambda: _private_pools.discard(pool))
    return pool


_private_pools: set[QThreadPool] = set()


def wait_for_tasks(pool: QThreadPool | None = None, msecs: int = 30_000) -> bool:
    """For tests and shutdown: wait until the pool is idle (results still arrive through the event loop).
    Without a pool: the shared one and every private one."""
    if pool is not None:
        return pool.waitForDone(msecs)
    pools = [QThreadPool.globalInstance(), *(p for p in list(_private_pools) if shiboken6.isValid(p))]
    return all([p.waitForDone(msecs) for p in pools])


def pending_tasks() -> int:
    return len(_pending)
