"""A card RapidOCR read lying a quarter off is turned across its columns (``reading._across``).

RapidOCR's recogniser turns a crop taller than wide on its side and reads it with full confidence, so a
card whose way up was guessed a quarter off comes back as sure words in columns: nothing in the scores says
so, the words' shape does. Real RapidOCR on a rendered card; the guess is made wrong on purpose.
"""

from __future__ import annotations

import dataclasses

import pytest

from cardbook.ocr.geometry import rotate_quarter
from cardbook.ocr.orientation import guess_orientation
from cardbook.ocr.pipeline import ReadOptions
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_engine import rapidocr_available
from cardbook.ocr.reading import _read_vertically, photo_reading

from .render import FRENCH_CARD, render


@pytest.mark.skipif(not rapidocr_available(), reason="rapidocr is not installed")
def test_a_card_read_in_columns_is_read_again_across_them() -> None:
    card = render(FRENCH_CARD)
    lying = rotate_quarter(card, 1)  # the card as a phone held sideways shows it
    guess = guess_orientation(to_grey(lying))
    # A sure guess that leaves the card on its side: RapidOCR's first reading is in columns.
    wrong = dataclasses.replace(guess, quarter_turns=(guess.quarter_turns + 1) % 4, upright_margin=1.0)
    assert wrong.doubt is None
    reading = photo_reading(lying, wrong, ReadOptions(region="FR"))
    assert reading is not None
    assert (reading.quarter_turns + 1) % 4 == 0  # upright again
    assert not _read_vertically(reading.page)
    text = " ".join(word.text for word in reading.page.words)
    assert "Rennes" in text and "Directrice" in text
