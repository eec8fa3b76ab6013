"""The card wall: the contact list shown as a grid of the cards' pictures, the name under each.

It is a second view of the contact list's own model and selection (`ContactTableModel`, column Name): the same
search, the same list (a tag, an event, the one-way givers...) and the same order, the same chosen contact —
the two views cannot drift, and the window's commands act on the contact chosen in either.

Smooth on a big library: one QListView in a wrapping left-to-right flow with uniform item sizes (its layout is
arithmetic, not one rectangle per item), a delegate that paints each tile (no widget per item), names read by
the model a page at a time, pictures from `thumbnails.Thumbnails` for the tiles in view only, a placeholder
meanwhile. A contact with no card picture (typed in, imported from a file) or whose picture cannot be read gets
a tidy plain card with their name and company.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts.records import ContactSummary
from cardbook.ui.common.style import HALF, SPACING, muted_color, scaled_font, subtle_fill
from cardbook.ui.contacts.table_model import Column, ContactTableModel
from cardbook.ui.contacts.thumbnails import PAGE_SIZE, Thumbnails

Index = QModelIndex | QPersistentModelIndex

PICTURE = QSize(25 * SPACING, 16 * SPACING)  # 200 × 128: a business card's 85 × 55 mm, rounded to the rhythm
PADDING = SPACING  # around the picture, inside the tile's highlight
RADIUS = HALF
LAYOUT_BATCH = 200  # tiles laid out per pass of the event loop (a screenful is 20 to 40)


class WallDelegate(QStyledItemDelegate):
    """Paints one tile: the picture (or a placeholder) and the name under it, elided; the tooltip says it all."""

    def __init__(self, model: ContactTableModel, thumbnails: Thumbnails, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._thumbnails = thumbnails
        # Fonts and their metrics made once: paint runs for every tile of every frame while scrolling.
        self._font = QFont(parent.font())
        self._italic = QFont(self._font)
        self._italic.setItalic(True)  # a card awaiting review, as in the list
        self._bold = scaled_font(parent, 1.0, bold=True)
        self._small = scaled_font(parent, 0.9)
        self._metrics = QFontMetrics(self._font)
        self._italic_metrics = QFontMetrics(self._italic)
        self._bold_metrics = QFontMetrics(self._bold)
        self._small_metrics = QFontMetrics(self._small)
        self._line = self._metrics.height()
        self.tile = QSize(PICTURE.width() + 2 * PADDING, PICTURE.height() + 2 * PADDING + self._line + HALF)

    def sizeHint(self, _option: QStyleOptionViewItem, _index: Index) -> QSize:
        return QSize(self.tile)

    def picture_rect(self, tile: QRect) -> QRect:
        return QRect(tile.left() + PADDING, tile.top() + PADDING, PICTURE.width(), PICTURE.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.row()
        contact_id = self._model.id_at(row)
        summary = self._model.summary_at(row)
        palette = option.palette
        cell = QRect(option.rect)  # the grid's cell: the tile centred in it
        left = cell.left() + (cell.width() - self.tile.width()) // 2
        tile = QRect(left, cell.top(), self.tile.width(), cell.height())
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(tile.adjusted(1, 1, -1, -1), RADIUS, RADIUS)
        box = self.picture_rect(tile)
        pixmap = self._thumbnails.pixmap(contact_id) if contact_id is not None else None
        if pixmap is not None:
            ratio = pixmap.devicePixelRatio() or 1.0
            size = QSize(round(pixmap.width() / ratio), round(pixmap.height() / ratio))
            at = QPoint(box.left() + (box.width() - size.width()) // 2, box.top() + (box.height() - size.height()) // 2)
            painter.drawPixmap(QRect(at, size), pixmap)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(at, size).adjusted(0, 0, -1, -1))
        else:
            plain = contact_id is not None and (
                self._thumbnails.has_face(contact_id) is False or self._thumbnails.failed(contact_id)
            )
            self._placeholder(painter, palette, box, summary if plain else None)
        if summary is not None:
            text_colour = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
            )
            painter.setPen(text_colour)
            review = summary.status is ContactStatus.AWAITING_REVIEW
            painter.setFont(self._italic if review else self._font)
            metrics = self._italic_metrics if review else self._metrics
            line = QRect(tile.left() + HALF, box.bottom() + HALF + 1, tile.width() - SPACING, self._line)
            name = metrics.elidedText(self.name(summary), Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), name)
        if state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tile.adjusted(1, 1, -2, -2), RADIUS, RADIUS)
        painter.restore()

    def _placeholder(self, painter: QPainter, palette: QPalette, box: QRect, summary: ContactSummary | None) -> None:
        """A plain card: with the name and company when the contact has no picture (or one that cannot be read),
        empty while their picture is on its way (so the tile does not flash a name before the picture)."""
        card = box.adjusted(0, 0, -1, -1)  # the size of a landscape card's picture: the grid stays even
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(subtle_fill(palette) if summary is not None else palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        if summary is None:
            return
        inner = card.adjusted(SPACING, SPACING, -SPACING, -SPACING)
        name_metrics, company_metrics = self._bold_metrics, self._small_metrics
        name = name_metrics.elidedText(self.name(summary), Qt.TextElideMode.ElideRight, inner.width())
        company = company_metrics.elidedText(summary.company or "", Qt.TextElideMode.ElideRight, inner.width())
        height = name_metrics.height() + (company_metrics.height() + HALF if company else 0)
        top = inner.top() + (inner.height() - height) // 2
        painter.setFont(self._bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        painter.drawText(QRect(inner.left(), top, inner.width(), name_metrics.height()), centred, name)
        if company:
            painter.setFont(self._small)
            painter.setPen(QColor(muted_color(palette)))
            at = top + name_metrics.height() + HALF
            painter.drawText(QRect(inner.left(), at, inner.width(), company_metrics.height()), centred, company)

    def name(self, summary: ContactSummary) -> str:
        return self._model.shown_name(summary) or self.tr("(no name)")

    def tooltip(self, row: int) -> str | None:
        summary = self._model.summary_at(row)
        if summary is None:
            return None
        lines = [self.name(summary), *(part for part in (summary.title, summary.company) if part)]
        if summary.status is ContactStatus.AWAITING_REVIEW:
            lines.append(self.tr("Awaiting review"))
        return "\n".join(lines)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = self.tooltip(index.row())
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


class CardWall(QListView):
    """The grid of cards. `opened(contact_id)`: a double click on a tile, or Enter."""

    opened = Signal(int)

    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardWall")
        self.setAccessibleName(self.tr("Card wall"))
        self._model = model
        self.thumbnails = Thumbnails(model.library, self._picture_pixels(), self.devicePixelRatioF(), self)
        self.delegate = WallDelegate(model, self.thumbnails, self)
        self.setItemDelegate(self.delegate)
        # A wrapping left-to-right flow of equal tiles: Qt lays it out by arithmetic (IconMode would keep a
        # rectangle per item and a spatial index: slow to lay out at 10,000 cards, and nothing here moves).
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        # Qt still visits every item when it lays the flow out, through the model's Python rowCount/columnCount
        # (about 25 µs an item): in batches, the first screen is painted after the first batch and the rest is
        # laid out over the next passes of the event loop, a few milliseconds each, instead of one long freeze.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(HALF)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)  # the list's rows, whole
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(False)
        self.setModel(model)
        self.setModelColumn(Column.NAME)
        self.verticalScrollBar().setSingleStep(self.delegate.tile.height() // 2)
        self.activated.connect(self._open)  # Enter (and a double click, on most styles)
        self.doubleClicked.connect(self._open)  # a double click where the style activates on a single one
        self._visible: set[int] = set()
        self.thumbnails.visible = self._visible.__contains__
        self._look = QTimer(self)  # what is in view, once per pass of the event loop (a scroll moves many times)
        self._look.setSingleShot(True)
        self._look.setInterval(0)
        self._look.timeout.connect(self.look)
        self.thumbnails.ready.connect(self._on_ready)
        # Through look_soon: a signal's arguments (the scroll bar's value) must not become the timer's interval.
        self.verticalScrollBar().valueChanged.connect(self.look_soon)
        model.modelReset.connect(self.look_soon)
        model.layoutChanged.connect(self.look_soon)
        model.rowsInserted.connect(self.look_soon)

    def _picture_pixels(self) -> QSize:
        """The picture's box in device pixels (sharp on a high-density screen); the thumbnails are cached at it."""
        ratio = self.devicePixelRatioF()
        return QSize(round(PICTURE.width() * ratio), round(PICTURE.height() * ratio))

    def look_soon(self, *_args: object) -> None:
        """Look at what is in view once the event loop comes back (a scroll moves many times per frame)."""
        self._look.start()

    def library_changed(self) -> None:
        self.thumbnails.library_changed()
        self.look_soon()

    # ---- what is in view -----------------------------------------------------------------------------------

    def visible_rows(self) -> range:
        """The rows whose tiles are in view, in order (tiles flow left to right, then down).

        Arithmetic on the grid (every tile is one grid cell, the flow starts at the top left): asking Qt which item
        is at a point goes through the model's Python rowCount for each point, and this runs on every frame of a
        scroll."""
        rows = self._model.rowCount()
        viewport = self.viewport().rect()
        grid = self.gridSize()
        if rows == 0 or viewport.isEmpty() or not self.isVisible() or not grid.isValid():
            return range(0)
        columns = max(1, viewport.width() // grid.width())
        top = self.verticalScrollBar().value()
        # A tile is shorter than its grid cell (the spacing below it): a line whose gap alone is in view at
        # the top shows no tile. Found with another set of fonts, where a scroll stopped inside that gap.
        tile = self.rectForIndex(self._model.index(0, 0)).height() or grid.height()
        first_line = max(0, (top - tile) // grid.height() + 1)
        last_line = (top + viewport.height() - 1) // grid.height()
        first = first_line * columns
        if first >= rows:
            return range(0)
        return range(first, min(rows, (last_line + 1) * columns))

    def look(self) -> None:
        """Ask for the names (the model), faces and pictures of the tiles in view; forget those scrolled past."""
        self._look.stop()
        shown = self.visible_rows()
        ids = [self._model.id_at(row) for row in shown]
        self._visible.clear()
        self._visible.update(i for i in ids if i is not None)
        if not shown:
            return
        # Faces by the model's pages of a hundred: one query for a screenful, no query per tile.
        first = shown.start - shown.start % PAGE_SIZE
        last = min(self._model.rowCount(), shown.stop + PAGE_SIZE - shown.stop % PAGE_SIZE)
        page_ids = [self._model.id_at(row) for row in range(first, last)]
        self.thumbnails.ask_faces(i for i in page_ids if i is not None)
        self.thumbnails.drop_hidden()
        for contact_id in reversed(ids):  # the first tiles are loaded first (the newest request goes first)
            if contact_id is not None:
                self.thumbnails.pixmap(contact_id)

    def _on_ready(self) -> None:
        self.viewport().update()
        self.look_soon()  # faces arrived: their pictures can be asked for

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: object = None) -> None:
        """Rows read in the background (names, never sizes: every tile is the same): a repaint. QListView would lay
        every tile out again for each page of rows that arrives, which at 10,000 cards restarts the layout while the
        user scrolls."""
        self.viewport().update()

    # ---- opening ---------------------------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        contact_id = self._model.id_at(index.row())
        if contact_id is not None:
            self.opened.emit(contact_id)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.look_soon()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._fit_columns(event.size().width())
        super().resizeEvent(event)
        self.look_soon()

    def _fit_columns(self, width: int) -> None:
        """As many columns as fit, the width left over shared between them (no ragged gap on the right)."""
        tile = self.delegate.tile
        usable = width - 2 * self.spacing()  # the viewport's width: the scroll bar is beside it
        step = tile.width() + 2 * self.spacing()
        columns = max(1, usable // step)
        grid = QSize(max(step, usable // columns), tile.height() + 2 * self.spacing())
        if grid != self.gridSize():
            self.setGridSize(grid)
