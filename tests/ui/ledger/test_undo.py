"""The ledger's undo commands: a step that can no longer be replayed says which way it failed, and leaves."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from cardbook.storage.contacts import ValidationError
from cardbook.ui.ledger.undo import push_done


def test_a_failed_undo_and_a_failed_redo_each_say_so(qapp) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []

    def refuse(_value: object) -> object:
        raise ValidationError("the event exists already")

    stack = QUndoStack()
    push_done(stack, "Delete event", 1, undo=refuse, redo=lambda value: value, on_error=messages.append)
    stack.undo()
    assert messages == ["Could not undo “Delete event”: the event exists already"]
    assert stack.count() == 0  # obsolete: dropped from the history

    push_done(stack, "Delete network", 2, undo=lambda value: value, redo=refuse, on_error=messages.append)
    stack.undo()
    stack.redo()
    assert messages[1:] == ["Could not redo “Delete network”: the event exists already"]
    assert stack.count() == 0
