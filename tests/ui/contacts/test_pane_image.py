"""The contact pane's card picture (issue 16, item 4): a portrait card or a whole photo is capped in height, so the
name and details stay in view; a landscape card keeps the full width."""

from __future__ import annotations

from PySide6.QtGui import QImage

from cardbook.ui.contacts.pane import CARD_IMAGE_MAX_HEIGHT
from cardbook.ui.window.main_window import MainWindow
from tests.ui.helpers import show_contact
from tests.ui.sample_library import Sample


def _image(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFF0E6D2)
    return image


def test_a_portrait_card_is_capped_and_a_landscape_one_fills_the_width(
    qtbot, window: MainWindow, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    lea = sample.ids["Léa Fontaine"]
    assert show_contact(qtbot, window, lea)
    pane = window.contacts_page.pane
    assert pane.card_image is not None
    pane.set_card_image(lea, _image(550, 850))  # a portrait card
    portrait = pane.card_image.size()
    assert portrait.height() <= CARD_IMAGE_MAX_HEIGHT
    assert abs(portrait.width() / portrait.height() - 550 / 850) < 0.02  # not stretched
    pane.set_card_image(lea, _image(850, 550))  # a landscape card
    landscape = pane.card_image.size()
    assert landscape.width() > portrait.width() and landscape.height() <= CARD_IMAGE_MAX_HEIGHT
    assert abs(landscape.width() / landscape.height() - 850 / 550) < 0.02
