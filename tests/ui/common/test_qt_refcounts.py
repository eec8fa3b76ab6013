"""PySide6 6.12.0 under-counted references to None on every void Qt call under Python 3.11, so the app
aborted ("none_dealloc") after a few hundred clicks. pyproject.toml keeps PySide6 below 6.12; this test fails
if a version with that bug is installed again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_reference_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        widget.setVisible(False)
    assert sys.getrefcount(None) >= before - 50
