"""A short list of people, each a name to open, a line of detail, and room for buttons (the event page's tabs).

Short, and cheap to fill on a big event (thousands met again), where filling the lists used to hold the GUI thread
for seconds:
- a list shows its first SHOWN people and says how many more there are (the event's table above the lists holds
  every card; a list of thousands of rows of buttons is read by nobody);
- its rows are built when the list is first shown (the tabs not looked at cost nothing);
- they are built out of sight, in a body not yet on screen, then put in place at once: rows added one by one to a
  list on screen are laid out again at each one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QWidget

from cardbook.ui.common.formatting import count_text
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.common.style import HALF, SPACING, make_muted

SHOWN = 100  # rows a list shows at most


@dataclass(frozen=True, slots=True)
class Person:
    contact_id: int
    name: str
    detail: str = ""
    trailing: Callable[[QWidget], QWidget] | None = None  # makes the row's buttons, given the widget they go in


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
        self.names: list[str] = []  # the names listed (known before the rows are built)
        self._people: list[Person] = []
        self._more = 0
        self._built = False
        self.set_people([])

    def clear(self) -> None:
        self.set_people([])

    def set_people(self, people: Sequence[Person], total: int | None = None) -> None:
        """List these people (the first SHOWN of them) out of `total` (all of them when None: a caller with
        thousands passes the first SHOWN only, and how many there are). The rows are built now if the list can
        be seen, else when it is first shown."""
        self._people = list(people[:SHOWN])
        self._more = max(0, (len(people) if total is None else total) - len(self._people))
        self.names = [p.name for p in self._people]
        self._built = False
        if self.isVisibleTo(self.window()):
            self.build()

    def build(self) -> None:
        """Build the rows (once per set_people), out of sight, then put them in place of the old ones."""
        if self._built:
            return
        self._built = True
        body = QWidget()  # no parent yet: hidden, so adding rows lays nothing out
        body.setObjectName("peopleList")
        grid = QGridLayout(body)
        grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        grid.setHorizontalSpacing(2 * SPACING)
        grid.setVerticalSpacing(HALF)
        grid.setColumnStretch(1, 1)
        if not self._people:
            empty = make_muted(QLabel(self._empty_text, body))
            empty.setWordWrap(True)
            grid.addWidget(empty, 0, 0, 1, 3)
        for row, person in enumerate(self._people):
            button = NameButton(person.name, body)
            button.clicked.connect(lambda _checked=False, cid=person.contact_id: self.contactActivated.emit(cid))
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if person.detail:
                grid.addWidget(value_label(person.detail, body, muted=True), row, 1, Qt.AlignmentFlag.AlignVCenter)
            if person.trailing is not None:
                grid.addWidget(person.trailing(body), row, 2, Qt.AlignmentFlag.AlignVCenter)
        if self._more:
            note = make_muted(QLabel(self.tr("… and %1 more (every card is in the table above)"), body))
            note.setText(note.text().replace("%1", count_text(self._more)))
            grid.addWidget(note, len(self._people), 0, 1, 3)
        grid.setRowStretch(len(self._people) + 1, 1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)
