"""A contact's story over time (storage/ledger/timeline): meetings with their exchange and notes, referrals,
follow-ups and the card images captured, newest first. Every entry says in words what kind of thing it is.

A view: it is given the story (read in the background by ContactLedger, ledger/contact_story.py), then each card's
thumbnail as it arrives (ContactLedger loads them off the GUI thread, reduced to THUMB_BOX while decoded, through
the card wall's loader and disk cache): each keeps its place, empty, until then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from cardbook.domain.enums import CardSide
from cardbook.domain.followups import follow_up_state
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.pane_parts import Section, value_label
from cardbook.ui.common.style import HALF, SPACING
from cardbook.ui.ledger.contact_story import (
    DEFAULT_CURRENCY,
    CardEntry,
    ContactStory,
    EncounterEntry,
    FollowUpEntry,
    ReferralEntry,
    RoleEntry,
    TimelineEntry,
)
from cardbook.ui.ledger.dated_rows import DatedRows, clear_layout_widget
from cardbook.ui.ledger.referrals_section import referral_sentence
from cardbook.ui.ledger.words import exchange_text, follow_up_state_word

THUMB_WIDTH = 20 * SPACING
THUMB_HEIGHT = 13 * SPACING  # a landscape card at THUMB_WIDTH is about 12 spacings high
THUMB_BOX = QSize(THUMB_WIDTH, THUMB_HEIGHT)  # a portrait card is capped in height, as at the top of the pane


class TimelineView(Section):
    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(self.tr("Timeline"), parent)
        self.today = today
        self.contact_id: int | None = None
        self.currency = DEFAULT_CURRENCY
        self.entries: list[TimelineEntry] = []
        self.rows: DatedRows | None = None
        self.thumbnails: dict[int, QLabel] = {}  # by card id: the thumbnails' places, filled by set_thumbnail
        self._blank: QPixmap | None = None  # the thumbnails' placeholder (_placeholder)

    def show_story(self, story: ContactStory) -> None:
        """The contact's story, newest first (a note when there is none, or the contact is gone)."""
        clear_layout_widget(self.body, self.rows)
        self.thumbnails = {}
        self._blank = None  # the placeholder, drawn again in the palette of now
        rows = self.rows = DatedRows(self)
        self.body.addWidget(rows)
        self.contact_id, self.entries = story.contact_id, list(story.entries)
        self.currency = story.currency
        if story.missing:
            rows.add_note(self.tr("This contact no longer exists."))
            return
        if not self.entries:
            rows.add_note(self.tr("Nothing has happened with this person yet: no meeting, referral or card."))
            return
        for entry in self.entries:
            rows.add_row(medium_date(entry.date), self._lines(entry, story.images))

    def set_thumbnail(self, card_id: int, image: QImage | None) -> None:
        """The card's thumbnail, already THUMB_BOX's size (None or null: its file cannot be decoded, and the card
        shows no picture, as when the image is missing)."""
        thumb = self.thumbnails.get(card_id)
        if thumb is None:
            return  # another story is shown meanwhile
        if image is None or image.isNull():
            thumb.hide()
            return
        thumb.setPixmap(QPixmap.fromImage(image))  # the small copy only: the full photo never reaches this thread

    def _placeholder(self) -> QPixmap:
        """An empty card, as the card wall's tiles show while their picture is on its way (made once per story)."""
        if self._blank is None:
            palette = self.palette()
            self._blank = QPixmap(THUMB_BOX)
            self._blank.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._blank)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(self._blank.rect().adjusted(0, 0, -1, -1), HALF, HALF)
            painter.end()
        return self._blank

    def entry_texts(self) -> list[str]:
        """The first line of every entry, as shown (for tests and accessibility checks)."""
        return [self._headline(e) for e in self.entries]

    def _headline(self, entry: TimelineEntry) -> str:
        if isinstance(entry, EncounterEntry):
            where = entry.event_name or entry.encounter.place or self.tr("outside any recorded event")
            if entry.network_name:
                where += f" ({entry.network_name})"
            return (
                self.tr("Met at %1").replace("%1", where)
                if entry.event_name
                else self.tr("Met: %1").replace("%1", where)
            )
        if isinstance(entry, ReferralEntry):
            return self.tr("Referral: %1").replace(
                "%1", referral_sentence(entry.line, self.contact_id or 0, self.currency)
            )
        if isinstance(entry, FollowUpEntry):
            what = entry.follow_up.note.strip() or self.tr("get back in touch")
            state = follow_up_state_word(follow_up_state(entry.follow_up, self.today()))
            return self.tr("Follow-up (%1): %2").replace("%1", state).replace("%2", what)
        if isinstance(entry, RoleEntry):
            role = " · ".join(p for p in (entry.title, entry.department, entry.company) if p)
            return self.tr("Until then: %1 (a newer card shows a new role)").replace("%1", role)
        side = self.tr("back") if entry.card.side is CardSide.BACK else self.tr("front")
        return self.tr("Card captured (%1)").replace("%1", side)

    def _lines(self, entry: TimelineEntry, images: dict[int, Path]) -> list[QWidget]:
        rows = self.rows
        lines: list[QWidget] = [value_label(self._headline(entry), rows)]
        if isinstance(entry, EncounterEntry):
            details = labels.encounter_exchange_details(entry.encounter)
            # The symbol, then the facts in words ("→ they offered first · you did not give yours").
            symbol = entry.encounter.reciprocity.symbol
            text = f"{symbol} {details}" if details else exchange_text(entry.encounter.reciprocity)
            lines.append(value_label(text, rows, muted=True))
            if entry.encounter.note.strip():
                lines.append(value_label(entry.encounter.note.strip(), rows))
        elif isinstance(entry, ReferralEntry) and entry.line.referral.note.strip():
            lines.append(value_label(entry.line.referral.note.strip(), rows, muted=True))
        elif isinstance(entry, CardEntry) and entry.card.id in images:
            thumb = QLabel(rows)
            thumb.setObjectName("timelineThumbnail")
            thumb.setPixmap(self._placeholder())  # its place, kept until the picture arrives
            thumb.setAccessibleName(self._headline(entry))
            self.thumbnails[entry.card.id or 0] = thumb
            lines.append(thumb)
        return lines
