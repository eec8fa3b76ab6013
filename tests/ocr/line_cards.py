"""Labelled card lines straight from a layout, no rendering or OCR: training data for the line classifier.

Each card is laid out as the renderer would print it (letter size, left/centred/right alignment, one or
two columns, blocks in several orders) and every line carries its role: name, title, company,
department, address, contact or other (taglines, opening hours, logo residue). People come from the
hard sets' pools and, a third of the time, from made-up syllables, so that names outside any names list
must be recognised by where and how they are printed. A little OCR-like noise (a wrong letter, case
lost, stray marks from a logo) keeps the features close to what the pipeline reads.

    python -m tests.ocr.line_cards --count 3 --seed 5     prints the cards, one "role | text" per line
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass

from cardbook.ocr.fields import CardLine
from cardbook.ocr.types import Box

from .hard_data import COUNTRIES, ascii_fold, digits_for, postcode
from .layout_set import FORMS, STEMS, TITLES, TRADES

LABELS: tuple[str, ...] = ("name", "title", "company", "department", "address", "contact", "other")

_SYLLABLES = [
    "ka",
    "ri",
    "to",
    "na",
    "mi",
    "sa",
    "lo",
    "ve",
    "ra",
    "don",
    "lin",
    "ho",
    "chen",
    "wei",
    "tan",
    "ju",
    "ma",
    "ne",
    "ko",
    "bel",
    "tor",
    "ian",
    "ash",
    "ko",
    "vu",
]
_DEPARTMENTS = (
    "Department of Surgery",
    "Service commercial",
    "Departamento Jurídico",
    "Research Division",
    "Direction technique",
    "Sales Team",
)
_OTHER = (
    "Mon–Fri 9:00–18:00",
    "Since 1987",
    "Member of the Chamber of Commerce",
    "Licensed & Insured",
    "Seg a Sex 8h às 18h",
    "Sur rendez-vous",
    "Wir beraten Sie gern",
    "Servicio a domicilio",
)
# Words of service lists and slogans ("Repairs, Installation & Maintenance"), drawn in Title Case, in
# capitals or as a sentence: lines that look like names or companies by their shape but are neither.
_SERVICE_WORDS = [
    "Repairs",
    "Installation",
    "Maintenance",
    "Wine",
    "Coffee",
    "Pastries",
    "Glasses",
    "Lenses",
    "Tires",
    "Catering",
    "Events",
    "Gifts",
    "Flowers",
    "Reparos",
    "Instalação",
    "Manutenção",
    "Bolos",
    "Salgados",
    "Óculos",
    "Lentes",
    "Pneus",
    "Presentes",
    "Festas",
    "Doces",
    "Serviços",
    "Réparation",
    "Entretien",
    "Livraison",
    "Fleurs",
    "Cadeaux",
    "Vins",
    "Conseil",
    "Travaux",
    "Sanitaire",
    "Chauffage",
    "Reparatur",
    "Wartung",
    "Beratung",
    "Blumen",
    "Geschenke",
    "Weine",
    "Montage",
    "Kundendienst",
    "Reparación",
    "Regalos",
    "Vinos",
    "Eventi",
]
_JOINERS = (", ", " • ", " | ", " & ", " e ", " and ", " et ")
_JUNK = ("|", "®", "@ &", "ii", "—", "*", "• •", "TM")
_DEGREES = ("MBA", "PhD", "Dr.", "CPA", "Ing.")


@dataclass(frozen=True)
class LabelledCard:
    lines: list[CardLine]
    labels: list[str]


def stacked_lines(rows: list[tuple[str, float]]) -> list[CardLine]:
    """Left-aligned lines of the given letter heights, one under the other (the parser's tests' cards)."""
    lines, top = [], 30
    for index, (text, height) in enumerate(rows):
        lines.append(CardLine(index, text, Box(50, top, int(0.55 * height * len(text)), int(height * 1.2)), height))
        top += int(height * 1.7)
    return lines


def _made_up(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(printed name, first name, surname): from the pools, or made-up words no names list holds."""
    country = COUNTRIES[lang]
    if rng.random() < 0.33:
        first, last = _made_up(rng, rng.choice((1, 2))), _made_up(rng, rng.choice((2, 3)))
    else:
        first, last = rng.choice(country.first_names), rng.choice(country.surnames)
    roll = rng.random()
    if roll < 0.12:
        name = f"{last.upper()} {first}"
    elif roll < 0.22:
        name = f"{first} {rng.choice('ABCDEJMRS')}. {last}"
    elif roll < 0.3:
        name = f"{first} {last}, {rng.choice(_DEGREES)}"
    elif roll < 0.38:
        name = f"{first} {rng.choice(country.surnames)} {last}"
    else:
        name = f"{first} {last}"
    return (name.upper() if rng.random() < 0.2 else name), first, last


def _company(rng: random.Random, lang: str) -> tuple[str, str]:
    """(printed company, domain label)."""
    if rng.random() < 0.4:
        company, domain = rng.choice(COUNTRIES[lang].companies)
    else:
        stem = rng.choice([*STEMS, _made_up(rng, 2), _made_up(rng, 3)])
        trade = rng.choice(TRADES[lang]) if rng.random() < 0.6 else ""
        form = rng.choice(FORMS[lang]) if rng.random() < 0.6 else ""
        article = "The " if lang == "en" and rng.random() < 0.15 else ""
        company = article + " ".join(part for part in (stem, trade, form) if part)
        domain = ascii_fold(stem).lower().replace(" ", "")
    return (company.upper() if rng.random() < 0.25 else company), domain


def _service_line(rng: random.Random) -> str:
    """A list of services or a slogan-like phrase, as shops print under their name."""
    words = rng.sample(_SERVICE_WORDS, rng.randint(2, 4))
    text = words[0]
    for word in words[1:]:
        text += rng.choice(_JOINERS) + word
    roll = rng.random()
    if roll < 0.25:
        return text.upper()
    if roll < 0.45:
        return text[0] + text[1:].lower()
    return text


def _noisy(text: str, rng: random.Random) -> str:
    """An OCR slip now and then: one letter read wrong, or the case of a word lost."""
    roll = rng.random()
    if roll < 0.06 and len(text) > 4:
        at = rng.randrange(len(text))
        return text[:at] + rng.choice("il1oO0rn") + text[at + 1 :]
    if roll < 0.1:
        return text.lower()
    return text


def _blocks(rng: random.Random) -> dict[str, list[tuple[str, str, float]]]:
    """The card's blocks, each a list of (role, text, type size)."""
    lang = rng.choice(list(COUNTRIES))
    country = COUNTRIES[lang]
    name, first, last = _person(rng, lang)
    company, domain = _company(rng, lang)
    titles = [*country.titles, *TITLES[lang]]
    body = float(rng.choice((16, 18, 20, 22)))
    name_size = body * rng.choice((1.0, 1.3, 1.6, 2.0))
    company_size = body * rng.choice((0.9, 1.2, 1.6, 2.2, 3.0))
    identity: list[tuple[str, str, float]] = []
    shop = rng.random() < 0.2  # a shop's or company's card: no person at all
    title = rng.choice(titles)
    title = title.upper() if rng.random() < 0.15 else title
    if shop:
        pass
    elif rng.random() < 0.15:
        identity.append(("name", f"{name}{rng.choice((', ', ' | ', ' – '))}{title}", name_size))
    else:
        identity.append(("name", name, name_size))
        if rng.random() < 0.85:
            identity.append(("title", title, body * rng.choice((0.9, 1.0, 1.1))))
    if not shop and rng.random() < 0.1:
        identity.append(("department", rng.choice(_DEPARTMENTS), body))
    brand: list[tuple[str, str, float]] = []
    if shop or rng.random() < 0.85:
        words = company.split()
        if len(words) >= 3 and rng.random() < 0.2:
            brand += [("company", " ".join(words[:-1]), company_size), ("company", words[-1], company_size * 0.6)]
        else:
            brand.append(("company", company, company_size))
    if rng.random() < 0.35:
        brand.append(("other", rng.choice([*country.taglines, *_OTHER]), body * 0.9))
    for _ in range(rng.choice((0, 0, 1, 2, 3)) if shop else rng.choice((0, 0, 0, 1))):
        brand.append(("other", _service_line(rng), body * rng.choice((0.9, 1.0, 1.3))))
    street = rng.choice(country.streets).format(n=rng.randint(2, 480))
    city = rng.choice(country.cities).format(pc=postcode(lang, rng))
    address = [("address", street, body), ("address", city, body)]
    if rng.random() < 0.2:
        address.insert(1, ("address", f"{rng.choice(('Suite', 'Sala', 'Bât.', 'Piso'))} {rng.randint(1, 40)}", body))
    local = rng.choice((f"{ascii_fold(first)}.{ascii_fold(last)}", ascii_fold(first)[0] + ascii_fold(last), "info"))
    host = rng.choice(("gmail.com", "hotmail.com")) if rng.random() < 0.15 else f"{domain}.{country.tld}"
    contact = [
        ("contact", f"{country.labels[0]} {digits_for(country.work, rng)}", body),
        ("contact", f"{country.labels[1]} {digits_for(country.mobile, rng)}", body),
        ("contact", f"{local.lower()}@{host}", body),
    ]
    if rng.random() < 0.6:
        contact.append(("contact", f"www.{domain}.{country.tld}", body))
    rng.shuffle(contact)
    if rng.random() < 0.25:
        contact = [("contact", " | ".join(text for _, text, _ in contact[:2]), body), *contact[2:]]
    if rng.random() < 0.3:
        address = [] if rng.random() < 0.3 else address
    blocks = {"identity": identity, "brand": brand, "address": address, "contact": contact}
    return {key: [(role, _noisy(text, rng), size) for role, text, size in rows] for key, rows in blocks.items()}


def make_card(rng: random.Random) -> LabelledCard:
    """One card's lines (reading order, renderer geometry) and their roles."""
    blocks = _blocks(rng)
    width = rng.choice((1000, 1050, 1100))
    align = rng.choice(("left", "left", "centre", "right"))
    two_columns = rng.random() < 0.3
    order = ["brand", "identity"] if rng.random() < 0.55 else ["identity", "brand"]
    tail = ["address", "contact"] if rng.random() < 0.6 else ["contact", "address"]
    placed: list[tuple[str, str, float, float, float]] = []  # role, text, size, x, y
    column_top = 0.0
    y = rng.uniform(30, 70)
    for index, key in enumerate(order + tail):
        in_right = two_columns and key in tail
        if in_right and index == len(order):
            column_top = y
            y = rng.uniform(0.3, 0.6) * y + 30
        y += rng.uniform(0, 25)
        for role, text, size in blocks[key]:
            text_width = 0.55 * size * len(text) * rng.uniform(0.9, 1.1)
            if in_right:
                x = width * rng.uniform(0.52, 0.6)
            elif align == "centre":
                x = (width - text_width) / 2
            elif align == "right" and key in tail:
                x = width - 50 - text_width
            else:
                x = 50.0
            placed.append((role, text, size, max(10.0, x), y))
            y += size * rng.uniform(1.3, 1.7)
        y += rng.uniform(5, 30)
    if two_columns:
        y = max(y, column_top)
    if rng.random() < 0.15:
        placed.insert(rng.randrange(len(placed) + 1), ("other", rng.choice(_JUNK), 30.0, 40.0, 10.0))
    placed.sort(key=lambda item: (round(item[4] / 12), item[3]))  # reading order: rows, then left to right
    lines: list[CardLine] = []
    for index, (_, text, size, x, top) in enumerate(placed):
        text_width = max(8, int(0.55 * size * len(text)))
        letter = size * rng.uniform(0.68, 0.85)
        lines.append(CardLine(index, text, Box(int(x), int(top), text_width, int(size * 0.95)), letter, 0.9))
    return LabelledCard(lines, [role for role, *_ in placed])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.line_cards", description=__doc__)
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    for _ in range(args.count):
        card = make_card(rng)
        for line, label in zip(card.lines, card.labels, strict=True):
            print(f"{label:10} | {line.height:5.1f} | {line.text}")
        print()


if __name__ == "__main__":
    main()
