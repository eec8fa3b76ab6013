"""Glare on a photographed card: the specular spot is measured (``image_quality.glare_share``) and sends the
card to RapidOCR whole (``engine_choice``), where Tesseract lost the washed-out lines with high confidence."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from cardbook.ocr.engine_choice import GLARE_ABOVE, choose_engine
from cardbook.ocr.image_quality import measure
from cardbook.ocr.pipeline import ReadOptions, read_image
from cardbook.ocr.rapid_engine import rapidocr_available
from cardbook.ocr.scoring import same_address

from .photo_set import make_photo
from .render import Card, Text, render


def _tinted_card(glare: float) -> np.ndarray:
    """A made-up card on green paper, with a bright spot ``glare`` levels strong over its left half."""
    lines = ["Nadia Verdier", "Directrice", "8 rue des Tilleuls", "21000 Dijon", "Tél. 01 23 45 67 89"]
    card = render(Card([Text(line, 44, "DejaVuSans-Bold.ttf") for line in lines]))
    # A scanner's optics soften the steps (a clean render's are steeper than a scanner's: a photo sign).
    card = cv2.GaussianBlur(card, (0, 0), 1.0)
    tint = np.array([120, 190, 110], np.float32)  # BGR green
    paper = card.astype(np.float32) / 255.0 * tint
    height, width = card.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    spot = np.exp(-(((xs - 0.3 * width) ** 2) + (ys - 0.4 * height) ** 2) / (2 * (0.15 * width) ** 2))
    return np.clip(paper + glare * spot[:, :, None], 0, 255).astype(np.uint8)


def test_a_specular_spot_on_a_photographed_card_sends_it_to_rapidocr() -> None:
    shiny, matte = measure(_tinted_card(160.0)), measure(_tinted_card(0.0))
    assert shiny.glare > GLARE_ABOVE >= matte.glare
    assert choose_engine(shiny, inside_photo=True).engine == "rapidocr"
    assert any(reason.startswith("glare") for reason in choose_engine(shiny, inside_photo=True).reasons)
    # A scan has no specular light: a light patch on a tinted scan keeps Tesseract.
    assert choose_engine(shiny).engine == "tesseract"
    assert choose_engine(matte, inside_photo=True).engine == "tesseract"


# A generated phone photo (tests/ocr/photo_set.py) of a blue card with a glare spot over its address lines.
GLARE_OVER_ADDRESS = (1, 59)  # (seed, index)


@pytest.mark.skipif(not rapidocr_available(), reason="rapidocr is not installed")
def test_lines_under_glare_are_read(tmp_path: Path) -> None:
    seed, index = GLARE_OVER_ADDRESS
    data, truth = make_photo(index, np.random.default_rng([seed, index]))
    assert truth["glare"]
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(data)
    fields = read_image(photo, ReadOptions(region="FR"))[0].fields
    # Tesseract read the card without the address and the first phone, confidently.
    assert fields.address is not None
    assert same_address(fields.address.value, str(truth["address"]))
    assert len(fields.phones) == len(truth["phones"])
