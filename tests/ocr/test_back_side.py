"""A card's back side (a wordmark over a slogan, no contact) gives the wordmark as the firm
(cardbook.ocr.back_side); a front with contacts, or a back whose larger line is a sentence, does not."""

from __future__ import annotations

from cardbook.ocr.back_side import back_side_firm
from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box


def _back(firm: str, slogan: str, firm_height: float = 50.0, slogan_height: float = 43.0) -> str | None:
    lines = [
        CardLine(0, firm, Box(100, 200, 600, int(firm_height)), firm_height, 90.0),
        CardLine(1, slogan, Box(120, 300, 500, int(slogan_height)), slogan_height, 90.0),
    ]
    fields = parse_lines(lines, "NL")
    return fields.company.value if fields.company is not None else None


def test_the_larger_line_of_a_back_side_is_the_firm() -> None:
    for firm, slogan in (
        ("Tandheelkunde Verbrugge", "Persoonlijk en dichtbij"),
        ("Korvane Systems", "Smart software for growing teams"),
        ("Praxis Brunnhuber", "Seit 1998 an Ihrer Seite"),
    ):
        assert _back(firm, slogan) == firm


def test_a_sentence_set_largest_is_no_firm() -> None:
    assert _back("Persoonlijk en dichtbij", "Tandheelkunde Verbrugge", 50.0, 43.0) is None


def test_more_lines_than_a_back_prints_are_no_back_side() -> None:
    heights = (50.0, 43.0, 30.0, 30.0)
    words = ("Korvane Systems", "Smart software for growing teams", "Since 2004", "Open every day")
    lines = [
        CardLine(i, text, Box(100, 200 + 80 * i, 500, int(h)), h, 90.0)
        for i, (text, h) in enumerate(zip(words, heights, strict=True))
    ]
    assert back_side_firm(lines, {line.index: line.text for line in lines}) is None
    assert back_side_firm(lines[:2], {line.index: line.text for line in lines[:2]}) is not None
