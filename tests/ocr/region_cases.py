"""Generated card texts of nine countries, built from each country's formats (not from any real card).

Each ``RegionCase`` is the lines of one card, the country it shows and its phone numbers with the E.164 they
must get. ``cases(seed)`` mixes people, streets, postcodes and number layouts per country so the tests see
many combinations. ``python -m tests.ocr.region_cases`` prints the country-mismatch count over them.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RegionCase:
    country: str | None  # None: the card names no country
    lines: tuple[str, ...]
    phones: tuple[tuple[str, str | None], ...]  # (as printed, E.164 or None when kept as printed)


# Per country: address lines (with a postcode), phone lines (label, printed, E.164), e-mail domains.
_FORMATS: dict[str, dict[str, list[tuple[str, ...]]]] = {
    "US": {
        "address": [("2011 Elm Street, Suite 200", "Springfield, IL 62704"), ("415 Oak Ave.", "Austin, TX 78701-1234")],
        "phones": [
            ("Tel", "(650) 253-0000", "+16502530000"),
            ("Cell", "650.253.0001", "+16502530001"),
            ("Fax", "1-800-275-2273", "+18002752273"),
        ],
        "domains": [("example.com",)],
    },
    "BR": {
        "address": [
            ("Rua das Flores, 254 - Sala 6", "CEP 01014-000 - São Paulo - SP"),
            ("Av. Paulista, 1000", "Bela Vista - São Paulo/SP"),
        ],
        "phones": [
            ("Fone", "(11) 2745-3310", "+551127453310"),
            ("Celular", "(11) 9.4000-4561", "+5511940004561"),
            ("WhatsApp", "11 98834-2207", "+5511988342207"),
        ],
        "domains": [("loja.com.br",), ("hotmail.com",)],
    },
    "DE": {
        "address": [("Friedrichstraße 123", "10117 Berlin"), ("Hauptstr. 5", "80331 München")],
        "phones": [("Tel.", "030 1234567", "+49301234567"), ("Handy", "0151 23456789", "+4915123456789")],
        "domains": [("firma.de",)],
    },
    "ES": {
        "address": [("Calle Mayor, 12", "28013 Madrid"), ("Paseo de Gracia, 45", "08007 Barcelona")],
        "phones": [("Tel.", "912 345 678", "+34912345678"), ("Móvil", "612 345 678", "+34612345678")],
        "domains": [("empresa.es",)],
    },
    "IT": {
        "address": [("Via Roma, 10", "20121 Milano MI"), ("Piazza Navona 5", "00186 Roma (RM)")],
        "phones": [("Tel.", "02 1234 5678", "+390212345678"), ("Cell.", "347 123 4567", "+393471234567")],
        "domains": [("azienda.it",)],
    },
    "GB": {
        "address": [("10 Downing Street", "London SW1A 2AA"), ("1 High Road", "Manchester M1 1AE")],
        "phones": [("Tel", "020 7946 0958", "+442079460958"), ("Mobile", "07911 123456", "+447911123456")],
        "domains": [("company.co.uk",)],
    },
    "FR": {
        "address": [("12 bis, rue de la Paix", "75002 Paris"), ("BP 45", "69002 Lyon CEDEX")],
        "phones": [("Tél.", "01 23 45 67 89", "+33123456789"), ("Port.", "06 12 34 56 78", "+33612345678")],
        "domains": [("societe.fr",)],
    },
    "BE": {
        "address": [("Rue Royale 12", "B-1000 Bruxelles"), ("Begijnhoflaan 93a", "9000 Gent, Belgique")],
        "phones": [("Tél.", "02 512 34 56", "+3225123456"), ("GSM", "0470 12 34 56", "+32470123456")],
        "domains": [("bedrijf.be",)],
    },
    "CH": {
        "address": [("Bahnhofstrasse 1", "CH-8001 Zürich"), ("Rue du Rhône 8", "1204 Genève, Suisse")],
        "phones": [("Tel.", "044 123 45 67", "+41441234567"), ("Mobile", "079 123 45 67", "+41791234567")],
        "domains": [("firma.ch",)],
    },
}
_NAMES = ("Alex Moreau", "Sam Oliveira", "Jo Becker", "Kim Rossi", "Lee Garcia")
# Lines that hold numbers which are not phone numbers, in the country whose card prints them.
NOT_PHONES: dict[str, tuple[str, ...]] = {
    "US": ("Palo Alto, CA 94110-2233", "License #0123456789", "CSLB Lic. 987654321", "Since 01/02/2003"),
    "BR": ("CEP 01014-000", "01310-100 São Paulo", "CNPJ 12.345.678/0001-90", "CPF 123.456.789-09", "CRECI 123456"),
    "FR": ("SIRET 123 456 789 00012", "N° TVA FR 12 345678901", "RCS Paris B 123 456 789", "Le 12.03.2024"),
    "DE": ("USt-IdNr. DE123456789", "HRB 123456 Amtsgericht Berlin"),
    "IT": ("P.IVA 01234567890",),
    "ES": ("CIF B12345678",),
}


def cases(seed: int = 0, per_country: int = 4) -> list[RegionCase]:
    """``per_country`` cards per country: a name, an address, one or two phones, sometimes an e-mail."""
    rng = random.Random(seed)
    made: list[RegionCase] = []
    for country, formats in _FORMATS.items():
        for _ in range(per_country):
            street, city = rng.choice(formats["address"])
            phones = rng.sample(formats["phones"], k=min(2, len(formats["phones"])))
            lines = [rng.choice(_NAMES), street, city]
            lines += [f"{label} {printed}" for label, printed, _ in phones]
            if rng.random() < 0.5:
                lines.append(f"info@{rng.choice(formats['domains'])[0]}")
            made.append(RegionCase(country, tuple(lines), tuple((printed, e164) for _, printed, e164 in phones)))
    return made


def main() -> int:
    from cardbook.ocr.country_check import CountryCount, check_phones, report
    from cardbook.ocr.parse_card import parse_text

    total = CountryCount()
    for default in ("FR", "US", "BR"):
        for case in cases(seed=1, per_country=10):
            fields = parse_text("\n".join(case.lines), region=default)
            total.add(check_phones(fields.phones, [p for p, _ in case.phones], case.country))
    report(total, "generated cards of 9 countries, read with default regions FR, US and BR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
