"""The ledger's sections of one contact, assembled and kept in step: strength, what they need and offer,
encounters and exchanges, the team's other meetings with them, referrals, follow-ups, timeline. A section's
change is announced through the window's one change notice (in place, for this contact): every section rereads
itself on it, and this block rereads the strength and the timeline.

The contact pane may host this block whole (`ContactLedger(services)`, then `show_contact(id)`), or host the
sections one by one; they share the services' undo stack either way. The strength and the timeline are views: this
block reads what they show (ledger/contact_story.py) through the runner, the newest read winning, and hands it
to them; then the timeline's card thumbnails, one by one, reduced while decoded and kept in the library's
thumbnail cache by the card wall's loader (contacts/thumbnails.py), so that a contact with many large photos never
freezes the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cardbook.ui.common.runner import TaskRunner
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.common.style import SPACING
from cardbook.ui.contacts.thumbnails import LOADS_IN_FLIGHT, load_thumbnail_of
from cardbook.ui.ledger.also_met_section import AlsoMetSection
from cardbook.ui.ledger.contact_section import ContactSection
from cardbook.ui.ledger.contact_story import ContactStory, read_story
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.needs_section import NeedsSection
from cardbook.ui.ledger.referrals_section import ReferralsSection
from cardbook.ui.ledger.strength_view import StrengthView
from cardbook.ui.ledger.timeline_view import THUMB_BOX, TimelineView


class ContactLedger(QWidget):
    statusMessage = Signal(str)

    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        with_timeline: bool = True,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = services.undo_stack
        self._today = today
        self._key = (id(self), "story")
        self._thumbs = TaskRunner(self, threads=LOADS_IN_FLIGHT)  # never behind the pane's other reads
        self._thumbs_loading: set[int] = set()  # card ids whose thumbnail is on its way, for the story shown
        self.thumbnails_loaded = 0  # thumbnails that arrived (the tests watch it)
        self.strength = StrengthView(self)
        self.needs = NeedsSection(services, parent=self, today=today)
        self.exchanges = ExchangeSection(services, parent=self, today=today)
        self.also_met = AlsoMetSection(services, parent=self, today=today)
        self.referrals = ReferralsSection(services, parent=self, today=today)
        self.follow_ups = FollowUpsSection(services, parent=self, today=today)
        self.timeline = TimelineView(self, today=today) if with_timeline else None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        sections: list[QWidget] = [
            self.strength, self.needs, self.exchanges, self.also_met, self.referrals, self.follow_ups
        ]  # fmt: skip
        if self.timeline is not None:
            sections.append(self.timeline)
        for section in sections:
            column.addWidget(section)
        column.addStretch(1)
        for source in self._sections():
            source.statusMessage.connect(self.statusMessage)
        services.notices.libraryChanged.connect(self._on_library_changed)
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

    def _sections(self) -> list[ContactSection]:
        return [self.needs, self.exchanges, self.also_met, self.referrals, self.follow_ups]

    @property
    def loading(self) -> bool:
        """A section or the story is still being read."""
        return (
            self.services.runner.pending(self._key)
            or any(s.loading for s in self._sections())
            or bool(self._thumbs_loading)
        )

    def _read_story(self) -> None:
        """The strength and the timeline, read in the background; shown when the answer comes."""
        contact_id = self.contact_id
        if contact_id is None:
            return
        library, today, timeline = self.services.library, self._today(), self.timeline is not None
        self.services.runner.run(
            self._key,
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
            self._thumbs_loading.clear()  # an older story's answers are dropped (the runner's key, per card)
            for card_id in self.timeline.thumbnails:
                self._load_thumbnail(card_id, story.images[card_id])

    def _load_thumbnail(self, card_id: int, path: Path) -> None:
        images = self.services.library.images
        self._thumbs_loading.add(card_id)
        self._thumbs.run(
            (id(self), "thumbnail", card_id),
            lambda: load_thumbnail_of(images, path, THUMB_BOX),  # reduced while decoded, or read from the cache
            lambda image, error: self._thumbnail_arrived(card_id, image, error),
            self,
        )

    def _thumbnail_arrived(self, card_id: int, image: QImage | None, error: BaseException | None) -> None:
        self._thumbs_loading.discard(card_id)
        if self.timeline is None:
            return
        self.timeline.set_thumbnail(card_id, None if error is not None else image)
        if error is None and image is not None and not image.isNull():
            self.thumbnails_loaded += 1

    def _on_library_changed(self, change: LibraryChange) -> None:
        """A section changed this contact (or undid a change): the strength and the timeline show its consequences
        (the sections reread themselves on the same notice)."""
        if change.in_place and self.contact_id is not None and self.contact_id in change.contact_ids:
            self._read_story()
