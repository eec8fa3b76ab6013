"""A damaged library at start (issue 15): instead of a bare error, the window offers what to do — restore one of
the library's backups (listed newest first, with their dates), open another library folder, or quit.

The repair is storage.restore.restore_into, as `cardbook restore` does it: the damaged database is moved aside
into backups/damaged-*, never deleted, and the backup takes its place (an archive brings its images back too).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.errors import describe
from cardbook.storage.errors import DamagedLibraryError, RestoreError
from cardbook.storage.library import Library
from cardbook.storage.upkeep.restore import restore_into
from cardbook.ui.window.upgrade_progress import open_with_progress

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def backups_of(root: Path) -> list[Path]:
    """The library's backups (database files and archives), newest first (their names start with the date)."""
    folder = root / "backups"
    found = [*folder.glob("cardbook-*.sqlite3"), *folder.glob("cardbook-*.tar")] if folder.is_dir() else []
    return sorted((p for p in found if p.is_file()), key=lambda p: p.stat().st_mtime, reverse=True)


class DamagedLibraryDialog(QDialog):
    """Restore (accept), another library (`other` set, accept) or quit (reject)."""

    def __init__(self, root: Path, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.other: Path | None = None  # a library folder chosen instead
        self.restored_aside: Path | None = None  # where the damaged database went
        self.setObjectName("damagedLibraryDialog")
        self.setWindowTitle(self.tr("The library cannot be opened"))
        self.heading = QLabel(self.tr("The library in %1 is damaged.").replace("%1", str(root)), self)
        self.heading.setWordWrap(True)
        self.detail = QLabel(detail, self)
        self.detail.setWordWrap(True)
        what = QLabel(
            self.tr("Restore a backup (the damaged file is kept aside, never deleted), open another library, or quit."),
            self,
        )
        what.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        locale = QLocale()
        for path in backups_of(root):
            when = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
            text = f"{locale.toString(when, QLocale.FormatType.ShortFormat)} — {path.name}"
            item = QListWidgetItem(text, self.backups)
            item.setData(PATH_ROLE, str(path))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        if self.backups.count():
            self.backups.setCurrentRow(0)  # the latest backup
        else:
            self.problem.setText(self.tr("No backup was found in %1.").replace("%1", str(root / "backups")))
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup"), self)
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.open_button = QPushButton(self.tr("&Open another library…"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self.open_other)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.detail, what, self.backups, self.problem):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.ask_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Open a library folder"), str(root.parent)
        )

    def restore(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        root, backup = self.root, Path(item.data(PATH_ROLE))
        try:  # off the GUI thread, with the upgrade dialog when the backup is older (upgrade_progress.py)
            result = open_with_progress(lambda notice: restore_into(root, backup, on_upgrade=notice), str(root), self)
        except (RestoreError, OSError) as exc:
            self.problem.setText(self.tr("Restore failed: %1").replace("%1", describe(exc)[0]))
            return
        self.restored_aside = result.moved_aside
        self.accept()

    def open_other(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.other = Path(folder)
            self.accept()


def open_or_repair(root: Path, ask: Callable[[Path, str], DamagedLibraryDialog | None]) -> Library | None:
    """Open the library at `root`; while it is damaged, `ask` shows the dialog (None: the user quit). Opened off
    the GUI thread, with a dialog while an older library is upgraded (upgrade_progress.py)."""
    while True:
        try:
            return _open_with_progress(root)
        except DamagedLibraryError as exc:
            dialog = ask(root, str(exc))
            if dialog is None:
                return None
            if dialog.other is not None:
                root = dialog.other


def _open_with_progress(root: Path) -> Library:
    return open_with_progress(lambda notice: Library.open(root, on_upgrade=notice), str(root))


def ask_with_dialog(root: Path, detail: str) -> DamagedLibraryDialog | None:
    """The dialog, modal; None when the user quits."""
    dialog = DamagedLibraryDialog(root, detail)
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None
