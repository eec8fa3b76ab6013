"""A phone's label OCR read on the name's row ("Main.", "Toll-free", "kom.") goes with the number it announced."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text


@pytest.mark.parametrize("label", ["Main.", "Toll-free", "kom.", "Móv.", "faks"])
def test_a_label_beside_the_name_leaves_with_its_number(label: str) -> None:
    card = f"Dana Whitlow, PMP {label} 212.555.0163\nSolutions Architect\ndana@norvale.com\nNorvale Software Inc."
    fields = parse_text(card, "US")
    assert fields.name is not None and fields.name.value == "Dana Whitlow, PMP"
    assert [phone.number for phone in fields.phones] == ["212.555.0163"]
