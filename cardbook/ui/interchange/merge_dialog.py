"""Two contacts side by side, field by field: a choice for each single field, the lists united; then the merge,
undoable from snapshots of both contacts taken just before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.contact import Contact
from cardbook.storage.contacts import snapshots
from cardbook.storage.contacts.merge import merge_contacts
from cardbook.storage.contacts.records import get_contact
from cardbook.storage.library import Library
from cardbook.ui.common.room import text_size
from cardbook.ui.contacts.commands import storage_command

EMPTY = "—"


def _single(contact: Contact, choice: str) -> str:
    if choice == "name":
        return contact.full_name or " ".join(p for p in (contact.given_name, contact.family_name) if p)
    if choice == "status":
        return contact.status.value
    return str(getattr(contact, choice) or "")


def _lists(contact: Contact) -> dict[str, list[str]]:
    return {
        "emails": contact.emails,
        "phones": [p.number for p in contact.phones],
        "websites": [*contact.websites, *contact.social],
        "tags": contact.tags,
    }


class MergeDialog(QDialog):
    def __init__(self, keep: Contact, other: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep, self.other = keep, other
        self.setWindowTitle(self.tr("Merge contacts"))
        titles = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "company": self.tr("Company"),
            "department": self.tr("Department"),
            "address": self.tr("Address"),
            "status": self.tr("Status"),
        }
        list_titles = {
            "emails": self.tr("Emails"),
            "phones": self.tr("Phones"),
            "websites": self.tr("Websites"),
            "tags": self.tr("Tags"),
        }
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.addWidget(QLabel(self.tr("<b>Field</b>"), host), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Kept: %1</b>").replace("%1", keep.display_name or EMPTY), host), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Merged in: %1</b>").replace("%1", other.display_name or EMPTY), host), 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        row = 1
        for choice, title in titles.items():
            mine, theirs = _single(keep, choice), _single(other, choice)
            grid.addWidget(QLabel(title, host), row, 0)
            first = QRadioButton(mine or EMPTY, host)
            second = QRadioButton(theirs or EMPTY, host)
            for button, side in ((first, self.tr("kept")), (second, self.tr("merged in"))):
                button.setAccessibleName(f"{title} ({side})")
            group = QButtonGroup(self)
            group.addButton(first)
            group.addButton(second)
            (second if theirs and not mine else first).setChecked(True)
            same = mine.strip().casefold() == theirs.strip().casefold()
            first.setEnabled(not same and bool(mine))
            second.setEnabled(not same and bool(theirs))
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
            self.groups[choice] = group
            self.radios[choice] = (first, second)
            row += 1
        mine_lists, their_lists = _lists(keep), _lists(other)
        for key, title in list_titles.items():
            grid.addWidget(QLabel(self.tr("%1 (united)").replace("%1", title), host), row, 0)
            for column, values in ((1, mine_lists[key]), (2, their_lists[key])):
                label = QLabel("\n".join(values) or EMPTY, host)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, column)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        note = QLabel(
            self.tr(
                "Both contacts' encounters, cards, referrals, follow-ups and notes are kept. "
                "The merged-in contact is then removed; Edit ▸ Undo brings it back."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(text_size(self, 100, 28))

    def choose(self, choice: str, side: str) -> None:
        self.radios[choice][0 if side == "keep" else 1].setChecked(True)

    def choices(self) -> dict[str, str]:
        return {choice: "other" if self.radios[choice][1].isChecked() else "keep" for choice in self.radios}


def merge_with_undo(
    library: Library,
    stack: QUndoStack,
    keep_id: int,
    other_id: int,
    choices: dict[str, str],
    shown: Callable[[int | None], None],
    failed: Callable[[str], None],
) -> Contact:
    """Merge now (errors raise before anything is pushed), then push a command whose undo restores both; `shown`
    is the change notice, called now (with `keep_id`) and after each undo and redo."""
    before = snapshots.snapshot_contacts(library, [keep_id, other_id])
    merged = merge_contacts(library, keep_id, other_id, choices)

    def again() -> int | None:
        return merge_contacts(library, keep_id, other_id, choices).id

    def back() -> int | None:
        snapshots.restore_contacts(library, before, replace=True)
        return keep_id

    name = merged.display_name or f"#{keep_id}"
    text = QCoreApplication.translate("MergeDialog", "Merge into %1").replace("%1", name)
    stack.push(storage_command(text, again, back, shown, failed, done=keep_id))
    return merged


def load_pair(library: Library, keep_id: int, other_id: int) -> tuple[Contact, Contact]:
    return get_contact(library, keep_id), get_contact(library, other_id)
