"""The right-hand pane: one person's card details and the relationship (read-only), then the exchange ledger's
sections (encounters and their exchange tags, referrals, follow-ups, strength, timeline), which edit in place.

The ledger is built by `ledger_factory` (set by the main window, with the library and the window's undo stack);
its changes go to the window's one change notice (the factory hands it `services.changed`), its messages come
out as `statusMessage`."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.contact import Contact
from cardbook.domain.enums import CardSide, ContactStatus
from cardbook.domain.exchange import MeetingStats
from cardbook.interop.addresses import address_line, postal_addresses
from cardbook.ui.common import labels
from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.formatting import address_book_date, medium_date
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.pane_parts import Banner, ChipRow, FieldGrid, Section, value_label
from cardbook.ui.common.style import HALF, SPACING, scaled_font
from cardbook.ui.contacts.details import ContactDetails
from cardbook.ui.contacts.editor import ContactEditor
from cardbook.ui.contacts.list_editor import phone_kind_text
from cardbook.ui.ledger import ContactLedger

CARD_IMAGE_MAX_HEIGHT = 30 * SPACING  # a landscape card at full width is about 29 spacings high
CARD_IMAGE_BOX = QSize(45 * SPACING, CARD_IMAGE_MAX_HEIGHT)  # the most a picture at the top takes: decoded to it


class ContactPane(QStackedWidget):
    statusMessage = Signal(str)
    shown = Signal()  # the pane shows something else: a prompt, a contact, the editor

    def __init__(
        self,
        import_action: QAction | None = None,
        parent: QWidget | None = None,
        contact_actions: list[QAction] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Contact details"))
        self.contact_actions = contact_actions or []  # edit, accept, delete: buttons above the details
        actions = [import_action] if import_action is not None else []
        self.empty = EmptyState("", symbol=None, actions=actions, parent=self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.editor = ContactEditor(self)
        self.addWidget(self.empty)
        self.addWidget(self.scroll_area)
        self.addWidget(self.editor)
        self.contact_id: int | None = None
        self.details: ContactDetails | None = None  # what the pane shows of its contact, as read
        self.card_images: QWidget | None = None  # the card's pictures (front, back), set when they have loaded
        self.picture_labels: list[QLabel] = []
        self.picture_captions: list[QLabel] = []  # "Front", "Back": when both sides are shown
        self.relationship: Section | None = None
        self.ledger_factory: Callable[[QWidget], ContactLedger] | None = None
        self.ledger: ContactLedger | None = None
        self.show_prompt()

    # ---- states ------------------------------------------------------------------------------------------

    def _show_empty(self, title: str, body: str) -> None:
        self.contact_id = None
        self.details = None
        self.empty.set_text(title, body)
        self.setCurrentWidget(self.empty)
        self.shown.emit()

    def show_prompt(self) -> None:
        self._show_empty(
            self.tr("No contact selected"),
            self.tr("Select a contact, or drop photos of business cards here (Ctrl+I)."),
        )

    def show_empty_library(self) -> None:
        self._show_empty(
            self.tr("Your library is empty"),
            self.tr(
                "Import photos of business cards (Ctrl+I) to fill it. To look around first, run "
                "<b>cardbook demo</b> in a terminal: it adds sample contacts, events and networks."
            ),
        )

    def show_missing(self, contact_id: int) -> None:
        self._show_empty(
            self.tr("No contact with number %1").replace("%1", str(contact_id)),
            self.tr("It may have been deleted. Pick someone in the list."),
        )

    def show_loading(self) -> None:
        """A contact is being read and takes a moment (the list's choice already moved on)."""
        self._show_empty(self.tr("Loading…"), "")

    def show_details(self, details: ContactDetails) -> None:
        self.contact_id = details.contact.id
        self.details = details
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(self._build(details))
        self.scroll_area.verticalScrollBar().setValue(0)
        self.setCurrentWidget(self.scroll_area)
        self.shown.emit()

    def show_editor(self, contact: Contact) -> None:
        self.contact_id = contact.id
        self.setCurrentWidget(self.editor)
        self.editor.start(contact)
        self.shown.emit()

    def is_editing(self) -> bool:
        return self.currentWidget() is self.editor

    # ---- layout ------------------------------------------------------------------------------------------

    def _build(self, d: ContactDetails) -> QWidget:
        page = QWidget()
        page.setObjectName("contactPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        column.setSpacing(SPACING)
        if self.contact_actions:
            column.addLayout(self._buttons(page))
        self.card_images = QWidget(page)  # holds one strip of pictures, replaced whole when they change
        self.card_images.setObjectName("cardImages")
        self.picture_labels, self.picture_captions = [], []
        holder = QVBoxLayout(self.card_images)
        holder.setContentsMargins(0, 0, 0, 0)
        self.card_images.hide()
        column.addWidget(self.card_images)
        self._add_header(column, page, d)
        self.relationship = self._relationship(page, d.stats)
        column.addWidget(self.relationship)
        reach = self._reach(page, d)
        if reach is not None:
            column.addWidget(reach)
        if d.contact.tags or d.contact.notes.strip():
            column.addWidget(self._notes(page, d))
        self.ledger = None
        if self.ledger_factory is not None and d.contact.id is not None:
            self.ledger = self.ledger_factory(page)
            self.ledger.statusMessage.connect(self.statusMessage)
            self.ledger.show_contact(d.contact.id)
            column.addWidget(self.ledger)
        column.addStretch(1)
        return page

    def reload_ledger(self, stats: MeetingStats) -> None:
        """After a ledger change made elsewhere (an undo, an event's page): the sections and the relationship."""
        if self.ledger is None or self.currentWidget() is not self.scroll_area:
            return
        self.ledger.reload()
        self.update_relationship(stats)

    def update_relationship(self, stats: MeetingStats) -> None:
        """Rebuild the relationship section alone, in place (the pane keeps its scroll position and focus)."""
        page = self.scroll_area.widget()
        old = self.relationship
        column = page.layout() if page is not None else None
        if page is None or old is None or column is None:
            return
        self.relationship = self._relationship(page, stats)
        column.replaceWidget(old, self.relationship)
        old.deleteLater()

    def set_card_images(self, contact_id: int, pictures: list[tuple[CardSide, QImage]]) -> None:
        """Show the straightened card above the name (when the pane still shows that contact): one picture per
        distinct image (ui/common/card_pictures.py chose them), the front and the back side by side, each with
        a small caption when there are both."""
        holder = self.card_images
        shown = [(side, image) for side, image in pictures if not image.isNull()]
        if contact_id != self.contact_id or holder is None or not shown:
            return
        for old in holder.findChildren(QWidget, "cardStrip", Qt.FindChildOption.FindDirectChildrenOnly):
            old.hide()
            old.deleteLater()
        box = QWidget(holder)
        box.setObjectName("cardStrip")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        self.picture_labels, self.picture_captions = [], []
        width = max(min(CARD_IMAGE_BOX.width(), self.scroll_area.viewport().width() - 4 * SPACING), 10 * SPACING)
        each = (width - (len(shown) - 1) * SPACING) // len(shown)
        captioned = len(shown) > 1
        caption_height = box.fontMetrics().height() + HALF if captioned else 0
        for side, image in shown:
            # A landscape card fills its width; a portrait one (or a whole photo) is capped in height, so that
            # the name and details stay in view under it.
            pixmap = QPixmap.fromImage(image).scaled(
                QSize(each, CARD_IMAGE_MAX_HEIGHT - caption_height),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            label = QLabel(box)
            label.setObjectName("cardImage")
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            self.picture_labels.append(label)
            if not captioned:
                label.setAccessibleName(self.tr("Photo of the card"))
                row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
                continue
            front = side is CardSide.FRONT
            label.setAccessibleName(self.tr("Front of the card") if front else self.tr("Back of the card"))
            caption = value_label(self.tr("Front") if front else self.tr("Back"), box, muted=True)
            caption.setObjectName("cardSide")
            self.picture_captions.append(caption)
            one = QVBoxLayout()
            one.setSpacing(HALF)
            one.addWidget(label)
            one.addWidget(caption)
            one.addStretch(1)
            row.addLayout(one)
        row.addStretch(1)
        outer = holder.layout()
        assert outer is not None
        outer.addWidget(box)
        holder.show()

    def _buttons(self, page: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(HALF)
        row.addStretch(1)
        for action in self.contact_actions:
            if not action.isVisible():  # Review and Accept: for a card awaiting review only
                continue
            button = QToolButton(page)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.iconText())
            row.addWidget(button)
        return row

    def _add_header(self, column: QVBoxLayout, page: QWidget, d: ContactDetails) -> None:
        c = d.contact
        name = value_label(c.display_name or self.tr("(no name)"), page)
        name.setFont(scaled_font(name, 1.6, bold=True))
        name.setObjectName("contactName")
        column.addWidget(name)
        subtitle = " · ".join(p for p in (c.title, c.company) if p)
        if subtitle:
            line = value_label(subtitle, page)
            line.setFont(scaled_font(line, 1.1))
            column.addWidget(line)
        if c.department:
            column.addWidget(value_label(c.department, page, muted=True))
        if c.status is ContactStatus.AWAITING_REVIEW:
            column.addSpacing(HALF)
            text = self.tr("Awaiting review: this card was read automatically. Check its fields before relying on it.")
            column.addWidget(Banner(text, Icon.WARNING, page))

    def _relationship(self, page: QWidget, stats: MeetingStats) -> Section:
        section = Section(self.tr("Relationship"), page)
        if stats.count == 0:
            met = self.tr("Never met in person yet.")
        else:
            met = self.tr("Met %Ln time(s)", "", stats.count)
            if stats.first_met and stats.first_met != stats.last_met:
                met += " · " + self.tr("first %1").replace("%1", medium_date(stats.first_met))
            if stats.last_met:
                met += " · " + self.tr("last %1").replace("%1", medium_date(stats.last_met))
        section.body.addWidget(value_label(met, page))
        exchange = value_label(
            f"{labels.reciprocity_text(stats.reciprocity)} — {labels.reciprocity_explanation(stats.reciprocity)}", page
        )
        exchange.setObjectName("exchangeSummary")
        section.body.addWidget(exchange)
        return section

    def _reach(self, page: QWidget, d: ContactDetails) -> Section | None:
        c = d.contact
        grid = FieldGrid(page)
        if c.nickname:
            grid.add_row(self.tr("Nickname"), value_label(c.nickname, page))
        for email in c.emails:
            link = f'<a href="mailto:{escape(email, quote=True)}">{escape(email)}</a>'
            kind = c.email_kinds.get(email.strip().casefold())
            if kind:  # a card prints work addresses: only the others say whose they are
                link += " " + escape(f"({labels.place_kind_word(kind)})")
            grid.add_row(self.tr("Email"), value_label(link, page, rich=True))
        for phone in c.phones:
            text = f"{phone.number} ({phone_kind_text(phone.kind, phone.label)})"
            grid.add_row(self.tr("Phone"), value_label(text, page))
        for site in c.websites:
            grid.add_row(self.tr("Website"), value_label(site, page))
        addresses = postal_addresses(c)
        for address in addresses:
            line = address_line(address)
            if len(addresses) > 1 or address.kind != "work":
                line += f" ({labels.place_kind_word(address.kind)})"
            grid.add_row(self.tr("Address"), value_label(line, page))
        for profile in c.social:
            grid.add_row(self.tr("Social"), value_label(profile, page))
        for handle in c.im:
            grid.add_row(self.tr("Messaging"), value_label(handle, page))
        if c.birthday:
            grid.add_row(self.tr("Birthday"), value_label(address_book_date(c.birthday), page))
        if c.anniversary:
            grid.add_row(self.tr("Anniversary"), value_label(address_book_date(c.anniversary), page))
        if grid.is_empty():
            return None
        section = Section(self.tr("Contact"), page)
        section.body.addWidget(grid)
        return section

    def _notes(self, page: QWidget, d: ContactDetails) -> Section:
        section = Section(self.tr("Notes and tags"), page)
        if d.contact.tags:
            section.body.addWidget(ChipRow(d.contact.tags, page))
        if d.contact.notes.strip():
            section.body.addWidget(value_label(d.contact.notes.strip(), page))
        return section
