"""A title cut after a comma continues on the next line; a line naming one of the firm's offices is no title."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_roles import assign_roles
from cardbook.ocr.title_evidence import title_score


@pytest.mark.parametrize(
    ("first", "second"),
    [("Vice President,", "Business Development"), ("Director,", "Corporate Finance"), ("Diretora,", "Novos Negócios")],
)
def test_a_title_ending_with_a_comma_continues_on_the_next_line(first: str, second: str) -> None:
    fields = parse_text(f"Dana Whitlow\n{first}\n{second}\nNorvale Systems Inc.\ndana@norvale.com", "US")
    assert fields.title is not None and fields.title.value == f"{first.rstrip(',')}, {second}"


@pytest.mark.parametrize("office", ["Head Office", "Registered Office", "Branch Office", "Headquarters"])
def test_an_office_label_is_no_title(office: str) -> None:
    assert title_score(office) == 0.0
    fields = parse_text(f"Dana Whitlow\nPartner\n{office}\n40 Quarry Road\nDenver, CO 80202", "US")
    assert fields.title is not None and fields.title.value == "Partner"


def test_a_head_of_title_stays_one() -> None:
    assert title_score("Head of Sales, EMEA") > 0.45


def test_a_name_ending_with_a_comma_does_not_join_the_title_under_it() -> None:
    fields = parse_text("Marisa Antunes,\nTécnica Responsável\nmarisa@example.com", "BR")
    assert fields.title is not None and fields.title.value == "Técnica Responsável"


def test_a_cep_alone_takes_no_line_under_it_for_its_town() -> None:
    """ "CEP 01234-567" ends an address on its own: the next line is not its town."""
    fields = parse_text("Rua das Acácias, 120 - Sala 4\nBairro Centro\nCEP 13015-220\nNota Fiscal", "BR")
    assert fields.address is not None and fields.address.value.endswith("CEP 13015-220")


@pytest.mark.parametrize(
    ("line", "title"),
    [("Broker | License #0144871", "Broker"), ("Corretora de Imóveis - CRECI 40217-F", "Corretora de Imóveis")],
)
def test_a_licence_after_the_title_is_cut_from_it(line: str, title: str) -> None:
    fields = parse_text(f"Dana Whitlow\n{line}\n(305) 555-0143\ndana@example.com", "US")
    assert fields.title is not None and fields.title.value == title


def test_a_town_with_its_state_is_no_title() -> None:
    """A town the address left out (a bent photo's lines) whose name holds a title's word, with its state
    ("Presidente Prudente - SP"), is no title, not even right under the name."""
    texts = ["Marisa Antunes", "Presidente Prudente - SP", "Proprietária"]
    lines = [CardLine(index, text) for index, text in enumerate(texts)]
    roles = assign_roles(lines, dict(enumerate(texts)), ["marisa"], [], [0.0] * len(lines))
    assert roles.title is not None and roles.title[0] == "Proprietária"
