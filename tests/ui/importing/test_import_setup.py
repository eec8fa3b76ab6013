"""The batch's exchange at import (issue 11, item 2): one step in the import dialog, which opens at once and lists
the events read in the background; "ask me for each card" stores nothing assumed and the review then asks,
holding Accept and "met again" until the exchange is answered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QRadioButton

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus, ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.ui.importing.import_setup import ImportSettings, ImportSetupDialog
from cardbook.ui.window.main_window import MainWindow
from tests.ocr.render import ENGLISH_CARD, FRENCH_CARD, photograph, render, save
from tests.ui.conftest import open_window
from tests.ui.helpers import settle
from tests.ui.sample_library import Sample


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("setup")
    first, second = folder / "1.jpg", folder / "2.jpg"
    save(str(first), photograph(render(FRENCH_CARD)))
    save(str(second), photograph(render(ENGLISH_CARD), seed=5))
    return [first, second]


def facts(lib: Library, contact_id: int) -> tuple[OfferedBy, Reciprocated, NoCardReason | None]:
    [met] = encounters.encounters_of(lib, contact_id)
    return met.offered_by, met.reciprocated, met.why_no_card


def test_the_dialog_sets_the_batch_exchange_in_one_step_with_events_read_in_the_background(
    qtbot, lib: Library, sample: Sample, photos: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    controller = window.imports.controller
    controller.jobs, controller.options = 1, ReadOptions(fallback_engine=None)
    seen: dict[str, object] = {}
    event = next(iter(sample.events.values()))

    def answer() -> None:  # the dialog is modal: answer it from the event loop it runs
        dialog = window.findChild(ImportSetupDialog)
        assert dialog is not None and dialog.isVisible()
        seen["ask by default"] = dialog.exchange.checkedButton().text().startswith("Ask me for each card")
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)  # the events arrive after the dialog opened
        seen["events"] = [dialog.event_name.itemText(i) for i in range(dialog.event_name.count())]
        dialog.event_name.setCurrentIndex(dialog.event_name.findData(event.id))
        [button] = [b for b in dialog.exchange.buttons() if b.text() == "They gave theirs and did not ask for mine"]
        assert isinstance(button, QRadioButton)
        button.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(controller.batchFinished, timeout=60_000):
        assert controller.start([str(photos[1])])
    assert seen["ask by default"] is True
    assert any(str(text).startswith(event.name) for text in seen["events"])  # type: ignore[attr-defined]
    [michael] = window.imports.model.contact_ids()
    assert facts(lib, michael) == (OfferedBy.THEM, Reciprocated.NO, NoCardReason.NOT_ASKED)
    assert encounters.encounters_of(lib, michael)[0].event_id == event.id
    assert controller.ask_exchange is False


def test_settings_of_each_choice() -> None:
    event = Event(name="Salon", date=dt.date(2025, 3, 4))
    assert ImportSettings.of(event, None) == ImportSettings(event, ask_each=True)
    assert ImportSettings.of(event, ExchangeOutcome.I_HAD_NONE) == ImportSettings(
        event, OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE
    )
    assert ImportSettings.of(event, ExchangeOutcome.THEY_OFFERED_FIRST) == ImportSettings(event, OfferedBy.THEM)


def test_ask_me_for_each_card_assumes_nothing_and_the_review_asks(qtbot, lib: Library, photos: list[Path]) -> None:  # type: ignore[no-untyped-def]
    known = contacts.create_contact(lib, Contact(full_name="Michael Turner", emails=["michael.turner@northwind.co.uk"]))
    window: MainWindow = open_window(qtbot, lib)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    controller, review = window.imports.controller, window.imports.review
    controller.jobs, controller.options = 1, ReadOptions(fallback_engine=None)
    with qtbot.waitSignal(controller.batchFinished, timeout=60_000):
        assert controller.start([str(p) for p in photos], ImportSettings.of(None, None))
    settle(qtbot, window)
    helene, michael = window.imports.model.contact_ids()
    assert facts(lib, helene) == facts(lib, michael) == (OfferedBy.UNKNOWN, Reciprocated.UNKNOWN, None)

    with qtbot.waitSignal(review.cardShown, timeout=10_000):
        qtbot.mouseClick(window.imports.page.review_button, Qt.MouseButton.LeftButton)
    page = window.imports.review_page
    panel = page.exchange
    assert (panel.chosen_gave(), panel.chosen_first()) == (None, None)  # nothing marked: nothing assumed
    assert panel.prompt.isVisibleTo(page) and panel.prompt.font().bold()
    assert panel.prompt.text() == "How did the exchange go? Press Y, N, H, U or A."
    name = page.form.lines["full_name"]
    qtbot.keyClick(name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert review.current_id == helene and contacts.get_contact(lib, helene).status is ContactStatus.AWAITING_REVIEW
    assert page.problem.text() == "How did the exchange go? Press Y, N, H, U or A first (U: not recorded)."
    assert panel.gave_buttons[ExchangeOutcome.MUTUAL].hasFocus()  # the answers wait for their key

    qtbot.keyClick(panel.gave_buttons[ExchangeOutcome.MUTUAL], Qt.Key.Key_Y)
    assert facts(lib, helene) == (OfferedBy.UNKNOWN, Reciprocated.YES, None) and not panel.prompt.isVisibleTo(page)
    window.commands.undo.trigger()  # the answer taken back: asked again
    assert panel.chosen_gave() is None and panel.prompt.isVisibleTo(page)
    qtbot.keyClick(panel.gave_buttons[ExchangeOutcome.MUTUAL], Qt.Key.Key_U)  # "not recorded" is an answer
    assert facts(lib, helene) == (OfferedBy.UNKNOWN, Reciprocated.UNKNOWN, None)
    assert panel.chosen_gave() is ExchangeOutcome.UNKNOWN and not panel.prompt.isVisibleTo(page)
    with qtbot.waitSignal(review.cardShown, timeout=10_000):
        qtbot.keyClick(name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert contacts.get_contact(lib, helene).status is ContactStatus.ACTIVE

    assert review.current_id == michael and panel.chosen_gave() is None  # the next card asks again
    assert page.banner.candidate_id == known.id
    qtbot.mouseClick(page.banner.same, Qt.MouseButton.LeftButton)  # "met again" waits for the answer too
    assert contacts.get_contact(lib, michael).status is ContactStatus.AWAITING_REVIEW
    qtbot.keyClick(panel.gave_buttons[ExchangeOutcome.MUTUAL], Qt.Key.Key_Y)
    with qtbot.waitSignal(review.finished, timeout=10_000):
        qtbot.mouseClick(page.banner.same, Qt.MouseButton.LeftButton)
    [met] = encounters.encounters_of(lib, known.id or 0)
    assert (met.offered_by, met.reciprocated) == (OfferedBy.UNKNOWN, Reciprocated.YES)
