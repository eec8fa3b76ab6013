"""What every page of the ledger that writes shares (Events, Networks, Prescribers, Introductions): it is built with
the window's services, announces its changes through the one change notice under its name (`PAGE`), and rereads
itself when it hears one naming it — its own change, that change's undo or redo. Other changes reach it through
the window (ledger.feature.WindowLedger), which rereads a page when it is next shown.

Mixed in before the Qt class: `class EventsPage(LedgerPage, QStackedWidget)`. The page builds its widgets in
`build()` and reads in `reload()`; `load=False` leaves the first read to the window (when the page is first shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cardbook.ui.common.services import AppServices, LibraryChange


class LedgerPage:
    PAGE = ""

    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        load: bool = True,
    ) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt widget class mixed in after this one
        self.services = services
        self.library = services.library
        self.undo_stack = services.undo_stack
        self.today = today
        self.build()
        services.notices.libraryChanged.connect(self._on_library_changed)
        if load:  # the window reads its pages when first shown (a network report is not free)
            self.reload()

    def build(self) -> None:
        """Make the page's widgets, `self.loader` (page_loader.PageLoader) among them."""
        raise NotImplementedError

    @property
    def loading(self) -> bool:
        """Its read is on its way (the page says "Loading…")."""
        loader = getattr(self, "loader", None)
        return bool(loader is not None and loader.loading)

    def reload(self) -> None:
        raise NotImplementedError

    def announce(self, *contact_ids: int) -> None:
        """This page changed the library (or undid or redid a change of its own)."""
        self.services.changed(LibraryChange(contact_ids, ledger=True, page=self.PAGE))

    def _on_library_changed(self, change: Any) -> None:
        if isinstance(change, LibraryChange) and change.page == self.PAGE:
            self.reload()
