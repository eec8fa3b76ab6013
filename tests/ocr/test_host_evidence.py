"""Hosts of e-mails and websites whose dot or a letter OCR lost, mended only from the card's other contacts
(``host_evidence``); an address the card gives no evidence for stays as read."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.parse_card import parse_text

# Country top-level domains with the calling code of that country's phones.
_COUNTRIES = (("fi", "+358 40 123 4567"), ("pl", "+48 512 345 678"), ("nl", "+31 20 123 4567"))


def _labels(count: int, seed: int) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return [fake.domain_word() + fake.domain_word() for _ in range(count)]


def test_a_dot_lost_before_the_countrys_domain_is_written_back() -> None:
    for label in _labels(6, 3):
        for tld, phone in _COUNTRIES:
            fields = parse_text(f"Ana Ruiz\n{phone}\nana@{label} {tld}\nwww{label} {tld}", "GB")
            assert [mail.value for mail in fields.emails] == [f"ana@{label}.{tld}"]
            assert [site.value for site in fields.websites] == [f"www.{label}.{tld}"]


def test_a_dot_lost_before_a_suffix_another_address_shows_is_written_back() -> None:
    for label in _labels(6, 4):
        fields = parse_text(f"Ana Ruiz\nana@{label} co.uk\nwww.{label}.co.uk", "FR")
        assert [mail.value for mail in fields.emails] == [f"ana@{label}.co.uk"]


def test_no_dot_is_written_without_the_cards_evidence() -> None:
    for label in _labels(6, 5):
        # no phone of Finland, no other address ending in .fi: "fi" may be any word after the address
        fields = parse_text(f"Ana Ruiz\n+44 20 7946 0000\nana@{label} fi", "GB")
        assert [mail.value for mail in fields.emails] == []
        # a whole address then a word: the word is no top-level domain of it
        fields = parse_text(f"Ana Ruiz\n+358 40 123 4567\nana@{label}.com fi", "GB")
        assert [mail.value for mail in fields.emails] == [f"ana@{label}.com"]


def test_a_social_hosts_lost_dot_before_its_path() -> None:
    fields = parse_text("Ana Ruiz\nlinkedin com/in/ana-ruiz", "GB")
    assert [profile.value for profile in fields.social] == ["linkedin.com/in/ana-ruiz"]


def test_a_host_read_with_one_letter_wrong_is_the_one_the_firms_line_spells() -> None:
    for first, second in (("Harbor", "Works"), ("Silver", "Logistics"), ("Johnson", "Bailey")):
        right = f"{first}{second}".lower()
        wrong = right[:3] + ("e" if right[3] != "e" else "c") + right[4:]
        text = f"{first} {second} Ltd\nAna Ruiz\nana@{right}.com\nwww.{wrong}.com"
        assert [site.value for site in parse_text(text, "GB").websites] == [f"www.{right}.com"]
        text = f"{first} {second} Ltd\nAna Ruiz\nana@{wrong}.com\nwww.{right}.com"
        assert [mail.value for mail in parse_text(text, "GB").emails] == [f"ana@{right}.com"]


def test_hosts_no_line_spells_stay_as_read() -> None:
    text = "Ana Ruiz\nana@harborworks.com\nwww.harborwerks.com"
    assert [site.value for site in parse_text(text, "GB").websites] == ["www.harborwerks.com"]


def test_a_www_label_before_the_address_is_no_host() -> None:
    fields = parse_text("Ana Ruiz\n+48 512 345 678\nana@kafel-ruiz pl\nwww www.kafel-ruiz pl", "GB")
    assert [site.value for site in fields.websites] == ["www.kafel-ruiz.pl"]


def test_an_at_sign_read_as_e_before_the_websites_host() -> None:
    for label in _labels(6, 6):
        text = f"Jan Smith\nE jan_smithe{label}.com\nW www.{label}.com"
        assert [mail.value for mail in parse_text(text, "GB").emails] == [f"jan_smith@{label}.com"]
        # a local part the card's name does not spell: no e-mail made up
        text = f"Jan Smith\nE officee{label}.com\nW www.{label}.com"
        assert [mail.value for mail in parse_text(text, "GB").emails] == []
