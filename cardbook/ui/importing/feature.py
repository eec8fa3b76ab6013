"""The window's import and review: their pages, controllers and wiring, kept out of the window module.

It gets the services (common.services) and the few actions and widgets of the window it plugs into, never the
window itself: what it writes is announced as one LibraryChange.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QStatusBar, QWidget

from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts import records as contacts
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.services import AppServices
from cardbook.ui.importing.import_controller import ImportController
from cardbook.ui.importing.import_model import ImportListModel
from cardbook.ui.importing.import_view import ImportPage
from cardbook.ui.importing.receive_dialog import ReceiveDialog
from cardbook.ui.importing.review_controller import ReviewController
from cardbook.ui.importing.review_view import ReviewPage


class ImportFeature(QObject):
    """Import page + review page, and how they talk to the rest of the window."""

    def __init__(
        self,
        services: AppServices,
        parent: QWidget,
        choose: QAction,
        review_actions: list[QAction],
        current_contact: Callable[[], int | None],
        status_bar: QStatusBar,
    ) -> None:
        """`choose`: Import cards…; `review_actions` review those awaiting review, from `current_contact()`."""
        super().__init__(parent)
        self._services = services
        self.folder_action = QAction(icon(Icon.FOLDER), self.tr("Import a &folder of cards…"), parent)
        self.folder_action.setIconText(self.tr("Choose a folder…"))
        self.model = ImportListModel(self)
        self.page = ImportPage(self.model, [choose, self.folder_action], parent)
        self.controller = ImportController(services, self.page, self.model, status_bar, parent)
        self.review_page = ReviewPage(parent)
        self.review = ReviewController(services, self.review_page, parent)
        self.page.review_button.setShortcut(QKeySequence("Ctrl+R"))
        self.page.more_button.clicked.connect(choose.trigger)
        self.folder_action.triggered.connect(self.controller.choose_folder)
        for action in review_actions:
            action.triggered.connect(lambda: self.review_waiting(current_contact()))
        self.controller.message.connect(services.status)
        self.controller.reviewRequested.connect(lambda ids: self.start_review(ids, ask=self.controller.ask_exchange))
        self.controller.batchStarted.connect(lambda: services.show_page("import"))
        self.review.message.connect(services.status)
        self.review.finished.connect(lambda: services.show_page("import"))
        self.review.backRequested.connect(lambda: services.show_page("import"))

    def start_review(self, contact_ids: list[int], *, ask: bool = False) -> None:
        """`ask`: the cards come from a batch imported with "ask me for each card" (their exchange is asked)."""
        if not self._services.show_page("review"):  # the contact being edited could not be left
            return
        sources: dict[int, str] = {}  # this batch's photos: a contact with a back is named by its front's
        for line in self.model.lines:
            for contact_id in line.contact_ids:
                sources.setdefault(contact_id, line.path)
        self.review.start(contact_ids, sources, ask=ask)

    def review_waiting(self, first: int | None = None) -> None:
        """Review every contact awaiting review, from `first` when it is one of them (the list is read in the
        background; asking again before it arrives replaces the request)."""
        library = self._services.library

        def waiting() -> list[int]:
            return contacts.all_contact_ids(library, status=ContactStatus.AWAITING_REVIEW)

        def review(ids: list[int] | None, error: BaseException | None) -> None:
            if ids is None:
                self._services.status(self.tr("Could not read the cards awaiting review: %1").replace("%1", str(error)))
            elif not ids:
                self._services.status(self.tr("No card is awaiting review."))
            else:
                if first in ids:
                    ids = ids[ids.index(first) :] + ids[: ids.index(first)]
                self.start_review(ids)

        self._services.runner.run((id(self), "awaiting review"), waiting, review, self)

    def choose(self) -> None:
        if not self._services.leave_editing():  # the import's page replaces the contact being edited
            return
        if self.controller.running:
            self._services.show_page("import")
            return
        self.controller.choose_files()

    def receive_from_phone(self) -> None:
        """File → Receive from phone…: the event and exchange are asked once, then the dialog shows its QR code;
        each photo the phone sends joins the import — one batch at a time, the photos that arrive meanwhile
        waiting for the next. The photos are kept in the library folder's `incoming/` until read."""
        if not self._services.leave_editing():
            return
        settings = self.controller.ask_settings(0)
        if settings is None:
            return
        waiting: list[str] = []

        def read_waiting() -> None:
            if waiting and not self.controller.running:
                batch = waiting[:]
                waiting.clear()
                self.controller.start(batch, settings)

        def arrived(path: str) -> None:
            waiting.append(path)
            read_waiting()

        dialog = ReceiveDialog(self._services.library.root / "incoming", self.parent())  # type: ignore[arg-type]
        dialog.photoReceived.connect(arrived)
        self.controller.batchFinished.connect(read_waiting)
        try:
            dialog.start()  # without a local network it says why, and the user closes it
            dialog.exec()
        finally:
            dialog.stop()
            self.controller.batchFinished.disconnect(read_waiting)
            dialog.deleteLater()

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if paths:  # after the drop has finished: the event dialog must not open inside a drag
            QTimer.singleShot(0, lambda: self._start_dropped(paths))

    def _start_dropped(self, paths: list[str]) -> None:
        if self._services.leave_editing():
            self.controller.start_listing(paths)
        else:  # the user keeps editing
            self._services.status(
                self.tr("The photos were not read: finish editing the contact, then drop them again.")
            )
