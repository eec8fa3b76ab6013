"""The fine print's legal name whose form OCR read with an "I" for its "l" ("S.r.I.") is still the firm's fuller
name, written back with its form; a fine print whose last word is no form even so gives nothing."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_lines

from .line_cards import stacked_lines


def _company(fine_print: str) -> str | None:
    rows = [
        ("Studio Vettore Ronchi", 34),
        ("Lia Marcon", 26),
        ("Architetto", 18),
        ("T: 02 5550 1470", 16),
        ("lia@studiovettore.example", 16),
        ("Via Solferino 12, 20121 Milano", 16),
        (fine_print, 12),
    ]
    fields = parse_lines(stacked_lines(rows), "IT")
    return fields.company.value if fields.company is not None else None


@pytest.mark.parametrize(
    "fine_print",
    ["Studio Vettore Ronchi S.r.I. · C.F. e P.IVA 01234567890", "Studio Vettore Ronchi S.r.I."],
)
def test_a_form_read_with_an_i_for_its_l_gives_the_legal_name(fine_print: str) -> None:
    assert _company(fine_print) == "Studio Vettore Ronchi S.r.l."


def test_a_form_read_right_gives_it_too() -> None:
    assert _company("Studio Vettore Ronchi S.r.l. · P.IVA 01234567890") == "Studio Vettore Ronchi S.r.l."


def test_no_form_no_fuller_name() -> None:
    assert _company("Studio Vettore Ronchi Italia · P.IVA 01234567890") == "Studio Vettore Ronchi"
