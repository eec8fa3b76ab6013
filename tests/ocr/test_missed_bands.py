"""Print no word covers is read again (``missed_bands``): the line Tesseract's page layout left out comes back,
and a card whose every line was read costs no second reading.

CI has DejaVu alone, so the missed line here is a DejaVu line whose words are taken out of Tesseract's
reading, as its layout leaves out a name set in a script face.
"""

from __future__ import annotations

import pytest

from cardbook.ocr import missed_bands
from cardbook.ocr.engine import OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.missed_bands import reread_missed_bands
from cardbook.ocr.prepare import prepare_for_ocr
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import Box

from .render import Card, Text, render

LANG = "fra+eng"


def _card() -> Card:
    return Card(
        [
            Text("Atelier Fournier SARL", 40, "DejaVuSans-Bold.ttf", (30, 60, 120)),
            Text("Camille Girard", 40, "DejaVuSerif-Italic.ttf"),
            Text("Responsable logistique", 26),
            Text("14 rue des Lilas", 24),
            Text("44000 Nantes", 24),
            Text("Tél. 02 40 12 34 56", 24),
        ],
        spacing=1.6,
    )


def _read(image: object) -> tuple[OcrWord, ...]:
    prepared = prepare_for_ocr(image)  # type: ignore[arg-type]
    page = TesseractEngine(LANG).recognize(prepared.grey)
    factor = 1.0 / prepared.scale
    return tuple(
        OcrWord(
            word.text,
            word.confidence,
            Box(
                int(word.box.left * factor),
                int(word.box.top * factor),
                int(word.box.width * factor),
                int(word.box.height * factor),
            ),
            word.group,
        )
        for word in page.words
    )


def test_a_line_left_out_of_the_reading_is_read_again() -> None:
    image = render(_card())
    words = _read(image)
    assert "Camille Girard" in [line.text for line in group_lines(words)]
    without_name = tuple(word for word in words if word.text not in ("Camille", "Girard"))
    found = reread_missed_bands(image, without_name, LANG)
    assert "Camille Girard" in [line.text for line in group_lines(found)]
    assert found[: len(without_name)] == without_name


def test_a_card_read_whole_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    image = render(_card())
    words = _read(image)

    def no_second_reading(*_: object, **__: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(missed_bands, "prepare_for_ocr", no_second_reading)
    assert reread_missed_bands(image, words, LANG) == words


def test_a_logo_mark_is_no_missed_line() -> None:
    """A square of ink (a logo, a QR code) outside the words is not read again."""
    image = render(_card())
    image[420:520, 800:900] = 20
    words = _read(image)
    ink = missed_bands._ink(image[:, :, 0].copy())
    missed_bands._set_aside_words(ink, words)
    assert missed_bands.missed_bands(ink, 24.0) == []
