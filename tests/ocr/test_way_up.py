"""Which way up a card is read when the cheap geometric guess is unsure (``OrientationGuess.doubt``).

The guess's margin can be tiny on a tight crop; the reader must then decide from what the candidate
readings say, and a card whose guess is sure must still cost a single OCR call. Tesseract only (every
installation has it), rendered cards, so the tests stay fast and exact.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from cardbook.ocr.engine import OcrEngine, OcrPage, OcrWord
from cardbook.ocr.geometry import rotate_quarter
from cardbook.ocr.orientation import (
    UNSURE_UPRIGHT_BELOW,
    UNSURE_UPRIGHT_EVIDENCE_BELOW,
    OrientationGuess,
    _baseline_evidence,
    _baseline_margin,
    guess_orientation,
)
from cardbook.ocr.pipeline import ReadOptions, read_pixels
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.reading import read_upright, way_up_evidence
from cardbook.ocr.types import Box, GreyImage

from .render import FRENCH_CARD, Card, Text, photograph, render

TESSERACT_ONLY = ReadOptions(fallback_engine=None)

DARK_CARD = Card(
    [
        Text("Atelier Noir SARL", 46, "DejaVuSans-Bold.ttf", (235, 235, 235)),
        Text("Marc Petit", 40, color=(250, 250, 250)),
        Text("Directeur artistique", 30, color=(200, 200, 200)),
        Text("Tél. 04 78 12 34 56", 30, color=(230, 230, 230)),
        Text("marc.petit@ateliernoir.fr", 30, color=(230, 230, 230)),
    ],
    background=(40, 30, 25),
)


class CountingEngine:
    """Tesseract, counting its calls."""

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = engine
        self.calls = 0

    @property
    def name(self) -> str:
        return self.engine.name

    def recognize(self, image: GreyImage) -> OcrPage:
        self.calls += 1
        return self.engine.recognize(image)


def _page(*texts: tuple[str, float]) -> OcrPage:
    words = tuple(OcrWord(text, confidence, Box(60 * i, 0, 50, 20), (0,)) for i, (text, confidence) in enumerate(texts))
    return OcrPage(words, 1000, 100, "test")


def test_doubt_names_the_margin() -> None:
    sure = OrientationGuess(0, 0.6, 0.5)
    assert sure.doubt is None and not sure.direction_unsure
    unsure = OrientationGuess(2, 0.44, 0.03)
    assert unsure.doubt is not None and "upright margin 0.03" in unsure.doubt and not unsure.direction_unsure
    assert OrientationGuess(0, 0.1, 0.5).direction_unsure


def _capitals_line(bottoms_only: int, tops_only: int) -> np.ndarray:
    """Letter boxes (x, y, w, h) of one line of capitals — every pair shares its top and its bottom — with
    ``bottoms_only`` letters reaching above the cap height (an accent: bottoms aligned, tops not) and
    ``tops_only`` hanging below the baseline (tops aligned, bottoms not), each after a plain capital."""
    boxes = []
    x = 0
    for kind in ["plain"] * 20 + ["bottom"] * bottoms_only + ["top"] * tops_only:
        boxes.append((x, 100, 20, 30))  # a plain capital first: each odd letter's left neighbour is plain
        x += 24
        top, height = {"plain": (100, 30), "bottom": (92, 38), "top": (100, 38)}[kind]
        boxes.append((x, top, 20, height))
        x += 24 + 60  # a word space after it: each telling pair counted once
    return np.array(boxes, dtype=np.float64)


def test_a_margin_resting_on_a_handful_of_letters_is_a_doubt() -> None:
    """Capitals share tops and bottoms: the few pairs that tell up from down can lean either way by chance.
    A large margin on few pairs is no decision; the same margin on many pairs is."""
    few = _capitals_line(bottoms_only=2, tops_only=5)
    assert _baseline_margin(few) < -0.4  # "upside down", by a wide margin...
    assert _baseline_evidence(few) < UNSURE_UPRIGHT_EVIDENCE_BELOW  # ...on too few pairs to trust
    many = _capitals_line(bottoms_only=40, tops_only=10)
    assert _baseline_margin(many) > 0.5 and _baseline_evidence(many) > UNSURE_UPRIGHT_EVIDENCE_BELOW
    guess = OrientationGuess(2, 0.9, 0.43, upright_evidence=_baseline_evidence(few))
    assert guess.doubt is not None and "upright evidence" in guess.doubt
    assert OrientationGuess(0, 0.9, 0.43, upright_evidence=_baseline_evidence(many)).doubt is None


def test_a_wrong_guess_with_a_wide_margin_on_little_evidence_is_overruled(dark_card: np.ndarray) -> None:
    """Turned over by a wide margin resting on a few letter pairs (print in capitals): read both ways."""
    right = guess_orientation(to_grey(dark_card))
    assert right.quarter_turns == 0
    wrong = dataclasses.replace(right, quarter_turns=2, upright_margin=0.43, upright_evidence=1.0)
    reading = read_upright(dark_card, wrong, TESSERACT_ONLY.engine(), TESSERACT_ONLY)
    assert reading.quarter_turns == 0
    assert "marc.petit@ateliernoir.fr" in " ".join(word.text for word in reading.page.words)


def test_evidence_prefers_card_text_over_confident_garbage() -> None:
    upright = _page(("Tel:", 0.9), ("(11)", 0.9), ("2684-7988", 0.9), ("flores@hotmail.com", 0.8))
    upside_down = _page(("8Z8L-vSBE", 0.9), ("Wios‘jeunouDeu", 0.9), ("(LL)", 0.9), ("ccom", 0.9))
    assert way_up_evidence(upright) > 2 * way_up_evidence(upside_down)


@pytest.fixture(scope="module")
def dark_card() -> np.ndarray:
    return render(DARK_CARD)


def test_unsure_wrong_guess_is_overruled_by_the_readings(dark_card: np.ndarray) -> None:
    """The cause itself: a guess pointing the wrong way with almost no margin must not decide."""
    flat = rotate_quarter(dark_card, 2)  # upside down
    right = guess_orientation(to_grey(flat))
    assert right.quarter_turns == 2
    wrong = dataclasses.replace(right, quarter_turns=0, upright_margin=UNSURE_UPRIGHT_BELOW / 5)
    engine = CountingEngine(TESSERACT_ONLY.engine())
    reading = read_upright(flat, wrong, engine, TESSERACT_ONLY)
    assert reading.quarter_turns == 2
    assert "marc.petit@ateliernoir.fr" in " ".join(word.text for word in reading.page.words)
    assert engine.calls == 2  # the guess and its opposite, nothing more


def test_dark_card_photographed_upside_down_comes_out_upright(dark_card: np.ndarray) -> None:
    photo = photograph(dark_card, quarter_turns=2, seed=5)
    (result,) = read_pixels(photo, TESSERACT_ONLY)
    assert result.rotation == 180
    assert [e.value for e in result.fields.emails] == ["marc.petit@ateliernoir.fr"]


def test_clean_card_is_read_once() -> None:
    flat = render(FRENCH_CARD)
    guess = guess_orientation(to_grey(flat))
    assert guess.doubt is None
    engine = CountingEngine(TESSERACT_ONLY.engine())
    reading = read_upright(flat, guess, engine, TESSERACT_ONLY)
    assert reading.quarter_turns == 0 and engine.calls == 1
