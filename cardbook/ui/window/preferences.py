"""Edit ▸ Preferences…: the library's settings the user chooses — for now, the country of phone numbers on cards
(and in contacts files) that name no country of their own.

The choice belongs to the library (``cardbook.app.region_setting``), so the window's imports, the review of a card
naming no country and the command line (``scan --import``, ``import``) all read the same one. It is read and
saved off the GUI thread (the runner), like every storage access of the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from cardbook.app.region_setting import get_default_region, set_default_region
from cardbook.ui.common.countries import phone_countries
from cardbook.ui.common.room import chars_wide
from cardbook.ui.common.services import AppServices
from cardbook.ui.common.style import caption_label
from cardbook.ui.contacts.phone_region import region_phrase


class PreferencesDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Preferences"))
        self.country = QComboBox(self)
        self.country.setObjectName("defaultRegion")
        self.country.setAccessibleName(self.tr("Your country"))
        for code, _name in phone_countries():
            self.country.addItem(region_phrase(code), code)
        self.country.setEnabled(False)  # until the library's choice is read
        about = caption_label(
            self.tr("Phone numbers written without a country code (“02 99 12 34 56”) are read as numbers of this "
            "country when the card shows no country of its own (no +code, postcode, address or web domain "
            "from abroad). Contacts files imported afterwards use it too."),
            self,
        )  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Your &country:"), self.country)
        self.country.setToolTip(about.text())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(about)
        column.addWidget(self.buttons)
        self.setMinimumWidth(chars_wide(self, 72))  # the explanation wraps in lines of prose
        library = services.library
        services.runner.run((id(self), "read"), lambda: get_default_region(library), self._read, self)

    def _read(self, code: object, error: BaseException | None) -> None:
        if error is not None or not isinstance(code, str):
            self._services.status(self.tr("Could not read the preferences: %1").replace("%1", str(error)))
            return
        self.country.setCurrentIndex(max(0, self.country.findData(code)))
        self.country.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.country.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_region(self) -> str:
        return str(self.country.currentData())

    def accept(self) -> None:
        """Save the choice in the library (off the GUI thread) and close; the status bar says what it does."""
        code, library, services = self.chosen_region(), self._services.library, self._services
        saved = self.tr("Numbers on cards that name no country will be read as %1.").replace("%1", region_phrase(code))
        failed = self.tr("Could not save the preferences: %1")

        def done(_result: object, error: BaseException | None) -> None:
            services.status(failed.replace("%1", str(error)) if error is not None else saved)

        services.runner.run(None, lambda: set_default_region(library, code), done)
        super().accept()


def show_preferences(services: AppServices, parent: QWidget) -> PreferencesDialog:
    """Open the dialog (window-modal, not blocking the event loop); it deletes itself once closed."""
    dialog = PreferencesDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
