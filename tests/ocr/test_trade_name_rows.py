"""``trade_name_rows``: a small capital trade word set against a big trade name joins the company, above or
below it, when the big line was chosen; the small word chosen alone, a title in capitals, a line of the same type, a
far line and text without boxes stay apart."""

from __future__ import annotations

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.trade_name_rows import with_small_trade_word
from cardbook.ocr.types import Box

CONTACTS = (
    "Rua das Flores, 120 - Centro",
    "São Paulo/SP - CEP 01234-567",
    "(11) 98765-4321",
    "contato@artenobre.com.br",
)


def _card(header: list[tuple[str, Box, float]]) -> list[CardLine]:
    lines = [CardLine(i, text, box, height) for i, (text, box, height) in enumerate(header)]
    top = max(box.bottom for _, box, _ in header) + 40
    for offset, text in enumerate(CONTACTS):
        box = Box(40, top + offset * 36, 420, 28)
        lines.append(CardLine(len(lines), text, box, 28.0))
    return lines


def test_a_small_capital_word_above_the_big_name_joins_the_company() -> None:
    lines = _card([("STUDIO", Box(60, 30, 150, 28), 28.0), ("Arte Nobre", Box(40, 70, 600, 80), 80.0)])
    assert parse_lines(lines, "BR").company is not None
    assert parse_lines(lines, "BR").company.value == "STUDIO Arte Nobre"  # type: ignore[union-attr]


def test_a_small_word_below_joins_after_it_and_a_letter_spaced_one_joins_whole() -> None:
    big = CardLine(0, "Golden Pho", Box(40, 30, 500, 90), 90.0)
    small = CardLine(1, "GRILL", Box(300, 130, 120, 40), 40.0)
    texts = {0: "Golden Pho", 1: "GRILL"}
    assert with_small_trade_word(("Golden Pho", (0,), 0.8), set(), [big, small], texts) == (
        "Golden Pho GRILL",
        (0, 1),
        0.8,
    )
    # The small word chosen alone stays alone: the big line beside it may be a logo's garbled reading.
    assert with_small_trade_word(("GRILL", (1,), 0.5), set(), [big, small], texts) == ("GRILL", (1,), 0.5)
    spaced = CardLine(1, "SH AFFE R", Box(60, 130, 150, 30), 30.0)  # a letter-spaced word read in pieces
    assert with_small_trade_word(("Golden Pho", (0,), 0.8), set(), [big, spaced], {0: "Golden Pho", 1: "SH AFFE R"})[
        0
    ] == ("Golden Pho SHAFFER")


def test_titles_same_type_far_lines_claimed_lines_and_plain_text_stay_apart() -> None:
    big = CardLine(0, "Golden Pho", Box(40, 30, 500, 90), 90.0)
    company = ("Golden Pho", (0,), 0.8)
    cases = [
        CardLine(1, "OWNER", Box(300, 130, 120, 40), 40.0),  # a title in capitals
        CardLine(1, "GRILL", Box(40, 125, 500, 85), 85.0),  # the same type: a second line of the name
        CardLine(1, "GRILL", Box(300, 330, 120, 40), 40.0),  # far below: another block
        CardLine(1, "GRILL", Box(700, 130, 120, 40), 40.0),  # beside, in another column
        CardLine(1, "Grill", Box(300, 130, 120, 40), 40.0),  # not capitals
    ]
    for small in cases:
        assert with_small_trade_word(company, set(), [big, small], {0: "Golden Pho", 1: small.text}) == company
    near = CardLine(1, "GRILL", Box(300, 130, 120, 40), 40.0)
    assert with_small_trade_word(company, {1}, [big, near], {0: "Golden Pho", 1: "GRILL"}) == company
    plain = [CardLine(0, "Golden Pho"), CardLine(1, "GRILL")]
    assert with_small_trade_word(company, set(), plain, {0: "Golden Pho", 1: "GRILL"}) == company
