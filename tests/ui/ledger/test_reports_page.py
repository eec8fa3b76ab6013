"""The Reports page: both reports render with charts, and save as PDF and HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextOption

from cardbook.storage.library import Library
from cardbook.ui.ledger.bar_chart import Bar, BarChart
from cardbook.ui.ledger.reports_page import ReportsPage
from tests.ui.helpers import wait_loaded
from tests.ui.sample_library import Sample


def test_event_report_renders_and_saves(qtbot, lib: Library, sample: Sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.show_event_report(sample.events["Petit-déjeuner du Club"].id or 0)
    wait_loaded(qtbot, page)
    assert page.event_choice.currentData() == sample.events["Petit-déjeuner du Club"].id
    assert page.stack.currentWidget() is page.tabs
    assert [f.number.text() for f in page.figures] == ["5", "3", "2", "75%"]
    chart = page.charts[0]
    assert chart.accessibleName() == "Exchanges by kind"
    assert chart.accessibleDescription() == "⇄ mutual: 3; → they offered: 1; ← I offered: 0; ? unknown: 1"
    assert page.browser.toPlainText() == ""  # the document is laid out when its tab is shown
    page.tabs.setCurrentWidget(page.browser)
    assert "Petit-déjeuner du Club" in page.browser.toPlainText()
    assert page.browser.wordWrapMode() == QTextOption.WrapMode.WordWrap  # as printed: never inside a word
    chart.grab()  # paints without a warning

    pdf = page.save_pdf(tmp_path / "club.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    html = page.save_html(tmp_path / "club.html")
    assert html is not None
    text = html.read_text(encoding="utf-8")
    assert "Petit-déjeuner du Club" in text and "<svg" in text
    assert not list(tmp_path.glob("*.part"))


def test_network_report_with_a_period(qtbot, lib: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.show_network_report(all_time=False)
    wait_loaded(qtbot, page)
    assert page.period_choice.isVisibleTo(page) and not page.event_choice.isVisibleTo(page)
    assert page.period().start is not None
    assert [c.title for c in page.charts[:3]] == [
        "Mutual contacts per network",
        "Referrals received per network",
        "Cost per mutual contact",
    ]
    names = [b.label for b in page.charts[0].bars]
    assert "Club des Entrepreneurs Lyonnais" in names
    page.period_choice.setCurrentIndex(1)
    assert page.period().start is None
    assert not page.pdf_action.isEnabled()  # until the report for the new period is shown
    wait_loaded(qtbot, page)

    asked: list[str] = []

    def ask(caption: str, name: str, filters: str) -> str:
        asked.append(name)
        return str(tmp_path / "networks")  # no extension typed: one is added

    page.ask_path = ask
    page.pdf_action.trigger()
    page.html_action.trigger()
    assert asked[0].startswith("What each network brought") and asked[0].endswith(".pdf")
    assert (tmp_path / "networks.pdf").read_bytes().startswith(b"%PDF")
    assert "Club des Entrepreneurs Lyonnais" in (tmp_path / "networks.html").read_text(encoding="utf-8")
    page.ask_path = lambda *_: ""  # cancelled
    assert page.save_pdf() is None


def test_reports_empty_state(qtbot, empty_library: Library) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(empty_library)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title == "No event to report on"
    assert not page.pdf_action.isEnabled()
    assert page.save_html() is None


def test_bar_chart_labels_every_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars("Cards", [Bar("Club", 3.0, "3"), Bar("CCI", 0.0, "0")])
    chart.resize(400, chart.sizeHint().height())
    assert chart.accessibleDescription() == "Club: 3; CCI: 0"
    assert not chart.grab().isNull()
    chart.set_bars("Nothing", [], "No figures yet")
    assert chart.accessibleDescription() == "No figures yet"
    chart.grab()
