"""Behaviour of editing: edit, new, save, cancel, accept a reviewed card, delete — every change undoable."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cardbook.app.region_setting import phone_region_of
from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts import snapshots
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.contacts.commands import create_command, delete_command, save_command
from cardbook.ui.contacts.draft_banner import DraftBanner
from cardbook.ui.contacts.drafts import ContactDrafts
from cardbook.ui.contacts.pane import ContactPane
from cardbook.ui.contacts.phone_region import region_note


class ContactEditController(QObject):
    """Leaving the editor any other way than Save or Cancel (another contact, list or view, quitting) goes through
    `leave`: valid changes are saved exactly as Save saves them (one step on the undo stack), unchanged ones just
    close; changes that cannot be saved make it ask "Keep editing" or "Discard changes" — nothing is dropped
    silently. Meanwhile a draft of the changes is kept in the library folder (ContactDrafts) against a crash."""

    editingFinished = Signal(object)  # the contact edited (int | None): show it again, read-only
    message = Signal(str)

    def __init__(
        self,
        services: AppServices,
        pane: ContactPane,
        parent: QWidget,
        banner: DraftBanner | None = None,
    ) -> None:
        super().__init__(parent)
        library = services.library
        self._services = services
        self._library = library
        self._pane = pane
        self._stack = services.undo_stack
        self._window = parent
        self._before: Contact | None = None
        self._pristine: Contact | None = None  # what the form held when editing began (nothing changed yet)
        self.drafts = ContactDrafts(library, pane, banner, self._draft_values, self)
        self.drafts.restoreRequested.connect(self.restore_draft)
        pane.editor.saveRequested.connect(self.save)
        pane.editor.cancelRequested.connect(self.cancel)
        pane.editor.form.changed.connect(self.drafts.changed)

    # ---- starting --------------------------------------------------------------------------------------------

    def edit(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        try:
            contact = contacts.get_contact(self._library, contact_id)
        except contacts.NotFoundError:
            self.message.emit(self.tr("This contact no longer exists."))
            return
        self._begin(contact)

    def new(self) -> None:
        self._begin(Contact())

    def _begin(self, contact: Contact) -> None:
        self._before = contact
        self._pane.show_editor(contact)
        form = self._pane.editor.form
        self._read_phone_region(contact.id)
        self._pristine = form.contact()
        draft = self.drafts.start(contact.id)
        if draft is not None:
            form.set_field_values(draft.fields)
            form.focus_first()
            self.message.emit(self.tr("Unsaved changes from your last session are back: Save keeps them."))

    def _read_phone_region(self, contact_id: int | None) -> None:
        """Check the phones in the country their card was read in (as the review did), else the user's, once
        read off the GUI thread: the pane and the review then give a number the same verdict and E.164."""
        library, form = self._library, self._pane.editor.form

        def shown(found: object, error: BaseException | None) -> None:
            still_editing = self._before is not None and self._before.id == contact_id and self.is_editing()
            if error is None and isinstance(found, tuple) and still_editing:
                form.set_region(*region_note(*found))

        shared_runner().run((id(self), "region"), lambda: phone_region_of(library, contact_id), shown, self)

    def restore_draft(self, contact_id: int | None) -> None:
        """The banner's Restore: edit the contact with the draft of the last session."""
        if not self.leave():
            return
        if contact_id is None:
            self.new()
            return
        try:
            contacts.get_contact(self._library, contact_id)
        except contacts.NotFoundError:  # deleted since: its values can still become a new contact
            draft = self.drafts.get(contact_id)
            self.new()
            if draft is not None:
                self._pane.editor.form.set_field_values(draft.fields)
                self.drafts.write()  # now the new contact's draft
                self.drafts.discard(draft.key)
            self.message.emit(self.tr("This contact no longer exists: its unsaved changes make a new contact."))
            return
        self.edit(contact_id)

    def offer_drafts(self) -> list[int | None]:
        """At start: the contacts (None: a new one) with unsaved changes from the last session."""
        self.drafts.adopt_orphans(self._exists)
        return [d.contact_id for d in self.drafts.previous()]

    def _exists(self, contact_id: int) -> bool:
        try:
            contacts.get_contact(self._library, contact_id)
        except contacts.NotFoundError:
            return False
        return True

    # ---- state -------------------------------------------------------------------------------------------------

    def is_editing(self) -> bool:
        return self._pane.is_editing()

    def edited_id(self) -> int | None:
        """The contact being edited (None: a new one, or no editing)."""
        return self._before.id if self._before is not None and self.is_editing() else None

    def is_dirty(self) -> bool:
        """Whether the form holds something else than the contact had when editing began."""
        return self.is_editing() and self._pristine is not None and self._pane.editor.form.contact() != self._pristine

    def _draft_values(self) -> tuple[str, dict[str, Any]] | None:
        if not self.is_dirty():
            return None
        form = self._pane.editor.form
        return form.contact().display_name, form.field_values()

    # ---- finishing -------------------------------------------------------------------------------------------

    def save(self) -> None:
        self._commit(leaving=False)

    def _commit(self, *, leaving: bool) -> list[str]:
        """Save what the form holds as one undoable step; what stops it, if anything (shown in the editor too).
        When `leaving`, the window shows whatever the user went to rather than the saved contact."""
        editor = self._pane.editor
        problems = editor.form.problems()
        editor.show_problems(problems)
        if problems or self._before is None:
            return problems
        after = editor.form.contact()
        try:
            if after.id is None:
                created = contacts.create_contact(self._library, after)
                contact_id = created.id
                done = None if leaving else contact_id  # the list and counts follow in the background
                self._finish(contact_id)  # the saved contact, read-only, at once
                self._stack.push(create_command(self._library, created, self._shown, self.message.emit, done=done))
                self.message.emit(self.tr("%1 added.").replace("%1", created.display_name))
            else:
                saved = contacts.update_contact(self._library, after)
                text = self.tr("Edit %1").replace("%1", saved.display_name)
                contact_id = saved.id
                done = None if leaving else contact_id
                before = self._before
                self._finish(contact_id)
                self._stack.push(
                    save_command(self._library, before, saved, text, self._shown, self.message.emit, done=done)
                )
                self.message.emit(self.tr("Changes to %1 saved.").replace("%1", saved.display_name))
        except contacts.ValidationError as error:
            problems = [str(error)]
        except contacts.NotFoundError:
            problems = [self.tr("This contact was deleted meanwhile.")]
        if problems:
            editor.show_problems(problems)
            return problems
        return []

    def cancel(self) -> None:
        self._finish(self._before.id if self._before is not None else None)

    def _finish(self, contact_id: int | None) -> None:
        self._before = self._pristine = None
        self.drafts.finish()
        self.editingFinished.emit(contact_id)

    def leave(self) -> bool:
        """The user goes elsewhere. Valid changes are saved (as Save does), no changes just close the editor;
        changes that cannot be saved ask. False when the user keeps editing: the caller stays where it is."""
        if not self.is_editing():
            return True
        if not self.is_dirty():
            self.cancel()
            return True
        problems = self._commit(leaving=True)
        if not problems:
            return True
        self.drafts.write()  # whatever the answer takes, the values are safe meanwhile
        form = self._pane.editor.form
        name = form.contact().display_name if self._before is not None and self._before.id is not None else ""
        if self._ask_discard(name, problems):
            self.cancel()
            self.message.emit(self.tr("Changes discarded."))
            return True
        self.focus_problem()
        return False

    def focus_problem(self) -> None:
        """The cursor in the first field that stops saving (else the first field)."""
        form = self._pane.editor.form
        self._pane.editor.focus_field(form.first_problem_field() or form.lines["full_name"])

    def _ask_discard(self, name: str, problems: list[str]) -> bool:
        """Changes that cannot be saved, on the way out: True to discard them, False to keep editing."""
        box = QMessageBox(self._window)
        box.setObjectName("unsavedChangesBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        if name:
            box.setText(self.tr("The changes to %1 cannot be saved as they are.").replace("%1", name))
        else:
            box.setText(self.tr("This contact cannot be saved as it is."))
        box.setInformativeText(
            " ".join(problems) + "\n\n" + self.tr("Keep editing to correct it, or discard the changes.")
        )
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

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
        self.message.emit(self.tr("%1 accepted.").replace("%1", after.display_name))
        self._stack.push(
            save_command(self._library, before, after, text, self._shown, self.message.emit, done=contact_id)
        )

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
        self.message.emit(self.tr("%1 deleted. Undo with Ctrl+Z.").replace("%1", name))
        self._stack.push(delete_command(self._library, snapshot, name, self._shown, self.message.emit))
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
        """A change, its undo or its redo (the undo command calls it): the one notice, showing `contact_id`."""
        self._services.changed(LibraryChange(() if contact_id is None else (contact_id,)))
