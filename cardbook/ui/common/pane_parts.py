"""Small building blocks of the contact pane: section titles, value labels, dated rows, chips, a banner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cardbook.ui.common.flow_layout import FlowLayout
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import HALF, SPACING, make_muted, scaled_font, subtle_fill


def value_label(text: str, parent: QWidget | None = None, *, rich: bool = False, muted: bool = False) -> QLabel:
    """Text the user may want to copy: selectable with the mouse, wrapped, never clipped."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    flags = Qt.TextInteractionFlag.TextSelectableByMouse
    if rich:
        flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
        label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(flags)
    return make_muted(label) if muted else label


class SectionTitle(QWidget):
    """A small bold title followed by a thin rule: "STORY ────────"."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, SPACING, 0, 0)
        row.setSpacing(SPACING)
        self.label = make_muted(QLabel(text.upper(), self))
        self.label.setFont(scaled_font(self, 0.85, bold=True))
        self.label.setAccessibleName(text)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(self.label)
        row.addWidget(rule, 1)


class Section(QWidget):
    """A titled block of the pane; its body is a vertical layout the caller fills."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        self.title = SectionTitle(title, self)
        column.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(HALF)
        column.addLayout(self.body)
        self.setAccessibleName(title)


class FieldGrid(QWidget):
    """Label | value rows ("Email  emilie@horizon.fr"), the labels muted and aligned on their own column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(2 * SPACING)
        self._grid.setVerticalSpacing(HALF)
        self._grid.setColumnStretch(1, 1)

    def add_row(self, label: str, value: QWidget) -> None:
        row = self._grid.rowCount()
        name = make_muted(QLabel(label, self))
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        name.setBuddy(value)
        self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(value, row, 1)

    def is_empty(self) -> bool:
        return self._grid.count() == 0


def widest_date(widget: QWidget) -> int:
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(medium_date(dt.date(2028, month, 28))) for month in range(1, 13))


def _fill_palette(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, subtle_fill(palette))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class Chip(QLabel):
    """A tag: text on a faint fill, with room around it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(SPACING, 2, SPACING, 2)
        _fill_palette(self)


class ChipRow(QWidget):
    def __init__(self, texts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        flow = FlowLayout(self)
        for text in texts:
            flow.addWidget(Chip(text, self))


class Banner(QFrame):
    """A one-line notice on a faint fill with an icon, e.g. "Awaiting review"."""

    def __init__(self, text: str, symbol: Icon = Icon.INFO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _fill_palette(self)
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        row.setSpacing(SPACING)
        mark = QLabel(self)
        size = 2 * SPACING
        mark.setPixmap(icon(symbol).pixmap(size, size))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(mark)
        self.label = value_label(text, self)
        row.addWidget(self.label, 1)
