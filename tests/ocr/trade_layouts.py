"""Small-business card layouts of the US, the UK, Brazil, Portugal, Spain, Germany and Italy, as OCR lines
with ground truth (the companion of ``layout_set``, which holds the office layouts).

What these cards do that office cards do not: a brand in big type with a slogan under it, a list of services
("Plumbing • Heating • Drains", "Reformas e Pinturas"), a licence or registration number (CNPJ, NIF, P.IVA,
USt-IdNr.), the owner named with "Owner"/"Proprietário"/"Inhaber" — on the name's line or under it — or with
no title at all, a credential after a comma ("Ana Souza, CPA"), several phones labelled Cel/WhatsApp/Office,
a website and social handles but often no e-mail of the firm's domain, an address over two or three lines
(neighbourhood, "Suite", "próximo ao …", the postcode alone) with or without an "Address:" label.

Cities (with their state) come from phonenumbers' geocoding data, so they are real and many; first names,
a third of the time, are made of syllables and checked to be outside the names data (``names_data``), as
Brazilian and East Asian names on real cards often are. Nothing here is taken from a real card.
"""

from __future__ import annotations

import functools
import random

from cardbook.ocr.fields import CardLine
from cardbook.ocr.names_data import first_name_weight
from cardbook.ocr.types import Box

from .layout_set import GeneratedCard, _slug

# The kinds of small-business layout; ``layout_set`` scores each apart.
TRADE_KINDS = ("trade", "credential", "shared-line", "no-title", "outside-names")

COUNTRY_LANG = {"US": "en", "GB": "en", "BR": "pt", "PT": "pt", "ES": "es", "DE": "de", "IT": "it"}
_CALLING_CODE = {"US": "1", "GB": "44", "BR": "55", "PT": "351", "ES": "34", "DE": "49", "IT": "39"}

FIRST = {
    "en": ["Emily", "Daniel", "Olivia", "Ryan", "Hannah", "Marcus", "Chloe", "Nathan", "Tyler", "Brittany"],
    "pt": ["Rafael", "Juliana", "Marcelo", "Larissa", "Bruno", "Camila", "Felipe", "Renata", "João", "Ana"],
    "es": ["Javier", "Lucía", "Alejandro", "Carmen", "Sergio", "Elena", "Pablo", "Marta", "Álvaro", "Irene"],
    "de": ["Lukas", "Anna", "Felix", "Katrin", "Jonas", "Miriam", "Tobias", "Sabine", "Florian", "Jürgen"],
    "it": ["Matteo", "Giulia", "Lorenzo", "Chiara", "Davide", "Federica", "Simone", "Valentina", "Giuseppe"],
}
LAST = {
    "en": ["Whitaker", "Holloway", "Brennan", "Caldwell", "Okafor", "Nguyen", "Kim", "Park", "Chen", "Tran"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Almeida", "Nascimento", "Rocha"],
    "es": ["Navarro", "Castillo", "Herrera", "Ortega", "Delgado", "Morales", "Romero", "Iglesias"],
    "de": ["Hoffmann", "Becker", "Schulze", "Neumann", "Krüger", "Vogel", "Brandt", "Hartmann"],
    "it": ["Ferraro", "Colombo", "Marino", "Greco", "Esposito", "Galli", "Conti", "Fontana"],
}
# East Asian family names, for people whose given name is outside the names data too.
EAST_ASIAN_LAST = ["Wang", "Zhang", "Liu", "Huang", "Kim", "Park", "Choi", "Nguyen", "Tran", "Sato", "Tanaka"]
_SYLLABLES = ["ka", "ri", "jun", "xia", "mei", "hyun", "seo", "yu", "wen", "lei", "kau", "ray", "thy", "lu", "zi"]
_BR_ENDINGS = ["son", "ane", "ele", "ssa", "ciano", "mar", "ilson", "ely"]

SERVICES = {
    "en": [
        "Plumbing",
        "Heating",
        "Drains",
        "Roofing",
        "Gutters",
        "Painting",
        "Remodeling",
        "Electrical",
        "HVAC",
        "Landscaping",
        "Lawn Care",
        "Tree Service",
        "Tax Preparation",
        "Bookkeeping",
        "Auto Repair",
    ],
    "pt": [
        "Reformas",
        "Pinturas",
        "Elétrica",
        "Hidráulica",
        "Gesso",
        "Drywall",
        "Marcenaria",
        "Serralheria",
        "Manutenção",
        "Instalações",
        "Contabilidade",
        "Climatização",
    ],
    "es": ["Reformas", "Fontanería", "Electricidad", "Pintura", "Carpintería", "Climatización", "Cerrajería"],
    "de": ["Sanitär", "Heizung", "Elektro", "Malerarbeiten", "Fliesen", "Dachdeckerei", "Trockenbau"],
    "it": ["Idraulica", "Impianti elettrici", "Tinteggiature", "Ristrutturazioni", "Serramenti", "Giardinaggio"],
}
SLOGANS = {
    "en": [
        "Quality work at fair prices",
        "Licensed & Insured",
        "Family owned since 1998",
        "No job too small",
        "Serving the Tri-County area",
        "Free estimates",
    ],
    "pt": ["Qualidade e pontualidade", "Orçamento sem compromisso", "Atendimento 24 horas", "Serviço garantido"],
    "es": ["Presupuestos sin compromiso", "Calidad y garantía", "Servicio urgente 24 h"],
    "de": ["Meisterbetrieb", "Schnell, sauber, zuverlässig", "Ihr Partner für Bad und Heizung"],
    "it": ["Preventivi gratuiti", "Qualità e professionalità", "Pronto intervento"],
}
OWNER_TITLES = {
    "US": ["Owner", "Owner/Operator", "Founder", "President"],
    "GB": ["Proprietor", "Director", "Owner"],
    "BR": ["Proprietário", "Proprietária", "Sócio-Proprietário", "Gerente"],
    "PT": ["Sócio-Gerente", "Proprietário", "Gerente"],
    "ES": ["Propietario", "Gerente", "Autónomo"],
    "DE": ["Inhaber", "Inhaberin", "Geschäftsführer", "Meister"],
    "IT": ["Titolare", "Amministratore"],
}
CREDENTIALS = {
    "US": ["CPA", "MBA", "D.D.S.", "Esq.", "PhD", "RN", "CFP"],
    "GB": ["MBA", "PhD", "FCCA", "MRICS"],
    "BR": ["MBA", "PhD"],
    "PT": ["MBA", "PhD"],
    "ES": ["MBA", "PhD"],
    "DE": ["MBA", "PhD"],
    "IT": ["MBA", "PhD"],
}
REGISTRATIONS = {
    "US": ["License # {d6}", "Lic. #{d6}", "CSLB Lic. {d6}", "Licensed & Insured - Lic. {d6}"],
    "GB": ["Company No. {d8}", "VAT No. GB {d3} {d4} {d2}", "Gas Safe Reg. {d6}"],
    "BR": ["CNPJ: {d2}.{d3}.{d3}/0001-{d2}", "CNPJ {d2}.{d3}.{d3}/0001-{d2}", "CREA {d6}"],
    "PT": ["NIF {d3} {d3} {d3}", "NIPC: {d9}"],
    "ES": ["CIF: B{d8}", "NIF: {d8}Z"],
    "DE": ["USt-IdNr. DE{d9}", "Steuer-Nr. {d2}/{d3}/{d5}"],
    "IT": ["P.IVA {d11}", "P. IVA: {d11}"],
}
PHONE_LABELS = {
    "US": ["Cell", "Office", "Mobile", "Fax", "Tel"],
    "GB": ["Mob", "Tel", "Office", "Mobile"],
    "BR": ["Cel", "Tel", "WhatsApp", "Fone", "Fixo"],
    "PT": ["Tlm.", "Tel.", "Telemóvel"],
    "ES": ["Móvil", "Tel.", "WhatsApp"],
    "DE": ["Mobil", "Tel.", "Fax"],
    "IT": ["Cell.", "Tel.", "Fax"],
}
ADDRESS_LABELS = {
    "US": "Address:",
    "GB": "Address:",
    "BR": "Endereço:",
    "PT": "Morada:",
    "ES": "Dirección:",
    "DE": "Adresse:",
    "IT": "Indirizzo:",
}
STREET_NAMES = {
    "US": ["Oak", "Maple", "Washington", "Lincoln", "Mill", "Church", "Highland", "Sunset"],
    "GB": ["Station", "Church", "Victoria", "Mill", "Park", "Queens"],
    "BR": ["das Flores", "Sete de Setembro", "Marechal Deodoro", "XV de Novembro", "São João", "dos Andradas"],
    "PT": ["da Liberdade", "do Comércio", "de Santa Catarina", "Cândido dos Reis"],
    "ES": ["Mayor", "Real", "de Alcalá", "San Juan", "del Carmen"],
    "DE": ["Haupt", "Bahnhof", "Garten", "Schul", "Linden"],
    "IT": ["Roma", "Garibaldi", "Mazzini", "Dante", "XX Settembre"],
}
NEIGHBOURHOODS = ["Centro", "Jardim América", "Vila Nova", "Boa Vista", "Santa Cruz", "Jardim das Palmeiras"]
LANDMARKS = ["Supermercado", "Posto Shell", "Shopping", "Hospital", "Terminal Rodoviário"]
TLDS = {"US": "com", "GB": "co.uk", "BR": "com.br", "PT": "pt", "ES": "es", "DE": "de", "IT": "it"}
WEBMAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]
STEMS = ["Bluestone", "Kestrel", "Verano", "Solano", "Brightwater", "Alder Creek", "Larchmont", "Nordvik"]


@functools.cache
def _cities(country: str) -> tuple[tuple[str, str], ...]:
    """(city, state) pairs of the country from phonenumbers' geocoding data ("Salem, MA", "Recife - PE")."""
    import pycountry
    from phonenumbers.geodata import GEOCODE_DATA

    code = _CALLING_CODE[country]
    # +1 also dials Canada and the Caribbean: keep the places in a US state (pycountry's subdivisions).
    states = {sub.code.split("-")[1] for sub in pycountry.subdivisions.get(country_code="US") or ()}
    found: dict[tuple[str, str], None] = {}
    for prefix, names in GEOCODE_DATA.items():
        if not prefix.startswith(code):
            continue
        text = names.get("en") or next(iter(names.values()))
        if (country == "US" and not prefix.startswith("1")) or "/" in text or "(" in text:
            continue
        if country == "US":
            city, _, state = text.rpartition(", ")
        elif country == "BR":
            city, _, state = text.rpartition(" - ")
        else:
            city, state = text, ""
        if country == "US" and state not in states:
            continue
        if city and len(city) <= 24 and (country not in ("US", "BR") or len(state) == 2):
            found[(city, state)] = None
    return tuple(sorted(found))


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def _registration(rng: random.Random, country: str) -> str:
    """A licence or registration number line of the country ("CNPJ: 12.345.678/0001-90")."""
    digits = {f"d{n}": _digits(rng, n) for n in (2, 3, 4, 5, 6, 8, 9, 11)}
    return rng.choice(REGISTRATIONS[country]).format(**digits)


def _phone(rng: random.Random, country: str) -> str:
    """A number written as people of the country print it, without the country code."""
    area = _digits(rng, 2)
    if country == "US":
        return rng.choice(("({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}")).format(
            a=str(rng.randint(201, 989)), b=str(rng.randint(200, 989)), c=_digits(rng, 4)
        )
    if country == "GB":
        return f"0{rng.choice('17')}{_digits(rng, 3)} {_digits(rng, 6)}"
    if country == "BR":
        return rng.choice(("({a}) 9{b}-{c}", "({a}) 3{d}-{c}", "{a} 9{b}-{c}")).format(
            a=str(rng.randint(11, 99)), b=_digits(rng, 4), c=_digits(rng, 4), d=_digits(rng, 3)
        )
    if country == "PT":
        return f"9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if country == "ES":
        return f"6{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}"
    if country == "DE":
        if rng.random() < 0.5:
            return f"0{rng.randint(30, 899)} {_digits(rng, 6)}"
        return f"01{rng.randint(51, 79)} {_digits(rng, 7)}"
    return f"3{area} {_digits(rng, 3)} {_digits(rng, 4)}"  # IT


def outside_first_name(rng: random.Random, lang: str) -> str:
    """A given name the names data does not hold: syllables, or a Brazilian-style coinage."""
    for _ in range(50):
        if lang == "pt" and rng.random() < 0.5:
            name = rng.choice(_SYLLABLES) + rng.choice(_BR_ENDINGS)
        else:
            name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
        name = name.capitalize()
        if first_name_weight(name) == 0.0 and 4 <= len(name) <= 10:
            return name
    return "Kauriel"


def _address(rng: random.Random, country: str) -> list[str]:
    city, state = rng.choice(_cities(country))
    street = rng.choice(STREET_NAMES[country])
    n = str(rng.randint(2, 2400))
    if country == "US":
        kind = rng.choice(("St", "Ave", "Rd", "Blvd", "Street", "Avenue", "Drive"))
        zip_code = f"{rng.randint(10000, 99950)}" + (f"-{_digits(rng, 4)}" if rng.random() < 0.5 else "")
        lines = [f"{n} {street} {kind}"]
        if rng.random() < 0.4:
            suite = rng.choice(("Suite {s}", "Ste. {s}", "Unit {s}")).format(s=rng.randint(100, 450))
            if rng.random() < 0.5:
                lines[0] += f", {suite}"
            else:
                lines.append(suite)
        if rng.random() < 0.25:
            lines += [f"{city}, {state}", zip_code]
        else:
            lines.append(f"{city}, {state} {zip_code}")
        return lines
    if country == "GB":
        area = rng.choice(("SO", "LS", "BS", "NG", "CF", "EH"))
        inward = f"{rng.randint(1, 9)}{''.join(rng.choices('ABDEFGHJLNPQRSTUWXYZ', k=2))}"
        postcode = f"{area}{rng.randint(1, 29)} {inward}"
        unit = f"Unit {rng.randint(1, 30)}, {street} Industrial Estate"
        lines = [f"{n} {street} Road" if rng.random() < 0.5 else unit]
        if rng.random() < 0.5:
            lines += [city, postcode]
        else:
            lines.append(f"{city} {postcode}")
        return lines
    if country == "BR":
        road = rng.choice(("Rua", "Av.", "Avenida", "R."))
        cep = f"{rng.randint(10000, 99999)}-{_digits(rng, 3)}"
        lines = [f"{road} {street}, {n}"]
        hood = rng.choice(NEIGHBOURHOODS)
        shape = rng.random()
        if shape < 0.35:
            lines[0] += f" - {hood}"
        elif shape < 0.7:
            lines.append(f"Bairro {hood}" if rng.random() < 0.5 else hood)
        if rng.random() < 0.5:
            lines.append(f"{city} - {state}")
            lines.append(f"CEP {cep}" if rng.random() < 0.7 else cep)
        else:
            lines.append(f"CEP {cep} - {city}/{state}")
        if rng.random() < 0.3:
            lines.append(f"{rng.choice(('próximo ao', 'ao lado do', 'em frente ao'))} {rng.choice(LANDMARKS)}")
        return lines
    if country == "PT":
        lines = [f"Rua {street}, {n}" + (f", {rng.randint(1, 5)}º Esq." if rng.random() < 0.4 else "")]
        lines.append(f"{rng.randint(1000, 9999)}-{_digits(rng, 3)} {city}")
        return lines
    if country == "ES":
        floor = f", {rng.randint(1, 6)}º B" if rng.random() < 0.4 else ""
        lines = [f"{rng.choice(('C/', 'Calle', 'Avda.'))} {street}, {n}{floor}"]
        lines.append(f"{rng.randint(1000, 52999):05d} {city}")
        return lines
    if country == "DE":
        lines = [f"{street}straße {n}" if rng.random() < 0.7 else f"Am {street}weg {n}"]
        lines.append(f"{rng.randint(1000, 99999):05d} {city}")
        return lines
    lines = [f"Via {street}, {n}"]
    province = f" ({rng.choice(('MI', 'TO', 'RM', 'BO', 'VR'))})" if rng.random() < 0.5 else ""
    lines.append(f"{rng.randint(10, 98099):05d} {city}{province}")
    return lines


def make_trade_card(rng: random.Random, kind: str) -> GeneratedCard:
    """One small-business card of ``kind`` (``TRADE_KINDS``) in one of the seven countries."""
    country = rng.choice(list(COUNTRY_LANG))
    lang = COUNTRY_LANG[country]
    first = outside_first_name(rng, lang) if kind == "outside-names" else rng.choice(FIRST[lang])
    last = rng.choice(EAST_ASIAN_LAST if kind == "outside-names" and rng.random() < 0.5 else LAST[lang])
    name = f"{first} {last}"
    if rng.random() < 0.15:
        name = name.upper()
    title: str | None = rng.choice(OWNER_TITLES[country])
    if kind == "no-title":
        title = None
    printed_name = name
    if kind == "credential":
        printed_name = f"{name}, {rng.choice(CREDENTIALS[country])}"
        if rng.random() < 0.5:
            title = None
    services = rng.sample(SERVICES[lang], k=rng.choice((2, 3, 4)))
    stem = rng.choice([*STEMS, last])
    brand_shape = rng.random()
    if brand_shape < 0.4:
        company = f"{stem} {services[0]}"
    elif brand_shape < 0.6 and lang == "pt":
        company = f"{stem} {services[0]} e {services[1]}"
    elif brand_shape < 0.8:
        company = stem.upper()
    else:
        company = f"{stem} {rng.choice(('Services', 'Solutions', 'Group')) if lang == 'en' else services[0]}"
    if rng.random() < 0.3:
        form = {"US": "LLC", "GB": "Ltd", "BR": "ME", "PT": "Lda.", "ES": "S.L.", "DE": "GmbH", "IT": "S.r.l."}
        company += f" {form[country]}"
    logo_only = rng.random() < 0.15  # the wordmark is a picture the OCR did not read
    # A wordmark read from nowhere but the domain: the domain spells it; otherwise it may add a trade.
    suffix = _slug(services[0])[:6] if not logo_only and rng.random() < 0.4 else ""
    domain = f"{_slug(stem)}{suffix}.{TLDS[country]}"
    webmail = rng.random() < 0.4
    email = None
    if rng.random() < 0.75:
        email = f"{_slug(stem) if rng.random() < 0.5 else _slug(first)}@{rng.choice(WEBMAIL) if webmail else domain}"

    rows: list[tuple[str, float, str]] = []  # (text, letter height, the line's role for the line classifier)
    if not logo_only:
        rows.append((company, float(rng.choice((34, 40, 48))), "company"))
    if rng.random() < 0.6:
        rows.append((rng.choice(SLOGANS[lang]), 14.0, "other"))
    separator = rng.choice((" • ", " | ", " - ", ", "))
    if rng.random() < 0.7:
        rows.append((separator.join(services), 16.0, "other"))
    person_shape = rng.random() if kind != "shared-line" else 0.0
    if title is None:
        rows.append((printed_name, float(rng.choice((22, 26))), "name"))
    elif person_shape < 0.3:
        joiner = rng.choice((", ", " - ", " | "))
        text = f"{printed_name}{joiner}{title}"
        if kind == "shared-line" and rng.random() < 0.5:
            text += f"{joiner}{_registration(rng, country)}"
        rows.append((text, 22.0, "name"))
    else:
        rows += [(printed_name, float(rng.choice((22, 26))), "name"), (title, 16.0, "title")]
    labels = rng.sample(PHONE_LABELS[country], k=min(len(PHONE_LABELS[country]), rng.choice((1, 2, 3))))
    phone_rows = [f"{label}{rng.choice((': ', ' ', ' - '))}{_phone(rng, country)}" for label in labels]
    if len(phone_rows) > 1 and rng.random() < 0.3:
        phone_rows = [" / ".join(phone_rows)]
    address_lines = _address(rng, country)
    label_shape = rng.random()
    address_rows = list(address_lines)
    if label_shape < 0.2:
        address_rows[0] = f"{ADDRESS_LABELS[country]} {address_rows[0]}"
    elif label_shape < 0.3:
        address_rows.insert(0, ADDRESS_LABELS[country])
    registration = _registration(rng, country) if rng.random() < 0.5 and kind != "shared-line" else None
    contact_rows = phone_rows[:]
    if email:
        contact_rows.append(email)
    if not webmail or rng.random() < 0.5:
        contact_rows.append(rng.choice(("www.", "", "https://")) + domain)
    if rng.random() < 0.4:
        handle = _slug(stem) + rng.choice(("", "oficial", "_br", "llc"))
        contact_rows.append(rng.choice(("@{s}", "Instagram: @{s}", "facebook.com/{s}", "/{s}")).format(s=handle))
    if registration:
        contact_rows.append(registration)
    address_block = [(text, 15.0, "other" if text == ADDRESS_LABELS[country] else "address") for text in address_rows]
    contact_block = [(text, 15.0, "other" if text == registration else "contact") for text in contact_rows]
    rows += address_block + contact_block if rng.random() < 0.5 else contact_block + address_block

    lines, top = [], 20
    for index, (text, height, _) in enumerate(rows):
        width = int(0.55 * height * len(text))
        lines.append(CardLine(index, text, Box(40, top, width, int(height * 1.2)), height, 0.95))
        top += int(height * 1.8)
    truth_company: str | None = company
    if logo_only:  # the wordmark is known only where the card spells its domain
        truth_company = stem if any(domain in row for row in contact_rows) else None
    truth: dict[str, str | None] = {
        "name": printed_name,
        "title": title,
        "company": truth_company,
        "address": ", ".join(address_lines),
    }
    return GeneratedCard(lines, truth, tuple(role for _, _, role in rows))
