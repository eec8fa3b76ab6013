"""An address cut after ".com." at the end of its line, written whole from the card's country
(``cut_country_suffix``); a free-mail host, a card of no such country or a whole address stays as read."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.parse_card import parse_text

# A Brazilian card: its phones and postcode name the country.
_BRAZIL = "(31) 3222-4410 | Cel: (31) 99876-5432\nRua das Flores, 120 - Centro\nBelo Horizonte/MG - CEP 30110-012"


def _labels(count: int, seed: int) -> list[str]:
    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    return [fake.domain_word() + fake.domain_word() for _ in range(count)]


def test_a_suffix_cut_at_the_lines_end_is_the_cards_countrys() -> None:
    for label in _labels(8, 1):
        for cut in (".", ".b"):
            fields = parse_text(f"Ana Souza\ncontato@{label}.com{cut}\nwww.{label}.com{cut}\n{_BRAZIL}", "FR")
            assert [mail.value for mail in fields.emails] == [f"contato@{label}.com.br"]
            assert [site.value for site in fields.websites] == [f"www.{label}.com.br"]


def test_free_mail_whole_addresses_and_other_countries_stay_as_read() -> None:
    for label in _labels(6, 2):
        fields = parse_text(f"Ana Souza\n{label}@gmail.com.\n{_BRAZIL}", "FR")
        assert [mail.value for mail in fields.emails] == [f"{label}@gmail.com"]
        fields = parse_text(f"Ana Souza\ncontato@{label}.com\n{_BRAZIL}", "FR")
        assert [mail.value for mail in fields.emails] == [f"contato@{label}.com"]
        fields = parse_text(f"Ana Souza\ncontato@{label}.com.\n+33 1 23 45 67 89\n12 rue de la Paix, 75002 Paris", "FR")
        assert [mail.value for mail in fields.emails] == [f"contato@{label}.com"]
