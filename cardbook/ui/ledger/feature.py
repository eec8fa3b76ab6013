"""The exchange ledger in the main window: the events, networks, prescribers, introductions and reports pages, the
contact pane's ledger sections, and one undo history for all of them (the window's stack, behind Edit ▸ Undo).

After a ledger change, its undo or its redo, the window recounts the sidebar and requeries the list, the open
contact's sections and relationship are reread in place (no rebuilt pane, no lost scroll position), and the
other ledger pages are reread when next shown. A contact list of the people met at an event (or through a
network) that was just deleted shows everyone instead. The pages read on worker threads (page_loader.PageLoader) and say
"Loading…" meanwhile; the newest read of a page wins.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cardbook.domain.exchange import MeetingStats
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.common.undo import UndoCommand
from cardbook.ui.contacts.details import meeting_stats_of
from cardbook.ui.contacts.pane import ContactPane
from cardbook.ui.ledger import (
    ContactLedger,
    EventsPage,
    IntroductionsPage,
    NetworksPage,
    PrescribersPage,
    ReportsPage,
)

PAGES = ("events", "networks", "prescribers", "introductions", "reports")
LedgerPage = EventsPage | NetworksPage | PrescribersPage | IntroductionsPage | ReportsPage


class WindowLedger(QObject):
    refreshed = Signal()  # a ledger change was shown: the window recounts and requeries its list

    def __init__(self, services: AppServices, parent: QWidget, pane: ContactPane) -> None:
        """`pane`: the contact pane, which shows the open contact's ledger sections."""
        super().__init__(parent)
        self._services = services
        self._pane = pane
        # Built empty: each page reads its data when first shown, so opening the window costs none of it. Pages
        # and the pane's sections announce their changes through services.changed, the one change notice.
        self.events_page = EventsPage(services, parent, load=False)
        self.networks_page = NetworksPage(services, parent, load=False)
        self.prescribers_page = PrescribersPage(services, parent, load=False)
        self.introductions_page = IntroductionsPage(services, parent, load=False)
        self.reports_page = ReportsPage(services.library, parent, load=False)
        self.pages: dict[str, LedgerPage] = {
            "events": self.events_page,
            "networks": self.networks_page,
            "prescribers": self.prescribers_page,
            "introductions": self.introductions_page,
            "reports": self.reports_page,
        }
        self.stale: set[str] = set(PAGES)  # the pages to (re)read when next shown
        pane.ledger_factory = lambda parent: ContactLedger(services, parent)
        self._index = services.undo_stack.index()
        self._reload_pane = False
        self._keep: str | None = None
        self._pending = QTimer(self)  # several signals of one change make one refresh
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._refresh)

    def wire(self) -> None:
        s = self._services
        self.events_page.contactActivated.connect(lambda contact_id: s.show_view(f"contact:{contact_id}"))
        self.events_page.reportRequested.connect(self.show_event_report)
        self.reports_page.eventActivated.connect(self.show_event)
        for source in (*self.pages.values(), self._pane):
            source.statusMessage.connect(s.status)
        s.undo_stack.indexChanged.connect(self._on_undo_index)

    # ---- navigation --------------------------------------------------------------------------------------

    def show_event(self, event_id: int) -> None:
        stale = self._take_stale("events")  # one background read of the event below, not one of the old too
        self._services.show_page("events")
        if stale:
            self.events_page.reload(detail=False)
        self.events_page.show_event(event_id)

    def show_event_report(self, event_id: int) -> None:
        stale = self._take_stale("reports")  # one background read of this report, not one of the last shown too
        self._services.show_page("reports")
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
        self.refresh_page(self._services.current_page())

    # ---- changes -----------------------------------------------------------------------------------------

    def changed(self, *, reload_pane: bool = True, keep: str | None = None) -> None:
        """A ledger change: refresh everything that shows it, once the signals of this change are all in."""
        self._reload_pane = self._reload_pane or reload_pane
        self._keep = None if self._pending.isActive() and self._keep != keep else keep
        self._pending.start()

    def _on_undo_index(self, index: int) -> None:
        """An undo or redo of a ledger command whose widget is gone (so it announces nothing): refresh as after
        the change. A command whose widget is alive announced its replay through that widget already."""
        stack, before, self._index = self._services.undo_stack, self._index, index
        if not shiboken6.isValid(stack):  # the window is closing: its stack clears itself
            return
        moved = stack.command(index) if index < before else stack.command(index - 1) if index > before else None
        if isinstance(moved, UndoCommand) and moved.replayed and moved.orphaned:
            self._services.changed(LibraryChange(ledger=True))

    def _refresh(self) -> None:
        reload_pane, self._reload_pane = self._reload_pane, False
        keep, self._keep = self._keep, None
        pane = self._pane
        self.mark_stale(keep)
        contact_id = pane.contact_id
        if contact_id is None or pane.ledger is None or pane.is_editing():
            self.refreshed.emit()
            return
        library = self._services.library

        def show(stats: MeetingStats | None, error: BaseException | None) -> None:
            # The pane may show someone else by now, or be editing: the answer is then for nobody.
            if stats is not None and pane.contact_id == contact_id and not pane.is_editing():
                if reload_pane:
                    pane.reload_ledger(stats)
                else:
                    pane.update_relationship(stats)
            self.refreshed.emit()

        # The meeting figures are read off the GUI thread like every read; the newest refresh wins.
        self._services.runner.run(
            ("ledger refresh", id(self)), lambda: meeting_stats_of(library, contact_id), show, self
        )
