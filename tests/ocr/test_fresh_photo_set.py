"""``fresh_photo_set``: the same seed makes the same photos byte for byte, and its truth is valid — the
format's fields and types, every value printed on one of the card's lines, both countries and every design
within a small set, the card's corners inside the photo as it shows upright (EXIF orientation applied)."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps

from .fresh_photo_capture import photograph
from .fresh_photo_cards import DESIGNS
from .fresh_photo_set import make_photo, printed_card, write_set

FORMAT = Path(__file__).resolve().parents[2] / "docs" / "EVALUATION_FORMAT.md"
PHONE_KINDS = {"work", "mobile", "fax", "home", "other"}
SAMPLE = 16  # two countries × eight designs: each design once in each country
POSES = 12  # photos drawn: enough for an EXIF-turned one among them (a fifth are)
SMALL_CARD = np.full((120, 210, 3), 200, np.uint8)  # photographing a small card keeps the pose test quick


def _upright(data: bytes) -> Image.Image:
    return ImageOps.exif_transpose(Image.open(io.BytesIO(data)))


def test_the_same_seed_makes_the_same_photos_and_another_seed_others() -> None:
    first, again, other = make_photo(3, 1), make_photo(3, 1), make_photo(3, 2)
    assert first[0] == again[0] and first[1] == again[1]
    assert first[0] != other[0]


def test_the_truth_is_the_formats_and_every_value_is_printed() -> None:
    documented = re.findall(r"^\| `(\w+)` \|", FORMAT.read_text(encoding="utf-8"), re.MULTILINE)
    _, truth = make_photo(0, 2)
    assert list(truth)[: len(documented)] == documented
    designs, countries = set(), set()
    for index in range(SAMPLE):
        content, drawn, _ = printed_card(index, 1)
        designs.add(drawn.design)
        countries.add(content.country)
        text = "\n".join(drawn.lines)
        for value in (content.name, content.title, content.company, content.address, content.tagline):
            assert value is None or (value.strip() == value and value)
        for part in [content.name, content.title, content.company, content.licence, content.slogan]:
            assert part is None or part in text, (index, part)
        for part in [*content.emails, *content.websites, *content.social, *content.address_lines]:
            assert part in text, (index, part)
        for phone in content.phones:
            assert phone["kind"] in PHONE_KINDS and phone["number"] in text
        if drawn.design == "back":
            assert content.name is None and content.phones == []
    assert designs == set(DESIGNS) and countries == {"br", "us"}


def test_the_corners_lie_where_the_upright_photo_shows_the_card() -> None:
    turned = set()
    for seed in range(POSES):
        data, corners, capture = photograph(SMALL_CARD, random.Random(seed))
        upright = np.asarray(_upright(data).convert("L"), np.float32)
        height, width = upright.shape
        assert (width, height) == capture.frame
        assert (corners >= -1).all() and (corners[:, 0] <= width + 1).all() and (corners[:, 1] <= height + 1).all()
        assert 0.2 <= cv2.contourArea(corners) / (width * height) <= 0.75
        turned.add(capture.exif)
        if capture.light > 0.8 and not capture.glare and not capture.shadow and capture.blur == "none":
            # The card's centre shows the card's grey (its edges may be under a finger), whatever EXIF turn.
            x, y = corners.mean(axis=0).astype(int)
            assert abs(float(np.median(upright[y - 3 : y + 4, x - 3 : x + 4])) - 200 * capture.light) < 90
    assert len(turned) >= 2


def test_the_set_writes_each_photo_beside_its_truth(tmp_path: Path) -> None:
    paths = write_set(tmp_path, count=2, seed=2)
    for path in paths:
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert truth["image"] == path.name and truth["kind"] == "photo"
        assert len(truth["corners"]) == 4
