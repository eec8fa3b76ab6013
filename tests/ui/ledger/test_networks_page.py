"""The Networks page: create, edit (with validation), archive and unarchive, each edit undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt

from cardbook.domain.enums import NetworkKind
from cardbook.domain.reports import ReferralFigures
from cardbook.storage.ledger import networks
from cardbook.storage.library import Library
from cardbook.ui.common.undo import install_undo_actions
from cardbook.ui.ledger.networks_model import referrals_text
from cardbook.ui.ledger.networks_page import NetworksPage
from tests.ui.helpers import services_for, wait_loaded
from tests.ui.sample_library import Sample


def names(page: NetworksPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_create_a_network(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    changed: list[object] = []
    services = services_for(lib)
    services.notices.libraryChanged.connect(changed.append)
    page = NetworksPage(services)
    qtbot.addWidget(page)
    dialog = page.new_network()
    dialog.name.setText("  BNI   Lyon Centre ")
    dialog.kind.setCurrentIndex(dialog.kind.findData(NetworkKind.BUSINESS_CLUB.value))
    dialog.cost.setValue(950)
    dialog.since.set_value(dt.date(2024, 1, 15))
    dialog.notes.setPlainText("Réunion le jeudi à 7 h")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = next(n for n in networks.list_networks(lib) if n.name == "BNI Lyon Centre")
    assert (saved.kind, saved.yearly_cost, saved.member_since, saved.notes) == (
        NetworkKind.BUSINESS_CLUB, 950.0, dt.date(2024, 1, 15), "Réunion le jeudi à 7 h",
    )  # fmt: skip
    wait_loaded(qtbot, page)  # read again in the background, the new network chosen
    assert "BNI Lyon Centre" in names(page)
    assert page.current_network() is not None and page.current_network().name == "BNI Lyon Centre"  # type: ignore[union-attr]
    assert changed


def test_network_validation_messages(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    page = NetworksPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)  # the names a new network must not repeat come with the list
    dialog = page.new_network()
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "name" in dialog.error.text()
    dialog.name.setText("alumni em lyon")
    dialog.accept()
    assert "already have a network" in dialog.error.text()
    dialog.name.setText("Réseau Entreprendre")
    dialog.since.set_value(dt.date(2024, 5, 1))
    dialog.until.set_value(dt.date(2023, 5, 1))
    dialog.accept()
    assert "cannot end before it starts" in dialog.error.text()
    assert dialog.isVisible()
    dialog.until.set_value(None)
    dialog.accept()
    assert not dialog.isVisible()
    wait_loaded(qtbot, page)
    assert "Réseau Entreprendre" in names(page)


def test_edit_a_network_and_undo(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = NetworksPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    club = sample.networks["Club des Entrepreneurs Lyonnais"]
    assert page.select_network(club.id or 0)
    dialog = page.edit_network()
    assert dialog is not None and dialog.name.text() == club.name and dialog.cost.amount() == 480.0
    dialog.cost.setValue(0)  # "Free or unknown"
    dialog.name.setText("Club des Entrepreneurs")
    dialog.accept()
    edited = networks.get_network(lib, club.id or 0)
    assert (edited.name, edited.yearly_cost) == ("Club des Entrepreneurs", None)
    wait_loaded(qtbot, page)
    assert "Club des Entrepreneurs" in names(page)
    assert page.current_network() is not None and page.current_network().id == club.id  # type: ignore[union-attr]
    page.undo_stack.undo()
    restored = networks.get_network(lib, club.id or 0)
    assert (restored.name, restored.yearly_cost) == (club.name, 480.0)
    wait_loaded(qtbot, page)
    assert club.name in names(page)
    assert page.current_network() is not None and page.current_network().id == club.id  # type: ignore[union-attr]


def test_archive_and_unarchive(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    services = services_for(lib)
    page = show(NetworksPage(services))
    install_undo_actions(page, services.undo_stack)  # the window's Edit ▸ Undo, for a page on its own
    wait_loaded(qtbot, page)
    alumni = sample.networks["Alumni EM Lyon"]
    assert page.select_network(alumni.id or 0)
    assert page.archive_action.text() == "&Archive"
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert networks.get_network(lib, alumni.id or 0).archived
    wait_loaded(qtbot, page)
    assert "Alumni EM Lyon (archived)" in names(page)
    assert page.archive_action.text() == "Un&archive"  # still the one chosen

    page.show_archived.setChecked(False)
    wait_loaded(qtbot, page)
    assert "Alumni EM Lyon (archived)" not in names(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert not networks.get_network(lib, alumni.id or 0).archived
    wait_loaded(qtbot, page)
    assert "Alumni EM Lyon" in names(page)

    page.select_network(alumni.id or 0)
    page.show_archived.setChecked(True)
    wait_loaded(qtbot, page)
    page.toggle_archived()
    wait_loaded(qtbot, page)
    page.toggle_archived()  # and back
    assert not networks.get_network(lib, alumni.id or 0).archived
    wait_loaded(qtbot, page)
    assert page.current_network() is not None and not page.current_network().archived  # type: ignore[union-attr]


def test_empty_states(qtbot, empty_library: Library) -> None:  # type: ignore[no-untyped-def]
    page = NetworksPage(services_for(empty_library))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title == "No networks yet" and "Ctrl+Shift+N" in page.empty.body
    assert not page.edit_action.isEnabled()
    saved = networks.save_network(empty_library, networks.Network(name="CJD Lyon"))
    networks.set_network_archived(empty_library, saved.id or 0)
    page.show_archived.setChecked(False)
    wait_loaded(qtbot, page)
    assert page.empty.title == "Every network is archived"


def test_opening_a_network_asks_for_its_people(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = NetworksPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    cci = sample.networks["CCI Lyon Métropole"]
    assert page.select_network(cci.id or 0)
    with qtbot.waitSignal(page.networkActivated) as blocker:
        page.table.activated.emit(page.table.currentIndex())
    assert blocker.args == [cci.id, "CCI Lyon Métropole"]


def test_referrals_say_their_count_and_what_the_won_ones_were_worth(qapp) -> None:  # type: ignore[no-untyped-def]
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert referrals_text(ReferralFigures(3, 2, 4500.0), "EUR", english) == "3 (€4,500 won)"
    assert referrals_text(ReferralFigures(3, 0, 0.0), "EUR", english) == "3"  # none won: the count alone
