"""File ▸ Export contacts…: the format, which contacts, one file or one per contact; then where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.contact_files import ExportFormat, ExportRequest


class ExportDialog(QDialog):
    def __init__(self, listed: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts"))
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("Format"))
        for fmt, text in (
            (ExportFormat.VCARD, self.tr("vCard (.vcf) — phones, Apple and Google contacts")),
            (ExportFormat.GOOGLE, self.tr("Google Contacts CSV")),
            (ExportFormat.OUTLOOK, self.tr("Outlook CSV")),
            (ExportFormat.SPREADSHEET, self.tr("Spreadsheet CSV, with the exchange history")),
        ):
            self.format_box.addItem(text, fmt)
        self.excel_fr = QCheckBox(self.tr("For &French Excel (“;” separator)"), self)
        # Outlook reads UTF-8 with a BOM (what it gets by default); an old one reads nothing but Windows-1252.
        self.encoding_box = QComboBox(self)
        self.encoding_box.setAccessibleName(self.tr("Encoding"))
        self.encoding_box.addItem(self.tr("UTF-8 (every alphabet)"), "utf-8")
        self.encoding_box.addItem(self.tr("Windows-1252 (older Outlook; Western European letters only)"), "cp1252")
        self.all_button = QRadioButton(self.tr("&All contacts (%1)").replace("%1", str(total)), self)
        self.listed_button = QRadioButton(self.tr("The &current list (%1)").replace("%1", str(listed)), self)
        self.all_button.setChecked(True)
        self.listed_button.setEnabled(listed > 0)
        self._which = QButtonGroup(self)
        self._which.addButton(self.all_button)
        self._which.addButton(self.listed_button)
        self.one_file = QRadioButton(self.tr("&One file"), self)
        self.per_contact = QRadioButton(self.tr("One file &per contact, in a folder"), self)
        self.one_file.setChecked(True)
        self._files = QButtonGroup(self)
        self._files.addButton(self.one_file)
        self._files.addButton(self.per_contact)
        self.history = QCheckBox(self.tr("Include the &meetings and referrals in the notes"), self)
        self.history.setChecked(True)
        self.photos = QCheckBox(self.tr("Include the card &images as photos"), self)
        self.photos.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow("", self.excel_fr)
        form.addRow(self.tr("E&ncoding:"), self.encoding_box)
        form.addRow(self.tr("Contacts:"), self.all_button)
        form.addRow("", self.listed_button)
        form.addRow(self.tr("Files:"), self.one_file)
        form.addRow("", self.per_contact)
        form.addRow(self.tr("Include:"), self.history)
        form.addRow("", self.photos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._update)
        self._update()

    def chosen_format(self) -> ExportFormat:
        fmt = self.format_box.currentData()
        assert isinstance(fmt, ExportFormat)
        return fmt

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def _update(self) -> None:
        fmt = self.chosen_format()
        self.excel_fr.setEnabled(fmt is ExportFormat.SPREADSHEET)
        self.encoding_box.setEnabled(fmt in (ExportFormat.GOOGLE, ExportFormat.OUTLOOK))
        if not self.encoding_box.isEnabled():
            self.encoding_box.setCurrentIndex(0)
        vcard = fmt is ExportFormat.VCARD
        self.per_contact.setEnabled(vcard)
        self.photos.setEnabled(vcard)
        if not vcard:
            self.one_file.setChecked(True)

    def request(self, target: Path, listed_ids: list[int] | None) -> ExportRequest:
        fmt = self.chosen_format()
        return ExportRequest(
            fmt,
            target,
            tuple(listed_ids) if self.listed_button.isChecked() and listed_ids is not None else None,
            per_contact=fmt is ExportFormat.VCARD and self.per_contact.isChecked(),
            excel_fr=fmt is ExportFormat.SPREADSHEET and self.excel_fr.isChecked(),
            with_history=self.history.isChecked(),
            with_photos=fmt is ExportFormat.VCARD and self.photos.isChecked(),
            encoding=str(self.encoding_box.currentData()) if self.encoding_box.isEnabled() else "utf-8",
        )

    def ask_target(self) -> Path | None:
        """The save dialog (a folder for one file per contact); None when cancelled."""
        fmt = self.chosen_format()
        if fmt is ExportFormat.VCARD and self.per_contact.isChecked():
            folder = QFileDialog.getExistingDirectory(self.parentWidget(), self.tr("Export into folder"))
            return Path(folder) if folder else None
        if fmt is ExportFormat.VCARD:
            name, pattern = "contacts.vcf", self.tr("vCard files (*.vcf)")
        else:
            name, pattern = "contacts.csv", self.tr("CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Export contacts"), str(Path.home() / name), pattern
        )
        return Path(path) if path else None
