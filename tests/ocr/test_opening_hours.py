"""``opening_hours``: a shop's hours line is known by its times (two, or a day and one) and kept out of the
address; streets, suites and postal lines are no hours. Real parsing of card lines (``parse_text``); the
shops, streets and towns are made up for these tests."""

from __future__ import annotations

import pytest

from cardbook.ocr.opening_hours import day_words, hours_line
from cardbook.ocr.parse_card import parse_text


def test_day_names_come_in_each_language_with_their_short_forms() -> None:
    assert {"monday", "mon", "segunda", "seg", "sab", "samedi", "sam"} <= day_words()
    assert "feira" not in day_words()  # the second word of a Portuguese day's name is a town's word too


@pytest.mark.parametrize(
    "text",
    ["Seg. a Sex. 8h às 18h | Sáb. 8h às 12h", "Mon-Sat 7AM-5PM", "Horário: Ter a Sáb 9h-20h", "Tue-Sat 9:00-7:00"],
)
def test_hours_lines_are_known(text: str) -> None:
    assert hours_line(text)


@pytest.mark.parametrize(
    "text",
    ["1200 N 9th St", "Av. Central, 1000 - 10º andar", "CEP 13000-100 Campinas - SP", "Sun Valley Road 12", "Open 24h"],
)
def test_addresses_and_lone_times_are_no_hours(text: str) -> None:
    assert not hours_line(text)


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            [
                "Padaria Trigo Bom",
                "Vila Nova - Campinas/SP - CEP 13000-100",
                "Horário: Ter a Sáb 9h-20h",
                "Rua das Acácias, 120",
            ],
            "Vila Nova - Campinas/SP - CEP 13000-100, Rua das Acácias, 120",
        ),
        (
            ["Tornfield Plumbing", "4410 Birchwood Ave Ste 12", "Open 7 Days 10am-7pm", "Dalton, GA 30720"],
            "4410 Birchwood Ave Ste 12, Dalton, GA 30720",
        ),
    ],
)
def test_an_hours_line_inside_the_address_block_is_left_out(lines: list[str], address: str) -> None:
    fields = parse_text("\n".join(lines), region="BR")
    assert fields.address is not None and fields.address.value == address
