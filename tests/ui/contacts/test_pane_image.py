"""The contact pane's card pictures (issue 16, item 4): a portrait card or a whole photo is capped in height, so the
name and details stay in view; a landscape card keeps the full width; each distinct image is shown once (met again
with the same photo: one picture, not one per card); a front and a back are both shown, captioned."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from cardbook.domain.contact import Contact
from cardbook.domain.enums import CardSide
from cardbook.domain.scanned import ScannedCard
from cardbook.storage.contacts import cards
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.ledger import timeline as ledger_timeline
from cardbook.storage.library import Library
from cardbook.ui.common.style import SPACING
from cardbook.ui.contacts.pane import CARD_IMAGE_BOX, CARD_IMAGE_MAX_HEIGHT, ContactPane
from cardbook.ui.ledger.contact_story import ContactStory
from cardbook.ui.ledger.timeline_view import THUMB_BOX, THUMB_HEIGHT, THUMB_WIDTH, TimelineView
from cardbook.ui.window.main_window import MainWindow
from tests.ui.conftest import open_window
from tests.ui.helpers import show_contact
from tests.ui.sample_library import Sample


def _image(width: int, height: int, color: int = 0xFFF0E6D2) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color)
    return image


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def test_a_portrait_card_is_capped_and_a_landscape_one_fills_the_width(
    qtbot, window: MainWindow, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    lea = sample.ids["Léa Fontaine"]
    assert show_contact(qtbot, window, lea)
    pane = window.contacts_page.pane
    pane.set_card_images(lea, [(CardSide.FRONT, _image(550, 850))])  # a portrait card
    (shown,) = pane.picture_labels
    portrait = shown.size()
    assert portrait.height() <= CARD_IMAGE_MAX_HEIGHT
    assert abs(portrait.width() / portrait.height() - 550 / 850) < 0.02  # not stretched
    assert pane.picture_captions == []  # one side: nothing to tell apart
    pane.set_card_images(lea, [(CardSide.FRONT, _image(850, 550))])  # a landscape card
    (shown,) = pane.picture_labels
    landscape = shown.size()
    assert landscape.width() > portrait.width() and landscape.height() <= CARD_IMAGE_MAX_HEIGHT
    assert abs(landscape.width() / landscape.height() - 850 / 550) < 0.02


def _card(library: Library, image: QImage, side: CardSide = CardSide.FRONT, text: str = "") -> int:
    contact = Contact(full_name="Nora Quint", emails=["nora@quint.example"])
    card = ScannedCard(contact, crop_image=_png(image), side=side, ocr_text=text)
    return store_scanned_card(library, card, ExchangeDefaults())


def _pictures(pane: ContactPane) -> list[QLabel]:
    """Every card picture the pane's page shows: at its top and in the timeline (icons are smaller than this)."""
    page = pane.scroll_area.widget()
    return [
        label
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page) and not label.pixmap().isNull() and label.pixmap().width() > 4 * SPACING
    ]


def _shown(qtbot, library: Library, contact_id: int) -> ContactPane:  # type: ignore[no-untyped-def]
    """Opens the window on the contact; waits until its pictures and its ledger (with the timeline) are shown."""
    window = open_window(qtbot, library)
    assert show_contact(qtbot, window, contact_id)
    pane = window.contacts_page.pane
    qtbot.waitUntil(lambda: bool(pane.picture_labels), timeout=10_000)
    ledger = pane.ledger
    assert ledger is not None and ledger.timeline is not None
    timeline = ledger.timeline
    # The story's rows are added to a shown section, and Qt shows them on the next turn of the event loop.
    qtbot.waitUntil(lambda: not ledger.loading and timeline.rows is not None and timeline.rows.isVisible())
    assert timeline.entries
    return pane


def test_met_again_with_the_same_photo_shows_the_card_once(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    portrait = _image(500, 860, 0xFF3060A0)
    first = _card(lib, portrait)
    cards.add_to_existing(lib, _card(lib, portrait), first)  # the same photo, imported again: "met again"
    assert len(cards.cards_of(lib, first)) == 2  # two cards, one stored image
    pane = _shown(qtbot, lib, first)
    assert len(pane.picture_labels) == 1 and pane.picture_captions == []
    assert _pictures(pane) == pane.picture_labels  # the timeline shows no second copy of it


def test_met_again_with_a_new_photo_shows_each_image_once(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    first = _card(lib, _image(500, 860, 0xFF3060A0))
    cards.add_to_existing(lib, _card(lib, _image(860, 500, 0xFFA06030)), first)  # a new card, photographed anew
    pane = _shown(qtbot, lib, first)
    (top,) = pane.picture_labels
    assert top.width() > top.height()  # the newest card at the top
    shown = _pictures(pane)
    assert len(shown) == 2 and top in shown  # and the older one once, as a thumbnail in the timeline
    other = next(label for label in shown if label is not top)
    assert other.pixmap().height() > other.pixmap().width()


def test_the_same_card_photographed_again_is_shown_once(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    read = "Nora Quint\nGérante\nnora@quint.example"
    first = _card(lib, _image(500, 860, 0xFF3060A0), text=read)
    # Another photo (other bytes, another stored image) of the same printed card: it reads the same, but for spaces.
    cards.add_to_existing(lib, _card(lib, _image(510, 870, 0xFF3262A2), text=read.replace("\n", "\n  ")), first)
    pane = _shown(qtbot, lib, first)
    assert _pictures(pane) == pane.picture_labels and len(pane.picture_labels) == 1


def test_a_front_and_a_back_are_both_shown_with_captions(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    first = _card(lib, _image(860, 500, 0xFF3060A0))
    cards.add_to_existing(lib, _card(lib, _image(860, 500, 0xFF30A060), CardSide.BACK), first)
    pane = _shown(qtbot, lib, first)
    assert [c.text() for c in pane.picture_captions] == ["Front", "Back"]
    front, back = pane.picture_labels
    assert front.accessibleName() == "Front of the card" and back.accessibleName() == "Back of the card"
    assert front.pixmap().toImage().pixelColor(5, 5) == QColor(0x30, 0x60, 0xA0)
    assert back.pixmap().toImage().pixelColor(5, 5) == QColor(0x30, 0xA0, 0x60)
    # Side by side, each capped in height with its caption, so the details stay in view under them.
    assert front.geometry().top() == back.geometry().top() and front.geometry().right() < back.geometry().left()
    for label, caption in zip(pane.picture_labels, pane.picture_captions, strict=True):
        assert caption.geometry().bottom() - label.geometry().top() <= CARD_IMAGE_MAX_HEIGHT
    assert _pictures(pane) == pane.picture_labels  # and neither again in the timeline


def _jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG", 90)  # type: ignore[call-overload]  # PySide6 takes a str here
    return bytes(data.data())


def _timeline_thumbnails(pane: ContactPane) -> list[QLabel]:
    ledger = pane.ledger
    assert ledger is not None and ledger.timeline is not None
    return list(ledger.timeline.thumbnails.values())


def test_large_photos_in_the_pane_are_loaded_reduced_off_the_gui_thread(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    # A 12-megapixel photo, older than the card the top shows: the timeline shows it as a thumbnail.
    photo = _image(4000, 3000, 0xFF3060A0)
    first = store_scanned_card(
        lib, ScannedCard(Contact(full_name="Nora Quint"), crop_image=_jpeg(photo)), ExchangeDefaults()
    )
    newer = store_scanned_card(
        lib, ScannedCard(Contact(full_name="Nora Quint"), crop_image=_jpeg(_image(4000, 2400))), ExchangeDefaults()
    )
    cards.add_to_existing(lib, newer, first)
    older, top_card = cards.cards_of(lib, first)
    assert older.crop_path is not None and older.crop_path.suffix == ".jpg" and top_card.crop_path is not None
    cached = lib.images.thumbnail_path(older.crop_path.stem, THUMB_WIDTH, THUMB_HEIGHT)
    top_cached = lib.images.thumbnail_path(top_card.crop_path.stem, CARD_IMAGE_BOX.width(), CARD_IMAGE_BOX.height())
    assert not cached.exists() and not top_cached.exists()
    pane = _shown(qtbot, lib, first)  # waits until the ledger, thumbnails included, is loaded
    ledger = pane.ledger
    assert ledger is not None
    (thumb,) = _timeline_thumbnails(pane)
    qtbot.waitUntil(lambda: ledger.thumbnails_loaded == 1)
    # Made by the card wall's loader on a worker thread (the GUI thread only converted the small copy): it wrote
    # the disk cache, and the picture is the size shown, as when the pane scaled the full photo itself.
    assert cached.is_file()
    assert thumb.isVisibleTo(pane)
    assert thumb.pixmap().size() == photo.size().scaled(THUMB_BOX, Qt.AspectRatioMode.KeepAspectRatio)
    color = thumb.pixmap().toImage().pixelColor(10, 10)
    assert max(abs(color.red() - 0x30), abs(color.green() - 0x60), abs(color.blue() - 0xA0)) <= 4  # JPEG's error
    assert _pictures(pane) == [*pane.picture_labels, thumb]
    # The top's picture too: decoded no larger than it can be shown, by the same loader, then fitted to the pane.
    assert top_cached.is_file()
    (top,) = pane.picture_labels
    assert top.width() == min(CARD_IMAGE_BOX.width(), pane.scroll_area.viewport().width() - 4 * SPACING)
    assert abs(top.width() / top.height() - 4000 / 2400) < 0.02


def test_a_timeline_picture_that_cannot_be_decoded_is_left_out(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    first = _card(lib, _image(500, 860, 0xFF3060A0))
    cards.add_to_existing(lib, _card(lib, _image(860, 500, 0xFFA06030)), first)
    older = cards.cards_of(lib, first)[0]
    assert older.crop_path is not None
    older.crop_path.write_bytes(b"not an image")  # a damaged file in the library
    pane = _shown(qtbot, lib, first)
    (thumb,) = _timeline_thumbnails(pane)
    assert not thumb.isVisibleTo(pane)  # no empty placeholder left behind
    assert _pictures(pane) == pane.picture_labels


def test_the_timeline_keeps_a_place_for_each_thumbnail_until_it_arrives(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    first = _card(lib, _image(500, 860, 0xFF3060A0))
    cards.add_to_existing(lib, _card(lib, _image(860, 500, 0xFFA06030)), first)
    older = cards.cards_of(lib, first)[0]
    assert older.crop_path is not None
    story = ContactStory(first, entries=ledger_timeline.timeline(lib, first), images={older.id: older.crop_path})
    view = TimelineView()
    qtbot.addWidget(view)
    view.show_story(story)
    (thumb,) = view.thumbnails.values()
    assert thumb.pixmap().size() == THUMB_BOX and thumb.accessibleName() == "Card captured (front)"  # empty card
    picture = _image(THUMB_WIDTH * 500 // 860, THUMB_WIDTH, 0xFF3060A0).scaled(
        THUMB_BOX, Qt.AspectRatioMode.KeepAspectRatio
    )
    view.set_thumbnail(older.id, picture)
    assert thumb.pixmap().toImage() == picture.convertToFormat(thumb.pixmap().toImage().format())
    view.show_story(story)
    (again,) = view.thumbnails.values()
    view.set_thumbnail(older.id, None)  # it cannot be decoded: no picture, not an empty one
    assert again.isHidden()
