"""The pipeline on a small generated set of French cards (tests/ocr/french_set.py), scored like the
evaluation (docs/EVALUATION_FORMAT.md): per-field F1 over the set must stay high."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardbook.ocr.batch import read_images
from cardbook.ocr.jsonout import card_to_dict
from cardbook.ocr.pipeline import ReadOptions
from cardbook.ocr.scoring import SCORED_FIELDS, FieldCounts, score_card

from .french_set import generate, make_card

# Measured on 24 generated cards: name 1.0, title 0.98, company 0.96, contacts and address 1.0.
MIN_F1 = {
    "name": 0.85,
    "title": 0.85,
    "company": 0.85,
    "emails": 0.95,
    "phones": 0.95,
    "websites": 0.95,
    "address": 0.90,
}


def test_generated_truth_follows_the_schema() -> None:
    import random

    _, truth, _ = make_card(1, random.Random(3))
    assert set(truth) >= {"image", "name", "title", "company", "emails", "phones", "websites", "address", "lines"}
    assert all(phone["kind"] in ("work", "mobile", "fax") for phone in truth["phones"])  # type: ignore[attr-defined]
    assert all(email.isascii() for email in truth["emails"])  # type: ignore[attr-defined]


def test_french_cards_are_read_field_by_field(tmp_path: Path) -> None:
    # Eight cards cover every style once or more: photographed, small grey print, dark card, light text on
    # a band, vCard QR, compound first names, "DUPONT Jean", "BP … CEDEX" and "12 bis, rue …" addresses.
    paths = generate(tmp_path, count=8, seed=7)
    totals = {name: FieldCounts() for name in SCORED_FIELDS}
    failures: list[str] = []
    for path, cards in read_images([str(p) for p in paths], ReadOptions(), jobs=2):
        truth = json.loads(Path(path).with_suffix(".json").read_text(encoding="utf-8"))
        assert len(cards) == 1 and cards[0].error is None, path
        predicted = card_to_dict(cards[0])
        score = score_card(predicted, truth)
        for name, count in score.counts.items():
            totals[name].tp += count.tp
            totals[name].fp += count.fp
            totals[name].fn += count.fn
            if count.fp or count.fn:
                failures.append(f"{Path(path).name} {name}: {predicted.get(name)!r} != {truth.get(name)!r}")
    below = {name: round(totals[name].f1, 3) for name in SCORED_FIELDS if totals[name].f1 < MIN_F1[name]}
    assert not below, (below, failures)


@pytest.mark.parametrize("index", [1, 7])  # "DUPONT Jean" and "MARTIN Sophie": surname first
def test_surname_first_names_survive_ocr(tmp_path: Path, index: int) -> None:
    import random

    from .render import render

    card, truth, _ = make_card(index, random.Random(index))
    from cardbook.ocr.pipeline import read_pixels

    results = read_pixels(render(card), ReadOptions())
    assert results[0].fields.name is not None and results[0].fields.name.value == truth["name"]
