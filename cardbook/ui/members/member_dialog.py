"""File → Team members…: choose who you are on this computer, add a member, rename one (storage/members.py).

Every read and write goes through the window's runner (no storage on the GUI thread). A name refused (empty,
taken) is said in one line under the list and stays typed, so nothing entered is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.member import Member
from cardbook.storage import members
from cardbook.storage.library import Library
from cardbook.ui.common.page_loader import one_line
from cardbook.ui.common.services import AppServices
from cardbook.ui.common.style import SPACING, caption_label, make_muted


def read_members(library: Library) -> tuple[list[Member], Member | None]:
    """The members and the one chosen on this computer; runs on a worker thread."""
    return members.list_members(library), members.current_member(library)


class MemberDialog(QDialog):
    # True when "mine" now means someone else (chosen, or the current member renamed): the window rereads all.
    membersChanged = Signal(bool)
    shown = Signal()  # the members read in the background are listed

    def __init__(self, services: AppServices, parent: QWidget | None = None, *, asking: bool = False) -> None:
        """`asking`: the window opened it by itself on a library with members and nobody chosen here (feature.py):
        it says so, its Close button reads "Not now", and choosing a member closes it."""
        super().__init__(parent)
        self.services = services
        self.library = services.library
        self.asking = asking
        self.current: Member | None = None
        self._key = (id(self), "members")
        self.setWindowTitle(self.tr("Team members"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # the caption in three lines, not five
        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        self.question = QLabel(self.tr("This library is shared by a team. Which member are you?"), self)
        self.question.setWordWrap(True)
        self.question.setVisible(asking)
        column.addWidget(self.question)
        column.addWidget(
            caption_label(
                self.tr(
                    "Who you are on this computer: the encounters, referrals and follow-ups you record are yours, "
                    "and “Cards I owe”, “One-way givers” and the reports show yours."
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Members"))
        self.list.itemDoubleClicked.connect(lambda _item: self.use_selected())
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        column.addWidget(self.list)
        self.empty = make_muted(QLabel(self.tr("No members yet: this is a personal library."), self))
        column.addWidget(self.empty)
        self.use_button = QPushButton(self.tr("&Use on this computer"), self)
        self.use_button.clicked.connect(self.use_selected)
        uses = QHBoxLayout()
        uses.addWidget(self.use_button)
        uses.addStretch(1)
        column.addLayout(uses)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.name_edit.setAccessibleName(self.tr("Member's name"))
        self.name_edit.textChanged.connect(lambda _t: self._selection_changed())
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setToolTip(self.tr("Give the member chosen in the list the name typed here"))
        self.rename_button.clicked.connect(self.rename_selected)
        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.add_button)
        names.addWidget(self.rename_button)
        column.addLayout(names)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        column.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        if asking:  # closing keeps the team's view; the window asks again only at the library's next opening
            self.close_button.setText(self.tr("Not now"))
        column.addWidget(buttons)
        self._selection_changed()
        self.reload()

    # ---- reading -----------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.services.runner.pending(self._key)

    def reload(self) -> None:
        library = self.library
        self.services.runner.run(self._key, lambda: read_members(library), self._arrived, self)

    def _arrived(self, data: tuple[list[Member], Member | None] | None, error: BaseException | None) -> None:
        if error is not None or data is None:
            self._say(self.tr("Could not read the members: %1").replace("%1", one_line(error or ValueError())))
        else:
            self._fill(*data)
        self.shown.emit()

    def _fill(self, found: list[Member], current: Member | None) -> None:
        chosen = self.selected_name()
        self.current = current
        self.list.clear()
        for member in found:
            mine = current is not None and member.id == current.id
            text = self.tr("%1 (you, on this computer)").replace("%1", member.name) if mine else member.name
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, member.name)
            if mine:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if member.name == chosen or (chosen is None and mine):
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
        self._selection_changed()

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self.selected_name()
        typed = bool(self.name_edit.text().strip())
        self.use_button.setEnabled(chosen is not None and (self.current is None or chosen != self.current.name))
        self.add_button.setEnabled(typed)
        self.rename_button.setEnabled(typed and chosen is not None)

    # ---- writing -----------------------------------------------------------------------------------------

    def add(self) -> None:
        name, library = self.name_edit.text(), self.library
        self._write(lambda: members.add_member(library, name), point_of_view=False, clear=True)

    def rename_selected(self) -> None:
        old, new, library = self.selected_name(), self.name_edit.text(), self.library
        if old is None:
            return
        renamed_me = self.current is not None and self.current.name == old
        self._write(lambda: members.rename_member(library, old, new), point_of_view=renamed_me, clear=True)

    def use_selected(self) -> None:
        name, library = self.selected_name(), self.library
        if name is None:
            return
        self._write(lambda: members.use_member(library, name), point_of_view=True, clear=False, answers=True)

    def _write(self, work: Callable[[], Any], *, point_of_view: bool, clear: bool, answers: bool = False) -> None:
        """`answers`: the write answers the question asked at opening (a member chosen): the dialog then closes."""
        self._say("")

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self._say(one_line(error))  # the name stays typed: correct it and try again
                return
            if clear:
                self.name_edit.clear()
            self.membersChanged.emit(point_of_view)
            if answers and self.asking:
                self.accept()
                return
            self.reload()

        self.services.runner.run(None, work, done, self)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
