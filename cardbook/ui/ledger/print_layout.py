"""A report's pages for print, laid out by measuring Qt's text document rather than by QTextDocument.print_.

Why not print_: it cuts pages at a fixed height, so a table row (a person, a network) is split across two pages
— Qt's rich text ignores `page-break-inside: avoid` — and it adds 2 cm margins of its own to the printer's.
Here the document is laid out once as one long page at the printable width; the places where a page may end are
measured (above a paragraph line, a table row, a table), never right after a heading nor between a table's
header and its first row; each page is then drawn as a slice of that long page, with the table's header row
drawn again above a table that continues. Words wrap at word boundaries only (Qt's default also breaks inside
a word when a column is narrow); a table whose words cannot fit the width is laid out wider and scaled down.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QTextDocument, QTextFormat, QTextOption, QTextTable

FOOTER_LINES = 2.0  # room kept under each page's text for its number, in lines of the document's font


@dataclass(frozen=True, slots=True)
class Slice:
    """One page: the band [top, bottom) of the long page, under the header band of the table it continues."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class _Table:
    top: float
    header: tuple[float, float] | None  # its header rows' band, when it has one
    bottom: float


def prepare(document: QTextDocument, device: QPagedPaintDevice, html: str) -> None:
    """Lay `html` out for `device` at its printable width (fonts at the device's resolution)."""
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
    document.setDefaultTextOption(option)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)  # the page layout has the margins
    document.setHtml(html)
    document.setTextWidth(device.width())


def content_width(document: QTextDocument) -> float:
    """The width the document really takes (a table of unbreakable words may be wider than the text width)."""
    layout = document.documentLayout()
    rights = [layout.frameBoundingRect(frame).right() for frame in document.rootFrame().childFrames()]
    return max([document.size().width(), *rights])


def _row_top(document: QTextDocument, table: QTextTable, row: int) -> float:
    """The top of a table row: its cells' first lines, less the space above them in the cell."""
    layout = document.documentLayout()
    default_padding = table.format().cellPadding()
    tops = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if not cell.isValid() or cell.row() != row:
            continue  # a cell spanning from an earlier row
        block = cell.firstCursorPosition().block()
        cell_format = cell.format().toTableCellFormat()
        padding = (
            cell_format.topPadding()
            if cell_format.hasProperty(QTextFormat.Property.TableCellTopPadding)
            else default_padding
        )
        above = block.blockFormat().topMargin() + padding + cell_format.topBorder()
        tops.append(layout.blockBoundingRect(block).top() - above)
    return min(tops) if tops else layout.frameBoundingRect(table).top()


def _measure(document: QTextDocument) -> tuple[list[float], list[_Table]]:
    """Where a page may end, and the top-level tables (for their header rows), in document coordinates."""
    layout = document.documentLayout()
    tables: list[_Table] = []
    elements: list[tuple[float, list[float], bool]] = []  # (top, more cuts inside, is a heading)
    for frame in document.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if not isinstance(frame, QTextTable) or frame.rows() == 0:
            elements.append((rect.top(), [], False))
            continue
        heads = frame.format().headerRowCount()
        rows = [_row_top(document, frame, r) for r in range(frame.rows())]
        band = (rows[0], rows[heads]) if 0 < heads < frame.rows() else None
        tables.append(_Table(rect.top(), band, rect.bottom()))
        elements.append((rect.top(), rows[max(heads, 0) + 1 :], False))
    spans = [(frame.firstPosition(), frame.lastPosition()) for frame in document.rootFrame().childFrames()]
    block = document.begin()
    while block.isValid():
        inside = any(first <= block.position() <= last for first, last in spans)
        if not inside and block.isVisible():
            rect = layout.blockBoundingRect(block)
            text_layout = block.layout()
            origin = text_layout.boundingRect().top()
            lines = [rect.top() + text_layout.lineAt(i).y() - origin for i in range(1, text_layout.lineCount())]
            elements.append((rect.top(), lines, block.blockFormat().headingLevel() > 0))
        block = block.next()
    elements.sort(key=lambda element: element[0])
    cuts: list[float] = []
    after_heading = False
    for top, inner, heading in elements:
        if not after_heading:  # a heading stays with what it introduces
            cuts.append(top)
        cuts += inner
        after_heading = heading
    return sorted(set(cuts)), tables


def paginate(cuts: list[float], tables: list[_Table], end: float, page_height: float) -> list[Slice]:
    """Fill each page up to the last place it may end; a row taller than a page is cut where the page ends."""
    slices: list[Slice] = []
    top = 0.0
    while top < end - 0.5:
        continued = next((t for t in tables if t.header and t.header[1] - 0.5 <= top < t.bottom - 0.5), None)
        header = continued.header if continued else None
        limit = top + page_height - (header[1] - header[0] if header else 0.0)
        if limit >= end:
            bottom = end
        else:
            fitting = [cut for cut in cuts if top + 1.0 < cut <= limit]
            bottom = fitting[-1] if fitting else limit
        slices.append(Slice(top, bottom, header))
        top = bottom
    return slices


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Draw the prepared `document` on `device`, page after page; returns the number of pages."""
    width = content_width(document)
    if width > device.width() + 0.5:  # unbreakable words wider than the page: lay out wider, then scale down
        document.setTextWidth(width)
        width = content_width(document)
    scale = min(1.0, device.width() / width)
    line = document.documentLayout().paintDevice().logicalDpiY() * document.defaultFont().pointSizeF() / 72
    footer = FOOTER_LINES * line
    page_height = (device.height() - footer) / scale
    cuts, tables = _measure(document)
    slices = paginate(cuts, tables, document.size().height(), page_height)
    painter = QPainter(device)
    try:
        for number, piece in enumerate(slices, start=1):
            if number > 1:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            offset = 0.0
            if piece.header:
                head_top, head_bottom = piece.header
                painter.save()
                painter.translate(0, -head_top)
                document.drawContents(painter, QRectF(0, head_top, width, head_bottom - head_top))
                painter.restore()
                offset = head_bottom - head_top
            painter.translate(0, offset - piece.top)
            document.drawContents(painter, QRectF(0, piece.top, width, piece.bottom - piece.top))
            painter.restore()
            painter.setPen(QColor("#777777"))
            painter.setFont(document.defaultFont())
            box = QRectF(0, device.height() - footer, device.width(), footer)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, f"{number} / {len(slices)}"
            )
    finally:
        painter.end()
    return len(slices)
