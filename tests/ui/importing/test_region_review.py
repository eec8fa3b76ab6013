"""Cards from abroad in the window (issue 10, item 2): rendered cards go through the real reader and parser into a
real library, then the review checks their phones in the card's own country — a US number keeps its +1 E.164, a
Brazilian local number is kept as printed with a warning — and Accept always goes on. The pane agrees with the
review, and the Preferences' country is what the next import uses for a card naming none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cardbook.app.region_setting import get_default_region, set_default_region
from cardbook.domain.enums import ContactStatus, OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.importing.import_setup import ImportSettings
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.preferences import PreferencesDialog
from tests.ocr.render import US_CARD, Card, Text, render, save
from tests.ui.conftest import open_window
from tests.ui.helpers import settle, show_contact

BRAZILIAN_CARD = Card(  # a local number printed without its area code; CEP and .com.br say Brazil
    [
        Text("Padaria Estrela Ltda", 44, "DejaVuSans-Bold.ttf", (150, 60, 20)),
        Text("Mariana Costa", 40, "DejaVuSans.ttf"),
        Text("Gerente", 30, "DejaVuSans-Oblique.ttf", (70, 70, 70)),
        Text("Rua Augusta 1200", 28),
        Text("CEP 01304-001 São Paulo", 28),
        Text("Tel. 3345-1207", 28),
        Text("mariana@padariaestrela.com.br", 28),
    ],
    spacing=1.5,
)
NO_COUNTRY_CARD = Card(  # nothing on it names a country: the user's default decides
    [Text("Alex Morgan", 40, "DejaVuSans.ttf"), Text("Consultant", 30), Text("alex@morgan-consulting.com", 28)]
)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("abroad")
    found = {}
    for name, card in (("us", US_CARD), ("br", BRAZILIAN_CARD), ("none", NO_COUNTRY_CARD)):
        found[name] = Path(save(str(folder / f"{name}.png"), render(card)))
    return found


def import_photos(qtbot, window: MainWindow, paths: list[Path]) -> list[int]:  # type: ignore[no-untyped-def]
    controller = window.imports.controller
    controller.jobs, controller.options = 1, ReadOptions(fallback_engine=None)
    settings = ImportSettings(Event(name="Trade fair", date=dt.date(2025, 5, 6)), OfferedBy.THEM, Reciprocated.YES)
    with qtbot.waitSignal(controller.batchFinished, timeout=90_000):
        assert controller.start([str(p) for p in paths], settings)
    settle(qtbot, window)
    return window.imports.model.contact_ids()


def phone_row(window: MainWindow, page: str = "review"):  # type: ignore[no-untyped-def]
    form = window.imports.review_page.form if page == "review" else window.contacts_page.pane.editor.form
    [row] = form.phones.rows
    return form, row


def test_foreign_cards_are_checked_in_their_country_and_accept_goes_on(
    qtbot, lib: Library, photos: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    set_default_region(lib, "FR")  # the user is French: the cards' own countries must still win
    window = open_window(qtbot, lib)
    us_id, br_id = import_photos(qtbot, window, [photos["us"], photos["br"]])
    assert cards.card_region_of(lib, us_id).code == "US"  # type: ignore[union-attr]
    assert cards.card_region_of(lib, br_id).code == "BR"  # type: ignore[union-attr]

    with qtbot.waitSignal(window.imports.review.cardShown):
        window.imports.start_review([us_id, br_id])
    page = window.imports.review_page
    form, row = phone_row(window)
    assert row.edit.text() == "(650) 555-0142"
    assert row.verdict.text.text().startswith("+16505550142")
    assert form.phone_region.isVisibleTo(page)
    assert form.phone_region.text().startswith("Numbers read as United States (+1), as the card shows: ")
    assert "94025" in form.phone_region.text()
    review_verdict, review_caption = row.verdict.text.text(), form.phone_region.text()
    with qtbot.waitSignal(window.imports.review.cardShown):
        qtbot.mouseClick(page.accept, Qt.MouseButton.LeftButton)
    accepted = contacts.get_contact(lib, us_id)
    assert accepted.status is ContactStatus.ACTIVE
    assert [(p.number, p.e164) for p in accepted.phones] == [("(650) 555-0142", "+16505550142")]

    assert page.heading.text() == "Card 2 of 2"
    form, row = phone_row(window)
    assert row.edit.text() == "3345-1207"
    assert row.verdict.text.text().startswith("Check: Kept as printed: a local number without its area code")
    assert "Brazil (+55)" in row.verdict.text.text() and not row.verdict.mark.isHidden()
    assert form.problems() == []  # a warning, not an error
    with qtbot.waitSignal(window.imports.review.finished):
        qtbot.mouseClick(page.accept, Qt.MouseButton.LeftButton)
    brazilian = contacts.get_contact(lib, br_id)
    assert brazilian.status is ContactStatus.ACTIVE
    assert [(p.number, p.e164) for p in brazilian.phones] == [("3345-1207", None)]

    # The pane checks the same number the same way: in the country of the contact's card, not the user's.
    show_contact(qtbot, window, us_id)
    window.editing.edit(us_id)
    pane_form, pane_row = phone_row(window, "pane")
    qtbot.waitUntil(lambda: pane_form.phones.region == "US", timeout=10_000)
    assert pane_row.verdict.text.text() == review_verdict
    assert pane_form.phone_region.text() == review_caption
    window.editing.save()  # runs off the GUI thread: wait for the editor to close
    qtbot.waitUntil(lambda: not window.contacts_page.pane.is_editing(), timeout=20_000)
    assert contacts.get_contact(lib, us_id).phones[0].e164 == "+16505550142"


def test_the_preferences_country_is_what_the_next_import_uses(qtbot, lib: Library, photos: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    set_default_region(lib, "FR")
    window = open_window(qtbot, lib)
    window.commands.preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.country.isEnabled, timeout=10_000)
    assert dialog.chosen_region() == "FR" and dialog.country.currentText() == "France (+33)"
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    dialog.accept()
    qtbot.waitUntil(lambda: get_default_region(lib) == "DE", timeout=10_000)
    settle(qtbot, window)
    assert "Germany (+49)" in window.statusBar().currentMessage()

    [contact_id] = import_photos(qtbot, window, [photos["none"]])
    region = cards.card_region_of(lib, contact_id)
    assert region is not None and (region.code, region.from_card) == ("DE", False)
    with qtbot.waitSignal(window.imports.review.cardShown):
        window.imports.start_review([contact_id])
    form = window.imports.review_page.form
    qtbot.waitUntil(lambda: form.phones.region == "DE", timeout=10_000)  # the setting is read in the background
    assert form.phone_region.text() == "Numbers read as Germany (+49), your country: the card shows none."
