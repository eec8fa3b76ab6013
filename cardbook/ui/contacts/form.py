"""The contact form: every editable field of a contact, checked as it is typed (editing and card review).

It also remembers which field the user was last in, so that the review screen can put the text of a line
clicked on the card image into that field; and it marks the fields the reader was unsure of.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cardbook.app.learning import learned_fields
from cardbook.domain.contact import Contact, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.domain.person_names import parts_from_typed_family, split_name, typed_family
from cardbook.domain.scanned import FieldProposal
from cardbook.interop.addresses import address_line, postal_addresses, split_postal, with_addresses
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.line_start import show_start
from cardbook.ui.common.style import HALF, SPACING, caption_label, make_muted
from cardbook.ui.common.validation import check_email, check_website
from cardbook.ui.contacts.address_editor import AddressEditor, kind_box
from cardbook.ui.contacts.list_editor import ListEditor

LOW_CONFIDENCE = 0.6  # below this a field read from a card is flagged for checking

SINGLE = ("full_name", "title", "company", "department")
LISTS = ("emails", "phones", "websites", "social", "im")
_PROPOSAL_FIELD = {"name": "full_name"}  # the reader's field names -> the contact's


class FieldLabel(QWidget):
    """A field's label, with a warning icon and the word "check" when the reader was unsure of its value."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(HALF)
        self.label = QLabel(text, self)
        self.mark = QLabel(self)
        self.mark.setPixmap(icon(Icon.WARNING).pixmap(2 * SPACING, 2 * SPACING))
        self.flag = QLabel(self.tr("check"), self)
        self.learned = make_muted(QLabel(self.tr("from your earlier correction"), self))
        self.learned.setToolTip(self.tr("Proposed because you corrected a card like this one before."))
        row.addWidget(self.label)
        row.addWidget(self.mark)
        row.addWidget(self.flag)
        row.addWidget(self.learned)
        row.addStretch(1)
        self.set_doubtful(None)
        self.set_learned(False)

    def set_learned(self, learned: bool) -> None:
        """Say that the value was proposed from the user's own earlier corrections (cardbook.app.learning)."""
        self.learned.setVisible(learned)

    def set_doubtful(self, confidence: float | None) -> None:
        doubtful = confidence is not None and confidence < LOW_CONFIDENCE
        self.mark.setVisible(doubtful)
        self.flag.setVisible(doubtful)
        if doubtful and confidence is not None:
            tip = self.tr("Read with low confidence (%1%): check it against the card.")
            self.setToolTip(tip.replace("%1", str(round(confidence * 100))))
            self.setAccessibleDescription(self.toolTip())
        else:
            self.setToolTip("")


class ContactForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = Contact()
        self._last_editor: QWidget | None = None
        self.lines: dict[str, QLineEdit] = {}
        self.labels: dict[str, FieldLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(2 * SPACING)
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        titles = {
            "full_name": self.tr("&Name"),
            # Only when the split of the name is wrong ("Martin Pierre" whose family name is Martin): the list's
            # family-name order uses it (domain/person_names.py); the split shows as the hint otherwise.
            "family_name": self.tr("Fami&ly name"),
            "nickname": self.tr("Nic&kname"),
            "title": self.tr("&Title"),
            "company": self.tr("C&ompany"),
            "department": self.tr("&Department"),
            "birthday": self.tr("&Birthday"),
            "anniversary": self.tr("Anni&versary"),
        }
        for key, title in titles.items():
            edit = QLineEdit(self)
            edit.setObjectName(key)
            self.lines[key] = edit
            self._add(form, key, title, edit)
            edit.textChanged.connect(self.changed)
            edit.textEdited.connect(lambda _text, key=key: self.labels[key].set_learned(False))
        self.lines["full_name"].textChanged.connect(self._show_family_hint)
        for key in ("birthday", "anniversary"):  # kept as typed: a date without its year is a date too
            self.lines[key].setPlaceholderText(self.tr("1980-04-15, or --04-15 without the year"))
        self.emails = ListEditor(self.tr("Add an email"), self.tr("Email"), check_email, kinds=True, parent=self)
        self.phones = ListEditor(self.tr("Add a phone"), self.tr("Phone"), phone=True, parent=self)
        self.websites = ListEditor(self.tr("Add a website"), self.tr("Website"), check_website, parent=self)
        self.social = ListEditor(self.tr("Add a profile"), self.tr("Social profile"), parent=self)
        self._add(form, "emails", self.tr("Emails"), self.emails)
        self._add(form, "phones", self.tr("Phones"), self.phones)
        self.phone_region = caption_label("", self)
        self.phone_region.setObjectName("phoneRegion")
        self.phone_region.setWordWrap(True)
        self.phone_region.hide()
        form.addRow("", self.phone_region)
        self._add(form, "websites", self.tr("Websites"), self.websites)
        # The first address as the card printed it (the review puts a clicked line here), with its kind; the
        # others in their parts (an address book's export brings them).
        address_box = QWidget(self)
        address_row = QHBoxLayout(address_box)
        address_row.setContentsMargins(0, 0, 0, 0)
        address_row.setSpacing(HALF)
        self.address = QPlainTextEdit(address_box)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 2 * SPACING)
        self.address_kind = kind_box(address_box, self.tr("Kind of address"))
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.address_kind, 0, Qt.AlignmentFlag.AlignTop)
        self._add(form, "address", self.tr("&Address"), address_box)
        self.labels["address"].label.setBuddy(self.address)
        self.more_addresses = AddressEditor(self)
        self._add(form, "addresses", self.tr("More addresses"), self.more_addresses)
        self.labels["addresses"].label.setBuddy(self.more_addresses.add_button)
        self._add(form, "social", self.tr("Social"), self.social)
        self.im = ListEditor(self.tr("Add a messaging handle"), self.tr("Instant messaging"), parent=self)
        self._add(form, "im", self.tr("Messaging"), self.im)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Separated by commas: referrer, Lyon"))
        self._add(form, "tags", self.tr("Ta&gs"), self.tags)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 2 * SPACING)
        self._add(form, "notes", self.tr("N&otes"), self.notes)
        for editor in (self.emails, self.phones, self.websites, self.social, self.im):
            editor.changed.connect(self.changed)
        self.more_addresses.changed.connect(self.changed)
        self.address_kind.activated.connect(lambda _index: self.changed.emit())
        for plain in (self.address, self.notes):
            plain.textChanged.connect(self.changed)
        self.tags.textChanged.connect(self.changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _add(self, form: QFormLayout, key: str, title: str, field: QWidget) -> None:
        label = FieldLabel(title, self)
        label.label.setBuddy(field if not isinstance(field, ListEditor) else field.add_button)
        field.setAccessibleName(title.replace("&", ""))
        self.labels[key] = label
        form.addRow(label, field)

    def _show_family_hint(self, name: str) -> None:
        family = split_name(name).family
        self.lines["family_name"].setPlaceholderText(
            self.tr("%1 (from the name)").replace("%1", family) if family else ""
        )

    # ---- values ------------------------------------------------------------------------------------------

    def set_contact(self, contact: Contact) -> None:
        self._base = contact
        for key, edit in self.lines.items():
            edit.setText(getattr(contact, key) or "")
            show_start(edit)
        self.lines["family_name"].setText(typed_family(contact.full_name, contact.given_name, contact.family_name))
        self.emails.set_placed(contact.emails, contact.email_kinds)
        self.phones.set_phones(contact.phones)
        self.websites.set_values(contact.websites)
        self.social.set_values(contact.social)
        self.im.set_values(contact.im)
        self.address.setPlainText(contact.address or "")
        addresses = postal_addresses(contact)
        first = addresses[0] if addresses and contact.address else None
        self.address_kind.setCurrentIndex(max(self.address_kind.findData(first.kind if first else "work"), 0))
        self.more_addresses.set_addresses(addresses[1:] if first else addresses)
        self.tags.setText(", ".join(contact.tags))
        self.notes.setPlainText(contact.notes)
        self.set_proposals({})

    def contact(self) -> Contact:
        """The base contact (id, status, dates, and what the form does not show: further addresses, other
        names, instant messaging...) with what the form holds."""
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        full_name = self.lines["full_name"].text().strip()
        typed = self.lines["family_name"].text().strip()
        base_family = (self._base.family_name or "").strip()
        if typed and (full_name, typed) == (self._base.full_name, base_family):
            given, family = self._base.given_name, self._base.family_name  # as stored (typed, or a vCard's N)
        elif typed:
            given, family = parts_from_typed_family(full_name, typed)
        elif full_name == self._base.full_name and not typed_family(
            self._base.full_name, self._base.given_name, self._base.family_name
        ):
            given, family = self._base.given_name, self._base.family_name  # the split, as stored
        else:
            given = family = None  # filled from the name's split when saved (storage/convert.apply_contact)
        result = dataclasses.replace(
            self._base,
            full_name=full_name,
            nickname=self.lines["nickname"].text().strip() or None,
            birthday=self.lines["birthday"].text().strip() or None,
            anniversary=self.lines["anniversary"].text().strip() or None,
            title=self.lines["title"].text().strip() or None,
            company=self.lines["company"].text().strip() or None,
            department=self.lines["department"].text().strip() or None,
            emails=self.emails.values(),
            email_kinds=self.emails.places(),
            im=self.im.values(),
            phones=self.phones.phones(),
            websites=self.websites.values(),
            social=self.social.values(),
            address=self.address.toPlainText().strip() or None,
            tags=tags,
            notes=self.notes.toPlainText().rstrip(),
            given_name=given,
            family_name=family,
        )
        with_addresses(result, [*self._first_address(), *self.more_addresses.addresses()])
        return result

    def _first_address(self) -> list[PostalAddress]:
        """The address typed as a line, with its kind: its stored parts while the line is unchanged, else the
        line split when it splits cleanly (whole in the street otherwise)."""
        text = self.address.toPlainText().strip()
        if not text:
            return []
        kind = str(self.address_kind.currentData())
        stored = postal_addresses(self._base)
        if self._base.address and stored and address_line(stored[0]).strip() == text:
            return [dataclasses.replace(stored[0], kind=kind)]
        return [split_postal(text, kind)]

    def set_region(self, code: str | None, why: str = "") -> None:
        """Read national phone numbers in `code` (the card's country, else the user's) and say why under them."""
        self.phones.set_region(code)
        self.phone_region.setText(why)
        self.phone_region.setVisible(bool(why))

    def problems(self) -> list[str]:
        found = self.emails.problems() + self.phones.problems() + self.websites.problems()
        c = self.contact()
        if not (c.display_name or c.phones or c.websites):
            found.insert(0, self.tr("A contact needs at least a name, a company, an email or a phone number."))
        return found

    def first_problem_field(self) -> QWidget | None:
        """The first field `problems` complains about, in the order of the form (to put the cursor there)."""
        c = self.contact()
        if not (c.display_name or c.phones or c.websites):
            return self.lines["full_name"]
        for editor in (self.emails, self.phones, self.websites):
            for row in editor.rows:
                if not row.check().ok:
                    return row.edit
        return None

    # ---- drafts: the raw values, as typed (invalid ones too) -------------------------------------------------

    def field_values(self) -> dict[str, Any]:
        """What the fields hold, exactly as typed, as JSON-ready data (for a draft of unsaved changes)."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.lines.items()}
        for key in ("emails", "websites", "social"):
            editor: ListEditor = getattr(self, key)
            values[key] = [row.edit.text() for row in editor.rows]
        values["phones"] = [[row.edit.text(), row.phone_kind().value, row.phone_label()] for row in self.phones.rows]
        values["email_kinds"] = [row.place() for row in self.emails.rows]
        values["im"] = [row.edit.text() for row in self.im.rows]
        values["address_kind"] = str(self.address_kind.currentData())
        values["addresses"] = [dataclasses.asdict(a) for a in self.more_addresses.addresses()]
        values["address"] = self.address.toPlainText()
        values["tags"] = self.tags.text()
        values["notes"] = self.notes.toPlainText()
        return values

    def set_field_values(self, values: dict[str, Any]) -> None:
        """Put back what `field_values` returned; a value of the wrong kind (a damaged draft) is skipped."""

        def text(key: str) -> str | None:
            value = values.get(key)
            return value if isinstance(value, str) else None

        def texts(key: str) -> list[str] | None:
            value = values.get(key)
            if not isinstance(value, list):
                return None
            return [v for v in value if isinstance(v, str)]

        for key, edit in self.lines.items():
            if (value := text(key)) is not None:
                edit.setText(value)
        for key in ("emails", "websites", "social"):
            if (items := texts(key)) is not None:
                editor: ListEditor = getattr(self, key)
                editor.clear()
                for item in items:
                    editor.add_row(item)
        places = texts("email_kinds")
        if places is not None:
            for row, place in zip(self.emails.rows, places, strict=False):
                row.set_place(place)
        if (items := texts("im")) is not None:
            self.im.clear()
            for item in items:
                self.im.add_row(item)
        if (value := text("address_kind")) is not None:
            self.address_kind.setCurrentIndex(max(self.address_kind.findData(value), 0))
        saved = values.get("addresses")
        if isinstance(saved, list):
            fields = set(PostalAddress.__dataclass_fields__)
            self.more_addresses.set_addresses(
                [PostalAddress(**{k: v for k, v in a.items() if k in fields and isinstance(v, str)})
                 for a in saved if isinstance(a, dict)]
            )  # fmt: skip
        phones = values.get("phones")
        if isinstance(phones, list):
            kinds = {k.value: k for k in PhoneKind}
            self.phones.clear()
            for entry in phones:
                if isinstance(entry, list) and len(entry) in (2, 3) and isinstance(entry[0], str):
                    label = entry[2] if len(entry) == 3 and isinstance(entry[2], str) else ""
                    self.phones.add_row(entry[0], kinds.get(entry[1]) if isinstance(entry[1], str) else None, label)
        for plain, key in ((self.address, "address"), (self.notes, "notes")):
            if (value := text(key)) is not None:
                plain.setPlainText(value)
        if (value := text("tags")) is not None:
            self.tags.setText(value)

    def set_proposals(self, proposals: dict[str, list[FieldProposal]]) -> None:
        """Flag the fields the reader was unsure of (a list: its least sure value), and those it proposed from
        the user's earlier corrections."""
        confidence: dict[str, float] = {}
        for name, values in proposals.items():
            if values:
                confidence[_PROPOSAL_FIELD.get(name, name)] = min(p.confidence for p in values)
        learned = {_PROPOSAL_FIELD.get(name, name) for name in learned_fields(proposals)}
        for key, label in self.labels.items():
            label.set_doubtful(confidence.get(key))
            label.set_learned(key in learned)

    def doubtful_fields(self) -> list[str]:
        return [key for key, label in self.labels.items() if label.flag.isVisibleTo(self)]

    # ---- the field the user is in -------------------------------------------------------------------------

    def _editors(self) -> list[QWidget]:
        editors = (self.emails, self.phones, self.websites, self.social, self.im)
        lists = [e for editor in editors for e in editor.editors()]
        return [*self.lines.values(), *lists, self.address, *self.more_addresses.editors(), self.tags, self.notes]

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new in self._editors():
            self._last_editor = new

    def focus_first(self) -> None:
        self.lines["full_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def put_text(self, text: str) -> QWidget:
        """Put a line read on the card into the field the user was last in (the name when none yet): replace a
        one-line field, add a line to the address or the notes. Returns the field, focused again."""
        target = self._last_editor if self._last_editor in self._editors() else self.lines["full_name"]
        assert target is not None
        if isinstance(target, QLineEdit):
            target.setText(text)
        elif isinstance(target, QPlainTextEdit):
            current = target.toPlainText().rstrip()
            target.setPlainText(f"{current}\n{text}" if current else text)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target
