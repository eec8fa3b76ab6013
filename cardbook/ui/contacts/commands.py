"""Undoable changes to contacts: save, create, delete, accept, "met again" — each a QUndoCommand.

Each change is made (and checked) before its command is pushed, so a refused change never reaches the stack;
the first `redo` the stack calls on push does nothing. Undo and redo go through the storage services (a
deletion is undone from a snapshot, with the same id), then tell the window which contact to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cardbook.domain.contact import Contact
from cardbook.storage import cards, contacts, snapshots
from cardbook.storage.library import Library

Shown = Callable[[int | None], None]  # after a change: the contact to show (None: the list's choice)
Failed = Callable[[str], None]
Step = Callable[[], int | None]  # does the work, returns the contact to show


class StorageCommand(QUndoCommand):
    def __init__(self, text: str, redo: Step, undo: Step, shown: Shown, failed: Failed) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._shown, self._failed = shown, failed
        self._pushed = False

    def _run(self, step: Step) -> None:
        try:
            contact_id = step()
        except (contacts.NotFoundError, contacts.ValidationError, OSError) as error:
            self._failed(
                QCoreApplication.translate("ContactCommands", "Could not undo or redo “%1”: %2")
                .replace("%1", self.text())
                .replace("%2", str(error))
            )
            self.setObsolete(True)
            return
        self._shown(contact_id)

    def redo(self) -> None:
        if not self._pushed:  # the change was made before the push
            self._pushed = True
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


def save_command(
    library: Library, before: Contact, after: Contact, text: str, shown: Shown, failed: Failed
) -> StorageCommand:
    """`after` was just saved; undo writes `before` back."""

    def back() -> int | None:
        return contacts.update_contact(library, before).id

    def again() -> int | None:
        return contacts.update_contact(library, after).id

    return StorageCommand(text, again, back, shown, failed)


def create_command(library: Library, created: Contact, shown: Shown, failed: Failed) -> StorageCommand:
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
    return StorageCommand(
        QCoreApplication.translate("ContactCommands", "New contact %1").replace("%1", name), again, back, shown, failed
    )


def delete_command(
    library: Library, snapshot: snapshots.ContactSnapshot, name: str, shown: Shown, failed: Failed
) -> StorageCommand:
    """The contact was just deleted after `snapshot` was taken."""
    kept = [snapshot]

    def back() -> int | None:
        return snapshots.restore_contact(library, kept[0])

    def again() -> int | None:
        kept[:] = [snapshots.snapshot_contact(library, snapshot.contact_id)]
        contacts.delete_contact(library, snapshot.contact_id)
        return None

    return StorageCommand(
        QCoreApplication.translate("ContactCommands", "Delete %1").replace("%1", name), again, back, shown, failed
    )


def met_again_command(
    library: Library, taken: list[snapshots.ContactSnapshot], new_id: int, existing_id: int, name: str,
    shown: Shown, failed: Failed,
) -> StorageCommand:  # fmt: skip
    """The card `new_id` was just added to `existing_id`; `taken` are both contacts as they were before."""
    kept = list(taken)

    def back() -> int | None:
        snapshots.restore_contacts(library, kept, replace=True)
        return new_id

    def again() -> int | None:
        kept[:] = snapshots.snapshot_contacts(library, [existing_id, new_id])
        cards.add_to_existing(library, new_id, existing_id)
        return existing_id

    return StorageCommand(
        QCoreApplication.translate("ContactCommands", "Met %1 again").replace("%1", name), again, back, shown, failed
    )
