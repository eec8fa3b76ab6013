"""A calm, centred message that says why a place is empty and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import SPACING, make_muted, scaled_font

ICON_SIZE = 6 * SPACING
TEXT_WIDTH = 56 * SPACING  # long lines are hard to read; a centred block this wide reads well


def place_centred(page: QWidget, block: QWidget) -> None:
    """`block` in the middle of `page`, a little above centre, growing up to its own maximum width."""
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addWidget(block, 100)  # grows up to its maximum width; the stretches take the rest
    centred.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
    outer.addStretch(2)
    outer.addLayout(centred)
    outer.addStretch(3)


class EmptyState(QWidget):
    def __init__(
        self,
        title: str,
        body: str = "",
        *,
        symbol: Icon | None = Icon.INFO,
        actions: list[QAction] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        block = QWidget(self)  # the centred column, never wider than TEXT_WIDTH so lines stay readable
        block.setMaximumWidth(TEXT_WIDTH)
        self._icon = QLabel(block)
        if symbol is not None:
            self._icon.setPixmap(icon(symbol).pixmap(ICON_SIZE, ICON_SIZE))
        self._icon.setVisible(symbol is not None)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel(block)
        self._title.setFont(scaled_font(self, 1.3, bold=True))
        self._body = make_muted(QLabel(block))
        for label in (self._title, self._body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setTextFormat(Qt.TextFormat.RichText)

        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        column.addWidget(self._icon)
        column.addSpacing(SPACING)
        column.addWidget(self._title)
        column.addWidget(self._body)
        self.buttons: list[QPushButton] = []
        if actions:
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            row.addStretch(1)
            for action in actions:
                button = QPushButton(action.icon(), action.iconText(), block)
                button.setToolTip(action.toolTip())
                button.clicked.connect(action.trigger)
                row.addWidget(button)
                self.buttons.append(button)
            row.addStretch(1)
            column.addSpacing(SPACING)
            column.addLayout(row)

        place_centred(self, block)
        self.set_text(title, body)

    def set_text(self, title: str, body: str = "") -> None:
        self._title.setText(title)
        self._body.setText(body)
        self._body.setVisible(bool(body))
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)

    @property
    def title(self) -> str:
        return self._title.text()

    @property
    def body(self) -> str:
        return self._body.text()
