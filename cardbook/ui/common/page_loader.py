"""A page's data read off the GUI thread, the way the contact list is: `PageLoader.fetch(read, show)` runs `read`
on a worker (the shared runner, common.runner) and hands its answer to `show` on the GUI thread.

- The page says so meanwhile: its LoadingLine shows a busy bar and "Loading…" at once on the first read (there is
  nothing to show yet), and only after a short delay on a reread (the old figures stay on screen, and a quick
  reread must not make the page blink).
- The newest request wins (the runner's key is the loader): an answer of an older fetch is dropped, so a slow
  stale answer never overwrites a fresh one.
- A failure becomes one line in the page ("Could not read …: why", with "Try again"), never an exception.

`read` runs on another thread: it must open its own storage sessions (the storage services do, one per call)
and return plain data (dataclasses, lists, strings). Sessions, ORM rows and widgets never cross threads; what
needs Qt (formatting with QLocale, tr()) is computed before the fetch or in `show`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.style import HALF, SPACING, muted_color

T = TypeVar("T")
REREAD_DELAY_MS = 250  # a reread quicker than this shows no "Loading…" at all
MESSAGE_LENGTH = 160  # an error's words are cut to one readable line


def one_line(error: BaseException) -> str:
    """The first line of an error's message (its type's name when it has none), cut to one readable line."""
    lines = str(error).strip().splitlines()
    text = lines[0].strip() if lines else type(error).__name__
    return text if len(text) <= MESSAGE_LENGTH else text[: MESSAGE_LENGTH - 1] + "…"


class LoadingLine(QWidget):
    """One line at the top of a page's content: a busy bar and "Loading…" while its data is read, a warning and
    "Try again" when the read failed, nothing otherwise."""

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no known end: the bar moves to say "busy"
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(12 * SPACING, SPACING + HALF)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._normal = QPalette(self.label.palette())
        self._muted = QPalette(self._normal)
        self._muted.setColor(QPalette.ColorRole.WindowText, muted_color(self._normal))
        self.retry_button = QToolButton(self)
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retryRequested)
        row.addWidget(self.busy)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self.show)
        self.failed = False
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_loading(self, text: str, *, delay_ms: int = 0) -> None:
        self.failed = False
        self.busy.show()
        self.retry_button.hide()
        self.label.setPalette(self._muted)
        self._set_text(text)
        if delay_ms > 0:
            if self.isHidden() and not self._delay.isActive():
                self._delay.start(delay_ms)
        else:
            self._delay.stop()
            self.show()

    def show_error(self, text: str) -> None:
        self._delay.stop()
        self.failed = True
        self.busy.hide()
        self.retry_button.show()
        self.label.setPalette(self._normal)
        self._set_text("⚠ " + text)
        self.show()

    def clear(self) -> None:
        self._delay.stop()
        self.failed = False
        self.label.clear()
        self.hide()

    def _set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)


class PageLoader(QObject):
    """The background reads of one page (or one part of a page). See the module's docstring."""

    shown = Signal()  # an answer was shown
    failed = Signal(str)  # a read failed: the message the page shows

    def __init__(self, owner: QWidget, line: LoadingLine, loading_text: str, error_text: str) -> None:
        """`error_text` holds %1 for the error's words; `owner` going away drops the answers still to come."""
        super().__init__(owner)
        self._owner = owner
        self._line = line
        self._loading_text = loading_text
        self._error_text = error_text
        self._key = (id(self), "page")
        self._last: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self.loading = False
        self.loaded_once = False
        line.retryRequested.connect(self.retry)

    def fetch(self, read: Callable[[], T], show: Callable[[T], None]) -> None:
        """Read in the background, then `show` the answer, unless another fetch was asked meanwhile."""
        self._last = (read, show)
        self.loading = True
        self._line.show_loading(self._loading_text, delay_ms=REREAD_DELAY_MS if self.loaded_once else 0)

        def arrived(result: Any, error: BaseException | None) -> None:
            self.loading = False
            if error is not None:
                message = self._error_text.replace("%1", one_line(error))
                self._line.show_error(message)
                self.failed.emit(message)
                return
            self._line.clear()
            self.loaded_once = True
            show(result)
            self.shown.emit()

        shared_runner().run(self._key, read, arrived, self._owner)

    def retry(self) -> None:
        if self._last is not None:
            self.fetch(*self._last)
