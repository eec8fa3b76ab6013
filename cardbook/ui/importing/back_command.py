"""The review's "back of the previous card" as one undoable step: the card just joined to its front is put back
as a card of its own by undo (from snapshots of both contacts taken before), joined again by redo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardbook.storage.contacts import snapshots
from cardbook.storage.contacts.two_sided import attach_back
from cardbook.storage.library import Library
from cardbook.ui.common.undo import UndoCommand
from cardbook.ui.contacts.commands import Failed, Shown, storage_command


def back_command(
    library: Library, taken: list[snapshots.ContactSnapshot], front_id: int, back_id: int, name: str,
    shown: Shown, failed: Failed,
) -> UndoCommand:  # fmt: skip
    """`back_id`'s card was just joined to `front_id`'s; `taken` are both contacts as they were before. The
    caller (review_controller) announces the change itself."""
    kept = list(taken)

    def undo() -> int | None:
        snapshots.restore_contacts(library, kept, replace=True)
        return back_id

    def redo() -> int | None:
        kept[:] = snapshots.snapshot_contacts(library, [front_id, back_id])
        attach_back(library, front_id, back_id)
        return front_id

    text = QCoreApplication.translate("ReviewController", "Back of %1's card").replace("%1", name)
    return storage_command(text, redo, undo, shown, failed, announced=True)
