"""Card designs of real phone photos (``tests/ocr/photo_design_set.py``) read through the whole pipeline."""

from __future__ import annotations

import numpy as np
import pytest

from cardbook.ocr.options import ReadOptions
from cardbook.ocr.pipeline import read_pixels

from .photo_design_set import make_design_photo
from .photo_set import decode


@pytest.mark.parametrize("quarter_turns", [0, 1])
def test_a_portrait_card_is_read_upright_never_sideways(quarter_turns: int) -> None:
    """A vertical card designed upright is read the way it is printed, whether the photo shows it upright or
    lying on its side: its lines come out horizontal and its name is read."""
    data, truth = make_design_photo(0, 1, "portrait")
    photo = np.ascontiguousarray(np.rot90(decode(data), quarter_turns))
    results = read_pixels(photo, ReadOptions(), "portrait.jpg")
    assert len(results) == 1 and results[0].found
    card = results[0]
    assert card.card_image is not None
    assert card.card_image.shape[0] > card.card_image.shape[1]  # kept portrait, as printed
    assert truth["name"].rstrip(",") in card.text
