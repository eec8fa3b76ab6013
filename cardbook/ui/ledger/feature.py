"""The exchange ledger in the main window: the events, networks and reports pages, the contact pane's ledger
sections, and one undo history for all of them (the window's stack, behind Edit ▸ Undo).

After a ledger change, its undo or its redo, the window recounts the sidebar and requeries the list, the open
contact's sections and relationship are reread in place (no rebuilt pane, no lost scroll position), and the
other ledger pages are reread when next shown. A contact list of the people met at an event (or through a
network) that was just deleted shows everyone instead. The pages read on worker threads (page_loader.PageLoader) and say
"Loading…" meanwhile; the newest read of a page wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer

from cardbook.storage import networks
from cardbook.storage.contacts import NotFoundError
from cardbook.ui.contacts.details import meeting_stats_of
from cardbook.ui.contacts.filters import ALL_CONTACTS, ContactFilter, FilterKind
from cardbook.ui.ledger import ContactLedger, EventsPage, NetworksPage, ReportsPage
from cardbook.ui.ledger.undo import DoneCommand

if TYPE_CHECKING:
    from cardbook.ui.window.main_window import MainWindow

PAGES = ("events", "networks", "reports")


class WindowLedger(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        library, stack = window.library, window.undo_stack
        # Built empty: each page reads its data when first shown, so opening the window costs none of it.
        self.events_page = EventsPage(library, window, undo_stack=stack, load=False)
        self.networks_page = NetworksPage(library, window, undo_stack=stack, load=False)
        self.reports_page = ReportsPage(library, window, load=False)
        self.pages: dict[str, EventsPage | NetworksPage | ReportsPage] = {
            "events": self.events_page,
            "networks": self.networks_page,
            "reports": self.reports_page,
        }
        self.stale: set[str] = set(PAGES)  # the pages to (re)read when next shown
        window.contacts_page.pane.ledger_factory = lambda parent: ContactLedger(library, parent, undo_stack=stack)
        self._index = stack.index()
        self._reload_pane = False
        self._keep: str | None = None
        self._pending = QTimer(self)  # several signals of one change make one refresh
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._refresh)

    def wire(self) -> None:
        w = self.window
        self.events_page.contactActivated.connect(lambda contact_id: w.show_view(f"contact:{contact_id}"))
        self.events_page.reportRequested.connect(self.show_event_report)
        self.reports_page.eventActivated.connect(self.show_event)
        self.networks_page.networkActivated.connect(
            lambda network_id, name: w.show_filter(ContactFilter(FilterKind.NETWORK, network_id, name))
        )
        pane = w.contacts_page.pane
        for source in (self.events_page, self.networks_page, self.reports_page, pane):
            source.statusMessage.connect(w.status)
        self.events_page.libraryChanged.connect(lambda: self.changed(keep="events"))
        self.networks_page.libraryChanged.connect(lambda: self.changed(keep="networks"))
        pane.ledgerChanged.connect(lambda _contact_id: self.changed(reload_pane=False))
        w.undo_stack.indexChanged.connect(self._on_undo_index)

    # ---- navigation --------------------------------------------------------------------------------------

    def show_event(self, event_id: int) -> None:
        stale = self._take_stale("events")  # one background read of the event below, not one of the old too
        self.window.show_page("events")
        if stale:
            self.events_page.reload(detail=False)
        self.events_page.show_event(event_id)

    def show_event_report(self, event_id: int) -> None:
        stale = self._take_stale("reports")  # one background read of this report, not one of the last shown too
        self.window.show_page("reports")
        self.reports_page.show_event_report(event_id, reread_events=stale)

    def _take_stale(self, page: str) -> bool:
        stale = page in self.stale
        self.stale.discard(page)
        return stale

    def refresh_page(self, page: str) -> None:
        if page in self.stale:
            self.stale.discard(page)
            self.pages[page].reload()

    def mark_stale(self, keep: str | None = None) -> None:
        """Every ledger page but `keep` (which just reread itself) is reread when shown; the shown one now."""
        self.stale = set(PAGES) - {keep} if keep else set(PAGES)
        self.refresh_page(self.window.current_page())

    # ---- changes -----------------------------------------------------------------------------------------

    def changed(self, *, reload_pane: bool = True, keep: str | None = None) -> None:
        """A ledger change: refresh everything that shows it, once the signals of this change are all in."""
        self._reload_pane = self._reload_pane or reload_pane
        self._keep = None if self._pending.isActive() and self._keep != keep else keep
        self._pending.start()

    def _on_undo_index(self, index: int) -> None:
        """An undo or redo of a ledger command (its own widget may be gone): refresh as after the change."""
        stack, before, self._index = self.window.undo_stack, self._index, index
        if not shiboken6.isValid(stack):  # the window is closing: its stack clears itself
            return
        moved = stack.command(index) if index < before else stack.command(index - 1) if index > before else None
        if isinstance(moved, DoneCommand) and moved.replayed:  # not a push: its widget has refreshed already
            self.changed()

    def _refresh(self) -> None:
        w = self.window
        reload_pane, self._reload_pane = self._reload_pane, False
        keep, self._keep = self._keep, None
        pane = w.contacts_page.pane
        if pane.contact_id is not None and pane.ledger is not None and not pane.is_editing():
            stats = meeting_stats_of(w.library, pane.contact_id)
            if reload_pane:
                pane.reload_ledger(stats)
            else:
                pane.update_relationship(stats)
        self.mark_stale(keep)
        self._forget_deleted_filter()
        w.contacts_changed(None, rebuild=False)

    def _forget_deleted_filter(self) -> None:
        """The list of those met at an event or through a network that no longer exists: everyone instead."""
        controller, library = self.window.controller, self.window.library
        f = controller.filter
        if f.ref_id is None or f.kind not in (FilterKind.EVENT, FilterKind.NETWORK):
            return
        try:
            if f.kind is FilterKind.EVENT:
                networks.get_event(library, f.ref_id)
            else:
                networks.get_network(library, f.ref_id)
        except NotFoundError:
            controller.set_filter(ALL_CONTACTS)
