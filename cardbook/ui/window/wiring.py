"""The menus' and the toolbar's actions connected to what they do, the tab order, and the contact commands'
reactions (new, the card wall). A part of MainWindow (window_parts.py); the actions themselves are actions.py's."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWidget

from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.window.about import show_about
from cardbook.ui.window.preferences import show_preferences
from cardbook.ui.window.window_parts import WindowParts


class WindowWiring(WindowParts):
    def _connect(self) -> None:
        a = self.commands
        a.import_cards.triggered.connect(self.imports.choose)
        a.receive_from_phone.triggered.connect(self.imports.receive_from_phone)
        a.new_contact.triggered.connect(self._new_contact)
        a.edit_contact.triggered.connect(lambda: self.editing.edit(self._listed_contact()))
        a.accept_contact.triggered.connect(lambda: self.editing.accept(self._listed_contact()))
        a.delete_contact.triggered.connect(lambda: self.editing.delete(self._listed_contact()))
        self.refresh.wire()
        self.editing.editingFinished.connect(self.presenter.editing_finished)
        self.editing.message.connect(self.status)
        self.controller.queryFailed.connect(self.status)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.about.triggered.connect(lambda: show_about(self, self.library))
        a.preferences.triggered.connect(lambda: show_preferences(self.services, self, self.watch))
        a.toggle_sidebar.toggled.connect(self.sidebar_panel.setVisible)
        a.card_wall.toggled.connect(self._set_wall)
        self.contacts_page.wallRequested.connect(a.card_wall.setChecked)
        self.contacts_page.wallChanged.connect(a.card_wall.setChecked)
        self.services.notices.libraryChanged.connect(lambda _change: self.contacts_page.wall.library_changed())
        for page, action in a.pages.items():
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p))
        for kind, action in a.lists.items():
            action.triggered.connect(lambda _checked=False, k=kind: self._choose_filter(ContactFilter(k)))
        self.sidebar.entryChosen.connect(self._on_sidebar_entry)
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self._search_entered)
        self.ledger.wire()
        self.ledger.networks_page.networkActivated.connect(
            lambda network_id, name: self.show_filter(ContactFilter(FilterKind.NETWORK, network_id, name))
        )
        self.interchange.wire()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search,
            self.sidebar,
            self.contacts_page.table,
            self.contacts_page.wall,
            self.contacts_page.pane.scroll_area,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _listed_contact(self) -> int | None:
        """The contact the contact commands act on: the one chosen in the list, on the contacts page only (the
        Delete key elsewhere, e.g. during a review, must not delete whoever was chosen before)."""
        if self.current_page() != "contacts" or self.contacts_page.pane.is_editing():
            return None
        return self.contacts_page.current_id()

    def _set_wall(self, on: bool) -> None:
        """The card wall (View > Card wall, or the page's switch) or the list. The wall hides the pane: the contact
        being edited is left first, and stays edited in the list if it cannot be."""
        if on and not self.editing.leave():
            self.commands.card_wall.setChecked(False)  # which puts the page's switch back on List
            self.contacts_page.set_wall(False)
            self.contacts_page.show_list_button.setChecked(True)
            return
        if on:
            self.show_page("contacts")
        self.contacts_page.set_wall(on)

    def _new_contact(self) -> None:
        if not self.show_page("contacts") or not self.editing.leave():
            return
        self.contacts_page.set_library_empty(False)
        self.editing.new()
        self.contacts_page.table.selectionModel().clear()  # the new contact is in no list yet
