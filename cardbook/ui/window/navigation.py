"""The window's pages: which one is shown, going to one (a page, a list of contacts, a view named on the command
line), and the search box and the sidebar that lead there. A part of MainWindow (window_parts.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from cardbook.ui.contacts.filters import ContactFilter
from cardbook.ui.window.preferences import show_preferences
from cardbook.ui.window.sidebar_model import SidebarEntry
from cardbook.ui.window.window_parts import WindowParts


class WindowNavigation(WindowParts):
    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is current), "contacts")

    def show_page(self, page: str) -> bool:
        """Show a view; False when the contact being edited could not be left (the user keeps editing)."""
        if page != self.current_page() and not self.editing.leave():
            self.mark_page(self.current_page())
            return False
        self.stack.setCurrentWidget(self.pages[page])
        self.mark_page(page)
        self.ledger.refresh_page(page)
        self.presenter.enable_contact_actions(page == "contacts")  # Ctrl+E, Delete... belong to the page shown
        return True

    def mark_page(self, page: str) -> None:
        """The page's action checked, its sidebar entry chosen."""
        action = self.commands.pages.get(page)
        if action is not None:
            action.setChecked(True)
        else:
            for other in self.commands.pages.values():
                other.setChecked(False)
        if page in ("events", "networks"):
            self.sidebar.select_entry(SidebarEntry(page=page))
        elif page == "contacts":
            self.sidebar.select_filter(self.controller.filter)
        else:
            self.sidebar.clear_choice()

    def show_filter(self, contact_filter: ContactFilter) -> None:
        self.controller.set_filter(contact_filter)
        self.presenter.show_pending()
        self.show_page("contacts")  # which shows the filter as chosen in the sidebar

    def show_view(self, view: str) -> bool:
        """contacts | wall | contact:ID | import | events | event:ID | networks | prescribers | introductions |
        reports; my-card, preferences and receive (the Receive from phone dialog) open that dialog over the window.
        Before the data load, it waits for it. A contact is chosen once the list on its way is there; False when
        it is known at once not to exist."""
        if not self._data_ready:
            self._pending_view = view
            return True
        name, _, arg = view.partition(":")
        if name == "contact":
            try:
                contact_id = int(arg)
            except ValueError:
                return False
            self.show_page("contacts")
            self.commands.card_wall.setChecked(False)  # the contact is shown in the pane, beside the list
            if self.controller.querying or self.controller.search_waiting:
                self.controller.when_listed(lambda: self._show_listed(contact_id))
                return True
            return self._show_listed(contact_id)
        if name == "receive":  # `gui --view receive`: File ▸ Receive from phone…, once the window is up
            QTimer.singleShot(0, self.commands.receive_from_phone.trigger)
            return True
        if name == "event" and arg.isdigit():  # one event's page (its table of cards)
            self.ledger.show_event(int(arg))
            return True
        if name == "my-card":  # the dialogs a user opens from the menus, over the contacts
            self.interchange.show_my_card()
            return True
        if name == "preferences":
            show_preferences(self.services, self)
            return True
        if view == "wall":  # the contacts as a wall of their cards
            self.show_page("contacts")
            self.commands.card_wall.setChecked(True)
            return True
        if name not in self.pages:
            return False
        self.show_page(name)
        return True

    def _show_listed(self, contact_id: int) -> bool:
        """Choose the contact in the list; one outside it is looked for among everyone (search cleared)."""
        page = self.contacts_page
        if page.select_contact(contact_id):
            return True
        if self.controller.filter == ContactFilter() and not self.controller.searching:
            page.pane.show_missing(contact_id)  # everyone is listed: it does not exist (any more)
            return False
        self.search.clear()
        self.show_filter(ContactFilter())
        self.controller.when_listed(lambda: self._choose_or_missing(contact_id))
        return True

    def _choose_or_missing(self, contact_id: int) -> None:
        if not self.contacts_page.select_contact(contact_id):
            self.contacts_page.pane.show_missing(contact_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_sidebar_entry(self, entry: SidebarEntry) -> None:
        if entry.page is not None:
            page = entry.page
            self.guard.after_leaving(lambda: self.show_page(page), lambda: self.mark_page(self.current_page()))
        elif entry.filter is not None:
            self._choose_filter(entry.filter)

    def _choose_filter(self, contact_filter: ContactFilter) -> None:
        """Another list, chosen by the user: the contact being edited is left first (see EditingGuard)."""
        if contact_filter == self.controller.filter and self.current_page() == "contacts":
            return
        self.guard.after_leaving(lambda: self.show_filter(contact_filter), lambda: self.mark_page(self.current_page()))

    def _on_search_text(self, text: str) -> None:
        if text.strip() and self.current_page() != "contacts":
            self.show_page("contacts")
        self.controller.set_search_text(text)

    def _search_entered(self) -> None:
        """Enter in the search box: search now (no waiting for the pause), then go to the first match."""
        self.controller.refresh()
        self.controller.when_listed(self._go_to_first_match)

    def _go_to_first_match(self) -> None:
        page = self.contacts_page
        first = self.model.id_at(0)
        if first is not None:
            if page.current_id() is None:
                page.select_contact(first)
            page.focus_list()
