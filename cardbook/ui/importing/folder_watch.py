"""The window's watched folder (Edit ▸ Preferences ▸ Watched folder): photos arriving in it — typically the folder
a phone syncs its camera into — become contacts awaiting review as they arrive, like `cardbook watch FOLDER`.

The job is `cardbook.app.watching.FolderWatch` (finished files only, each photo once, the day's event, nothing
old swept in, nothing missed while closed). Here it is run one look at a time: a timer on the GUI thread asks
for a look every POLL_MS, and each look is a short task on a runner with one thread of its own — so a look
reading a photo never waits behind the window's reads (nor they behind it), looks never overlap, the final
"watched until" is written after the last look (same thread, in order), and `wait_for_tasks` on quit waits
for one look rather than for an endless loop.

A status-bar button says which folder is watched and how many cards arrived; a click reviews them. A photo that
cannot be read is a one-line message and the watch goes on; a folder that goes away stops the watch, and the
button says so until another folder is chosen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStatusBar, QToolButton

from cardbook.app.errors import describe
from cardbook.app.region_setting import get_default_region
from cardbook.app.scan_outcome import CardOutcome, CardSkip
from cardbook.app.watching import POLL_SECONDS, FolderWatch, watched_folder
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.library import Library
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.runner import TaskRunner
from cardbook.ui.common.services import AppServices, LibraryChange

POLL_MS = int(POLL_SECONDS * 1000)
CHANGE_DELAY_MS = 300  # cards stored close together are announced as one change (one refresh of the list)


def _one_line(error: BaseException | None) -> str:
    return describe(error)[0] if error is not None else ""


def _open_watch(library: Library, folder: Path) -> FolderWatch:
    """On the watch's thread: the library's country (Preferences) decides the phones of cards that name none."""
    return FolderWatch(library, folder, ReadOptions(region=get_default_region(library)))


class WindowFolderWatch(QObject):
    """Starts, runs and stops the window's one watched folder. See the module's docstring."""

    stateChanged = Signal()  # started, stopped or a card arrived: the indicator changed
    _outcome = Signal(int, object)  # (generation, CardOutcome), from the watch's thread to the GUI thread

    def __init__(
        self,
        services: AppServices,
        status_bar: QStatusBar,
        parent: QObject,
        *,
        on_click: Callable[[], None] = lambda: None,
        on_stopped_click: Callable[[], None] = lambda: None,
        poll_ms: int = POLL_MS,
    ) -> None:
        """`on_click`: the indicator clicked while watching (the window reviews the cards awaiting review);
        `on_stopped_click`: clicked once the watch stopped on an error (the window opens Preferences)."""
        super().__init__(parent)
        self._services = services
        self._library = services.library
        self._runner = TaskRunner(self, threads=1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)  # the next look is asked for when the previous one ended
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._look)
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(CHANGE_DELAY_MS)
        self._announce.timeout.connect(lambda: services.changed(LibraryChange()))
        self._generation = 0  # bumped by every start and stop: answers of an older watch are dropped
        self._watch: FolderWatch | None = None
        self._cancel = threading.Event()
        self._loaded = False
        self._on_click = on_click
        self._on_stopped_click = on_stopped_click
        self.folder: Path | None = None  # the folder watched (or being opened)
        self.arrived = 0  # cards stored from it since the watch started
        self.failed = 0
        self.looks = 0  # looks done since the window opened (tests wait on it)
        self.stopped_because = ""  # why the last watch stopped on its own (shown until another starts)
        self.indicator = QToolButton(status_bar)
        self.indicator.setObjectName("watchIndicator")
        self.indicator.setAutoRaise(True)
        self.indicator.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.indicator.clicked.connect(self._clicked)
        status_bar.addPermanentWidget(self.indicator)
        self.indicator.hide()
        self._outcome.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    # ---- starting and stopping -------------------------------------------------------------------------

    @property
    def watching(self) -> bool:
        return self._watch is not None

    @property
    def options(self) -> ReadOptions | None:
        """How the watch reads its photos (the library's country among them), while it watches."""
        return self._watch.options if self._watch is not None else None

    def load(self) -> None:
        """Once, when the window has read its library: watch the folder chosen in Preferences, if any."""
        if self._loaded:
            return
        self._loaded = True
        library = self._library

        def chosen(folder: Path | None, error: BaseException | None) -> None:
            if error is not None:
                self._services.status(self.tr("Could not read the watched folder: %1").replace("%1", _one_line(error)))
            elif folder is not None and self.folder is None:  # not if Preferences chose one meanwhile
                self.start(folder)

        self._runner.run(None, lambda: watched_folder(library), chosen, self)

    def start(self, folder: Path) -> None:
        """Watch `folder` (instead of the one watched before); its listing is read off the GUI thread."""
        self.stop()
        generation = self._generation
        self.folder, self.arrived, self.failed, self.stopped_because = folder, 0, 0, ""
        self._cancel = threading.Event()
        library = self._library

        def opened(watch: FolderWatch | None, error: BaseException | None) -> None:
            if generation != self._generation:  # stopped (or another folder chosen) while it opened
                if watch is not None:
                    self._runner.run(None, watch.close, self._closed)
                return
            if watch is None:
                self._stop_on_error(error)
                return
            self._watch = watch
            self._show()
            self._look()  # the first look at once: it marks what is already there as not new

        self._runner.run(None, lambda: _open_watch(library, folder), opened)
        self._show()

    def stop(self) -> None:
        """Stop watching (another folder chosen, none, or the window closing): a look under way stops after the
        photos being read, then "watched until" is written — in this order, on the watch's one thread."""
        self._generation += 1
        self._cancel.set()
        self._timer.stop()
        watch, self._watch = self._watch, None
        self.folder = None
        if watch is not None:
            self._runner.run(None, watch.close, self._closed)
        self._show()

    def _closed(self, _result: object, error: BaseException | None) -> None:
        if error is not None:  # the photos are stored; only "watched until" was lost (they are not taken twice)
            self._services.status(self.tr("Could not remember the watched folder's last look: %1").replace(
                "%1", _one_line(error)))  # fmt: skip

    def _stop_on_error(self, error: BaseException | None) -> None:
        folder = self.folder
        self.stop()
        name = str(folder) if folder is not None else ""
        if isinstance(error, FileNotFoundError | NotADirectoryError):
            why = self.tr("Stopped watching %1: the folder is no longer there.").replace("%1", name)
        else:
            why = self.tr("Stopped watching %1: %2").replace("%1", name).replace("%2", _one_line(error))
        self.stopped_because = why
        self._services.status(why)
        self._show()

    # ---- looking -------------------------------------------------------------------------------------------

    def _look(self) -> None:
        watch, generation, cancel = self._watch, self._generation, self._cancel
        if watch is None:
            return

        def report(outcome: CardOutcome) -> None:  # on the watch's thread
            self._outcome.emit(generation, outcome)

        def done(_taken: int | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self.looks += 1
            if error is not None:
                self._stop_on_error(error)
            else:
                self._timer.start()

        self._runner.run(None, lambda: watch.look(report, cancel), done, self)

    def _arrived(self, generation: int, outcome: CardOutcome) -> None:
        """One photo handled: a card stored (counted, the list refreshed soon), or a one-line message."""
        name = Path(outcome.path).name
        if outcome.contact_id is not None and outcome.error is None and outcome.already is None:
            self._announce.start()  # even from a watch just stopped: the card is in the library
            if generation == self._generation:
                self.arrived += 1
                self._show()
            return
        if outcome.error is not None:
            if generation == self._generation:
                self.failed += 1
            message = self.tr("Watched folder: %1 could not be read (%2).").replace("%2", outcome.error)
        elif outcome.already is not None and outcome.met_again:
            message = self.tr("Watched folder: %1 was imported before, as %2; this meeting was added to them.")
            message = message.replace("%2", self._who(outcome))
        elif outcome.already is not None:
            message = self.tr("Watched folder: %1 was imported before, as %2.").replace("%2", self._who(outcome))
        elif outcome.skip_kind is CardSkip.CUT_CARD:
            message = self.tr("Watched folder: a card cut by the edge of %1 was left out.")
        elif outcome.skip_kind is CardSkip.BACK_OF_CARD:
            message = self.tr("Watched folder: the back of a card on %1 was left out (nothing new on it).")
        elif outcome.skip_kind is CardSkip.NO_TEXT:
            message = self.tr("Watched folder: no text found on %1.")
        else:
            message = self.tr("Watched folder: no card found on %1.")
        self._services.status(message.replace("%1", name))
        self._show()

    def _who(self, outcome: CardOutcome) -> str:
        """The contact holding an imported photo, in the window's words (the batch's own line is English)."""
        contact_id = outcome.contact_id if outcome.contact_id is not None else outcome.existing_id
        name = outcome.name or self.tr("an unnamed contact")
        return f"{name} (#{contact_id})" if contact_id is not None else name

    # ---- the status bar's indicator ---------------------------------------------------------------------------

    def _show(self) -> None:
        button = self.indicator
        if self.folder is not None:
            name = self.folder.name or str(self.folder)
            text = self.tr("Watching %1").replace("%1", name)
            if self.arrived:
                text += " · " + self.tr("%n card(s) arrived", "", self.arrived)
            tip = self.tr("New photos in %1 are imported as they arrive. Click to review the cards awaiting review.")
            button.setIcon(icon(Icon.FOLDER))
            button.setText(text)
            button.setToolTip(tip.replace("%1", str(self.folder)))
            button.setAccessibleName(text)
            button.show()
        elif self.stopped_because:
            button.setIcon(icon(Icon.WARNING))
            button.setText(self.tr("Not watching"))
            button.setToolTip(self.stopped_because + " " + self.tr("Click to choose another folder."))
            button.setAccessibleName(self.stopped_because)
            button.show()
        else:
            button.hide()
        self.stateChanged.emit()

    def _clicked(self) -> None:
        if self.folder is not None:
            self._on_click()
        else:
            self._on_stopped_click()
