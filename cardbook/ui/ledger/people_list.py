"""A short list of people, each a name to open, a line of detail, and room for buttons (the event page's tabs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cardbook.ui.pane_parts import value_label
from cardbook.ui.style import HALF, SPACING, make_muted


class NameButton(QPushButton):
    """A person's name that opens their contact: flat, underlined on hover, reachable with Tab."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QPushButton { text-align: left; padding: 2px 0; } QPushButton:hover { text-decoration: underline; }"
        )
        self.setToolTip(self.tr("Open %1").replace("%1", name))
        self.setAccessibleName(self.tr("Open %1").replace("%1", name))


class PeopleList(QScrollArea):
    contactActivated = Signal(int)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._empty_text = empty_text
        self.names: list[str] = []
        self.clear()

    def clear(self) -> None:
        self.names = []
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        body = QWidget(self)
        body.setObjectName("peopleList")
        self._grid = QGridLayout(body)
        self._grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self._grid.setHorizontalSpacing(2 * SPACING)
        self._grid.setVerticalSpacing(HALF)
        self._grid.setColumnStretch(1, 1)
        column = QVBoxLayout()
        self._empty = make_muted(QLabel(self._empty_text, body))
        self._empty.setWordWrap(True)
        column.addWidget(self._empty)
        self._grid.addLayout(column, 0, 0, 1, 3)
        self._grid.setRowStretch(1000, 1)
        self.setWidget(body)

    def add_person(self, contact_id: int, name: str, detail: str = "", trailing: QWidget | None = None) -> None:
        body = self.widget()
        self._empty.hide()
        row = len(self.names) + 1
        self.names.append(name)
        button = NameButton(name, body)
        button.clicked.connect(lambda _checked=False, cid=contact_id: self.contactActivated.emit(cid))
        self._grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignVCenter)
        if detail:
            self._grid.addWidget(value_label(detail, body, muted=True), row, 1, Qt.AlignmentFlag.AlignVCenter)
        if trailing is not None:
            trailing.setParent(body)
            self._grid.addWidget(trailing, row, 2, Qt.AlignmentFlag.AlignVCenter)
