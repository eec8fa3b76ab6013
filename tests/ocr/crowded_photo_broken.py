"""``crowded_photo_set --kind broken``: what real small-business phone photos print and the classic cards lack.

The classic crowded cards read titles at 0.64-0.92 and addresses at 0.78-0.81 where the real Brazilian and
US phone photos read 0.40 and 0.50 (docs/measuring/unseen-card-proxies.md): their titles are the trades'
common ones and their addresses two or three short rows. This kind draws, on the same cards and print:

- rarer and longer titles: a job from Faker's ``pt_BR`` / ``en_US`` lists (hundreds of jobs no trade list
  holds), two roles on one row ("Proprietária & Cabeleireira", "Owner / Master Plumber"), a licensed or
  certified form ("Licensed Master Plumber"), a specialist of one of the trade's services;
- addresses over two to five rows, broken where print shops break them: Brazilian street and number, a
  "Sala / Loja / Galeria / Qd. Lt." row, the bairro, "CEP ... - City - UF" in several orders, a landmark
  ("Próximo ao ...", "Em frente à ..."); US street, a suite or building row, "City, ST ZIP" or ZIP+4, and
  at times a landmark ("Next to ...", "Inside ...");
- more shops naming no one (half the cards): the trade name alone, often a trade word and a given or family
  name, is the contact.

Landmark and unit words are generic places, written for this set, apart from the other sets' lists.
"""

from __future__ import annotations

import random

from faker import Faker

from .crowded_photo_data import CardKind, Row
from .crowded_photo_trades import Trade

# Half the shop cards of the real photos name no one (by eye, as the classic set's third was set).
PERSON_SHARE = 0.5
# How each title is drawn, by weight: a Faker job, two roles, a licensed form, a specialist, the trade's own.
TITLE_KINDS = (("job", 4), ("two", 3), ("licensed", 1), ("specialist", 2), ("trade", 1))
TWO_ROLE_JOINS = (" & ", " / ", " | ", " e ", " - ")
US_LICENSED = ("Licensed", "Certified", "Registered", "Board Certified", "Senior")
BR_LANDMARK_FORMS = ("Próximo ao {}", "Ao lado do {}", "Em frente ao {}", "Ref.: próximo ao {}", "(Próx. ao {})")
BR_LANDMARKS = (
    "Fórum", "Banco do Bairro", "Ponto Final", "Posto de Saúde", "Ginásio", "Cemitério", "Shopping",
    "Viaduto", "Campo de Futebol", "Mercadão", "Correio", "Terminal Rodoviário",
)  # fmt: skip
US_LANDMARK_FORMS = ("Next to the {}", "Across from the {}", "Inside the {}", "Behind the {}", "(Corner of {})")
US_LANDMARKS = ("Post Office", "Public Library", "Shopping Center", "Fire Station", "Food Court", "Town Square")
BR_UNITS = ("Sala {n}", "Loja {n}", "Sala {n} - {f}º andar", "Galeria {g}, Loja {n}", "Qd. {q} Lt. {n}", "Box {n}")
US_UNITS = ("Suite {n}", "Ste {n}", "Bldg {L}, Ste {n}", "Unit {L}", "Suite {n}, {f}nd Floor")


def _job(country: str, fake: Faker) -> str:
    """A job from Faker's lists as a card prints it: "Therapist, drama" turned "Drama Therapist" (US)."""
    job = fake.job()
    if ", " in job:
        head, tail = job.split(", ", 1)
        job = f"{tail} {head}"
    return " ".join(word[:1].upper() + word[1:] for word in job.split()) if country == "us" else job


def broken_title(trade: Trade, fake: Faker, rng: random.Random) -> str:
    """A title as the real cards print it: rare, long or two roles."""
    country = "br" if fake.locales[0] == "pt_BR" else "us"
    kinds, weights = zip(*TITLE_KINDS, strict=True)
    kind = rng.choices(kinds, weights)[0]
    if kind == "job":
        return _job(country, fake)
    if kind == "two" and len(trade.titles) > 1:
        first, second = rng.sample(trade.titles, 2)
        return f"{first}{rng.choice(TWO_ROLE_JOINS)}{second}"
    if kind == "licensed" and country == "us":
        return f"{rng.choice(US_LICENSED)} {rng.choice(trade.titles)}"
    if kind == "specialist":
        service = rng.choice(trade.services)
        return f"Especialista em {service}" if country == "br" else f"{service} Specialist"
    return rng.choice(trade.titles)


def _br_address(fake: Faker, rng: random.Random) -> list[Row]:
    street = f"{fake.street_prefix()} {fake.last_name()}" if rng.random() < 0.5 else fake.street_name()
    number = rng.choice(("{n}", "nº {n}", "Nº {n}", "{n} A")).format(n=rng.randint(3, 3900))
    unit = rng.choice(BR_UNITS).format(
        n=rng.randint(1, 320), f=rng.randint(1, 12), q=rng.randint(1, 90), g=fake.last_name()
    )
    bairro, city, uf, cep = fake.bairro(), fake.city(), fake.estado_sigla(), fake.postcode()
    rows = [f"{street}, {number}"]
    if rng.random() < 0.5:
        rows.append(unit)
    elif rng.random() < 0.6:
        rows[0] += f" - {unit}"
    bairro_row = rng.choice(("Bairro {}", "{}", "B. {}")).format(bairro)
    city_rows = rng.choice(
        (
            [f"CEP {cep} - {city} - {uf}"],
            [f"{city} - {uf}, CEP {cep}"],
            [f"{city}/{uf}", f"CEP: {cep}"],
            [f"{cep} - {city}/{uf}"],
        )
    )
    if rng.random() < 0.5:
        rows.append(bairro_row)
        rows += city_rows
    else:
        rows += [f"{bairro_row} - {city_rows[0]}", *city_rows[1:]]
    out = [Row("address", row) for row in rows]
    if rng.random() < 0.5:
        out.append(Row("landmark", rng.choice(BR_LANDMARK_FORMS).format(rng.choice(BR_LANDMARKS))))
    return out


def _us_address(fake: Faker, rng: random.Random) -> list[Row]:
    street = f"{fake.building_number()} {fake.street_name()}"
    unit = rng.choice(US_UNITS).format(n=rng.randint(2, 900), L=rng.choice("ABCDEFG"), f=2)
    zipcode = fake.zipcode_plus4() if rng.random() < 0.4 else fake.zipcode()
    town = f"{fake.city()}, {fake.state_abbr()} {zipcode}"
    rows = [street, unit, town] if rng.random() < 0.6 else [f"{street}, {unit}", town]
    out = [Row("address", row) for row in rows]
    if rng.random() < 0.3:
        out.append(Row("landmark", rng.choice(US_LANDMARK_FORMS).format(rng.choice(US_LANDMARKS))))
    return out


def broken_address(country: str, fake: Faker, rng: random.Random) -> list[Row]:
    """An address over two to five rows (and a landmark row in some)."""
    return _br_address(fake, rng) if country == "br" else _us_address(fake, rng)


BROKEN = CardKind(person_share=PERSON_SHARE, title=broken_title, address=broken_address)
