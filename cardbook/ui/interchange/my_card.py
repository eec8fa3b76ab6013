"""My card: the user's own profile, shown as a vCard QR code any phone camera turns into a contact, with a
full-screen mode for holding the laptop up at an event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.region_setting import get_default_region
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.interop.mycard import my_card_qr
from cardbook.interop.records import InterchangeError
from cardbook.interop.vcard_write import contact_vcard
from cardbook.ocr.region import default_region
from cardbook.storage.contacts.interchange import get_my_card, save_my_card
from cardbook.storage.contacts.records import ValidationError
from cardbook.storage.library import Library
from cardbook.ui.common.room import form_room, lines_high
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.validation import check_phone

QR_SIZE = 280


def _stored_card(library: Library) -> Contact | None:
    """The user's saved card (None: none yet, or one that cannot be read back). Runs on a worker thread."""
    try:
        return get_my_card(library)
    except InterchangeError:
        return None


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def qr_pixmap(png: bytes) -> QPixmap:
    """GUI thread only."""
    pixmap = QPixmap()
    pixmap.loadFromData(png, "PNG")
    return pixmap


class FullScreenCard(QDialog):
    """The QR code as large as the screen allows, black on white; Esc or F11 leaves."""

    def __init__(self, png: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My card"))
        self.setStyleSheet("background: white; color: black;")
        self._pixmap = qr_pixmap(png)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code of my card"))
        caption = QLabel(name, self)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("font-size: 28pt;")
        hint = QLabel(self.tr("Scan with a phone camera to add me · Esc leaves"), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code, 1)
        layout.addWidget(caption)
        layout.addWidget(hint)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.reject)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        side = max(1, min(self.width(), self.height() - 120))
        self.code.setPixmap(
            self._pixmap.scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )


class MyCardDialog(QDialog):
    saved = Signal()
    message = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.png: bytes | None = None
        self.payload = ""
        self.fullscreen: FullScreenCard | None = None
        self.setWindowTitle(self.tr("My card"))
        self.name = QLineEdit(self)
        self.title = QLineEdit(self)
        self.company = QLineEdit(self)
        self.emails = QPlainTextEdit(self)
        self.phones = QPlainTextEdit(self)
        self.websites = QPlainTextEdit(self)
        self.address = QPlainTextEdit(self)
        for box in (self.emails, self.phones, self.websites, self.address):
            box.setTabChangesFocus(True)
            box.setFixedHeight(lines_high(box, 2))  # two lines, then it scrolls: the dialog stays on screen
        form = QFormLayout()
        fields: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("&Name:"), self.name, self.tr("Name")),
            (self.tr("&Title:"), self.title, self.tr("Title")),
            (self.tr("&Company:"), self.company, self.tr("Company")),
            (self.tr("&Emails (one a line):"), self.emails, self.tr("Emails")),
            (self.tr("&Phones (one a line):"), self.phones, self.tr("Phones")),
            (self.tr("&Websites (one a line):"), self.websites, self.tr("Websites")),
            (self.tr("&Address:"), self.address, self.tr("Address")),
        )
        for text, edit, accessible in fields:
            edit.setAccessibleName(accessible)
            form.addRow(text, edit)
        form_room(form)  # an email of 35 characters shows whole, in the font of the day and in French
        self.code = QLabel(self)
        self.code.setFixedSize(QR_SIZE, QR_SIZE)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code of my card"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setMaximumWidth(QR_SIZE)
        self.full_button = QPushButton(self.tr("&Full screen (F11)"), self)
        self.full_button.clicked.connect(self.show_fullscreen)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.show_fullscreen)
        right = QVBoxLayout()
        right.addWidget(self.code)
        right.addWidget(self.problem)
        right.addWidget(self.full_button)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save my card (Ctrl+S)"))
        self.export_button = buttons.addButton(self.tr("E&xport as vCard…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export_vcard)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self._render_later = QTimer(self)
        self._render_later.setSingleShot(True)
        self._render_later.setInterval(250)
        self._render_later.timeout.connect(self.render_qr)
        for line in (self.name, self.title, self.company):
            line.textChanged.connect(self._render_later.start)
        for area in (self.emails, self.phones, self.websites, self.address):
            area.textChanged.connect(self._render_later.start)
        self._region = default_region()  # the library's default country once read: for numbers without "+"
        shared_runner().run((id(self), "region"), lambda: get_default_region(library), self._region_read, self)
        # The stored card is read in the background (no storage read on the GUI thread); the fields wait for it,
        # so nothing typed meanwhile is overwritten.
        self.loading = True
        self._set_fields_enabled(False)
        shared_runner().run((id(self), "card"), lambda: _stored_card(library), self._card_read, self)
        self.render_qr()

    def _set_fields_enabled(self, on: bool) -> None:
        for edit in (self.name, self.title, self.company, self.emails, self.phones, self.websites, self.address):
            edit.setEnabled(on)
        self.save_button.setEnabled(on)

    def _card_read(self, stored: object, error: BaseException | None) -> None:
        self.loading = False
        self._set_fields_enabled(True)
        if error is None and isinstance(stored, Contact):
            self.set_contact(stored)
        self.render_qr()
        self.name.setFocus()

    def _region_read(self, code: object, error: BaseException | None) -> None:
        if error is None and isinstance(code, str):
            self._region = code
            self.render_qr()

    def set_contact(self, contact: Contact) -> None:
        self.name.setText(contact.full_name)
        self.title.setText(contact.title or "")
        self.company.setText(contact.company or "")
        self.emails.setPlainText("\n".join(contact.emails))
        self.phones.setPlainText("\n".join(p.number for p in contact.phones))
        self.websites.setPlainText("\n".join([*contact.websites, *contact.social]))
        self.address.setPlainText(contact.address or "")

    def contact(self) -> Contact:
        phones = []
        for number in _lines(self.phones):
            check = check_phone(number, self._region)
            phones.append(Phone(number, check.e164, check.kind or PhoneKind.WORK))
        return Contact(
            full_name=self.name.text().strip(),
            title=self.title.text().strip() or None,
            company=self.company.text().strip() or None,
            emails=_lines(self.emails),
            phones=phones,
            websites=_lines(self.websites),
            address=self.address.toPlainText().strip() or None,
        )

    def render_qr(self) -> None:
        self._render_later.stop()
        try:
            qr = my_card_qr(self.contact())
        except InterchangeError as exc:
            self.png, self.payload = None, ""
            self.code.setPixmap(QPixmap())
            self.code.setText(self.tr("Fill in your name, an email or a phone number to get a QR code."))
            self.code.setWordWrap(True)
            self.problem.setText(str(exc) if self.name.text().strip() else "")
            self.full_button.setEnabled(False)
            return
        self.png, self.payload = qr.vcard.png, qr.vcard.payload
        self.code.setPixmap(
            qr_pixmap(qr.vcard.png).scaled(
                QR_SIZE, QR_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )
        self.problem.setText("")
        self.full_button.setEnabled(True)

    def save(self) -> bool:
        try:
            save_my_card(self.library, self.contact())
        except ValidationError as exc:
            self.problem.setText(str(exc))
            return False
        self.render_qr()
        self.message.emit(self.tr("Your card is saved."))
        self.saved.emit()
        return True

    def show_fullscreen(self) -> None:
        self.render_qr()
        if self.png is None:
            return
        self.fullscreen = FullScreenCard(self.png, self.contact().display_name, self)
        self.fullscreen.showFullScreen()

    def export_vcard(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export my card"), str(Path.home() / "my-card.vcf"), self.tr("vCard files (*.vcf)")
        )
        if path:
            self.write_vcard(Path(path))

    def write_vcard(self, path: Path) -> bool:
        try:
            path.write_bytes(contact_vcard(self.contact()))
        except OSError as exc:
            self.problem.setText(self.tr("Could not write %1: %2").replace("%1", path.name).replace("%2", str(exc)))
            return False
        self.message.emit(self.tr("Your card was written to %1.").replace("%1", str(path)))
        return True
