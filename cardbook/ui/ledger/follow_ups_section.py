"""A contact's follow-ups: add one (or a "stay in touch every N weeks" rhythm), snooze it, mark it done — undoable.

Done follow-ups stay listed, muted, below the open ones: they are the record of what was done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from cardbook.domain.followups import FollowUpState
from cardbook.domain.referral import FollowUp
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.ledger.follow_ups import FollowUpChange, FollowUpLine
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.common.style import HALF
from cardbook.ui.common.undo import RECOVERABLE, own_stack, push_done
from cardbook.ui.ledger.contact_section import ContactSection
from cardbook.ui.ledger.dated_rows import DatedRows
from cardbook.ui.ledger.follow_up_dialog import FollowUpDialog
from cardbook.ui.ledger.widgets import make_action
from cardbook.ui.ledger.words import follow_up_state_word

WEEK, MONTH = 7, 30
SHOWN_DONE = 5  # the latest done ones; the timeline keeps them all


class FollowUpsSection(ContactSection):
    def __init__(
        self,
        library: Library,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(self.tr("Follow-ups"), library, parent)
        self.today = today
        self.undo_stack = own_stack(self, undo_stack)
        self.lines: list[FollowUpLine] = []
        self.dialog: FollowUpDialog | None = None
        self.add_action = make_action(
            self, self.tr("Add &follow-up…"), shortcut="Ctrl+Shift+F", context=Qt.ShortcutContext.WindowShortcut,
            tip=self.tr("Remind me to get back to this person, once or every few weeks"), slot=self.add_follow_up,
        )  # fmt: skip
        self.add_button = self.add_button_bar(self.add_action, self.tr("Add follow-up…"))
        if contact_id is not None:
            self.show_contact(contact_id)

    def reload(self) -> None:
        rows = self.fresh_rows()
        enabled = self.contact_id is not None
        self.add_action.setEnabled(enabled)
        self.add_button.setEnabled(enabled)
        if self.contact_id is None:
            self.lines = []
            return
        lines = ledger_followups.follow_up_lines(
            self.library, self.today(), include_done=True, contact_id=self.contact_id
        )
        open_lines = [ln for ln in lines if ln.state is not FollowUpState.DONE]
        done = sorted((ln for ln in lines if ln.state is FollowUpState.DONE), key=_done_key, reverse=True)
        self.lines = open_lines + done[:SHOWN_DONE]
        if not open_lines:
            rows.add_note(self.tr("Nothing planned. Add a follow-up to remember to get back to them."))
        for line in self.lines:
            self._add_row(rows, line)

    def _add_row(self, rows: DatedRows, line: FollowUpLine) -> None:
        f = line.follow_up
        done = line.state is FollowUpState.DONE
        state = follow_up_state_word(line.state)
        if done and f.done_on:
            state = self.tr("done %1").replace("%1", medium_date(f.done_on))
        if f.every_weeks:
            state += " · " + self.tr("every %Ln week(s)", "", f.every_weeks)
        if line.state is FollowUpState.OVERDUE:
            state = "⚠ " + state
        texts: list[QWidget] = [
            value_label(f.note.strip() or self.tr("Get back in touch"), rows, muted=done),
            value_label(state, rows, muted=True),
        ]
        trailing = None if done else self._buttons(rows, f)
        rows.add_row(medium_date(f.done_on if done else f.due), texts, trailing)

    def _buttons(self, rows: DatedRows, f: FollowUp) -> QWidget:
        holder = QWidget(rows)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(HALF)
        what = f.note.strip() or self.tr("Get back in touch")
        snooze = QPushButton(self.tr("Snooze"), holder)
        snooze.setAccessibleName(self.tr("Snooze “%1”").replace("%1", what))
        menu = QMenu(snooze)
        fid = f.id or 0
        menu.addAction(self.tr("1 week later"), lambda: self.snooze(fid, WEEK))
        menu.addAction(self.tr("1 month later"), lambda: self.snooze(fid, MONTH))
        snooze.setMenu(menu)
        done = QPushButton(self.tr("Done"), holder)
        done.setAccessibleName(self.tr("Mark “%1” as done").replace("%1", what))
        done.clicked.connect(lambda _c=False: self.complete(fid))
        row.addWidget(snooze)
        row.addWidget(done)
        return holder

    # ---- commands ----------------------------------------------------------------------------------------

    def add_follow_up(self) -> FollowUpDialog | None:
        if self.contact_id is None:
            return None
        found = contacts.summaries(self.library, [self.contact_id])
        name = found[0].name if found else ""
        dialog = FollowUpDialog(self.contact_id, name, self._save_new, self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_new(self, follow_up: FollowUp) -> FollowUp:
        saved = ledger_followups.save_follow_up(self.library, follow_up)
        push_done(
            self.undo_stack, self.tr("Add follow-up"), saved,
            lambda s: ledger_followups.delete_follow_up(self.library, s.id or 0),
            lambda gone: ledger_followups.save_follow_up(self.library, replace(gone, id=None)),
            owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
        )  # fmt: skip
        return saved

    def snooze(self, follow_up_id: int, days: int) -> FollowUpChange | None:
        try:
            change = ledger_followups.snooze_follow_up(self.library, follow_up_id, days, self.today())
        except RECOVERABLE as exc:
            self._failed(exc)
            return None
        self._push(
            self.tr("Snooze follow-up"), change,
            lambda: ledger_followups.snooze_follow_up(self.library, follow_up_id, days, self.today()),
        )  # fmt: skip
        self.statusMessage.emit(self.tr("Moved to %1.").replace("%1", medium_date(change.after.due)))
        return change

    def complete(self, follow_up_id: int) -> FollowUpChange | None:
        on = self.today()
        try:
            change = ledger_followups.complete_follow_up(self.library, follow_up_id, on)
        except RECOVERABLE as exc:
            self._failed(exc)
            return None
        self._push(
            self.tr("Mark follow-up done"), change,
            lambda: ledger_followups.complete_follow_up(self.library, follow_up_id, on),
        )  # fmt: skip
        if change.created is not None and change.created.due is not None:
            message = self.tr("Done. The next one is due %1.").replace("%1", medium_date(change.created.due))
        else:
            message = self.tr("Done.")
        self.statusMessage.emit(message + " " + self.tr("(Ctrl+Z to undo)"))
        return change

    def _failed(self, exc: Exception) -> None:
        self.statusMessage.emit(self.tr("Nothing changed: %1").replace("%1", str(exc)))
        self.reload()

    def _push(self, text: str, change: FollowUpChange, again: Callable[[], FollowUpChange]) -> None:
        push_done(
            self.undo_stack, text, change,
            lambda c: ledger_followups.undo_follow_up_change(self.library, c),
            lambda _f: again(),
            owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
        )  # fmt: skip

    def _changed(self) -> None:
        self.reload()
        if self.contact_id is not None:
            self.changed.emit(self.contact_id)


def _done_key(line: FollowUpLine) -> dt.date:
    return line.follow_up.done_on or dt.date.min
