"""Table cells with room on both sides (the 8-px rhythm), so right-aligned numbers never touch the next column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cardbook.ui.style import SPACING

PADDING = SPACING


class PaddedDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, focus
        if not text:
            return
        rect = opt.rect.adjusted(PADDING, 0, -PADDING, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        active = bool(opt.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Normal if active else QPalette.ColorGroup.Inactive
        if not opt.state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(opt.displayAlignment) | int(Qt.TextFlag.TextSingleLine), elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PADDING, size.height())


class HeaderStyle(QProxyStyle):
    """The application's style, with header labels inset like the cells below them."""

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric == QStyle.PixelMetric.PM_HeaderMargin:
            return PADDING
        return super().pixelMetric(metric, option, widget)


def pad_table(table: QTableView) -> None:
    """Give a table's cells and header labels the same inset."""
    table.setItemDelegate(PaddedDelegate(table))
    style = HeaderStyle()  # no base style: it follows the application's, and owns nothing
    style.setParent(table.horizontalHeader())
    table.horizontalHeader().setStyle(style)
