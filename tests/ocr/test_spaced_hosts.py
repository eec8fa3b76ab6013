"""Hosts OCR cut with spaces are joined when another address of the card prints them whole
(cardbook.ocr.spaced_hosts); with no such evidence the line is left as read."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_text


def _websites(*lines: str) -> list[str]:
    card = "\n".join(("Lena Hartmann", "Partner", "Hartmann Advocaten", *lines, "T +32 2 555 01 23"))
    return [site.value for site in parse_text(card, "BE").websites]


def test_a_website_with_both_dots_read_as_spaces_is_joined_by_the_mailbox() -> None:
    assert _websites("lena@hartmannadvocaten.be", "Web: www hartmannadvocaten be") == ["www.hartmannadvocaten.be"]


def test_a_host_cut_by_a_space_is_joined_by_the_mailbox() -> None:
    assert _websites("lena@hartmannadvocaten.be", "www.hartmann advocaten.be") == ["www.hartmannadvocaten.be"]


def test_without_another_address_nothing_is_joined() -> None:
    assert "www.hartmannadvocaten.be" not in _websites("Web: www hartmannadvocaten be")
