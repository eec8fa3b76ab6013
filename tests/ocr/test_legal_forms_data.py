"""Legal forms from cleanco's term data: the dotted and several-word forms the lexicon lacks ("Sp. z o.o.",
"sp.k.", "s.c."), a digit OCR read for a letter of one, and ordinary lines that stay no firm."""

from __future__ import annotations

import unicodedata

from faker import Faker

from cardbook.ocr.legal_forms import has_legal_form, repair_legal_form
from cardbook.ocr.parse_card import parse_lines, parse_text

from .line_cards import stacked_lines


def _companies(locale: str, count: int = 60) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(7)
    return [fake.company() for _ in range(count)]


def test_polish_firms_end_with_their_form() -> None:
    dotted = [name for name in _companies("pl_PL") if "." in name.split()[-1]]
    assert len(dotted) >= 10
    for name in dotted:
        assert has_legal_form(name), name


def test_a_zero_read_for_the_letter_o_is_written_back() -> None:
    for name in _companies("pl_PL"):
        if name.endswith("o.o."):
            misread = name[: -len("o.o.")] + "0.0."
            assert repair_legal_form(misread) == name
            fields = parse_text(f"{misread}\nJan Kowalski\nDyrektor\njan@firma.pl", "PL")
            assert fields.company is not None and fields.company.value == name


def test_names_and_streets_are_no_firms() -> None:
    fake = Faker("en_US")
    fake.seed_instance(3)
    for _ in range(40):
        assert not has_legal_form(f"{fake.first_name()} {fake.random_uppercase_letter()}. {fake.last_name()}")
        assert not has_legal_form(fake.street_address())


def test_a_misread_form_split_over_two_lines_is_written_back() -> None:
    for name in _companies("pl_PL"):
        if name.endswith(" z o.o."):
            head = name[: -len(" z o.o.")].upper()
            word = max(head.split()[:-1], key=len)
            domain = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode() + ".pl"
            rows = [(head, 30.0), ("Z O.0.", 30.0), ("Jan Kowalski", 34.0), ("Dyrektor", 22.0), (f"jan@{domain}", 22.0)]
            fields = parse_lines(stacked_lines(rows), "PL")
            assert fields.company is not None and fields.company.value == f"{head} Z O.o."
