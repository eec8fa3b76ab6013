"""RapidOCR's recognition batches run in parts when large (``rapid_engine.SPLIT_RECOGNITION_ABOVE``): the
parts must give the recogniser's output to the bit, so that no reading changes, and each part must claim
less memory than the whole batch did."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cardbook.ocr import rapid_engine
from cardbook.ocr.rapid_engine import SPLIT_LINES_MIN, RapidOcrEngine, batch_parts
from cardbook.ocr.types import Box

from .budget_claims import recorded_claims
from .render import font

# Long lines of made-up contact text: rendered at 48 px high they are 1000-2000 px wide, the batches that
# needed the most memory.
_LINES = (
    "Rue des Exemples 42, 75000 Ville, Tel. +33 1 23 45 67 89, Fax +33 1 23 45 67 80",
    "contact@exemple-societe.example · www.exemple-societe.example · Siret 123 456 789 00012",
    "Directrice commerciale et responsable des relations avec la clientele internationale",
    "Avenue Imaginaire 7, 1000 Nulle-Part, Mobile +32 470 12 34 56, Bureau +32 2 123 45 67",
    "Unit 3, Sample Park, Example Road, Sometown AB1 2CD, Phone 01234 567890, ext. 12",
    "Musterstrasse 12, 12345 Beispielstadt, Telefon +49 30 1234567, Telefax +49 30 1234568",
)


def _strip(text: str) -> np.ndarray:
    """One line of print on paper, grey, 40 px high."""
    face = font("DejaVuSans.ttf", 26)
    width = int(face.getlength(text)) + 20
    image = Image.new("L", (width, 40), 248)
    ImageDraw.Draw(image).text((10, 4), text, font=face, fill=25)
    return np.asarray(image)


def test_batch_parts_split_only_large_batches_never_leaving_one_line_alone() -> None:
    assert batch_parts(6, 10, 0) == [(0, 6)]  # no limit
    assert batch_parts(6, 10, 60) == [(0, 6)]  # fits
    assert batch_parts(3, 100, 10) == [(0, 3)]  # cannot be cut without a lone line
    assert batch_parts(6, 100, 250) == [(0, 2), (2, 4), (4, 6)]
    assert batch_parts(6, 100, 10) == [(0, 2), (2, 4), (4, 6)]
    assert batch_parts(5, 100, 250) == [(0, 2), (2, 5)]
    assert batch_parts(6, 100, 450) == [(0, 4), (4, 6)]
    assert batch_parts(7, 100, 300) == [(0, 3), (3, 7)]
    for count in range(1, 13):
        for limit in (1, 150, 350, 10_000):
            parts = batch_parts(count, 100, limit)
            assert parts[0][0] == 0 and parts[-1][1] == count
            assert all(end == start for (_, end), (start, _) in itertools.pairwise(parts))
            assert len(parts) == 1 or all(end - start >= SPLIT_LINES_MIN for start, end in parts)


def _recogniser():  # type: ignore[no-untyped-def]
    if not rapid_engine.rapidocr_available():
        pytest.skip("rapidocr not installed")
    return rapid_engine._engine().text_rec


def test_a_batch_run_in_parts_gives_the_whole_batchs_output_to_the_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    recogniser = _recogniser()
    strips = [np.repeat(_strip(text)[:, :, None], 3, axis=2) for text in _LINES]
    widest = max(strip.shape[1] / strip.shape[0] for strip in strips)
    tensor = np.stack([recogniser.resize_norm_img(strip, widest) for strip in strips]).astype(np.float32)
    whole = recogniser.session._session(tensor)  # onnxruntime's run on the whole batch, not split

    claims = recorded_claims(monkeypatch)
    line_bytes = tensor[0, 0].size * rapid_engine.RECOGNITION_BYTES_PER_PIXEL  # the estimate of one line
    for limit in (1, 3 * line_bytes):  # parts of two lines, of three
        monkeypatch.setattr(recogniser.session, "_split_above", limit)
        claims.clear()
        parted = recogniser.session(tensor)
        assert len(claims) == len(batch_parts(len(tensor), line_bytes, limit)) >= 2
        assert parted.shape == whole.shape and parted.dtype == whole.dtype
        assert np.array_equal(parted, whole)
        assert max(claims) < len(tensor) * line_bytes


def test_lines_read_in_parts_read_as_in_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    recogniser = _recogniser()
    strips = [_strip(text) for text in _LINES]
    page = np.full((48 * len(strips), max(strip.shape[1] for strip in strips)), 248, np.uint8)
    boxes = []
    for number, strip in enumerate(strips):
        page[48 * number + 4 : 48 * number + 44, : strip.shape[1]] = strip
        boxes.append(Box(0, 48 * number, strip.shape[1], 48))
    monkeypatch.setattr(recogniser.session, "_split_above", 0)
    whole = RapidOcrEngine().recognize_lines(page, boxes)
    monkeypatch.setattr(recogniser.session, "_split_above", 1)
    parted = RapidOcrEngine().recognize_lines(page, boxes)
    assert whole.words and parted.words == whole.words
    assert {word.group[0] for word in whole.words} == set(range(len(_LINES)))
