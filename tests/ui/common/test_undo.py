"""The one undo command: a step that can no longer be replayed says which way it failed, and leaves."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from cardbook.storage.contacts.records import ValidationError
from cardbook.ui.common.undo import push_done


def test_a_failed_undo_and_a_failed_redo_each_say_so(qapp) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []

    def refuse(_value: object) -> object:
        raise ValidationError("the event exists already")

    stack = QUndoStack()
    push_done(stack, "Delete event", 1, undo=refuse, redo=lambda value: value, report=messages.append)
    stack.undo()
    assert messages == ["Could not undo “Delete event”: the event exists already"]
    assert stack.count() == 0  # obsolete: dropped from the history

    push_done(stack, "Delete network", 2, undo=lambda value: value, redo=refuse, report=messages.append)
    stack.undo()
    stack.redo()
    assert messages[1:] == ["Could not redo “Delete network”: the event exists already"]
    assert stack.count() == 0


def test_the_change_its_undo_and_its_redo_are_each_announced_once(qapp) -> None:  # type: ignore[no-untyped-def]
    announced: list[object] = []
    stack = QUndoStack()
    push_done(stack, "Rename", "new", undo=lambda _new: "old", redo=lambda _old: "new", after=announced.append)
    assert announced == ["new"]  # the change itself, on push
    stack.undo()
    stack.redo()
    assert announced == ["new", "old", "new"]


def test_a_contact_command_reports_a_failed_undo_like_a_ledger_one(qapp) -> None:  # type: ignore[no-untyped-def]
    from cardbook.storage.contacts.records import NotFoundError
    from cardbook.ui.contacts.commands import storage_command

    messages: list[str] = []
    shown: list[int | None] = []

    def gone() -> int | None:
        raise NotFoundError("contact 7 not found")

    stack = QUndoStack()
    stack.push(storage_command("Edit Ada", lambda: 7, gone, shown.append, messages.append, done=7))
    stack.undo()
    assert messages == ["Could not undo “Edit Ada”: contact 7 not found"]
    assert shown == [7, None]  # announced after the change, and after the failed undo (the views reread)
    assert stack.count() == 0
