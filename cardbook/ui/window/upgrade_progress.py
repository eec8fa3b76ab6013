"""Opening a library written by an older Cardbook: a modal dialog says it is being upgraded, while the upgrade
runs off the GUI thread.

Why: an upgrade can take seconds (from 0006, revision 0007 rewrites every contact: 8-10 s at 100,000
contacts, docs/MEASURING.md, packaging/bench_upgrade.py), and a window that shows nothing for that long looks
hung. Storage tells us when an existing library is about to be upgraded (`Library.open(on_upgrade=…)`,
storage/migrate.py), on the thread that opens it; `UpgradeWatch.notice` turns that into a signal, and the
dialog shows on the GUI thread. A library that is current (the usual case) never shows it. Used wherever the
window opens a library (at start, File ▸ Open library…, reopening a server) and when the damaged-library
dialog restores a backup an older Cardbook wrote.

The dialog has no Cancel and ignores Esc and its close button: Alembic runs the revisions in one transaction, and
stopping the process half-way would only roll them back to be run again at the next start — nothing a user
gains by asking. A folder library is backed up first (`backups/…-before-upgrade-REV.sqlite3`); a server
library's upgrade is one transaction under an advisory lock instead (docs/TEAM_LIBRARY.md), and the dialog says
which.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from cardbook.storage.backends import UpgradeNotice
from cardbook.storage.server import is_server_url
from cardbook.ui.common.runner import TaskRunner, shared_runner

T = TypeVar("T")


class UpgradeDialog(QDialog):
    """ "Upgrading your library…": what happens and why, a busy bar, no way to close it until it is done."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeDialog")
        self.setWindowTitle(self.tr("Upgrading your library"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # No close button in the title bar either: closing is refused while the upgrade runs (closeEvent).
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._running = True
        self.heading = QLabel(self.tr("Upgrading your library…"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.detail = QLabel(
            self.tr(
                "This version of Cardbook stores the library in %1 in a newer format, and is bringing it up to "
                "date. On a large library this takes a little while; the library opens as soon as it is done."
            ).replace("%1", location),
            self,
        )
        self.detail.setWordWrap(True)
        if is_server_url(location):
            safety = self.tr(
                "The upgrade is one transaction on the server: should it fail, the library stays as it was."
            )
        else:
            safety = self.tr(
                "A backup copy of the library is made first, in its backups folder. The upgrade cannot be "
                "stopped half-way, so there is nothing to cancel."
            )
        self.safety = QLabel(safety, self)
        self.safety.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # the revisions report no progress of their own
        self.busy.setTextVisible(False)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.detail, self.safety, self.busy):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    def finish(self) -> None:
        """The upgrade is over (done or failed): the dialog may close now, and closes."""
        self._running = False
        self.accept()

    def reject(self) -> None:
        if not self._running:  # Esc while upgrading does nothing (the module's docstring says why)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)


class UpgradeWatch(QObject):
    """Shows the UpgradeDialog when the opening thread says an upgrade starts; `finish()` closes it.

    `notice` is the `on_upgrade` given to `Library.open`: it only emits a signal, so it may be called on any
    thread; the dialog is made on the GUI thread, where this object lives."""

    upgrading = Signal(str)

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._location = location
        self._parent = parent
        self.dialog: UpgradeDialog | None = None
        self.revision: str | None = None  # the revision the library was upgraded from, once told
        self.upgrading.connect(self._show)

    def notice(self, revision: str) -> None:
        self.upgrading.emit(revision)

    def _show(self, revision: str) -> None:
        self.revision = revision
        if self.dialog is None:
            parent = self._parent if self._parent is not None and shiboken6.isValid(self._parent) else None
            self.dialog = UpgradeDialog(self._location, parent)
            self.dialog.show()

    def finish(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.finish()
            self.dialog.deleteLater()
        self.dialog = None


def open_with_progress(
    open_: Callable[[UpgradeNotice], T],
    location: str,
    parent: QWidget | None = None,
    runner: TaskRunner | None = None,
) -> T:
    """`open_(notice)` on a worker thread — typically `lambda notice: Library.open(root, on_upgrade=notice)` —
    with the upgrade dialog shown if it upgrades; returns what it returned, or raises what it raised. Waits in a
    local event loop, so the dialog paints and moves (used at start, before the window's own loop runs)."""
    watch = UpgradeWatch(location, parent)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: T | None, error: BaseException | None) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    (runner or shared_runner()).run(None, lambda: open_(watch.notice), done)
    if not outcome:
        loop.exec()
    watch.finish()
    watch.deleteLater()
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]
