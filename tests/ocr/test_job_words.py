"""Titles naming the owner's trade, from Faker's job lists (cardbook.ocr.job_words)."""

from __future__ import annotations

from cardbook.ocr.job_words import job_words
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.title_evidence import title_score


def test_a_short_line_naming_a_job_is_a_title_in_each_language_read() -> None:
    for title in ("Encanador", "PEDREIRO", "Fontanero", "HVAC Technician", "Maestro pastelero", "Eletricista"):
        assert title_score(title) >= 0.5, title


def test_a_job_word_in_a_longer_line_or_beside_a_first_name_makes_no_title() -> None:
    assert title_score("Ana Pintor") == 0.0  # a family name that is also a job
    assert title_score("Chaveiro e Serralheria Souza Filhos") == 0.0
    assert "ana" not in job_words() and all(len(word) >= 5 for word in job_words())


def test_a_trade_title_under_the_owners_name_is_read_as_the_title() -> None:
    card = "Vidraçaria Souza\nTHIAGO SOUZA\nENCANADOR\n(11) 98888-7777\nthiago@gmail.com"
    fields = parse_text(card, region="BR")
    assert fields.name is not None and fields.name.value == "THIAGO SOUZA"
    assert fields.title is not None and fields.title.value == "ENCANADOR"
    assert fields.company is not None and fields.company.value == "Vidraçaria Souza"
