"""Contacts in and out, wired into the main window: File ▸ Export / Import contacts, Contacts ▸ Find duplicates,
My card. Exports and imports run in the background; a merge goes on the window's undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from cardbook.app.contact_files import ExportRequest, ImportOutcome, export_contacts, import_contact_files
from cardbook.app.errors import describe
from cardbook.storage.contacts import NotFoundError, ValidationError, count_contacts
from cardbook.ui.common.tasks import run_task
from cardbook.ui.interchange.duplicates_dialog import DuplicatesDialog
from cardbook.ui.interchange.export_dialog import ExportDialog
from cardbook.ui.interchange.import_summary import ImportSummaryDialog
from cardbook.ui.interchange.merge_dialog import MergeDialog, load_pair, merge_with_undo
from cardbook.ui.interchange.my_card import MyCardDialog

if TYPE_CHECKING:
    from cardbook.ui.window.main_window import MainWindow


# The country of phone numbers written without one, until the library has a region setting (issue 10).
IMPORT_REGION = "FR"


class WindowInterchange(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.duplicates: DuplicatesDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.my_card_dialog: MyCardDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def wire(self) -> None:
        a = self.window.commands
        a.export_contacts.triggered.connect(self.choose_export)
        a.import_contacts.triggered.connect(self.choose_import)
        a.find_duplicates.triggered.connect(self.find_duplicates)
        a.my_card.triggered.connect(self.show_my_card)

    def _error(self, what: str, error: BaseException) -> None:
        self.window.status(f"{what}: {describe(error)[0]}")

    # ---- export --------------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        w = self.window
        listed = w.model.ids
        dialog = ExportDialog(len(listed), count_contacts(w.library), w)
        self.export_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target = dialog.ask_target()
        if target is not None:
            self.export(dialog.request(target, listed))

    def export(self, request: ExportRequest) -> None:
        library, w = self.window.library, self.window
        w.status(self.tr("Exporting contacts…"))

        def done(count: int | None, error: BaseException | None) -> None:
            if error is not None:
                self._error(self.tr("Export failed"), error)
                return
            w.status(self.tr("Exported %Ln contact(s) to %1.", "", count or 0).replace("%1", str(request.target)))

        run_task(lambda: export_contacts(library, request), done, w)

    # ---- import --------------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contacts files (*.vcf *.vcard *.csv);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        library, w = self.window.library, self.window
        w.status(self.tr("Importing contacts…"))
        run_task(lambda: import_contact_files(library, paths, IMPORT_REGION), self._imported, w)

    def _imported(self, outcome: ImportOutcome | None, error: BaseException | None) -> None:
        w = self.window
        if error is not None or outcome is None:
            self._error(self.tr("Import failed"), error or RuntimeError("no result"))
            return
        w.status(self.tr("Imported %Ln contact(s).", "", outcome.imported))
        if outcome.imported:
            w.contacts_changed(outcome.created_ids[0])
        self.summary = ImportSummaryDialog(outcome, w)
        self.summary.reviewRequested.connect(self.review)
        self.summary.open()

    # ---- duplicates and merging ----------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        if self.duplicates is None:
            self.duplicates = DuplicatesDialog(self.window.library, self.window)
            self.duplicates.mergeRequested.connect(self.review)
        self.duplicates.reload()
        self.duplicates.show()
        self.duplicates.activateWindow()

    def review(self, keep_id: int, other_id: int) -> None:
        w = self.window
        try:
            keep, other = load_pair(w.library, keep_id, other_id)
        except NotFoundError:
            w.status(self.tr("One of these contacts no longer exists."))
            return
        parent = self.duplicates if self.duplicates is not None and self.duplicates.isVisible() else w
        dialog = MergeDialog(keep, other, parent)
        self.merge_dialog = dialog
        dialog.accepted.connect(lambda: self.merge(keep_id, other_id, dialog.choices()))
        dialog.open()

    def merge(self, keep_id: int, other_id: int, choices: dict[str, str]) -> None:
        w = self.window
        editing = w.editing
        if editing.is_editing() and editing.edited_id() in (keep_id, other_id) and not editing.leave():
            w.status(self.tr("Not merged: finish editing the contact first."))
            return
        try:
            merged = merge_with_undo(w.library, w.undo_stack, keep_id, other_id, choices, w.contacts_changed, w.status)
        except (NotFoundError, ValidationError) as exc:
            w.status(str(exc))
            return
        w.status(self.tr("Merged into %1. Undo with Ctrl+Z.").replace("%1", merged.display_name))
        w.contacts_changed(keep_id)
        if self.duplicates is not None:
            self.duplicates.contact_gone(other_id)

    # ---- my card -------------------------------------------------------------------------------------------

    def show_my_card(self) -> None:
        if self.my_card_dialog is None:
            self.my_card_dialog = MyCardDialog(self.window.library, self.window)
            self.my_card_dialog.message.connect(self.window.status)
        self.my_card_dialog.show()
        self.my_card_dialog.activateWindow()
