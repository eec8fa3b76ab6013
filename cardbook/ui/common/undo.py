"""The window's one undo command: a change already made, recorded so Edit ▸ Undo and Redo can replay it.

Why "already made": every write is tried first — a refused one (a validation error, a row deleted meanwhile)
is reported by its caller and never reaches the stack — and the storage services return what they replaced
(ExchangeChange, FollowUpChange, a snapshot, the deleted row...). So the caller writes, then pushes an
`UndoCommand` holding the result plus the two calls that undo and redo it; the first `redo()` the stack calls on
push does no work.

The same rules for every feature:
- `after(value)` runs once after the change (on push), after each undo and after each redo, with the value the
  last step returned (None when it failed): this is where the change notice is emitted, so a change, its undo and
  its redo are each announced once. It is skipped when `owner` (the widget that made the change) is gone: the
  command is then `orphaned`, and the stack's owner announces its replays.
- a step that fails (NotFoundError, ValidationError, OSError: the row was deleted elsewhere, the file is gone)
  drops the command from the stack and is reported through `report` as "Could not undo “…”: why" (or redo),
  translated — never raised into Qt's event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypedDict

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from cardbook.storage.errors import EditConflictError, NotFoundError, ValidationError

if TYPE_CHECKING:  # annotations only: typing.Unpack is 3.12's
    from typing_extensions import Unpack

RECOVERABLE = (NotFoundError, ValidationError)  # a write refused for a reason the user is told
# what makes an undo or a redo impossible; EditConflictError: someone else changed the contact since (their
# change is not undone in passing)
REPLAY_FAILURES = (NotFoundError, ValidationError, EditConflictError, OSError)

Step = Callable[[Any], Any]


class CommandOptions(TypedDict, total=False):
    """What `push_done` passes on to `UndoCommand` as it is (see its docstring)."""

    after: Callable[[Any], None] | None
    report: Callable[[str], None] | None
    owner: QObject | None


class UndoCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        done: Any,
        undo: Step,
        redo: Step,
        *,
        after: Callable[[Any], None] | None = None,
        report: Callable[[str], None] | None = None,
        owner: QObject | None = None,
        announced: bool = False,
    ) -> None:
        """`done`: what the change returned, handed to `undo`, whose result is handed to `redo`, and so on.
        `announced`: the caller announced the change itself, so the push does not call `after`."""
        super().__init__(text)
        self._value: Any = done
        self._undone = False
        self._undo_step, self._redo_step = undo, redo
        self._after, self._report, self._owner = after, report, owner
        self._pushed = announced
        self._first_push = True
        self.replayed = False  # undone or redone at least once (not just pushed)

    def redo(self) -> None:
        if self._first_push:  # QUndoStack.push() calls redo(): the change is already made
            self._first_push = False
            if not self._pushed:
                self._pushed = True
                self._notify(self._value)
            return
        if not self._undone:
            return
        self._run(self._redo_step, QCoreApplication.translate("UndoCommand", "Could not redo “%1”: %2"))

    def undo(self) -> None:
        if self._undone:
            return
        self._run(self._undo_step, QCoreApplication.translate("UndoCommand", "Could not undo “%1”: %2"))

    def _run(self, step: Step, failure: str) -> None:
        """`failure`: the message when the step fails, with %1 the command's text and %2 why."""
        self.replayed = True
        try:
            value = step(self._value)
        except REPLAY_FAILURES as exc:
            self.setObsolete(True)  # the stack drops it: it cannot be replayed any more
            if self._report is not None:
                self._report(failure.replace("%1", self.text()).replace("%2", str(exc)))
            value = None
        else:
            self._value, self._undone = value, not self._undone
        self._notify(value)

    @property
    def orphaned(self) -> bool:
        """The widget that made the change is gone, so `after` is no longer called: whoever owns the stack
        announces the undos and redos of such a command itself (ledger.feature.WindowLedger)."""
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def _notify(self, value: Any) -> None:
        if self._after is not None and not self.orphaned:
            self._after(value)


def push_done(
    stack: QUndoStack, text: str, done: Any, undo: Step, redo: Step, **options: Unpack[CommandOptions]
) -> UndoCommand:
    """Record a change just made (see the module's docstring); `after` runs now, as after any undo or redo."""
    command = UndoCommand(text, done, undo, redo, **options)
    stack.push(command)
    return command


def install_undo_actions(widget: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and Redo actions active while focus is inside `widget`, for a page used on its own.

    When the main window owns one Edit ▸ Undo for everything, it passes its stack in and skips this.
    """
    undo = stack.createUndoAction(widget, QCoreApplication.translate("UndoCommand", "Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = stack.createRedoAction(widget, QCoreApplication.translate("UndoCommand", "Redo"))
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
