"""Undoable changes to contacts: save, create, accept, "met again" — each a QUndoCommand (a deletion is an
erasure, which no undo brings back: erase_controller.py).

Each change is made (and checked) before its command (common.undo.UndoCommand) is pushed, so a refused change
never reaches the stack. Undo and redo go through the storage services (a deletion is undone from a snapshot,
with the same id), then tell the window which contact to show: that call is the change notice, made once after
the change (`done`: the contact to show then), each undo and each redo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from cardbook.domain.contact import Contact
from cardbook.storage.contacts import cards, snapshots
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.common.undo import UndoCommand

Shown = Callable[[int | None], None]  # after a change: the contact to show (None: the list's choice)
Failed = Callable[[str], None]
Step = Callable[[], int | None]  # does the work, returns the contact to show


def storage_command(
    text: str, redo: Step, undo: Step, shown: Shown, failed: Failed, *, done: int | None = None, announced: bool = False
) -> UndoCommand:
    """A contact change just made, as the one undo command: `undo`/`redo` return the contact to show, which
    `shown` receives after the change (`done`), each undo and each redo — `shown` is the change notice."""
    return UndoCommand(
        text, done, lambda _shown: undo(), lambda _shown: redo(), after=shown, report=failed, announced=announced
    )


def StorageCommand(text: str, redo: Step, undo: Step, shown: Shown, failed: Failed) -> UndoCommand:
    """The older spelling, for callers that announce the change themselves (importing/review_controller)."""
    return storage_command(text, redo, undo, shown, failed, announced=True)


def save_command(
    library: Library, before: Contact, after: Contact, text: str, shown: Shown, failed: Failed, *, done: int | None
) -> UndoCommand:
    """`after` was just saved; undo writes `before` back. `done`: the contact to show now."""
    again, back = versioned_steps(library, before, after)
    return storage_command(text, again, back, shown, failed, done=done)


def versioned_steps(library: Library, before: Contact, after: Contact) -> tuple[Step, Step]:
    """Redo and undo of a save (`after` just saved over `before`) that check the contact's version: each step
    writes on the version the previous one left, so an undo after someone else changed the contact is refused
    (EditConflictError, told by the command's `failed`) instead of overwriting their change."""
    current = [after.version]

    def write(contact: Contact) -> int | None:
        saved = contacts.update_contact(library, dataclasses.replace(contact, version=current[0]))
        current[0] = saved.version
        return saved.id

    return (lambda: write(after)), (lambda: write(before))


def create_command(
    library: Library, created: Contact, shown: Shown, failed: Failed, *, done: int | None
) -> UndoCommand:
    assert created.id is not None
    contact_id = created.id
    kept: list[snapshots.ContactSnapshot] = []

    def back() -> int | None:
        kept[:] = [snapshots.snapshot_contact(library, contact_id)]
        contacts.delete_contact(library, contact_id)
        return None

    def again() -> int | None:
        return snapshots.restore_contact(library, kept[0])

    name = created.display_name or QCoreApplication.translate("ContactCommands", "a contact")
    text = QCoreApplication.translate("ContactCommands", "New contact %1").replace("%1", name)
    return storage_command(text, again, back, shown, failed, done=done)


def met_again_command(
    library: Library, taken: list[snapshots.ContactSnapshot], new_id: int, existing_id: int, name: str,
    shown: Shown, failed: Failed,
) -> UndoCommand:  # fmt: skip
    """The card `new_id` was just added to `existing_id`; `taken` are both contacts as they were before. The caller
    (importing/review_controller) announces the change itself."""
    kept = list(taken)

    def back() -> int | None:
        snapshots.restore_contacts(library, kept, replace=True)
        return new_id

    def again() -> int | None:
        kept[:] = snapshots.snapshot_contacts(library, [existing_id, new_id])
        cards.add_to_existing(library, new_id, existing_id)
        return existing_id

    text = QCoreApplication.translate("ContactCommands", "Met %1 again").replace("%1", name)
    return storage_command(text, again, back, shown, failed, announced=True)
