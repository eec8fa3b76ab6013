"""Writing a report to disk: HTML as the command line writes it (inline SVG charts, for a browser), and PDF
through Qt's rich-text engine from the `charts="table"` HTML (it draws no SVG; the bars become table cells),
paged by print_layout (rows kept whole, table headers repeated, words never broken)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from cardbook.ui.ledger.print_layout import prepare, print_document

PDF_RESOLUTION = 300
MARGIN_MM = 15.0


def write_html(path: Path, html: str) -> None:
    """Written next to the target then renamed, so a failed write never leaves half a report."""
    partial = path.with_name(path.name + ".part")
    partial.write_text(html, encoding="utf-8")
    partial.replace(path)


def write_pdf(path: Path, html: str, title: str, *, landscape: bool = False) -> None:
    """An A4 PDF of the report (the "table" charts flavour of its HTML); a wide table reads better landscape."""
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setTitle(title)
    writer.setCreator("Cardbook")
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    prepare(document, writer, html)
    print_document(document, writer)
    del writer  # closes the file
    if not partial.is_file() or partial.stat().st_size == 0:
        raise OSError(
            QCoreApplication.translate("ReportFiles", "The PDF could not be written to %1.").replace("%1", str(path))
        )
    partial.replace(path)
