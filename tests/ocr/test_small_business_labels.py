"""Labelling of Brazilian and US small-business cards (issue 10, item 3): names outside the first-name data
and shaped like "O'Brien", a firm named by its trade, the owner's title as an occupation, services lists,
handles, a lone legal form, a line read twice, a line read across two columns, address lines with "Sala",
"Bairro" and the state before the CEP. Every text is made up (``smallbiz_data``'s pools)."""

from __future__ import annotations

import random

import pytest

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.fields import CardLine
from cardbook.ocr.line_words import strip_junk
from cardbook.ocr.parse_card import parse_lines, without_double_reads
from cardbook.ocr.parse_columns import split_merged_columns
from cardbook.ocr.parse_contacts import find_social
from cardbook.ocr.parse_people import name_score
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.types import Box

from .smallbiz_data import COUNTRIES, Variants, small_business_card


def _card(rows: list[tuple[str, float]], left: int = 60, region: str = "BR") -> dict[str, str | None]:
    """Parse lines stacked down the card, each (text, letter height)."""
    lines, top = [], 40
    for index, (text, height) in enumerate(rows):
        lines.append(CardLine(index, text, Box(left, top, int(0.55 * height * len(text)), int(height * 1.2)), height))
        top += int(height * 1.7)
    fields = parse_lines(lines, region)
    return {
        "name": fields.name.value if fields.name else None,
        "title": fields.title.value if fields.title else None,
        "company": fields.company.value if fields.company else None,
        "address": fields.address.value if fields.address else None,
    }


@pytest.mark.parametrize("name", ["Tony O'Brien", "Hyun DeLuca", "Anne McDonald", "Rosa D'Angelo", "Maria Le"])
def test_family_names_with_a_capital_inside_or_a_particle_s_shape_are_names(name: str) -> None:
    assert name_score(name, []) > 0.5


def test_iberian_names_joined_by_particles_are_names_however_long() -> None:
    assert name_score("Maria das Dores Pereira da Costa", []) > 0.5
    assert name_score("Rosimeire Pereira da Costa Cavalcanti", []) > 0  # no known first name: the layout decides
    assert name_score("Luiz Fernando Bezerra", []) > name_score("Gilvan Bezerra", [])  # "Fernando" is known


@pytest.mark.parametrize(
    "firm", ["Vidraçaria Cavalcanti", "Marcenaria da Adriana", "Liberty Pest Control", "Dedetizadora do Josué"]
)
def test_a_line_naming_a_trade_is_no_persons_name(firm: str) -> None:
    assert name_score(firm, []) == 0.0


def test_a_family_name_ending_like_a_trade_stays_a_name() -> None:
    assert name_score("John Fielding", []) > 0.5


def test_occupations_services_and_claims() -> None:
    assert title_score("Master Plumber") >= 0.5  # the plumbing trade's agent noun
    assert title_score("Técnico Responsável") >= 0.5
    assert title_score("Commercial - Remodeling - Drain Cleaning") == 0.0  # a list of services
    assert title_score("Consertos • Vendas • Peças") == 0.0
    assert title_score("Licensed & Insured") == 0.0
    assert title_score("Director, Sales, EMEA") >= 0.5  # parts without title words are not services


def test_a_handle_that_ocr_spaced_is_still_a_handle() -> None:
    assert [found.value for found in find_social("@oficina_ joao")] == ["@oficina_joao"]
    assert [found.value for found in find_social("IG: @pecas.bezerra")] == ["@pecas.bezerra"]


def test_brazilian_address_lines() -> None:
    assert flags_for("Bairro Boa Vista").street > 0
    assert flags_for("R. São José, 1723 - Cohab").street >= 0.8
    assert flags_for("Sala 12").street > 0 and flags_for("Loja do Zé").street == 0.0
    assert flags_for("Barra do Sul - SC - 89000-123").postal == 1.0


def test_a_word_read_twice_at_one_place_is_kept_once() -> None:
    first = CardLine(0, "Estrela Refrigeração", Box(60, 60, 500, 56), 46)
    again = CardLine(1, "ESTRELA REFRIGERAÇÃO", Box(66, 58, 510, 50), 40)
    elsewhere = CardLine(2, "Estrela Refrigeração", Box(60, 400, 300, 20), 16)
    assert [line.index for line in without_double_reads([first, again, elsewhere])] == [0, 2]


def test_a_line_read_across_two_columns_is_cut_where_the_address_starts() -> None:
    merged = CardLine(3, "Carlos Zhang | Owner 19403 Industrial Pkwy, Unit 286", Box(50, 200, 800, 30), 25)
    left, right = split_merged_columns([merged])
    assert (left.index, left.text, right.text) == (3, "Carlos Zhang | Owner", "19403 Industrial Pkwy, Unit 286")
    assert right.index == 4 and left.box is not None and right.box is not None
    assert right.box.left == left.box.right
    one_column = CardLine(0, "Parque São Jorge - Jardim/CE", Box(50, 200, 400, 30), 25)
    assert split_merged_columns([one_column]) == [one_column]


def test_a_brazilian_trade_card() -> None:
    fields = _card(
        [
            ("Auto Elétrica Nogueira", 48),
            ("Consertos • Vendas • Peças", 16),
            ("Gilvan Nogueira,", 30),
            ("WhatsApp (84) 99427-5327", 18),
            ("Fixo 3646-6642", 18),
            ("@autoeletrica.nogueira", 18),
            ("Rua Dom Pedro II, 1394 - Sala 3", 18),
            ("Bairro Boa Vista", 18),
            ("Entre Rios - BA", 18),
            ("CEP 44194-569", 18),
            ("CNPJ: 12.345.678/0001-90", 16),
        ]
    )
    assert fields == {
        "name": "Gilvan Nogueira",
        "title": None,
        "company": "Auto Elétrica Nogueira",
        "address": "Rua Dom Pedro II, 1394 - Sala 3, Bairro Boa Vista, Entre Rios - BA, CEP 44194-569",
    }


def test_a_firm_whose_legal_form_was_read_apart_keeps_its_name() -> None:
    lines = [
        CardLine(0, "Dedetizadora Estrela", Box(60, 64, 700, 54), 45),
        CardLine(1, "Ltda", Box(800, 64, 130, 45), 45),
        CardLine(2, "Reginaldo Bezerra", Box(56, 178, 400, 37), 30),
        CardLine(3, "Cel (12) 99176-6603", Box(56, 230, 270, 24), 18),
    ]
    company = parse_lines(lines, "BR").company
    assert company is not None and company.value == "Dedetizadora Estrela Ltda"


def test_a_company_does_not_grow_across_a_services_line_into_the_owner() -> None:
    fields = _card(
        [
            ("Refrigeração Estrela", 37),
            ("Peças : Vendas : Pintura - Hidráulica", 19),
            ("Gilvan Gomes", 31),
            ("(17) 96253-7458", 18),
        ]
    )
    assert fields["company"] == "Refrigeração Estrela"


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_generator_prints_what_its_truth_says(country: str) -> None:
    """Each truth value is on the card's rows as printed (the set measures reading, not the generator)."""
    rng = random.Random(5)
    variants = Variants(random.Random(6), capitals=0.5, trade_title=0.5)
    for _ in range(60):
        card = small_business_card(rng, country, variants)
        printed = "\n".join(row.text for row in card.rows)
        for key in ("name", "title", "emails", "websites", "social"):
            value = card.truth[key]
            for item in value if isinstance(value, list) else [value]:
                assert item is None or str(item) in printed, (key, item, printed)
        for phone in card.truth["phones"]:  # type: ignore[attr-defined]
            assert phone["number"] in printed
        for part in str(card.truth["address"]).split(", "):
            assert part in printed
        company = card.truth["company"]
        assert company is None or str(company) in printed or str(company) in printed.replace(" ", "").lower()


def test_an_icon_read_as_a_letter_after_the_firm_is_dropped() -> None:
    assert strip_junk("RS Marcenaria k") == "RS Marcenaria"
    assert strip_junk("Vitamin C") == "Vitamin C"


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_card_no_variant_is_drawn_for_is_the_card_drawn_without_variants(country: str) -> None:
    """The variants draw from their own stream: a seed's earlier sets keep their other cards."""
    plain, varied = random.Random(9), random.Random(9)
    variants = Variants(random.Random(10), capitals=0.0, trade_title=0.0)
    for _ in range(30):
        assert small_business_card(plain, country) == small_business_card(varied, country, variants)
    capitals = Variants(random.Random(10), capitals=1.0, title_capitals=0.0, trade_title=0.0)
    card = small_business_card(random.Random(3), country, capitals)
    same = small_business_card(random.Random(3), country)
    assert card.truth["name"] == str(same.truth["name"]).upper() and card.truth["title"] == same.truth["title"]
