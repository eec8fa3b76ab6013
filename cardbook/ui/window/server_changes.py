"""What other members change in a team library, shown in this window without anyone asking (issue 17, item 4).

The storage layer hears them (`Library.listen`, storage/change_feed.py: a NOTIFY sent by each write, a LISTEN
on a connection of its own, on a thread of its own, reconnecting after a server restart) and never this
window's own writes, which the window announced already. Here a notice crosses to the GUI thread through a
queued signal, notices that arrive together (another member importing 200 cards writes 200 times) are gathered
for a moment, and the lot becomes the window's one change notice, `services.changed(LibraryChange(...))`: the
list, the counts, the pane and the ledger pages reread themselves as after a change made here, in the
background (common/runner.py), so the GUI thread never waits for the server. A folder library has no listener:
nothing changes it but this window.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from cardbook.storage.change_feed import ChangeListener, ChangeNotice
from cardbook.ui.common.services import AppServices, LibraryChange

GATHER_MS = 400  # notices closer than this make one refresh
# At most one refresh this often: another member's long import (a write per card) refreshes the window every
# moment or so rather than after every card, each refresh rereading counts, list and pane in the background.
MIN_INTERVAL_MS = 1500


class _Bridge(QObject):
    """The listener's way to the GUI thread: a parentless object the listener's thread holds, so that it is never
    deleted under that thread by the window's destruction (its connection to the window simply goes)."""

    heard = Signal(object)  # a ChangeNotice, emitted on the listener's thread, received on the GUI thread

    def hand_over(self, notice: ChangeNotice) -> None:
        self.heard.emit(notice)


class ServerChanges(QObject):
    def __init__(self, services: AppServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._gathered: list[ChangeNotice] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._announce)
        self._since_last = QElapsedTimer()  # since the last refresh (invalid: none yet)
        self._bridge = _Bridge()
        self._bridge.heard.connect(self._gather)
        self._started = False
        self.announced = 0  # how many refreshes other members' changes caused (the tests read it)
        self.listener: ChangeListener | None = services.library.listen(self._bridge.hand_over)
        if self.listener is not None:  # a window deleted without being closed stops listening all the same
            listener = self.listener
            self.destroyed.connect(lambda *_args: listener.stop())

    def start(self) -> None:
        """Once the window shows its data (a later reload does not start a second listener)."""
        if self.listener is not None and not self._started:
            self._started = True
            self.listener.start()

    def stop(self) -> None:
        """Before the window (and its library) close: the listener's thread ends within its poll."""
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        self._timer.stop()

    def _gather(self, notice: ChangeNotice) -> None:
        self._gathered.append(notice)
        if not self._timer.isActive():
            wait = GATHER_MS
            if self._since_last.isValid():
                wait = max(wait, MIN_INTERVAL_MS - self._since_last.elapsed())
            self._timer.start(wait)

    def _announce(self) -> None:
        notices, self._gathered = self._gathered, []
        if not notices or self.listener is None:
            return
        self.announced += 1
        self._since_last.start()
        # No contact to show: the user stays on whoever they were looking at (another member's new contact does
        # not jump into view), and that contact's pane is read again, in case it was the one changed.
        self._services.changed(LibraryChange(ledger=any(notice.ledger for notice in notices)))
