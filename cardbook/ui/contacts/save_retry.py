"""Saves that wait for a busy library (issue 15): the editor's write runs on a worker thread and is tried again
while another program (a `cardbook import` on the command line, another window) holds the library's write lock.

Why a worker thread: a write session waits up to the busy timeout (storage/database.py) for the lock, which
would freeze the window that long. Why still a short wait on the GUI thread (QUICK_MS): almost every save lands
in a few milliseconds, and then the editor closes at once, exactly as before; only a save that has not landed by
then goes on in the background, while the editor keeps the values (read-only) and the status line says
"Library busy — saving again…". A save refused for being busy is tried again for RETRY_FOR_S; whatever else
goes wrong is the caller's to report.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer

from cardbook.storage.errors import is_library_busy
from cardbook.ui.common.runner import TaskRunner

# A save answered within this is finished at once, on the GUI thread. Not shorter: on a laptop whose cores are all
# reading a batch of photos, a save that meets no lock can take several hundred milliseconds, and going on in the
# background then says "Library busy" when it is not and keeps the user in the editor instead of where they went.
# The cost is a pause of this length once, only when another program really holds the lock.
QUICK_MS = 1000
RETRY_MS = 500  # between two attempts while the library is busy
RETRY_FOR_S = 60.0  # how long a busy library is waited for before the save is given up (kept as a draft)


def is_busy(error: BaseException | None) -> bool:
    """Whether `error` says another connection holds the library's write lock (either engine)."""
    return is_library_busy(error)


@dataclass(slots=True)
class Attempt:
    done: threading.Event
    result: Any = None
    error: BaseException | None = None


class BackgroundSave(QObject):
    """One save at a time: `start(write, landed)` returns True when `write` was answered at once (`landed`
    already called), False when it goes on in the background (`landed(result, error)` follows, on the GUI
    thread; error is the last one when the library stayed busy)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self, threads=1)  # a write never waits behind reads
        self.pending = False
        self.retry_for_s = RETRY_FOR_S
        self.busy_seen: Callable[[], None] = lambda: None  # the first time the save has to wait

    def start(self, write: Callable[[], Any], landed: Callable[[Any, BaseException | None], None]) -> bool:
        deadline = time.monotonic() + self.retry_for_s
        attempt = self._attempt(write, lambda result, error: self._answered(write, landed, deadline, result, error))
        if attempt.done.wait(QUICK_MS / 1000) and not is_busy(attempt.error):
            self._runner.supersede("save")  # answered here: the runner's delivery is not needed
            landed(attempt.result, attempt.error)
            return True
        self.pending = True
        self.busy_seen()
        return False

    def _attempt(self, write: Callable[[], Any], then: Callable[[Any, BaseException | None], None]) -> Attempt:
        attempt = Attempt(threading.Event())

        def work() -> Any:
            try:
                attempt.result = write()
                return attempt.result
            except Exception as caught:
                attempt.error = caught
                raise
            finally:
                attempt.done.set()

        self._runner.run("save", work, then, self)
        return attempt

    def _answered(
        self,
        write: Callable[[], Any],
        landed: Callable[[Any, BaseException | None], None],
        deadline: float,
        result: Any,
        error: BaseException | None,
    ) -> None:
        if is_busy(error) and time.monotonic() < deadline:
            self.pending = True
            self.busy_seen()
            retry = lambda: self._attempt(write, lambda r, e: self._answered(write, landed, deadline, r, e))  # noqa: E731
            QTimer.singleShot(RETRY_MS, self, retry)
            return
        self.pending = False
        landed(result, error)
