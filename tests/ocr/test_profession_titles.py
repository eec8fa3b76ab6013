"""Titles no word list held: the professions' role words, compound occupations, a faculty under a professor,
a title taken on its place beside the name, and the bar between name and title read as a letter
(profession_words, job_words, title_lines, title_beside_name, shared_line)."""

from __future__ import annotations

import pytest

from cardbook.ocr.job_words import job_words
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.profession_words import compound_nouns, compound_occupation, german_heads
from cardbook.ocr.title_evidence import title_score

from .line_cards import stacked_lines


@pytest.mark.parametrize(
    "title",
    [
        "Of Counsel",
        "Attending Physician",
        "Universitair hoofddocent",
        "Radca prawny",
        "Fachanwältin für Familienrecht",
        "Oberärztin",
        "Ricercatrice",
        "Catedrático de Derecho Civil",
        "Hoogleraar",
        "Notaire",
        "Locksmith",
        "Överläkare",
    ],
)
def test_a_professions_role_under_the_name_is_the_title(title: str) -> None:
    assert title_score(title) >= 0.5, title
    fields = parse_text(f"Dana Whitlow\n{title}\nNorvale Partners LLP\ndana@norvale.com", "US")
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize("text", ["Anna Richter", "Dean Whitlow", "Transformer Solutions", "Fine Arts Gallery"])
def test_a_job_noun_in_a_name_or_a_firm_makes_no_title(text: str) -> None:
    assert title_score(text) == 0.0


def test_compound_occupations_end_with_a_job_noun_the_lists_show_compounding() -> None:
    nouns = compound_nouns()
    assert {"techniker", "berater", "arzt", "anwalt"} <= nouns  # from Faker's lists and the professions
    assert compound_occupation("kaltetechniker") and compound_occupation("zahnarztin")
    assert not compound_occupation("arzt")  # the noun alone is no compound (it is listed on its own)
    assert not compound_occupation("kommune") and not compound_occupation("gesellschaft")


def test_austrias_apprenticeship_fields_are_no_jobs() -> None:
    """Austria's list names people with both genders and fields without: only the people are jobs."""
    assert german_heads("Prüftechnik", persons_only=True) == []
    assert german_heads("Technischer Zeichner*in", persons_only=True) == ["zeichner", "zeichnerin"]
    assert german_heads("Facharzt / Fachärztin für Innere Medizin") == ["facharzt", "facharztin"]
    assert german_heads("Maschinenbau- und Anlagenkonstrukteur*in", persons_only=True) == []
    assert "zeichner" in job_words() and "pruftechnik" not in job_words()


@pytest.mark.parametrize("title", ["Psycholoog", "Radioloog", "Psykolog", "Rehtori", "Dosentti"])
def test_dutch_and_nordic_occupations_by_suffix_and_finnish_heads_are_titles(title: str) -> None:
    """Dutch "-oloog", Nordic/Polish "-olog" (``TITLE_SUFFIXES``); Finnish heads from Faker's fi_FI list."""
    assert title_score(title) >= 0.5, title
    fields = parse_text(f"Dana Whitlow\n{title}\nNorvale Oy\ndana@norvale.fi", "FI")
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize(
    ("dutch", "english"), [("Hoofd Inkoop", "Head of Purchasing"), ("Hoofd Verkoop", "Head of Sales")]
)
def test_dutch_hoofd_is_as_strong_a_title_word_as_head(dutch: str, english: str) -> None:
    """Above the name, where no bonus for standing under it helps, "Hoofd …" is a title as "Head of …" is."""
    assert title_score(dutch) >= 0.5 and title_score(english) >= 0.5


@pytest.mark.parametrize("text", ["Dialog", "Katalog"])
def test_english_alog_words_are_no_occupations(text: str) -> None:
    assert title_score(text) == 0.0


@pytest.mark.parametrize("title", ["Kreditprüferin", "Bilanzbuchhalterin", "Mediengestalterin", "Immobilienmaklerin"])
def test_a_womans_german_title_is_the_feminine_the_gender_star_marks(title: str) -> None:
    """Austria's list prints "Kreditprüfer*in": the woman's card prints the feminine, a job as the masculine is."""
    assert title_score(title) >= 0.5, title
    fields = parse_text(f"Dana Whitlow\n{title}\nNorvale Treuhand GmbH\ndana@norvale.de", "DE")
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Professeure des universités", "Faculté de droit"),
        ("Professorin", "Fakultät für Informatik"),
        ("Senior Lecturer", "School of Engineering"),
    ],
)
def test_a_faculty_under_a_professors_title_is_not_joined_to_it(title: str, unit: str) -> None:
    lines = stacked_lines([("Dana Whitlow", 30), (title, 18), (unit, 18), ("dana@norvale.edu", 16)])
    fields = parse_lines(lines, "FR")
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize("title", ["Kierownik budowy", "Hovmästare", "Vedoucí prodeje"])
def test_a_short_line_right_under_the_name_is_the_title_when_no_line_holds_a_title_word(title: str) -> None:
    lines = stacked_lines(
        [
            ("Norvale Systems GmbH", 30),
            ("Dana Whitlow", 26),
            (title, 16),
            ("+49 30 1234567", 14),
            ("dana@norvale.de", 14),
        ]
    )
    fields = parse_lines(lines, "DE")
    assert fields.name is not None and fields.name.value == "Dana Whitlow"
    assert fields.title is not None and fields.title.value == title
    assert fields.company is not None and fields.company.value == "Norvale Systems GmbH"


@pytest.mark.parametrize(
    "under",
    ["Norvale Systems GmbH", "Kastanienallee 12", "Since 1998", "Plumbing • Heating • Drains", "Dana Brook Whitlow"],
)
def test_a_firm_a_street_a_number_or_a_list_under_the_name_is_no_placed_title(under: str) -> None:
    lines = stacked_lines([("Dana Whitlow", 26), (under, 16), ("dana@norvale.de", 14)])
    fields = parse_lines(lines, "DE")
    assert fields.title is None or fields.title.value != under


def test_a_title_ends_the_name_when_ocr_read_the_bar_between_them_as_a_letter() -> None:
    fields = parse_text("Dana Whitlow I Owner\nNorvale Roofing\n(305) 555-0143", "US")
    assert fields.name is not None and fields.name.value == "Dana Whitlow"
    assert fields.title is not None and fields.title.value == "Owner"


@pytest.mark.parametrize("place", ["NORTHFIELD MEDICAL CENTER", "Northfield Medical Center"])
def test_an_english_word_is_not_cut_into_a_title_word_and_a_connector(place: str) -> None:
    # "medical" is no "medica" (a title word) glued to "l": the hospital stays the firm, the role the title.
    text = f"{place}\nAttending Physician\nJAMES WHITLOCK\nDepartment of Cardiology\nE james@northfield.co.uk"
    fields = parse_text(text, "GB")
    assert fields.title is not None and fields.title.value == "Attending Physician"
    assert fields.company is not None and fields.company.value == place
