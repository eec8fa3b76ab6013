"""The ledger's sections of one contact, assembled and kept in step: strength, encounters and exchanges,
referrals, follow-ups, timeline. When one section changes something, the others that show it reload.

The contact pane may host this block whole (`ContactLedger(library)`, then `show_contact(id)`), or host the
sections one by one; the sections share one undo stack either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.style import SPACING
from cardbook.ui.common.undo import own_stack
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.referrals_section import ReferralsSection
from cardbook.ui.ledger.strength_view import StrengthView
from cardbook.ui.ledger.timeline_view import TimelineView


class ContactLedger(QWidget):
    libraryChanged = Signal(int)  # contact id: refresh the lists' counts and the contact's line
    statusMessage = Signal(str)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        with_timeline: bool = True,
    ) -> None:
        super().__init__(parent)
        stack = own_stack(self, undo_stack)
        self.undo_stack = stack
        self.strength = StrengthView(library, parent=self, today=today)
        self.exchanges = ExchangeSection(library, parent=self, undo_stack=stack, today=today)
        self.referrals = ReferralsSection(library, parent=self, undo_stack=stack)
        self.follow_ups = FollowUpsSection(library, parent=self, undo_stack=stack, today=today)
        self.timeline = TimelineView(library, parent=self, today=today) if with_timeline else None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        sections: list[QWidget] = [self.strength, self.exchanges, self.referrals, self.follow_ups]
        if self.timeline is not None:
            sections.append(self.timeline)
        for section in sections:
            column.addWidget(section)
        column.addStretch(1)
        self.exchanges.changed.connect(self._on_changed)
        self.referrals.changed.connect(self._on_changed)
        self.follow_ups.changed.connect(self._on_changed)
        for source in (self.exchanges, self.referrals, self.follow_ups):
            source.statusMessage.connect(self.statusMessage)
        self.contact_id: int | None = None

    def show_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        for section in self._sections():
            section.show_contact(contact_id)

    def reload(self) -> None:
        for section in self._sections():
            section.reload()

    def _sections(self) -> list[StrengthView | ExchangeSection | ReferralsSection | FollowUpsSection | TimelineView]:
        found: list[StrengthView | ExchangeSection | ReferralsSection | FollowUpsSection | TimelineView] = [
            self.strength, self.exchanges, self.referrals, self.follow_ups,
        ]  # fmt: skip
        if self.timeline is not None:
            found.append(self.timeline)
        return found

    def _on_changed(self, contact_id: int) -> None:
        """A section changed: the strength and the timeline show its consequences; undo may touch any section."""
        if contact_id != self.contact_id:
            return
        self.strength.reload()
        if self.timeline is not None:
            self.timeline.reload()
        self.libraryChanged.emit(contact_id)
