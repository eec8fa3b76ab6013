"""Titles and addresses of print-shop cards as OCR reads them on phone photos (issue 10, SHOPREAD): a dash
OCR read with one of its spaces between the name and the title, a craft's rank cut from its trade, and the
address shapes of Brazilian planned cities and US mailboxes (``tests/ocr/shop_address_data.py``)."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.shared_line import split_name_title

from .line_cards import stacked_lines


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Gilvan Rodrigues Cavalcanti- Técnico Responsável", "Gilvan Rodrigues Cavalcanti", "Técnico Responsável"),
        ("Maria Silva -Proprietária", "Maria Silva", "Proprietária"),
        ("Dave Carter- Owner", "Dave Carter", "Owner"),
    ],
)
def test_a_dash_read_with_one_space_still_parts_the_name_and_the_title(line: str, name: str, title: str) -> None:
    assert split_name_title(line) == (name, title)


@pytest.mark.parametrize("line", ["Ana Lima- Souza", "Jean -Marc Dupont"])
def test_a_name_with_a_half_spaced_dash_stays_whole(line: str) -> None:
    assert split_name_title(line) is None


@pytest.mark.parametrize(
    ("rank", "trade"), [("Master", "Plumber"), ("Master", "Electrician"), ("Journeyman", "Electrician")]
)
def test_a_crafts_rank_cut_from_its_trade_joins_it(rank: str, trade: str) -> None:
    rows = [("Harbor Pipe Works", 60), ("Dave Carter", 40), (rank, 26), (trade, 26)]
    rows += [("455 Elm Street", 24), ("Springfield, IL 62704", 24), ("(217) 555-0145", 24)]
    fields = parse_lines(stacked_lines(rows), "US")
    assert fields.name is not None and fields.name.value == "Dave Carter"
    assert fields.title is not None and fields.title.value == f"{rank} {trade}"


def _address(rows: list[str], region: str, top: list[tuple[str, float]]) -> str | None:
    lines = stacked_lines([*top, *((row, 24.0) for row in rows), ("(62) 3241-1234", 24.0)])
    fields = parse_lines(lines, region)
    return fields.address.value if fields.address is not None else None


@pytest.mark.parametrize(
    "rows",
    [
        ["Qd. 12 Lt. 3", "Setor Bueno", "Goiânia - GO", "CEP 74210-030"],
        ["Rodovia BR-153, Km 12, s/n", "Zona Rural", "Anápolis/GO", "CEP 75000-000"],
        ["Rua Bahia, s/n - Galpão 2", "Distrito Industrial", "Uberlândia - MG - 38402-000"],
        ["Av. Anhanguera, 445", "Sala 38", "Distrito Industrial", "Conde - PB", "CEP: 58322-000"],
    ],
)
def test_brazilian_blocks_lots_roads_and_districts_stay_in_the_address(rows: list[str]) -> None:
    top = [("Oficina Estrela", 56.0), ("Marcos Vieira", 36.0), ("Mecânico", 26.0)]
    assert _address(rows, "BR", top) == ", ".join(rows)


@pytest.mark.parametrize(
    "rows",
    [
        ["19842 N Central Expy, PMB 690", "Lavonia GA 30553-5470"],
        ["15647 Main St.", "# 447", "Hendersonville NC 28739"],
        ["1200 Main St., Ste. 200", "Dallas, TX 75201-4567"],
        ["400 Ocean Road", "Kolonia, FM 96941"],
    ],
)
def test_us_house_numbers_units_and_mailboxes_stay_in_the_address(rows: list[str]) -> None:
    top = [("Harbor Pipe Works", 56.0), ("Dave Carter", 36.0), ("Owner", 26.0)]
    assert _address(rows, "US", top) == ", ".join(rows)


@pytest.mark.parametrize("line", ["Casa Verde", "Lic. #350962", "Vendas e Consertos"])
def test_a_firm_or_a_licence_is_no_unit_line(line: str) -> None:
    from cardbook.ocr.address_units import district_line, unit_line

    assert not unit_line(line) and not district_line(line)


def test_a_name_read_with_the_town_beside_it_is_cut_from_the_town() -> None:
    """Two columns read as one line: the person on the left, the town, its state and CEP on the right."""
    rows = [("Serralheria Bom Jesus Ltda", 40.0), ("Rua Sete de Setembro, 29 - Loja 235", 22.0)]
    rows += [("LUIZ FERNANDO BEZERRA Ventania - PR - CEP: 84345-000", 22.0), ("(41) 98841-5235", 22.0)]
    fields = parse_lines(stacked_lines(rows), "BR")
    assert fields.name is not None and fields.name.value == "LUIZ FERNANDO BEZERRA"
    assert fields.address is not None
    assert fields.address.value == "Rua Sete de Setembro, 29 - Loja 235, Ventania - PR - CEP: 84345-000"


@pytest.mark.parametrize(
    "line",
    [
        "Santa Cruz - Macaíba/RN - 59280-000",  # a district, then the town: one address line
        "Alto Paraíso de Goiás - GO - 73770-000",  # a town whose name ends with another town's
        "Marcos Vieira Goiânia - GO",  # no CEP: nothing says the right column is an address
    ],
)
def test_an_address_line_or_a_town_without_its_cep_is_not_cut(line: str) -> None:
    from cardbook.ocr.parse_columns import split_merged_columns

    assert [part.text for part in split_merged_columns(stacked_lines([(line, 22.0)]))] == [line]


@pytest.mark.parametrize("listed", ["Commercial + Repairs", "Commercial • Residential"])
def test_a_list_holding_a_french_job_word_is_no_title(listed: str) -> None:
    rows = [("Duc's Barber Shop", 48.0), (listed, 22.0), ("Duc O'Brien,", 34.0), ("22299 N Central Ave", 20.0)]
    rows += [("Laurel, DE 19956", 20.0), ("(570) 609-4164", 20.0)]
    fields = parse_lines(stacked_lines(rows), "US")
    assert fields.title is None


def test_roles_listed_between_bullets_stay_the_title() -> None:
    rows = [("Harbor Realty", 48.0), ("Dana Whitcombe", 34.0), ("Owner • Realtor", 22.0), ("(570) 609-4164", 20.0)]
    fields = parse_lines(stacked_lines(rows), "US")
    assert fields.title is not None and fields.title.value == "Owner • Realtor"


@pytest.mark.parametrize(
    ("rows", "address"),
    [
        (["Rua 10, 45", "Setor Campinas", "Goiânia - G0"], "Rua 10, 45, Setor Campinas, Goiânia - G0"),
        (["Rua 10, 45 - Centro", "São José do Rio Preto"], "Rua 10, 45 - Centro, São José do Rio Preto"),
    ],
)
def test_a_brazilian_town_under_the_street_ends_the_address_without_its_state(rows: list[str], address: str) -> None:
    """The state missing or misread ("G0"): Google's address data knows the town."""
    top = [("Açougue Bom Preço", 56.0), ("Pedro Lima", 36.0), ("Açougueiro", 26.0)]
    assert _address(rows, "BR", top) == address


def test_a_town_named_like_a_word_is_no_address_away_from_a_street() -> None:
    rows = [("Vidraçaria", 56.0), ("Cristal", 40.0), ("Pedro Lima", 30.0), ("(62) 99876-5432", 22.0)]
    fields = parse_lines(stacked_lines(rows), "BR")
    assert fields.address is None
