"""Helpers for the ledger's widget tests (the library fixtures come from tests/ui/conftest.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations

TODAY = dt.date.today()


@pytest.fixture
def show(qtbot):  # type: ignore[no-untyped-def]
    """Show a widget as the active window (keyboard shortcuts need one), closed after the test."""

    def shown(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(1000, 700)
        with qtbot.waitActive(widget):
            widget.show()
            widget.activateWindow()
        return widget

    return shown


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The French window (what run_gui does with --lang fr), for the test's length."""
    before = QLocale()
    locale = locale_for("fr")
    QLocale.setDefault(locale)
    translators = install_translations(qapp, locale)
    try:
        yield translators
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(before)
