"""``parse_address``: the landmark line under the postal line joins the address in the forms phone photos
print and read ("(Próx. ao ...)", a vowel misread, "Inside the ...", "Corner of ..."); a title starting with
a like word stays out. Real parsing of card lines (``parse_text``); places made up for these tests."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text

BR_LINES = ["Studio Kalinda", "Rua das Acácias, 120", "Vila Nova - Campinas/SP - CEP 13000-100"]
US_LINES = ["Tornfield Plumbing", "4410 Birchwood Ave Ste 12", "Dalton, GA 30720"]


@pytest.mark.parametrize(
    ("lines", "landmark"),
    [
        (BR_LINES, "(Próx. ao Mercado)"),
        (BR_LINES, "préximo ao Hospital"),
        (BR_LINES, "ão lado do Posto"),
        (US_LINES, "Inside the Food Court"),
        (US_LINES, "(Corner of Main Square)"),
    ],
)
def test_the_landmark_line_joins_the_address(lines: list[str], landmark: str) -> None:
    fields = parse_text("\n".join([*lines, landmark]), region="BR")
    assert fields.address is not None and fields.address.value.endswith(landmark)


def test_a_title_opening_with_a_like_word_stays_out() -> None:
    fields = parse_text("\n".join([*US_LINES, "Inside Sales"]), region="US")
    assert fields.address is not None and "Inside" not in fields.address.value
