"""What a feature of the window may use of the rest of it: `AppServices`, handed to every feature instead of the
main window, so no feature reaches into another's internals and none imports the window module.

- `library`, `undo_stack`, `runner` (common.runner: the one way to run work off the GUI thread);
- `status(text)`: one line in the status bar;
- navigation: `show_view("contact:12" | "events" | ...)`, `show_page(name)`, `current_page()`, `show_event(id)`;
- `names`: how the window sorts and shows people's names (the Preferences dialog changes it);
- `leave_editing()`: whether the contact being edited could be left (its valid changes saved, or the user said
  so) — ask before replacing the contact pane; `edited_contact()`: the id being edited, if any;
- `changed(LibraryChange(...))`: the one "library changed" notice. Whoever writes (a save, an import, a ledger
  change, an undo or a redo of one) says so here; the window listens to `notices.libraryChanged` in one place
  and refreshes what shows it (counts, the list, the pane, the ledger pages).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cardbook.storage.library import Library
from cardbook.ui.common.name_choices import NameChoices
from cardbook.ui.common.runner import TaskRunner


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What changed, as far as the window's views care.

    `contacts`: contacts written (ids when known, the first is shown once the list has it); `ledger`: exchanges,
    events, networks, referrals or follow-ups; `page`: the ledger page that made the change and reread itself
    already; `in_place`: the open contact's pane updates its ledger sections in place (no rebuilt pane).
    """

    contact_ids: tuple[int, ...] = ()
    contacts: bool = True
    ledger: bool = False
    page: str | None = None
    in_place: bool = False

    @property
    def shown(self) -> int | None:
        return self.contact_ids[0] if self.contact_ids else None


class ChangeNotices(QObject):
    """The one place a change is announced: every write, undo and redo ends in `libraryChanged`."""

    libraryChanged = Signal(object)  # LibraryChange


def _no_status(_text: str) -> None:
    return None


@dataclass
class AppServices:
    library: Library
    undo_stack: QUndoStack
    runner: TaskRunner
    notices: ChangeNotices
    status: Callable[[str], None] = _no_status
    show_view: Callable[[str], bool] = lambda _view: False
    show_page: Callable[[str], bool] = lambda _page: False
    current_page: Callable[[], str] = lambda: "contacts"
    show_event: Callable[[int], None] = lambda _event_id: None
    leave_editing: Callable[[], bool] = lambda: True
    edited_contact: Callable[[], int | None] = lambda: None
    # how the window sorts and shows names (ui/common/name_choices.py); None: Preferences leaves them out
    names: NameChoices | None = None

    def changed(self, change: LibraryChange) -> None:
        self.notices.libraryChanged.emit(change)
