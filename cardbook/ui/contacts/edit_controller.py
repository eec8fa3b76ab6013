"""Behaviour of editing: edit, new, save, cancel, accept a reviewed card, delete — every change undoable."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cardbook.app.errors import describe
from cardbook.app.region_setting import phone_region_of
from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts import records as contacts
from cardbook.storage.errors import EditConflictError
from cardbook.storage.library import Library
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.contacts.commands import create_command, save_command
from cardbook.ui.contacts.draft_banner import DraftBanner
from cardbook.ui.contacts.drafts import ContactDrafts
from cardbook.ui.contacts.erase_controller import ContactErasure
from cardbook.ui.contacts.pane import ContactPane
from cardbook.ui.contacts.phone_region import region_note
from cardbook.ui.contacts.save_retry import BackgroundSave, is_busy

SAVING = "saving"  # what _commit returns while a save waits for a busy library
CONFLICT = "conflict"  # what _commit returns when the user reviews their changes on a reloaded contact


class ContactEditController(QObject):
    """Leaving the editor any other way than Save or Cancel (another contact, list or view, quitting) goes through
    `leave`: valid changes are saved exactly as Save saves them (one step on the undo stack), unchanged ones just
    close; changes that cannot be saved make it ask "Keep editing" or "Discard changes" — nothing is dropped
    silently. Meanwhile a draft of the changes is kept in the library folder (ContactDrafts) against a crash."""

    # The contact edited (int | None) and, when saved, what was saved (Contact | None): show it again, read-only.
    editingFinished = Signal(object, object)
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
        self._pristine_fields: dict[str, Any] = {}  # the same, as the fields held it (to tell what was changed)
        self.drafts = ContactDrafts(library, pane, banner, self._draft_values, self)
        self.drafts.restoreRequested.connect(self.restore_draft)
        self.erasure = ContactErasure(services, self.drafts, parent)
        self._saver = BackgroundSave(self)
        self._saver.busy_seen = self._busy
        self.erasure.message.connect(self.message)
        pane.editor.saveRequested.connect(self.save)
        pane.editor.cancelRequested.connect(self.cancel)
        pane.editor.form.changed.connect(self.drafts.changed)

    # ---- starting --------------------------------------------------------------------------------------------

    def edit(self, contact_id: int | None) -> None:
        """Edit the contact: at once with what the pane shows of it, else once read in the background."""
        if contact_id is None:
            return
        shown = self._pane.details
        if shown is not None and shown.contact.id == contact_id and not self.is_editing():
            self._begin(shown.contact)
            return
        self._read_contact(contact_id, self._begin, self._gone)

    def _gone(self) -> None:
        self.message.emit(self.tr("This contact no longer exists."))

    def _read_contact(self, contact_id: int, found: Callable[[Contact], None], gone: Callable[[], None]) -> None:
        """Read the contact on a worker thread, then `found(contact)` (unless editing began meanwhile) or
        `gone()` when it was deleted."""
        library = self._library

        def arrived(contact: Contact | None, error: BaseException | None) -> None:
            if isinstance(error, contacts.NotFoundError):
                gone()
            elif error is not None or contact is None:
                self.message.emit(describe(error)[0] if error is not None else "")
            elif not self.is_editing():
                found(contact)

        self._services.runner.run((id(self), "edit"), lambda: contacts.get_contact(library, contact_id), arrived, self)

    def new(self) -> None:
        self._begin(Contact())

    def _begin(self, contact: Contact) -> None:
        self._before = contact
        self._pane.show_editor(contact)
        form = self._pane.editor.form
        self._read_phone_region(contact.id)
        self._pristine = form.contact()
        self._pristine_fields = form.field_values()
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

        def gone() -> None:  # deleted since: its values can still become a new contact
            draft = self.drafts.get(contact_id)
            self.new()
            if draft is not None:
                self._pane.editor.form.set_field_values(draft.fields)
                self.drafts.write()  # now the new contact's draft
                self.drafts.discard(draft.key)
            self.message.emit(self.tr("This contact no longer exists: its unsaved changes make a new contact."))

        self._read_contact(contact_id, self._begin, gone)

    def offer_drafts(self, offered: Callable[[list[int | None]], None]) -> None:
        """At start: `offered` gets the contacts (None: a new one) with unsaved changes from the last session,
        once it is known (in the background) which of them still exist."""
        library = self._library
        wanted = [d.contact_id for d in self.drafts.previous() if d.contact_id is not None]
        if not wanted:
            offered([d.contact_id for d in self.drafts.previous()])
            return

        def arrived(existing: set[int] | None, error: BaseException | None) -> None:
            if existing is not None:
                self.drafts.adopt_orphans(existing.__contains__)
            offered([d.contact_id for d in self.drafts.previous()])

        self._services.runner.run((id(self), "drafts"), lambda: _existing(library, wanted), arrived, self)

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
        When `leaving`, the window shows whatever the user went to rather than the saved contact. The write runs
        off the GUI thread (save_retry.py): when the library is busy it goes on in the background, the editor
        keeping the values, and this returns [SAVING] (the user stays)."""
        editor = self._pane.editor
        problems = editor.form.problems()
        editor.show_problems(problems)
        if problems or self._before is None:
            return problems
        if self._saver.pending:
            return [SAVING]
        after, before, library = editor.form.contact(), self._before, self._library
        at_once = [True]  # False once the save went on in the background: the user stayed with the editor

        def write() -> Contact:
            return (
                contacts.create_contact(library, after) if after.id is None else contacts.update_contact(library, after)
            )

        def landed(saved: Contact | None, error: BaseException | None) -> None:
            outcome[:] = self._landed(before, saved, error, leaving=leaving and at_once[0])

        outcome: list[str] = []
        if self._saver.start(write, landed):
            return outcome
        at_once[0] = False
        editor.setEnabled(False)  # the values stay in view, unchanged, while the save waits
        self.drafts.write()  # and safe on disk meanwhile
        return [SAVING]

    def _busy(self) -> None:
        self.message.emit(self.tr("Library busy — saving again…"))

    def _landed(
        self, before: Contact, saved: Contact | None, error: BaseException | None, *, leaving: bool
    ) -> list[str]:
        """The save's answer: the saved contact read-only with its undo step, else what stopped it."""
        editor = self._pane.editor
        editor.setEnabled(True)
        if error is None and saved is not None and saved.id is not None:
            contact_id = saved.id
            done = None if leaving else contact_id  # the list and counts follow in the background
            self._finish(contact_id, saved)  # the saved contact, read-only, at once
            if before.id is None:
                self._stack.push(create_command(self._library, saved, self._shown, self.message.emit, done=done))
                self.message.emit(self.tr("%1 added.").replace("%1", saved.display_name))
            else:
                text = self.tr("Edit %1").replace("%1", saved.display_name)
                self._stack.push(
                    save_command(self._library, before, saved, text, self._shown, self.message.emit, done=done)
                )
                self.message.emit(self.tr("Changes to %1 saved.").replace("%1", saved.display_name))
            return []
        if isinstance(error, EditConflictError):
            return self._conflict(error)
        if isinstance(error, contacts.ValidationError):
            problems = [str(error)]
        elif isinstance(error, contacts.NotFoundError):
            problems = [self.tr("This contact was deleted meanwhile.")]
        elif is_busy(error):
            name = editor.form.contact().display_name or self.tr("this contact")
            problems = [
                self.tr(
                    "Could not save %1: the library stayed busy (another program is writing to it). Your changes "
                    "are kept as a draft: Save again later."
                ).replace("%1", name)
            ]
            self.drafts.write()
            self.message.emit(problems[0])
        else:
            problems = [describe(error)[0] if error is not None else ""]
        editor.show_problems(problems)
        return problems

    def cancel(self) -> None:
        self._finish(self._before.id if self._before is not None else None)

    def _finish(self, contact_id: int | None, saved: Contact | None = None) -> None:
        self._before = self._pristine = None
        self.drafts.finish()
        self.editingFinished.emit(contact_id, saved)

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
        if problems == [SAVING]:  # the library is busy: the save goes on, the user stays with the editor
            self._busy()
            return False
        if problems == [CONFLICT]:  # changed by someone else: the user reviews their changes on the new copy
            return False
        self.drafts.write()  # whatever the answer takes, the values are safe meanwhile
        form = self._pane.editor.form
        name = form.contact().display_name if self._before is not None and self._before.id is not None else ""
        if self._ask_discard(name, problems):
            self.cancel()
            self.message.emit(self.tr("Changes discarded."))
            return True
        self.focus_problem()
        return False

    # ---- someone else saved the contact meanwhile ----------------------------------------------------------

    def _conflict(self, error: EditConflictError) -> list[str]:
        """The save was refused: the contact changed since editing began (another member, window or command;
        docs/TEAM_LIBRARY.md, "Several writers"). The user chooses: reload it and re-apply their changes (the
        editor stays open for review), or discard their changes. Their values are kept as a draft first, so
        nothing typed is lost whatever happens next. Returns [CONFLICT] while the user reviews, [] once
        discarded (a leaving user then goes where they went)."""
        self.drafts.write()
        name = error.name or self._pane.editor.form.contact().display_name or self.tr("This contact")
        if not self._ask_conflict(name):
            self.cancel()
            self.message.emit(self.tr("Changes discarded."))
            return []
        self._reload_and_reapply(error.contact_id, name)
        return [CONFLICT]

    def _ask_conflict(self, name: str) -> bool:
        """True: reload and re-apply my changes; False: discard them."""
        box = QMessageBox(self._window)
        box.setObjectName("editConflictBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed by someone else"))
        box.setText(self.tr("%1 was changed by someone else since you opened it.").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Your changes were not saved. Reload the contact and re-apply them on top (you can review them "
                "before saving), or discard them."
            )
        )
        reload = box.addButton(self.tr("&Reload and re-apply my changes"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard my changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(reload)
        box.setEscapeButton(reload)  # closing the question loses nothing
        box.exec()
        return box.clickedButton() is not discard

    def _reload_and_reapply(self, contact_id: int, name: str) -> None:
        """Read the contact as stored now (off the GUI thread), show it in the editor, and put back on top only
        the fields the user changed: what the other person saved in the other fields stays."""
        editor, library = self._pane.editor, self._library
        changed = {
            key: value for key, value in editor.form.field_values().items() if value != self._pristine_fields.get(key)
        }
        editor.setEnabled(False)

        def arrived(fresh: Contact | None, error: BaseException | None) -> None:
            editor.setEnabled(True)
            if fresh is None or error is not None:
                why = (
                    self.tr("This contact was deleted meanwhile.")
                    if isinstance(error, contacts.NotFoundError)
                    else describe(error)[0]
                    if error is not None
                    else ""
                )
                editor.show_problems([why])  # the values stay in the editor (and in the draft)
                return
            self._before = fresh
            self._pane.show_editor(fresh)
            form = self._pane.editor.form
            self._pristine = form.contact()
            self._pristine_fields = form.field_values()
            form.set_field_values(changed)
            self.drafts.write()
            note = self.tr(
                "%1 was reloaded with the other changes; yours are applied again on top: check them, then Save."
            )
            editor.show_problems([note.replace("%1", fresh.display_name or name)])
            self.message.emit(note.replace("%1", fresh.display_name or name))

        self._services.runner.run(
            (id(self), "reload"), lambda: contacts.get_contact(library, contact_id), arrived, self
        )

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

    def delete(self, contact_id: int | None) -> bool:
        """The window's Delete: an erasure, asked first (erase_controller.py says why it cannot be undone)."""
        shown = self._pane.details
        name = shown.contact.display_name if shown is not None and shown.contact.id == contact_id else ""
        return self.erasure.erase(contact_id, name)

    def _shown(self, contact_id: int | None) -> None:
        """A change, its undo or its redo (the undo command calls it): the one notice, showing `contact_id`."""
        self._services.changed(LibraryChange(() if contact_id is None else (contact_id,)))


def _existing(library: Library, contact_ids: list[int]) -> set[int]:
    """Which of the contacts still exist (read on a worker thread)."""
    found = set()
    for contact_id in contact_ids:
        try:
            contacts.get_contact(library, contact_id)
        except contacts.NotFoundError:
            continue
        found.add(contact_id)
    return found
