"""Dialogs give text room (issue 16, item 4): fields are as wide as so many characters of the font, not so many
pixels, so an email of 35 characters shows whole in My card, at the default font and at a larger one; texts a
narrow column or a sidebar cuts carry their whole text as a tooltip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QRadioButton, QToolTip

from cardbook.domain.network import Event
from cardbook.storage.library import Library
from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations
from cardbook.ui.contacts.table_model import Column
from cardbook.ui.importing.import_setup import ImportSetupDialog
from cardbook.ui.interchange.duplicates_dialog import DuplicatesDialog, Pair
from cardbook.ui.interchange.my_card import MyCardDialog
from cardbook.ui.ledger.bar_chart import Bar, BarChart
from cardbook.ui.ledger.event_dialog import EventDialog
from cardbook.ui.ledger.follow_up_dialog import FollowUpDialog
from cardbook.ui.ledger.reports_page import ReportsPage
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.preferences import PreferencesDialog
from cardbook.ui.window.sidebar_model import ENTRY_ROLE
from tests.ui.helpers import services_for

EMAIL_35 = "marguerite.delacroix@atelier-sud.fr"
NAME_35 = "Marguerite-Amélie Delacroix-Fontenay"
EVENT_NAME = "Salon des Métiers d'Art et de la Création de Lyon"


@pytest.fixture(params=[1.0, 1.5], ids=["default font", "larger font"])
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:  # type: ignore[type-arg]
    """The application's font as it is, then half as large again (a user's accessibility setting)."""
    before = QFont(qapp.font())
    if request.param != 1.0:
        larger = QFont(before)
        larger.setPointSizeF(before.pointSizeF() * request.param)
        qapp.setFont(larger)
    yield request.param
    qapp.setFont(before)


def _one_line(edit: QPlainTextEdit) -> bool:
    """The text box shows its first line whole: not wrapped into two."""
    layout = edit.document().firstBlock().layout()
    return layout is not None and layout.lineCount() == 1


def _shows_whole(edit: QLineEdit) -> bool:
    edit.setCursorPosition(0)
    inner = edit.contentsRect().width() - 2 * 2 - edit.textMargins().left() - edit.textMargins().right()
    return edit.fontMetrics().horizontalAdvance(edit.text()) <= inner


def test_my_card_shows_a_35_character_email_whole(qtbot, lib: Library, font_scale: float) -> None:  # type: ignore[no-untyped-def]
    dialog = MyCardDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)  # the stored card is read in the background
    dialog.emails.setPlainText(EMAIL_35)
    dialog.name.setText(NAME_35)
    qtbot.waitUntil(lambda: dialog.emails.document().firstBlock().layout().lineCount() > 0)
    assert _one_line(dialog.emails)
    assert dialog.emails.viewport().width() > dialog.fontMetrics().horizontalAdvance(EMAIL_35)
    assert _shows_whole(dialog.name)
    for edit in (dialog.phones, dialog.websites, dialog.address):  # every field of the form, not the email alone
        assert edit.width() == dialog.emails.width()
    # Two lines of each list show, whatever the font.
    assert dialog.emails.viewport().height() >= 2 * dialog.emails.fontMetrics().lineSpacing()


def test_a_form_dialog_gives_a_long_event_name_room(qtbot, font_scale: float) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(Event(name=EVENT_NAME), [], lambda event: event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _shows_whole(dialog.name)
    assert dialog.notes.viewport().height() >= 3 * dialog.notes.fontMetrics().lineSpacing()


def test_a_dialog_is_as_wide_as_its_font_asks(qtbot, lib: Library, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    services = services_for(lib)
    widths = []
    before = QFont(qapp.font())
    try:
        for scale in (1.0, 1.5):
            font = QFont(before)
            font.setPointSizeF(before.pointSizeF() * scale)
            qapp.setFont(font)
            dialog = PreferencesDialog(services)
            qtbot.addWidget(dialog)
            widths.append(dialog.minimumWidth())
            dialog.close()
    finally:
        qapp.setFont(before)
    assert widths[1] > 1.3 * widths[0]  # in pixels it would not move


def test_cut_texts_carry_their_whole_text_as_a_tooltip(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model, table = window.model, window.contacts_page.table
    table.horizontalHeader().resizeSection(Column.COMPANY, 40)  # a narrow company column cuts every name
    rows = [r for r in range(model.rowCount()) if model.data(model.index(r, Column.COMPANY))]
    assert rows
    for row in rows:
        company = model.data(model.index(row, Column.COMPANY))
        assert model.data(model.index(row, Column.COMPANY), Qt.ItemDataRole.ToolTipRole) == company
        summary = model.summary_at(row)
        assert summary is not None and summary.name
        assert summary.name in model.data(model.index(row, Column.NAME), Qt.ItemDataRole.ToolTipRole)
    # The sidebar's events and networks: the whole name (and the event's date and place).
    sidebar = window.sidebar.sidebar_model
    entries = [
        sidebar.index(row, 0, sidebar.index(section, 0))
        for section in range(sidebar.rowCount())
        for row in range(sidebar.rowCount(sidebar.index(section, 0)))
    ]
    named = [e for e in entries if e.data(ENTRY_ROLE) is not None]
    assert named
    for entry in named:
        assert str(entry.data(Qt.ItemDataRole.DisplayRole)) in str(entry.data(Qt.ItemDataRole.ToolTipRole))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, showing a tooltip
def test_a_bar_s_tooltip_is_its_whole_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart("Cards by event")
    qtbot.addWidget(chart)
    chart.set_bars("Cards by event", [Bar("VivaTech", 8, "8"), Bar(EVENT_NAME, 3, "3")])
    chart.resize(40 * 8, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    second_row = chart._title_height() + chart._row_height() + chart._row_height() // 2
    assert chart.bar_at(second_row) == chart.bars[1]
    at = QPoint(10, second_row)
    QApplication.sendEvent(chart, QHelpEvent(QHelpEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == f"{EVENT_NAME}: 3"
    assert chart.bar_at(0) is None  # over the title: the whole chart's description
    QToolTip.hideText()


def test_the_duplicates_table_gives_its_cut_texts_as_tooltips(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    dialog = DuplicatesDialog(lib)
    qtbot.addWidget(dialog)
    reason = "same email marguerite.delacroix@atelier-sud.fr, close name at Atelier Sud"
    dialog.set_pairs([Pair(1, NAME_35, 2, "Marguerite Delacroix", 92, reason)])
    assert [dialog.table.item(0, column).toolTip() for column in (1, 2, 3)] == [NAME_35, "Marguerite Delacroix", reason]


def test_the_report_s_event_choice_gives_the_whole_name_as_a_tooltip(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.event_choice.addItem(EVENT_NAME * 2, 1)  # longer than the list's widest (70 characters)
    page.event_choice.setCurrentIndex(page.event_choice.count() - 1)
    assert page.event_choice.toolTip() == EVENT_NAME * 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_import_dialog_shows_each_answer_whole(qtbot, qapp, lang: str, font_scale: float) -> None:  # type: ignore[no-untyped-def]
    """Its longest answer, in French, was cut at the dialog's edge: a minimum width of its own had replaced the
    one its content needs."""
    translators = install_translations(qapp, locale_for(lang))
    try:
        dialog = ImportSetupDialog(3)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        answers = dialog.findChildren(QRadioButton)
        assert len(answers) == 6
        for answer in answers:
            assert answer.width() >= answer.sizeHint().width(), answer.text()
    finally:
        remove_translations(qapp, translators)


def test_a_form_s_explanation_takes_the_field_s_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A wrapped explanation under a field kept to a narrow column (three lines for one sentence)."""
    dialog = FollowUpDialog(7, "Ana Ruiz", lambda follow_up: follow_up, dt.date(2026, 12, 6))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rhythm_note.width() == dialog.note.width()
