"""What a crowded Brazilian or US small-business card says, for ``crowded_photo_set``: its rows in print order,
each with the role the truth gives it.

Cheap print shops fill the card: a big trade name, the person's name small under it (or no person at all),
a row of services ("Manicure • Pedicure • Escova"), a slogan, opening hours, two or three phones (fixo,
celular, WhatsApp; Office, Cell, Text), an Instagram handle and a Facebook page, a free-mail box, an address
of two or three rows ("Rua/Av./Qd./Lote/Sala/Bairro/CEP", "próximo ao ..."; "Ste/Unit/#") and the board's
licence number (CNPJ, CRECI, CRM, OAB; "License #"). A card holds 8-14 rows.

Roles and the truth (docs/EVALUATION_FORMAT.md): services, slogans, hours and licence rows are taglines
(none of them is the title or the company; the format puts every other line there); a landmark row
("próximo ao ...") is part of the address, as a transcriber joins it; an Instagram or Facebook handle is
``social``. People's given names come from ``crowded_photo_names`` (not Faker's), family names, streets and
towns from Faker ``pt_BR`` / ``en_US``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker

from .crowded_photo_names import BR_COINED_GIVEN, BR_COMPOUND_GIVEN, US_GIVEN
from .crowded_photo_trades import BR_TRADES, BR_WORDS, US_TRADES, US_WORDS, Trade

LINES = (8, 14)  # rows a crowded card prints, from its trade name to its licence
PERSON_SHARE = 0.65  # a third of shop cards name no one: the shop is the contact
COMPOUND_SHARE = 0.4  # of Brazilian people: a compound given name ("Maria Eduarda")
# Area codes: Brazil's DDDs of the big cities, and US area codes of the regions with many such shops.
BR_DDD = (11, 12, 19, 21, 27, 31, 34, 41, 43, 47, 48, 51, 61, 62, 65, 67, 71, 75, 79, 81, 83, 85, 91, 92, 98)
US_AREA = (210, 214, 305, 313, 404, 407, 469, 512, 602, 619, 702, 713, 718, 754, 786, 832, 915, 956)
BR_LANDMARKS = (
    "Mercado", "Posto", "Supermercado", "Terminal", "Igreja Matriz", "Praça", "Hospital", "Colégio",
)  # fmt: skip
BR_STREET_KINDS = ("Rua", "Av.", "Avenida", "R.", "Travessa", "Alameda", "Estrada")
US_UNITS = ("Ste {n}", "Suite {n}", "Unit {L}", "#{n}", "Ste. {n}", "Bldg {L}")
ROLES_IN_TAGLINE = ("services", "slogan", "hours", "licence")
ROLES_IN_ADDRESS = ("address", "landmark")
ROLES_IN_COMPANY = ("brand", "brand_small")
# How often a print shop sets the trade name in two sizes (one word small and letter-spaced above or below the
# rest: "STUDIO" over a big "Bella"), and runs the address and a phone together on one footer row; set by eye
# from shop cards, not from any reading.
SPLIT_BRAND_SHARE = 0.45
FOOTER_SHARE = 0.3
FOOTER_JOINS = ("  •  ", "  |  ", " - ")


@dataclass
class Row:
    """A printed row: its text and its role (``brand``, ``person``, ``title``, ``services``, ``slogan``,
    ``hours``, ``phone``, ``email``, ``web``, ``social``, ``address``, ``landmark``, ``licence``)."""

    role: str
    text: str
    parts: tuple[Row, ...] = ()  # a row that runs two fields together: each field's own row


@dataclass(frozen=True)
class CardKind:
    """What another kind of the set draws in place of the classic card's people, titles and addresses (the
    classic card is ``None``: its draws stay as they were, so its seeds make the same cards)."""

    person_share: float
    title: Callable[[Trade, Faker, random.Random], str]  # the person's title, given the card names a person
    address: Callable[[str, Faker, random.Random], list[Row]]  # (country, ...): the address's rows


@dataclass
class Content:
    """A card's rows and the values the truth takes from them whole (phones, e-mails ... as printed)."""

    country: str
    lang: str
    trade: str
    company: str
    name: str | None
    title: str | None
    rows: list[Row]
    phones: list[dict[str, str]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)


def ascii_slug(text: str) -> str:
    """Letters and digits of ``text`` without accents, lower case: how a shop's name becomes a handle."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def _digits(pattern: str, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) if char == "~" else char for char in pattern)


def _person(country: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    """(given, family): a given name Faker does not draw, a family name it does (one or two in Brazil)."""
    if country == "br":
        given = rng.choice(BR_COMPOUND_GIVEN if rng.random() < COMPOUND_SHARE else BR_COINED_GIVEN)
        family = fake.last_name() if rng.random() < 0.5 else f"{fake.last_name()} {fake.last_name()}"
        return given, family
    return rng.choice(US_GIVEN), fake.last_name()


def _brand(trade: Trade, country: str, fake: Faker, rng: random.Random, given: str, family: str) -> str:
    words = BR_WORDS if country == "br" else US_WORDS
    town = fake.city().split(" ")[0]
    fills = {
        "word": rng.choice(words),
        "first": given.split(" ")[0],
        "last": family.split(" ")[-1],
        "last2": fake.last_name(),
        "town": town,
        "year": str(rng.randint(1978, 2016)),
    }
    brand = rng.choice(trade.brands).format(**fills)
    if " do " in brand and fills["first"].endswith("a"):  # Portuguese: "da" before a woman's name
        brand = brand.replace(" do ", " da ")
    return brand


def _phones(country: str, rng: random.Random) -> tuple[list[Row], list[dict[str, str]]]:
    """One to three numbers on one or two rows, labelled as the country's shops label them, or not."""
    numbers: list[tuple[str, str]] = []  # (number as printed, kind)
    if country == "br":
        ddd = rng.choice(BR_DDD)
        if rng.random() < 0.5:
            numbers.append((f"({ddd}) 3{_digits('~~~-~~~~', rng)}", "work"))
        for _ in range(rng.randint(1, 2)):
            numbers.append((f"({ddd}) 9{_digits('~~~~-~~~~', rng)}", "mobile"))
        labels = {"work": ("Fixo: ", "Tel.: ", "Fone: ", ""), "mobile": ("Cel.: ", "WhatsApp: ", "Whats ", "Zap: ", "")}
    else:
        area = rng.choice(US_AREA)
        style = rng.choice(("({a}) {n3}-{n4}", "{a}.{n3}.{n4}", "{a}-{n3}-{n4}"))
        for kind in rng.sample(("work", "mobile", "fax"), rng.randint(1, 3)):
            n3, n4 = rng.randint(201, 989), f"{rng.randrange(10000):04d}"
            numbers.append((style.format(a=area if rng.random() < 0.8 else rng.choice(US_AREA), n3=n3, n4=n4), kind))
        labels = {
            "work": ("Office: ", "O: ", "Tel: ", ""),
            "mobile": ("Cell: ", "C: ", "Text: ", ""),
            "fax": ("Fax: ", "F: "),
        }
    phones: list[dict[str, str]] = []
    printed: list[str] = []
    for number, kind in numbers:
        label = rng.choice(labels[kind])
        phones.append({"number": number, "kind": kind if label else "other"})
        printed.append(label + number)
    if len(printed) > 1 and rng.random() < 0.5:  # two numbers on one row, as a shop saves room
        rows = [
            Row("phone", f"{printed[0]}  |  {printed[1]}" if rng.random() < 0.5 else f"{printed[0]} / {printed[1]}")
        ]
        rows += [Row("phone", text) for text in printed[2:]]
    else:
        rows = [Row("phone", text) for text in printed]
    return rows, phones


def _address(country: str, fake: Faker, rng: random.Random) -> list[Row]:
    if country == "br":
        street = (
            f"{rng.choice(BR_STREET_KINDS)} {fake.last_name()} {fake.last_name()}"
            if rng.random() < 0.4
            else (f"{rng.choice(BR_STREET_KINDS)} {fake.first_name()} {fake.last_name()}")
        )
        first = f"{street}, {rng.randint(12, 4800)}"
        extra = rng.choice(("", " - Sala {n}", ", Qd. {q}, Lote {n}", " - Loja {n}", ", Qd. {q} Lt. {n}", " - Bloco B"))
        first += extra.format(n=rng.randint(1, 40), q=rng.randint(1, 120))
        town = f"{fake.bairro()} - {fake.city()}/{fake.estado_sigla()}"
        cep = f"CEP {fake.postcode()}"
        rows = [Row("address", first)]
        if rng.random() < 0.5:
            rows.append(Row("address", f"{town} - {cep}"))
        else:
            rows += [Row("address", f"Bairro {town}" if rng.random() < 0.3 else town), Row("address", cep)]
        if rng.random() < 0.35:
            rows.append(
                Row(
                    "landmark", f"{rng.choice(('próximo ao', 'ao lado do', 'em frente ao'))} {rng.choice(BR_LANDMARKS)}"
                )
            )
        return rows
    unit = rng.choice(US_UNITS).format(n=rng.randint(2, 450), L=rng.choice("ABCDEF")) if rng.random() < 0.7 else ""
    street = f"{fake.building_number()} {fake.street_name()}"
    first = f"{street} {unit}".strip() if rng.random() < 0.5 else (f"{street}, {unit}" if unit else street)
    town = f"{fake.city()}, {fake.state_abbr()} {fake.zipcode()}"
    if rng.random() < 0.3:
        return [Row("address", f"{first}, {town}")]
    return [Row("address", first), Row("address", town)]


def _hours(country: str, rng: random.Random) -> str:
    if country == "br":
        return rng.choice(
            (
                "Seg. a Sex. 8h às 18h | Sáb. 8h às 12h",
                "Segunda a Sábado das 9h às 19h",
                "Horário: Ter a Sáb 9h-20h",
                "Aberto todos os dias 11h às 23h",
                "Seg-Sex 7h30 às 17h30",
            )
        )
    return rng.choice(("Mon-Fri 8am-6pm • Sat 9-2", "Open 7 Days 10am-7pm", "Tue-Sat 9:00-7:00", "Mon-Sat 7AM-5PM"))


def _split_brand(rows: list[Row], rng: random.Random) -> list[Row]:
    """The trade name in two sizes in some cards: its first or last word small, in capitals, letter-spaced
    (role ``brand_small``), the rest big; the company is both, in print order."""
    words = rows[0].text.split(" ")
    if len(words) < 2 or rng.random() >= SPLIT_BRAND_SHARE:
        return rows
    if rng.random() < 0.5:
        parts = [Row("brand_small", words[0].upper()), Row("brand", " ".join(words[1:]))]
    else:
        parts = [Row("brand", " ".join(words[:-1])), Row("brand_small", words[-1].upper())]
    return parts + rows[1:]


def _footer(rows: list[Row], rng: random.Random) -> list[Row]:
    """The first address row and the last phone row run together on one footer row in some cards."""
    address = next((row for row in rows if row.role == "address"), None)
    phone = next((row for row in reversed(rows) if row.role == "phone"), None)
    if address is None or phone is None or rng.random() >= FOOTER_SHARE:
        return rows
    joined = Row("mixed", f"{address.text}{rng.choice(FOOTER_JOINS)}{phone.text}", parts=(address, phone))
    return [row for row in rows if row is not address and row is not phone] + [joined]


def draw_content(rng: random.Random, country: str, kind: CardKind | None = None) -> Content:
    """A crowded card of ``country`` (``br`` or ``us``): its rows in print order and its whole values;
    ``kind`` draws another kind's titles, addresses and share of named people."""
    fake = Faker("pt_BR" if country == "br" else "en_US")
    fake.seed_instance(rng.randrange(2**31))
    trade = rng.choice(BR_TRADES if country == "br" else US_TRADES)
    given, family = _person(country, fake, rng)
    company = _brand(trade, country, fake, rng, given, family)
    named = rng.random() < (kind.person_share if kind else PERSON_SHARE)
    name = f"{given} {family}" if named else None
    if kind is None:
        title = rng.choice(trade.titles) if named and rng.random() < 0.7 else None
    else:
        title = kind.title(trade, fake, rng) if named and rng.random() < 0.7 else None
    slug = ascii_slug(company)
    rows = [Row("brand", company)]
    if name:
        rows.append(Row("person", name))
    if title:
        rows.append(Row("title", title))
    joiner = rng.choice((" • ", " | ", " · ", " - ", " / "))
    rows.append(Row("services", joiner.join(rng.sample(trade.services, min(len(trade.services), rng.randint(3, 5))))))
    slogan = rng.choice(trade.slogans).format(year=rng.randint(1978, 2016))
    phone_rows, phones = _phones(country, rng)
    free = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br" if country == "br" else "yahoo.com")
    box = rng.choice(
        (slug[:18], ascii_slug(given.split(" ")[0]) + "." + ascii_slug(family.split(" ")[-1]), slug[:10] + "01")
    )
    domain = slug[:20] + (".com.br" if country == "br" else ".com")
    emails = [
        f"{box}@{rng.choice(free)}" if rng.random() < 0.7 else f"{'contato' if country == 'br' else 'info'}@{domain}"
    ]
    websites = [f"www.{domain}"] if rng.random() < 0.4 else []
    words = [ascii_slug(word) for word in company.split() if ascii_slug(word)]
    handle = "@" + rng.choice((".", "_", "")).join(words[:3])[:26]
    social = [handle] if rng.random() < 0.8 else []
    if social and rng.random() < 0.4:
        social.append(f"fb.com/{slug[:24]}")
    optional = [
        [Row("slogan", slogan)],
        [Row("hours", _hours(country, rng))],
        [Row("email", emails[0])],
        [Row("web", site) for site in websites],
        [
            Row("social", (rng.choice(("Instagram: ", "Insta ", "")) if index == 0 else "") + item)
            for index, item in enumerate(social)
        ],
        [Row("licence", _digits(trade.licence.format(uf=fake.estado_sigla() if country == "br" else ""), rng))]
        if trade.licence
        else [],
    ]
    body = phone_rows + (kind.address if kind else _address)(country, fake, rng)
    low, high = LINES
    target = rng.randint(low, high)
    kept: list[list[Row]] = []
    for group in rng.sample(optional, len(optional)):
        if group and len(rows) + len(body) + sum(map(len, kept)) + len(group) <= target:
            kept.append(group)
    if not any(group and group[0].role == "email" for group in kept):
        emails = []
    if not any(group and group[0].role == "web" for group in kept):
        websites = []
    if not any(group and group[0].role == "social" for group in kept):
        social = []
    # Print order: the trade's own words, then the contacts, the address and the fine print last.
    order = ("slogan", "services", "hours", "phone", "email", "web", "social", "address", "landmark", "licence")
    rest = body + [row for group in kept for row in group]
    rows += sorted(rest, key=lambda row: order.index(row.role))
    rows = _footer(_split_brand(rows, rng), rng)
    return Content(
        country=country,
        lang="pt" if country == "br" else "en",
        trade=trade.key,
        company=company,
        name=name,
        title=title,
        rows=rows,
        phones=phones,
        emails=emails,
        websites=websites,
        social=social,
    )
