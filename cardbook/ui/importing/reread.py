"""Work the review hands to a worker thread: loading a card's images as QImage, reading a card again from
corners the user moved. Plain functions returning plain data (never a QPixmap, never a session)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QImageReader

from cardbook.app.scanned_card import scanned_card
from cardbook.domain.contact import Contact
from cardbook.ocr.geometry import order_corners, warp_quad
from cardbook.ocr.loading import load_image
from cardbook.ocr.pipeline import ReadOptions, read_pixels
from cardbook.storage.contacts.cards import CardReading

MAX_PHOTO_SIDE = 2000  # the photo is shown at most this large for moving corners


def load_qimage(path: Path | None) -> QImage:
    """The image as stored (crops are already upright PNGs); a null QImage when missing or unreadable."""
    if path is None or not path.is_file():
        return QImage()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return reader.read()


@dataclass(frozen=True, slots=True)
class Photo:
    image: QImage
    factor: float  # shown pixels per file pixel (the photo is shrunk for display)


def load_photo(path: Path | None) -> Photo:
    """The original photo, upright (EXIF applied, as the reader does), shrunk for display."""
    image = load_qimage(path)
    if image.isNull() or max(image.width(), image.height()) <= MAX_PHOTO_SIDE:
        return Photo(image, 1.0)
    shown = image.scaled(
        MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return Photo(shown, shown.width() / image.width())


@dataclass(frozen=True, slots=True)
class Reread:
    reading: CardReading
    contact: Contact  # the fields read this time
    lines: int


class RereadError(RuntimeError):
    pass


def reread_card(original: Path, corners: list[tuple[float, float]], options: ReadOptions) -> Reread:
    """Straighten the card inside `corners` (file pixels, any order) and read it again."""
    loaded = load_image(original, options.limits)
    quad = order_corners(np.asarray(corners, dtype=np.float32) * loaded.scale)
    flat = warp_quad(loaded.pixels, quad, 2000)
    results = [r for r in read_pixels(flat, options) if r.error is None]
    if not results:
        raise RereadError(QCoreApplication.translate("Reread", "no text found inside these corners"))
    best = max(results, key=lambda r: len(r.text))
    card = scanned_card(best)
    ordered = tuple((round(float(x) / loaded.scale, 1), round(float(y) / loaded.scale, 1)) for x, y in quad)
    reading = CardReading(
        card.crop_image, card.ocr_text, tuple(card.words), card.proposals, ordered, card.rotation, card.region
    )
    return Reread(reading, card.contact, len(best.lines))
