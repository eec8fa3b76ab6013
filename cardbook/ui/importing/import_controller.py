"""Behaviour of importing: choose photos (or take dropped ones), set the batch's event and exchange, read and
store them in the background with progress and Cancel, then offer the review of the cards read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

from cardbook.app.errors import describe
from cardbook.app.folder_entries import Listing, SkippedEntry, list_arguments
from cardbook.app.scan_outcome import CardSkip
from cardbook.app.scanning import exchange_defaults
from cardbook.domain.network import Event, Network
from cardbook.ocr.defaults import default_jobs
from cardbook.ocr.loading import IMAGE_SUFFIXES
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.common.style import SPACING
from cardbook.ui.importing.import_model import ImportListModel
from cardbook.ui.importing.import_setup import ImportSettings, ImportSetupDialog
from cardbook.ui.importing.import_view import ImportPage
from cardbook.ui.importing.import_worker import ImportThread, ImportWorker, StoredCard


class ImportController(QObject):
    reviewRequested = Signal(object)  # list[int]: the contacts to review, in batch order
    message = Signal(str)
    batchStarted = Signal()
    batchFinished = Signal()

    def __init__(self, services: AppServices, page: ImportPage, model: ImportListModel, status: QStatusBar,
                 parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self._services = services
        self._library = services.library
        self._page = page
        self._model = model
        self._window = parent
        self.options = ReadOptions()
        self.jobs = default_jobs()
        self._thread: ImportThread | None = None
        self._listing = False  # dropped or chosen folders being looked through (start_listing)
        self._stored = 0
        self._title = ""
        self.ask_exchange = False  # the last batch said "ask me for each card": its review asks
        self._status_text = QLabel(status)
        self._status_bar = QProgressBar(status)
        self._status_bar.setMaximumWidth(25 * SPACING)
        self._status_bar.setAccessibleName(self.tr("Reading progress"))
        self._status_bar.setFormat(self.tr("%v of %m"))
        self._status_cancel = QToolButton(status)
        self._status_cancel.setIcon(icon(Icon.CANCEL))
        self._status_cancel.setAccessibleName(self.tr("Cancel the import"))
        self._status_cancel.setToolTip(self.tr("Cancel the import"))
        for widget in (self._status_text, self._status_bar, self._status_cancel):
            status.addWidget(widget)
            widget.hide()
        self._status_cancel.clicked.connect(self.cancel)
        page.cancel_button.clicked.connect(self.cancel)
        page.review_button.clicked.connect(self.review)
        page.list.activated.connect(lambda index: self._review_from(index.row()))

    @property
    def running(self) -> bool:
        return self._thread is not None

    # ---- choosing ------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Choose photos of business cards"), "", self.tr("Images (%1)").replace("%1", patterns)
        )
        if files:
            self.start(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Choose a folder of card photos"))
        if folder:
            self.start_listing([folder])

    def ask_settings(self, count: int) -> ImportSettings | None:
        """The event and exchange of the batch. The dialog opens at once; the events and networks to choose from
        are read in the background and listed when they arrive (an answer after the dialog closed is dropped)."""
        dialog = ImportSetupDialog(count, self._window)
        library = self._library

        def choices() -> tuple[list[Event], list[Network]]:
            return ledger_events.list_events(library), networks.list_networks(library, False)

        self._services.runner.run("import choices", choices, dialog.choices_read, dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        settings = dialog.settings() if accepted else None
        dialog.deleteLater()
        return settings

    # ---- running -------------------------------------------------------------------------------------------

    def start(self, paths: list[str], settings: ImportSettings | None = None) -> bool:
        """Read `paths` (files or folders); without `settings` the user is asked for the event and the exchange
        first. False when there is nothing to read, or the user cancelled. The folders are looked through here:
        paths a user dropped or chose go through `start_listing`, which does it off the GUI thread."""
        if self.running:
            self.message.emit(self.tr("Cards are being read: wait for the end, or cancel, before importing more."))
            return False
        return self._start_listed(list_arguments(paths), settings)

    def start_listing(self, paths: list[str]) -> None:
        """Dropped or chosen paths: their folders are looked through on a worker (one walk, app/folder_entries.py:
        a dropped folder of thousands of entries, walked twice on the GUI thread, froze the window), with the
        status bar's busy bar meanwhile; then as `start`."""
        if self.running or self._listing:
            self.message.emit(self.tr("Cards are being read: wait for the end, or cancel, before importing more."))
            return
        self._listing = True
        for widget in (self._status_text, self._status_bar):
            widget.setVisible(True)
        self._status_bar.setRange(0, 0)  # busy: how many entries there are is what is being found out
        self._status_text.setText(self.tr("Looking for photos…"))
        self._services.runner.run("import listing", lambda: list_arguments(paths), self._listed, self)

    def _listed(self, listing: Listing | None, error: BaseException | None) -> None:
        self._listing = False
        if self.running:  # a batch started meanwhile (Receive from phone): its status bar stays
            self.message.emit(self.tr("Cards are being read: wait for the end, or cancel, before importing more."))
            return
        self._show_status(False)
        if listing is None:
            self.message.emit(describe(error)[0] if error is not None else "")
            return
        self._start_listed(listing, None)

    def _start_listed(self, listing: Listing, settings: ImportSettings | None) -> bool:
        files, passed_over = listing.files, listing.skipped
        if not files:
            text = self.tr("No photos found there (JPEG, PNG, HEIC, WebP or TIFF).")
            if passed_over:
                text += " " + self.tr("%Ln other file(s) passed over, e.g. %1.", "", len(passed_over)).replace(
                    "%1", passed_over[0].path.name
                )
            self.message.emit(text)
            return False
        if settings is None:
            settings = self.ask_settings(len(files))
        if settings is None or self.running:  # cancelled, or another batch started meanwhile
            return False
        return self._begin(files, settings, passed_over)

    def _begin(self, files: list[str], settings: ImportSettings, passed_over: list[SkippedEntry] | None = None) -> bool:
        """The batch starts: the reading thread finds or makes its event, then reads and stores the cards."""
        event = settings.event
        exchange = exchange_defaults(None, settings.offered_by, settings.reciprocated, why_no_card=settings.why_no_card)
        self.ask_exchange = settings.ask_each
        self._model.set_paths(files, passed_over)
        self._stored = 0
        where = event.name if event is not None else self.tr("no event")
        self._title = self.tr("%Ln photo(s) — %1", "", len(files)).replace("%1", where)
        self._page.show_batch(self.tr("Reading %1").replace("%1", self._title))
        self._page.caption.setText(
            self.tr("You can keep working meanwhile. Each card becomes a contact awaiting review.")
        )
        self._page.set_review_count(0)
        self._page.set_running(True)
        self._page.progress.setRange(0, len(files))
        self._page.progress.setValue(0)
        worker = ImportWorker(
            self._library, files, exchange, self.options, self.jobs, event=event, two_sided=settings.two_sided
        )
        worker.progress.connect(self._on_progress)
        worker.cardStored.connect(self._on_card)
        worker.fileFailed.connect(self._on_failure)
        worker.fileSkipped.connect(self._on_skipped)
        worker.fileAlready.connect(self._model.already)
        worker.meetingRecorded.connect(self._model.met_again)
        worker.finished.connect(self._on_finished)
        self._thread = ImportThread(worker, self)
        self._show_status(True, len(files))
        self._thread.start()
        self.batchStarted.emit()
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.worker.cancel()
            self._page.cancel_button.setEnabled(False)
            self._status_text.setText(self.tr("Cancelling after the photos being read…"))

    def _show_status(self, visible: bool, total: int = 0) -> None:
        for widget in (self._status_text, self._status_bar, self._status_cancel):
            widget.setVisible(visible)
        self._status_bar.setRange(0, total)
        self._status_bar.setValue(0)
        self._status_text.setText(self.tr("Reading %Ln photo(s)…", "", total))

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self._page.progress.setValue(done)
        self._status_bar.setValue(done)
        text = self.tr("Read %1 of %Ln photo(s) (%2)", "", total).replace("%1", QLocale().toString(done))
        self._status_text.setText(text.replace("%2", Path(path).name))

    def _on_card(self, card: StoredCard) -> None:
        self._model.add_card(card.path, card.contact_id, card.name, card.warning, back=card.back_of is not None)
        self._stored += card.back_of is None  # a back joined to its front is no card of its own
        self._page.set_review_count(self._stored)

    def _on_skipped(self, path: str, kind: str, _reason: str) -> None:
        self._model.skip(path, CardSkip(kind))

    def _on_failure(self, path: str, message: str) -> None:
        if path:
            self._model.fail(path, message)
        else:
            self.message.emit(self.tr("Reading stopped: %1").replace("%1", message))

    def _on_finished(self, cancelled: bool) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.worker.deleteLater()
            thread.deleteLater()
        if cancelled:
            self._model.cancel_waiting()
        self._page.set_running(False)
        self._page.heading.setText(self._title)
        self._show_status(False)
        failed = self._model.failures()
        text = self.tr("%Ln card(s) read", "", self._stored)
        if failed:
            text += " · " + self.tr("%Ln photo(s) could not be read", "", failed)
        skipped = self._model.skipped()
        if skipped:
            text += " · " + self.tr("%Ln photo(s) without a card", "", skipped)
        passed = self._model.passed_over()
        if passed:
            text += " · " + self.tr("%Ln file(s) passed over (not photos)", "", passed)
        recorded = self._model.meetings_recorded()
        if recorded:  # photos imported before, for another meeting: that meeting went to the contact holding them
            text += " · " + self.tr("%Ln meeting(s) added to contacts already holding the card", "", recorded)
        if cancelled:
            text += " · " + self.tr("cancelled")
        hint = " " + self.tr("Double-click a line to review its card.") if self._model.contact_ids() else ""
        self._page.caption.setText(text + "." + hint)  # no card read, nothing to review: no hint
        self.message.emit(text)
        self._services.changed(LibraryChange())  # cards were stored: lists and counts are stale
        self.batchFinished.emit()

    # ---- review --------------------------------------------------------------------------------------------

    def review(self) -> None:
        self._review_from(0)

    def _review_from(self, row: int) -> None:
        ids = self._model.contact_ids()
        line = self._model.line(row)
        first = line.contact_ids[0] if line is not None and line.contact_ids else None
        if first is not None and first in ids:
            ids = ids[ids.index(first) :] + ids[: ids.index(first)]
        if ids:
            self.reviewRequested.emit(ids)

    def shutdown(self) -> None:
        """On closing the window: stop reading and wait for the worker (cards read so far are stored)."""
        if self._thread is not None:
            self._thread.worker.cancel()
            self._thread.quit()
            self._thread.wait(60_000)
