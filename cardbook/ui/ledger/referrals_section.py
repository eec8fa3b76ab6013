"""A contact's referrals both ways — add, edit, delete — each undoable (the contact pane hosts it)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from cardbook.domain.enums import ReferralOutcome
from cardbook.domain.referral import Referral
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.ledger import referrals
from cardbook.storage.ledger.referrals import ReferralLine
from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import medium_date, money_text
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.common.style import HALF
from cardbook.ui.common.undo import own_stack, push_done
from cardbook.ui.ledger.contact_section import ContactSection
from cardbook.ui.ledger.dated_rows import DatedRows
from cardbook.ui.ledger.referral_dialog import ReferralDialog
from cardbook.ui.ledger.widgets import make_action


def referral_sentence(line: ReferralLine, contact_id: int) -> str:
    """ "Sent business your way — won · 1 200 €", seen from the contact's page."""
    r = line.referral
    names = {i: n for i, n in ((r.from_contact_id, line.from_name), (r.to_contact_id, line.to_name)) if i is not None}
    text = labels.referral_text(r, contact_id, names)
    outcome = labels.outcome_word(r.outcome)
    if r.value is not None and r.outcome is ReferralOutcome.WON:
        outcome += f" · {money_text(r.value)}"
    return f"{text} — {outcome}"


class ReferralsSection(ContactSection):
    def __init__(
        self,
        library: Library,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(self.tr("Referrals"), library, parent)
        self.undo_stack = own_stack(self, undo_stack)
        self.lines: list[ReferralLine] = []
        self.dialog: ReferralDialog | None = None
        self.add_action = make_action(
            self, self.tr("Add &referral…"), shortcut="Ctrl+Shift+G", context=Qt.ShortcutContext.WindowShortcut,
            tip=self.tr("Note business this person sent you, you sent them, or they sent someone else"),
            slot=self.add_referral,
        )  # fmt: skip
        self.add_button = self.add_button_bar(self.add_action, self.tr("Add referral…"))
        if contact_id is not None:
            self.show_contact(contact_id)

    def reload(self) -> None:
        rows = self.fresh_rows()
        self.lines = referrals.referral_lines(self.library, self.contact_id) if self.contact_id is not None else []
        self.add_action.setEnabled(self.contact_id is not None)
        self.add_button.setEnabled(self.contact_id is not None)
        if not self.lines:
            rows.add_note(
                self.tr("No referral yet. When this person sends you business, or you send them some, note it here.")
            )
        for line in self.lines:
            self._add_row(rows, line)

    def _add_row(self, rows: DatedRows, line: ReferralLine) -> None:
        contact_id = self.contact_id or 0
        texts: list[QWidget] = [value_label(referral_sentence(line, contact_id), rows)]
        if line.referral.note.strip():
            texts.append(value_label(line.referral.note.strip(), rows, muted=True))
        buttons = QWidget(rows)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(HALF)
        edit = QPushButton(self.tr("Edit…"), buttons)
        delete = QPushButton(self.tr("Delete"), buttons)
        when = medium_date(line.referral.date) or self.tr("undated")
        edit.setAccessibleName(self.tr("Edit the referral of %1").replace("%1", when))
        delete.setAccessibleName(self.tr("Delete the referral of %1").replace("%1", when))
        edit.clicked.connect(lambda _c=False, r=line.referral: self.edit_referral(r))
        delete.clicked.connect(lambda _c=False, r=line.referral: self.delete_referral(r))
        row.addWidget(edit)
        row.addWidget(delete)
        rows.add_row(medium_date(line.referral.date), texts, buttons)

    # ---- commands ----------------------------------------------------------------------------------------

    def _contact_name(self) -> str:
        found = contacts.summaries(self.library, [self.contact_id]) if self.contact_id is not None else []
        return found[0].name if found else ""

    def add_referral(self) -> ReferralDialog | None:
        return self._open(None)

    def edit_referral(self, referral: Referral) -> ReferralDialog | None:
        return self._open(referral)

    def _open(self, referral: Referral | None) -> ReferralDialog | None:
        if self.contact_id is None:
            return None
        other = ""
        if referral is not None and referral.to_contact_id not in (None, self.contact_id):
            other = next((ln.to_name for ln in self.lines if ln.referral.id == referral.id), "")
        dialog = ReferralDialog(
            self.library, self.contact_id, self._contact_name(), referral, self._save, other_name=other, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, referral: Referral) -> Referral:
        before = next((ln.referral for ln in self.lines if ln.referral.id == referral.id), None)
        saved = referrals.save_referral(self.library, referral)
        if before is None:
            push_done(
                self.undo_stack, self.tr("Add referral"), saved,
                lambda s: referrals.delete_referral(self.library, s.id or 0),
                lambda gone: referrals.save_referral(self.library, replace(gone, id=None)),
                owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
            )  # fmt: skip
        else:
            push_done(
                self.undo_stack, self.tr("Edit referral"), saved,
                lambda _s: referrals.save_referral(self.library, before),
                lambda _b: referrals.save_referral(self.library, saved),
                owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
            )  # fmt: skip
        return saved

    def delete_referral(self, referral: Referral) -> None:
        if referral.id is None:
            return
        try:
            gone = referrals.delete_referral(self.library, referral.id)
        except NotFoundError:
            self.reload()
            return
        push_done(
            self.undo_stack, self.tr("Delete referral"), gone,
            lambda g: referrals.save_referral(self.library, replace(g, id=None)),
            lambda restored: referrals.delete_referral(self.library, restored.id or 0),
            owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
        )  # fmt: skip
        self.statusMessage.emit(self.tr("Referral deleted. Ctrl+Z brings it back."))

    def _changed(self) -> None:
        self.reload()
        if self.contact_id is not None:
            self.changed.emit(self.contact_id)
