"""The window on its library: its size and layout restored, the first read of the library (and the drafts a
crash left), and the close that stops the background jobs before the library may close. A part of MainWindow
(window_parts.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.common.style import SPACING
from cardbook.ui.window import window_state
from cardbook.ui.window.window_parts import WindowParts

DEFAULT_SIZE = (160 * SPACING, 100 * SPACING)  # 1280 × 800


class WindowLifecycle(WindowParts):
    def _restore(self) -> None:
        available = self.screen().availableGeometry()  # first run: 1280 × 800, or less on a small screen
        self.resize(
            min(DEFAULT_SIZE[0], available.width() * 9 // 10), min(DEFAULT_SIZE[1], available.height() * 9 // 10)
        )
        if self.settings is None:
            return
        splitters = [self.splitter, self.contacts_page.splitter]
        headers = {"contacts": self.contacts_page.table.horizontalHeader()}
        window_state.restore_window(self.settings, self, splitters, headers)
        visible = window_state.sidebar_visible(self.settings)
        self.commands.toggle_sidebar.setChecked(visible)
        # The list or the card wall, as the user left it: people who find cards by their look keep the wall.
        self.commands.card_wall.setChecked(window_state.contacts_as_wall(self.settings))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editing.leave():  # changes that cannot be saved, and the user keeps editing
            event.ignore()
            return
        self.imports.controller.shutdown()
        self.server_changes.stop()
        self.watch.stop()  # a look under way ends after its photo; "watched until" is written before the close
        self.sample.close_window()
        wait_for_tasks()  # background reads finish before the library may be closed
        if self.settings is not None:
            splitters = [self.splitter, self.contacts_page.splitter]
            headers = {"contacts": self.contacts_page.table.horizontalHeader()}
            window_state.save_window(self.settings, self, splitters, headers)
            window_state.set_sidebar_visible(self.settings, self.commands.toggle_sidebar.isChecked())
            window_state.set_contacts_as_wall(self.settings, self.commands.card_wall.isChecked())
        super().closeEvent(event)

    def load(self) -> None:
        """(Re)read everything shown: sidebar counts, the list, the current page. Emits dataLoaded once the
        counts and the list, read in the background, are shown."""
        self._loaded_once = self._data_ready = True
        self.refresh.announce_load = True
        self.refresh.read_counts()
        self.controller.refresh()
        if self._pending_view is not None:
            view, self._pending_view = self._pending_view, None
            self.show_view(view)
        else:
            self.ledger.refresh_page(self.current_page())
        self._offer_drafts()
        self.watch.load()  # once: the folder chosen in Preferences
        self.members.load()
        self.server_changes.start()

    def _offer_drafts(self) -> None:
        """Once, at start: unsaved changes of the last session (a crash) are offered above the pane — shown on
        their contact when nothing else was asked for."""
        if self._drafts_offered:
            return
        self._drafts_offered = True
        self.editing.offer_drafts(self._drafts_found)

    def _drafts_found(self, previous: list[int | None]) -> None:
        if not previous:
            return
        contact_ids = [contact_id for contact_id in previous if contact_id is not None]
        if contact_ids and self.current_page() == "contacts" and self.contacts_page.current_id() is None:
            self.show_view(f"contact:{contact_ids[0]}")
        self.presenter.show_results()  # the empty library's welcome gives way to the banner
        # The window's context, not this part's: the text belongs to the window (and keeps its translations).
        said = QCoreApplication.translate(
            "MainWindow", "Unsaved changes from your last session were kept: restore or discard them."
        )
        self.status(said)
