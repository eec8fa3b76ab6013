"""Contacts ▸ Find duplicates…: the likely pairs across the library, best first, each with its plain-words reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cardbook.storage.library import Library
from cardbook.ui.common.room import text_size
from cardbook.ui.common.runner import shared_runner


@dataclass(frozen=True, slots=True)
class Pair:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    score: int
    reason: str


def find_pairs(library: Library) -> list[Pair]:
    """Worker-thread side: the candidate pairs with both names."""
    from cardbook.storage.contacts.merge import duplicate_subjects, find_library_duplicates

    candidates = find_library_duplicates(library)
    ids = {i for c in candidates for i in (c.first_id, c.second_id)}
    with library.session() as session:
        _subjects, names = duplicate_subjects(session, ids) if ids else ([], {})
    return [
        Pair(
            c.first_id, names.get(c.first_id, f"#{c.first_id}"),
            c.second_id, names.get(c.second_id, f"#{c.second_id}"),
            c.score, c.reason,
        )
        for c in candidates
    ]  # fmt: skip


class DuplicatesDialog(QDialog):
    mergeRequested = Signal(int, int)  # keep, other
    loaded = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.pairs: list[Pair] = []
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.status = QLabel(self.tr("Looking for duplicates…"), self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Contact"), self.tr("May be"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Possible duplicate pairs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.merge_current())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.merge_button = buttons.addButton(self.tr("&Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_current)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.merge_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(text_size(self, 105, 27))

    def reload(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))
        library = self.library
        shared_runner().run((id(self), "pairs"), lambda: find_pairs(library), self._loaded, self)

    def _loaded(self, pairs: list[Pair] | None, error: BaseException | None) -> None:
        if error is not None or pairs is None:
            self.status.setText(self.tr("Could not look for duplicates: %1").replace("%1", str(error)))
            self.loaded.emit()
            return
        self.set_pairs(pairs)
        self.loaded.emit()

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.pairs = list(pairs)
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            score = QTableWidgetItem(f"{pair.score}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(
                (
                    score,
                    QTableWidgetItem(pair.first_name),
                    QTableWidgetItem(pair.second_name),
                    QTableWidgetItem(pair.reason),
                )
            ):
                item.setToolTip(item.text())  # a long name or reason is cut by its column: the whole of it
                self.table.setItem(row, column, item)
        self.status.setText(
            self.tr("%Ln possible duplicate pair(s). Select one and choose Merge.", "", len(self.pairs))
            if self.pairs
            else self.tr("No likely duplicates in the library.")
        )
        if self.pairs:
            self.table.selectRow(0)

    def merge_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            pair = self.pairs[rows[0].row()]
            self.mergeRequested.emit(pair.first_id, pair.second_id)

    def contact_gone(self, contact_id: int) -> None:
        """After a merge: the pairs naming the merged-in contact are stale."""
        self.set_pairs([p for p in self.pairs if contact_id not in (p.first_id, p.second_id)])
