"""A photographed card's lines Tesseract skipped or cut short, taken from RapidOCR's reading (``photo_lines``)."""

from __future__ import annotations

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.photo_lines import add_missed_lines
from cardbook.ocr.types import Box


def _line(texts: list[str], top: int, left: int, group: int, confidence: float, scale: float = 1.0) -> list[OcrWord]:
    """Words side by side on one line (card pixels × ``scale``), 12 px a letter, 24 px high."""
    words = []
    for text in texts:
        box = Box(round(left * scale), round(top * scale), round(12 * len(text) * scale), round(24 * scale))
        words.append(OcrWord(text, confidence, box, (group,)))
        left += 12 * len(text) + 14
    return words


def _tesseract(scale: float) -> OcrPage:
    words = (
        _line(["Norvale", "Kasprzak"], 40, 40, 0, 0.95, scale)
        + _line(["Directrice", "commerciale"], 90, 40, 1, 0.93, scale)
        + _line(["norvale@ortolan-fen!"], 190, 40, 3, 0.9, scale)  # the end washed out by a reflection
    )
    return OcrPage(tuple(words), round(900 * scale), round(500 * scale), "tesseract-fra+eng")


def _rapid() -> OcrPage:
    words = (
        _line(["NorvaleKasprzak"], 40, 40, 0, 0.99)
        + _line(["Directrice", "commerciale"], 90, 40, 1, 0.98)
        + _line(["02", "99", "12", "34", "56"], 140, 40, 2, 0.97)  # a line Tesseract did not read at all
        + _line(["norvale@ortolan-fenwick.fr"], 190, 40, 3, 0.98)
        + _line(["ii"], 300, 700, 4, 0.95)  # an icon read as two marks
        + _line(["Rue", "des", "Lilas"], 400, 40, 5, 0.55)  # a line the recogniser doubts
    )
    return OcrPage(tuple(words), 900, 500, "rapidocr")


def _texts(page: OcrPage) -> list[str]:
    return [line.text for line in group_lines(page.words)]


def test_a_missed_line_and_a_line_cut_short_come_from_rapidocr_the_others_stay_tesseract_s() -> None:
    for scale in (1.0, 1.5):  # Tesseract's words are in the prepared image's pixels
        page = add_missed_lines(_tesseract(scale), scale, _rapid())
        assert _texts(page) == [
            "Norvale Kasprzak",
            "Directrice commerciale",
            "02 99 12 34 56",
            "norvale@ortolan-fenwick.fr",
        ]
        assert page.engine == "tesseract-fra+eng+rapidocr-photo-lines"


def test_nothing_to_add_leaves_the_reading_as_it_is() -> None:
    page = _tesseract(1.0)
    assert add_missed_lines(page, 1.0, None) is page
    same = OcrPage(tuple(_line(["Norvale", "Kasprzak"], 40, 40, 0, 0.99)), 900, 500, "rapidocr")
    assert add_missed_lines(page, 1.0, same) is page


def test_a_rapidocr_line_across_two_of_tesseract_s_lines_replaces_neither() -> None:
    page = _tesseract(1.0)
    across = OcrPage(tuple(_line(["Norvale", "Kasprzak", "Directrice", "commerciale", "SAS"], 62, 40, 0, 0.99)),
                     900, 500, "rapidocr")  # fmt: skip
    assert add_missed_lines(page, 1.0, across) is page


def test_a_line_the_rescue_misread_on_its_band_gives_way_to_the_surer_whole_reading() -> None:
    tesseract = _line(["Norvale", "Kasprzak"], 40, 40, 0, 0.95)
    # The rescue's words: boxes spread over the band it cut (taller than the line), a doubtful reading.
    band = [OcrWord("wWhatsAp)1)9", 0.63, Box(12, 80, 200, 60), (9999, 0)),
            OcrWord("3013-5643", 0.99, Box(300, 80, 120, 60), (9999, 0))]  # fmt: skip
    page = OcrPage(tuple(tesseract + band), 900, 500, "tesseract-fra+eng+rapidocr-lines")
    whole = OcrPage(tuple(_line(["WhatsApp", "(51)", "9", "3013-5643"], 95, 40, 1, 0.99)), 900, 500, "rapidocr")
    assert _texts(add_missed_lines(page, 1.0, whole)) == ["Norvale Kasprzak", "WhatsApp (51) 9 3013-5643"]
    unsure = OcrPage(tuple(_line(["WhatsApp", "(51)", "9", "3013-5643"], 95, 40, 1, 0.6)), 900, 500, "rapidocr")
    assert add_missed_lines(page, 1.0, unsure) is page


def test_a_line_washed_out_in_its_middle_comes_from_rapidocr() -> None:
    tesseract = _line(["norvale@ortolan-fenwi"], 40, 40, 0, 0.9) + _line([".fr"], 40, 400, 0, 0.1)
    page = OcrPage(tuple(tesseract), 900, 500, "tesseract-fra+eng")
    whole = OcrPage(tuple(_line(["norvale@ortolan-fenwick-batiment.fr"], 40, 40, 0, 0.98)), 900, 500, "rapidocr")
    assert _texts(add_missed_lines(page, 1.0, whole)) == ["norvale@ortolan-fenwick-batiment.fr"]
    # The same line with only a space's width unread is Tesseract's.
    close = _line(["norvale@ortolan-fenwi"], 40, 40, 0, 0.9) + _line(["ck-batiment.fr"], 40, 300, 0, 0.9)
    page = OcrPage(tuple(close), 900, 500, "tesseract-fra+eng")
    assert add_missed_lines(page, 1.0, whole) is page


def test_a_line_whose_first_letters_tesseract_lost_comes_from_rapidocr() -> None:
    # Tesseract lost a line's first letters at the card's shaded edge: too few for MIN_MORE_CHARS, each a wrong word.
    tesseract = _line(["sprzak", "&", "Fils"], 40, 76, 0, 0.93) + _line(["ue", "des", "Lilas"], 90, 64, 1, 0.92)
    page = OcrPage(tuple(tesseract), 900, 500, "tesseract-fra+eng")
    whole = OcrPage(
        tuple(_line(["Kasprzak", "&", "Fils"], 40, 40, 0, 0.97) + _line(["Rue", "des", "Lilas"], 90, 40, 1, 0.96)),
        900, 500, "rapidocr",
    )  # fmt: skip
    assert _texts(add_missed_lines(page, 1.0, whole)) == ["Kasprzak & Fils", "Rue des Lilas"]
    # A RapidOCR line that reads a letter otherwise does not hold Tesseract's line: Tesseract's stays.
    other = OcrPage(tuple(_line(["Kasprzok", "&", "Fils"], 40, 40, 0, 0.97)), 900, 500, "rapidocr")
    assert add_missed_lines(OcrPage(tuple(tesseract[:3]), 900, 500, "tesseract-fra+eng"), 1.0, other).words == tuple(
        tesseract[:3]
    )


def test_a_line_tesseract_doubts_comes_from_rapidocr_a_line_it_is_sure_of_stays() -> None:
    # A mailbox misspelt on a photo, Tesseract's own confidence low.
    doubted = _line(["norvale@ortolan-fenwlck.fr"], 40, 40, 0, 0.62) + _line(["Rue", "des", "Lilas"], 90, 40, 1, 0.93)
    whole = OcrPage(
        tuple(_line(["norvale@ortolan-fenwick.fr"], 40, 40, 0, 0.98) + _line(["Rue", "desLilas"], 90, 40, 1, 0.97)),
        900, 500, "rapidocr",
    )  # fmt: skip
    page = add_missed_lines(OcrPage(tuple(doubted), 900, 500, "tesseract-fra+eng"), 1.0, whole)
    assert _texts(page) == ["norvale@ortolan-fenwick.fr", "Rue des Lilas"]
    # The same line read by Tesseract with confidence keeps Tesseract's spelling.
    sure = OcrPage(tuple(_line(["norvale@ortolan-fenwlck.fr"], 40, 40, 0, 0.9)), 900, 500, "tesseract-fra+eng")
    mailbox = OcrPage(tuple(_line(["norvale@ortolan-fenwick.fr"], 40, 40, 0, 0.98)), 900, 500, "rapidocr")
    assert add_missed_lines(sure, 1.0, mailbox) is sure


def test_a_joined_line_takes_tesseract_s_letter_height() -> None:
    # RapidOCR's boxes are padded around the letters (here 36 px against Tesseract's 24): a line it adds is
    # shrunk to Tesseract's measure, so the parser compares like with like.
    tesseract = _line(["Norvale", "Kasprzak"], 40, 40, 0, 0.95) + _line(["Directrice"], 90, 40, 1, 0.93)
    padded = [
        OcrWord(word.text, 0.98, Box(word.box.left, word.box.top - 6, word.box.width, 36), word.group)
        for word in _line(["Norvale", "Kasprzak"], 40, 40, 0, 0.98)
        + _line(["Directrice", "commerciale"], 90, 40, 1, 0.98)
        + _line(["Rue", "des", "Lilas"], 160, 40, 2, 0.98)
    ]
    page = add_missed_lines(OcrPage(tuple(tesseract), 900, 500, "tesseract-fra+eng"), 1.0,
                            OcrPage(tuple(padded), 900, 500, "rapidocr"))  # fmt: skip
    lines = group_lines(page.words)
    assert [line.text for line in lines] == ["Norvale Kasprzak", "Directrice commerciale", "Rue des Lilas"]
    assert [line.height for line in lines] == [24, 24, 24]
