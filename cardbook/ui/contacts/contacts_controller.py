"""What the contacts page shows for the list's results and the chosen contact (behaviour, no layout).

The chosen contact is read through the runner (details.read_contact), never on the GUI thread: the pane keeps
what it shows until the answer arrives — the newest choice wins — and says "Loading…" only when the read takes
longer than LOADING_DELAY_MS (a big library under an import), so a quick click never blinks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QImage

from cardbook.app.errors import describe
from cardbook.domain.contact import Contact
from cardbook.domain.enums import CardSide, ContactStatus
from cardbook.domain.exchange import meeting_stats
from cardbook.storage.errors import NotFoundError
from cardbook.storage.library import Library
from cardbook.ui.common.card_pictures import read_top_pictures
from cardbook.ui.common.services import AppServices
from cardbook.ui.contacts.contacts_view import ContactsPage
from cardbook.ui.contacts.details import ContactDetails, ShownContact, read_contact
from cardbook.ui.contacts.filters import filter_title
from cardbook.ui.contacts.list_controller import SEARCH_LIMIT, ContactListController
from cardbook.ui.contacts.list_texts import list_texts
from cardbook.ui.contacts.pane import CARD_IMAGE_BOX
from cardbook.ui.contacts.table_model import ContactTableModel
from cardbook.ui.contacts.thumbnails import load_thumbnail_of


def _read_pictures(library: Library, contact_id: int) -> list[tuple[CardSide, QImage]]:
    """On a worker thread: the top of the pane's pictures, decoded no larger than the pane shows them and kept in
    the thumbnail cache, by the card wall's loader, so that the GUI thread only converts and scales a small copy
    (an unreadable file is left out)."""
    return [
        (p.side, load_thumbnail_of(library.images, p.path, CARD_IMAGE_BOX) or QImage())
        for p in read_top_pictures(library, contact_id)
    ]


@dataclass(frozen=True, slots=True)
class ContactActions:
    """The window's commands that act on the chosen contact (enabled and shown for it)."""

    edit_contact: QAction
    delete_contact: QAction
    accept_contact: QAction
    review_this: QAction


LOADING_DELAY_MS = 200  # a contact read in less than this shows at once, without a "Loading…" between


class ContactsController(QObject):
    contactShown = Signal(object)  # the contact id (or None) the pane now shows, once read

    def __init__(
        self,
        services: AppServices,
        controller: ContactListController,
        page: ContactsPage,
        commands: ContactActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._library = services.library
        self._controller = controller
        self.reading: int | None = None  # the contact whose details are on their way
        self._loading = QTimer(self)
        self._loading.setSingleShot(True)
        self._loading.setInterval(LOADING_DELAY_MS)
        self._loading.timeout.connect(self._say_loading)
        self._actions_on = True  # the contact commands act on the contacts page only
        self._actions_for: int | None = None  # the contact they act on
        self._page = page
        self._model: ContactTableModel = page.model
        self._commands = commands
        self.total = 0  # contacts in the library (the window's last count)
        self.welcomed = False  # the library has had a contact: the first run's welcome is not shown again
        controller.resultsChanged.connect(self.show_results)  # the list's choice: see window/editing_guard.py
        self._model.pagesArrived.connect(lambda: self._update_actions(self._actions_for))

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
        # A library that never had a contact gets a welcome instead of the panes, unless a contact is being typed
        # in (or one was, before a crash: the pane's banner offers it back).
        busy = self._page.pane.is_editing() or not self._page.draft_banner.isHidden()
        self._page.set_library_empty(self.total == 0 and not self.welcomed and not busy)

    def editing_finished(self, contact_id: int | None, saved: Contact | None = None) -> None:
        """Back from the editor: the contact read-only at once — as saved, or as it was shown before a cancel —
        then read again in the background (or the empty library's welcome after a cancelled new one)."""
        pane = self._page.pane
        before = pane.details if pane.details is not None and pane.details.contact.id == contact_id else None
        shown = saved if saved is not None else before.contact if before is not None else None
        if contact_id is not None and shown is not None:
            pane.show_details(ContactDetails(shown, before.stats if before is not None else meeting_stats([])))
        elif contact_id is not None:
            pane.show_loading()  # the editor goes at once; the contact follows
        self.show_contact(contact_id, force=True)
        if contact_id is None:
            self.show_results()

    def show_pending(self) -> None:
        """While a list is queried in the background, its heading already says which list it is."""
        if self._controller.querying:
            self._page.set_heading(filter_title(self._controller.filter), "", self.tr("Looking…"))

    def show_contact(self, contact_id: int | None, *, force: bool = False) -> None:
        """Show the contact in the pane once read (in the background); `force`: read again even when shown."""
        pane = self._page.pane
        self._update_actions(contact_id)
        if contact_id is None:
            self._stop_reading()
            if self.total == 0:
                pane.show_empty_library()
            else:
                pane.show_prompt()
            self.contactShown.emit(None)
            return
        shown = pane.contact_id == contact_id and pane.currentWidget() is pane.scroll_area
        if not force and shown and self.reading is None:
            return
        library = self._library
        self.reading = contact_id
        if not shown:
            self._loading.start()
        self._services.runner.run(
            (id(self), "contact"),  # the newest choice wins
            lambda: read_contact(library, contact_id),
            lambda found, error: self._arrived(contact_id, found, error),
            pane,
        )

    def _arrived(self, contact_id: int, found: ShownContact | None, error: BaseException | None) -> None:
        self._stop_reading()
        pane = self._page.pane
        if pane.is_editing():  # the user began editing meanwhile: the editor stays
            return
        if error is not None or found is None:
            pane.show_missing(contact_id)
            if error is not None and not isinstance(error, NotFoundError):  # not simply deleted: say why
                self._services.status(describe(error)[0])
        else:
            awaiting = found.details.contact.status is ContactStatus.AWAITING_REVIEW
            self._update_actions(contact_id, awaiting=awaiting)  # before the pane's buttons are made from them
            pane.show_details(found.details)
            self._load_card_images(contact_id)
        self.contactShown.emit(contact_id)

    def _stop_reading(self) -> None:
        self.reading = None
        self._loading.stop()
        self._services.runner.supersede((id(self), "contact"))

    def _say_loading(self) -> None:
        if self.reading is not None and not self._page.pane.is_editing():
            self._page.pane.show_loading()

    def _load_card_images(self, contact_id: int) -> None:
        """The pictures of the contact's cards (newest front and back, each distinct image once), read and
        decoded on a worker thread."""
        pane, library = self._page.pane, self._services.library
        self._services.runner.run(
            (id(self), "card image"),  # the newest contact's pictures win
            lambda: _read_pictures(library, contact_id),
            lambda pictures, error: pane.set_card_images(contact_id, pictures) if pictures else None,
            pane,
        )

    def enable_contact_actions(self, on: bool) -> None:
        """Off while another page is shown: its own Ctrl+E, Ctrl+Shift+A... must not clash with the contact's."""
        self._actions_on = on
        self._update_actions(self._actions_for)

    def _update_actions(self, contact_id: int | None, *, awaiting: bool | None = None) -> None:
        """`awaiting`: whether the contact awaits review, when known (its details); else from its list line,
        which may still be on its way (the model's pagesArrived calls this again)."""
        a = self._commands
        self._actions_for = contact_id
        on = self._actions_on and contact_id is not None
        a.edit_contact.setEnabled(on)
        a.delete_contact.setEnabled(on)
        a.accept_contact.setEnabled(on)
        if awaiting is None:
            row = self._model.row_of(contact_id) if contact_id is not None else None
            summary = self._model.summary_at(row) if row is not None else None
            awaiting = summary is not None and summary.status is ContactStatus.AWAITING_REVIEW
        a.accept_contact.setVisible(awaiting)
        a.review_this.setVisible(awaiting)
