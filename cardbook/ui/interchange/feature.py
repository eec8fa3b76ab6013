"""Contacts in and out, wired into the main window: File ▸ Export / Import contacts, File ▸ Export / Import
library (library_transfer.py), Contacts ▸ Find duplicates, My card. Exports and imports run in the background
(the services' runner); a merge goes on the shared undo stack. It gets the services and its actions, never the
window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from cardbook.app.contact_files import (
    ExportRequest,
    ImportOutcome,
    UnencodableExport,
    export_contacts,
    import_contact_files,
)
from cardbook.app.errors import describe
from cardbook.app.region_setting import get_default_region
from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import NotFoundError, ValidationError, count_contacts
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.interchange.duplicates_dialog import DuplicatesDialog
from cardbook.ui.interchange.export_dialog import ExportDialog
from cardbook.ui.interchange.import_summary import ImportSummaryDialog
from cardbook.ui.interchange.library_transfer import LibraryTransfer
from cardbook.ui.interchange.merge_dialog import MergeDialog, load_pair, merge_with_undo
from cardbook.ui.interchange.my_card import MyCardDialog


@dataclass(frozen=True, slots=True)
class InterchangeActions:
    export_contacts: QAction
    import_contacts: QAction
    find_duplicates: QAction
    my_card: QAction
    export_library: QAction | None = None
    import_library: QAction | None = None


class WindowInterchange(QObject):
    def __init__(
        self, services: AppServices, parent: QWidget, actions: InterchangeActions, listed: Callable[[], list[int]]
    ) -> None:
        """`listed()`: the ids of the contacts listed now (what "Export the listed contacts" exports)."""
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._actions = actions
        self._listed = listed
        self.duplicates: DuplicatesDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.my_card_dialog: MyCardDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.library_transfer = LibraryTransfer(services, parent)

    def wire(self) -> None:
        a = self._actions
        a.export_contacts.triggered.connect(self.choose_export)
        a.import_contacts.triggered.connect(self.choose_import)
        a.find_duplicates.triggered.connect(self.find_duplicates)
        a.my_card.triggered.connect(self.show_my_card)
        if a.export_library is not None:
            a.export_library.triggered.connect(self.library_transfer.choose_export)
        if a.import_library is not None:
            a.import_library.triggered.connect(self.library_transfer.choose_import)

    def _error(self, what: str, error: BaseException) -> None:
        self._services.status(f"{what}: {describe(error)[0]}")

    # ---- export --------------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        listed = self._listed()
        dialog = ExportDialog(len(listed), count_contacts(self._services.library), self._parent)
        self.export_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target = dialog.ask_target()
        if target is not None:
            self.export(dialog.request(target, listed))

    def export(self, request: ExportRequest) -> None:
        s, library = self._services, self._services.library
        s.status(self.tr("Exporting contacts…"))

        def done(count: int | None, error: BaseException | None) -> None:
            if isinstance(error, UnencodableExport):
                text = self.tr("Export failed: %1 holds “%2” in %3, which Windows-1252 cannot write; export in UTF-8")
                s.status(text.replace("%1", error.contact).replace("%2", error.char).replace("%3", error.column))
                return
            if error is not None:
                self._error(self.tr("Export failed"), error)
                return
            s.status(self.tr("Exported %Ln contact(s) to %1.", "", count or 0).replace("%1", str(request.target)))

        s.runner.run(None, lambda: export_contacts(library, request), done, self)

    # ---- import --------------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contacts files (*.vcf *.vcard *.csv);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        s, library = self._services, self._services.library
        s.status(self.tr("Importing contacts…"))

        def work() -> ImportOutcome:  # numbers written without a country are read in the library's default one
            return import_contact_files(library, paths, get_default_region(library))

        s.runner.run(None, work, self._imported, self)

    def _imported(self, outcome: ImportOutcome | None, error: BaseException | None) -> None:
        if error is not None or outcome is None:
            self._error(self.tr("Import failed"), error or RuntimeError("no result"))
            return
        self._services.status(self.tr("Imported %Ln contact(s).", "", outcome.imported))
        if outcome.imported:
            self._services.changed(LibraryChange(tuple(outcome.created_ids)))
        self.summary = ImportSummaryDialog(outcome, self._parent)
        self.summary.reviewRequested.connect(self.review)
        self.summary.open()

    # ---- duplicates and merging ----------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        if self.duplicates is None:
            self.duplicates = DuplicatesDialog(self._services.library, self._parent)
            self.duplicates.mergeRequested.connect(self.review)
        self.duplicates.reload()
        self.duplicates.show()
        self.duplicates.activateWindow()

    def review(self, keep_id: int, other_id: int) -> None:
        """The merge dialog for two contacts, opened once both are read (in the background)."""
        library = self._services.library

        def read() -> tuple[Contact, Contact]:
            return load_pair(library, keep_id, other_id)

        def opened(pair: tuple[Contact, Contact] | None, error: BaseException | None) -> None:
            self._open_merge(keep_id, other_id, pair, error)

        self._services.runner.run("merge pair", read, opened, self)

    def _open_merge(
        self, keep_id: int, other_id: int, pair: tuple[Contact, Contact] | None, error: BaseException | None
    ) -> None:
        if pair is None:
            why = self.tr("One of these contacts no longer exists.") if isinstance(error, NotFoundError) else str(error)
            self._services.status(why)
            return
        keep, other = pair
        parent = self.duplicates if self.duplicates is not None and self.duplicates.isVisible() else self._parent
        dialog = MergeDialog(keep, other, parent)
        self.merge_dialog = dialog
        dialog.accepted.connect(lambda: self.merge(keep_id, other_id, dialog.choices()))
        dialog.open()

    def merge(self, keep_id: int, other_id: int, choices: dict[str, str]) -> None:
        s = self._services
        if s.edited_contact() in (keep_id, other_id) and not s.leave_editing():
            s.status(self.tr("Not merged: finish editing the contact first."))
            return

        def shown(contact_id: int | None) -> None:  # after the merge, its undo and its redo
            s.changed(LibraryChange((contact_id,) if contact_id is not None else ()))

        try:
            merged = merge_with_undo(s.library, s.undo_stack, keep_id, other_id, choices, shown, s.status)
        except (NotFoundError, ValidationError) as exc:
            s.status(str(exc))
            return
        s.status(self.tr("Merged into %1. Undo with Ctrl+Z.").replace("%1", merged.display_name))
        if self.duplicates is not None:
            self.duplicates.contact_gone(other_id)

    # ---- my card -------------------------------------------------------------------------------------------

    def show_my_card(self) -> None:
        if self.my_card_dialog is None:
            self.my_card_dialog = MyCardDialog(self._services.library, self._parent)
            self.my_card_dialog.message.connect(self._services.status)
        self.my_card_dialog.show()
        self.my_card_dialog.activateWindow()
