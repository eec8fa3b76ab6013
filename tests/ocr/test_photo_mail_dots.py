"""An e-mail address's dots Tesseract lost on a photo, taken from RapidOCR's reading of the same line
(cardbook.ocr.photo_mail_dots)."""

from __future__ import annotations

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.photo_mail_dots import MIN_DOT_CONFIDENCE, with_rapid_dots
from cardbook.ocr.types import Box

# Tesseract read the card at twice RapidOCR's scale: its boxes are twice as large.
_SCALE = 2.0


def _tesseract(*texts: str, top: int = 200) -> OcrPage:
    words, left = [], 100
    for text in texts:
        width = 18 * len(text)
        words.append(OcrWord(text, 0.93, Box(left, top, width, 40), (1, 1, 1)))
        left += width + 20
    return OcrPage(tuple(words), 2000, 1200, "tesseract-fra+eng")


def _rapid(text: str, confidence: float = 0.998, top: int = 100) -> OcrPage:
    return OcrPage((OcrWord(text, confidence, Box(60, top, 9 * len(text), 20), (3,)),), 1000, 600, "rapidocr")


def _texts(page: OcrPage) -> list[str]:
    return [word.text for word in page.words]


def test_a_lost_dot_or_a_dot_read_as_a_hyphen_comes_back() -> None:
    whole = _rapid("Mail : j.dupont@atelier-vert.fr")
    assert _texts(with_rapid_dots(_tesseract("Mail", ":", "jdupont@atelier-vert.fr"), _SCALE, whole)) == [
        "Mail", ":", "j.dupont@atelier-vert.fr"]  # fmt: skip
    fixed = with_rapid_dots(_tesseract("j-dupont@atelier-vert.fr"), _SCALE, whole)
    assert _texts(fixed) == ["j.dupont@atelier-vert.fr"]
    # The host's dot read as a space: the address's start is compared, the parser joins the host.
    fixed = with_rapid_dots(_tesseract("jdupont@atelier-vert", "fr"), _SCALE, whole)
    assert _texts(fixed) == ["j.dupont@atelier-vert", "fr"]


def test_any_other_difference_keeps_tesseracts_reading() -> None:
    page = _tesseract("jdupond@atelier-vert.fr")  # a letter differs too
    assert with_rapid_dots(page, _SCALE, _rapid("j.dupont@atelier-vert.fr")) is page
    page = _tesseract("jdupont@atelier-vert.fr")
    # RapidOCR unsure, or on another line, or another engine's page: nothing changes.
    unsure = _rapid("j.dupont@atelier-vert.fr", confidence=MIN_DOT_CONFIDENCE - 0.1)
    assert with_rapid_dots(page, _SCALE, unsure) is page
    assert with_rapid_dots(page, _SCALE, _rapid("j.dupont@atelier-vert.fr", top=300)) is page
    assert with_rapid_dots(page, _SCALE, None) is page
    rapid_page = OcrPage(page.words, page.width, page.height, "rapidocr")
    assert with_rapid_dots(rapid_page, _SCALE, _rapid("j.dupont@atelier-vert.fr")) is rapid_page
    # An address Tesseract read with its dots stays as read.
    dotted = _tesseract("j.dupont@atelier-vert.fr")
    assert with_rapid_dots(dotted, _SCALE, _rapid("j.dupont@atelier-vert.fr")) is dotted
