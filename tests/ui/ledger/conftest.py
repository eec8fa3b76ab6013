"""Helpers for the ledger's widget tests (the library fixtures come from tests/ui/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

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
