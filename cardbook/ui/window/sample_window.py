"""The welcome's "Open the sample data": a library of sample contacts, events and networks, in a window of its own.

Why a library of its own rather than filling the user's (as `cardbook demo` does when asked): the user opens it to
look around before importing their own cards, and 300 invented people mixed into a real address book would then
have to be deleted one by one. The sample lives beside the user's library (`<library>-sample`), is generated
once (`cardbook.app.sample_data`, about a second) and reopened as it was left afterwards.

The library is opened and filled on a worker thread; the window, a second MainWindow made by the caller's
factory, opens once it is ready, titled so that nobody mistakes it for their own library, and closes its library
when it is closed (or when the main window is).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from cardbook.app.errors import describe
from cardbook.app.sample_data import generate_demo
from cardbook.storage.contacts.records import count_contacts
from cardbook.storage.library import Library
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.services import AppServices

SAMPLE_CONTACTS = (
    300  # as `cardbook demo`: enough for every page (lists, reports, the card of a regular) to say something
)


def sample_library_path(library: Library) -> Path:
    return library.root.with_name(library.root.name + "-sample")


def open_sample_library(root: Path) -> Library:
    """On a worker thread: the sample library, generated the first time."""
    library = Library.open(root)
    try:
        if count_contacts(library) == 0:
            generate_demo(library, SAMPLE_CONTACTS)
    except BaseException:
        library.close()
        raise
    return library


class SampleData(QObject):
    """The "Open the sample data" action and the one sample window it opens."""

    def __init__(self, services: AppServices, parent: QWidget, make_window: Callable[[Library], QMainWindow]) -> None:
        super().__init__(parent)
        self._services = services
        self._make_window = make_window
        self.window: QMainWindow | None = None
        self._opening = False
        self.action = QAction(icon(Icon.CONTACTS), self.tr("Open the &sample data"), parent)
        self.action.setStatusTip(self.tr("Look around sample contacts, events and networks in a window of their own"))
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        if self.window is not None:  # already open: bring it forward
            self.window.raise_()
            self.window.activateWindow()
            return
        if self._opening:
            return
        self._opening = True
        self._services.status(self.tr("Preparing the sample data…"))
        root = sample_library_path(self._services.library)
        self._services.runner.run(None, lambda: open_sample_library(root), self._ready, self)

    def _ready(self, library: Library | None, error: BaseException | None) -> None:
        self._opening = False
        if library is None:
            message = describe(error)[0] if error is not None else ""
            self._services.status(self.tr("Could not open the sample data: %1").replace("%1", message))
            return
        window = self._make_window(library)
        window.setWindowTitle(self.tr("Cardbook — sample data"))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The window waited for its background reads when it closed: its library can close with it. Bound methods,
        # never a lambda holding this object (open_library.LibraryOpener says why: a connection of a window deleted
        # on close must not own what is above it).
        window.destroyed.connect(library.close)
        window.destroyed.connect(self._window_gone)
        self.window = window
        window.show()
        self._services.status(self.tr("The sample data opened in a window of its own: your library stays as it is."))

    def _window_gone(self) -> None:
        self.window = None

    def close_window(self) -> None:
        """The main window is closing: the sample's goes too."""
        if self.window is not None:
            self.window.close()
