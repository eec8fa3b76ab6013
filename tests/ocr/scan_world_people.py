"""People, phones and addresses for ``scan_world_set``, by country, as each country prints them.

The names and street names come from Faker's locales (a maintained data package), not from hand lists:
Irish, Scottish, Portuguese, Czech, Austrian, Danish, Norwegian, Québécois, Greek (romanised the way Greek
offices print their names in Latin script, ELOT 743), Belgian, Swiss and Hispanic-American people. The
phone and address *forms* are each country's printing conventions (trunk prefixes, Austrian direct-dial
suffixes, Québec's "poste", Irish Eircodes, Danish floor-and-side marks ...): those are rules of the
country, written here once, with random digits.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

import faker

# ELOT 743 (the Greek standard Greek passports and offices use): one Latin spelling per Greek letter, with
# the two-letter sounds first so that "ου" reads "ou" and "μπ" at a word's start "b".
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "mp", "ντ": "nt", "γκ": "gk", "γγ": "ng"}
_GREEK_LETTERS = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
        ],
        strict=True,
    )
)


def romanised_greek(text: str) -> str:
    """``text`` in Latin letters (ELOT 743), accents dropped, the first letter of each word kept capital."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    words = []
    for word in plain.split(" "):
        lower = word.lower()
        out = ""
        at = 0
        while at < len(lower):
            pair = lower[at : at + 2]
            if pair in _GREEK_PAIRS:
                out += _GREEK_PAIRS[pair]
                at += 2
                continue
            out += _GREEK_LETTERS.get(lower[at], lower[at])
            at += 1
        words.append(out[:1].upper() + out[1:] if word[:1].isupper() else out)
    return " ".join(words)


def ascii_folded(text: str) -> str:
    """``text`` as a mailbox or a host spells it: no accents, "ø" as "o", "æ" as "ae", "ß" as "ss"."""
    text = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 (GB-SCT for Scotland, CA-QC for Québec, US-ES for Spanish-speaking America)
    locale: str  # Faker's locale for people and streets
    lang: str  # the card's main language
    tld: str  # the country's web domain
    bilingual: str | None = None  # the second language of a bilingual card (BE, CH, US-ES)


COUNTRIES: tuple[Country, ...] = (
    Country("US", "en_US", "en", "com"),
    Country("IE", "en_IE", "en", "ie"),
    Country("GB-SCT", "en_GB", "en", "co.uk"),
    Country("PT", "pt_PT", "pt", "pt"),
    Country("CZ", "cs_CZ", "cs", "cz"),
    Country("AT", "de_AT", "de", "at"),
    Country("DK", "da_DK", "da", "dk"),
    Country("NO", "no_NO", "no", "no"),
    Country("CA-QC", "fr_CA", "fr", "ca"),
    Country("GR", "el_GR", "el", "gr"),
    Country("BE", "nl_BE", "fr", "be", bilingual="nl"),
    Country("CH", "de_CH", "de", "ch", bilingual="fr"),
    Country("US-ES", "es_MX", "en", "com", bilingual="es"),
)

# Scottish postcode areas and their post towns (Royal Mail's areas: a fixed public fact, not card data).
_SCOTTISH_AREAS = (
    ("EH", "Edinburgh"),
    ("G", "Glasgow"),
    ("AB", "Aberdeen"),
    ("DD", "Dundee"),
    ("IV", "Inverness"),
    ("PH", "Perth"),
    ("FK", "Stirling"),
    ("KY", "Kirkcaldy"),
)
# Irish Eircode routing keys of the cities (An Post's: the key's letter and two digits).
_IRISH_KEYS = (
    ("D02", "Dublin 2"),
    ("D04", "Dublin 4"),
    ("T12", "Cork"),
    ("H91", "Galway"),
    ("V94", "Limerick"),
    ("X91", "Waterford"),
)
_UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"  # the letters a UK postcode's inward code may end with
_CA_LETTERS = "ABCEGHJKLMNPRSTVXY"  # the letters Canada Post uses in postal codes
_EIRCODE_LETTERS = "ACDEFHKNPRTVWXY"  # the letters Eircodes' unique identifiers use


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    ascii_first: str
    ascii_last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def person(country: Country, rng: random.Random) -> Person:
    fake = _faker(country.locale, rng)
    first, last = fake.first_name(), fake.last_name()
    if country.code == "GR":
        first, last = romanised_greek(first), romanised_greek(last)
    return Person(first, last, ascii_folded(first), ascii_folded(last))


def _faker(locale: str, rng: random.Random) -> faker.Faker:
    fake = faker.Faker(locale)
    fake.seed_instance(rng.randrange(1 << 30))
    return fake


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _grouped(rng: random.Random, sizes: tuple[int, ...], sep: str = " ") -> str:
    return sep.join(_digits(rng, size) for size in sizes)


def phone(country: Country, rng: random.Random, mobile: bool = False, extension: bool = False) -> str:
    """A number as the country prints it (international or national form), a direct-dial or extension
    suffix when ``extension``."""
    code = country.code
    intl = rng.random() < 0.6
    if code in ("US", "US-ES", "CA-QC"):
        area, rest = str(rng.randrange(201, 990)), f"555-{_digits(rng, 4)}"
        form = rng.choice(
            (
                f"({area}) {rest}",
                f"{area}-{rest}",
                f"{area}.{rest.replace('-', '.')}",
                f"+1 {area} {rest}",
                f"{area} {rest}",
            )
        )
        if extension:
            suffix = " poste " if code == "CA-QC" else rng.choice((" ext. ", " x", " Ext. "))
            form += suffix + _digits(rng, rng.choice((2, 3, 4)))
        return form
    if code == "IE":
        body = (
            ("8" + str(rng.choice((3, 5, 6, 7))) + " " + _grouped(rng, (3, 4)))
            if mobile
            else "1 " + _grouped(rng, (3, 4))
        )
        return f"+353 {body}" if intl else f"0{body}"
    if code == "GB-SCT":
        body = ("7700 " + _digits(rng, 6)) if mobile else rng.choice(("131 ", "141 ", "1224 ")) + _grouped(rng, (3, 4))
        return rng.choice((f"+44 {body}", f"+44 (0){body}")) if intl else f"0{body}"
    if code == "PT":
        body = (
            ("9" + str(rng.choice((1, 2, 3, 6))) + _digits(rng, 1) + " " + _grouped(rng, (3, 3)))
            if mobile
            else "21 " + _grouped(rng, (3, 4))
        )
        return f"+351 {body}" if intl else body
    if code == "CZ":
        body = ("6" + _digits(rng, 2) if mobile else "2" + _digits(rng, 2)) + " " + _grouped(rng, (3, 3))
        return f"+420 {body}" if intl or mobile else body
    if code == "AT":
        if mobile:
            body = "6" + rng.choice(("64", "60", "76", "99")) + " " + _grouped(rng, (3, 2, 2))
        else:
            body = rng.choice(("1 ", "316 ", "662 ", "512 ")) + _grouped(rng, (3, 2, 2))
            if extension:
                body += "-" + _digits(rng, rng.choice((2, 3)))
        return rng.choice((f"+43 {body}", f"+43 (0){body}")) if intl else f"0{body}"
    if code in ("DK", "NO"):
        lead = "+45" if code == "DK" else "+47"
        body = _grouped(rng, (2, 2, 2, 2)) if code == "DK" or not mobile else _grouped(rng, (3, 2, 3))
        return f"{lead} {body}" if intl else body
    if code == "GR":
        body = ("69" + _digits(rng, 1) + " " + _grouped(rng, (3, 4))) if mobile else "210 " + _grouped(rng, (3, 4))
        return f"+30 {body}" if intl else body
    if code == "BE":
        body = ("4" + _digits(rng, 2) + " " + _grouped(rng, (2, 2, 2))) if mobile else "2 " + _grouped(rng, (3, 2, 2))
        return f"+32 {body}" if intl else f"0{body}"
    # CH
    body = (
        ("7" + rng.choice("6789") + " " + _grouped(rng, (3, 2, 2)))
        if mobile
        else rng.choice(("31 ", "44 ", "22 ", "21 ")) + _grouped(rng, (3, 2, 2))
    )
    return f"+41 {body}" if intl else f"0{body}"


def address_lines(country: Country, rng: random.Random) -> list[str]:
    """The postal address's printed lines (street, then postcode and town, sometimes the country)."""
    code = country.code
    fake = _faker("fr_FR" if code == "BE" and rng.random() < 0.5 else country.locale, rng)
    number = str(rng.randrange(1, 240))
    if code in ("US", "US-ES"):
        fake_us = _faker("en_US", rng)
        street = f"{number} {fake_us.street_name()}"
        suite = rng.choice(("", f", Suite {rng.randrange(100, 2400)}", f", Floor {rng.randrange(2, 40)}"))
        return [street + suite, f"{fake_us.city()}, {fake_us.state_abbr()} {fake_us.postcode()}"]
    if code == "IE":
        key, town = rng.choice(_IRISH_KEYS)
        eircode = (
            f"{key} {rng.choice(_EIRCODE_LETTERS)}{_digits(rng, 1)}{rng.choice(_EIRCODE_LETTERS)}{_digits(rng, 1)}"
        )
        lines = [f"{number} {fake.street_name()}", f"{town}, {eircode}"]
        return lines + (["Ireland"] if rng.random() < 0.4 else [])
    if code == "GB-SCT":
        area, town = rng.choice(_SCOTTISH_AREAS)
        postcode = f"{area}{rng.randrange(1, 20)} {_digits(rng, 1)}{rng.choice(_UK_INWARD)}{rng.choice(_UK_INWARD)}"
        return [f"{number} {fake.street_name()}", f"{town} {postcode}"] + (["Scotland"] if rng.random() < 0.3 else [])
    if code == "PT":
        floor = rng.choice(("", f", {rng.randrange(1, 9)}.º Esq.", f", {rng.randrange(1, 9)}.º Dto."))
        return [f"{fake.street_name()}, {number}{floor}", f"{_digits(rng, 4)}-{_digits(rng, 3)} {fake.city()}"]
    if code == "CZ":
        return [f"{fake.street_name()} {number}", f"{rng.randrange(100, 800)} {_digits(rng, 2)} {fake.city()}"]
    if code == "AT":
        door = rng.choice(("", f"/{rng.randrange(1, 9)}", f"/{rng.randrange(1, 9)}/{rng.randrange(1, 30)}"))
        lines = [f"{fake.street_name()} {number}{door}", f"{fake.postcode()} {fake.city()}"]
        return lines + (["Österreich"] if rng.random() < 0.3 else [])
    if code == "DK":
        floor = rng.choice(("", f", {rng.randrange(1, 6)}. tv.", f", {rng.randrange(1, 6)}. th.", ", st."))
        return [f"{fake.street_name()} {number}{floor}", f"{fake.postcode()} {fake.city()}"]
    if code == "NO":
        return [
            f"{fake.street_name()} {number}",
            f"{fake.postcode()} {fake.city().upper() if rng.random() < 0.3 else fake.city()}",
        ]
    if code == "CA-QC":
        kind = rng.choice(("boul.", "rue", "avenue", "chemin"))
        office = rng.choice(("", f", bureau {rng.randrange(100, 2500)}"))
        town, province = rng.choice((("Montréal", "QC"), ("Québec", "QC"), ("Laval", "QC"), ("Gatineau", "QC")))
        outward = f"{rng.choice('GHJ')}{_digits(rng, 1)}{rng.choice(_CA_LETTERS)}"  # Québec's are G, H and J
        postcode = f"{outward} {_digits(rng, 1)}{rng.choice(_CA_LETTERS)}{_digits(rng, 1)}"
        street = f"{number}, {kind} {fake.last_name()}{office}"
        return [street, rng.choice((f"{town} ({'Québec'}) {postcode}", f"{town}, {province} {postcode}"))]
    if code == "GR":
        street = romanised_greek(fake.street_name())
        town = romanised_greek(fake.city())
        return [f"{street} {number}", f"{_digits(rng, 3)} {_digits(rng, 2)} {town}"] + (
            ["Greece"] if rng.random() < 0.4 else []
        )
    if code == "BE":
        return [f"{fake.street_name()} {number}", f"{rng.randrange(1000, 9999)} {fake.city()}"]
    # CH
    return [f"{fake.street_name()} {number}", f"{rng.randrange(1000, 9700)} {fake.city()}"] + (
        ["Schweiz / Suisse"] if rng.random() < 0.2 else []
    )
