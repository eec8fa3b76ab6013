"""The ledger's sections of one contact, assembled and kept in step: strength, encounters and exchanges,
referrals, follow-ups, timeline. When one section changes something, the others that show it reload.

The contact pane may host this block whole (`ContactLedger(library)`, then `show_contact(id)`), or host the
sections one by one; the sections share one undo stack either way. The strength and the timeline are views: this
block reads what they show (ledger/contact_story.py) through the shared runner, the newest read winning, and
hands it to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.common.style import SPACING
from cardbook.ui.common.undo import own_stack
from cardbook.ui.ledger.contact_story import ContactStory, read_story
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.referrals_section import ReferralsSection
from cardbook.ui.ledger.strength_view import StrengthView
from cardbook.ui.ledger.timeline_view import TimelineView


class ContactLedger(QWidget):
    statusMessage = Signal(str)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        with_timeline: bool = True,
        changed: Callable[[LibraryChange], None] = lambda _change: None,
    ) -> None:
        """`changed`: the window's one change notice (services.changed), told when a section changed something of
        the contact (the pane updates in place)."""
        super().__init__(parent)
        self._notify = changed
        stack = own_stack(self, undo_stack)
        self.undo_stack = stack
        self._library, self._today = library, today
        self.strength = StrengthView(self)
        self.exchanges = ExchangeSection(library, parent=self, undo_stack=stack, today=today)
        self.referrals = ReferralsSection(library, parent=self, undo_stack=stack)
        self.follow_ups = FollowUpsSection(library, parent=self, undo_stack=stack, today=today)
        self.timeline = TimelineView(self, today=today) if with_timeline else None
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
        self._read_story()

    def reload(self) -> None:
        for section in self._sections():
            section.reload()
        self._read_story()

    def _sections(self) -> list[ExchangeSection | ReferralsSection | FollowUpsSection]:
        return [self.exchanges, self.referrals, self.follow_ups]

    def _read_story(self) -> None:
        """The strength and the timeline, read in the background; shown when the answer comes."""
        contact_id = self.contact_id
        if contact_id is None:
            return
        library, today, timeline = self._library, self._today(), self.timeline is not None
        shared_runner().run(
            (id(self), "story"),
            lambda: read_story(library, contact_id, today, timeline=timeline),
            self._show_story,
            self,
        )

    def _show_story(self, story: ContactStory | None, _error: BaseException | None) -> None:
        if story is None or story.contact_id != self.contact_id:
            return
        self.strength.show_strength(story.strength)
        if self.timeline is not None:
            self.timeline.show_story(story)

    def _on_changed(self, contact_id: int) -> None:
        """A section changed: the strength and the timeline show its consequences; undo may touch any section."""
        if contact_id != self.contact_id:
            return
        self._read_story()
        self._notify(LibraryChange((contact_id,), ledger=True, in_place=True))
