"""The labelling causes ``scan_world_set`` showed: a vCard-like back's labelled fields (``field_labels``), a
title in two languages on one line (``bilingual_titles``), a public body's long name (``public_bodies``) and
Central European academic honorifics (``academic_honorifics``). Made-up people, firms and streets."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.bilingual_titles import bilingual_title_score
from cardbook.ocr.field_labels import field_of_label
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.public_bodies import public_body_score

from .render import Card, Text, render, save

_BACK = [
    "Name: Tomas Verhelst",
    "Title: Head of Operations",
    "Company: Brindle Packaging Limited",
    "Phone: +353 1 482 7710",
    "Email: tomas.verhelst@brindle-packaging.example",
    "Web: www.brindle-packaging.example",
]


def test_labelled_fields_are_taken_without_their_labels() -> None:
    fields = parse_text("\n".join(_BACK), "IE")
    assert fields.name is not None and fields.name.value == "Tomas Verhelst"
    assert fields.title is not None and fields.title.value == "Head of Operations"
    assert fields.company is not None and fields.company.value == "Brindle Packaging Limited"


def test_a_rendered_back_is_read_with_its_fields(tmp_path: Path) -> None:
    card = Card([Text(line, size=34) for line in _BACK], size=(1400, 650))
    path = save(str(tmp_path / "back.png"), render(card))
    fields = read_image(path, ReadOptions(region="IE"))[0].fields
    assert fields is not None
    assert fields.title is not None and fields.title.value == "Head of Operations"
    assert fields.company is not None and fields.company.value == "Brindle Packaging Limited"


@pytest.mark.parametrize(
    ("label", "field"),
    [("Title", "title"), ("Job title", "title"), ("Fonction", "title"), ("Firma", "company"), ("Nom", "name")],
)
def test_labels_name_their_field(label: str, field: str) -> None:
    assert field_of_label(label) == field


def test_a_label_needs_its_colon() -> None:
    fields = parse_text("Ria Tamsin\nCompany Relations Manager\nTel. +1 212 555 0143\nria@quellwood.com", "US")
    assert fields.title is not None and fields.title.value == "Company Relations Manager"
    assert fields.name is not None and fields.name.value == "Ria Tamsin"


@pytest.mark.parametrize(
    "title",
    ["Insurance Agent / Agente de Seguros", "Office Manager / Gerente de Oficina", "Projektleiter | Chef de projet"],
)
def test_a_title_in_two_languages_is_one_title(title: str) -> None:
    assert bilingual_title_score(title) > 0
    card = f"Harlow Mutual\nLucia Arbeloa\n{title}\nTel. (305) 555-0187\nlucia@harlowmutual.example"
    fields = parse_text(card, "US")
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize("services", ["Plumbing / Heating", "Roofing | Siding | Gutters", "Sales / Marketing / PR"])
def test_services_are_no_bilingual_title(services: str) -> None:
    assert bilingual_title_score(services) == 0


@pytest.mark.parametrize(
    "body",
    [
        "Ministère de l'Économie et de l'Innovation",
        "Chambre de commerce et d'industrie de Lavalette",
        "Ministry of Enterprise, Trade and the Islands",
    ],
)
def test_a_public_bodys_long_name_is_the_organisation(body: str) -> None:
    assert public_body_score(body) > 0
    card = (
        f"{body}\nSimone Lacasse\nChargée de mission\nTél. 418 555-0142\ns.lacasse@valdor.ca\n"
        "www.valdor.ca\n152, avenue Jean\nQuébec (Québec) G1R 4W8"
    )
    fields = parse_text(card, "CA")
    assert fields.company is not None and fields.company.value == body


@pytest.mark.parametrize("tagline", ["Institute of the year 2024", "Chamber music for every event."])
def test_a_sentence_is_no_public_body(tagline: str) -> None:
    assert public_body_score(tagline) == 0


@pytest.mark.parametrize(
    "name",
    ["Dr. med. Dominik Rechtal", "Prof. Dr. med. Dominik Rechtal", "MUDr. Anna Arnova, Ph.D.", "Mgr. Jana Sovova"],
)
def test_academic_honorifics_open_a_name(name: str) -> None:
    card = f"Universitätsklinikum Grenzing\n{name}\nOberarzt\nTel. +43 316 123 45 67\nd.rechtal@ukg.example"
    fields = parse_text(card, "AT")
    assert fields.name is not None and fields.name.value == name


def test_a_given_name_like_an_honorific_stays_a_name() -> None:
    fields = parse_text("Phil Brennock\nSales Director\nphil@brennock.example\n+44 141 496 0123", "GB")
    assert fields.name is not None and fields.name.value == "Phil Brennock"
