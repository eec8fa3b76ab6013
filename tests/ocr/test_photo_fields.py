"""The fields of small-business cards as phone photos read them: lines whose boxes are taller than their letters
(a tilted or bowed card), a title under the name with a list of services above it, a licence on the name's
line, a woman's trade title, a neighbourhood printed alone in the address, a social label left alone."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.job_words import job_words
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.shared_line import name_before_registration
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.types import Box


def _photo_lines(rows: list[tuple[str, int, int]], letter: int, slope: int) -> list[CardLine]:
    """Lines of a bowed card: each row's letters ``letter`` px high at ``top``, its box ``slope`` px taller (the
    line runs along a curve), so consecutive boxes overlap though the letters do not."""
    return [
        CardLine(index, text, Box(40, top - slope // 2, width, letter + slope), float(letter), 0.95)
        for index, (text, top, width) in enumerate(rows)
    ]


def test_an_address_on_a_bowed_card_keeps_its_street_line() -> None:
    rows = [
        ("Fernanda Rocha", 30, 300),
        ("Mestre de Obras", 60, 200),
        ("WhatsApp (51) 9 3013-5643", 90, 300),
        ("Endereço: R. São José, 564 - Apto 21", 120, 400),
        ("Cohab - Estrela/SP - CEP 97460-925", 146, 480),
    ]
    fields = parse_lines(_photo_lines(rows, letter=18, slope=22), "BR")
    assert fields.address is not None
    assert fields.address.value == "R. São José, 564 - Apto 21, Cohab - Estrela/SP - CEP 97460-925"
    assert fields.title is not None and fields.title.value == "Mestre de Obras"


def test_a_district_line_between_street_and_city_on_a_bowed_card_stays_in_the_address() -> None:
    rows = [
        ("Reginaldo Nogueira", 30, 300),
        ("Av. Presidente Vargas, 1576", 62, 380),
        ("Santa Cruz - Inconfidentes/MG", 88, 410),
        ("42457-196", 114, 150),
    ]
    fields = parse_lines(_photo_lines(rows, letter=22, slope=26), "BR")
    assert fields.address is not None
    assert fields.address.value == "Av. Presidente Vargas, 1576, Santa Cruz - Inconfidentes/MG, 42457-196"


def test_a_title_does_not_continue_across_the_name_into_a_list_of_services() -> None:
    lines = [
        CardLine(0, "Sunrise Cleaning Services", Box(46, 38, 760, 62), 62.0, 1.0),
        CardLine(1, "Remodeling • Commercial", Box(42, 105, 276, 30), 30.0, 1.0),
        CardLine(2, "LUIS ORTEGA", Box(42, 135, 282, 42), 42.0, 1.0),
        CardLine(3, "Master Plumber", Box(47, 181, 201, 36), 36.0, 1.0),
        CardLine(4, "Cell 648.218.5527", Box(44, 214, 193, 35), 35.0, 1.0),
    ]
    fields = parse_lines(lines, "US")
    assert fields.name is not None and fields.name.value == "LUIS ORTEGA"
    assert fields.title is not None and fields.title.value == "Master Plumber"


@pytest.mark.parametrize(
    "line", ["Carlos Mendes - CRECI 45678-F", "Carlos Mendes, Lic. #123456", "Carlos Mendes | License # 44172"]
)
def test_a_licence_on_the_names_line_leaves_the_name(line: str) -> None:
    fields = parse_text(f"{line}\nCorretor de Imóveis\n(11) 98765-4321\ncarlos@imobhorizonte.com.br", "BR")
    assert fields.name is not None and fields.name.value == "Carlos Mendes"
    assert fields.company is None or "Mendes" not in fields.company.value


@pytest.mark.parametrize("title", ["Cabeleireira", "Confeiteira", "Corretora", "Advogada", "Mestre de Obras"])
def test_womens_and_joined_trade_titles_are_titles(title: str) -> None:
    assert title_score(title) >= 0.45
    fields = parse_text(f"Salão Bella\nAna Souza\n{title}\n(21) 99876-5432", "BR")
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize("firm", ["construtora", "dedetizadora", "transportadora", "clinica", "mecanica"])
def test_a_feminine_that_names_a_firm_is_no_job_word(firm: str) -> None:
    assert job_words()
    assert firm not in job_words()


def test_a_neighbourhood_printed_alone_joins_the_address() -> None:
    text = "Ana Souza\nRua Augusta, 45\nCopacabana\nRio de Janeiro - RJ\nCEP 22070-011\n(21) 99876-5432"
    fields = parse_text(text, "BR")
    assert fields.address is not None
    assert fields.address.value == "Rua Augusta, 45, Copacabana, Rio de Janeiro - RJ, CEP 22070-011"


def test_a_social_label_left_alone_names_no_company() -> None:
    rows = [
        ("Hyun Park, Estimator, CA Lic. #199346", 17),
        ("2704 Elm Dr, Ste 273", 19),
        ("Princeton, WI 29695", 18),
        ("365.959.0341", 19),
        ("hyunpark@gmail.com", 23),
        ("Insta: @roofing.hyun", 24),
    ]
    lines = [CardLine(i, text, Box(50, 50 + 32 * i, 300, h), float(h), 0.95) for i, (text, h) in enumerate(rows)]
    fields = parse_lines(lines, "US")
    assert fields.name is not None and fields.name.value == "Hyun Park"
    assert fields.company is None


def test_a_list_of_services_under_the_firm_is_no_part_of_its_name() -> None:
    lines = [
        CardLine(0, "Oficina Mecânica do Wellington", Box(72, 56, 600, 43), 43.0, 1.0),
        CardLine(1, "Orçamento grátis, Venda, Aluguel", Box(67, 112, 389, 31), 31.0, 1.0),
        CardLine(2, "Wellington Souza Barbosa", Box(75, 179, 546, 49), 49.0, 1.0),
        CardLine(3, "Proprietário", Box(67, 229, 175, 42), 42.0, 1.0),
        CardLine(4, "(51) 9.3018-1206", Box(630, 201, 300, 28), 28.0, 1.0),
        CardLine(5, "contato@oficinamecanicadowellington.com.br", Box(630, 230, 480, 28), 28.0, 1.0),
    ]
    fields = parse_lines(lines, "BR")
    assert fields.company is not None and fields.company.value == "Oficina Mecânica do Wellington"


def test_a_wordmark_read_twice_over_itself_is_named_once() -> None:
    lines = [
        CardLine(0, "Harlow-Vance", Box(167, 0, 283, 71), 71.0, 0.99),
        CardLine(1, "& Harlow-Vance", Box(67, 54, 371, 72), 72.0, 0.9),
        CardLine(2, "Alicia Lewis", Box(70, 158, 286, 43), 43.0, 1.0),
        CardLine(3, "Director of Finance", Box(67, 215, 280, 23), 22.0, 0.96),
        CardLine(4, "alicia.lewis@harlowvance.com", Box(676, 286, 326, 26), 26.0, 0.9),
    ]
    fields = parse_lines(lines, "US")
    assert fields.company is not None and fields.company.value == "Harlow-Vance"


@pytest.mark.parametrize("surname", ["Ferreira", "Pereira", "Oliveira"])
def test_a_feminine_that_is_a_family_name_is_no_title(surname: str) -> None:
    assert title_score(f"{surname} Lima") == 0.0
    fields = parse_text(f"Marcos Antônio\n{surname} Lima\nCorretor\n(11) 98765-4321", "BR")
    assert fields.title is not None and fields.title.value == "Corretor"


def test_a_street_with_its_number_is_no_name_with_a_licence() -> None:
    assert name_before_registration("R. São José, 1601") is None
    assert name_before_registration("Ana Lima - CRECI 12345-F") == "Ana Lima"


def test_a_centred_address_takes_the_next_row_not_the_one_aligned_with_it() -> None:
    lines = [
        CardLine(0, "Vidraçaria Nova Era Ltda", Box(78, 454, 763, 83), 79.0, 1.0),
        CardLine(1, "JOANA DE SOUZA", Box(84, 598, 761, 60), 60.0, 1.0),
        CardLine(2, "Técnica Responsável", Box(276, 671, 380, 60), 60.0, 1.0),
        CardLine(3, "R. São José, 1601", Box(316, 728, 294, 61), 61.0, 1.0),
        CardLine(4, "CEP: 95505-271 - Boa Vista - Canela/RS", Box(98, 789, 724, 52), 52.0, 1.0),
        CardLine(5, "WhatsApp (35) 97842-3312", Box(225, 846, 474, 52), 52.0, 1.0),
    ]
    fields = parse_lines(lines, "BR")
    assert fields.address is not None
    assert fields.address.value == "R. São José, 1601, CEP: 95505-271 - Boa Vista - Canela/RS"
    assert fields.name is not None and fields.name.value == "JOANA DE SOUZA"


def test_a_name_with_its_title_over_the_street_is_no_building_line() -> None:
    lines = [
        CardLine(0, "NORDVIK", Box(40, 20, 154, 48), 40.0, 0.95),
        CardLine(1, "Wenmei Park, Amministratore", Box(40, 92, 350, 26), 22.0, 0.95),
        CardLine(2, "Indirizzo: Via Garibaldi, 1174", Box(40, 131, 247, 18), 15.0, 0.95),
        CardLine(3, "16696 Vicenza (VR)", Box(40, 158, 148, 18), 15.0, 0.95),
        CardLine(4, "Tel.: 366 915 6404", Box(40, 185, 148, 18), 15.0, 0.95),
    ]
    fields = parse_lines(lines, "IT")
    assert fields.address is not None and fields.address.value == "Via Garibaldi, 1174, 16696 Vicenza (VR)"
    assert fields.title is not None and fields.title.value == "Amministratore"
