"""``stranger_set``: its truth is what the card prints, the same seed makes the same set, and its scans are
readable (Tesseract finds the contact lines' e-mail on a generated scan)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import cv2
import pytesseract

from tests.ocr.stranger_data import COUNTRIES, stranger_card
from tests.ocr.stranger_set import generate, layout


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def test_truth_is_printed(tmp_path: Path) -> None:
    paths = generate(tmp_path, 6, 5, ["US", "DE", "FR", "IT", "PL", "SE"])
    assert len(paths) == 6
    for path in paths:
        truth = json.loads(path.with_suffix(".json").read_text("utf-8"))
        printed = _letters(" ".join(truth["lines"]))
        assert _letters(truth["name"]) in printed
        assert _letters(truth["company"]) in printed
        for value in truth["emails"] + truth["websites"]:
            assert _letters(value) in printed, value
        assert all("://" not in site for site in truth["websites"])
        assert cv2.imread(str(path)) is not None


def test_same_seed_same_cards(tmp_path: Path) -> None:
    first = [p.with_suffix(".json").read_text("utf-8") for p in generate(tmp_path / "a", 3, 9, ["GB", "NL"])]
    second = [p.with_suffix(".json").read_text("utf-8") for p in generate(tmp_path / "b", 3, 9, ["GB", "NL"])]
    assert first == second


def test_every_country_draws_a_card() -> None:
    rng = random.Random(3)
    for index, country in enumerate(COUNTRIES):
        card = stranger_card(country, rng, index)
        image, lines, traits = layout(card, rng)
        assert card.people and card.company and lines and country in traits
        assert image.size[0] > 1000


def test_scan_is_readable(tmp_path: Path) -> None:
    path = generate(tmp_path, 1, 2, ["US"])[0]
    truth = json.loads(path.with_suffix(".json").read_text("utf-8"))
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    text = pytesseract.image_to_string(image)
    assert _letters(truth["emails"][0]) in _letters(text)
