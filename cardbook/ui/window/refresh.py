"""The window's one reaction to the one change notice (`services.notices.libraryChanged`): what to reread after
a write, an import, an undo or a redo, and how the contact to show is found again once the list has it.

Kept apart from main_window (which assembles the window) because it is the part that knows the order of a
refresh: a ledger change first refreshes the ledger's views (ledger.feature.WindowLedger), then the list; any
other change recounts and requeries the list at once. Every read here goes through the runner — the sidebar's
counts, the list (the contact list's own thread), whether the event or network a list shows still exists — so
a big library never freezes the window.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject

from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks
from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.contacts.filters import ALL_CONTACTS, ContactFilter, FilterKind
from cardbook.ui.contacts.welcome import mark_welcomed
from cardbook.ui.window.sidebar_data import SidebarData, load_sidebar_data

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from cardbook.ui.common.services import AppServices
    from cardbook.ui.contacts.contacts_controller import ContactsController
    from cardbook.ui.contacts.contacts_view import ContactsPage
    from cardbook.ui.contacts.list_controller import ContactListController
    from cardbook.ui.contacts.table_model import ContactTableModel
    from cardbook.ui.ledger.feature import WindowLedger
    from cardbook.ui.window.sidebar import Sidebar

COUNTS = "sidebar counts"  # the runner's key: the newest count wins


class Window(Protocol):
    """What of the main window a refresh touches (not the class itself: main_window imports this module)."""

    library: Library
    services: AppServices
    controller: ContactListController
    presenter: ContactsController
    contacts_page: ContactsPage
    model: ContactTableModel
    sidebar: Sidebar
    count_label: QLabel
    ledger: WindowLedger
    dataLoaded: SignalInstance

    def show_view(self, view: str) -> bool: ...

    def current_page(self) -> str: ...

    def mark_page(self, page: str) -> None: ...


class WindowRefresh(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(cast(QObject, window))
        self._w = window
        self._show_after_refresh: int | None = None
        self._rebuild_pane = False  # after the list's refresh, rebuild the contact pane (not after a ledger change)
        self.announce_load = False  # the window's first counts and list emit its dataLoaded
        self._counts_shown = False

    def wire(self) -> None:
        w = self._w
        w.services.notices.libraryChanged.connect(self.on_library_changed)
        w.controller.resultsChanged.connect(self._on_results)
        w.ledger.refreshed.connect(self._after_ledger_change)

    def on_library_changed(self, change: LibraryChange) -> None:
        """The one reaction to every write: a ledger change refreshes the ledger's views first (then, through
        `_after_ledger_change`, the list); any other recounts and requeries the list, showing `change.shown`."""
        if change.ledger:
            self._w.ledger.changed(reload_pane=not change.in_place, keep=change.page)
        else:
            self.contacts_changed(change.shown)

    def read_counts(self, *, pages: bool = True) -> None:
        """The sidebar's lists and counts read in the background, then shown (`show_counts`)."""
        self._counts_shown = False
        library, today = self._w.library, dt.date.today()
        self._w.services.runner.run(
            COUNTS,
            lambda: load_sidebar_data(library, today),
            lambda data, _e: self.show_counts(data, pages=pages),
            self,
        )

    def show_counts(self, data: SidebarData | None, *, pages: bool = True) -> None:
        """The sidebar's lists and counts, the contact count in the status bar, and (`pages`) the ledger pages."""
        w = self._w
        if data is None:  # the read failed (the library went away): keep what is shown
            return
        welcomed = w.presenter.welcomed or data.welcomed or data.total > 0
        total_changed = w.presenter.total != data.total or w.presenter.welcomed != welcomed
        w.presenter.total, w.presenter.welcomed = data.total, welcomed
        if data.total > 0 and not data.welcomed:  # the first contact: the welcome is not shown again
            library = w.library  # (a write that fails, the library locked, is tried again at the next count)
            w.services.runner.run(None, lambda: mark_welcomed(library), lambda _r, _e: None)
        if total_changed:  # the list's heading and the empty library's welcome depend on it
            w.presenter.show_results()
        w.sidebar.populate(data)
        if w.sidebar.current_entry() is None:  # refilled: the page shown is chosen again (or the list shown)
            w.mark_page(w.current_page())
        w.count_label.setText(labels.contact_count(data.total))
        if pages:
            w.ledger.mark_stale()
        self._counts_shown = True
        self._announce()

    def _announce(self) -> None:
        """dataLoaded, once, when both the counts and the list read for the load are shown."""
        if self.announce_load and self._counts_shown and not self._w.controller.querying:
            self.announce_load = False
            self._w.dataLoaded.emit()

    def _after_ledger_change(self) -> None:
        self._forget_deleted_filter()
        self.contacts_changed(None, rebuild=False)

    def _forget_deleted_filter(self) -> None:
        """The list of those met at an event or through a network that no longer exists: everyone instead."""
        w, shown = self._w, self._w.controller.filter
        if shown.ref_id is None or shown.kind not in (FilterKind.EVENT, FilterKind.NETWORK):
            return
        library = w.library

        def forget(exists: bool | None, _error: BaseException | None) -> None:
            if exists is False and w.controller.filter == shown:
                w.controller.set_filter(ALL_CONTACTS)

        w.services.runner.run("shown list exists", lambda: _exists(library, shown), forget, self)

    def contacts_changed(self, contact_id: int | None, *, rebuild: bool = True) -> None:
        """After an edit, a deletion, an import, an undo or a ledger change: recount and requery in the background
        (a big library takes a moment), repaint the rows shown, and show `contact_id` once the list has it (its
        pane rebuilt, unless `rebuild` is False: a ledger change updates the pane in place)."""
        w = self._w
        self.read_counts(pages=rebuild)
        self._show_after_refresh = contact_id if contact_id is not None else w.contacts_page.current_id()
        self._rebuild_pane = self._rebuild_pane or rebuild
        w.model.refresh_rows()
        w.controller.refresh_later()

    def _on_results(self) -> None:
        w = self._w
        self._announce()
        contact_id, self._show_after_refresh = self._show_after_refresh, None
        rebuild, self._rebuild_pane = self._rebuild_pane, False
        if contact_id is None or w.contacts_page.pane.is_editing():
            return
        if not w.contacts_page.select_contact(contact_id):
            w.show_view(f"contact:{contact_id}")
        w.presenter.show_contact(w.contacts_page.current_id(), force=rebuild)


def _exists(library: Library, shown: ContactFilter) -> bool:
    """Whether the event or network a list shows still exists (read on a worker thread)."""
    try:
        if shown.kind is FilterKind.EVENT:
            ledger_events.get_event(library, shown.ref_id or 0)
        else:
            networks.get_network(library, shown.ref_id or 0)
    except NotFoundError:
        return False
    return True
