"""Labels of print-shop cards as OCR reads them on cheap phone photos (``tests/ocr/shop_photo_set.py``): a list
of services or the firm's claims is no firm's name, a title glued to the name by a hyphen or marked "®" is
still the title, and the set itself renders with DejaVu alone."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.offer_lines import offer_line
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.shared_line import split_name_title
from cardbook.ocr.types import Box

from . import render
from .line_cards import stacked_lines
from .photo_set import decode
from .shop_photo_data import shop_variants
from .shop_photo_set import DESIGNS, make_shop_photo
from .smallbiz_data import Variants, small_business_card


@pytest.mark.parametrize("listed", ["Bonded & Insured", "Limpeza·Reformas", "Water Heaters·Remodeling"])
def test_a_list_of_services_or_a_claim_is_no_firm(listed: str) -> None:
    """A card whose firm is a logo only: the list (its bullet read without spaces) or the claim is the largest
    free line left, and still no firm's name."""
    rows = [(listed, 48), ("Dave Carter,", 60), ("Estimator", 32), ("Address: 14 Route 9", 26)]
    rows += [("Nashville, NC 38120", 26), ("Cell 436-395-3431", 26), ("@dcautorepair", 30)]
    fields = parse_lines(stacked_lines(rows), "US")
    assert fields.company is None
    assert fields.name is not None and fields.name.value == "Dave Carter"
    assert fields.title is not None and fields.title.value == "Estimator"


@pytest.mark.parametrize("firm", ["Farrell, Robinson and Carter", "Heating & Cooling Pros", "Auto Peças Costa ME"])
def test_a_firm_with_a_comma_or_an_ampersand_is_no_list(firm: str) -> None:
    assert not offer_line(firm)


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Kimberly Nguyen-Owner", "Kimberly Nguyen", "Owner"),
        ("Marisa Antunes-Proprietária", "Marisa Antunes", "Proprietária"),
    ],
)
def test_a_title_glued_to_the_name_by_a_hyphen_is_cut_from_it(line: str, name: str, title: str) -> None:
    fields = parse_text(f"{line}\n(305) 555-0143\nkim@example.com", "US")
    assert fields.name is not None and fields.name.value == name
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize("name", ["Ana Lima-Souza", "Jean-Marc Dupont"])
def test_a_hyphenated_name_stays_whole(name: str) -> None:
    assert split_name_title(name) is None


@pytest.mark.parametrize("printed", ["Realtor®", "Realtor@"])
def test_a_registered_mark_after_the_title_keeps_it_a_title(printed: str) -> None:
    """OCR reads a small "®" as "@" on photos: a word ending with it is no e-mail."""
    fields = parse_text(f"Dana Whitlow\n{printed}\n(305) 555-0143\ndana@example.com", "US")
    assert fields.title is not None and fields.title.value.rstrip("®@") == "Realtor"


def test_two_roles_and_a_cut_title_are_transcribed_as_printed() -> None:
    """``shop_variants`` prints two roles (or a title cut after its first word) on two lines; the truth joins
    them with ", " as docs/EVALUATION_FORMAT.md says."""
    seen = set()
    for seed in range(60):
        rng = random.Random(seed)
        card = small_business_card(rng, ("BR", "US")[seed % 2], Variants(random.Random(seed)))
        card, drawn = shop_variants(card, random.Random(f"shop-{seed}"))
        titles = [row.text for row in card.rows if row.role == "title"]
        if "two_roles" in drawn or "cut_title" in drawn:
            seen.update(drawn)
            assert len(titles) == 2
            joined = ", ".join(titles) if "two_roles" in drawn else " ".join(titles)
            assert card.truth["title"] == joined
    assert {"two_roles", "cut_title"} <= seen


@pytest.mark.parametrize("design", DESIGNS)
def test_each_design_renders_with_dejavu_alone(design: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CI machine has DejaVu only: ``palette()`` then gives DejaVu for every look and the photo is made."""
    dejavu = {look: (render.FONT_DIR + face,) for look, face in render.DEJAVU_LOOKS.items()}
    monkeypatch.setattr("tests.ocr.shop_photo_set.palette", lambda: dejavu)
    data, truth = make_shop_photo(DESIGNS.index(design), 1, design)
    photo = decode(data)
    assert photo.ndim == 3 and 1_000_000 <= photo.shape[0] * photo.shape[1] <= 3_100_000
    assert all(face.startswith("DejaVu") for face in truth["faces"].values())
    corners = np.array(truth["corners"])
    assert (corners >= 0).all() and (corners[:, 0] <= photo.shape[1]).all() and (corners[:, 1] <= photo.shape[0]).all()
    json.dumps(truth)


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [("LICENSED", "PLUMBER", "LICENSED PLUMBER"), ("Senior", "Project Manager", "Senior Project Manager")],
)
def test_a_title_cut_after_its_first_word_is_joined(first: str, second: str, title: str) -> None:
    fields = parse_text(f"Maria Garcia\n{first}\n{second}\n17642 W Lincoln Ave\nTuttle, OK 39489", "US")
    assert fields.title is not None and fields.title.value == title


def test_a_title_continued_by_em_is_joined() -> None:
    fields = parse_text("Marisa Antunes\nTécnica\nem Refrigeração\n(11) 98765-4321", "BR")
    assert fields.title is not None and fields.title.value.replace(",", "") == "Técnica em Refrigeração"


def test_a_one_word_firm_over_the_title_is_not_joined() -> None:
    fields = parse_text("Maria Garcia\nKestrel\nOwner\n(305) 555-0143", "US")
    assert fields.title is not None and fields.title.value == "Owner"


def test_the_comma_after_the_name_read_as_a_full_stop_still_cuts_the_title() -> None:
    assert split_name_title("Raimundo Medeiros. Proprietário") == ("Raimundo Medeiros", "Proprietário")


# A centred photographed card as OCR boxed it (text, box left/top/width/height, letter height, confidence): its
# title is cut after its first word, the second line opening with "de"; the name outscores "de Obras" barely.
CUT_TITLE_CARD = [
    ("Serralheria Souza", (81, 81, 989, 101), 99, 0.99991),
    ("Rosângela Ferreira Lima Souza", (147, 197, 858, 83), 82, 0.99982),
    ("Mestre", (535, 295, 89, 63), 63, 0.99989),
    ("de Obras", (513, 347, 131, 67), 65, 0.99999),
    ("Rua Dom Pedro Il, 2257, Sala 171 - Boa Vista", (187, 407, 776, 61), 59, 0.99984),
    ("Poço Branco - RN", (417, 461, 311, 55), 55, 0.99972),
    ("58293-708", (480, 509, 185, 62), 62, 0.99999),
    ("(69) 9 4824-1856", (422, 562, 294, 58), 58, 0.99972),
    ("WhatsApp 26 97734-8937", (364, 608, 422, 62), 59, 0.99998),
    ("rosangelasouza@outlook.com", (322, 658, 488, 56), 56, 0.99998),
    ("Instagram: @serralheriasouza_oficial", (258, 706, 617, 58), 58, 0.99909),
]


def test_the_second_line_of_a_cut_title_is_no_name() -> None:
    """ "de Obras" under "Mestre" is name-shaped and set apart from the company: it carries the title on."""
    lines = [
        CardLine(index, text, Box(*box), height, sure) for index, (text, box, height, sure) in enumerate(CUT_TITLE_CARD)
    ]
    fields = parse_lines(lines, "FR")
    assert fields.name is not None and fields.name.value == "Rosângela Ferreira Lima Souza"
    assert fields.title is not None and fields.title.value == "Mestre, de Obras"
