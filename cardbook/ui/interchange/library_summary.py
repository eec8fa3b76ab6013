"""After File ▸ Import library…: what the library file added, table by table, and what this library already had."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cardbook.storage.upkeep.transfer_report import TransferReport
from cardbook.ui.common.room import text_size

_NUMBER = Qt.ItemDataRole.UserRole


def table_label(name: str) -> str:
    """What a table of the library holds, in the user's words (a table added later shows its own name)."""
    labels = {
        "contacts": QCoreApplication.translate("LibrarySummaryDialog", "Contacts"),
        "contact_emails": QCoreApplication.translate("LibrarySummaryDialog", "E-mail addresses"),
        "contact_phones": QCoreApplication.translate("LibrarySummaryDialog", "Phone numbers"),
        "contact_links": QCoreApplication.translate("LibrarySummaryDialog", "Websites and profiles"),
        "tags": QCoreApplication.translate("LibrarySummaryDialog", "Tags"),
        "contact_tags": QCoreApplication.translate("LibrarySummaryDialog", "Tags given to contacts"),
        "contact_topics": QCoreApplication.translate("LibrarySummaryDialog", "Needs and offers (tags)"),
        "images": QCoreApplication.translate("LibrarySummaryDialog", "Image files"),
        "card_images": QCoreApplication.translate("LibrarySummaryDialog", "Card images"),
        "contact_roles": QCoreApplication.translate("LibrarySummaryDialog", "Earlier roles"),
        "contact_sources": QCoreApplication.translate("LibrarySummaryDialog", "Original texts of imported contacts"),
        "networks": QCoreApplication.translate("LibrarySummaryDialog", "Networks"),
        "events": QCoreApplication.translate("LibrarySummaryDialog", "Events"),
        "encounters": QCoreApplication.translate("LibrarySummaryDialog", "Encounters and card exchanges"),
        "referrals": QCoreApplication.translate("LibrarySummaryDialog", "Referrals"),
        "follow_ups": QCoreApplication.translate("LibrarySummaryDialog", "Follow-ups"),
        "review_corrections": QCoreApplication.translate("LibrarySummaryDialog", "Corrections learned"),
        "settings": QCoreApplication.translate("LibrarySummaryDialog", "Library settings"),
    }
    return labels.get(name, name)


class LibrarySummaryDialog(QDialog):
    def __init__(self, report: TransferReport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library imported"))
        locale = QLocale()
        layout = QVBoxLayout(self)
        self.headline = QLabel(
            self.tr("From %1: %Ln new contact(s), %2 already in this library.", "", len(report.created_contacts))
            .replace("%1", file_name)
            .replace("%2", locale.toString(len(report.merged_contacts))),
            self,
        )
        self.headline.setObjectName("libraryHeadline")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        shown = [(name, figures) for name, figures in report.tables.items() if figures.added or figures.already]
        self.table = QTableWidget(len(shown), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Added"), self.tr("Already here")])
        self.table.setAccessibleName(self.tr("What the library file added, and what was already here"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, (name, figures) in enumerate(shown):
            self.table.setItem(row, 0, QTableWidgetItem(table_label(name)))
            for column, value in ((1, figures.added), (2, figures.already)):
                item = QTableWidgetItem(locale.toString(value))
                item.setData(_NUMBER, value)  # the number itself, for whoever reads the table
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.warnings: QPlainTextEdit | None = None
        if report.warnings:
            layout.addWidget(QLabel(self.tr("Left out or ignored:"), self))
            self.warnings = QPlainTextEdit("\n".join(report.warnings), self)
            self.warnings.setReadOnly(True)
            self.warnings.setAccessibleName(self.tr("What the library file held that was not imported, and why"))
            self.warnings.setMaximumHeight(120)
            layout.addWidget(self.warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(text_size(self, 72, 27))

    def figures(self) -> dict[str, tuple[int, int]]:
        """What the table shows: label -> (added, already here)."""
        found: dict[str, tuple[int, int]] = {}
        for row in range(self.table.rowCount()):
            label, added, already = (self.table.item(row, column) for column in range(3))
            assert label is not None and added is not None and already is not None
            found[label.text()] = (int(added.data(_NUMBER)), int(already.data(_NUMBER)))
        return found
