"""The card image of the review: zoomable, with the lines read drawn over it (click one to use its text), and
a corners mode on the original photo where the four corners of the card can be dragged.

Doubtful words are outlined with a dashed line and a "?" mark (shape and sign, not colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QPolygonF, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from cardbook.ui.importing.card_lines import CardLineBox

ZOOM_STEP = 1.25


class LineItem(QGraphicsRectItem):
    """One printed line: outlined; clicking it hands its text to the canvas."""

    def __init__(self, line: CardLineBox, canvas: CardCanvas) -> None:
        super().__init__(QRectF(line.left - 3, line.top - 3, line.width + 6, line.height + 6))
        self.line = line
        self._canvas = canvas
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPen(canvas.line_pen)
        tip = QCoreApplication.translate("CardCanvas", "Click to put “%1” in the field you are editing").replace(
            "%1", line.text
        )
        if line.doubtful:
            tip += "\n" + QCoreApplication.translate(
                "CardCanvas", "Some words were read with low confidence (dashed, marked ?)"
            )
        self.setToolTip(tip)
        for left, top, width, height in line.doubtful_words:
            word = QGraphicsRectItem(QRectF(left - 1, top - 1, width + 2, height + 2), self)
            word.setPen(canvas.doubt_pen)
            mark = QGraphicsSimpleTextItem("?", self)
            mark.setBrush(QBrush(canvas.doubt_pen.color()))
            font = mark.font()
            font.setPixelSize(max(10, height // 2))
            font.setBold(True)
            mark.setFont(font)
            mark.setPos(left + width - 2, top - font.pixelSize())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setBrush(QBrush(self._canvas.hover_fill))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._canvas.lineClicked.emit(self.line.text)
            event.accept()
            return
        super().mousePressEvent(event)


class CornerHandle(QGraphicsEllipseItem):
    def __init__(self, point: QPointF, radius: float, canvas: CardCanvas) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self._canvas = canvas
        self.setPos(point)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setPen(QPen(canvas.line_pen.color(), radius / 4))
        self.setBrush(QBrush(canvas.hover_fill))
        self.setZValue(2)
        self.setToolTip(QCoreApplication.translate("CardCanvas", "Drag to the card's corner"))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._canvas.corners_moved()
        return super().itemChange(change, value)


class CardCanvas(QGraphicsView):
    lineClicked = Signal(str)
    cornersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardCanvas")
        self.setAccessibleName(self.tr("Card image"))
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        accent = self.palette().color(self.palette().ColorRole.Highlight)
        self.line_pen = QPen(accent, 2)
        self.line_pen.setCosmetic(True)
        self.doubt_pen = QPen(QColor(200, 90, 0), 2, Qt.PenStyle.DashLine)
        self.doubt_pen.setCosmetic(True)
        self.hover_fill = QColor(accent.red(), accent.green(), accent.blue(), 50)
        self.line_items: list[LineItem] = []
        self.handles: list[CornerHandle] = []
        self._outline: QGraphicsPolygonItem | None = None
        self._fit = True

    # ---- content -------------------------------------------------------------------------------------------

    def _reset(self, image: QImage) -> None:
        scene = self.scene()
        scene.clear()
        self.line_items, self.handles, self._outline = [], [], None
        if not image.isNull():
            scene.addPixmap(QPixmap.fromImage(image))  # on the GUI thread: the worker handed a QImage
        scene.setSceneRect(QRectF(image.rect()))

    def show_card(self, image: QImage, lines: list[CardLineBox]) -> None:
        self._reset(image)
        for line in lines:
            item = LineItem(line, self)
            self.scene().addItem(item)
            self.line_items.append(item)
        self.zoom_fit()

    def show_photo(self, image: QImage, corners: list[tuple[float, float]]) -> None:
        """The original photo with the card's outline; `corners` in the image's pixels (TL, TR, BR, BL)."""
        self._reset(image)
        if len(corners) != 4:
            w, h = image.width(), image.height()
            corners = [(w * 0.1, h * 0.1), (w * 0.9, h * 0.1), (w * 0.9, h * 0.9), (w * 0.1, h * 0.9)]
        self._outline = QGraphicsPolygonItem()
        pen = QPen(self.line_pen)
        pen.setWidth(3)
        self._outline.setPen(pen)
        self.scene().addItem(self._outline)
        radius = max(8.0, max(image.width(), image.height()) / 80)
        for x, y in corners:
            handle = CornerHandle(QPointF(x, y), radius, self)
            self.scene().addItem(handle)
            self.handles.append(handle)
        self.corners_moved()
        self.zoom_fit()

    def corners(self) -> list[tuple[float, float]]:
        return [(h.pos().x(), h.pos().y()) for h in self.handles]

    def corners_moved(self) -> None:
        if self._outline is not None and len(self.handles) == 4:
            self._outline.setPolygon(QPolygonF([h.pos() for h in self.handles]))
            self.cornersChanged.emit()

    # ---- zoom ----------------------------------------------------------------------------------------------

    def zoom_fit(self) -> None:
        self._fit = True
        rect = self.scene().sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.zoom_fit()
