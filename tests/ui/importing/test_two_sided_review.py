"""Front and back in the window: rendered photos of a card's two sides imported through the real reader. The
review proposes a nameless back sharing the front's domain, Ctrl+B joins it (one undo step), and the import's
"Front and back" setting pairs the photos two by two."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cardbook.domain.enums import CardSide, ContactStatus
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.ui.importing.import_setup import ImportSettings, ImportSetupDialog
from cardbook.ui.window.main_window import MainWindow
from tests.app.test_two_sided_scan import BACK, FRONT
from tests.ocr.render import photograph, render, save
from tests.ui.conftest import open_window
from tests.ui.helpers import settle


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pair")
    save(str(folder / "IMG_0101.jpg"), photograph(render(FRONT)))
    save(str(folder / "IMG_0102.jpg"), photograph(render(BACK), seed=9))
    return folder


def _import(qtbot, window: MainWindow, folder: Path, settings: ImportSettings) -> list[int]:  # type: ignore[no-untyped-def]
    controller = window.imports.controller
    controller.jobs = 1
    controller.options = ReadOptions(fallback_engine=None)
    with qtbot.waitSignal(controller.batchFinished, timeout=120_000):
        assert controller.start([str(folder)], settings)
    settle(qtbot, window)
    return window.imports.model.contact_ids()


def _wait_card(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.imports.review.loading, timeout=20_000)


def test_the_review_proposes_the_back_and_ctrl_b_joins_it_with_undo(qtbot, lib: Library, pair: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    front_id, back_id = _import(qtbot, window, pair, ImportSettings(None))
    page, review = window.imports.review_page, window.imports.review
    window.imports.start_review([front_id, back_id])
    _wait_card(qtbot, window)
    assert page.form.lines["full_name"].text() == "Margaux Vidal"
    assert not page.back_of_previous.isEnabled(), "the first card has no previous card"
    assert not page.back_banner.isVisibleTo(page)
    assert page.back_of_previous.text() == "Back of the previous card (Ctrl+B)", "the key is on the button"

    qtbot.keyClick(page.form.lines["full_name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _wait_card(qtbot, window)
    qtbot.waitUntil(lambda: review.current_id == back_id, timeout=20_000)
    assert page.heading.text() == "Card 2 of 2"
    assert page.back_banner.isVisibleTo(page) and page.back_banner.front_id == front_id
    assert page.back_banner.label.text() == (
        "This looks like the back of the previous card (Margaux Vidal): same domain atelier-brunel.fr."
    )
    assert not page.banner.isVisibleTo(page), "the front's own number on its back is no 'met again'"
    assert page.back_of_previous.isEnabled()
    assert len(contacts.all_contact_ids(lib, status=ContactStatus.AWAITING_REVIEW)) >= 1, "nothing joined yet"

    page.form.focus_first()
    qtbot.keyClick(page.form.lines["title"], Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _wait_card(qtbot, window)
    qtbot.waitUntil(lambda: review.current_id == front_id, timeout=20_000)
    assert page.heading.text() == "Card 1 of 1", "the front comes back, to check the merged fields"
    assert page.form.lines["full_name"].text() == "Margaux Vidal"
    with pytest.raises(contacts.NotFoundError):
        contacts.get_contact(lib, back_id)
    joined = contacts.get_contact(lib, front_id)
    assert "+33299001122" in [p.e164 for p in joined.phones]
    assert "Title on the back: Purchasing Manager" in joined.notes
    assert [c.side for c in cards.cards_of(lib, front_id)] == [CardSide.FRONT, CardSide.BACK]
    assert len(encounters.encounters_of(lib, front_id)) == 1, "one exchange, not one per photo"

    window.commands.undo.trigger()  # one step: the back is a card of its own again
    assert [c.side for c in cards.cards_of(lib, back_id)] == [CardSide.FRONT]
    assert [c.side for c in cards.cards_of(lib, front_id)] == [CardSide.FRONT]
    assert "+33299001122" not in [p.e164 for p in contacts.get_contact(lib, front_id).phones]
    window.commands.redo.trigger()
    assert [c.side for c in cards.cards_of(lib, front_id)] == [CardSide.FRONT, CardSide.BACK]


def test_dismissing_the_proposal_keeps_two_cards(qtbot, lib: Library, pair: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    front_id, back_id = _import(qtbot, window, pair, ImportSettings(None))
    page = window.imports.review_page
    window.imports.start_review([front_id, back_id])
    _wait_card(qtbot, window)
    qtbot.mouseClick(page.skip, Qt.MouseButton.LeftButton)
    _wait_card(qtbot, window)
    qtbot.waitUntil(lambda: page.back_banner.isVisibleTo(page), timeout=20_000)
    qtbot.mouseClick(page.back_banner.separate, Qt.MouseButton.LeftButton)
    assert not page.back_banner.isVisibleTo(page)
    assert contacts.get_contact(lib, back_id).id == back_id and len(cards.cards_of(lib, front_id)) == 1


def test_the_front_and_back_setting_pairs_the_photos_at_import(qtbot, lib: Library, pair: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportSetupDialog(2)
    qtbot.addWidget(dialog)
    assert not dialog.settings().two_sided
    dialog.two_sided.setChecked(True)
    assert dialog.settings().two_sided and dialog.settings().ask_each

    window = open_window(qtbot, lib)
    [front_id] = _import(qtbot, window, pair, ImportSettings(None, two_sided=True))
    model = window.imports.model
    assert [line.contact_ids for line in model.lines] == [[front_id], [front_id]]
    assert model.index(1).data() == "IMG_0102.jpg — the back of the card above: Margaux Vidal"
    assert [c.side for c in cards.cards_of(lib, front_id)] == [CardSide.FRONT, CardSide.BACK]
    assert window.imports.page.caption.text().startswith("1 card read")
