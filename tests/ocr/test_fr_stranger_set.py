"""``fr_stranger_set``: its truth matches what the card prints, its photos are the moderate ones the set
promises (frame size, the card's share of it, wholly inside), the same seed gives the same set, and the
reader finds a card's contacts in one of its photos (real Tesseract and RapidOCR)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import cv2
import numpy as np
import pytest

from cardbook.ocr.batch import read_images
from cardbook.ocr.jsonout import card_to_dict
from cardbook.ocr.pipeline import ReadOptions
from cardbook.ocr.scoring import score_card

from .fr_stranger_photo import EDGE_MARGIN_PX, LANDSCAPE_FRAME, MAX_AREA_SHARE, MIN_AREA_SHARE, PORTRAIT_FRAME
from .fr_stranger_set import generate


def _letters(text: str) -> str:
    return re.sub(r"\W", "", text).casefold()


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("fr_stranger")
    return [(path, json.loads(path.with_suffix(".json").read_text("utf-8"))) for path in generate(folder, 12, 7)]


def test_truth_is_printed_on_the_card(cards: list[tuple[Path, dict]]) -> None:
    for _path, truth in cards:
        printed = " ".join(truth["lines"])
        for value in [truth["name"], truth["title"], truth["company"], truth["department"]]:
            if value:
                assert _letters(value) in _letters(printed), (value, truth["lines"])
        for value in truth["emails"] + truth["websites"] + [p["number"] for p in truth["phones"]]:
            assert value in printed, (value, truth["lines"])
        for part in (truth["address"] or "").split(", "):
            assert _letters(part) in _letters(printed), (part, truth["lines"])


def test_photos_are_moderate(cards: list[tuple[Path, dict]]) -> None:
    kinds = set()
    for path, truth in cards:
        image = cv2.imread(str(path))
        height, width = image.shape[:2]
        assert (width, height) in (LANDSCAPE_FRAME, PORTRAIT_FRAME)
        corners = np.array(truth["corners"], np.float32)
        assert corners.min() >= EDGE_MARGIN_PX - 1
        assert corners[:, 0].max() <= width - EDGE_MARGIN_PX + 1 and corners[:, 1].max() <= height - EDGE_MARGIN_PX + 1
        share = cv2.contourArea(corners) / (width * height)
        # a landscape card may be shrunk below the drawn share to fit once turned, never beyond a few percent
        assert MIN_AREA_SHARE * 0.9 <= share <= MAX_AREA_SHARE, share
        kinds.add(next(t for t in truth["traits"] if t.startswith("org:")))
    assert len(kinds) == 6


def test_same_seed_same_set(tmp_path: Path, cards: list[tuple[Path, dict]]) -> None:
    again = generate(tmp_path, 3, 7)
    for (path, truth), other in zip(cards[:3], again, strict=True):
        assert json.loads(other.with_suffix(".json").read_text("utf-8")) == truth
        assert path.name == other.name


def test_reader_finds_the_contacts_of_a_photo(cards: list[tuple[Path, dict]]) -> None:
    path, truth = next((p, t) for p, t in cards if t["emails"] and t["phones"] and "dark" not in t["traits"])
    [(_, read)] = list(read_images([str(path)], ReadOptions(), jobs=1))
    assert len(read) == 1 and read[0].error is None
    predicted = card_to_dict(read[0])
    counts = score_card(predicted, truth).counts
    assert counts["emails"].fn == 0 and counts["phones"].fn == 0, (predicted, truth)
