"""Editing a list of values (emails, phones, websites, profiles): one row per value, each checked as it is typed.

A phone row also has its kind and shows the number as E.164 with what the number itself says it is; a
problem is shown under its row with an icon and words, never by colour alone. Phones are read in the editor's
region (`set_region`: the card's country in the review, the contact's card or the user's country in the pane),
so the same number gets the same verdict and the same stored E.164 wherever it is edited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from cardbook.domain.contact import Phone
from cardbook.domain.enums import PhoneKind
from cardbook.ocr.region import default_region
from cardbook.ui.common import labels
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import HALF, SPACING, make_muted
from cardbook.ui.common.validation import Verdict, check_phone

Check = Callable[[str], Verdict]


class VerdictLabel(QWidget):
    """An icon and a sentence under a field: an error, a warning, or a quiet confirmation (E.164)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(HALF)
        self.mark = QLabel(self)
        self.text = make_muted(QLabel(self))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.hide()

    def show_verdict(self, verdict: Verdict) -> None:
        if not verdict.message:
            self.hide()
            return
        symbol = Icon.ERROR if not verdict.ok else Icon.WARNING if verdict.warning else None
        self.mark.setVisible(symbol is not None)
        if symbol is not None:
            self.mark.setPixmap(icon(symbol).pixmap(2 * SPACING, 2 * SPACING))
        prefix = (
            "" if verdict.ok and not verdict.warning else (self.tr("Error: ") if not verdict.ok else self.tr("Check: "))
        )
        self.text.setText(prefix + verdict.message)
        self.show()


class ValueRow(QWidget):
    changed = Signal()
    removeRequested = Signal(object)  # the row

    def __init__(self, check: Check | None, phone: bool, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._phone = phone
        self._kind_chosen = False  # once the user picks a kind, the number no longer decides it
        self.region: str | None = None  # the country national numbers are read in (phones only)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible)
        self.kind: QComboBox | None = None
        line = QHBoxLayout()
        line.setSpacing(HALF)
        line.addWidget(self.edit, 1)
        if phone:
            self.kind = QComboBox(self)
            self.kind.setAccessibleName(self.tr("Kind of phone"))
            for kind in PhoneKind:
                self.kind.addItem(labels.phone_kind_word(kind), kind.value)
            self.kind.setCurrentIndex(list(PhoneKind).index(PhoneKind.OTHER))
            self.kind.activated.connect(self._kind_picked)
            line.addWidget(self.kind)
        remove = QToolButton(self)
        remove.setIcon(icon(Icon.REMOVE))
        remove.setAccessibleName(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this line"))
        remove.clicked.connect(lambda: self.removeRequested.emit(self))
        line.addWidget(remove)
        self.verdict = VerdictLabel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.verdict)
        self.edit.textChanged.connect(self._on_text)

    def _kind_picked(self) -> None:
        self._kind_chosen = True
        self.check()  # the line under the number names the kind
        self.changed.emit()

    def set_phone_kind(self, kind: PhoneKind, chosen: bool = True) -> None:
        if self.kind is not None:
            self.kind.setCurrentIndex(list(PhoneKind).index(kind))
            self._kind_chosen = chosen

    def _on_text(self) -> None:
        self.check()
        self.changed.emit()

    def check(self) -> Verdict:
        text = self.edit.text()
        if self._phone:
            result = check_phone(text, self.region)
            if result.kind is not None and not self._kind_chosen:
                self.set_phone_kind(result.kind, chosen=False)
            verdict = result.verdict
            if verdict.ok and not verdict.warning and result.e164:
                kind = labels.phone_kind_word(self.phone_kind())
                verdict = Verdict(True, f"{result.e164} · {kind}")
        else:
            verdict = self._check(text) if self._check is not None else Verdict(True)
        self.verdict.show_verdict(verdict)
        return verdict

    def phone_kind(self) -> PhoneKind:
        return PhoneKind(self.kind.currentData()) if self.kind is not None else PhoneKind.OTHER

    def phone(self) -> Phone:
        text = self.edit.text().strip()
        return Phone(text, check_phone(text, self.region).e164, self.phone_kind())


class ListEditor(QWidget):
    """Rows of values with an "Add" button; `values()` skips empty rows."""

    changed = Signal()

    def __init__(
        self, add_text: str, accessible: str, check: Check | None = None, *, phone: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._check = check
        self._phone = phone
        self._accessible = accessible
        self._region: str | None = default_region()  # until the form says which country (set_region)
        self.rows: list[ValueRow] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(HALF)
        self.add_button = QPushButton("+ " + add_text, self)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(lambda: self.add_row("").edit.setFocus())
        self._column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: str, kind: PhoneKind | None = None) -> ValueRow:
        row = ValueRow(self._check, self._phone, self._accessible, self)
        row.region = self._region
        if kind is not None:  # before the text: the line under the number then names this kind, not a guess
            row.set_phone_kind(kind)
        row.edit.setText(value)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self._remove)
        self._column.insertWidget(len(self.rows), row)
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].edit, row.edit)
        self.rows.append(row)
        self.changed.emit()
        return row

    @property
    def region(self) -> str | None:
        return self._region

    def set_region(self, code: str | None) -> None:
        """Read national phone numbers in `code` from now on, and check the rows again in it."""
        self._region = code.upper() if code else None
        for row in self.rows:
            row.region = self._region
            row.check()
        self.changed.emit()

    def _remove(self, row: ValueRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove(row)

    def set_values(self, values: list[str]) -> None:
        self.clear()
        for value in values:
            self.add_row(value)

    def set_phones(self, phones: list[Phone]) -> None:
        self.clear()
        for phone in phones:
            self.add_row(phone.number, phone.kind)

    def values(self) -> list[str]:
        return [text for row in self.rows if (text := row.edit.text().strip())]

    def phones(self) -> list[Phone]:
        return [row.phone() for row in self.rows if row.edit.text().strip()]

    def problems(self) -> list[str]:
        return [v.message for row in self.rows if not (v := row.check()).ok]

    def editors(self) -> list[QLineEdit]:
        return [row.edit for row in self.rows]
