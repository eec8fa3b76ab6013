"""After File ▸ Import contacts…: what came in, what was skipped and why, and the possible duplicates to review."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.contact_files import ImportOutcome
from cardbook.storage.contacts.interchange import PossibleDuplicate
from cardbook.ui.common.room import text_size
from cardbook.ui.interchange.jobs import not_imported_lines, notice_lines


class ImportSummaryDialog(QDialog):
    reviewRequested = Signal(int, int)  # the existing contact (kept), the new one

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contacts imported"))
        self.outcome = outcome
        layout = QVBoxLayout(self)
        self.headline = QLabel(
            self.tr("Imported %Ln contact(s), skipped %1.", "", outcome.imported).replace(
                "%1", QLocale().toString(len(outcome.skipped))
            ),
            self,
        )
        self.headline.setObjectName("importHeadline")
        layout.addWidget(self.headline)
        problems = not_imported_lines(outcome)
        if problems:
            layout.addWidget(QLabel(self.tr("Not imported:"), self))
            self.problems = QPlainTextEdit("\n".join(problems), self)
            self.problems.setReadOnly(True)
            self.problems.setAccessibleName(self.tr("Cards not imported and why"))
            self.problems.setMaximumHeight(120)
            layout.addWidget(self.problems)
        notices = notice_lines(outcome)
        if notices:
            layout.addWidget(QLabel(self.tr("Imported, with a remark:"), self))
            self.notices = QPlainTextEdit("\n".join(notices), self)
            self.notices.setReadOnly(True)
            self.notices.setAccessibleName(self.tr("Remarks on the files imported"))
            self.notices.setMaximumHeight(120)
            layout.addWidget(self.notices)
        self.review_buttons: list[QPushButton] = []
        if outcome.duplicates:
            layout.addWidget(
                QLabel(self.tr("Possible duplicates (%1):").replace("%1", str(len(outcome.duplicates))), self)
            )
            grid_host = QWidget(self)
            grid = QGridLayout(grid_host)
            for row, duplicate in enumerate(outcome.duplicates):
                text = (
                    self.tr("%1 may be %2 — %3")
                    .replace("%1", duplicate.new_name)
                    .replace("%2", duplicate.existing_name)
                    .replace("%3", duplicate.reason)
                )
                label = QLabel(text, grid_host)
                label.setWordWrap(True)
                grid.addWidget(label, row, 0)
                button = QPushButton(self.tr("Review"), grid_host)
                button.setAccessibleName(self.tr("Review %1").replace("%1", duplicate.new_name))
                button.clicked.connect(lambda _checked=False, d=duplicate: self._review(d))
                grid.addWidget(button, row, 1)
                self.review_buttons.append(button)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(grid_host)
            layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(text_size(self, 78, 12 if not outcome.duplicates else 24))

    def _review(self, duplicate: PossibleDuplicate) -> None:
        self.reviewRequested.emit(duplicate.existing_id, duplicate.new_id)
