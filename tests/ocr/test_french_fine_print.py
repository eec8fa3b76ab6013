"""French legal mentions (``legal_mentions``), French titles in the feminine or naming an office
(``french_title_forms``), organisations named by their kind (``french_organisations``) and hyphenated hosts,
through the parser as a card's OCR lines reach it."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import company_score, domain_affinity
from cardbook.ocr.french_title_forms import as_listed
from cardbook.ocr.legal_mentions import without_legal_mentions
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.parse_company import MIN_COMPANY_SCORE
from cardbook.ocr.title_evidence import MIN_TITLE_SCORE, title_score
from cardbook.ocr.types import Box


@pytest.mark.parametrize(
    ("line", "left"),
    [
        ("Kelvano SAS au capital de 20 000 € – RCS Nantes 812 345 678", "Kelvano SAS"),
        ("SARL au capital de 8 000 € | SIRET 512 345 678 00021", ""),
        ("EURL au capital de 7 500 € APE 4322A", ""),  # the separator lost by OCR
        ("Association loi 1901", ""),
        ("Association régie par la loi du 1er juillet 1901", ""),
        ("RCS Saint-Étienne B 401 222 333", ""),
        ("TVA intracom. FR 40 401222333", ""),
        ("TVA non applicable, art. 293 B du CGI", ""),
        # no number after the word: no mention
        ("Conseil en TVA", "Conseil en TVA"),
        ("Capital humain & talents", "Capital humain & talents"),
        ("RCS Engineering 2020", "RCS Engineering 2020"),  # no SIREN after it: a firm's name
        ("Tél. 04 78 12 34 56", "Tél. 04 78 12 34 56"),
    ],
)
def test_legal_mentions_are_cut(line: str, left: str) -> None:
    assert without_legal_mentions(line) == left


def test_registration_numbers_are_no_phones_and_no_firm() -> None:
    card = parse_text(
        "Union cycliste de Vernosc\n"
        "Paulette GIRARDOT\n"
        "Trésorière\n"
        "Port. 06 71 22 43 18\n"
        "Association loi 1901 – RCS Annonay 441 552 663"
    )
    assert [phone.number for phone in card.phones] == ["06 71 22 43 18"]
    assert card.company is None or "1901" not in card.company.value
    assert card.title is not None and card.title.value == "Trésorière"


def test_the_legal_name_before_the_capital_is_kept() -> None:
    card = parse_text("Ophelin SAS au capital de 12 000 € – RCS Rennes 823 114 905\nLouise Martel\nFondatrice")
    assert card.company is not None and card.company.value == "Ophelin SAS"


@pytest.mark.parametrize(
    ("feminine", "masculine"),
    [
        ("Conductrice de travaux", "Conducteur de travaux"),
        ("Chargée d'affaires", "Chargé d'affaires"),
        ("Cheffe de chantier", "Chef de chantier"),
        ("Couvreuse", "Couvreur"),
        ("Trésorière", "Trésorier"),
        ("Adjointe au Maire", "Adjoint au Maire"),
    ],
)
def test_a_feminine_title_scores_as_its_masculine(feminine: str, masculine: str) -> None:
    assert title_score(feminine) >= MIN_TITLE_SCORE
    assert title_score(feminine) == pytest.approx(title_score(masculine))


@pytest.mark.parametrize("text", ["Claire", "Louise MARTIN", "Marie DUPONT", "Ligne directe", "Boulangerie du Port"])
def test_names_and_firms_stay_no_titles(text: str) -> None:
    assert title_score(text) == 0.0


def test_words_become_only_listed_words() -> None:
    # "culture" is no feminine of a listed "cultur"; "maire" and "directrice" are listed as they are
    words = ["culture", "maire", "adjointe", "directrice", "conductrice"]
    assert as_listed(words) == ["culture", "maire", "adjoint", "directrice", "conducteur"]


@pytest.mark.parametrize(
    "firm",
    [
        "Union sportive de Vernosc",
        "Comité des fêtes de Lanvallay",
        "Commune de Saint-Brévin",
        "Amicale des sapeurs-pompiers de Vernosc",
        "Club de randonnée de Vernosc",
    ],
)
def test_a_french_organisation_is_named_by_its_kind(firm: str) -> None:
    # as an association's card prints it: its name on top in the largest type, the officer's free mailbox
    printed = [(firm, 40), ("Bernadette FOUCHER", 34), ("Trésorière", 24), ("bfoucher@gmail.com", 22)]
    printed.append(("06 12 44 31 20", 22))
    lines = [
        CardLine(index, text, Box(60, 50 + 60 * index, 18 * len(text), height), height, 0.95)
        for index, (text, height) in enumerate(printed)
    ]
    card = parse_lines(lines)
    assert card.company is not None and card.company.value == firm


def test_a_tagline_opening_with_the_word_is_no_organisation() -> None:
    # the kind counts as the line's first word only: a committee named inside a sentence is no firm
    assert company_score("Au service du comité et de ses membres depuis 1990", [], 1.0) < MIN_COMPANY_SCORE


def test_a_hyphenated_domain_spells_the_firm() -> None:
    # French firms' hosts join the name's words with hyphens; the line's words are the same name
    assert domain_affinity(words_of("Rodin Morvan Avocats"), ["rodin-morvan-avocats"]) == 1.0
    card = parse_text(
        "Paul GIRAUD\nAvocat associé\nRodin Morvan Avocats\npgiraud@rodin-morvan-avocats.fr\n04 72 11 22 33"
    )
    assert card.company is not None and card.company.value == "Rodin Morvan Avocats"


def test_a_host_that_lost_its_dot_is_written_back_from_the_website() -> None:
    card = parse_text("Agnès ROUX\nNotaire\nE devis@rouxfr\nwww.roux.fr\n01 44 55 66 77")
    assert [email.value for email in card.emails] == ["devis@roux.fr"]


def test_a_dotless_host_the_card_does_not_print_stays_unread() -> None:
    # no other address of the card spells the host: nothing to write back from
    card = parse_text("Agnès ROUX\nNotaire\nE devis@rouxfr\nwww.lebrun.fr\n01 44 55 66 77")
    assert [email.value for email in card.emails] == []
