"""Websites with an icon's or a label's letter glued before them (as OCR reads a drawn globe or a "W"
label): the letter goes, a website without one stays as printed."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.web_residue import without_glued_letters


def _domains(count: int) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(11)
    return [fake.domain_name() for _ in range(count)]


def test_letters_before_www_are_dropped() -> None:
    for domain in _domains(8):
        for glued in ("a", "i", "W"):
            assert without_glued_letters(f"{glued}www.{domain}", []) == f"www.{domain}"


def test_the_emails_domain_shows_a_letter_glued_before_the_host() -> None:
    for domain in _domains(8):
        text = f"Ana Ruiz\nana@{domain}\nW{domain}/contact"
        fields = parse_text(text, "GB")
        assert [site.value for site in fields.websites] == [f"{domain}/contact"]


def test_websites_without_residue_stay_as_printed() -> None:
    for domain in _domains(8):
        for site in (f"www.{domain}", f"https://{domain}/team", f"shop.{domain}"):
            assert without_glued_letters(site, [domain, "x" + domain]) == site


def test_a_www_cut_to_two_letters_is_written_whole() -> None:
    for domain in _domains(8):
        assert without_glued_letters(f"ww.{domain}", []) == f"www.{domain}"
        fields = parse_text(f"Ana Ruiz\n+44 20 7946 0000\nww.{domain}", "GB")
        assert [site.value for site in fields.websites] == [f"www.{domain}"]
        # a host whose first label merely starts with "ww" is no cut "www."
        assert without_glued_letters(f"wwf-{domain}", []) == f"wwf-{domain}"


def test_one_w_left_of_www_is_written_whole_before_the_emails_domain() -> None:
    for domain in _domains(6):
        assert without_glued_letters(f"w.{domain}", [domain]) == f"www.{domain}"
        fields = parse_text(f"Ana Ruiz\nana@{domain}\nw.{domain}", "GB")
        assert [site.value for site in fields.websites] == [f"www.{domain}"]
