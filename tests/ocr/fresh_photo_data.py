"""What a Brazilian or US small-business card says, for ``fresh_photo_set``: the trade, the firm, the person,
the contact lines with the labels print shops set before them, and the truth those lines make (the trades
themselves are in ``fresh_photo_trades``).

Written apart from the other generators' data (issue 10, session 15) so that this proxy does not inherit
their blind spots: people, streets, towns and e-mail boxes come from Faker (``pt_BR``, ``en_US``); the trades'
words below are the generic ones such cards carry (a trade's name, its licence body, its usual slogans).
Licence lines ("CRECI 12345-F", "License #0G12345") are transcribed as taglines: they are neither the title
nor the company, and the format puts every other line there.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

from .fresh_photo_trades import BR_TRADES, US_TRADES

# Brazil's area codes (DDD) in use, from the national numbering plan: a card's number starts with one of them.
BR_AREA_CODES = (
    11,
    12,
    13,
    14,
    15,
    16,
    17,
    18,
    19,
    21,
    22,
    24,
    27,
    28,
    31,
    32,
    33,
    34,
    35,
    37,
    38,
    41,
    42,
    43,
    44,
    45,
    46,
    47,
    48,
    49,
    51,
    53,
    54,
    55,
    61,
    62,
    63,
    64,
    65,
    66,
    67,
    68,
    69,
    71,
    73,
    74,
    75,
    77,
    79,
    81,
    82,
    83,
    84,
    85,
    86,
    87,
    88,
    89,
    91,
    92,
    93,
    94,
    95,
    96,
    97,
    98,
    99,
)
FIRM_BOXES = {"br": ("contato", "atendimento"), "us": ("info", "office")}  # a firm's own shared mailbox
HANDLE_SUFFIXES = {"br": ("oficial", "studio", "br", "atelie"), "us": ("official", "co", "studio", "llc")}
FREE_MAIL = {
    "pt": ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br"),
    "en": ("gmail.com", "yahoo.com", "outlook.com", "aol.com"),
}


@dataclass
class Content:
    """A card's fields as printed, and the lines in reading order; ``rows`` are (kind, label, value) the
    designs lay out: kind ``phone``, ``whatsapp``, ``email``, ``web``, ``instagram``, ``address``, ``plain``."""

    country: str
    lang: str
    trade: str
    company: str
    name: str | None
    title: str | None
    licence: str | None
    slogan: str | None
    phones: list[dict[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    address_lines: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def address(self) -> str | None:
        return ", ".join(self.address_lines) or None

    @property
    def tagline(self) -> str | None:
        return " / ".join(part for part in (self.slogan, self.licence) if part) or None


def slug(text: str) -> str:
    """Letters and digits only, unaccented and lower case: a mailbox or domain made from a name."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _digits(rng: random.Random, count: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def _fill(pattern: str, fake: Faker, rng: random.Random, first: str, last: str) -> str:
    values = {
        "first": first,
        "last": last,
        "last2": fake.last_name(),
        "city": fake.city(),
        "word": fake.word().capitalize(),
        "uf": fake.estado_sigla() if hasattr(fake, "estado_sigla") else fake.state_abbr(),
        "n3": _digits(rng, 3),
        "n3b": str(rng.randint(0, 999)).zfill(3),
        "n4": _digits(rng, 4),
        "n5": _digits(rng, 5),
        "n6": _digits(rng, 6),
        "n7": _digits(rng, 7),
        "n8": _digits(rng, 8),
        "L": rng.choice("ABCDEFGHJK"),
    }
    return pattern.format(**values)


def br_phone(rng: random.Random, mobile: bool) -> str:
    area = rng.choice(BR_AREA_CODES)
    if mobile:
        number = f"9{_digits(rng, 4)}-{rng.randint(0, 9999):04d}"
        return rng.choice((f"({area}) {number}", f"({area}) {number}", f"{area} {number}"))
    return f"({area}) {rng.randint(2, 5)}{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"


def us_phone(rng: random.Random) -> str:
    area = rng.randint(2, 9) * 100 + rng.choice([n for n in range(100) if n % 11 != 0 or n == 0])
    exchange, line = rng.randint(200, 989), rng.randint(0, 9999)
    styles = (f"({area}) {exchange}-{line:04d}", f"{area}-{exchange}-{line:04d}", f"{area}.{exchange}.{line:04d}")
    return rng.choice(styles)


BR_PHONE_LABELS = {
    "mobile": ("Cel.: ", "Cel: ", "WhatsApp: ", "Whats: ", ""),
    "work": ("Tel.: ", "Fone: ", "Tel: ", ""),
}
US_PHONE_LABELS = {"mobile": ("Cell: ", "C: ", "Mobile: ", "M ", ""), "work": ("Office: ", "O: ", "Tel: ", "P: ", "")}


def draw_content(rng: random.Random, country: str, back_side: bool = False) -> Content:
    """A card's contents: a trade of ``country`` ("br" or "us"), its firm, maybe a person, and contact rows.
    ``back_side``: the side with the firm, its slogan and its web presence only (no person, no phone)."""
    fake = Faker("pt_BR" if country == "br" else "en_US")
    fake.seed_instance(rng.randrange(2**31))
    trade = rng.choice(BR_TRADES if country == "br" else US_TRADES)
    first, last = fake.first_name(), fake.last_name()
    company = _fill(rng.choice(trade.firms), fake, rng, first, last)
    has_person = not back_side and rng.random() < 0.8
    name = f"{first} {last}" if has_person else None
    if name and country == "br" and rng.random() < 0.3:
        name = f"{first} {fake.last_name()} {last}"
    title = rng.choice(trade.titles) if has_person and rng.random() < 0.75 else None
    licence = _fill(rng.choice(trade.licence), fake, rng, first, last) if trade.licence and has_person else None
    slogan = rng.choice(trade.slogans) if trade.slogans and rng.random() < 0.6 else None
    content = Content(country, "pt" if country == "br" else "en", trade.key, company, name, title, licence, slogan)
    handle_base = slug(company)[:24] or slug(last)
    suffix = rng.choice(HANDLE_SUFFIXES[country])
    handle = "@" + rng.choice((handle_base, f"{handle_base[:12]}.{suffix}", f"{slug(first)}.{slug(last)}"))
    domain = handle_base + (".com.br" if country == "br" else ".com")
    if not back_side:
        _phones(content, rng, country)
        if rng.random() < 0.75:
            box = (
                slug(first)
                + rng.choice(("", ".", "_"))
                + (slug(last) if rng.random() < 0.6 else str(rng.randint(1, 99)))
            )
            if rng.random() < 0.6:
                email = f"{box}@{rng.choice(FREE_MAIL[content.lang])}"
            else:
                email = f"{rng.choice((*FIRM_BOXES[country], slug(first)))}@{domain}"
            content.emails.append(email)
            content.rows.append(("email", "", email))
    if rng.random() < (0.9 if back_side else 0.55):
        content.social.append(handle)
        content.rows.append(("instagram", "", handle))
    if rng.random() < (0.7 if back_side else 0.4):
        site = rng.choice((f"www.{domain}", domain))
        content.websites.append(site)
        content.rows.append(("web", "", site))
    if not back_side and rng.random() < 0.7:
        content.address_lines = br_address(fake, rng) if country == "br" else us_address(fake, rng)
        content.rows.append(("address", "", "\n".join(content.address_lines)))
    return content


def _phones(content: Content, rng: random.Random, country: str) -> None:
    count = rng.choice((1, 1, 2, 2, 3)) if country == "br" else rng.choice((1, 1, 2, 2))
    kinds = ["mobile"] + [rng.choice(("mobile", "work")) for _ in range(count - 1)]
    labels = BR_PHONE_LABELS if country == "br" else US_PHONE_LABELS
    shared_label = rng.random() < 0.2 and count == 2  # "Cel.: (11) 9xxxx-xxxx / (11) 9xxxx-xxxx" on one line
    numbers = []
    for kind in kinds:
        number = br_phone(rng, kind == "mobile") if country == "br" else us_phone(rng)
        label = rng.choice(labels[kind])
        numbers.append((kind, label, number))
        whats = "WhatsApp" in label or "Whats" in label
        content.phones.append({"number": number, "kind": kind if label else "other"})
        if not shared_label:
            content.rows.append(("whatsapp" if whats or (not label and rng.random() < 0.4) else "phone", label, number))
    if shared_label:
        kind, label, _ = numbers[0]
        for entry in content.phones:
            entry["kind"] = kind if label else "other"
        content.rows.append(("phone", label, " / ".join(number for _, _, number in numbers)))


def br_address(fake: Faker, rng: random.Random) -> list[str]:
    street = f"{fake.street_name()}, {fake.building_number()}"
    if rng.random() < 0.3:
        street += rng.choice((f" - Sala {rng.randint(1, 40)}", f" - Loja {rng.randint(1, 20)}"))
    district, city, uf = fake.bairro(), fake.city(), fake.estado_sigla()
    postcode = fake.postcode().replace("-", "")
    postcode = f"{postcode[:5]}-{postcode[5:]}" if rng.random() < 0.85 else postcode
    if rng.random() < 0.5:
        return [f"{street} - {district} - {city}/{uf} - CEP {postcode}"]
    return [f"{street} - {district}", f"{city}/{uf} - CEP {postcode}"]


def us_address(fake: Faker, rng: random.Random) -> list[str]:
    street = f"{fake.building_number()} {fake.street_name()}"
    if rng.random() < 0.35:
        street += rng.choice(
            (f", Suite {rng.randint(1, 400)}", f", Ste {rng.randint(1, 400)}", f" #{rng.randint(1, 40)}")
        )
    town = f"{fake.city()}, {fake.state_abbr(include_territories=False)} {fake.zipcode()}"
    return [f"{street}, {town}"] if rng.random() < 0.4 else [street, town]
