"""The window sorts people by first or family name and shows their names as written, "Jean Dupont" or
"DUPONT Jean": from the Names menu above the list and from Preferences, remembered in the window's settings,
for the list and the wall alike (ui/common/name_choices.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from cardbook.domain.contact import Contact
from cardbook.domain.person_names import NameOrder
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.library import Library
from cardbook.ui.common.name_choices import NameChoices, NameSort
from cardbook.ui.contacts.table_model import Column
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.preferences import PreferencesDialog
from tests.ui.conftest import open_window
from tests.ui.helpers import list_names, settle

PEOPLE = ["Marie Martin", "DUPONT Jean", "Zoé ABADIE", "Luc Berger", "Ana da Silva"]
# with the shop, sorted by its name in both orders
BY_FIRST = ["Ana da Silva", "Boulangerie Ange", "DUPONT Jean", "Luc Berger", "Marie Martin", "Zoé ABADIE"]
BY_FAMILY = ["Zoé ABADIE", "Luc Berger", "Boulangerie Ange", "Ana da Silva", "DUPONT Jean", "Marie Martin"]
FAMILY_FIRST = ["ABADIE Zoé", "BERGER Luc", "Boulangerie Ange", "DA SILVA Ana", "DUPONT Jean", "MARTIN Marie"]
GIVEN_FIRST = ["Zoé Abadie", "Luc Berger", "Boulangerie Ange", "Ana da Silva", "Jean Dupont", "Marie Martin"]


def _fill(library: Library) -> None:
    for name in PEOPLE:
        create_contact(library, Contact(full_name=name))
    create_contact(library, Contact(company="Boulangerie Ange"))  # no person: sorted by its company either way


def _wait_for(qtbot, window: MainWindow, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.controller.querying, timeout=10_000)
    settle(qtbot, window)
    assert list_names(window) == names


def test_the_names_menu_sorts_by_family_name_and_is_remembered(  # type: ignore[no-untyped-def]
    qtbot, empty_library: Library, settings: QSettings
) -> None:
    _fill(empty_library)
    window = open_window(qtbot, empty_library, settings)
    _wait_for(qtbot, window, BY_FIRST)
    page = window.contacts_page
    assert page.names_button.text() == "By first name"
    chosen = window.model.ids[3]  # Luc Berger, selected: the selection follows him
    assert list_names(window)[3] == "Luc Berger"
    page.select_contact(chosen)

    page.name_menu.sort_actions[NameSort.FAMILY].trigger()
    _wait_for(qtbot, window, BY_FAMILY)
    assert page.names_button.text() == "By family name"
    assert page.current_id() == chosen
    assert settings.value("contacts/nameSort") == "family"

    page.name_menu.order_actions[NameOrder.FAMILY_FIRST].trigger()
    _wait_for(qtbot, window, FAMILY_FIRST)
    page.name_menu.order_actions[NameOrder.GIVEN_FIRST].trigger()
    _wait_for(qtbot, window, GIVEN_FIRST)
    assert settings.value("contacts/nameOrder") == "given_first"
    window.close()

    again = open_window(qtbot, empty_library, settings)  # the next window starts as the user left it
    _wait_for(qtbot, again, GIVEN_FIRST)
    assert again.contacts_page.name_menu.sort_actions[NameSort.FAMILY].isChecked()


def test_the_header_sorts_by_the_chosen_name_both_ways(qtbot, empty_library: Library) -> None:  # type: ignore[no-untyped-def]
    _fill(empty_library)
    window = open_window(qtbot, empty_library)
    window.names.choose(sort=NameSort.FAMILY)
    _wait_for(qtbot, window, BY_FAMILY)
    window.contacts_page.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    _wait_for(qtbot, window, BY_FAMILY[::-1])
    tip = window.model.headerData(Column.NAME, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sorted by family name (right-click to change)"


def test_preferences_choose_the_sort_and_the_shown_order(qtbot, empty_library: Library, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    _fill(empty_library)
    window = open_window(qtbot, empty_library, settings)
    window.commands.preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.country.isEnabled, timeout=10_000)
    assert dialog.chosen_names() == (NameSort.FIRST, NameOrder.AS_WRITTEN)
    dialog.name_sort.setCurrentIndex(dialog.name_sort.findData("family"))
    dialog.name_order.setCurrentIndex(dialog.name_order.findData("family_first"))
    dialog.accept()
    _wait_for(qtbot, window, FAMILY_FIRST)
    assert (settings.value("contacts/nameSort"), settings.value("contacts/nameOrder")) == ("family", "family_first")
    # the wall shows the names the list shows
    window.commands.card_wall.setChecked(True)
    qtbot.waitUntil(lambda: window.contacts_page.wall_shown, timeout=5000)
    tip = window.contacts_page.wall.delegate.tooltip(0)
    assert tip is not None and tip.splitlines()[0] == "ABADIE Zoé"


def test_a_setting_this_cardbook_does_not_know_falls_back_to_the_defaults(settings: QSettings) -> None:
    settings.setValue("contacts/nameSort", "by-nickname")  # a newer Cardbook's, or edited by hand
    settings.setValue("contacts/nameOrder", "family_first")
    names = NameChoices(settings)
    assert (names.sort, names.order) == (NameSort.FIRST, NameOrder.FAMILY_FIRST)
    seen: list[bool] = []
    names.changed.connect(lambda: seen.append(True))
    names.choose(order=NameOrder.FAMILY_FIRST)  # no change: no notice
    names.choose(sort=NameSort.FAMILY)
    assert seen == [True] and settings.value("contacts/nameSort") == "family"
