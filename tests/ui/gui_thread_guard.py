"""The guard against storage reads on the GUI thread while the window's tests run (issue 12, item 4).

Every `Library.session()` opened on the GUI thread by code of `cardbook/ui` is recorded under the innermost ui
function that asked ("contacts/contacts_controller.py:show_contact"); a test fails when one is not in ALLOWED.
Test code reading or writing the library directly (to set up or to check) is not counted: only calls that pass
through `cardbook/ui`. A background read (the runner) runs on a worker thread and is never counted.

ALLOWED holds no read any more: only a user's quick writes, kept on the GUI thread with their undo command, and
one test that runs the import worker's loop itself. Never add a read: it belongs on the runner.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cardbook.ui

UI_DIR = Path(cardbook.ui.__file__).resolve().parent

# Writes from a user action (save, delete, accept, undo, redo, a ledger change): quick single-row writes, kept on
# the GUI thread so the undo stack and the view change together.
ALLOWED: dict[str, str] = {
    # a user's write (save, delete, undo, redo): a quick write, kept with its undo command
    "contacts/commands.py:again": "write",
    "contacts/commands.py:back": "write",
    "contacts/edit_controller.py:_commit": "write",
    "contacts/edit_controller.py:accept": "write",
    "contacts/edit_controller.py:delete": "write",
    "contacts/edit_controller.py:restore_draft": "write",
    "importing/review_controller.py:_save_form": "write",
    "importing/review_controller.py:back": "write",
    "importing/review_controller.py:done": "write",
    "importing/review_controller.py:met_again": "write",
    "importing/review_controller.py:join_back": "write",
    "importing/back_command.py:undo": "write",
    "importing/back_command.py:redo": "write",
    "interchange/merge_dialog.py:back": "write",
    "interchange/merge_dialog.py:merge_with_undo": "write",
    "interchange/my_card.py:save": "write",
    "ledger/events_page.py:_after_replay": "write",
    "ledger/events_page.py:_save": "write",
    "ledger/events_page.py:delete_event": "write",
    "ledger/networks_page.py:_after_replay": "write",
    "ledger/networks_page.py:_save": "write",
    # a test runs the import worker's loop on the GUI thread itself
    "importing/import_worker.py:run": "test",
}


def gui_caller() -> str | None:
    """The innermost `cardbook/ui` function on the current stack, as "feature/module.py:function"."""
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if UI_DIR in path.parents:
            return f"{path.relative_to(UI_DIR).as_posix()}:{frame.f_code.co_name}"
        frame = frame.f_back
    return None


class Recorder:
    def __init__(self) -> None:
        self.gui_thread = threading.main_thread()
        self.seen: list[str] = []

    def wrap(self, original):  # type: ignore[no-untyped-def]
        recorder = self

        @contextmanager
        def session(library):  # type: ignore[no-untyped-def]
            if threading.current_thread() is recorder.gui_thread:
                caller = gui_caller()
                if caller is not None:
                    recorder.seen.append(caller)
            with original(library) as opened:
                yield opened

        return session

    def unexpected(self) -> list[str]:
        return sorted({c for c in self.seen if c not in ALLOWED})


def record_sessions(monkeypatch) -> Iterator[Recorder]:  # type: ignore[no-untyped-def]
    from cardbook.storage.library import Library

    recorder = Recorder()
    monkeypatch.setattr(Library, "session", recorder.wrap(Library.session))
    yield recorder
