"""A photographed card Tesseract read with confidence: RapidOCR's whole reading of it, made beside Tesseract's for
the lines Tesseract skipped, replaces Tesseract's when it holds more card-like text (``engine_choice``)."""

from __future__ import annotations

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.engine_choice import RAPID_BETTER, rapid_reads_better
from cardbook.ocr.reading import way_up_evidence
from cardbook.ocr.types import Box


def _page(lines: list[list[str]], confidence: float, engine: str) -> OcrPage:
    """Lines of words, 12 px a letter and 24 px high, one under the other."""
    words = []
    for number, texts in enumerate(lines):
        left = 40
        for text in texts:
            words.append(OcrWord(text, confidence, Box(left, 40 + 50 * number, 12 * len(text), 24), (number,)))
            left += 12 * len(text) + 14
    return OcrPage(tuple(words), 900, 500, engine)


# A made-up card: a firm in a script face, a name, a role, a phone and an e-mail.
_CARD = [["Vendome", "Ceramique"], ["Odile", "Perrand"], ["Gerante"], ["02", "41", "77", "30", "18"],
         ["odile@vendome-ceramique.fr"]]  # fmt: skip


def test_rapidocr_reading_replaces_a_confident_tesseract_reading_that_lost_the_firm_and_email() -> None:
    # Tesseract read the firm's script as marks and lost the e-mail to a reflection, confidently.
    tesseract = _page([["Vs", "Cy"], *_CARD[1:4]], 0.9, "tesseract-fra+eng")
    rapid = _page(_CARD, 0.95, "rapidocr")
    assert rapid_reads_better(way_up_evidence(rapid), way_up_evidence(tesseract))


def test_tesseract_reading_is_kept_when_rapidocr_reads_no_more() -> None:
    tesseract = _page(_CARD, 0.9, "tesseract-fra+eng")
    # RapidOCR glued the phone's groups and lost the role: no more card-like text than Tesseract's.
    rapid = _page([_CARD[0], _CARD[1], ["0241773018"], _CARD[4]], 0.9, "rapidocr")
    assert not rapid_reads_better(way_up_evidence(rapid), way_up_evidence(tesseract))
    same = way_up_evidence(tesseract)
    assert not rapid_reads_better(same, same / RAPID_BETTER)
