"""A practice named by its partners and its profession in the plural is the firm, a leading surname particle
("van der …") no sentence's; the singular on a person's card, the profession alone and a sentence are none."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.fields import CardFields
from cardbook.ocr.firm_evidence import company_score
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.profession_firms import profession_firm

from .line_cards import stacked_lines
from .render import Card, Text, render, save

# Made-up partners, one card language each; the profession's plural last or first.
_PRACTICES = [
    ("VAN DER WEELE DOORNBOS ADVOCATEN", "NL", "Advocaat"),
    ("Kessler Vogt Rechtsanwälte", "DE", "Rechtsanwältin"),
    ("Avvocati Ferrando & Lusetti", "IT", "Avvocato"),
    ("Garnier Lebrun Notaires associés", "FR", "Notaire"),
]


def _card(firm: str, title: str) -> list[tuple[str, float]]:
    # The firm set smaller than the name, no legal form, a domain that spells none of its words.
    return [
        (firm, 16),
        ("Mira Hollander", 30),
        (title, 20),
        ("+31 20 555 0147", 18),
        ("mira.hollander@wdx.example", 18),
    ]


def _company(fields: CardFields) -> str | None:
    return fields.company.value if fields.company is not None else None


@pytest.mark.parametrize(("firm", "region", "title"), _PRACTICES)
def test_partners_and_their_profession_in_the_plural_are_the_firm(firm: str, region: str, title: str) -> None:
    assert profession_firm(firm)
    fields = parse_lines(stacked_lines(_card(firm, title)), region)
    assert _company(fields) == firm
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize(
    "text",
    [
        "Advocaat",  # the singular: a person's title
        "Rechtsanwälte",  # the profession without a partner's name
        "Avocats au barreau de Paris",  # a sentence
        "Notaires, Avocats, Experts",  # a list of professions
        "Cabinet Avocats 12",  # digits
    ],
)
def test_a_title_a_lone_profession_or_a_sentence_is_no_practice(text: str) -> None:
    assert not profession_firm(text)


def test_a_sentence_opening_with_a_particle_keeps_its_penalty() -> None:
    assert company_score("van de beste kwaliteit", [], 1.0) == 0


def test_a_practice_read_by_tesseract_is_the_firm(tmp_path: Path) -> None:
    firm = "Kessler Vogt Rechtsanwälte"
    card = Card(
        [
            Text("Mira Hollander", 40, "DejaVuSans-Bold.ttf"),
            Text("Rechtsanwältin", 26),
            Text(firm, 26),
            Text("+49 30 5550 1470", 26),
            Text("mira.hollander@kvx.example", 26),
        ]
    )
    path = save(str(tmp_path / "card.png"), render(card))
    result = read_image(path, ReadOptions(region="DE"))[0]
    assert result.ok and result.found
    assert _company(result.fields) == firm
