"""What the contacts page shows for the list's results and the chosen contact (behaviour, no layout)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts import cards
from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.library import Library
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.contacts.contacts_view import ContactsPage
from cardbook.ui.contacts.details import load_contact_details
from cardbook.ui.contacts.filters import filter_title
from cardbook.ui.contacts.list_controller import SEARCH_LIMIT, ContactListController
from cardbook.ui.contacts.list_texts import list_texts
from cardbook.ui.contacts.table_model import ContactTableModel
from cardbook.ui.importing.reread import load_qimage


@dataclass(frozen=True, slots=True)
class ContactActions:
    """The window's commands that act on the chosen contact (enabled and shown for it)."""

    edit_contact: QAction
    delete_contact: QAction
    accept_contact: QAction
    review_this: QAction


class ContactsController(QObject):
    def __init__(
        self,
        library: Library,
        controller: ContactListController,
        page: ContactsPage,
        commands: ContactActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._controller = controller
        self._actions_on = True  # the contact commands act on the contacts page only
        self._actions_for: int | None = None  # the contact they act on
        self._page = page
        self._model: ContactTableModel = page.model
        self._commands = commands
        self.total = 0  # contacts in the library (the window's last count)
        controller.resultsChanged.connect(self.show_results)  # the list's choice: see window/editing_guard.py

    def show_results(self) -> None:
        c = self._controller
        texts = list_texts(
            c.filter,
            c.search_text,
            searching=c.searching,
            limited=c.limited,
            shown=self._model.rowCount(),
            total=self.total,
            limit=SEARCH_LIMIT,
        )
        self._page.set_heading(texts.title, texts.count, texts.caption)
        self._page.set_no_results(texts.empty_title, texts.empty_body)
        if self._page.current_id() is None and not self._page.pane.is_editing():
            self.show_contact(None)
        # An empty library gets a welcome instead of the panes, unless a contact is being typed in (or one was,
        # before a crash: the pane's banner offers it back).
        busy = self._page.pane.is_editing() or not self._page.draft_banner.isHidden()
        self._page.set_library_empty(self.total == 0 and not busy)

    def editing_finished(self, contact_id: int | None) -> None:
        """Back from the editor: the contact read-only (or the empty library's welcome after a cancelled new one)."""
        self.show_contact(contact_id, force=True)
        if contact_id is None:
            self.show_results()

    def show_pending(self) -> None:
        """While a list is queried in the background, its heading already says which list it is."""
        if self._controller.querying:
            self._page.set_heading(filter_title(self._controller.filter), "", self.tr("Looking…"))

    def show_contact(self, contact_id: int | None, *, force: bool = False) -> None:
        pane = self._page.pane
        self._update_actions(contact_id)
        if contact_id is None:
            if self.total == 0:
                pane.show_empty_library()
            else:
                pane.show_prompt()
            return
        if not force and pane.contact_id == contact_id and pane.currentWidget() is pane.scroll_area:
            return
        try:
            pane.show_details(load_contact_details(self._library, contact_id))
        except NotFoundError:
            pane.show_missing(contact_id)
            return
        self._load_card_image(contact_id)

    def _load_card_image(self, contact_id: int) -> None:
        found = cards.cards_of(self._library, contact_id)
        path = found[0].crop_path if found else None
        if path is None:
            return
        pane = self._page.pane
        shared_runner().run(
            (id(self), "card image"),  # the newest contact's image wins
            lambda: load_qimage(path),
            lambda image, error: pane.set_card_image(contact_id, image) if image is not None else None,
            pane,
        )

    def enable_contact_actions(self, on: bool) -> None:
        """Off while another page is shown: its own Ctrl+E, Ctrl+Shift+A... must not clash with the contact's."""
        self._actions_on = on
        self._update_actions(self._actions_for)

    def _update_actions(self, contact_id: int | None) -> None:
        a = self._commands
        self._actions_for = contact_id
        on = self._actions_on and contact_id is not None
        a.edit_contact.setEnabled(on)
        a.delete_contact.setEnabled(on)
        a.accept_contact.setEnabled(on)
        row = self._model.row_of(contact_id) if contact_id is not None else None
        summary = self._model.summary_at(row) if row is not None else None
        awaiting = summary is not None and summary.status is ContactStatus.AWAITING_REVIEW
        a.accept_contact.setVisible(awaiting)
        a.review_this.setVisible(awaiting)
