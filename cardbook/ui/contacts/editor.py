"""The contact pane's edit mode: a heading, the form, what is wrong with it, Save and Cancel (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cardbook.domain.contact import Contact
from cardbook.ui.common.style import SPACING, heading_label
from cardbook.ui.common.validation import Verdict
from cardbook.ui.contacts.form import ContactForm
from cardbook.ui.contacts.list_editor import VerdictLabel


class ContactEditor(QWidget):
    saveRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.heading = heading_label("", self)
        self.form = ContactForm(self)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        inner_column = QVBoxLayout(inner)
        inner_column.setContentsMargins(0, 0, SPACING, 0)
        inner_column.addWidget(self.form)
        inner_column.addStretch(1)
        scroll.setWidget(inner)
        self.problem = VerdictLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save the contact (Ctrl+S)"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Forget the changes (Esc)"))
        self.buttons.accepted.connect(self.saveRequested)
        self.buttons.rejected.connect(self.cancelRequested)
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.saveRequested.emit),
            (Qt.Key.Key_Escape, self.cancelRequested.emit),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        hint = QLabel(self.tr("Ctrl+S saves · Esc cancels"), self)
        hint.setEnabled(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        column.setSpacing(SPACING)
        column.addWidget(self.heading)
        column.addWidget(scroll, 1)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        column.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)

    def start(self, contact: Contact) -> None:
        self.heading.setText(
            self.tr("Edit %1").replace("%1", contact.display_name) if contact.id else self.tr("New contact")
        )
        self.form.set_contact(contact)
        self.problem.hide()
        self.form.focus_first()

    def focus_field(self, field: QWidget) -> None:
        """Put the cursor in `field`, scrolled into view (the first field a problem is about)."""
        self.scroll_area.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[str]) -> None:
        if problems:
            self.problem.show_verdict(Verdict(False, " ".join(problems)))
        else:
            self.problem.hide()
