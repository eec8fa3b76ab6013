"""Recording a meeting from the window: read what the dialog offers, open it, save off the GUI thread, undo.

One controller for the contact pane ("Record a meeting…", Ctrl+M) and an event's page ("Add people I met
here…"): the events and names are read on the runner before the dialog opens; the meeting is saved by the job
the command line runs (app/meetings.add_meeting) on the runner too, and once saved it is pushed on the window's
undo stack as one UndoCommand (undo removes the meetings, redo puts them back with their ids) and announced
through the one change notice — as the Events page's change from an event's page (which rereads itself), as a
change of the contact shown in place from the pane. docs/MEETINGS.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from cardbook.app.meetings import MeetingRequest, MeetingResult, add_meeting
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.meetings import StoredMeeting, remove_meetings, restore_meetings
from cardbook.ui.common.page_loader import one_line
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.common.undo import push_done
from cardbook.ui.ledger.meeting_dialog import MeetingChoices, MeetingDialog, read_choices


class MeetingRecorder(QObject):
    statusMessage = Signal(str)
    opened = Signal(object)  # the MeetingDialog, once its choices are read and it is shown
    recorded = Signal(object)  # MeetingResult: the meeting is saved, on the undo stack and announced

    def __init__(
        self,
        services: AppServices,
        parent: QWidget,
        *,
        page: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        """`page`: the ledger page this records for ("events": it rereads itself on the notice); None for the
        contact pane, whose sections update in place."""
        super().__init__(parent)
        self.services = services
        self.library = services.library
        self._parent = parent
        self._page = page
        self._today = today
        self.dialog: MeetingDialog | None = None

    def open(self, contact_ids: Sequence[int] = (), event_id: int | None = None) -> None:
        """Read the events (and the contacts' names), then open the dialog; no contact: pick them in it."""
        library, ids = self.library, list(contact_ids)
        self.services.runner.run(
            (id(self), "choices"),
            lambda: read_choices(library, ids),
            lambda choices, error: self._show_dialog(choices, error, ids, event_id),
            self._parent,
        )

    def _show_dialog(
        self, choices: MeetingChoices | None, error: BaseException | None, ids: list[int], event_id: int | None
    ) -> None:
        if choices is None:
            why = one_line(error) if error is not None else ""
            self.statusMessage.emit(self.tr("Could not read the events: %1").replace("%1", why))
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = MeetingDialog(
            choices, self._today(), contact_ids=ids, event_id=event_id, library=self.library, parent=self._parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.requested.connect(lambda request: self._save(dialog, request))
        dialog.destroyed.connect(lambda _o=None: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        self.opened.emit(dialog)

    def _forget(self, dialog: MeetingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, dialog: MeetingDialog, request: MeetingRequest) -> None:
        library, today = self.library, self._today()
        self.services.runner.run(
            (id(self), "save"),
            lambda: add_meeting(library, request, today),
            lambda result, error: self._saved(dialog, result, error),
            self,
        )

    def _saved(self, dialog: MeetingDialog, result: MeetingResult | None, error: BaseException | None) -> None:
        alive = self.dialog is dialog
        if result is None:
            if isinstance(error, NotFoundError | ValidationError):
                message = str(error)
            else:
                message = one_line(error) if error is not None else ""
            if alive:
                dialog.failed(message)  # everything typed stays in the dialog
            else:
                self.statusMessage.emit(self.tr("The meeting was not recorded: %1").replace("%1", message))
            return
        if alive:
            dialog.saved()
        ids = result.contact_ids
        n = len(result.meetings)
        text = self.tr("Record a meeting with %Ln contact(s)", "", n)
        library = self.library
        push_done(
            self.services.undo_stack, text, result.meetings,
            lambda meetings: remove_meetings(library, _ids(meetings)),
            lambda removed: restore_meetings(library, removed),
            owner=self, after=lambda _v: self._announce(ids), report=self.statusMessage.emit,
        )  # fmt: skip
        self.statusMessage.emit(self.tr("%Ln meeting(s) recorded (Ctrl+Z to undo).", "", n))
        self.recorded.emit(result)

    def _announce(self, contact_ids: list[int]) -> None:
        change = LibraryChange(tuple(contact_ids), ledger=True, page=self._page, in_place=self._page is None)
        self.services.changed(change)


def _ids(meetings: Sequence[StoredMeeting]) -> list[int]:
    return [m.encounter.id for m in meetings if m.encounter.id is not None]
