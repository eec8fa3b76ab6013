"""The exchange in review (issue 11, item 2): rendered cards go through the real reader into a real library, then
one key per answer records the exchange at once — translated keys in the French window, never while typing in
a field —, each answer is one undo step, "next card" accepts and goes on, and the panel stays in view at
1280×800 in both languages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QScrollArea

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ContactStatus, ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations
from cardbook.ui.importing.exchange_answers import GAVE_MINE
from cardbook.ui.importing.import_setup import ImportSettings
from cardbook.ui.window.main_window import MainWindow
from tests.ocr.render import ENGLISH_CARD, FRENCH_CARD, photograph, render, save
from tests.ui.conftest import open_window
from tests.ui.helpers import settle

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("exchange")
    first, second = folder / "1.jpg", folder / "2.jpg"
    save(str(first), photograph(render(FRENCH_CARD)))
    save(str(second), photograph(render(ENGLISH_CARD), seed=5))
    return [first, second]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:  # what run_gui does with --lang fr
    before = QLocale()
    QLocale.setDefault(locale_for("fr"))
    translators = install_translations(qapp, locale_for("fr"))
    try:
        yield translators
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(before)


def review(qtbot, window: MainWindow, photos: list[Path], settings: ImportSettings) -> list[int]:  # type: ignore[no-untyped-def]
    """Import the photos with these batch settings, then open the review on the first card."""
    controller = window.imports.controller
    controller.jobs, controller.options = 1, ReadOptions(fallback_engine=None)
    with qtbot.waitSignal(controller.batchFinished, timeout=60_000):
        assert controller.start([str(p) for p in photos], settings)
    settle(qtbot, window)
    with qtbot.waitSignal(window.imports.review.cardShown, timeout=10_000):
        qtbot.mouseClick(window.imports.page.review_button, Qt.MouseButton.LeftButton)
    return window.imports.model.contact_ids()


def facts(lib: Library, contact_id: int) -> tuple[OfferedBy, Reciprocated, NoCardReason | None]:
    [met] = encounters.encounters_of(lib, contact_id)
    return met.offered_by, met.reciprocated, met.why_no_card


def press(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    """A key pressed where the focus is (the review puts it on the answers)."""
    focus = QApplication.focusWidget()
    assert focus is not None and window.imports.review_page.isAncestorOf(focus)
    qtbot.keyClicks(focus, key)


def shown(window: MainWindow) -> tuple[ExchangeOutcome | None, OfferedBy | None]:
    panel = window.imports.review_page.exchange
    return panel.chosen_gave(), panel.chosen_first()


def active(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


EVENT = Event(name="Salon Test", date=dt.date(2025, 3, 4))


def test_one_key_per_answer_records_the_exchange_at_once_each_an_undo_step(
    qtbot, lib: Library, photos: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    active(qtbot, window)
    [helene] = review(qtbot, window, photos[:1], ImportSettings(EVENT, OfferedBy.THEM, Reciprocated.UNKNOWN))
    panel = window.imports.review_page.exchange
    keys = [panel.gave_keys[o] for o in GAVE_MINE] + list(panel.first_keys.values())
    assert keys == ["Y", "N", "H", "U", "A", "T", "M"]
    assert [c.text() for c in panel.findChildren(QLabel, "keyCap")] == keys  # each key shown beside its answer
    assert shown(window) == (ExchangeOutcome.UNKNOWN, OfferedBy.THEM)  # they offered first, the rest not recorded

    press(qtbot, window, "h")  # no: I had none — a card I owe
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE)
    assert shown(window) == (ExchangeOutcome.I_HAD_NONE, OfferedBy.THEM)
    assert window.undo_stack.undoText() == "Exchange with Hélène Leroy"
    press(qtbot, window, "m")  # I offered first: then mine went, and the card in hand came back
    assert facts(lib, helene) == (OfferedBy.ME, Reciprocated.YES, None)
    assert shown(window) == (ExchangeOutcome.MUTUAL, OfferedBy.ME)
    press(qtbot, window, "n")  # no: they did not ask for mine — so they offered first
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.NO, NoCardReason.NOT_ASKED)
    assert not panel.first_buttons[OfferedBy.UNKNOWN].isEnabled()

    name = window.imports.review_page.form.lines["full_name"]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "y")  # typing in a field is text, never an answer
    assert name.text() == "Hélène Leroyy"
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.NO, NoCardReason.NOT_ASKED)
    qtbot.keyClick(name, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # back from a field to the answers
    qtbot.waitUntil(lambda: panel.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, window, "u")
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.UNKNOWN, None)
    window.commands.undo.trigger()

    for expected in [(ExchangeOutcome.MUTUAL, OfferedBy.ME), (ExchangeOutcome.I_HAD_NONE, OfferedBy.THEM),
                     (ExchangeOutcome.UNKNOWN, OfferedBy.THEM)]:  # fmt: skip
        window.commands.undo.trigger()
        assert shown(window) == expected  # the card still on screen follows its undo
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.UNKNOWN, None)
    window.commands.redo.trigger()
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE)
    assert contacts.get_contact(lib, helene).status is ContactStatus.AWAITING_REVIEW  # answers do not accept

    # docs/MEETINGS.md: a card photographed again to record a meeting where no cards changed hands.
    panel.focus_answers()
    press(qtbot, window, "a")
    assert facts(lib, helene) == (OfferedBy.NOBODY, Reciprocated.NO, None)
    assert shown(window) == (ExchangeOutcome.NO_CARDS, OfferedBy.UNKNOWN)
    press(qtbot, window, "t")  # someone offered after all: an exchange again, the rest not recorded
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.UNKNOWN, None)
    assert shown(window) == (ExchangeOutcome.UNKNOWN, OfferedBy.THEM)


def test_next_card_accepts_with_the_answer_and_one_undo_takes_both_back(
    qtbot, lib: Library, photos: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    active(qtbot, window)
    first, second = review(qtbot, window, photos, ImportSettings(EVENT, OfferedBy.THEM, Reciprocated.UNKNOWN))
    page, controller = window.imports.review_page, window.imports.review
    page.exchange.next_card.setChecked(True)
    page.exchange.needs.setText("an accountant in Rennes")
    with qtbot.waitSignal(controller.cardShown, timeout=10_000):
        press(qtbot, window, "y")
    assert page.heading.text() == "Card 2 of 2"
    accepted = contacts.get_contact(lib, first)
    assert accepted.status is ContactStatus.ACTIVE and accepted.needs == "an accountant in Rennes"
    assert facts(lib, first) == (OfferedBy.THEM, Reciprocated.YES, None)
    assert page.exchange.needs.text() == ""  # the next card's own
    assert page.exchange.gave_buttons[ExchangeOutcome.UNKNOWN].hasFocus()  # ready for its key

    window.commands.undo.trigger()  # one step: the answer and the accept
    assert contacts.get_contact(lib, first).status is ContactStatus.AWAITING_REVIEW
    assert facts(lib, first) == (OfferedBy.THEM, Reciprocated.UNKNOWN, None)
    assert facts(lib, second) == (OfferedBy.THEM, Reciprocated.UNKNOWN, None)


def mnemonics(window: MainWindow) -> list[str]:
    """The Alt+letter of everything reachable while the review is shown: the menus and the review's widgets."""
    texts = [a.text() for a in window.menuBar().actions()]
    page = window.imports.review_page
    texts += [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    texts += [box.title() for box in page.findChildren(QGroupBox)]
    return [m.group(1).casefold() for t in texts if (m := MNEMONIC.search(t))]


def check_keys_and_view(qtbot, window: MainWindow, gave: list[str], first: list[str]) -> None:  # type: ignore[no-untyped-def]
    panel = window.imports.review_page.exchange
    assert [panel.gave_keys[o] for o in GAVE_MINE] == gave and list(panel.first_keys.values()) == first
    keys = gave + first
    assert all(len(k) == 1 and k.isalpha() for k in keys) and len(set(keys)) == len(keys)
    title = MNEMONIC.search(panel.title())
    assert title is not None and mnemonics(window).count(title.group(1).casefold()) == 1  # Alt+it comes back here
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 800)
    QCoreApplication.processEvents()
    scroll = window.imports.review_page.findChild(QScrollArea)  # the fields: never wider than their column
    assert scroll is not None and scroll.widget().width() <= scroll.viewport().width()
    # The whole panel in view, nothing of it scrolled away or cut: every answer, "next card", needs and offers.
    for part in [panel, *panel.gave_buttons.values(), *panel.first_buttons.values(), panel.next_card, panel.offers]:
        corner = part.mapTo(window, QPoint(part.width(), part.height()))
        assert part.isVisible() and window.rect().contains(corner), part
        assert part.visibleRegion().boundingRect().size() == part.size(), part


def test_the_exchange_keys_and_panel_in_english(qtbot, lib: Library, photos: list[Path]) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    review(qtbot, window, photos[:1], ImportSettings(EVENT))
    check_keys_and_view(qtbot, window, ["Y", "N", "H", "U", "A"], ["T", "M"])


def test_the_french_window_answers_with_french_letters(
    qtbot, lib: Library, photos: list[Path], french: list[QTranslator]
) -> None:  # type: ignore[no-untyped-def]
    known = Contact(company="Quadrant Ingénierie SAS", emails=["helene.leroy@quadrant-ingenierie.fr"])
    contacts.create_contact(lib, known)
    window = open_window(qtbot, lib)
    active(qtbot, window)
    [helene] = review(qtbot, window, photos[:1], ImportSettings(EVENT))
    panel = window.imports.review_page.exchange
    assert panel.gave_buttons[ExchangeOutcome.MUTUAL].text() == "Oui, nous avons échangé nos cartes"
    banner = window.imports.review_page.banner  # known by company and email: a long French banner, in view too
    assert banner.isVisibleTo(window.imports.review_page) and banner.same.text().startswith("Déjà rencontré — ")
    check_keys_and_view(qtbot, window, ["O", "N", "P", "I", "D"], ["L", "M"])
    panel.focus_answers()
    press(qtbot, window, "p")  # non : pas de carte sur moi
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE)
    press(qtbot, window, "o")  # oui
    assert facts(lib, helene) == (OfferedBy.THEM, Reciprocated.YES, None)
    assert window.undo_stack.undoText() == "Échange avec Hélène Leroy"


def test_a_card_without_a_meeting_has_no_exchange_to_record(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    typed = contacts.create_contact(lib, Contact(full_name="Inès Caron", status=ContactStatus.AWAITING_REVIEW))
    window = open_window(qtbot, lib)
    active(qtbot, window)
    with qtbot.waitSignal(window.imports.review.cardShown, timeout=10_000):
        window.imports.review_waiting(typed.id)  # the cards awaiting review are read in the background first
    page = window.imports.review_page
    assert window.imports.review.current_id == typed.id
    assert not page.exchange.isEnabled() and page.exchange.prompt.text() == "No meeting is recorded with this contact."
    assert page.form.lines["full_name"].hasFocus()  # nothing to answer: the fields take the keys
    qtbot.keyClick(page.form.lines["full_name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert contacts.get_contact(lib, typed.id or 0).status is ContactStatus.ACTIVE
    assert encounters.encounters_of(lib, typed.id or 0) == []


def test_an_answer_while_the_next_card_is_on_its_way_goes_to_neither(qtbot, lib: Library, photos: list[Path]) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    first, second = review(qtbot, window, photos, ImportSettings(EVENT, OfferedBy.THEM, Reciprocated.UNKNOWN))
    page, controller = window.imports.review_page, window.imports.review
    with qtbot.waitSignal(controller.cardShown, timeout=10_000):
        page.accept.click()
        assert controller.loading  # the next card is read in the background
        page.exchange.first_buttons[OfferedBy.ME].click()  # a click (or key) on the answers meanwhile
    assert facts(lib, first) == facts(lib, second) == (OfferedBy.THEM, Reciprocated.UNKNOWN, None)
    assert shown(window) == (ExchangeOutcome.UNKNOWN, OfferedBy.THEM)  # the new card, as stored
