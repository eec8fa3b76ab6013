"""A layout that places items left to right and wraps them onto new lines (Qt's classic flow layout example).

A row of buttons in a QHBoxLayout asks for the sum of its buttons' widths as a minimum, and the widest row of the
widest page set the whole window's minimum width; a flow row only asks for its widest item and wraps below that."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

from cardbook.ui.common.style import HALF


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = HALF, *, right: bool = False) -> None:
        """`right`: each line ends at the right edge (a dialog's buttons, Accept last) instead of starting at the
        left one."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._right = right
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line: the width a splitter or a box layout gives it when there is room (its minimum is only
        the widest item)."""
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        margins = self.contentsMargins()
        width = sum(hint.width() for hint in shown) + self._gap * max(0, len(shown) - 1)
        height = max((hint.height() for hint in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room (nor a gap)
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._gap
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            line = self._widened(line, area.width())
            used = sum(hint.width() for _item, hint in line) + self._gap * (len(line) - 1)
            x = area.right() + 1 - used if self._right else area.x()
            for item, hint in line:
                if move:  # items of different heights (a check box beside buttons) share the line's middle
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(0, y - self._gap - rect.y()) + margins.bottom()

    def _widened(self, line: list[tuple[QLayoutItem, QSize]], width: int) -> list[tuple[QLayoutItem, QSize]]:
        """The line with the room it leaves shared among its horizontally expanding items (a long list that reads
        better wide), each up to its maximum width, as a box layout's stretch would."""
        spare = width - sum(hint.width() for _item, hint in line) - self._gap * (len(line) - 1)
        growing = [item for item, _hint in line if _expanding(item)]
        if spare <= 0 or not growing:
            return line
        share = spare // len(growing)
        return [
            (item, QSize(min(hint.width() + share, item.maximumSize().width()), hint.height()) if item in growing
             else hint)
            for item, hint in line
        ]  # fmt: skip


def _expanding(item: QLayoutItem) -> bool:
    """A widget whose own policy says it grows (not one that merely holds a growing child, as Qt would count it)."""
    widget = item.widget()
    growing = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
    return widget is not None and widget.sizePolicy().horizontalPolicy() in growing
