"""Small widgets the ledger's dialogs and sections share: an optional date, an amount, an inline error, a form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app import figures_text
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.ui.common.flow_layout import FlowLayout
from cardbook.ui.common.formatting import qdate
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.room import dialog_width, form_room
from cardbook.ui.common.style import HALF, SPACING, caption_label, heading_label
from cardbook.ui.common.table_page import configure_table
from cardbook.ui.ledger.words import t

MAX_AMOUNT = 100_000_000.0


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget | None = None, value: dt.date | None = None) -> QDateEdit:
    """A date with a calendar popup, in the locale's short format."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # four-digit years: "12/11/2024", never "12/11/24"
    edit.setDisplayFormat(pattern)
    edit.setDate(qdate(value or dt.date.today()))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out. Either "☐ Member since [date]" (the box says what the date is and must be
    ticked for it to count) or, with `unknown_text`, "[date] ☐ No date" (a date by default, ticked to leave it out).
    """

    changed = Signal()

    def __init__(
        self, text: str, value: dt.date | None = None, parent: QWidget | None = None, *, unknown_text: str = ""
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        self._inverted = bool(unknown_text)
        self.check = QCheckBox(unknown_text or text, self)
        self.edit = date_edit(self, value)
        self.edit.setAccessibleName(text)
        if self._inverted:
            row.addWidget(self.edit)
            row.addWidget(self.check)
        else:
            row.addWidget(self.check)
            row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(lambda _on: self.edit.setEnabled(self._has_date()))
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(value)
        self.setFocusProxy(self.edit if self._inverted else self.check)

    def _has_date(self) -> bool:
        return self.check.isChecked() != self._inverted

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked((value is not None) != self._inverted)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(qdate(value))

    def value(self) -> dt.date | None:
        return pydate(self.edit.date()) if self._has_date() else None


class AmountBox(QDoubleSpinBox):
    """An amount in the library's currency (storage/settings.currency: typed in it, shown in it everywhere), its
    symbol placed the interface's way; its lowest value reads "none" (free, or not known)."""

    def __init__(
        self, none_text: str, value: float | None = None, parent: QWidget | None = None, *, currency: str = "EUR"
    ) -> None:
        super().__init__(parent)
        locale = QLocale()
        self.setLocale(locale)
        self.setRange(0.0, MAX_AMOUNT)
        self.setDecimals(2)
        self.setSingleStep(10.0)
        self.setGroupSeparatorShown(True)
        self.setSpecialValueText(none_text)
        symbol = figures_text.SYMBOLS.get(currency.upper(), currency.upper())
        if locale.toCurrencyString(1.0, symbol).startswith(symbol) or locale.language() == QLocale.Language.C:
            self.setPrefix(symbol + ("" if len(symbol) == 1 else " "))
        else:
            self.setSuffix("\u00a0" + symbol)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setValue(value or 0.0)

    def amount(self) -> float | None:
        return self.value() or None


class ErrorLabel(QLabel):
    """An inline message under a form: a warning icon and words, hidden while there is nothing wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("formError")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class FormDialog(QDialog):
    """A dialog with a form, an inline error line and OK/Cancel. OK calls `submit`; the dialog closes only when
    it returns without raising, and an error from the storage layer is shown in words under the form."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        column.setSpacing(SPACING)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(2 * SPACING)
        self.form.setVerticalSpacing(SPACING)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(self.form)
        self.error = ErrorLabel(self)
        column.addWidget(self.error)
        column.addSpacing(HALF)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.submit: Callable[[], object] | None = None
        self._given_room = False

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, every line and text field of the form, however the subclass filled it, gets room
        for text in the font of the day (ui/common/room.py), and the dialog takes the size that asks for."""
        if not self._given_room:
            self._given_room = True
            form_room(self.form)
            dialog_width(self, 0)  # a subclass's minimum width, if any, widened to what the fields now need
            self.adjustSize()
        super().showEvent(event)

    def ok_button_text(self, text: str) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setText(text)

    def check(self) -> str | None:
        """Subclasses: the first problem with what was typed, in words, or None."""
        return None

    def accept(self) -> None:
        problem = self.check()
        if problem is None and self.submit is not None:
            try:
                self.submit()
            except (ValidationError, NotFoundError) as exc:
                problem = str(exc)
        if problem is not None:
            self.error.show_error(problem)
            self.adjustSize()
            return
        self.error.clear_error()
        super().accept()


def tool_button(action: QAction, parent: QWidget, *, text_beside: bool = True) -> QToolButton:
    """A flat button for an action; its accessible name is the action's words even when only the icon shows."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setAutoRaise(False)
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text_beside else Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def page_column(
    page: QWidget, heading: str, caption: str, actions: list[QAction]
) -> tuple[QVBoxLayout, FlowLayout, list[QToolButton]]:
    """The top of a ledger list page (Events, Networks): margins, heading, caption and a bar of buttons for
    `actions`. Returns the page's column, the bar (still open: the caller may add to it, then adds it) and the
    buttons, in the order of `actions`. The bar wraps rather than widen the page (and so the window)."""
    column = QVBoxLayout(page)
    column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, SPACING)
    column.setSpacing(SPACING)
    column.addWidget(heading_label(heading, page))
    column.addWidget(caption_label(caption, page))
    bar = FlowLayout(spacing=HALF)
    buttons = [tool_button(action, page) for action in actions]
    for button in buttons:
        bar.addWidget(button)
    return column, bar, buttons


def list_table(
    table: QTableView,
    model: QAbstractItemModel,
    name: str,
    menu: Callable[[QPoint], object],
    activated: Callable[[], object],
    current_changed: Callable[[], object],
) -> None:
    """A ledger page's list (events, networks, prescribers, introductions): its model, its accessible name, the
    look of every table, a context menu, Enter or a double-click to open a row, and the page's actions told when
    the current row changes."""
    table.setModel(model)
    table.setAccessibleName(name)
    configure_table(table)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(menu)
    table.activated.connect(lambda _index: activated())
    table.selectionModel().currentRowChanged.connect(lambda *_: current_changed())


def row_menu(
    parent: QWidget, table: QTableView, pos: QPoint, row_actions: list[QAction], delete: QAction, new: QAction
) -> None:
    """A list page's context menu: what applies to the chosen row (when one is), its deletion, then "New…"."""
    menu = QMenu(parent)
    if table.currentIndex().isValid():
        menu.addActions(row_actions)
        menu.addSeparator()
        menu.addAction(delete)
        menu.addSeparator()
    menu.addAction(new)
    menu.popup(table.viewport().mapToGlobal(pos))


def make_action(
    parent: QWidget,
    text: str,
    *,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    symbol: Icon | None = None,
    tip: str = "",
    slot: Callable[[], object] | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action of `parent`, its shortcut shown in its tooltip and in context menus.

    Shortcuts are active while focus is inside `parent` by default; a page passes WindowShortcut for its main
    commands, which then work wherever the focus is while the page is shown (a hidden page's do not)."""
    action = QAction(text, parent)
    if symbol is not None:
        action.setIcon(icon(symbol))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        action.setShortcutVisibleInContextMenu(True)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    words = tip or text.replace("&", "").rstrip("…")
    action.setToolTip(f"{words} ({keys})" if keys else words)
    action.setStatusTip(words)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


__all__ = [
    "AmountBox",
    "ErrorLabel",
    "FormDialog",
    "OptionalDate",
    "date_edit",
    "list_table",
    "make_action",
    "pydate",
    "t",
]
