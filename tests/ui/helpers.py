"""Small helpers the window tests share: reading what the list and the pane show, clicking sidebar entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.services import AppServices, ChangeNotices
from cardbook.ui.contacts.table_model import Column, ContactTableModel
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sidebar_model import SidebarEntry


def list_names(window: MainWindow) -> list[str]:
    """The names the list shows, once the rows asked for have arrived (they are read in the background)."""
    return loaded_names(window.model)


def loaded_names(model: ContactTableModel) -> list[str]:
    """Every row asked for, then its name once its page has arrived: waits on the model's pagesArrived (each
    page read in the background announces itself, read or failed), never on a clock."""
    for row in range(model.rowCount()):
        model.data(model.index(row, Column.NAME))  # asks for the pages not read yet
    while model.loading:
        loop = QEventLoop()
        model.pagesArrived.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)  # a bound, not a wait: the loop ends at the first page arrived
        loop.exec()
        model.pagesArrived.disconnect(loop.quit)
    return [model.data(model.index(row, Column.NAME)) for row in range(model.rowCount())]


def show_contact(qtbot, window: MainWindow, contact_id: int) -> bool:  # type: ignore[no-untyped-def]
    """Choose a contact as `gui --view contact:ID` does, then wait until the pane shows it (read in the
    background)."""
    chosen = window.show_view(f"contact:{contact_id}")
    pane = window.contacts_page.pane
    qtbot.waitUntil(
        lambda: (
            window.presenter.reading is None
            and not window.controller.querying
            and (pane.contact_id == contact_id or pane.is_editing() or not chosen)
        ),
        timeout=10_000,
    )
    return chosen


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def click_sidebar(qtbot, window: MainWindow, entry: SidebarEntry) -> None:  # type: ignore[no-untyped-def]
    index = window.sidebar.sidebar_model.index_of(entry)
    assert index.isValid(), entry
    window.sidebar.scrollTo(index)
    rect = window.sidebar.visualRect(index)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)  # lists are queried in the background


def click_row(qtbot, window: MainWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    table = window.contacts_page.table
    index = window.model.index(row, Column.NAME)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait for the background queries a change starts (list, counts) to land."""
    from cardbook.ui.common.runner import pending_tasks

    qtbot.waitUntil(lambda: pending_tasks() == 0 and not window.controller.querying, timeout=10_000)
    # The last answer may have laid out new widgets: a layout shows a widget added to a visible parent through a
    # posted event, so until the loop turns once more the new rows exist but are not yet visible.
    QCoreApplication.processEvents()


def wait_loaded(qtbot, *pages: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait for ledger pages (Networks, Events, an event's page, Reports) to show what they read in the
    background."""
    qtbot.waitUntil(lambda: not any(getattr(page, "loading", False) for page in pages), timeout=10_000)
    QCoreApplication.processEvents()  # the rows laid out last are shown by a posted event (see `settle`)


def services_for(library: Library) -> AppServices:
    """What the window hands its features, for a page or section tested on its own: a fresh undo stack and change
    notice (whoever asks `services.notices.libraryChanged` hears every change, its undo and its redo)."""
    return AppServices(library, QUndoStack(), shared_runner(), ChangeNotices())
