"""``scan_world_set``: the same seed draws the same cards, and every truth is valid and printed on its card."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tests.ocr import scan_world_capture, scan_world_set
from tests.ocr.scan_world_people import COUNTRIES, Country, address_lines, phone, romanised_greek

PHONE_KINDS = {"work", "mobile", "fax", "home", "other"}
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


def test_same_seed_same_card() -> None:
    first_image, first = scan_world_set.make_card(2, 4)
    second_image, second = scan_world_set.make_card(2, 4)
    assert first == second
    assert np.array_equal(first_image, second_image)
    _other_image, other = scan_world_set.make_card(3, 4)
    assert other["lines"] != first["lines"]


def _back_side_index(seed: int) -> int:
    return next(i for i in range(80) if scan_world_set.card_rng(seed, i).random() < scan_world_set.BACK_SIDE_SHARE)


# Cards over both tune seeds and the held-out one: every kind of card-giver is drawn in ten cards in a row.
CARDS = [(1, index) for index in range(10)] + [(2, 3), (2, 17), (3, 8)]


@pytest.mark.parametrize(("seed", "index"), [*CARDS, (1, _back_side_index(1))])
def test_truth_is_valid_and_printed(seed: int, index: int) -> None:
    image, truth = scan_world_set.make_card(seed, index)
    extension = truth.pop("_format")
    assert extension in (".jpg", ".png") and truth["image"].endswith(extension)
    assert set(truth) == KEYS and truth["kind"] == "scan"
    assert image.ndim == 3 and min(image.shape[:2]) > 400  # 55 mm at 200 dpi is 433 px
    lines = truth["lines"]
    assert lines and all(line.strip() and "\n" not in line for line in lines)
    printed = "\n".join(lines)
    for key in ("name", "title", "company", "department", "address", "tagline"):
        assert truth[key] is None or (isinstance(truth[key], str) and truth[key].strip()), key
    for key in ("name", "company", "department"):
        assert truth[key] is None or truth[key] in printed or truth[key].upper() in printed, key
    if truth["title"] and "back-vcard" not in truth["traits"]:
        assert all(part in printed for part in truth["title"].split(", "))
    for email in truth["emails"]:
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", email) and email in printed
    for number in truth["phones"]:
        assert number["kind"] in PHONE_KINDS and number["number"] in printed
        assert sum(c.isdigit() for c in number["number"]) >= 7
    for site in truth["websites"] + truth["social"]:
        assert site in printed and not site.startswith("http")
    if truth["address"]:
        assert all(part in printed for part in truth["address"].split(", "))


def test_every_kind_and_the_back_are_drawn() -> None:
    truths = [scan_world_set.make_card(1, index)[1] for index in range(10)]
    kinds = {trait for truth in truths for trait in truth["traits"] if trait.startswith("kind-")}
    assert len(kinds) == 10
    _image, back = scan_world_set.make_card(1, _back_side_index(1))
    assert "back-vcard" in back["traits"] and "qr" in back["traits"]


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda country: country.code)
def test_every_country_prints_a_phone_and_an_address(country: Country) -> None:
    import random

    rng = random.Random(7)
    assert sum(c.isdigit() for c in phone(country, rng, extension=True)) >= 7
    lines = address_lines(country, rng)
    assert len(lines) >= 2 and any(c.isdigit() for c in "".join(lines)) and all(line.strip() for line in lines)


def test_greek_is_romanised() -> None:
    assert romanised_greek("Μπουμπουλίνα Ουρανία") == "Mpoumpoulina Ourania"
    assert all(ord(c) < 128 for c in romanised_greek("Θεσσαλονίκη Χαλκιδική"))


def test_scan_dpi_sets_the_size() -> None:
    import random

    card = np.full((int(55 / 25.4 * 600), int(85 / 25.4 * 600), 3), 250, np.uint8)
    image, extension, done = scan_world_capture.scan(card, 600, random.Random(3))
    assert done["dpi"] == 600 and extension in (".jpg", ".png")
    assert image.shape[0] >= card.shape[0] - 12 and abs(done["skew"]) <= scan_world_capture.MAX_SKEW_DEG
