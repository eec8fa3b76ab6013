"""A contact's story over time (storage/ledger/timeline): meetings with their exchange and notes, referrals,
follow-ups and the card images captured, newest first. Every entry says in words what kind of thing it is.

A view: it is given the story (read in the background by ContactLedger, ledger/contact_story.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from cardbook.domain.enums import CardSide
from cardbook.domain.followups import follow_up_state
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.pane_parts import Section, value_label
from cardbook.ui.common.style import SPACING
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


class TimelineView(Section):
    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(self.tr("Timeline"), parent)
        self.today = today
        self.contact_id: int | None = None
        self.currency = DEFAULT_CURRENCY
        self.entries: list[TimelineEntry] = []
        self.rows: DatedRows | None = None

    def show_story(self, story: ContactStory) -> None:
        """The contact's story, newest first (a note when there is none, or the contact is gone)."""
        clear_layout_widget(self.body, self.rows)
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
            pixmap = QPixmap(str(images[entry.card.id or 0]))
            if not pixmap.isNull():
                thumb.setPixmap(  # a portrait card is capped in height, as at the top of the pane
                    pixmap.scaled(
                        QSize(THUMB_WIDTH, THUMB_HEIGHT),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                thumb.setAccessibleName(self._headline(entry))
                lines.append(thumb)
        return lines
