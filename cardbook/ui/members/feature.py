"""Team members in the window: the File menu's "Team members…" (member_dialog.py) and, in the status bar, who you
are on this computer ("Member: Claire") — shown only in a library that has members.

On opening a library that has members while nobody is chosen on this computer, the window asks once which member
you are (the same dialog, asking; "Not now" keeps the team's view until the library's next opening: a new window).

Choosing another member changes what "mine" means everywhere (the lists, the figures, the contact pane, the
reports, My card): that is announced as one ledger change, on which the window rereads everything it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cardbook.domain.member import Member
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.members.member_dialog import MemberDialog, read_members


def members_action(window: QWidget) -> QAction:
    """File → Team members… (made with the window's other actions; wired by WindowMembers)."""
    action = QAction(QCoreApplication.translate("Members", "&Team members…"), window)
    tip = QCoreApplication.translate("Members", "Who you are on this computer, and the team's members")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    return action


class WindowMembers(QObject):
    def __init__(self, services: AppServices, window: QWidget, action: QAction, status_bar: QStatusBar) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.dialog: MemberDialog | None = None
        self.label = QLabel(window)
        self.label.setVisible(False)
        status_bar.addPermanentWidget(self.label)
        self._key = (id(self), "current member")
        self.asked = False  # the question of the opening (who are you?) is settled: asked, or needless
        action.triggered.connect(lambda: self.open_dialog())

    @property
    def loading(self) -> bool:
        return self.services.runner.pending(self._key)

    def load(self) -> None:
        """Read who is the member here, in the background, and show it in the status bar."""
        library = self.services.library
        self.services.runner.run(self._key, lambda: read_members(library), self._show, self)

    def _show(self, data: tuple[list[Member], Member | None] | None, error: BaseException | None) -> None:
        if error is not None or data is None:
            return  # the status bar keeps what it said; the dialog says why when opened
        found, current = data
        if not self.asked:  # the first read of this opening: ask only now, never after a later change
            self.asked = True
            if found and current is None and self.dialog is None:
                self.open_dialog(asking=True)
        self.label.setVisible(bool(found))
        if current is not None:
            self.label.setText(self.tr("Member: %1").replace("%1", current.name))
        else:
            self.label.setText(self.tr("No member chosen (File → Team members…)"))

    def open_dialog(self, *, asking: bool = False) -> MemberDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = MemberDialog(self.services, self.window, asking=asking)
        dialog.membersChanged.connect(self._members_changed)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _members_changed(self, point_of_view: bool) -> None:
        self.load()
        if point_of_view:  # "mine" is someone else's now: every list, figure and pane is read again
            self.services.changed(LibraryChange(ledger=True))
