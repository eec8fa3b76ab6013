"""Behaviour of editing: edit, new, save, cancel, accept a reviewed card, delete — every change undoable."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus
from cardbook.storage import contacts, snapshots
from cardbook.storage.library import Library
from cardbook.ui.contact_commands import create_command, delete_command, save_command
from cardbook.ui.contact_pane import ContactPane


class ContactEditController(QObject):
    contactChanged = Signal(object)  # the contact to show after a change (int), or None
    editingFinished = Signal(object)  # the contact edited (int | None): show it again, read-only
    message = Signal(str)

    def __init__(self, library: Library, pane: ContactPane, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._pane = pane
        self._stack = stack
        self._window = parent
        self._before: Contact | None = None
        pane.editor.saveRequested.connect(self.save)
        pane.editor.cancelRequested.connect(self.cancel)

    # ---- starting --------------------------------------------------------------------------------------------

    def edit(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        try:
            contact = contacts.get_contact(self._library, contact_id)
        except contacts.NotFoundError:
            self.message.emit(self.tr("This contact no longer exists."))
            return
        self._before = contact
        self._pane.show_editor(contact)

    def new(self) -> None:
        self._before = Contact()
        self._pane.show_editor(Contact())

    # ---- finishing -------------------------------------------------------------------------------------------

    def save(self) -> None:
        editor = self._pane.editor
        problems = editor.form.problems()
        editor.show_problems(problems)
        if problems or self._before is None:
            return
        after = editor.form.contact()
        try:
            if after.id is None:
                created = contacts.create_contact(self._library, after)
                self._stack.push(create_command(self._library, created, self._shown, self.message.emit))
                contact_id = created.id
                self.message.emit(self.tr("%1 added.").replace("%1", created.display_name))
            else:
                saved = contacts.update_contact(self._library, after)
                text = self.tr("Edit %1").replace("%1", saved.display_name)
                self._stack.push(save_command(self._library, self._before, saved, text, self._shown, self.message.emit))
                contact_id = saved.id
                self.message.emit(self.tr("Changes to %1 saved.").replace("%1", saved.display_name))
        except contacts.ValidationError as error:
            editor.show_problems([str(error)])
            return
        except contacts.NotFoundError:
            editor.show_problems([self.tr("This contact was deleted meanwhile.")])
            return
        self._before = None
        self.editingFinished.emit(contact_id)  # the saved contact, read-only, at once
        self.contactChanged.emit(contact_id)  # the list and counts follow in the background

    def cancel(self) -> None:
        before, self._before = self._before, None
        self.editingFinished.emit(before.id if before is not None else None)

    def is_editing(self) -> bool:
        return self._pane.is_editing()

    # ---- one-step changes ----------------------------------------------------------------------------------

    def accept(self, contact_id: int | None) -> None:
        """A card read automatically was checked: the contact is no longer awaiting review."""
        if contact_id is None:
            return
        try:
            before = contacts.get_contact(self._library, contact_id)
            if before.status is ContactStatus.ACTIVE:
                return
            after = contacts.update_contact(self._library, dataclasses.replace(before, status=ContactStatus.ACTIVE))
        except (contacts.NotFoundError, contacts.ValidationError) as error:
            self.message.emit(str(error))
            return
        text = self.tr("Accept %1").replace("%1", after.display_name)
        self._stack.push(save_command(self._library, before, after, text, self._shown, self.message.emit))
        self.message.emit(self.tr("%1 accepted.").replace("%1", after.display_name))
        self.contactChanged.emit(contact_id)

    def delete(self, contact_id: int | None, *, confirm: bool = True) -> bool:
        if contact_id is None:
            return False
        try:
            snapshot = snapshots.snapshot_contact(self._library, contact_id)
        except contacts.NotFoundError:
            return False
        name = str(snapshot.contact.get("full_name") or snapshot.contact.get("company") or "") or self.tr(
            "this contact"
        )
        if confirm and not self._confirm_delete(name):
            return False
        contacts.delete_contact(self._library, contact_id)
        self._stack.push(delete_command(self._library, snapshot, name, self._shown, self.message.emit))
        self.message.emit(self.tr("%1 deleted. Undo with Ctrl+Z.").replace("%1", name))
        self.contactChanged.emit(None)
        return True

    def _confirm_delete(self, name: str) -> bool:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete contact"))
        box.setText(self.tr("Delete %1?").replace("%1", name))
        box.setInformativeText(
            self.tr("Their encounters, cards, referrals and follow-ups go too. You can undo this with Ctrl+Z.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _shown(self, contact_id: int | None) -> None:
        self.contactChanged.emit(contact_id)
