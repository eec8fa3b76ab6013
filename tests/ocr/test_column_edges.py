"""A line OCR read across two columns with no street shape to cut it at (a name beside a town, a note or a
broken phone label): the other lines' boxes say where the right column starts (``column_edges``). Lines are
shaped as the engines return them (one box per line, the merged one spanning both columns); every text is made
up."""

from __future__ import annotations

import pytest

from cardbook.ocr.column_edges import column_edge
from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box

from .render import text_width

RIGHT = 540  # the right column's left edge
BODY = 17  # the body's letter height (pixels); its type is a 24-pixel DejaVu Sans
NAME = 30  # the name's, in 42-pixel type


def _line(index: int, text: str, left: int, top: int, height: int = BODY) -> CardLine:
    """A line as the engine boxes it: as wide as DejaVu Sans sets the text, in type of that letter height."""
    size = round(height * 1.4)
    return CardLine(index, text, Box(left, top, round(text_width(text, "DejaVuSans.ttf", size)), size), height)


def _two_columns(merged: str) -> list[CardLine]:
    """A Brazilian trade card: the firm and the services on the left, the address and phones on the right,
    and the person's line read with the right column's line beside it (one box from the name to the end of the
    right column's text)."""
    name, right = merged.split("  ")
    right_box = _line(4, right, RIGHT, 140).box
    assert right_box is not None
    whole = CardLine(4, f"{name} {right}", Box(50, 136, right_box.right - 50, 44), NAME)
    return [
        _line(0, "Marcenaria Horizonte Ltda", 50, 40, 30),
        _line(1, "Rua das Palmeiras, 1204 - Sala 12", RIGHT, 52),
        _line(2, "Móveis sob medida", 50, 100),
        _line(3, "Bairro Jardim Novo", RIGHT, 96),
        whole,
        _line(5, "Tel (11) 3456-7788", RIGHT, 190),
        _line(6, "CNPJ 12.345.678/0001-90", RIGHT, 226),
        _line(7, "Proprietária", 50, 200),
    ]


@pytest.mark.parametrize(
    ("merged", "name"),
    [
        ("Renata Alves Moreira  Próximo ao Mercado Central", "Renata Alves Moreira"),
        ("RENATA ALVES MOREIRA  Vila Esperança - SP", "RENATA ALVES MOREIRA"),
        ("Renata Moreira  Ponto de referência: Igreja Matriz", "Renata Moreira"),
    ],
)
def test_a_name_beside_the_right_columns_line_is_cut_at_the_columns_edge(merged: str, name: str) -> None:
    fields = parse_lines(_two_columns(merged), "BR")
    assert fields.name is not None and fields.name.value == name


def test_a_heading_over_both_columns_is_not_cut() -> None:
    """A firm's name centred above two columns: the column starts inside its box, but runs only below it."""
    lines = [
        CardLine(0, "Hospital Regional de Santa Clara", Box(200, 60, 600, 44), 38),
        CardLine(1, "Dra. Helena Duarte", Box(60, 160, 300, 30), 26),
        CardLine(2, "+55 11 3456-7788", Box(RIGHT, 165, 220, 20), 17),
        CardLine(3, "Cardiologista", Box(60, 200, 170, 22), 18),
        CardLine(4, "helena.duarte@hrsc.org.br", Box(RIGHT, 200, 320, 22), 17),
        CardLine(5, "Av. Central, 500", Box(RIGHT, 235, 200, 20), 17),
    ]
    assert column_edge(lines[0], lines) is None
    fields = parse_lines(lines, "BR")
    assert fields.company is not None and fields.company.value == "Hospital Regional de Santa Clara"


def test_a_centred_card_has_no_columns() -> None:
    """Lines of a centred card start where others start by chance; none stands beside another."""
    lines = [
        CardLine(0, "Northwind Freight Services", Box(240, 60, 520, 40), 34),
        CardLine(1, "Senior Key Account Manager Europe", Box(210, 130, 580, 26), 22),
        CardLine(2, "Erik Lindqvist", Box(380, 180, 240, 26), 22),
        CardLine(3, "Logistics", Box(382, 220, 236, 22), 18),
        CardLine(4, "erik@northwind.example", Box(384, 260, 300, 22), 18),
    ]
    assert all(column_edge(line, lines) is None for line in lines)
    fields = parse_lines(lines, "US")
    assert fields.title is not None and fields.title.value == "Senior Key Account Manager Europe"


def test_a_firms_first_word_lost_is_given_back_by_the_mailbox() -> None:
    """The photo cut the firm's first word; the mailbox spells the whole name (``mailbox_first_word``)."""
    lines = [
        _line(0, "Plumbing Supply LLC", 120, 40, 30),
        _line(1, "Grace Okafor", 120, 100, 24),
        _line(2, "Owner", 120, 140),
        _line(3, "harborviewplumbingsupply@yahoo.com", 120, 180),
    ]
    fields = parse_lines(lines, "US")
    assert fields.company is not None and fields.company.value == "Harborview Plumbing Supply LLC"
    assert fields.name is not None and fields.name.value == "Grace Okafor"


def test_no_first_word_is_given_back_when_another_address_spells_the_firm_as_printed() -> None:
    """OCR glued a surname before the website's host; the e-mail spells the firm as its line prints it."""
    lines = [
        _line(0, "Oficina do Bairro", 120, 40, 30),
        _line(1, "Ana Lucia Costa", 120, 100, 24),
        _line(2, "ana@oficinadobairro.com.br", 120, 140),
        _line(3, "Costaoficinadobairro.com.br", 120, 180),
    ]
    fields = parse_lines(lines, "BR")
    assert fields.company is not None and fields.company.value == "Oficina do Bairro"
