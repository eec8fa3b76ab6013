"""The printed reports, read back from the PDF the window writes (poppler's pdftotext and pdftoppm):
words are never broken — in the table headers above all —, no table row is split across two pages, and every
page renders. On the demo library, whose biggest event and whose networks take more than one page."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextTable

from cardbook.app import report_render
from cardbook.app.report_words import tr
from cardbook.app.sample_data import generate_demo
from cardbook.domain.reports import Period
from cardbook.storage.ledger import events, reports
from cardbook.storage.library import Library
from cardbook.ui.ledger.report_files import write_pdf

TODAY = dt.date(2026, 11, 27)
_MARKS = str.maketrans(dict.fromkeys("\ufffc\ufdd0\ufdd1", " "))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = Library.open(tmp_path_factory.mktemp("demo") / "lib")
    generate_demo(library, 400, today=TODAY)
    yield library
    library.close()


def _report_html(library: Library, kind: str, lang: str) -> str:
    """The HTML the Reports page prints (charts as tables): the biggest event's, or the networks' of a year."""
    if kind == "event":
        biggest = max(
            (reports.event_report(library, e.id or 0) for e in events.list_events(library)),
            key=lambda r: len(r.people),
        )
        return report_render.event_report_html(biggest, lang, TODAY, "table")
    period = Period.year_until(TODAY)
    return report_render.network_report_html(reports.network_report(library, period), period, lang, TODAY, "table")


def _words(text: str) -> list[str]:
    """Words as pdftotext gives them: ligatures (ﬂ) unfolded, no-break spaces as spaces, without Qt's marks of
    an object or a nested table's start and end."""
    return unicodedata.normalize("NFKC", text.translate(_MARKS)).split()


def _fragments(word: str) -> set[str]:
    """The pieces a word may be printed in: cut only where a line may break (after a hyphen, a slash…)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, word)
    cuts = [0]
    while (position := finder.toNextBoundary()) not in (-1, len(word)):
        cuts.append(position)
    cuts.append(len(word))
    return {word[a:b].strip() for i, a in enumerate(cuts) for b in cuts[i + 1 :]}


def _cell_words(table: QTextTable, row: int, column: int) -> list[str]:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return _words(cursor.selectedText())


def _table_words(document: QTextDocument) -> tuple[list[str], list[list[str]]]:
    """The words of the tables' header rows, and those of each body row."""
    headers: list[str] = []
    rows: list[list[str]] = []
    for table in document.rootFrame().childFrames():
        assert isinstance(table, QTextTable)
        heads = table.format().headerRowCount()
        for row in range(table.rows()):
            words = [w for column in range(table.columns()) for w in _cell_words(table, row, column)]
            if row < heads:
                headers += words
            elif words:
                rows.append(words)
    return headers, rows


def _pdftotext(pdf: Path, mode: str) -> list[list[str]]:
    """The words of each page, in reading order (-layout) or in the order they were drawn (-raw)."""
    out = subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if not pages[-1].strip():  # the form feed ends each page, the last one included
        pages.pop()
    return [_words(page) for page in pages]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", ["event", "network"])
def test_printed_report_pages(qapp, demo: Library, tmp_path: Path, kind: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    html = _report_html(demo, kind, lang)
    pdf = tmp_path / f"{kind}-{lang}.pdf"
    write_pdf(pdf, html, kind, landscape=kind == "network")
    document = QTextDocument()
    document.setHtml(html)

    pages = _pdftotext(pdf, "-layout")
    assert len(pages) >= 2, "the demo's report should take more than one page, to check the page breaks"
    # Every printed word is a word of the report, or a piece of one cut where a line may break.
    # A narrow no-break space ("0\u202f€") may be too narrow for pdftotext to see a space.
    plain = document.toPlainText()
    joined = document.toRawText().replace("\u202f", "").replace("\u00a0", "")  # toPlainText drops them
    allowed = {piece for word in _words(plain) + _words(joined) for piece in _fragments(word)}
    numbers = range(1, len(pages) + 1)  # "2 / 3" under each page, which pdftotext may print "2/3"
    allowed |= {"/", *(str(n) for n in numbers), *(f"{n}/{len(pages)}" for n in numbers)}
    printed = [word for page in pages for word in page]
    assert sorted({w for w in printed if w not in allowed}) == []
    # The column headers' words are whole (a narrow column once printed "Networ" / "k").
    header_words, rows = _table_words(document)
    assert header_words and tr("network" if kind == "network" else "name", lang) in header_words
    assert sorted({w for w in header_words if w not in printed}) == []

    # Each table row is drawn whole on one page: its words follow one another in one page's drawing order.
    raw = _pdftotext(pdf, "-raw")
    assert len(rows) > 20
    # Compared without spaces: a cell's text may wrap inside a word at a hyphen ("Croix-" / "Rousse"), which
    # the row's words do not know, depending on the fonts installed.
    pages_text = ["".join(page) for page in raw]
    split = [" ".join(row) for row in rows if not any("".join(row) in text for text in pages_text)]
    assert split == []

    # Every page renders to an image with something drawn on it.
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pages)
    for path in images:
        image = QImage(str(path))
        assert not image.isNull()
        dark = sum(
            1
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if image.pixelColor(x, y).lightness() < 128
        )
        assert dark > 20, path.name
