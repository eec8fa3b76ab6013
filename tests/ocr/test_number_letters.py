"""``number_letters`` and ``line_repairs``: letters read inside numbers and spaces lost before them written back,
and every word that is no number left as read (the false repairs ``tests.ocr.repair_measure`` counts); the
pipeline's text and fields carrying the repairs."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.line_repairs import capital_i_in_code, spaced_leading_hyphen, with_line_repairs
from cardbook.ocr.number_letters import (
    digits_in_numbers,
    letter_o_in_state,
    repaired_number_text,
    spaced_calling_code,
    spaced_label,
)
from cardbook.ocr.pipeline import ReadOptions, read_pixels

from .render import Card, Text, render


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("+34 612 34 O5 59", "+34 612 34 05 59"),
        ("Springfield, WV o2002", "Springfield, WV 02002"),
        ("(l1) 9 8765-432I", "(11) 9 8765-4321"),
        ("Tel. 0l 23 45 67 89", "Tel. 01 23 45 67 89"),
        ("12O45 Oak St", "12045 Oak St"),
    ],
)
def test_letters_inside_numbers_become_digits(read: str, meant: str) -> None:
    assert digits_in_numbers(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Sp. z o.o.",  # no digit: a legal form
        "Rua Dom Pedro II, 1011 - Bosque",  # a king's numeral beside a house number
        "Rua Sete, 123, 1o andar",  # an ordinal read without its stroke stays an ordinal
        "Suite 2O",  # too few digits to be sure of a number
        "Exit I-95 north",  # the letter touches no digit
        "Ref GF50X35 O2",  # a product code and a brand: other letters, too few digits
        "Rudolphring 6/6 | 46579",  # a separator between an address's parts
        "CO2 neutral since 1998",
        "office@o2-mail.example 12345",
    ],
)
def test_words_that_are_no_numbers_stay(text: str) -> None:
    assert digits_in_numbers(text) == text


def test_calling_code_glued_to_a_north_american_number() -> None:
    assert spaced_calling_code("+1201-555-0123") == "+1 201-555-0123"
    assert spaced_calling_code("Tel +1(201) 555-0123") == "Tel +1 (201) 555-0123"
    assert spaced_calling_code("+1 201-555-0123") == "+1 201-555-0123"
    # Another calling code, or a number that is no 3-3-4 number, is left.
    assert spaced_calling_code("+12015550123") == "+12015550123"
    assert spaced_calling_code("+351 912 345 678") == "+351 912 345 678"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("T+44 20 7946 0958", "T +44 20 7946 0958"),
        ("Tel+46 8 121 51 10", "Tel +46 8 121 51 10"),
        ("CEP57351-167", "CEP 57351-167"),
        ("CNPJ36.680.971/0001-86", "CNPJ 36.680.971/0001-86"),
        ("Dunkirk, NY94504-9809", "Dunkirk, NY 94504-9809"),
    ],
)
def test_label_glued_before_a_number(read: str, meant: str) -> None:
    assert spaced_label(read) == meant


@pytest.mark.parametrize(
    "text",
    ["A4 paper", "B2B sales", "GF50X35", "Model XR500", "C++ developer", "jan+1@example.com", "P.IVA 12345678901"],
)
def test_codes_and_addresses_stay(text: str) -> None:
    assert spaced_label(text) == text
    assert repaired_number_text(text) == text


def test_card_lines_keep_their_boxes_and_unchanged_lines_are_the_same_objects() -> None:
    lines = [CardLine(0, "Anna Berg", None, 30.0, 0.9), CardLine(1, "M+1201-555-0147", None, 20.0, 0.8)]
    repaired = with_line_repairs(lines)
    assert repaired[0] is lines[0]
    assert repaired[1].text == "M +1 201-555-0147"
    assert (repaired[1].index, repaired[1].height, repaired[1].confidence) == (1, 20.0, 0.8)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("2482 -Parque Aurora", "2482 - Parque Aurora"),
        ("Pintura -Emergency -Residential", "Pintura - Emergency - Residential"),
    ],
)
def test_separator_glued_to_the_next_word(read: str, meant: str) -> None:
    assert spaced_leading_hyphen(read) == meant


@pytest.mark.parametrize("text", ["Mogi-Guaçu", "e-mail", "Sócio-", "Rabatt -5 %", "Punkt -a", "-Umbria"])
def test_hyphens_inside_or_after_words_stay(text: str) -> None:
    assert spaced_leading_hyphen(text) == text


def test_province_code_capital_i() -> None:
    assert capital_i_in_code("50123 Firenze (Fl)") == "50123 Firenze (FI)"
    assert capital_i_in_code("20121 Milano (Ml)") == "20121 Milano (MI)"
    assert capital_i_in_code("86170 Isernia (lS)") == "86170 Isernia (IS)"
    for text in ("(Fl.)", "3rd Fl", "(Il)", "(FL)", "Rome (RM)"):
        assert capital_i_in_code(text) == text


def test_pipeline_text_and_fields_show_the_repairs() -> None:
    """Real Tesseract on a rendered card printing what the engines misread (a glued calling code and label, a
    province's "(Fl)", a street's "B" for "ß"): the card's text and its fields carry the repaired lines."""
    card = Card(
        [
            Text("Anna Berg", 40, "DejaVuSans-Bold.ttf"),
            Text("Senior Consultant", 30),
            Text("Via Roma 12, 50123 Firenze (Fl)", 28, "DejaVuSansCondensed.ttf"),
            Text("BahnhofstraBe 12, 10115 Berlin", 28, "DejaVuSansCondensed.ttf"),
            Text("T+1201-555-0147", 28, "DejaVuSansCondensed.ttf"),
        ]
    )
    results = read_pixels(render(card), ReadOptions(fallback_engine=None))
    assert len(results) == 1
    lines = results[0].text.splitlines()
    assert "T +1 201-555-0147" in lines
    assert "Via Roma 12, 50123 Firenze (FI)" in lines
    assert "Bahnhofstraße 12, 10115 Berlin" in lines
    assert [phone.e164 for phone in results[0].fields.phones] == ["+12015550147"]


def test_state_code_read_with_a_zero() -> None:
    assert letter_o_in_state("Denver, C0 80202") == "Denver, CO 80202"
    assert letter_o_in_state("77001-000 - Palmas/T0") == "77001-000 - Palmas/TO"
    # No postcode on the line, no state of the US or Brazil, or part of a word or an address: left as read.
    for text in ("Room C0", "Woodview · S0 2YB", "Denver, X0 80202", "C0-founder 2019", "ab@c0 12345"):
        assert letter_o_in_state(text) == text
