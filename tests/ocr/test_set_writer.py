"""The generated sets' shared tail (``set_writer``): the truth it writes is the evaluation format's, key for key
and in its order, read back as written; the images are written as asked; the command line's defaults."""

from __future__ import annotations

import json
import re
from pathlib import Path

import cv2
import numpy as np

from .render import scanner_noise
from .set_writer import seed_of_card, set_parser, truth_record, write_card, write_encoded, write_jpeg

FORMAT = Path(__file__).resolve().parents[2] / "docs" / "EVALUATION_FORMAT.md"


def _record(**more: object) -> dict[str, object]:
    return truth_record(
        image="scan/card-000.jpg",
        kind="scan",
        lang="fr",
        name="Zoé Exemple",
        title="Directrice",
        company="Exemple SA",
        emails=["zoe@exemple.example"],
        phones=[{"number": "01 23 45 67 89", "kind": "work"}],
        websites=["exemple.example"],
        address=None,
        lines=["Exemple SA", "Zoé Exemple"],
        notes="generated",
        **more,
    )


def test_the_truth_holds_the_formats_keys_in_its_order() -> None:
    documented = re.findall(r"^\| `(\w+)` \|", FORMAT.read_text(encoding="utf-8"), re.MULTILINE)
    record = _record(traits=["plain"])
    assert list(record)[: len(documented)] == documented
    assert list(record)[len(documented) :] == ["traits"]
    assert record["other_names"] == [] and record["social"] == [] and record["unreadable"] is False


def test_a_card_and_its_truth_are_written_side_by_side(tmp_path: Path) -> None:
    image = scanner_noise(np.full((60, 90, 3), 200, np.uint8), seed=3, sigma=3)
    path = write_card(tmp_path / "card.jpg", image, _record())
    read = cv2.imread(str(path))
    assert read is not None and read.shape == image.shape
    text = path.with_suffix(".json").read_text(encoding="utf-8")
    assert "Zoé" in text  # accents as letters, not escapes
    assert list(json.loads(text).items()) == list(_record().items())


def test_a_jpeg_is_written_at_the_quality_asked(tmp_path: Path) -> None:
    image = scanner_noise(np.full((120, 160, 3), 128, np.uint8), seed=5, sigma=20)
    low = write_jpeg(tmp_path / "low.jpg", image, 30, _record())
    high = write_jpeg(tmp_path / "high.jpg", image, 95, _record())
    assert low.stat().st_size < high.stat().st_size
    encoded = write_encoded(tmp_path / "trait" / "photo.jpg", high.read_bytes(), _record())
    assert encoded.read_bytes() == high.read_bytes()
    assert encoded.with_suffix(".json").is_file()


def test_scanner_noise_is_its_seeds() -> None:
    flat = np.full((40, 40, 3), 128, np.uint8)
    assert np.array_equal(scanner_noise(flat, 7, 3), scanner_noise(flat, 7, 3))
    assert not np.array_equal(scanner_noise(flat, 7, 3), scanner_noise(flat, 8, 3))


def test_cards_of_a_set_never_share_a_seed() -> None:
    seeds = {seed_of_card(seed, index, group) for seed in (1, 2) for group in range(8) for index in range(999)}
    assert len(seeds) == 2 * 8 * 999


def test_the_command_lines_defaults() -> None:
    args = set_parser("some_set", None, 24).parse_args(["out"])
    assert (args.folder, args.count, args.seed) == (Path("out"), 24, 1)
    assert set_parser("some_set", None, 44, folder_optional=True).parse_args([]).folder is None
