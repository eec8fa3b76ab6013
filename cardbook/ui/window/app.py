"""Starting the window: `run_gui` opens Cardbook on a library, or renders one view to a PNG and returns."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog

from cardbook.storage.library import Library
from cardbook.ui.common.gui_gc import collect_on_gui_thread
from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations
from cardbook.ui.common.icons import application_icon
from cardbook.ui.common.runner import pending_tasks, wait_for_tasks
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.start_library import open_start_library
from cardbook.ui.window.teardown import delete_now

APP_NAME = "Cardbook"
SCREENSHOT_SIZE = (1280, 800)
LOAD_TIMEOUT_MS = 60_000
NOTICE_MS = 30_000  # why the window is not on the library it had last: long enough to be read
VIEWS = ("contacts", "wall", "import", "events", "networks", "prescribers", "introductions", "reports")
# A dialog over the window: a screenshot shows my-card and preferences on the window, the receive dialog alone.
DIALOG_VIEWS = ("my-card", "preferences", "receive")


def valid_view(view: str) -> bool:
    name, _, arg = view.partition(":")
    return view in VIEWS or view in DIALOG_VIEWS or (name in ("contact", "event") and arg.isdigit())


def application() -> QApplication:
    """The process's QApplication, created on first use."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(_version())
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setDesktopFileName("cardbook")
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())
    return app


def freeze_startup_objects() -> None:
    """Once the window shows its data: the objects made so far (modules, widgets, the ORM's metadata) live as
    long as the app, so Python's full garbage collections stop scanning them (`gc.freeze`). A full collection
    holds the interpreter lock, which a background read then keeps from the GUI thread: measured at 100,000
    contacts, the longest freezes of the window while a ledger page loads fell from ~100 ms to 40-70 ms."""
    gc.collect()
    gc.freeze()


def _version() -> str:
    import cardbook

    return cardbook.__version__


def run_gui(
    library: Library | Path | str | None,
    *,
    screenshot: Path | None = None,
    lang: str | None = None,
    view: str | None = None,
    settings: QSettings | None = None,
) -> int:
    """Open the window and run until it closes; with `screenshot`, save a PNG of it and return 0.

    `library`: the command line's (--library or $CARDBOOK_LIBRARY), which wins; None: the library the window had
    open last, else the default folder (start_library.py, which also says what happens when that one is gone or
    its server does not answer). A screenshot never reopens the last library — nobody is there to answer a
    dialog, and a picture should not depend on what the window showed last: it renders the default folder.
    A damaged folder first offers a backup to restore, another library or quitting (damaged_library.py) — except
    for a screenshot, which has nobody to ask; a named server URL that cannot be opened raises its one-line
    LibraryError (the command prints it). `settings`: the window's (QSettings() when None; tests give a file)."""
    if view is not None and not valid_view(view):
        print(
            f"cardbook: unknown view {view!r} ({', '.join(VIEWS[:1])}, contact:ID, event:ID, "
            f"{', '.join(VIEWS[1:] + DIALOG_VIEWS)})",
            file=sys.stderr,
        )
        return 2
    app = application()
    previous_locale = QLocale()
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    translators = install_translations(app, locale)
    opened_here: Library | None = None  # closed at the end: a server library's connections say goodbye
    window: MainWindow | None = None  # deleted at the end, before its library closes (teardown.py says why)
    try:
        if screenshot is not None:
            if not isinstance(library, Library):
                opened_here = library = Library.open(library)  # None: the default location
            return _screenshot(library, screenshot, view)
        settings = QSettings() if settings is None else settings
        notice = ""
        if not isinstance(library, Library):
            start = open_start_library(library, settings)
            if start is None:
                return 1  # the user chose to quit, or cancelled the password
            opened_here, library, notice = start.library, start.library, start.notice
        window = MainWindow(library, settings)
        window.dataLoaded.connect(freeze_startup_objects, Qt.ConnectionType.SingleShotConnection)
        if view is not None:
            window.show_view(view)
        if notice:
            window.statusBar().showMessage(notice, NOTICE_MS)
        window.show()
        with collect_on_gui_thread(app):  # never on a worker thread (gui_gc.py says why)
            return app.exec()
    finally:
        delete_now(window)
        if opened_here is not None:
            opened_here.close()
        remove_translations(app, translators)
        QLocale.setDefault(previous_locale)


# Qt's offscreen platform cannot pass a window's size limits on, and says so on every show: not our problem.
_OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


@contextmanager
def _without_offscreen_noise() -> Iterator[None]:
    """Drop the offscreen platform's known notices; hand every other message to whoever handled it before."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in _OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _screenshot(library: Library, path: Path, view: str | None) -> int:
    with _without_offscreen_noise():
        return _render(library, path, view)


def _finish_background_work(seconds: float = 10.0) -> None:
    """Images and counts load on worker threads: a screenshot waits for them (a bounded time)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if not pending_tasks():
            QCoreApplication.processEvents()  # an answer may start more work on a timer (the wall: faces, pictures)
            if not pending_tasks():
                break
        wait_for_tasks(msecs=100)


def _grab_receive_dialog(window: MainWindow, library: Library) -> QPixmap:
    """Receive from phone, as the user sees it: its server really started (on this machine's local-network
    address, else loopback) for the moment of the picture, so the QR code is a real one — and closed after."""
    from cardbook.ui.importing.receive_dialog import ReceiveDialog, lan_address

    dialog = ReceiveDialog(library.root / "incoming", window, address=lan_address() or "127.0.0.1")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    try:
        dialog.start()
        dialog.show()
        for _ in range(3):
            QCoreApplication.processEvents()
        return dialog.grab()
    finally:
        dialog.stop()
        dialog.close()
        dialog.deleteLater()


def _render(library: Library, path: Path, view: str | None) -> int:
    window = MainWindow(library, settings=None)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*SCREENSHOT_SIZE)
    if view is not None and view != "receive":  # the receive dialog is rendered alone, once the window is ready
        window.show_view(view)
    loop = QEventLoop()
    timeout = QTimer(loop)
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    window.dataLoaded.connect(loop.quit)
    timeout.start(LOAD_TIMEOUT_MS)
    window.show()
    loop.exec()
    timeout.stop()
    _finish_background_work()
    for _ in range(3):  # let layouts settle after the data arrived (a section filled late relayouts its pane)
        QCoreApplication.processEvents()
    try:
        if view == "receive":
            image = _grab_receive_dialog(window, library)
        else:
            image = window.grab()
            _paint_dialogs(window, image)
        saved = image.save(str(path), "PNG")
    finally:
        delete_now(window)
    if not saved:
        print(f"cardbook: cannot write the screenshot {path}", file=sys.stderr)
        return 1
    return 0


def _paint_dialogs(window: MainWindow, image: QPixmap) -> None:
    """A dialog the view opened (my-card, preferences) is a window of its own, which `window.grab()` leaves out:
    it is drawn over the window's picture, centred, as the user sees it. It is then closed."""
    for dialog in window.findChildren(QDialog):
        if not dialog.isVisible():
            continue
        dialog.adjustSize()
        QCoreApplication.processEvents()
        picture = dialog.grab()
        left = max(0, (image.width() - picture.width()) // 2)
        top = max(0, (image.height() - picture.height()) // 2)
        painter = QPainter(image)
        try:
            painter.drawPixmap(left, top, picture)
            painter.setPen(QColor(0, 0, 0, 96))  # the dialog's edge, which a window manager would draw
            painter.drawRect(left - 1, top - 1, picture.width() + 1, picture.height() + 1)
        finally:
            painter.end()
        dialog.close()
