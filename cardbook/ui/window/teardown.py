"""Deleting a window when it is done with, at a known moment, rather than whenever Python gets round to it.

Why: a MainWindow is Python-owned (no parent), and its features' connections (lambdas holding the window) keep
its wrapper alive in a cycle that passes through C++, which Python's garbage collector cannot see. So a window
`run_gui` closed stayed in memory, hidden, with its pages, its models and its timers, and each test that opened
one left another behind (a later test's "close the visible window" found the wrong one). `delete_now` closes
what is still open (a window closed once is not closed again: its closeEvent already shut its jobs down), asks
Qt to delete it, and has the deletion done before returning: `deleteLater` alone waits for an event loop, and
after `app.exec()` returned none runs. A widget Qt deleted already (WA_DeleteOnClose) is skipped.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget


def delete_now(*widgets: QWidget | None) -> None:
    for widget in widgets:
        if widget is None or not shiboken6.isValid(widget):
            continue
        if widget.isVisible():
            widget.close()
        if shiboken6.isValid(widget):  # closing may have deleted it (WA_DeleteOnClose)
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
