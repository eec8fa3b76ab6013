"""Undo for the ledger: a change is made first (so an error shows before anything is pushed), then recorded.

Why "already done" commands: every ledger service returns what it replaced (ExchangeChange, FollowUpChange, the
deleted referral...), and a failed first attempt (a validation error) must not leave a command on the stack. So
the caller runs the service, and pushes a DoneCommand holding its result plus the two calls that undo and redo
it. Undo and redo run services too; when one fails (the row was deleted elsewhere meanwhile) the command is
dropped from the stack and the failure is reported, never raised into Qt's event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from cardbook.storage.contacts import NotFoundError, ValidationError

Done = TypeVar("Done")
Undone = TypeVar("Undone")
RECOVERABLE = (NotFoundError, ValidationError)


class DoneCommand(QUndoCommand, Generic[Done, Undone]):
    def __init__(
        self,
        text: str,
        done: Done,
        undo: Callable[[Done], Undone],
        redo: Callable[[Undone], Done],
        *,
        owner: QObject | None = None,
        after: Callable[[], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._done: Done | None = done
        self._undone: Undone | None = None
        self._undo_call = undo
        self._redo_call = redo
        self._owner = owner
        self._after = after
        self._on_error = on_error
        self._pushed = False
        self.replayed = False  # undone or redone at least once (not just pushed)

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(): the change is already made
            self._pushed = True
            return
        if self._undone is None:
            return
        undone = self._undone
        self.replayed = True
        self._run(
            lambda: self._set_done(self._redo_call(undone)),
            QCoreApplication.translate("Ledger", "Could not redo “%1”: %2"),
        )

    def undo(self) -> None:
        if self._done is None:
            return
        done = self._done
        self.replayed = True
        self._run(
            lambda: self._set_undone(self._undo_call(done)),
            QCoreApplication.translate("Ledger", "Could not undo “%1”: %2"),
        )

    def _set_done(self, value: Done) -> None:
        self._done, self._undone = value, None

    def _set_undone(self, value: Undone) -> None:
        self._undone, self._done = value, None

    def _run(self, step: Callable[[], None], failure: str) -> None:
        """`failure`: the message when the step fails, with %1 the command's text and %2 why."""
        try:
            step()
        except RECOVERABLE as exc:
            self.setObsolete(True)  # the stack drops it: it cannot be replayed any more
            if self._on_error is not None:
                self._on_error(failure.replace("%1", self.text()).replace("%2", str(exc)))
        if self._after is not None and (self._owner is None or shiboken6.isValid(self._owner)):
            self._after()


def push_done(
    stack: QUndoStack,
    text: str,
    done: Done,
    undo: Callable[[Done], Undone],
    redo: Callable[[Undone], Done],
    *,
    owner: QObject | None = None,
    after: Callable[[], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> None:
    stack.push(DoneCommand(text, done, undo, redo, owner=owner, after=after, on_error=on_error))


def install_undo_actions(widget: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and Redo actions active while focus is inside `widget`, for a page used on its own.

    When the main window owns one Edit ▸ Undo for everything, it passes its stack in and skips this.
    """
    undo = stack.createUndoAction(widget, QCoreApplication.translate("Ledger", "Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = stack.createRedoAction(widget, QCoreApplication.translate("Ledger", "Redo"))
    redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        widget.addAction(action)
    return undo, redo


def own_stack(widget: QWidget, stack: QUndoStack | None) -> QUndoStack:
    """The shared stack when one is given; else a stack of the widget's own, with its Ctrl+Z."""
    if stack is not None:
        return stack
    mine = QUndoStack(widget)
    install_undo_actions(widget, mine)
    return mine
