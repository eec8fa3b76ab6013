"""File ▸ Open library…: another library folder, or a team library on a PostgreSQL server (issue 17, item 1).

- A folder is chosen as the damaged-library dialog chooses one (the platform's folder dialog); a server by its
  URL (`postgresql://user@host/database`, checked by storage/server.py's parser before anything is tried).
- The password: typed here, it travels inside the URL for this run only (`server.with_password`); otherwise
  libpq's .pgpass or the system keyring supply it, as on the command line (docs/TEAM_LIBRARY.md, "The
  password"). Ticking "Remember the password in the system keyring" saves it there — and only there — once the
  server has accepted it. Nothing Cardbook writes (settings, recent libraries, this machine's folder) ever holds
  a password: recent libraries are remembered through `server.redacted`.
- Opening (connecting, upgrading the schema) runs on the task runner, never on the GUI thread, with a busy bar;
  Cancel stops waiting at once (a library that opens after all is closed in the background). A refused password
  asks again: the field is emptied and focused, with the server's reason.
- The library opens in a new window that takes the place of this one, whose library closes with it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.errors import describe
from cardbook.storage.backends import UpgradeNotice
from cardbook.storage.errors import LibraryError
from cardbook.storage.library import Library
from cardbook.storage.server import (
    is_server_url,
    parse_url,
    redacted,
    refused_password,
    save_password_in_keyring,
    with_password,
)
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.runner import TaskRunner, shared_runner
from cardbook.ui.common.services import AppServices
from cardbook.ui.window.upgrade_progress import UpgradeWatch, open_with_progress

RECENT_KEY = "library/recent"
RECENT_MAX = 8


# ---- recent libraries ------------------------------------------------------------------------------------------


def shown_location(location: str | Path) -> str:
    """A library as the user sees and Cardbook remembers it: a folder's path, a server URL without password."""
    if isinstance(location, str) and is_server_url(location):
        return redacted(parse_url(location))
    return str(Path(location).expanduser())


def recent_libraries(settings: QSettings | None) -> list[str]:
    if settings is None:
        return []
    value = settings.value(RECENT_KEY, [])
    found: list[object] = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [str(item) for item in found if item][:RECENT_MAX]


def remember_library(settings: QSettings | None, location: str | Path) -> None:
    """The library first in the recent list (never a password: `shown_location`)."""
    if settings is None:
        return
    shown = shown_location(location)
    settings.setValue(RECENT_KEY, [shown, *(item for item in recent_libraries(settings) if item != shown)][:RECENT_MAX])


# ---- opening, on a worker ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    library: Library
    warning: str = ""  # the password was accepted but could not be remembered: said in the status line


def open_location(
    location: str | Path,
    password: str = "",
    *,
    remember: bool = False,
    local_root: Path | None = None,
    on_upgrade: UpgradeNotice | None = None,
) -> Opened:
    """On a worker thread: the library, opened and brought up to date (`on_upgrade` told first when it is older:
    upgrade_progress.py); the password saved in the keyring once the server accepted it, when asked to."""
    if isinstance(location, Path):
        return Opened(Library.open(location, on_upgrade=on_upgrade))
    library = Library.open(
        with_password(location, password) if password else location, local_root=local_root, on_upgrade=on_upgrade
    )
    warning = ""
    if remember and password:
        try:
            save_password_in_keyring(location, password)
        except LibraryError as exc:
            warning = str(exc)
    return Opened(library, warning)


class OpenLibraryDialog(QDialog):
    """A folder or a server, opened off the GUI thread; `opened` holds the result once accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        recent: list[str] | None = None,
        runner: TaskRunner | None = None,
        local_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openLibraryDialog")
        self.setWindowTitle(self.tr("Open a library"))
        self.opened: Opened | None = None
        self._runner = runner or shared_runner()
        self._local_root = local_root  # tests: this machine's folder for a server library
        self._attempt = 0  # the attempt whose answer is awaited; 0: none (an older answer is closed unused)
        self._attempts = 0  # attempts made: numbered apart, so a cancelled attempt's late answer never matches

        self.recent = QComboBox(self)
        self.recent.addItem(self.tr("Recent libraries…"), "")
        for location in recent or []:
            self.recent.addItem(location, location)
        self.recent.setEnabled(self.recent.count() > 1)
        self.recent.activated.connect(self._recent_chosen)

        self.folder_choice = QRadioButton(self.tr("A library &folder on this computer"), self)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Library folder"))
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        self.browse.clicked.connect(self._choose_folder)
        self.server_choice = QRadioButton(self.tr("A &team library on a PostgreSQL server"), self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://anne@db.example.com/team")
        self.url.setAccessibleName(self.tr("Server URL"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("from .pgpass or the keyring when left empty"))
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"), self)
        self.folder_choice.setChecked(True)
        for choice in (self.folder_choice, self.server_choice):
            choice.toggled.connect(self._update)
        self.folder.textEdited.connect(lambda _text: self.folder_choice.setChecked(True))
        self.url.textEdited.connect(lambda _text: self.server_choice.setChecked(True))

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # a busy indicator: how long a server takes is not known
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        server = QFormLayout()
        server.addRow(self.tr("&URL:"), self.url)
        server.addRow(self.tr("&Password:"), self.password)
        server.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recent)
        layout.addWidget(self.folder_choice)
        layout.addLayout(folder_row)
        layout.addWidget(self.server_choice)
        layout.addLayout(server)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.ask_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Open a library folder"), self.folder.text()
        )
        self.resize(560, self.sizeHint().height())
        self._update()

    # ---- the form ----------------------------------------------------------------------------------------

    def set_location(self, location: str) -> None:
        """Fill the form with a folder or a server URL (a recent library, or the URL given at start)."""
        if is_server_url(location):
            self.url.setText(location)
            self.server_choice.setChecked(True)
        else:
            self.folder.setText(location)
            self.folder_choice.setChecked(True)

    def _recent_chosen(self, index: int) -> None:
        location = self.recent.itemData(index)
        if location:
            self.set_location(str(location))

    def _choose_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)
            self.folder_choice.setChecked(True)

    def connecting(self) -> bool:
        return self._attempt != 0

    def _update(self) -> None:
        on_server, idle = self.server_choice.isChecked(), not self.connecting()
        folder_side: list[QWidget] = [self.folder, self.browse]
        server_side: list[QWidget] = [self.url, self.password, self.remember]
        for widget in folder_side:
            widget.setEnabled(idle and not on_server)
        for widget in server_side:
            widget.setEnabled(idle and on_server)
        for widget in (self.folder_choice, self.server_choice, self.open_button):
            widget.setEnabled(idle)
        self.recent.setEnabled(idle and self.recent.count() > 1)
        self.busy.setVisible(not idle)

    def location(self) -> str | Path:
        """What the form names; a one-line LibraryError when it names nothing usable (checked before trying)."""
        if self.server_choice.isChecked():
            text = self.url.text().strip()
            if not is_server_url(text):
                raise LibraryError(self.tr("Type the server's URL: postgresql://user@host/database"))
            parse_url(text)  # no database, unreadable: said now
            return text
        text = self.folder.text().strip()
        if not text:
            raise LibraryError(self.tr("Choose a library folder."))
        return Path(text).expanduser()

    # ---- opening -----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Open what the form names, on the runner; the form waits, with Cancel."""
        try:
            location = self.location()
        except LibraryError as exc:
            self.message.setText(str(exc))
            return
        password = self.password.text() if isinstance(location, str) else ""
        remember = self.remember.isChecked() and isinstance(location, str)
        local_root = self._local_root
        self._attempts += 1
        self._attempt = attempt = self._attempts
        shown = shown_location(location)
        self.message.setText(self.tr("Opening %1…").replace("%1", shown))
        self._update()
        runner = self._runner
        watch = UpgradeWatch(shown, self)  # an older library: the upgrade dialog over this one while it runs

        def arrived(opened: Opened | None, error: BaseException | None) -> None:
            watch.finish()
            if shiboken6.isValid(self) and attempt == self._attempt and self.isVisible():
                self._arrived(opened, error)
            elif opened is not None:  # cancelled, closed, or an older try: nobody wants it
                runner.run(None, opened.library.close, lambda _r, _e: None)

        def work() -> Opened:
            return open_location(location, password, remember=remember, local_root=local_root, on_upgrade=watch.notice)

        runner.run(None, work, arrived)

    def cancel(self) -> None:
        """While connecting: stop waiting (the form stays). Otherwise: close the dialog."""
        if self.connecting():
            self._attempt = 0
            self.message.setText(self.tr("Cancelled."))
            self._update()
            return
        self.reject()

    def reject(self) -> None:
        self._attempt = 0  # Esc while connecting: whatever arrives is closed unused
        self._update()  # idle again, should the dialog be shown again (the reopening dialog's chooser is)
        super().reject()

    def _arrived(self, opened: Opened | None, error: BaseException | None) -> None:
        self._attempt = 0
        self._update()
        if opened is not None:
            self.opened = opened
            self.accept()
            return
        assert error is not None
        if refused_password(error):
            self.message.setText(
                self.tr("The server refused the password: type it again.\n%1").replace("%1", describe(error)[0])
            )
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.message.setText(describe(error)[0])


def open_server_or_ask(url: str, *, local_root: Path | None = None) -> Library | None:
    """At start (`cardbook --library URL gui`): the server library — or, when the server wants a password that
    neither .pgpass nor the keyring had, this dialog filled in with the URL, asking for it (again after a refusal);
    None when the user cancels. Any other failure is the caller's one-line error."""
    try:
        return open_with_progress(lambda notice: Library.open(url, local_root=local_root, on_upgrade=notice), url)
    except LibraryError as exc:
        if not refused_password(exc):
            raise
        reason = str(exc)
    dialog = OpenLibraryDialog(local_root=local_root)
    dialog.set_location(url)
    dialog.message.setText(
        QCoreApplication.translate("OpenLibraryDialog", "The server asks for a password.\n%1").replace("%1", reason)
    )
    dialog.password.setFocus(Qt.FocusReason.OtherFocusReason)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.opened is None:
        return None
    return dialog.opened.library


# ---- the window's action -----------------------------------------------------------------------------------


class LibraryOpener(QObject):
    """File ▸ Open library…, and the new window that takes this one's place.

    Lifetime: the dialog is WA_DeleteOnClose, so nothing its connections hold may own anything above it. Its
    signals reach bound methods of this object (never a lambda holding the dialog or this object), and the window
    is held weakly: deleting the dialog can never drop the last reference to a Python-owned window, which would
    delete that window — and the half-destroyed dialog with it, a second time — from inside the dialog's own
    destructor (the crash reopen_server.py describes), whatever parent the window has."""

    def __init__(
        self,
        services: AppServices,
        window: QMainWindow,
        settings: QSettings | None,
        make_window: Callable[[Library], QMainWindow],
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = weakref.ref(window)
        self._settings = settings
        self._make_window = make_window
        self.dialog: OpenLibraryDialog | None = None
        self.opened_window: QMainWindow | None = None
        self.action = QAction(icon(Icon.FOLDER), self.tr("Open lib&rary…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action.setStatusTip(self.tr("Open another library: a folder, or a team library on a server"))
        self.action.triggered.connect(self.choose)
        remember_library(settings, services.library.location)

    def add_to(self, menu_bar: QMenuBar) -> None:
        """First in the File menu (the menu bar's first), above importing."""
        file_menu = menu_bar.actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.action)
        file_menu.insertSeparator(first)

    def choose(self) -> None:
        if self.dialog is not None or not self._services.leave_editing():
            return
        recent = recent_libraries(self._settings)
        dialog = OpenLibraryDialog(self._window(), recent=recent, runner=self._services.runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._accepted)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()

    def _accepted(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self._opened(self.dialog.opened)

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _opened(self, opened: Opened | None) -> None:
        if opened is None:
            return
        library = opened.library
        remember_library(self._settings, library.location)
        window = self._make_window(library)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: library.close())  # it waited for its background reads when it closed
        self.opened_window = window
        window.show()
        if opened.warning:
            window.statusBar().showMessage(opened.warning, 10_000)
        previous = self._services.library
        current = self._window()
        # This window goes (its reads finished as it closed), and its library with it.
        if current is not None and current.close():
            previous.close()
