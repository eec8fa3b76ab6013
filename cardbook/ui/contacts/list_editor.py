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

from cardbook.domain.contact import EMAIL_KINDS, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.ocr.region import default_region
from cardbook.ui.common import labels
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.line_start import show_start
from cardbook.ui.common.style import HALF, SPACING, make_muted
from cardbook.ui.common.validation import Verdict, check_phone

Check = Callable[[str], Verdict]
# The finer kinds of phone the kind list offers beside the five kinds (Phone.label, as address books write them),
# each with the kind it goes with.
PHONE_LABELS = (("pager", PhoneKind.OTHER), ("main", PhoneKind.WORK), ("text", PhoneKind.MOBILE),
                ("car", PhoneKind.MOBILE), ("assistant", PhoneKind.WORK), ("home", PhoneKind.FAX))  # fmt: skip


def _phone_choice(kind: PhoneKind, label: str) -> str:
    """The kind list's data for a kind and finer kind: "mobile", "other:pager", "fax:home"."""
    return f"{kind.value}:{label}" if label else kind.value


def phone_kind_text(kind: PhoneKind, label: str) -> str:
    """ "mobile"; a finer kind in its own word ("pager", "main line"), but a home fax as "fax (home)"."""
    if not label:
        return labels.phone_kind_word(kind)
    if label == "home":
        return f"{labels.phone_kind_word(kind)} ({labels.phone_label_word(label)})"
    return labels.phone_label_word(label)


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

    def __init__(
        self, check: Check | None, phone: bool, accessible: str, parent: QWidget | None = None, *,
        kinds: bool = False,
    ) -> None:  # fmt: skip
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
            for label, kind in PHONE_LABELS:
                self.kind.addItem(phone_kind_text(kind, label), _phone_choice(kind, label))
            # As wide as the five kinds need: the longer finer kinds ("text messages") show in the open list,
            # and the number keeps its room.
            self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.kind.setMinimumContentsLength(max(len(labels.phone_kind_word(k)) for k in PhoneKind) + 1)
            self.kind.setCurrentIndex(list(PhoneKind).index(PhoneKind.OTHER))
            self.kind.activated.connect(self._kind_picked)
            line.addWidget(self.kind)
        elif kinds:  # whose e-mail it is: work (what a card prints), home, other
            self.kind = QComboBox(self)
            self.kind.setAccessibleName(self.tr("Kind of email"))
            for place in EMAIL_KINDS:
                self.kind.addItem(labels.place_kind_word(place), place)
            self.kind.activated.connect(lambda _index: self.changed.emit())
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

    def set_phone_kind(self, kind: PhoneKind, chosen: bool = True, label: str = "") -> None:
        if self.kind is None:
            return
        data = _phone_choice(kind, label)
        index = self.kind.findData(data)
        if index < 0:  # a finer kind the list does not offer (video, ISDN...): kept, and shown as it is
            self.kind.addItem(phone_kind_text(kind, label), data)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self._kind_chosen = chosen

    def place(self) -> str:
        """An e-mail row's kind ("work" when the row has no kind list)."""
        return str(self.kind.currentData()) if self.kind is not None and not self._phone else "work"

    def set_place(self, place: str) -> None:
        if self.kind is not None and (index := self.kind.findData(place)) >= 0:
            self.kind.setCurrentIndex(index)

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
                kind = phone_kind_text(*self._choice())
                verdict = Verdict(True, f"{result.e164} · {kind}")
        else:
            verdict = self._check(text) if self._check is not None else Verdict(True)
        self.verdict.show_verdict(verdict)
        return verdict

    def _choice(self) -> tuple[PhoneKind, str]:
        if self.kind is None or not self._phone:
            return PhoneKind.OTHER, ""
        kind, _colon, label = str(self.kind.currentData()).partition(":")
        return PhoneKind(kind), label

    def phone_kind(self) -> PhoneKind:
        return self._choice()[0]

    def phone_label(self) -> str:
        return self._choice()[1]

    def phone(self) -> Phone:
        text = self.edit.text().strip()
        kind, label = self._choice()
        return Phone(text, check_phone(text, self.region).e164, kind, label)


class ListEditor(QWidget):
    """Rows of values with an "Add" button; `values()` skips empty rows."""

    changed = Signal()

    def __init__(
        self, add_text: str, accessible: str, check: Check | None = None, *, phone: bool = False,
        kinds: bool = False, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._check = check
        self._phone = phone
        self._kinds = kinds
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

    def add_row(self, value: str, kind: PhoneKind | None = None, label: str = "", place: str = "") -> ValueRow:
        row = ValueRow(self._check, self._phone, self._accessible, self, kinds=self._kinds)
        row.region = self._region
        if kind is not None:  # before the text: the line under the number then names this kind, not a guess
            row.set_phone_kind(kind, label=label)
        if place:
            row.set_place(place)
        row.edit.setText(value)
        show_start(row.edit)
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
            self.add_row(phone.number, phone.kind, phone.label)

    def set_placed(self, values: list[str], places: dict[str, str]) -> None:
        """Values with their kind (`places`: lower-cased value -> "home" | "other"; absent: work)."""
        self.clear()
        for value in values:
            self.add_row(value, place=places.get(value.strip().casefold(), "work"))

    def places(self) -> dict[str, str]:
        """The rows' kinds other than work, keyed by lower-cased value (Contact.email_kinds)."""
        return {text.casefold(): row.place() for row in self.rows if (text := row.edit.text().strip()) and
                row.place() != "work"}  # fmt: skip

    def values(self) -> list[str]:
        return [text for row in self.rows if (text := row.edit.text().strip())]

    def phones(self) -> list[Phone]:
        return [row.phone() for row in self.rows if row.edit.text().strip()]

    def problems(self) -> list[str]:
        return [v.message for row in self.rows if not (v := row.check()).ok]

    def editors(self) -> list[QLineEdit]:
        return [row.edit for row in self.rows]
