"""The dialog that adds a follow-up: what to do, when, and optionally "stay in touch every N weeks"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSizePolicy, QSpinBox, QWidget

from cardbook.domain.referral import FollowUp
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.common.room import field_room
from cardbook.ui.common.style import SPACING
from cardbook.ui.ledger.widgets import FormDialog, OptionalDate

DEFAULT_WEEKS = 6
MAX_WEEKS = 104


class FollowUpDialog(FormDialog):
    def __init__(
        self,
        contact_id: int,
        contact_name: str,
        save: Callable[[FollowUp], FollowUp],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New follow-up for %1").replace("%1", contact_name), parent)
        self.contact_id = contact_id
        self._save = save
        self.saved: FollowUp | None = None
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. Send the brochure, suggest a coffee"))
        field_room(self.note, 50)
        self.due = OptionalDate(self.tr("Due"), today + dt.timedelta(weeks=1), self, unknown_text=self.tr("No date"))
        self.repeat = QCheckBox(self.tr("Stay in touch every"), self)
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(" " + self.tr("weeks"))
        self.weeks.setAccessibleName(self.tr("Number of weeks between reminders"))
        self.weeks.setEnabled(False)
        self.repeat.toggled.connect(self.weeks.setEnabled)
        rhythm = QHBoxLayout()
        rhythm.setSpacing(SPACING)
        rhythm.addWidget(self.repeat)
        rhythm.addWidget(self.weeks)
        rhythm.addStretch(1)
        self.form.addRow(self.tr("&What:"), self.note)
        self.form.addRow(self.tr("&When:"), self.due)
        self.form.addRow(self.tr("Rhythm:"), rhythm)
        rhythm_text = self.tr("A rhythm moves on by itself each time you meet them.")
        self.rhythm_note = value_label(rhythm_text, self, muted=True)
        # A wrapped label keeps to its narrowest in a form (only expanding fields grow): it takes the field's width.
        self.rhythm_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", self.rhythm_note)
        self.ok_button_text(self.tr("Add follow-up"))
        self.submit = self._submit

    def value(self) -> FollowUp:
        return FollowUp(
            contact_id=self.contact_id,
            due=self.due.value(),
            note=self.note.text().strip(),
            every_weeks=self.weeks.value() if self.repeat.isChecked() else None,
        )

    def check(self) -> str | None:
        follow_up = self.value()
        if not follow_up.note and follow_up.due is None and follow_up.every_weeks is None:
            self.note.setFocus()
            return self.tr("Say what to do, or give a date or a rhythm: an empty reminder would remind you of nothing.")
        return None

    def _submit(self) -> None:
        self.saved = self._save(self.value())
