"""German feminine titles ("-in") read as their listed masculine; names and places ending in "-in" are no
titles (cardbook.ocr.german_title_forms), and Polish job heads from Faker's list (cardbook.ocr.job_words)."""

from __future__ import annotations

import importlib

from faker import Faker

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.title_evidence import title_score


def test_a_feminine_title_scores_as_its_masculine() -> None:
    for masculine in ("Architekt", "Direktor", "Prokurist", "Partner"):
        assert title_score(masculine) > 0, masculine
        assert title_score(f"{masculine}in") == title_score(masculine), masculine


def test_names_ending_in_in_are_no_titles() -> None:
    for locale in ("de_DE", "en_US", "nl_NL", "sv_SE"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for name in (*provider.first_names, *provider.last_names):
            if name.endswith("in"):
                assert title_score(name) == 0.0, name


def test_a_feminine_title_under_the_name_is_the_title() -> None:
    fake = Faker("de_DE")
    fake.seed_instance(3)
    for _ in range(4):
        name = f"{fake.first_name_female()} {fake.last_name()}"
        card = f"{name}\nDirektorin\nNordlicht Bau GmbH\nT +49 30 1234567\ninfo@nordlicht-bau.de"
        fields = parse_text(card, region="DE")
        assert fields.name is not None and fields.name.value == name
        assert fields.title is not None and fields.title.value == "Direktorin"


def test_polish_job_heads_make_titles() -> None:
    for title in ("Dyrektor handlowy", "Doradca klienta", "Przedstawiciel"):
        assert title_score(title) > 0, title
