"""The one way to run work off the GUI thread: `runner.run(key, fn, on_done)`.

`fn` runs on a worker thread; its result (or its exception) reaches `on_done(result, error)` on the GUI thread.
The newest request wins: a request with the same `key` as an older one supersedes it — the older one is not even
started if it is still waiting, and its answer is never delivered — so a slow stale answer never overwrites a
fresh one and nobody keeps a counter of their own. `key=None` means "deliver every answer" (an export).

`fn` must return plain data (dataclasses, bytes, numpy arrays, QImage) and open its own storage sessions (the
storage services do, one per call): sessions and widgets never cross threads, and no QPixmap is made off the GUI
thread.

There is one shared runner (`shared_runner()`, the one the window's services hold) on Qt's global pool. Work that
must never wait behind other background work (the contact list's queries) gets a runner with a pool of its own,
`TaskRunner(owner, threads=1)` — the same API. `wait_for_tasks()` waits for every pool.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]
_SKIPPED = object()  # a request superseded before it started: it did no work, and nobody hears of it


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
_private_pools: set[QThreadPool] = set()


class TaskRunner(QObject):
    """Runs functions on worker threads, newest request per key wins. See the module's docstring."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 0) -> None:
        """`threads` > 0: a pool of this runner's own, whose threads are kept (else Qt's global pool)."""
        super().__init__(parent)
        self._pool = _own_pool(self, threads) if threads > 0 else QThreadPool.globalInstance()
        self._latest: dict[Hashable, int] = {}
        self._tickets = itertools.count(1)

    def run(
        self,
        key: Hashable | None,
        fn: Callable[[], T],
        on_done: Callable[[T | None, BaseException | None], None],
        owner: QObject | None = None,
    ) -> None:
        """Run `fn` off the GUI thread, then `on_done` on it — unless a newer request with `key` came meanwhile,
        or `owner` (the widget that asked) was deleted."""
        ticket = next(self._tickets)
        if key is not None:
            self._latest[key] = ticket

        def work() -> Any:
            return _SKIPPED if not self._current(key, ticket) else fn()

        def deliver(result: Any, error: BaseException | None) -> None:
            current = self._current(key, ticket)
            if current and key is not None:
                del self._latest[key]
            if result is _SKIPPED or not current or (owner is not None and not shiboken6.isValid(owner)):
                return
            on_done(result, error)

        _start(work, deliver, self._pool)

    def supersede(self, key: Hashable) -> None:
        """Drop the answer of the request with `key` still on its way (the caller answered it another way)."""
        self._latest.pop(key, None)

    def pending(self, key: Hashable) -> bool:
        """Whether a request with `key` is on its way."""
        return key in self._latest

    def _current(self, key: Hashable | None, ticket: int) -> bool:
        return key is None or self._latest.get(key) == ticket

    def wait(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown: wait until this runner's pool is idle (answers still come through the loop)."""
        return _wait_for(self._pool, msecs)


def _start(fn: Callable[[], Any], deliver: Done, pool: QThreadPool) -> None:
    # The bridge belongs to the application, not to Python: the task holds a reference to it until Qt deletes the
    # task on its worker thread, which may come after the answer was delivered here. A bridge owned by Python
    # would then be destroyed on that worker by the last reference going, while its deleteLater is due here — a
    # QObject deleted off its thread, twice. Owned by Qt, it goes once, by deleteLater, on the GUI thread.
    bridge = _Bridge(QCoreApplication.instance())
    _pending.add(bridge)

    def arrived(result: Any, error: BaseException | None) -> None:
        _pending.discard(bridge)
        bridge.deleteLater()
        deliver(result, error)

    bridge.finished.connect(arrived)
    pool.start(_Task(fn, bridge))


def _own_pool(owner: QObject, threads: int) -> QThreadPool:
    pool = QThreadPool(owner)
    pool.setMaxThreadCount(threads)
    pool.setExpiryTimeout(-1)
    _private_pools.add(pool)
    pool.destroyed.connect(lambda: _private_pools.discard(pool))
    return pool


_shared: list[TaskRunner] = []


def shared_runner() -> TaskRunner:
    """The application's one runner (on Qt's global pool); made on first use, owned by the application."""
    if not _shared or not shiboken6.isValid(_shared[0]):
        _shared[:] = [TaskRunner(QCoreApplication.instance())]
    return _shared[0]


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """For tests and shutdown: wait until every pool is idle (answers still arrive through the event loop)."""
    pools = [QThreadPool.globalInstance(), *(p for p in list(_private_pools) if shiboken6.isValid(p))]
    return all([_wait_for(p, msecs) for p in pools])


def _wait_for(pool: QThreadPool, msecs: int) -> bool:
    """`pool.waitForDone`, in short steps: the wait itself keeps Python's lock, and a task that has just handed
    its answer to Qt may need that lock to finish (a deadlock until the timeout, seen in the tests' teardown);
    between two steps the interpreter lets it run."""
    deadline = time.monotonic() + msecs / 1000
    while shiboken6.isValid(pool) and not pool.waitForDone(_WAIT_STEP_MS):
        if time.monotonic() >= deadline:
            return False
    return True  # idle, or gone with its owner (whose deletion waited for its threads)


_WAIT_STEP_MS = 20


def pending_tasks() -> int:
    """Answers not yet delivered (or dropped), in every runner."""
    return len(_pending)
