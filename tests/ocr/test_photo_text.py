"""Text a photographed card holds must reach the reading: RapidOCR reads whole cards at a detection size
fitted to the card's letters (``rapid_engine.detection_for_letters``), in colour.

A phone photo of a dark card close up gives a large company name and small contact lines. At the old
fixed detection size for dark cards (480 px on the long side) the small lines were below the detector's
reach and only the company name was read. A phone photo is read in colour: in grey the pale lines fade.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardbook.ocr.pipeline import ReadOptions, read_image
from cardbook.ocr.rapid_engine import (
    DETECTION_LETTER_PX,
    MAX_DETECTION_SIDE,
    MIN_DETECTION_SIDE,
    PHOTO_DETECTION,
    detection_for_letters,
    rapidocr_available,
)

from .photo_set import make_photo


def test_detection_size_follows_the_letters() -> None:
    # Letters brought to DETECTION_LETTER_PX: a card with small letters keeps more detection pixels.
    small, large = detection_for_letters(2000, 10.0), detection_for_letters(2000, 40.0)
    assert small[0] > large[0]
    assert abs(large[0] - 2000 * DETECTION_LETTER_PX / 40.0) <= 32
    assert detection_for_letters(4000, 2.0)[0] == MAX_DETECTION_SIDE
    assert detection_for_letters(1000, 200.0)[0] == MIN_DETECTION_SIDE
    assert detection_for_letters(1000, 0.0) == PHOTO_DETECTION  # letters not measured


# A generated phone photo (tests/ocr/photo_set.py) of a dark card with a light border, run past the
# frame's edge on a cloth: the photo is read whole, as a dark card.
DARK_CARD_OFF_FRAME = (1, 34)  # (seed, index)


def _as_phone_photo(data: bytes, folder: Path) -> Path:
    """The JPEG saved with the EXIF tags every phone writes (make and model)."""
    path = folder / "photo.jpg"
    with Image.open(io.BytesIO(data)) as image:
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Phone maker", "Phone model"  # Make, Model
        image.save(path, quality=95, exif=exif)
    return path


@pytest.mark.skipif(not rapidocr_available(), reason="rapidocr is not installed")
def test_small_lines_of_a_dark_card_photographed_close_up_are_read(tmp_path: Path) -> None:
    seed, index = DARK_CARD_OFF_FRAME
    data, truth = make_photo(index, np.random.default_rng([seed, index]))
    assert truth["style"] == "bordered_dark" and truth["off_frame"]
    results = read_image(_as_phone_photo(data, tmp_path), ReadOptions(region="FR"))
    fields = max(results, key=lambda result: len(result.text)).fields
    # Only the large company name was read before: every contact line must be there.
    assert [e.value for e in fields.emails] == truth["emails"]
    assert [w.value for w in fields.websites] == truth["websites"]
    assert len(fields.phones) == len(truth["phones"])


# A generated phone photo of a dark card with dark-grey print, upright and wholly in the frame: washed out by
# the camera, its contact lines only stand out again once the contrast is evened out (prepare.even_contrast).
DARK_PRINT_ON_DARK_CARD = (1, 1)  # (seed, index)


@pytest.mark.skipif(not rapidocr_available(), reason="rapidocr is not installed")
def test_low_contrast_print_of_a_photographed_card_is_read(tmp_path: Path) -> None:
    seed, index = DARK_PRINT_ON_DARK_CARD
    data, truth = make_photo(index, np.random.default_rng([seed, index]))
    assert truth["style"] == "dark" and not truth["off_frame"]
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(data)  # as photo_set writes it
    results = read_image(photo, ReadOptions(region="FR"))
    fields = max(results, key=lambda result: len(result.text)).fields
    # Before, only the name and the company were read: the e-mail, website and phones were lost.
    assert [e.value for e in fields.emails] == truth["emails"]
    assert [w.value for w in fields.websites] == truth["websites"]
    assert len(fields.phones) == len(truth["phones"])
