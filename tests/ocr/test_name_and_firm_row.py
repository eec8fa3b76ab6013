"""A person's name and a firm named with its legal form first, read as one row (parse_columns._form_cut)."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.parse_columns import split_merged_columns

from .line_cards import stacked_lines


@pytest.mark.parametrize(
    ("name", "firm"),
    [("Me Claire Dufresne", "SCP Vautrin et Delorme"), ("Julien FAVIER", "SARL Menuiserie Brossard")],
)
def test_a_name_and_a_firm_with_its_form_first_on_one_row_are_cut_apart(name: str, firm: str) -> None:
    lines = stacked_lines([(f"{name} {firm}", 20), ("Notaire", 18), ("contact@vautrin-delorme.fr", 16)])
    fields = parse_lines(lines, "FR")
    assert fields.name is not None and fields.name.value == name
    assert fields.company is not None and fields.company.value == firm


@pytest.mark.parametrize(
    "text",
    ["Auto Peças Norvale ME", "Claire Dufresne SAS", "Rua Claire 12 SAS Martin", "Atelier Claire Dufresne SARL Loire"],
)
def test_no_cut_without_a_known_name_before_a_leading_form(text: str) -> None:
    lines = stacked_lines([(text, 20)])
    assert [line.text for line in split_merged_columns(lines)] == [text]
