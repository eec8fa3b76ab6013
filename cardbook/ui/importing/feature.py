"""The window's import and review: their pages, controllers and wiring, kept out of main_window.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence

from cardbook.domain.enums import ContactStatus
from cardbook.storage import contacts
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.importing.import_controller import ImportController
from cardbook.ui.importing.import_model import ImportListModel
from cardbook.ui.importing.import_view import ImportPage
from cardbook.ui.importing.review_controller import ReviewController
from cardbook.ui.importing.review_view import ReviewPage

if TYPE_CHECKING:
    from cardbook.ui.window.main_window import MainWindow


class ImportFeature(QObject):
    """Import page + review page, and how they talk to the rest of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.folder_action = QAction(icon(Icon.FOLDER), self.tr("Import a &folder of cards…"), window)
        self.folder_action.setIconText(self.tr("Choose a folder…"))
        self.model = ImportListModel(self)
        choose = window.commands.import_cards
        self.page = ImportPage(self.model, [choose, self.folder_action], window)
        self.controller = ImportController(window.library, self.page, self.model, window.statusBar(), window)
        self.review_page = ReviewPage(window)
        self.review = ReviewController(window.library, self.review_page, window.undo_stack, window)
        self.page.review_button.setShortcut(QKeySequence("Ctrl+R"))
        self.page.more_button.clicked.connect(choose.trigger)
        self.folder_action.triggered.connect(self.controller.choose_folder)
        for action in (window.commands.review_cards, window.commands.review_this):
            action.triggered.connect(lambda: self.review_waiting(window.contacts_page.current_id()))
        self.controller.message.connect(window.status)
        self.controller.libraryChanged.connect(lambda: window.contacts_changed(None))
        self.controller.reviewRequested.connect(self.start_review)
        self.controller.batchStarted.connect(lambda: window.show_page("import"))
        self.review.message.connect(window.status)
        self.review.contactChanged.connect(lambda _id: window.contacts_changed(None))
        self.review.finished.connect(lambda: window.show_page("import"))
        self.review.backRequested.connect(lambda: window.show_page("import"))

    def start_review(self, contact_ids: list[int]) -> None:
        if not self._window.show_page("review"):  # the contact being edited could not be left
            return
        sources = {i: line.path for line in self.model.lines for i in line.contact_ids}  # this batch's photos
        self.review.start(contact_ids, sources)

    def review_waiting(self, first: int | None = None) -> None:
        """Review every contact awaiting review, from `first` when it is one of them."""
        ids = contacts.all_contact_ids(self._window.library, status=ContactStatus.AWAITING_REVIEW)
        if not ids:
            self._window.status(self.tr("No card is awaiting review."))
            return
        if first in ids:
            ids = ids[ids.index(first) :] + ids[: ids.index(first)]
        self.start_review(ids)

    def choose(self) -> None:
        if not self._window.editing.leave():  # the import's page replaces the contact being edited
            return
        if self.controller.running:
            self._window.show_page("import")
            return
        self.controller.choose_files()

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if paths:  # after the drop has finished: the event dialog must not open inside a drag
            QTimer.singleShot(0, lambda: self._start_dropped(paths))

    def _start_dropped(self, paths: list[str]) -> None:
        if self._window.editing.leave():
            self.controller.start(paths)
        else:  # the user keeps editing
            self._window.status(self.tr("The photos were not read: finish editing the contact, then drop them again."))
