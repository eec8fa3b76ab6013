"""A small horizontal bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Each bar is labelled in words and carries its value as text, so nothing depends on the colour or the length;
the colour is the palette's highlight, so the chart follows light and dark themes. Screen readers get the title
as the accessible name and every "label: value" in the description.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cardbook.ui.common.style import HALF, SPACING, scaled_font

MAX_LABEL_WIDTH = 30 * SPACING
MIN_BAR_WIDTH = 12 * SPACING
MAX_BAR_WIDTH = 60 * SPACING  # longer bars read no better, and push the values far from their labels


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    shown: str  # the value as the user reads it: "3", "75%", "120 €"


class BarChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader can read the figures

    def set_bars(self, title: str, bars: list[Bar], empty_text: str = "") -> None:
        self.title, self.bars, self.empty_text = title, list(bars), empty_text
        self.setAccessibleName(title)
        description = "; ".join(self._said(b) for b in self.bars) or empty_text
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()
        self.update()

    def _said(self, bar: Bar) -> str:
        """ "VivaTech: 8" (in French with the space before the colon)."""
        return self.tr("%1: %2").replace("%1", bar.label).replace("%2", bar.shown)

    def bar_at(self, y: int) -> Bar | None:
        """The bar drawn across height `y` (None: the title, the empty text or below the bars)."""
        row = (y - self._title_height()) // self._row_height() if y >= self._title_height() else -1
        return self.bars[row] if 0 <= row < len(self.bars) else None

    def event(self, event: QEvent) -> bool:
        """Over a bar, its tooltip is that bar's whole label and value: a long event name is cut in the chart
        ("Salon des Métiers d'Art et de la…"). Elsewhere, every bar's (set_bars)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().y())
            QToolTip.showText(event.globalPos(), self._said(bar) if bar else self.toolTip(), self)
            return True
        return super().event(event)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + SPACING

    def _title_height(self) -> int:
        return self.fontMetrics().height() + SPACING if self.title else 0

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(60 * SPACING, self._title_height() + rows * self._row_height() + HALF)

    def minimumSizeHint(self) -> QSize:
        return QSize(30 * SPACING, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        width = self.width()
        y = 0
        if self.title:
            painter.setFont(scaled_font(self, 1.0, bold=True))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, 0, width, self._title_height()), Qt.AlignmentFlag.AlignLeft, self.title)
            painter.setFont(self.font())
            y = self._title_height()
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(0, y, width, self._row_height()), Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            return
        label_width = min(MAX_LABEL_WIDTH, max(metrics.horizontalAdvance(b.label) for b in self.bars) + SPACING + 2)
        value_width = max(metrics.horizontalAdvance(b.shown) for b in self.bars) + SPACING
        bar_space = min(MAX_BAR_WIDTH, max(MIN_BAR_WIDTH, width - label_width - value_width - SPACING))
        top = max((b.value for b in self.bars), default=0.0) or 1.0
        row_height = self._row_height()
        bar_height = metrics.height() * 0.8
        for bar in self.bars:
            label_rect = QRectF(0, y, label_width - SPACING, row_height)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            length = max(0.0, bar.value) / top * bar_space
            if bar.value > 0:
                length = max(length, 2.0)  # a small value still shows
                rect = QRectF(label_width, y + (row_height - bar_height) / 2, length, bar_height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            value_rect = QRectF(label_width + length + HALF, y, value_width + SPACING, row_height)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.shown)
            y += row_height
