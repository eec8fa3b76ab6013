"""Edit ▸ Preferences…: the library's settings the user chooses — the country of phone numbers on cards (and in
contacts files) that name no country of their own, and the watched folder whose new photos are imported as they
arrive (ui/importing/folder_watch.py) — and this computer's choice of how names are sorted and shown
(ui/common/name_choices.py, kept with the window's settings rather than in the library).

The choice belongs to the library (``cardbook.app.region_setting``), so the window's imports, the review of a card
naming no country and the command line (``scan --import``, ``import``) all read the same one. It is read and
saved off the GUI thread (the runner), like every storage access of the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.region_setting import get_default_region, set_default_region
from cardbook.app.watching import set_watched_folder, watched_folder
from cardbook.domain.person_names import NameOrder
from cardbook.storage.library import Library
from cardbook.ui.common.countries import phone_countries
from cardbook.ui.common.name_choices import NameSort
from cardbook.ui.common.room import dialog_width
from cardbook.ui.common.services import AppServices
from cardbook.ui.common.style import SPACING, caption_label, make_muted
from cardbook.ui.contacts.phone_region import region_phrase
from cardbook.ui.importing.folder_watch import WindowFolderWatch


def _read_preferences(library: Library) -> tuple[str, Path | None]:
    """On a worker thread: the country and the watched folder."""
    return get_default_region(library), watched_folder(library)


class PreferencesDialog(QDialog):
    def __init__(
        self, services: AppServices, parent: QWidget | None = None, watch: WindowFolderWatch | None = None
    ) -> None:
        """`watch`: the window's watched folder, restarted on the folder chosen here (None: only stored)."""
        super().__init__(parent)
        self._services = services
        self._watch = watch
        self._stored_folder: Path | None = None  # as read from the library
        self._stored_region = ""
        self.folder: Path | None = None  # as chosen here
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
        self.folder_label = make_muted(QLabel(self))
        self.folder_label.setObjectName("watchedFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_folder = QPushButton(self.tr("C&hoose…"), self)
        self.choose_folder.setAccessibleName(self.tr("Choose the watched folder"))
        self.stop_folder = QPushButton(self.tr("&Stop"), self)
        self.stop_folder.setAccessibleName(self.tr("Stop watching the folder"))
        self.choose_folder.clicked.connect(self._choose_folder)
        self.stop_folder.clicked.connect(lambda: self.set_folder(None))
        for button in (self.choose_folder, self.stop_folder):
            button.setEnabled(False)  # until the library's choice is read
        folder_row = QHBoxLayout()
        folder_row.setSpacing(SPACING)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder)
        folder_row.addWidget(self.stop_folder)
        about_folder = caption_label(
            self.tr("New photos in this folder — the one your phone syncs its camera into, for instance — are "
            "imported as they arrive, each once, with the day's event, and wait for your review. Photos already "
            "there when you choose it are left alone."),
            self,
        )  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Your &country:"), self.country)
        form.addRow(about)  # each setting's explanation right under it, across the form
        form.setSpacing(SPACING)
        self.country.setToolTip(about.text())
        folder_caption = QLabel(self.tr("&Watched folder:"), self)
        folder_caption.setBuddy(self.choose_folder)
        form.addRow(folder_caption, folder_row)
        form.addRow(about_folder)
        self.name_sort = QComboBox(self)
        self.name_sort.setObjectName("nameSort")
        self.name_order = QComboBox(self)
        self.name_order.setObjectName("nameOrder")
        names = services.names
        if names is not None:  # a choice of this computer's user, kept with the window's settings
            self.name_sort.addItem(self.tr("First name"), NameSort.FIRST.value)
            self.name_sort.addItem(self.tr("Family name"), NameSort.FAMILY.value)
            self.name_order.addItem(self.tr("As written on the card"), NameOrder.AS_WRITTEN.value)
            self.name_order.addItem(self.tr("First name first (“Marie Dupont”)"), NameOrder.GIVEN_FIRST.value)
            self.name_order.addItem(self.tr("Family name first (“DUPONT Marie”)"), NameOrder.FAMILY_FIRST.value)
            self.name_sort.setCurrentIndex(self.name_sort.findData(names.sort.value))
            self.name_order.setCurrentIndex(self.name_order.findData(names.order.value))
            form.addRow(self.tr("Sort &people by:"), self.name_sort)
            form.addRow(self.tr("Show &names:"), self.name_order)
            about_names = caption_label(
                self.tr("The contact list and the card wall sort people by this name; a name printed “DUPONT "
                "Marie” is sorted under D by family name, under M by first name."),
                self,
            )  # fmt: skip
            form.addRow(about_names)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addSpacing(SPACING)
        column.addWidget(self.buttons)
        dialog_width(self, 72)  # the explanation wraps in lines of prose; never narrower than the folder row
        self.set_folder(None)
        library = services.library
        services.runner.run((id(self), "read"), lambda: _read_preferences(library), self._read, self)

    def _read(self, read: tuple[str, Path | None] | None, error: BaseException | None) -> None:
        if error is not None or read is None:
            self._services.status(self.tr("Could not read the preferences: %1").replace("%1", str(error)))
            return
        code, self._stored_folder = read
        self._stored_region = code
        self.country.setCurrentIndex(max(0, self.country.findData(code)))
        self.country.setEnabled(True)
        self.set_folder(self._stored_folder)
        self.choose_folder.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.country.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_folder(self, folder: Path | None) -> None:
        """The watched folder as chosen in the dialog (saved on OK)."""
        self.folder = folder
        self.folder_label.setText(str(folder) if folder is not None else self.tr("None"))
        self.stop_folder.setEnabled(folder is not None)

    def _choose_folder(self) -> None:
        start = str(self.folder) if self.folder is not None else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to watch"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def chosen_region(self) -> str:
        return str(self.country.currentData())

    def chosen_names(self) -> tuple[NameSort, NameOrder] | None:
        """The name sort and order chosen here (None: the dialog has no names' choice)."""
        if self._services.names is None:
            return None
        return NameSort(str(self.name_sort.currentData())), NameOrder(str(self.name_order.currentData()))

    def accept(self) -> None:
        """Save the choice in the library (off the GUI thread) and close; the status bar says what it does."""
        names = self.chosen_names()
        if names is not None and self._services.names is not None:  # the window's settings: no library write
            self._services.names.choose(sort=names[0], order=names[1])
        code, library, services = self.chosen_region(), self._services.library, self._services
        saved = self.tr("Numbers on cards that name no country will be read as %1.").replace("%1", region_phrase(code))
        failed = self.tr("Could not save the preferences: %1")

        folder, watch = self.folder, self._watch
        folder_changed = folder != self._stored_folder
        region_changed = code != self._stored_region

        def save() -> None:
            set_default_region(library, code)
            if folder_changed:
                set_watched_folder(library, folder)

        def done(_result: object, error: BaseException | None) -> None:
            services.status(failed.replace("%1", str(error)) if error is not None else saved)
            if error is not None or watch is None:
                return
            if folder_changed and folder is None:
                watch.stop()
            elif folder_changed and folder is not None:
                watch.start(folder)
            elif region_changed and watch.folder is not None:
                # Another country: the watch reopens to read the next photos with it (nothing is taken twice:
                # it remembers where it stopped).
                watch.start(watch.folder)

        services.runner.run(None, save, done)
        super().accept()


def show_preferences(
    services: AppServices, parent: QWidget, watch: WindowFolderWatch | None = None
) -> PreferencesDialog:
    """Open the dialog (window-modal, not blocking the event loop); it deletes itself once closed."""
    dialog = PreferencesDialog(services, parent, watch)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
