"""``fresh_scan_set``: the same seed draws the same cards, and every truth is valid and printed on its card."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.ocr import fresh_scan_set
from tests.ocr.fresh_scan_capture import DPIS, MAX_SKEW_DEG

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "image",
    "kind",
    "lang",
    "name",
    "other_names",
    "title",
    "company",
    "department",
    "emails",
    "phones",
    "websites",
    "address",
    "social",
    "tagline",
    "lines",
    "unreadable",
    "notes",
    "traits",
}
PHONE_KINDS = {"work", "mobile", "fax", "home", "other"}
# Cards spread over both seeds' first layouts, countries and sectors, and one card scanned from its back.
CARDS = [(1, 0), (1, 5), (1, 11), (2, 3), (2, 7), (2, 20)]


def _back_side_index(seed: int) -> int:
    return next(i for i in range(60) if fresh_scan_set.card_rng(seed, i).random() < fresh_scan_set.BACK_SIDE_SHARE)


def test_same_seed_same_card() -> None:
    first_image, first = fresh_scan_set.make_card(2, 4)
    second_image, second = fresh_scan_set.make_card(2, 4)
    assert first == second
    assert np.array_equal(first_image, second_image)
    _other_image, other = fresh_scan_set.make_card(3, 4)
    assert other["lines"] != first["lines"]


@pytest.mark.parametrize(("seed", "index"), [*CARDS, (1, _back_side_index(1))])
def test_truth_is_valid_and_printed(seed: int, index: int) -> None:
    image, truth = fresh_scan_set.make_card(seed, index)
    truth.pop("_quality")
    assert set(truth) == KEYS
    printed = "\n".join(truth["lines"])
    for key in ("name", "title", "company", "department", "address", "tagline"):
        assert truth[key] is None or (isinstance(truth[key], str) and truth[key].strip()), key
    assert truth["kind"] == "scan" and truth["lines"] and all(line.strip() for line in truth["lines"])
    assert all("\n" not in line for line in truth["lines"])  # one printed line per entry
    if truth["name"]:
        assert truth["name"] in truth["lines"]
    if truth["title"]:
        assert all(part in truth["lines"] for part in truth["title"].split(", "))
    assert truth["company"] and truth["company"] in printed
    for email in truth["emails"]:
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", email) and email in printed
    for phone in truth["phones"]:
        assert phone["kind"] in PHONE_KINDS and phone["number"] in printed
        assert sum(c.isdigit() for c in phone["number"]) >= 7
    for site in truth["websites"]:
        assert site in printed and not site.startswith("http")
    if truth["address"]:
        assert all(part in printed for part in truth["address"].split(", ") if part)
    traits = truth["traits"]
    assert traits["dpi"] in DPIS and abs(traits["skew"]) <= MAX_SKEW_DEG and 75 <= traits["jpeg"] <= 95
    short, long = sorted(image.shape[:2])
    # The card's longer side is 3.3-3.5 inches: the scan's at least that at the scan's resolution.
    assert long >= 3.3 * traits["dpi"] and short >= 2.0 * traits["dpi"] * 0.95
    json.dumps(truth, ensure_ascii=False)


def test_back_side_prints_no_person() -> None:
    _, truth = fresh_scan_set.make_card(1, _back_side_index(1))
    assert truth["traits"]["layout"] == "back"
    assert truth["name"] is None and not truth["phones"] and not truth["emails"]
    assert truth["company"] in truth["lines"]


def test_set_covers_countries_sectors_and_layouts() -> None:
    traits = [fresh_scan_set.make_card(1, index)[1]["traits"] for index in range(12)]
    assert len({t["country"] for t in traits}) >= 6
    assert len({t["sector"] for t in traits}) >= 6
    assert len({t["layout"] for t in traits}) >= 5


def test_same_card_in_another_process() -> None:
    """Faker's it_IT towns come from a set, whose order follows each process's string hashing: an Italian card
    is the same whatever the hash seed (``fresh_scan_people.city``)."""
    countries = fresh_scan_set.COUNTRIES
    index = next(i for i in range(len(countries)) if countries[(i + 1) % len(countries)] == "IT")  # seed 1
    code = f"import json; from tests.ocr import fresh_scan_set as s; print(json.dumps(s.make_card(1, {index})[1]))"
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and json.loads(runs[0])["traits"]["country"] == "IT"
