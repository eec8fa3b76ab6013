"""What Brazilian and US small-business cards print, as rows of text with their role and ground truth
(``smallbiz_set`` renders them as scans and photos).

These cards are not office cards: a trade firm named after its trade and its owner ("Auto Elétrica
Nogueira", "Holloway Roofing LLC"), a list of services between bullets ("Consertos • Vendas • Peças"),
the owner as "Proprietário"/"Owner" — under the name, on the name's line ("Name, Owner, License #…") or
not at all — WhatsApp, mobile and landline numbers in the local format (no +55/+1), handles
("@oficina.nome", "Insta: @…"), CNPJ/CRECI/licence lines, free-mail addresses, addresses of two to four
lines (street with "Sala"/"Loja" or "Suite"/"Apt", "Bairro …", "próximo ao …", the city, CEP or ZIP+4),
sometimes after an "Endereço:"/"Address:" label. Given names are common ones, compound Brazilian ones
("Maria das Dores", "José Carlos") and East Asian or Vietnamese ones; family names come with their
particles ("dos Santos").

Every value is made up from the pools below (no real card); cities come from phonenumbers' geocoding data
(``trade_layouts._cities``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .layout_set import _slug
from .trade_layouts import _cities, _digits

COUNTRIES = ("BR", "US")

BR_FIRST = [
    "Maria das Dores", "José Carlos", "Ana Paula", "João Pedro", "Luiz Fernando", "Maria Aparecida", "Antônio",
    "Francisco", "Raimundo", "Sebastião", "Cláudia", "Rosângela", "Edvaldo", "Josué", "Gilvan", "Cleide",
    "Wellington", "Rosimeire", "Adriana", "Marcos Antônio", "Fernanda", "Thiago", "Luciana", "Reginaldo",
]  # fmt: skip
BR_LAST = [
    "Souza", "dos Santos", "da Silva", "de Oliveira", "Ferreira Lima", "Nascimento", "Barbosa", "Araújo",
    "Cavalcanti", "Rodrigues", "Gomes", "Pereira da Costa", "Nogueira", "Medeiros", "Bezerra", "de Jesus",
]  # fmt: skip
US_FIRST = [
    "Mike", "Dave", "Jennifer", "Carlos", "Tony", "Linda", "Kevin", "Maria", "Thanh", "Wei", "Jae-won", "Hyun",
    "Duc", "Minh", "Rosa", "Bobby", "Tammy", "Luis", "Danny", "Kimberly",
]  # fmt: skip
US_LAST = [
    "Johnson", "Miller", "Hernandez", "Nguyen", "Tran", "Kim", "Park", "Zhang", "Garcia", "O'Brien", "Kowalski",
    "Patel", "Rivera", "Le", "Washington", "DeLuca",
]  # fmt: skip

BR_TRADES = [
    "Auto Elétrica", "Oficina Mecânica", "Refrigeração", "Vidraçaria", "Serralheria", "Marcenaria",
    "Auto Peças", "Assistência Técnica", "Material de Construção", "Imobiliária", "Salão de Beleza",
    "Chaveiro", "Pet Shop", "Dedetizadora", "Gesso e Drywall",
]  # fmt: skip
BR_SERVICES = [
    "Consertos", "Vendas", "Peças", "Manutenção", "Instalação", "Limpeza", "Orçamento grátis", "Reformas",
    "Pintura", "Elétrica", "Hidráulica", "Cópias de chaves", "Banho e tosa", "Aluguel", "Venda",
]  # fmt: skip
US_TRADES = [
    "Plumbing", "Roofing", "Auto Repair", "Heating & Cooling", "Landscaping", "Painting", "Pest Control",
    "Tax Service", "Nail Salon", "Barber Shop", "Handyman Services", "Cleaning Services", "Tree Service",
    "Electric", "Realty",
]  # fmt: skip
US_SERVICES = [
    "Repairs", "Installations", "Drain Cleaning", "Residential", "Commercial", "Free Estimates",
    "Emergency Service", "Remodeling", "Maintenance", "Water Heaters", "Lawn Care", "Gutters", "Tax Returns",
]  # fmt: skip
STEMS = ["Estrela", "Progresso", "Bom Jesus", "Nova Era", "Liberty", "Eagle", "Sunrise", "Golden State", "Premier"]
BR_TITLES = ["Proprietário", "Proprietária", "Sócio-Proprietário", "Técnico Responsável", "Gerente", "Corretor"]
US_TITLES = ["Owner", "Owner/Operator", "President", "Manager", "Master Plumber", "Realtor", "Estimator"]
# Titles that name the owner's trade (drawn by ``Variants``, so that the cards drawn before them stay the same).
BR_TRADE_TITLES = ["Eletricista", "Técnico em Refrigeração", "Mestre de Obras", "Encanador", "Pintor", "Chaveiro"]
US_TRADE_TITLES = ["Master Electrician", "HVAC Technician", "General Contractor", "Licensed Plumber", "Locksmith"]
BR_STREETS = ["Rua das Acácias", "Av. Brasil", "Rua Sete de Setembro", "Avenida Getúlio Vargas", "R. São José",
              "Rua Dom Pedro II", "Travessa Santa Luzia", "Av. Presidente Vargas"]  # fmt: skip
BR_HOODS = ["Centro", "Jardim América", "Vila Nova", "Boa Vista", "Santa Cruz", "Parque São Jorge", "Cohab"]
BR_NEAR = ["próximo ao Supermercado", "ao lado da Igreja Matriz", "em frente à Praça", "próximo ao Posto"]
US_STREETS = ["Oak St", "Main Street", "W Lincoln Ave", "N Central Ave", "Industrial Pkwy", "Elm Dr", "Route 9"]
WEBMAIL = {
    "BR": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com"],
}


@dataclass
class Row:
    """One printed line: its text, its role on the card, and how it is set (``brand``, ``name``, ``title``,
    ``body``, ``small``)."""

    text: str
    role: str  # company | name | title | services | slogan | phone | email | website | social | registration
    #            | address | label
    style: str = "body"


@dataclass
class Variants:
    """Shares of the cards printed in ways the first sets did not show, drawn from a stream of their own
    (``rng``) so that a seed's other cards are drawn as before: the name in capitals ("JOSÉ CARLOS DOS
    SANTOS", "TONY O'BRIEN"), the title in capitals too, and a title that names the owner's trade."""

    rng: random.Random
    capitals: float = 0.2
    title_capitals: float = 0.5  # of the cards whose name is in capitals
    trade_title: float = 0.2


@dataclass
class SmallBizCard:
    country: str
    rows: list[Row]
    truth: dict[str, object] = field(default_factory=dict)


def _br_phone(rng: random.Random, mobile: bool) -> str:
    ddd = str(rng.randint(11, 99))
    if mobile:
        shape = rng.choice(("({a}) 9{b}-{c}", "({a}) 9 {b}-{c}", "{a} 9{b}-{c}", "9{b}-{c}", "({a}) 9.{b}-{c}"))
    else:
        shape = rng.choice(("({a}) 3{d}-{c}", "{a} 3{d}-{c}", "({a}) 2{d}-{c}", "3{d}-{c}"))
    return shape.format(a=ddd, b=_digits(rng, 4), c=_digits(rng, 4), d=_digits(rng, 3))


def _us_phone(rng: random.Random) -> str:
    return rng.choice(("({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a} {b} {c}")).format(
        a=rng.randint(201, 989), b=rng.randint(200, 989), c=_digits(rng, 4)
    )


def _phones(rng: random.Random, country: str) -> tuple[list[Row], list[dict[str, str]]]:
    rows: list[Row] = []
    truth: list[dict[str, str]] = []
    if country == "BR":
        plans = [("mobile", rng.choice(("WhatsApp", "Cel", "Cel/WhatsApp", "Zap", "")))]
        if rng.random() < 0.6:
            plans.append(("work", rng.choice(("Tel", "Fone", "Fixo", "Tel.:", ""))))
        if rng.random() < 0.25:
            plans.append(("mobile", rng.choice(("Cel", "WhatsApp", ""))))
        numbers = [_br_phone(rng, kind == "mobile") for kind, _ in plans]
    else:
        plans = [("mobile", rng.choice(("Cell", "Cell:", "Mobile", "C:", "")))]
        if rng.random() < 0.6:
            plans.append(("work", rng.choice(("Office", "Office:", "Tel", "O:", "Phone"))))
        if rng.random() < 0.2:
            plans.append(("fax", rng.choice(("Fax", "Fax:", "F:"))))
        numbers = [_us_phone(rng) for _ in plans]
    printed = []
    for (kind, label), number in zip(plans, numbers, strict=True):
        kind = kind if label else "other"
        truth.append({"number": number, "kind": kind})
        printed.append(f"{label}{' ' if label and not label.endswith(':') else ' ' if label else ''}{number}")
    if len(printed) > 1 and rng.random() < 0.3:
        rows.append(Row(" / ".join(printed), "phone"))
    else:
        rows += [Row(text, "phone") for text in printed]
    return rows, truth


def _address(rng: random.Random, country: str) -> list[str]:
    """The address's printed lines (two to four)."""
    city, state = rng.choice(_cities(country))
    if country == "BR":
        street = f"{rng.choice(BR_STREETS)}, {rng.randint(12, 2900)}"
        if rng.random() < 0.35:
            unit = rng.choice((" - Sala {n}", " - Loja {n}", ", Sala {n}", " - Apto {n}"))
            street += unit.format(n=rng.randint(1, 320))
        lines = [street]
        hood = rng.choice(BR_HOODS)
        cep = f"{rng.randint(10000, 99999)}-{_digits(rng, 3)}"
        shape = rng.random()
        if shape < 0.3:
            lines.append(f"Bairro {hood}")
            lines.append(f"{city} - {state}")
        elif shape < 0.6:
            lines.append(f"{hood} - {city}/{state}")
        else:
            lines[0] += f" - {hood}"
            lines.append(f"{city} - {state}")
        lines.append(rng.choice(("CEP {c}", "CEP: {c}", "{c}")).format(c=cep))
        if rng.random() < 0.5:  # the postcode on the city's line
            tail = lines.pop()
            lines[-1] = f"{lines[-1]} - {tail}" if rng.random() < 0.5 else f"{tail} - {lines[-1]}"
        if rng.random() < 0.3:
            lines.append(rng.choice(BR_NEAR))
        return lines
    number = rng.randint(10, 24000)
    street = f"{number} {rng.choice(US_STREETS)}"
    lines = [street]
    if rng.random() < 0.4:
        unit = rng.choice(("Suite {n}", "Ste {n}", "Apt {n}", "Unit {n}", "# {n}")).format(n=rng.randint(2, 450))
        if rng.random() < 0.5:
            lines[0] += f", {unit}"
        else:
            lines.append(unit)
    zip_code = f"{rng.randint(10000, 99950)}" + (f"-{_digits(rng, 4)}" if rng.random() < 0.4 else "")
    lines.append(f"{city}, {state} {zip_code}")
    return lines


def _person(rng: random.Random, country: str) -> str:
    if country == "BR":
        first, last = rng.choice(BR_FIRST), rng.choice(BR_LAST)
        if rng.random() < 0.3 and " " not in first and " " not in last:
            last = f"{rng.choice(BR_LAST)} {last}" if not rng.choice(BR_LAST).startswith("d") else last
        return f"{first} {last}"
    return f"{rng.choice(US_FIRST)} {rng.choice(US_LAST)}"


def _firm(rng: random.Random, country: str, person: str) -> str:
    first, last = person.split()[0], person.split()[-1]
    if country == "BR":
        trade = rng.choice(BR_TRADES)
        return rng.choice(
            (
                f"{trade} {last.capitalize()}",
                f"{trade} {rng.choice(STEMS[:4])}",
                f"{trade} do {first}" if not first.endswith("a") else f"{trade} da {first}",
                f"{first[0]}{last[0].upper()} {trade}",
                f"{trade} {rng.choice(STEMS[:4])} Ltda",
                f"{trade} {last.capitalize()} ME",
            )
        )
    trade = rng.choice(US_TRADES)
    return rng.choice(
        (
            f"{last}'s {trade}" if "'" not in last else f"{last} {trade}",
            f"{rng.choice(STEMS[4:])} {trade}",
            f"{rng.choice(STEMS[4:])} {trade} LLC",
            f"{last} & Sons {trade}",
            f"{first}'s {trade}",
            f"A-1 {trade} Inc.",
        )
    )


def _registration(rng: random.Random, country: str, title: str | None) -> str:
    if country == "BR":
        if title == "Corretor":
            return f"CRECI {rng.randint(1000, 99999)}-F"
        return rng.choice(("CNPJ: {a}.{b}.{c}/0001-{d}", "CNPJ {a}.{b}.{c}/0001-{d}")).format(
            a=_digits(rng, 2), b=_digits(rng, 3), c=_digits(rng, 3), d=_digits(rng, 2)
        )
    return rng.choice(("License # {n}", "Lic. #{n}", "CA Lic. #{n}", "CSLB Lic. {n}", "Licensed & Insured")).format(
        n=_digits(rng, 6)
    )


def small_business_card(rng: random.Random, country: str, variants: Variants | None = None) -> SmallBizCard:
    """One card of ``country`` (``COUNTRIES``) with its rows in printed order and its truth; ``variants``
    draws the printing variants (none without)."""
    person = _person(rng, country)
    company = _firm(rng, country, person)
    services_pool = BR_SERVICES if country == "BR" else US_SERVICES
    services = rng.sample(services_pool, k=rng.choice((2, 3, 4)))
    titles = BR_TITLES if country == "BR" else US_TITLES
    title: str | None = rng.choice(titles) if rng.random() < 0.7 else None
    if title == "Proprietário" and person.split()[0].endswith("a"):
        title = "Proprietária"  # Portuguese titles agree with the person
    registration = _registration(rng, country, title) if rng.random() < 0.5 else None
    capitals = title_capitals = False
    if variants is not None:
        draw = variants.rng
        if title and draw.random() < variants.trade_title:
            title = draw.choice(BR_TRADE_TITLES if country == "BR" else US_TRADE_TITLES)
        capitals = draw.random() < variants.capitals
        title_capitals = capitals and draw.random() < variants.title_capitals

    slug = _slug(company.replace(" Ltda", "").replace(" LLC", "").replace(" Inc.", "").replace(" ME", ""))
    tld = "com.br" if country == "BR" else "com"
    own_domain = rng.random() < 0.4
    email: str | None = None
    if rng.random() < 0.8:
        local = rng.choice((slug, _slug(person.split()[0]) + _slug(person.split()[-1]), _slug(person.split()[0])))
        email = f"{local}@{f'{slug}.{tld}' if own_domain else rng.choice(WEBMAIL[country])}"
    website = f"{rng.choice(('www.', ''))}{slug}.{tld}" if own_domain and rng.random() < 0.8 else None
    handle = None
    if rng.random() < 0.55:
        name_part = _slug(person.split()[0])
        handle = rng.choice((f"@{slug}", f"@{slug[:12]}.{name_part}", f"@{slug}_oficial", f"/{slug}"))
    logo_only = rng.random() < 0.12  # the firm is a picture only: what the reader can name is in the domain

    rows: list[Row] = []
    if not logo_only:
        rows.append(Row(company, "company", "brand"))
    bullet = rng.choice((" • ", " | ", " - ", ", ", " · "))
    if rng.random() < 0.7:
        rows.append(Row(bullet.join(services), "services", "small"))
    if rng.random() < 0.25:
        rows.append(
            Row(
                rng.choice(("Qualidade e confiança", "Atendimento 24 horas", "Desde 1998"))
                if country == "BR"
                else rng.choice(("Family Owned & Operated", "Serving you since 1995", "No job too small")),
                "slogan",
                "small",
            )
        )
    shape = rng.random()
    name_rows: list[Row]
    if capitals:
        person = person.upper()
    if title and title_capitals:
        title = title.upper()
    if title and shape < 0.25:  # "Name, Owner" / "Name - Proprietário" / "Name, Owner, License # …"
        joiner = rng.choice((", ", " - ", " | "))
        text = f"{person}{joiner}{title}"
        if registration and registration[:1] != "L" and country == "US" and rng.random() < 0.6:
            text += f"{joiner}{registration}"
            registration = None
        name_rows = [Row(text, "name", "name")]
    elif shape < 0.35:  # "Name," then the title under it
        name_rows = [Row(f"{person},", "name", "name")] + ([Row(title, "title", "title")] if title else [])
    else:
        name_rows = [Row(person, "name", "name")] + ([Row(title, "title", "title")] if title else [])
    phone_rows, phone_truth = _phones(rng, country)
    contact = list(phone_rows)
    if email:
        contact.append(Row(email, "email"))
    if website:
        contact.append(Row(website, "website"))
    if handle:
        shown = handle if handle.startswith("/") else rng.choice(("{h}", "Insta: {h}", "Instagram: {h}", "IG {h}"))
        shown = shown.format(h=handle)
        contact.append(Row(shown, "social"))
    address_lines = _address(rng, country)
    address_rows = [Row(line, "address") for line in address_lines]
    label = "Endereço:" if country == "BR" else "Address:"
    label_shape = rng.random()
    if label_shape < 0.2:
        address_rows[0] = Row(f"{label} {address_rows[0].text}", "address")
    elif label_shape < 0.3:
        address_rows.insert(0, Row(label, "label"))
    extra = [Row(registration, "registration", "small")] if registration else []
    if rng.random() < 0.5:
        rows += name_rows + contact + address_rows + extra
    else:
        rows += name_rows + address_rows + contact + extra
    if logo_only:
        company_truth = None if not (email and own_domain) and not website else _domain_word(slug)
    else:
        company_truth = company
    truth: dict[str, object] = {
        "name": person,
        "title": title if title else None,
        "company": company_truth,
        "emails": [email] if email else [],
        "phones": phone_truth,
        "websites": [website] if website else [],
        "address": ", ".join(address_lines),
        "social": [handle] if handle else [],
        "tagline": " / ".join(row.text for row in rows if row.role in ("services", "slogan")) or None,
    }
    return SmallBizCard(country, rows, truth)


def _domain_word(slug: str) -> str:
    """What a reader can give for a firm printed only as a picture: its domain's name as written there."""
    return slug
