"""The window's Delete of a contact: an erasure (issue 15), not a deletion that Undo could bring back.

`storage.erasure.erase_contact` removes the person from the rows, the search index, the card images, the draft,
the file's free pages and the WAL. So the window cannot keep a way back either: the undo stack is cleared (its
commands hold the person's values — a snapshot, the fields before an edit — in memory, and an undo would write
them again), and the editor's drafts of that person go too. The question says so before anything happens.

The erasure rewrites the database file (VACUUM), which takes a moment on a big library: it runs through the
runner, off the GUI thread; the list and the pane follow through the one change notice when it is done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from cardbook.app.errors import describe
from cardbook.storage.contacts.drafts import contact_key
from cardbook.storage.contacts.erasure import ErasureResult, erase_contact
from cardbook.storage.errors import NotFoundError
from cardbook.storage.upkeep.erasure_backups import BACKUP_PATTERNS
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.contacts.drafts import ContactDrafts


class ContactErasure(QObject):
    message = Signal(str)
    erased = Signal(int)  # the contact erased (after the change notice)

    def __init__(self, services: AppServices, drafts: ContactDrafts, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._window = parent
        self.erasing: int | None = None  # the contact being erased, while the erasure runs

    def erase(self, contact_id: int | None, name: str) -> bool:
        """Ask, then erase `contact_id` in the background. False when nothing was started."""
        if contact_id is None or self.erasing is not None:
            return False
        name = name or self.tr("this contact")
        answer = self.confirm(name, contact_id)
        if answer is None:
            return False
        from_backups = answer
        self.erasing = contact_id
        self._drafts.discard(contact_key(contact_id))  # the editor's copy of the drafts file forgets them too
        self.message.emit(self.tr("Erasing %1…").replace("%1", name))
        library = self._services.library
        self._services.runner.run(
            None,  # every erasure is answered
            lambda: erase_contact(library, contact_id, from_backups=from_backups),
            lambda result, error: self._done(contact_id, name, result, error),
            self,
        )
        return True

    def _done(self, contact_id: int, name: str, result: ErasureResult | None, error: BaseException | None) -> None:
        self.erasing = None
        if isinstance(error, NotFoundError):
            self.message.emit(self.tr("This contact no longer exists."))
        elif error is not None or result is None:
            why = describe(error)[0] if error is not None else ""
            self.message.emit(self.tr("Could not erase %1: %2").replace("%1", name).replace("%2", why))
            return
        else:
            # Nothing may bring the person back: every command on the stack may hold their values.
            self._services.undo_stack.clear()
            text = self.tr("%1 erased. The undo history was cleared.").replace("%1", name)
            rewritten, failed = len(result.backups.rewritten), len(result.backups.failed)
            if rewritten:
                text += " " + self.tr("Removed from %Ln backup(s).", "", rewritten)
            if failed:
                text += " " + self.tr(
                    "%Ln backup(s) could not be rewritten: see cardbook erase --from-backups.", "", failed
                )
            if not result.wal_emptied:
                text += " " + self.tr("Another program still has the library open: its journal is emptied later.")
            self.message.emit(text)
        self._services.changed(LibraryChange())
        self.erased.emit(contact_id)

    def confirm(self, name: str, contact_id: int) -> bool | None:
        """None: cancelled; else whether the backups are to be rewritten without the person too."""
        box = QMessageBox(self._window)
        box.setObjectName("eraseContactBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete contact"))
        box.setText(self.tr("Erase %1 for good?").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Their details, encounters, referrals, follow-ups, card photos and unsaved changes are removed "
                "from the library. This cannot be undone, and the undo history is cleared. Backups made before "
                "keep them until you run: cardbook erase %1 --from-backups"
            ).replace("%1", str(contact_id))
        )
        backups = self._backups()
        if backups:  # a folder library's own backups can be rewritten without them (a server's dumps are its admin's)
            ticked = QCheckBox(self.tr("Also erase them from the %Ln backup(s) of this library", "", backups), box)
            ticked.setObjectName("eraseFromBackups")
            box.setCheckBox(ticked)
        delete = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return None
        check = box.checkBox()
        return check is not None and check.isChecked()

    def _backups(self) -> int:
        """How many backups of a folder library could still hold the person (a listing, no storage read)."""
        library = self._services.library
        if library.is_server or not library.backups_dir.is_dir():
            return 0
        return sum(1 for pattern in BACKUP_PATTERNS for _ in library.backups_dir.glob(pattern))
