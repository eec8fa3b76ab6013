""" "What can I bring?" on a contact's page: what they are looking for and what they offer (free text and tags),
edited in a small dialog, undoable. The introductions matcher (domain/introductions.py) reads exactly these, so
noting them here is what makes "Introductions I could make" suggest something.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import Topics
from cardbook.storage.library import Library
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.common.room import field_room, lines_high
from cardbook.ui.common.undo import push_done
from cardbook.ui.ledger.contact_section import ContactSection
from cardbook.ui.ledger.widgets import FormDialog, make_action


def split_tags(text: str) -> tuple[str, ...]:
    """ "comptable, site web ," -> ("comptable", "site web"): the tags typed, separated by commas."""
    return tuple(t.strip() for t in text.split(",") if t.strip())


@dataclass(frozen=True, slots=True)
class ContactTopics:
    name: str
    topics: Topics


def read_topics(library: Library, contact_id: int, today: dt.date) -> ContactTopics:
    found = contacts.summaries(library, [contact_id])
    return ContactTopics(found[0].name if found else "", contacts.topics_of(library, contact_id))


class TopicsDialog(FormDialog):
    def __init__(self, name: str, topics: Topics, save: Callable[[Topics], None], parent: QWidget | None) -> None:
        super().__init__(self.tr("What can I bring to %1?").replace("%1", name), parent)
        self.needs = QPlainTextEdit(topics.needs, self)
        self.needs.setPlaceholderText(self.tr("e.g. looking for an accountant, a new website"))
        self.need_tags = QLineEdit(", ".join(topics.need_tags), self)
        self.offers = QPlainTextEdit(topics.offers, self)
        self.offers.setPlaceholderText(self.tr("e.g. bookkeeping for small firms, office space"))
        self.offer_tags = QLineEdit(", ".join(topics.offer_tags), self)
        for box in (self.needs, self.offers):
            box.setTabChangesFocus(True)
            field_room(box, 50)
            box.setFixedHeight(lines_high(box, 2))
        for line in (self.need_tags, self.offer_tags):
            line.setPlaceholderText(self.tr("Tags separated by commas"))
        self.form.addRow(self.tr("&Looking for:"), self.needs)
        self.form.addRow(self.tr("Need &tags:"), self.need_tags)
        self.form.addRow(self.tr("&Offers:"), self.offers)
        self.form.addRow(self.tr("Offer t&ags:"), self.offer_tags)
        self.ok_button_text(self.tr("Save"))
        self.submit = lambda: save(self.value())

    def value(self) -> Topics:
        return Topics(
            self.needs.toPlainText().strip(),
            self.offers.toPlainText().strip(),
            split_tags(self.need_tags.text()),
            split_tags(self.offer_tags.text()),
        )


class NeedsSection(ContactSection):
    read = staticmethod(read_topics)

    def section_title(self) -> str:
        return self.tr("What can I bring?")

    def build(self) -> None:
        self.data: ContactTopics | None = None
        self.dialog: TopicsDialog | None = None
        self.edit_action = make_action(
            self, self.tr("Edit &needs and offers…"), shortcut="Ctrl+Shift+B",
            context=Qt.ShortcutContext.WindowShortcut, slot=self.edit,
            tip=self.tr("Note what this person is looking for and what they offer: introductions come from it"),
        )  # fmt: skip
        self.edit_button = self.add_button_bar(self.edit_action, self.tr("Edit needs and offers…"))

    def show_data(self, data: ContactTopics | None) -> None:
        rows = self.fresh_rows()
        self.data = data
        self.edit_action.setEnabled(data is not None)
        self.edit_button.setEnabled(data is not None)
        if data is None:
            return
        t = data.topics
        for caption, text, tags in (
            (self.tr("Looking for"), t.needs, t.need_tags),
            (self.tr("Offers"), t.offers, t.offer_tags),
        ):
            lines: list[QWidget] = []
            if text:
                lines.append(value_label(text, rows))
            if tags:
                lines.append(value_label(" · ".join(f"#{tag}" for tag in tags), rows, muted=True))
            if not lines:
                lines.append(value_label(self.tr("nothing noted"), rows, muted=True))
            rows.add_row(caption, lines)

    def edit(self) -> TopicsDialog | None:
        if self.data is None or self.contact_id is None:
            return None
        dialog = TopicsDialog(self.data.name, self.data.topics, self._save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, topics: Topics) -> None:
        if self.contact_id is None:
            return
        contact_id, library = self.contact_id, self.library
        before = contacts.set_topics(library, contact_id, topics)
        if before == topics:
            return
        push_done(
            self.undo_stack, self.tr("Edit needs and offers"), before,
            lambda old: contacts.set_topics(library, contact_id, old),
            lambda new: contacts.set_topics(library, contact_id, new),
            owner=self, after=lambda _v: self.announce(), report=self.statusMessage.emit,
        )  # fmt: skip
