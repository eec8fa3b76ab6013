"""At start, reopening the team library the window had open last (issue 17; docs/TEAM_LIBRARY.md, "The window
on a team library"): never a dead end.

- Connecting runs on the task runner, never on the GUI thread, with a busy bar and Cancel, which stops waiting
  at once (a library that opens after all is closed in the background, as in File ▸ Open library…).
- A server that does not answer (or Cancel) leaves the choice: try again, open another library (File ▸ Open
  library's dialog, with the recent libraries), open the default library, or quit.
- A server that wants a password that neither .pgpass nor the keyring has: File ▸ Open library's dialog, filled
  in with the URL, asks for it — as `cardbook --library URL gui` does.

Lifetime: `reopen_server` deletes the dialog (and the Open library dialog inside it) before it returns, so nothing
of it is left to act once the window's event loop runs. The Open library dialog is a plain child — no
WA_DeleteOnClose, and its signals reach bound methods, never a lambda holding this dialog: a child deleted later
on its own, whose connection held the last reference to its Python-owned parent, deleted that parent from inside
its own destructor, and the parent deleted the half-destroyed child a second time ("shared QObject was deleted
directly", then a crash, in the window's event loop, of a heap that double free had corrupted).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.errors import describe
from cardbook.storage.library import Library
from cardbook.storage.server import refused_password
from cardbook.ui.common.runner import TaskRunner, shared_runner
from cardbook.ui.window.open_library import Opened, OpenLibraryDialog, open_location
from cardbook.ui.window.upgrade_progress import UpgradeWatch


class Outcome(Enum):
    OPENED = "opened"  # the team library, or another one chosen in the Open library dialog: `library`
    DEFAULT = "default"  # the user chose the default library
    QUIT = "quit"


@dataclass(frozen=True)
class Reopened:
    """What came of the dialog, read before it is deleted."""

    outcome: Outcome
    library: Library | None = None  # OPENED: the team library, or the one chosen instead
    failed: bool = False  # the server could not be reached (not merely cancelled): said in the status bar


class ReopenServerDialog(QDialog):
    """Opens `url` (stored without password) on the runner; `outcome` and `library` say what came of it."""

    def __init__(
        self,
        url: str,
        default: Path,
        parent: QWidget | None = None,
        *,
        recent: list[str] | None = None,
        runner: TaskRunner | None = None,
        local_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reopenServerDialog")
        self.setWindowTitle(self.tr("Reopening the last library"))
        self.url = url
        self.outcome = Outcome.QUIT
        self.library: Library | None = None
        self.failed = False  # the server could not be reached (not merely cancelled): said in the status bar
        self.other: OpenLibraryDialog | None = None
        self._recent = recent or []
        self._runner = runner or shared_runner()
        self._local_root = local_root  # tests: this machine's folder for the server library
        self._attempt = 0  # the attempt whose answer is awaited; 0: none (a late answer is closed unused)
        self._attempts = 0  # attempts made: each has its own number, so a cancelled one's late answer never matches

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question = QLabel(
            self.tr("Try again, open another library, or open the default library (%1).").replace("%1", str(default)),
            self,
        )
        self.question.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # how long a server takes to answer is not known
        self.busy.setTextVisible(False)

        buttons = QDialogButtonBox(self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.retry_button = self._add(buttons, self.tr("&Try again"), self.start)
        self.other_button = self._add(buttons, self.tr("Open &another library…"), self._other_clicked)
        self.default_button = self._add(buttons, self.tr("Open the &default library"), self._choose_default)
        self.quit_button = self._add(buttons, self.tr("&Quit"), self.reject)
        self.cancel_button.clicked.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.question)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _add(self, buttons: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def connecting(self) -> bool:
        return self._attempt != 0

    def _update(self) -> None:
        connecting = self.connecting()
        self.busy.setVisible(connecting)
        self.cancel_button.setVisible(connecting)
        for widget in (self.question, self.retry_button, self.other_button, self.default_button, self.quit_button):
            widget.setVisible(not connecting)
        self.adjustSize()

    # ---- connecting ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """Connect on the runner; the dialog waits, with Cancel."""
        self._attempts += 1
        self._attempt = self._attempts
        attempt, url, local_root, runner = self._attempt, self.url, self._local_root, self._runner
        self.message.setText(self.tr("Opening the team library %1…").replace("%1", url))
        self._update()

        watch = UpgradeWatch(url, self)  # an older library: the upgrade dialog over this one while it runs

        def arrived(opened: Opened | None, error: BaseException | None) -> None:
            watch.finish()
            if shiboken6.isValid(self) and attempt == self._attempt:
                self._arrived(opened, error)
            elif opened is not None:  # cancelled, or the dialog is gone: nobody wants it
                runner.run(None, opened.library.close, lambda _r, _e: None)

        runner.run(None, lambda: open_location(url, local_root=local_root, on_upgrade=watch.notice), arrived)

    def cancel(self) -> None:
        """Stop waiting: the choices come at once."""
        self._attempt = 0
        self.message.setText(self.tr("Cancelled."))
        self._update()

    def reject(self) -> None:
        """Esc, Quit or the window's close button: quit (whatever arrives later is closed unused)."""
        self._attempt = 0
        self.outcome = Outcome.QUIT
        super().reject()

    def _arrived(self, opened: Opened | None, error: BaseException | None) -> None:
        self._attempt = 0
        if opened is not None:
            self._done(opened.library)
            return
        assert error is not None
        self.message.setText(describe(error)[0])
        if refused_password(error):  # the server is there and wants a password: the Open library dialog asks
            self._update()
            self.choose_other(
                QCoreApplication.translate("OpenLibraryDialog", "The server asks for a password.\n%1").replace(
                    "%1", describe(error)[0]
                )
            )
            return
        self.failed = True
        self._update()

    # ---- the choices --------------------------------------------------------------------------------------

    def choose_other(self, reason: str = "") -> None:
        """File ▸ Open library's dialog over this one, filled in with the URL; what it opens is the library. One
        chooser, made once and shown again: it lives and dies with this dialog (see the module's docstring)."""
        if self.other is None:
            self.other = OpenLibraryDialog(self, recent=self._recent, runner=self._runner, local_root=self._local_root)
            self.other.accepted.connect(self._other_accepted)
        elif self.other.isVisible():
            return
        self.other.set_location(self.url)
        if reason:
            self.other.message.setText(reason)
            self.other.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.other.open()

    def _other_clicked(self) -> None:
        self.choose_other()  # the button's `checked` is no reason to show

    def _other_accepted(self) -> None:
        opened = self.other.opened if self.other is not None else None
        self._done(opened.library if opened is not None else None)

    def _choose_default(self) -> None:
        self.outcome = Outcome.DEFAULT
        self.accept()

    def _done(self, library: Library | None) -> None:
        if library is None:
            return
        self.library, self.outcome = library, Outcome.OPENED
        self.accept()


def reopen_server(url: str, default: Path, recent: list[str], *, local_root: Path | None = None) -> Reopened:
    """The dialog, connecting at once and modal until the library is open or the user chose; what came of it.
    The dialog is deleted before this returns (see the module's docstring)."""
    dialog = ReopenServerDialog(url, default, recent=recent, local_root=local_root)
    try:
        dialog.start()
        dialog.exec()
        return Reopened(dialog.outcome, dialog.library, dialog.failed)
    finally:
        # Now, not whenever Python's collector or a late answer lets go of it: an attempt still on the runner
        # finds the dialog gone (shiboken6.isValid) and closes what it opened.
        shiboken6.delete(dialog)
