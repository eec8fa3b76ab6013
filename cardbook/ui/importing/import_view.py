"""The import page: a drop zone when idle; during and after a batch, its progress and one line per photo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import SPACING, caption_label, heading_label
from cardbook.ui.importing.import_model import ImportListModel


class ImportPage(QStackedWidget):
    def __init__(self, model: ImportListModel, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self.drop_zone = EmptyState(
            self.tr("Drop photos of business cards here"),
            self.tr(
                "Or press Ctrl+I to choose photos or scans (JPEG, PNG, HEIC, WebP, TIFF); a whole folder works too. "
                "Cardbook finds every card in each photo and reads it on this computer, while you keep working."
            ),
            symbol=Icon.IMPORT,
            actions=actions,
            parent=self,
        )
        batch = QWidget(self)
        self.heading = heading_label("", batch)
        self.caption = caption_label("", batch)
        self.progress = QProgressBar(batch)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setFormat(self.tr("%v of %m photos read"))
        self.cancel_button = QPushButton(icon(Icon.CANCEL), self.tr("Cancel"), batch)
        self.cancel_button.setToolTip(self.tr("Stop after the photos being read; the cards read so far are kept"))
        self.list = QListView(batch)
        self.list.setObjectName("importList")
        self.list.setAccessibleName(self.tr("Photos of this batch"))
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(2 * SPACING, 2 * SPACING))
        self.list.setSpacing(2)
        self.review_button = QPushButton(icon(Icon.REVIEW), "", batch)
        self.review_button.setDefault(True)
        self.more_button = QPushButton(icon(Icon.IMPORT), self.tr("Import more cards…"), batch)
        progress_row = QHBoxLayout()
        progress_row.setSpacing(SPACING)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        column = QVBoxLayout(batch)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        column.setSpacing(SPACING)
        column.addWidget(self.heading)
        column.addWidget(self.caption)
        column.addLayout(progress_row)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        self.batch = batch
        self.addWidget(self.drop_zone)
        self.addWidget(batch)
        self.set_review_count(0)

    def show_batch(self, title: str) -> None:
        self.heading.setText(title)
        self.setCurrentWidget(self.batch)

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.more_button.setEnabled(not running)

    def set_review_count(self, count: int) -> None:
        self.review_button.setText(self.tr("Review %Ln card(s)", "", count) + "  (Ctrl+R)")
        self.review_button.setEnabled(count > 0)
        self.review_button.setVisible(count > 0)

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
