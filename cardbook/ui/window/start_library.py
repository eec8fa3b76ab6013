"""Which library the window opens at start (issue 17; docs/CLI.md, `cardbook gui`).

1. The one the command line names — `--library`, else $CARDBOOK_LIBRARY — wins: a folder (a damaged one gets
   the damaged-library dialog) or a server URL (a password asked for when needed; any other failure is the
   command's one line, as for every command).
2. Else the library the window had open last: the first of File ▸ Open library's recent libraries (a folder's
   path, or a server URL stored without password: open_library.shown_location). A folder that is gone (or holds
   no library any more, or cannot be opened) gives way to the default folder; a server is reopened off the GUI
   thread with Cancel, and one that does not answer leaves the user the choice (reopen_server.py). Either way
   the window says so in its status bar (`StartLibrary.notice`).
3. Else, the first time, the default folder (the platform's user data folder).

The command line's own commands (`cardbook search` …) never look at the recent libraries: a script's result does
not depend on what the window showed last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from cardbook.app.errors import describe
from cardbook.storage.errors import LibraryError
from cardbook.storage.library import DB_NAME, Library, default_library_path
from cardbook.storage.server import is_server_url
from cardbook.ui.window.damaged_library import DamagedLibraryDialog, ask_with_dialog, open_or_repair
from cardbook.ui.window.open_library import open_server_or_ask, recent_libraries
from cardbook.ui.window.reopen_server import Outcome, reopen_server

AskDamaged = Callable[[Path, str], DamagedLibraryDialog | None]


@dataclass(frozen=True)
class StartLibrary:
    library: Library
    notice: str = ""  # why this is not the library the window had open last: for the status bar


def last_library(settings: QSettings | None) -> str | None:
    """The library the window had open last (the first recent one), or None the first time."""
    recent = recent_libraries(settings)
    return recent[0] if recent else None


def open_start_library(
    named: Path | str | None,
    settings: QSettings | None,
    *,
    ask: AskDamaged = ask_with_dialog,
    local_root: Path | None = None,
) -> StartLibrary | None:
    """The library to start on (see the module's docstring); None when the user chose to quit. `named` is the
    command line's library (a folder resolved by the caller, or a URL). `local_root`: tests only."""
    if named is not None:
        if isinstance(named, str):
            library = open_server_or_ask(named, local_root=local_root)
        else:
            library = open_or_repair(named, ask)
        return None if library is None else StartLibrary(library)
    default = default_library_path().expanduser().resolve()
    last = last_library(settings)
    if last is None:
        return _open_folder(default, ask)
    if is_server_url(last):
        return _reopen_server(last, default, recent_libraries(settings), ask, local_root)
    folder = Path(last).expanduser()
    if folder.resolve() == default:
        return _open_folder(default, ask)  # the default folder itself: recreated if it went, as the first time
    if not (folder / DB_NAME).is_file():
        notice = QCoreApplication.translate(
            "StartLibrary", "The last library, %1, is no longer there: this is the default library, %2."
        )
        return _open_folder(default, ask, notice.replace("%1", str(folder)).replace("%2", str(default)))
    try:
        library = open_or_repair(folder, ask)
    except LibraryError as exc:  # unreadable, newer than this Cardbook…: the default library, and why
        notice = QCoreApplication.translate(
            "StartLibrary", "The last library, %1, cannot be opened (%3): this is the default library, %2."
        )
        notice = notice.replace("%1", str(folder)).replace("%2", str(default)).replace("%3", describe(exc)[0])
        return _open_folder(default, ask, notice)
    return None if library is None else StartLibrary(library)


def _open_folder(folder: Path, ask: AskDamaged, notice: str = "") -> StartLibrary | None:
    library = open_or_repair(folder, ask)
    return None if library is None else StartLibrary(library, notice)


def _reopen_server(
    url: str, default: Path, recent: list[str], ask: AskDamaged, local_root: Path | None
) -> StartLibrary | None:
    reopened = reopen_server(url, default, recent, local_root=local_root)
    if reopened.outcome is Outcome.OPENED and reopened.library is not None:
        return StartLibrary(reopened.library)
    if reopened.outcome is Outcome.DEFAULT:
        if reopened.failed:
            notice = QCoreApplication.translate(
                "StartLibrary", "The team library %1 could not be reached: this is the default library, %2."
            )
        else:
            notice = QCoreApplication.translate(
                "StartLibrary", "The team library %1 was not opened: this is the default library, %2."
            )
        return _open_folder(default, ask, notice.replace("%1", url).replace("%2", str(default)))
    return None
