"""File ▸ Export library… and Import library…: the whole library into one .cardbook file, and such a file merged
into this library, in the background (the services' runner) with a progress dialog whose Cancel stops the job.

The jobs are the command line's (`cardbook.app.contact_files.export_library_file` / `import_library_file`): the
worker reports progress through a signal (queued to the GUI thread) and reads the cancel flag between rows. A
cancelled export leaves no file; a cancelled import leaves the library as it was (one transaction). An import
ends with a summary of what was added and what the library already had.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from cardbook.app.contact_files import export_library_file, import_library_file
from cardbook.app.errors import describe
from cardbook.interop.library_file import EXTENSION
from cardbook.storage.upkeep.transfer_out import ExportSummary, TransferCancelled
from cardbook.storage.upkeep.transfer_report import TransferReport
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.interchange.library_summary import LibrarySummaryDialog


class LibraryTransfer(QObject):
    finished = Signal(object)  # the ExportSummary or TransferReport; None when it failed or was cancelled
    _progressed = Signal(int, int)  # emitted on the worker thread, shown on the GUI thread

    def __init__(self, services: AppServices, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self.summary: LibrarySummaryDialog | None = None
        self._progressed.connect(self._show_progress)

    @property
    def busy(self) -> bool:
        return self.progress is not None

    # ---- asking where ----------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export library"),
            str(Path.home() / f"Cardbook{EXTENSION}"),
            self.tr("Cardbook library (*.cardbook)"),
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix else path.with_suffix(EXTENSION))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import library"),
            str(Path.home()),
            self.tr("Cardbook library (*.cardbook);;All files (*)"),
        )
        if name:
            self.import_from(Path(name))

    # ---- the jobs ----------------------------------------------------------------------------------------------

    def export_to(self, path: Path) -> None:
        library = self._services.library

        def work() -> ExportSummary:
            return export_library_file(library, path, self._progressed.emit, self._cancel.is_set)

        def done(summary: ExportSummary) -> None:
            contacts = summary.tables.get("contacts", 0)
            text = self.tr("Library exported to %1: %Ln contact(s).", "", contacts).replace("%1", str(path))
            self._services.status(text)

        self._start(self.tr("Exporting the library…"), work, done)

    def import_from(self, path: Path) -> None:
        library = self._services.library

        def work() -> TransferReport:
            return import_library_file(library, path, self._progressed.emit, self._cancel.is_set)

        def done(report: TransferReport) -> None:
            touched = tuple(dict.fromkeys([*report.created_contacts, *report.merged_contacts]))
            self._services.changed(LibraryChange(touched, ledger=True))
            self._services.status(self.tr("Library imported: %Ln new contact(s).", "", len(report.created_contacts)))
            self.summary = LibrarySummaryDialog(report, path.name, self._parent)
            self.summary.open()

        self._start(self.tr("Importing the library…"), work, done)

    def cancel(self) -> None:
        """Stop the running job at its next row (the Cancel button)."""
        self._cancel.set()

    def _start(self, label: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.busy:
            self._services.status(self.tr("A library export or import is already running."))
            return
        self._cancel.clear()
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel)
        progress.show()
        self.progress = progress

        def arrived(result: Any, error: BaseException | None) -> None:
            self._close_progress()
            if isinstance(error, TransferCancelled):
                self._services.status(self.tr("Cancelled: nothing was changed."))
            elif error is not None or result is None:
                self._services.status(self.tr("Library transfer failed: %1").replace("%1", describe(error or
                                      RuntimeError("no result"))[0]))  # fmt: skip
            else:
                done(result)
            self.finished.emit(None if error is not None else result)

        self._services.runner.run(None, work, arrived, self)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)  # closing a progress dialog says "canceled"
            progress.hide()
            progress.deleteLater()
