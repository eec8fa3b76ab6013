"""The whole pipeline with real Tesseract on rendered cards, flat and "photographed".

Tesseract is the engine every installation has, so these tests switch the optional second engine off
(``fallback_engine=None``): the figures must hold without it.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from cardbook.ocr.pipeline import CUT_CARD, CardResult, LeftOut, ReadOptions, read_image, read_pixels

from .render import ENGLISH_CARD, FRENCH_CARD, Card, Text, photograph, render, save

TESSERACT_ONLY = ReadOptions(fallback_engine=None)


def only_card(results: list[CardResult]) -> CardResult:
    assert len(results) == 1, [result.corners for result in results]
    result = results[0]
    assert result.error is None
    return result


def assert_french_fields(result: CardResult) -> None:
    fields = result.fields
    assert fields.name is not None and fields.name.value == "Hélène Leroy"
    assert fields.title is not None and fields.title.value == "Directrice commerciale"
    assert fields.company is not None and fields.company.value == "Quadrant Ingénierie SAS"
    assert fields.address is not None
    assert fields.address.value == "26 rue du Faubourg Saint-Honoré, 35000 Rennes"
    assert [e.value for e in fields.emails] == ["helene.leroy@quadrant-ingenierie.fr"]
    assert [(p.e164, p.kind) for p in fields.phones] == [("+33299123456", "work"), ("+33612345678", "mobile")]
    assert [w.value for w in fields.websites] == ["www.quadrant-ingenierie.fr"]


@pytest.fixture(scope="module")
def french_card() -> np.ndarray:
    return render(FRENCH_CARD)


def test_flat_french_card_file(tmp_path: Path, french_card: np.ndarray) -> None:
    path = save(str(tmp_path / "carte.png"), french_card)
    result = only_card(read_image(path, TESSERACT_ONLY))
    assert_french_fields(result)
    assert result.image_path == path and result.card_index == 0 and result.rotation == 0
    assert result.seconds > 0
    assert result.card_image is not None
    # Words carry boxes inside the straightened card and confidences; fields point back to their lines.
    height, width = result.card_image.shape[:2]
    assert all(w.box.left >= 0 and w.box.right <= width + 2 and w.box.bottom <= height + 2 for w in result.words)
    assert all(0.0 <= w.confidence <= 1.0 for w in result.words)
    name = result.fields.name
    assert name is not None and name.box is not None
    assert "Hélène Leroy" in result.lines[name.lines[0]].text
    assert "Directrice commerciale" in result.text.splitlines()


@pytest.mark.parametrize("quarter_turns", [0, 1, 2, 3])
def test_photographed_card_in_any_orientation(french_card: np.ndarray, quarter_turns: int) -> None:
    photo = photograph(french_card, quarter_turns=quarter_turns, seed=10 + quarter_turns)
    result = only_card(read_pixels(photo, TESSERACT_ONLY, "photo.jpg"))
    assert_french_fields(result)
    # The corners found are those of the card in the photo, not the whole frame.
    corners = np.array(result.corners)
    assert corners[:, 0].min() > 50 and corners[:, 0].max() < photo.shape[1] - 50
    assert (result.rotation // 90 + quarter_turns) % 4 == 0


def test_blurred_shadowed_low_quality_photo(french_card: np.ndarray) -> None:
    photo = photograph(french_card, blur=1, shadow=True, jpeg_quality=55, tilt=0.08, seed=4)
    assert_french_fields(only_card(read_pixels(photo, TESSERACT_ONLY)))


def test_english_card_on_a_textured_desk() -> None:
    photo = photograph(render(ENGLISH_CARD), quarter_turns=3, seed=7)
    fields = only_card(read_pixels(photo, ReadOptions(fallback_engine=None, region="FR"))).fields
    assert fields.name is not None and fields.name.value == "Michael Turner"
    assert fields.title is not None and fields.title.value == "Chief Technology Officer"
    assert fields.company is not None and fields.company.value == "Northwind Traders Ltd"
    assert fields.address is not None and fields.address.value == "221 Baker Street, London NW1 6XE"
    assert [(p.e164, p.kind) for p in fields.phones] == [("+447911123456", "mobile")]
    assert [e.value for e in fields.emails] == ["michael.turner@northwind.co.uk"]


def test_dark_card_with_light_text() -> None:
    card = Card(
        [
            Text("Atelier Noir SARL", 46, "DejaVuSans-Bold.ttf", (235, 235, 235)),
            Text("Marc Petit", 40, color=(250, 250, 250)),
            Text("Directeur artistique", 30, color=(200, 200, 200)),
            Text("Tél. 04 78 12 34 56", 30, color=(230, 230, 230)),
            Text("marc.petit@ateliernoir.fr", 30, color=(230, 230, 230)),
        ],
        background=(40, 30, 25),
    )
    fields = only_card(read_pixels(photograph(render(card), seed=5), TESSERACT_ONLY)).fields
    assert fields.name is not None and fields.name.value == "Marc Petit"
    assert fields.company is not None and fields.company.value == "Atelier Noir SARL"
    assert [(p.e164, p.kind) for p in fields.phones] == [("+33478123456", "work")]
    assert [e.value for e in fields.emails] == ["marc.petit@ateliernoir.fr"]


def test_light_text_on_a_dark_band_and_small_grey_text() -> None:
    card = Card(
        [
            Text("Cabinet Roux & Associés", 44, "DejaVuSans-Bold.ttf", (255, 255, 255)),
            Text("Expertise comptable", 28, color=(230, 230, 230)),
            Text("Nadia Roux", 40),
            Text("Expert-comptable associée", 28, color=(70, 70, 70)),
            Text("8 place Bellecour, 69002 Lyon", 20, color=(140, 140, 140)),
            Text("Tél. 04 72 00 11 22  •  nadia.roux@roux-associes.fr", 20, color=(140, 140, 140)),
        ],
        band=(25, 153, (120, 60, 20)),
    )
    fields = only_card(read_pixels(render(card), TESSERACT_ONLY)).fields
    assert fields.company is not None and fields.company.value == "Cabinet Roux & Associés"
    assert fields.name is not None and fields.name.value == "Nadia Roux"
    assert fields.address is not None and fields.address.value == "8 place Bellecour, 69002 Lyon"
    assert [p.e164 for p in fields.phones] == ["+33472001122"]
    assert [e.value for e in fields.emails] == ["nadia.roux@roux-associes.fr"]


def test_vcard_qr_on_the_card_fills_and_wins() -> None:
    vcard = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Garnier;Élodie\nFN:Élodie Garnier\nORG:Garnier Conseil\n"
        "TITLE:Consultante RSE\nTEL;TYPE=CELL:+33 6 98 76 54 32\nEMAIL:elodie@garnier-conseil.fr\nEND:VCARD"
    )
    card = Card([Text("Élodie Garnier", 40), Text("Consultante RSE", 30), Text("06 98 76 54 32", 28)], qr=vcard)
    result = only_card(read_pixels(photograph(render(card), seed=8), TESSERACT_ONLY))
    fields = result.fields
    assert fields.company is not None and fields.company.value == "Garnier Conseil"
    assert fields.company.source == "qr"
    assert fields.name is not None and fields.name.value == "Élodie Garnier"
    assert [e.value for e in fields.emails] == ["elodie@garnier-conseil.fr"]
    assert [(p.e164, p.kind) for p in fields.phones] == [("+33698765432", "mobile")]


def test_two_cards_in_one_photo(french_card: np.ndarray) -> None:
    english = render(ENGLISH_CARD)
    photo = photograph(
        french_card, canvas=(2200, 1000), place=(0.27, 0.5), scale=0.42, tilt=0.03, seed=2, jpeg_quality=None
    )
    photo = photograph(english, place=(0.75, 0.52), scale=0.42, tilt=0.03, seed=9, background=photo)
    results = read_pixels(photo, TESSERACT_ONLY, "two.jpg")
    assert [r.card_index for r in results] == [0, 1]
    names = [r.fields.name.value if r.fields.name else None for r in results]
    assert names == ["Hélène Leroy", "Michael Turner"]


def test_unreadable_file_and_blank_image_report_instead_of_raising(tmp_path: Path) -> None:
    bad = tmp_path / "scan.jpg"
    bad.write_bytes(b"%PDF-1.4 not really")
    result = read_image(bad, TESSERACT_ONLY)
    assert len(result) == 1 and result[0].error == "not an image (looks like a PDF)"
    blank = save(str(tmp_path / "blank.png"), np.full((400, 600, 3), 255, np.uint8))
    result = read_image(blank, TESSERACT_ONLY)
    assert len(result) == 1 and result[0].error is None and result[0].warning == f"no card found in {blank}"
    assert not result[0].found and result[0].left_out is LeftOut.NO_CARD


def test_second_engine_rescues_tiny_print(french_card: np.ndarray) -> None:
    # A card photographed from afar: letters of 5-7 px, strong JPEG artefacts. Tesseract misses much of
    # it, so the pipeline also asks the second engine and keeps the better reading.
    tiny = cv2.resize(french_card, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", tiny, [cv2.IMWRITE_JPEG_QUALITY, 60])
    assert ok
    image = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    alone = only_card(read_pixels(image, TESSERACT_ONLY))
    rescued = only_card(read_pixels(image, ReadOptions()))
    assert rescued.engine == "rapidocr"
    assert [e.value for e in alone.fields.emails] == []
    assert [e.value for e in rescued.fields.emails] == ["helene.leroy@quadrant-ingenierie.fr"]


def test_card_cut_by_the_frame_beside_a_whole_one_is_reported_not_stored(french_card: np.ndarray) -> None:
    """Several cards per photo make several contacts, but part of a card running past the frame beside a whole
    one (a neighbour's card at the edge of the shot) is reported, not made into a contact missing lines."""
    english = render(ENGLISH_CARD)
    photo = photograph(
        french_card, canvas=(2200, 1000), place=(0.27, 0.5), scale=0.42, tilt=0.03, seed=2, jpeg_quality=None
    )
    photo = photograph(english, place=(0.97, 0.52), scale=0.42, tilt=0.03, seed=9, background=photo)
    results = read_pixels(photo, TESSERACT_ONLY, "two.jpg")
    assert [(r.card_index, r.found) for r in results] == [(0, True), (1, False)]
    assert results[0].fields.name is not None and results[0].fields.name.value == "Hélène Leroy"
    assert results[1].warning == CUT_CARD.format("two.jpg")
    assert results[1].left_out is LeftOut.CUT_CARD and results[0].left_out is None
