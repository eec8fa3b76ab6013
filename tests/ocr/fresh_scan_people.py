"""People, phones and addresses of ``fresh_scan_set``'s cards, country by country, from Faker's locales.

Written from how US and European offices print these on cards, not from what the reader expects: the
credentials a profession puts after or before its names (CPA, PhD, Dipl.-Ing., Avv., mr.), surnames with
particles (van der, von, di, de la) or two parts (hyphenated, Spanish double surnames), phone numbers in
each country's own grouping (toll-free numbers, extensions, "+44 (0)20 …"), and the address forms that
trip parsers (Suite, PO Box, c/o, Postfach, Piazza, "Calle … nº"). Numbers use fictional ranges where the
country has one (the US 555-01xx, the UK's 7946 0xxx and 07700 900xxx); elsewhere random digits.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

# Country → (Faker locale, the card's language). Belgium and Switzerland draw Dutch and German people.
LOCALES: dict[str, tuple[str, str]] = {
    "US": ("en_US", "en"),
    "UK": ("en_GB", "en"),
    "DE": ("de_DE", "de"),
    "NL": ("nl_NL", "nl"),
    "IT": ("it_IT", "it"),
    "ES": ("es_ES", "es"),
    "BE": ("nl_BE", "nl"),
    "CH": ("de_CH", "de"),
    "SE": ("sv_SE", "sv"),
    "PL": ("pl_PL", "pl"),
}
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "United States"),
    "UK": ("United Kingdom", "UK"),
    "DE": ("Deutschland", "Germany"),
    "NL": ("Nederland", "The Netherlands"),
    "IT": ("Italia", "Italy"),
    "ES": ("España", "Spain"),
    "BE": ("België", "Belgium"),
    "CH": ("Schweiz", "Switzerland"),
    "SE": ("Sverige", "Sweden"),
    "PL": ("Polska", "Poland"),
}
# Particles a surname carries in each country (lower case as printed mid-name; Belgians capitalise theirs).
PARTICLES: dict[str, tuple[str, ...]] = {
    "NL": ("van", "van der", "de", "van den", "ter"),
    "BE": ("Van", "De", "Vanden", "Van der"),
    "DE": ("von", "von der", "zu"),
    "CH": ("von", "de"),
    "IT": ("Di", "De", "Lo", "Della"),
    "ES": ("de", "de la", "del"),
    "US": ("De la", "Van", "Di", "Mc"),
}
# Credentials printed after the name, by country and sector ("*" for any sector).
AFTER: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "law"): ("Esq.", "J.D."),
    ("US", "insurance"): ("CLU", "ChFC", "MBA"),
    ("US", "bank"): ("CPA", "MBA", "CFA"),
    ("US", "clinic"): ("DDS", "MD", "DMD", "FNP-C"),
    ("US", "university"): ("PhD", "Ph.D."),
    ("US", "architect"): ("AIA", "LEED AP"),
    ("US", "realestate"): ("GRI", "MBA"),
    ("US", "it"): ("MBA", "PMP"),
    ("UK", "realestate"): ("MRICS", "FRICS"),
    ("UK", "bank"): ("ACA", "FCA", "MBA"),
    ("UK", "clinic"): ("BDS", "MRCP"),
    ("UK", "architect"): ("RIBA",),
    ("UK", "university"): ("PhD",),
    ("UK", "law"): ("LL.B.",),
    ("NL", "*"): ("MSc", "MBA", "LL.M."),
    ("DE", "*"): ("M.Sc.", "LL.M.", "MBA"),
    ("SE", "*"): ("MBA", "PhD"),
}
# Titles printed before the name, by country and sector.
BEFORE: dict[tuple[str, str], tuple[str, ...]] = {
    ("DE", "architect"): ("Dipl.-Ing.",),
    ("DE", "it"): ("Dipl.-Ing.", "Dipl.-Inf."),
    ("DE", "clinic"): ("Dr. med. dent.", "Dr. med.", "Dr."),
    ("DE", "university"): ("Prof. Dr.", "Dr."),
    ("DE", "law"): ("Dr.",),
    ("CH", "architect"): ("Dipl. Arch. ETH",),
    ("CH", "clinic"): ("Dr. med.",),
    ("IT", "law"): ("Avv.",),
    ("IT", "architect"): ("Arch.",),
    ("IT", "it"): ("Ing.",),
    ("IT", "clinic"): ("Dott.", "Dr."),
    ("IT", "university"): ("Prof.",),
    ("NL", "law"): ("mr.",),
    ("NL", "it"): ("ir.", "drs."),
    ("NL", "university"): ("prof. dr.", "dr."),
    ("BE", "law"): ("Mr.", "Meester"),
    ("ES", "clinic"): ("Dr.", "Dra."),
    ("ES", "university"): ("Dr.", "Dra."),
    ("PL", "law"): ("adw.", "r.pr."),
    ("PL", "it"): ("mgr inż.", "inż."),
    ("PL", "university"): ("dr hab.", "dr"),
    ("PL", "clinic"): ("lek. dent.", "dr n. med."),
    ("UK", "clinic"): ("Dr",),
    ("US", "clinic"): ("Dr.",),
}


UNORDERED_TOWNS = "it_IT"  # the locale whose town list Faker builds from a set (see ``city``)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str  # particles and second surnames included
    printed: str  # as the card prints it, credentials included


def ascii_fold(text: str) -> str:
    """``text`` as a host or mailbox spells it: German umlauts as two letters, other accents dropped."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("å", "a")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def city(fake: Faker) -> str:
    """A town of the locale. Faker's it_IT builds its towns' list from a set, whose order changes with each
    process's string hashing: that list is sorted first, so that a seed makes the same card in every run."""
    if UNORDERED_TOWNS in fake.locales:
        towns = next(p.cities for p in fake.get_providers() if hasattr(p, "cities"))
        return str(fake.random_element(sorted(towns)))
    return str(fake.city())


def person(fake: Faker, rng: random.Random, country: str, sector: str) -> Person:
    given = fake.first_name()
    surname = fake.last_name()
    shape = rng.random()
    if country in PARTICLES and shape < 0.3 and " " not in surname:
        surname = f"{rng.choice(PARTICLES[country])} {surname}"
    elif country == "ES" and shape < 0.75:
        surname = f"{surname} {fake.last_name()}"  # both surnames, as Spaniards print them
    elif country in ("UK", "US", "DE", "PL", "SE") and shape < 0.42:
        second = fake.last_name()
        if second != surname:
            surname = f"{surname}-{second}"
    printed = f"{given} {surname}"
    if rng.random() < 0.12:
        printed = printed.upper()
    before = BEFORE.get((country, sector))
    after = AFTER.get((country, sector)) or AFTER.get((country, "*"))
    roll = rng.random()
    if before and roll < 0.55:
        printed = f"{rng.choice(before)} {printed}"
    elif after and roll < 0.45:
        extra = rng.sample(after, k=min(len(after), 2 if rng.random() < 0.2 else 1))
        printed = f"{printed}, {', '.join(extra)}"
    return Person(given, surname, printed)


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def _us(rng: random.Random, kind: str) -> str:
    area = rng.choice(("212", "312", "415", "617", "713", "303", "206", "404", "512", "614"))
    line = f"01{_digits(rng, 2)}"
    if kind == "tollfree":
        return f"1-{rng.choice(('800', '888', '877'))}-555-{line}"
    style = rng.randrange(4)
    number = (f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}")[style]
    if kind == "work" and rng.random() < 0.3:
        number += rng.choice((" ext. ", " x ", " Ext. ", " x")) + _digits(rng, rng.choice((2, 3)))
    return number


def phone(rng: random.Random, country: str, kind: str) -> str:
    """A number as ``country`` prints it; ``kind`` is work, mobile, fax or tollfree (US/UK only)."""
    mobile = kind == "mobile"
    if country == "US":
        return _us(rng, kind)
    if country == "UK":
        if kind == "tollfree":
            return f"0800 {_digits(rng, 3)} {_digits(rng, 4)}"
        if mobile:
            return rng.choice(("07700 900", "+44 (0)7700 900", "+44 7700 900")) + _digits(rng, 3)
        city = rng.choice((("20", "7946 0"), ("161", "496 0"), ("131", "496 0"), ("117", "496 0")))
        tail = city[1] + _digits(rng, 3)
        return rng.choice((f"+44 (0){city[0]} {tail}", f"0{city[0]} {tail}", f"+44 {city[0]} {tail}"))
    if country in ("DE", "CH"):
        if mobile:
            pre = rng.choice(("151", "160", "171", "176")) if country == "DE" else rng.choice(("76", "78", "79"))
            cc = "49" if country == "DE" else "41"
            body = f"{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}" if country == "CH" else _digits(rng, 7)
            return rng.choice((f"+{cc} {pre} {body}", f"0{pre} {body}", f"+{cc} (0){pre} {body}"))
        if country == "CH":
            area = rng.choice(("44", "31", "61", "21", "41"))
            body = f"{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
            return rng.choice((f"+41 {area} {body}", f"+41 (0){area} {body}", f"0{area} {body}"))
        area = rng.choice(("30", "40", "89", "221", "69", "711", "211"))
        base = _digits(rng, 8 - len(area) + 1)
        ext = rng.choice(("0", _digits(rng, 2), _digits(rng, 3)))
        return rng.choice(
            (
                f"+49 {area} {base}-{ext}",
                f"+49 (0){area} {base}-{ext}",
                f"0{area} / {base} {ext}",
                f"0{area} {base[:3]} {base[3:]}",
            )
        )
    if country in ("NL", "BE"):
        cc = "31" if country == "NL" else "32"
        if mobile:
            return (
                rng.choice(
                    (f"+{cc} 6 {_digits(rng, 4)} {_digits(rng, 4)}", f"06 {_digits(rng, 8)}", f"06-{_digits(rng, 8)}")
                )
                if country == "NL"
                else rng.choice(
                    (
                        f"+32 47{rng.randint(0, 9)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
                        f"047{rng.randint(0, 9)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
                    )
                )
            )
        area = rng.choice(("20", "10", "30", "70")) if country == "NL" else rng.choice(("2", "3", "9"))
        rest = _digits(rng, 9 - len(area))
        return rng.choice(
            (
                f"+{cc} (0){area} {rest[:3]} {rest[3:]}",
                f"0{area} - {rest[:3]} {rest[3:]}",
                f"+{cc} {area} {rest[:3]} {rest[3:]}",
            )
        )
    if country == "IT":
        if mobile:
            return rng.choice(("+39 ", "")) + f"3{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}"
        area = rng.choice(("02", "06", "011", "055", "081"))
        return rng.choice(("+39 ", "")) + f"{area} {_digits(rng, 4)} {_digits(rng, 4 if len(area) == 2 else 3)}"
    if country == "ES":
        first = rng.choice(("6", "7")) if mobile else rng.choice(("91", "93", "96", "95"))
        rest = _digits(rng, 9 - len(first))
        digits = first + rest
        return rng.choice(("+34 ", "", "(+34) ")) + rng.choice(
            (f"{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:]}")
        )
    if country == "SE":
        if mobile:
            return rng.choice(
                (
                    f"070-{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
                    f"+46 70 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
                )
            )
        return rng.choice(
            (
                f"08-{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 2)}",
                f"+46 (0)8 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 2)}",
                f"+46 31 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 3)}",
            )
        )
    # PL
    if mobile:
        return (
            rng.choice(("+48 ", ""))
            + f"{rng.choice(('5', '6', '7'))}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
        )
    return (
        rng.choice(("+48 ", ""))
        + f"{rng.choice(('22', '12', '61', '71'))} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
    )


# Phone labels: kind → the labels each language prints ("" prints none).
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "work": ("T", "Tel", "Phone", "Office", "Direct", "Main", "P"),
        "mobile": ("M", "Mobile", "Cell", "C"),
        "fax": ("F", "Fax"),
        "tollfree": ("Toll-free", "Toll Free"),
    },
    "de": {
        "work": ("Tel.", "Telefon", "Zentrale", "Durchwahl", "T"),
        "mobile": ("Mobil", "Handy", "M"),
        "fax": ("Fax", "F"),
    },
    "nl": {"work": ("T", "Tel.", "Telefoon"), "mobile": ("M", "Mob.", "Mobiel"), "fax": ("F", "Fax")},
    "it": {"work": ("Tel.", "T"), "mobile": ("Cell.", "Mob."), "fax": ("Fax",)},
    "es": {"work": ("Tel.", "Tlf.", "T"), "mobile": ("Móvil", "Móv.", "M"), "fax": ("Fax",)},
    "sv": {"work": ("Tel", "Växel", "Direkt"), "mobile": ("Mobil", "M"), "fax": ("Fax",)},
    "pl": {"work": ("tel.", "Tel."), "mobile": ("tel. kom.", "kom.", "M"), "fax": ("faks", "fax")},
}
SEPARATORS = (" ", ": ", "  ", " | ", ". ")


def _postcode(fake: Faker, country: str) -> str:
    code = str(fake.postcode()).replace(" ", "")
    if country == "NL" and len(code) == 6:
        return f"{code[:4]} {code[4:].upper()}"
    if country == "SE" and len(code) == 5:
        return f"{code[:3]} {code[3:]}"
    return str(fake.postcode())


def address(fake: Faker, rng: random.Random, country: str) -> list[str]:
    """The address's printed lines (the truth joins them with ", ")."""
    street = str(fake.street_address()).strip()
    town = city(fake)
    code = _postcode(fake, country)
    lines: list[str] = []
    if "\n" in street:  # Faker writes some streets on two lines: the card prints them so
        lines, street = street.split("\n")[:-1], street.split("\n")[-1]
    if country == "US":
        if rng.random() < 0.35 and "Suite" not in street and "Apt" not in street:
            street += rng.choice((", Suite ", " Suite ", ", Ste. ", ", Floor ")) + str(rng.choice((2, 3, 12, 200, 410)))
        street = street.replace(" Apt. ", ", Suite ")
        lines += [street, f"{town}, {fake.state_abbr()} {fake.zipcode()}"]
        if rng.random() < 0.15:
            lines = [f"PO Box {rng.randint(100, 9999)}", lines[-1]]
    elif country == "UK":
        if rng.random() < 0.3:
            lines.append(rng.choice(("Unit ", "Suite ", "Floor ")) + str(rng.randint(1, 9)))
        lines += [street, f"{town} {code}"]
    elif country in ("DE", "CH"):
        if rng.random() < 0.2:
            lines = [f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", f"{code} {town}"]
        else:
            if rng.random() < 0.15:
                lines.append(f"c/o {fake.last_name()} {rng.choice(('GmbH', 'AG'))}")
            lines += [street, f"{code} {town}"]
    elif country == "IT":
        if rng.random() < 0.4:
            street = f"{rng.choice(('Piazza', 'Piazzale', 'Corso', 'Viale'))} {fake.last_name()}, {rng.randint(1, 120)}"
        prov = "".join(c for c in ascii_fold(town).upper() if c.isalpha())[:2]
        lines += [street, f"{code} {town} ({prov})"]
    elif country == "ES":
        if rng.random() < 0.5:
            street = (
                f"{rng.choice(('Calle', 'C/', 'Avda.', 'Paseo de'))} {fake.last_name()}, nº {rng.randint(1, 90)}"
                + rng.choice(("", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}"))
            )
        lines += [street.replace(" Apt. ", ", "), f"{code} {town}"]
    elif country == "PL":
        lines += [f"ul. {street}" if not street.startswith(("ul.", "al", "pl")) else street, f"{code} {town}"]
    else:  # NL, BE, SE
        lines += [street, f"{code} {town}"]
    if rng.random() < 0.3:
        lines.append(rng.choice(COUNTRY_NAMES[country]))
    return lines
