"""``rapid_boxes``' steps give rapidocr's own outputs to the bit (the detector's and recogniser's inputs, the
decoded letters and scores, each word's box), on generated cards read by the real models."""

from __future__ import annotations

import copy
import random
from typing import Any

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from cardbook.ocr import rapid_engine
from cardbook.ocr.types import Box

from .render import font

_LINES = (
    "Exemple Conseil SARL",
    "Camille Martin-Durand",
    "Directrice des opérations",
    "12 rue des Essais, 75000 Ville",
    "Tél. +33 1 23 45 67 89",
    "contact@exemple.example",
)


def _engine() -> Any:
    if not rapid_engine.rapidocr_available():
        pytest.skip("rapidocr not installed")
    return rapid_engine._engine()


def _card(angle: float = 0.0, size: int = 30) -> np.ndarray:
    """A colour card of made-up lines on tinted, slightly noisy paper, turned by ``angle`` degrees."""
    face = font("DejaVuSans.ttf", size)
    image = Image.new("RGB", (1000, 620), (236, 230, 214))
    draw = ImageDraw.Draw(image)
    for number, text in enumerate(_LINES):
        draw.text((60, 50 + number * 90), text, font=face, fill=(30, 40, 90 if number % 2 else 30))
    pixels = cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)
    noise = np.random.default_rng(7).integers(-6, 7, pixels.shape)
    pixels = np.clip(pixels.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    if angle:
        turn = cv2.getRotationMatrix2D((500, 310), angle, 1.0)
        pixels = cv2.warpAffine(pixels, turn, (1000, 620), borderValue=(236, 230, 214))
    return pixels


def _rapidocrs_own(engine: Any, detection: tuple[int, str]) -> Any:
    """A copy of the engine, sharing its models, with rapidocr's own classes for the steps ``rapid_boxes`` swaps."""
    from rapidocr.cal_rec_boxes.main import CalRecBoxes
    from rapidocr.ch_ppocr_det.main import TextDetector
    from rapidocr.ch_ppocr_rec.main import TextRecognizer
    from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

    own = copy.copy(engine)
    own.text_det = copy.copy(engine.text_det)
    own.text_det.__class__ = TextDetector
    own.text_det.limit_side_len, own.text_det.limit_type = detection
    own.text_rec = copy.copy(engine.text_rec)
    own.text_rec.__class__ = TextRecognizer
    own.text_rec.postprocess_op = copy.copy(engine.text_rec.postprocess_op)
    own.text_rec.postprocess_op.__class__ = CTCLabelDecode
    own.cal_rec_boxes = CalRecBoxes()
    return own


@pytest.mark.parametrize("angle", [0.0, 2.5])
def test_a_whole_card_reads_as_with_rapidocrs_own_steps(angle: float) -> None:
    engine = _engine()
    card = _card(angle)
    for detection in (rapid_engine.CARD_DETECTION, rapid_engine.PHOTO_DETECTION):
        ours = rapid_engine._engine_with(detection)(card, use_det=True, use_cls=False, use_rec=True)
        theirs = _rapidocrs_own(engine, detection)(card, use_det=True, use_cls=False, use_rec=True)
        assert len(theirs.txts) >= 4  # the card was read: the comparison is not of two empty results
        assert ours.txts == theirs.txts
        assert tuple(ours.scores) == tuple(theirs.scores)
        assert np.array_equal(ours.boxes, theirs.boxes)
        assert repr(ours.word_results) == repr(theirs.word_results)


def test_line_boxes_read_as_with_rapidocrs_own_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _engine()
    grey = cv2.cvtColor(_card(size=26), cv2.COLOR_BGR2GRAY)
    # Boxes of several widths and heights, so that both the identity mapping and the other take part.
    boxes = [
        Box(50 + shift, 40 + number * 90 + shift // 3, 560 + 37 * shift, 52 + shift)
        for number in range(6)
        for shift in (0, 3, 7)
    ]
    ours = rapid_engine.RapidOcrEngine().recognize_lines(grey, boxes)
    monkeypatch.setattr(rapid_engine, "_instance", _rapidocrs_own(engine, rapid_engine.CARD_DETECTION))
    theirs = rapid_engine.RapidOcrEngine().recognize_lines(grey, boxes)
    assert len(theirs.words) >= 12
    assert ours == theirs


def test_the_detector_input_is_rapidocrs_to_the_bit_with_any_channel_scaling() -> None:
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    from cardbook.ocr.rapid_boxes import LutDetPreProcess

    card = _card(1.0)
    for mean, std in ((None, None), ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])):
        for side, kind in ((480, "max"), (736, "min"), (1280, "max")):
            ours = LutDetPreProcess(side, kind, mean, std)(card)
            theirs = DetPreProcess(side, kind, mean, std)(card)
            assert ours is not None and theirs is not None
            assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
            assert np.array_equal(ours, theirs)


def test_the_recogniser_input_is_rapidocrs_to_the_bit() -> None:
    from rapidocr.ch_ppocr_rec.main import TextRecognizer

    recogniser = _engine().text_rec
    strip = _card()[40:110, 50:700]
    for width, ratio in ((650, 15.0), (300, 9.5), (90, 6.67), (650, 40.0)):
        crop = np.ascontiguousarray(cv2.resize(strip, (width, 70)))
        ours = recogniser.resize_norm_img(crop, ratio)
        theirs = TextRecognizer.resize_norm_img(recogniser, crop, ratio)
        assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs)


def test_decoding_gives_rapidocrs_letters_scores_and_word_columns() -> None:
    from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

    decoder = _engine().text_rec.postprocess_op
    scores = np.random.default_rng(3).random((4, 60, len(decoder.character)), dtype=np.float32)
    scores[:, ::3, 0] += 1.0  # blanks between letters, as the model gives them
    scores[1, 5, [7, 9]] = 5.0  # a tie: the first letter is taken, with its score
    options = {"wh_ratio_list": [3.0, 5.0, 7.5, 2.0], "max_wh_ratio": 7.5}
    ours = decoder(scores, True, **options)
    theirs = CTCLabelDecode.__call__(decoder, scores, True, **options)
    assert repr(ours) == repr(theirs)


def test_four_points_are_ordered_as_rapidocr_orders_them() -> None:
    from rapidocr.cal_rec_boxes.main import CalRecBoxes

    from cardbook.ocr.rapid_boxes import _ordered

    pick = random.Random(5)
    for _ in range(20_000):
        span = pick.choice((2, 6, 500))
        points = [[pick.randint(0, span), pick.randint(0, span)] for _ in range(4)]
        if pick.random() < 0.5:  # upright rectangles, some of them flat or a point, some nudged
            left, right = sorted(pick.choices(range(span), k=2))
            top, bottom = sorted(pick.choices(range(span), k=2))
            points = [[left, top], [right, top], [right, bottom], [left, bottom]]
            for point in points:
                if pick.random() < 0.2:
                    point[pick.randint(0, 1)] += pick.choice((-1, 1))
        assert _ordered([list(point) for point in points]) == CalRecBoxes.order_points(points), points
