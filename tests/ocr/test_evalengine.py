"""The honest-evaluation tools (split, misses report, hard sets) and the per-card engine choice, on real
images made here and the real engines (no mocks)."""

from __future__ import annotations

import contextlib
import io
import json
import random
from pathlib import Path

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.engine_choice import choose_engine
from cardbook.ocr.eval_report import CardOutcome, Summary, print_misses, to_json
from cardbook.ocr.geometry import warp_quad
from cardbook.ocr.image_quality import measure
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.pipeline import read_pixels
from cardbook.ocr.scoring import score_card
from cardbook.ocr.splits import split_paths

from .hard_sets import KINDS, degrade, generate
from .render import ENGLISH_CARD, photograph, render


def test_split_is_deterministic_disjoint_and_halves_each_folder() -> None:
    paths = [Path(f"/a/scans/{i:03d}.jpg") for i in range(21)] + [Path(f"/b/photos/p{i}.jpg") for i in range(8)]
    tune, report = split_paths(paths, "tune"), split_paths(paths, "report")
    assert not set(tune) & set(report)
    assert sorted(tune + report) == sorted(paths)
    assert split_paths(list(reversed(paths)), "tune") == list(reversed(tune))  # order-free, repeatable
    assert sum(p.parent.name == "photos" for p in tune) == 4 and sum(p.parent.name == "scans" for p in tune) == 11
    # The folder's location does not matter, only the file names.
    moved = [Path("/elsewhere") / p.parent.name / p.name for p in paths]
    assert [p.name for p in split_paths(moved, "tune")] == [p.name for p in tune]


def test_misses_report_names_the_field_with_expected_and_predicted() -> None:
    truth = {"name": "Ana Souza", "company": "Costa & Filhos ME", "emails": ["a@b.com.br"], "phones": [], "lines": []}
    predicted = {"name": "Ana Souza", "company": "Costa", "emails": ["a@b.com.br"], "phones": [], "seconds": 0.5}
    summary = Summary([CardOutcome("/x/card-1.jpg", predicted, truth, score_card(predicted, truth), 0, 1)])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print_misses(summary)
    text = out.getvalue()
    assert "company (1 of 1 cards):" in text
    assert '"Costa & Filhos ME"  →  "Costa"' in text and "card-1.jpg" in text
    assert "name (" not in text
    figures = to_json(summary, {"engine": "pipeline"})
    assert figures["fields"]["company"]["fn"] == 1 and figures["per_card"][0]["misses"].keys() == {"company"}


def _degraded_photo() -> np.ndarray:
    """The English card photographed badly: perspective, strong blur, a shadow and a dim corner, JPEG."""
    photo = photograph(render(ENGLISH_CARD), blur=7, shadow=True, jpeg_quality=None, seed=5, tilt=0.06)
    return degrade(photo, random.Random(3), 3)


def test_engine_choice_rapidocr_for_a_degraded_photo_tesseract_for_a_flat_render() -> None:
    photo = _degraded_photo()
    quad = find_cards(photo, 8)[0]
    card = warp_quad(photo, quad.corners, 2000)
    degraded = choose_engine(measure(card), inside_photo=not quad.whole_image)
    assert degraded.engine == "rapidocr" and degraded.reasons and degraded.photo
    clean = choose_engine(measure(render(ENGLISH_CARD)))
    assert clean.engine == "tesseract" and not clean.reasons
    # And the pipeline follows the choice, with the real engines.
    assert read_pixels(photo, ReadOptions())[0].engine == "rapidocr"
    assert read_pixels(render(ENGLISH_CARD), ReadOptions())[0].engine.startswith("tesseract")


def test_hard_sets_write_valid_truth_beside_each_image(tmp_path: Path) -> None:
    paths = generate(tmp_path, count=1, seed=4, langs=("de",), kinds=("columns", "vertical", "rotated", "photo"))
    assert [p.parent.name for p in paths] == ["columns", "vertical", "rotated", "photo"]
    assert set(KINDS) >= {p.parent.name for p in paths}
    for path in paths:
        image = cv2.imread(str(path))
        assert image is not None and min(image.shape[:2]) > 300
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert truth["image"] == f"{path.parent.name}/{path.name}" and truth["lang"] == "de"
        assert set(truth) >= {"name", "title", "company", "emails", "phones", "websites", "address", "lines"}
        printed = " ".join(truth["lines"])
        for value in (truth["name"], truth["company"], truth["emails"][0], truth["websites"][0]):
            assert value in printed
        assert all(phone["number"] in printed for phone in truth["phones"])
        assert truth["address"].split(", ")[-1] in printed  # "PLZ City" line
    rotated = cv2.imread(str(paths[2]))
    assert rotated.shape[0] > rotated.shape[1]  # a quarter turn: taller than wide
