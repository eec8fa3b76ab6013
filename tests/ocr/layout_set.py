"""Generated cards as OCR lines (text, box, letter height) with ground truth, in six languages and several
layouts, to measure the field labelling on cards no rule was written against.

Every person, company and address is made up from small pools of common words; the layouts cover what
real cards do: company wordmark on top or at the bottom, the name in large type, "Name, Title" on one
line, a logo the OCR could not read (the company is only in the domain), free-mail addresses, surname
first in capitals, address blocks of two to four lines with a printed label and directions.

    python -m tests.ocr.layout_set [--count 300] [--seed 7] [--glued 0.5] [--postcode-alone 0.5]
        prints per-field F1 of the parser
"""

from __future__ import annotations

import argparse
import random
import unicodedata
from dataclasses import dataclass

from cardbook.ocr.fields import CardFields, CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.scoring import same_address, same_text
from cardbook.ocr.types import Box

FIRST = {
    "en": ["Emily", "Daniel", "Olivia", "Ryan", "Hannah", "Marcus", "Chloe", "Nathan", "Wei", "Priya", "Hiroshi"],
    "fr": ["Camille", "Antoine", "Léa", "Mathieu", "Océane", "Julien", "Manon", "Yanis", "Aurélie", "Bastien"],
    "pt": ["Rafael", "Juliana", "Marcelo", "Larissa", "Bruno", "Camila", "Felipe", "Patrícia", "Gustavo", "Renata"],
    "es": ["Javier", "Lucía", "Alejandro", "Carmen", "Sergio", "Elena", "Pablo", "Marta", "Álvaro", "Irene"],
    "de": ["Lukas", "Anna", "Felix", "Katrin", "Jonas", "Miriam", "Tobias", "Sabine", "Florian", "Lena"],
    "it": ["Matteo", "Giulia", "Lorenzo", "Chiara", "Davide", "Federica", "Simone", "Valentina", "Riccardo"],
}
LAST = {
    "en": ["Whitaker", "Holloway", "Brennan", "Caldwell", "Okafor", "Lindqvist", "Tanaka", "Sharma", "Chen"],
    "fr": ["Lemaire", "Fournier", "Chevalier", "Marchand", "Perrin", "Gauthier", "Roussel", "Barbier"],
    "pt": ["Carvalho", "Ribeiro", "Nogueira", "Teixeira", "Barbosa", "Moreira", "Cardoso", "Azevedo"],
    "es": ["Navarro", "Castillo", "Herrera", "Ortega", "Delgado", "Morales", "Romero", "Iglesias"],
    "de": ["Hoffmann", "Becker", "Schulze", "Neumann", "Krüger", "Vogel", "Brandt", "Hartmann"],
    "it": ["Ferraro", "Colombo", "Marino", "Greco", "Bruno", "Galli", "Conti", "Fontana"],
}
TITLES = {
    "en": ["Sales Manager", "Project Engineer", "Managing Director", "Senior Consultant", "Owner", "Office Manager"],
    "fr": ["Directrice commerciale", "Chef de projet", "Gérant", "Responsable marketing", "Ingénieur d'études"],
    "pt": ["Gerente Comercial", "Diretora de Vendas", "Sócio Proprietário", "Consultor", "Engenheira Civil"],
    "es": ["Director General", "Jefa de Ventas", "Asesor Comercial", "Gerente de Proyectos", "Ingeniera"],
    "de": ["Geschäftsführer", "Vertriebsleiterin", "Projektleiter", "Beraterin", "Inhaber"],
    "it": ["Direttore Commerciale", "Responsabile Vendite", "Consulente", "Amministratore Delegato", "Titolare"],
}
# (stem words, legal form) — company names are made of a stem and, often, a legal form.
STEMS = ["Nordvik", "Alder Creek", "Bluestone", "Verano", "Kestrel", "Solano", "Brightwater", "Larchmont"]
TRADES = {
    "en": ["Consulting", "Roofing", "Design Studio", "Technologies", "Logistics"],
    "fr": ["Conseil", "Ingénierie", "Architecture", "Transports", "Menuiserie"],
    "pt": ["Engenharia", "Contabilidade", "Construtora", "Tecnologia", "Transportes"],
    "es": ["Consultores", "Ingeniería", "Arquitectura", "Transportes", "Abogados"],
    "de": ["Beratung", "Bau", "Technik", "Logistik", "Immobilien"],
    "it": ["Consulenze", "Ingegneria", "Costruzioni", "Trasporti", "Arredamenti"],
}
FORMS = {
    "en": ["Ltd", "LLC", "Inc.", ""],
    "fr": ["SARL", "SAS", ""],
    "pt": ["Ltda.", "S.A.", "ME", ""],
    "es": ["S.L.", "S.A.", ""],
    "de": ["GmbH", "AG", ""],
    "it": ["S.r.l.", "S.p.A.", ""],
}
STREETS = {
    "en": ("{n} {w} Street", "Suite {s}", "{city}, {state} {zip}"),
    "fr": ("{n}, rue des {w}", "Bâtiment {s}", "{zip5} {city}"),
    "pt": ("Rua das {w}, {n}", "Sala {s}", "CEP {cep} {city} - {uf}"),
    "es": ("Calle {w}, {n}", "Planta {s}", "{zip5} {city}"),
    "de": ("{w}straße {n}", "Haus {s}", "{zip5} {city}"),
    "it": ("Via {w}, {n}", "Scala {s}", "{zip5} {city}"),
}
CITIES = {
    "en": [("Salem", "MA"), ("Dayton", "OH"), ("Boise", "ID")],
    "fr": [("Nantes", ""), ("Dijon", ""), ("Rennes", "")],
    "pt": [("Curitiba", "PR"), ("Campinas", "SP"), ("Recife", "PE")],
    "es": [("Zaragoza", ""), ("Málaga", ""), ("Bilbao", "")],
    "de": [("Kassel", ""), ("Freiburg", ""), ("Bremen", "")],
    "it": [("Verona", ""), ("Padova", ""), ("Bari", "")],
}
STREET_WORDS = ["Acácias", "Oliveiras", "Linden", "Pinos", "Ginestre", "Tilleuls", "Maple", "Cedros"]
LABELS = {
    "en": "Address:",
    "fr": "Adresse :",
    "pt": "Endereço:",
    "es": "Dirección:",
    "de": "Anschrift:",
    "it": "Indirizzo:",
}
DIRECTIONS = {"pt": "próximo ao Shopping Central", "en": "near the Main Station", "fr": "en face de la gare"}
PHONE_LABEL = {"en": "Tel.", "fr": "Tél.", "pt": "Fone:", "es": "Tel.", "de": "Tel.", "it": "Tel."}
TLD = {"en": "com", "fr": "fr", "pt": "com.br", "es": "es", "de": "de", "it": "it"}
WEBMAIL = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]


@dataclass(frozen=True)
class GeneratedCard:
    lines: list[CardLine]
    truth: dict[str, str | None]
    roles: tuple[str, ...] = ()  # each line's role (tests.ocr.line_cards.LABELS), where the generator knows it


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    return "".join(ch for ch in _ascii(text).lower() if ch.isalnum())


def _glue(text: str, rng: random.Random, rate: float) -> str:
    """The line as the photo engine often reads large type: without the spaces between its words."""
    return text.replace(" ", "") if rate > 0 and rng.random() < rate else text


# The postal line printed as two: the city (and state), then the postcode alone under it.
POSTCODE_ALONE = {
    "en": ("{city}, {state}", "{zip}"),
    "fr": ("{city}", "{zip5}"),
    "pt": ("{city} - {uf}", "{cep}"),
    "es": ("{city}", "{zip5}"),
    "de": ("{city}", "{zip5}"),
    "it": ("{city}", "{zip5}"),
}


def make_card(rng: random.Random, glued: float = 0.0, postcode_alone: float = 0.0) -> GeneratedCard:
    """``glued``: the chance that the name's and the title's line each lose their spaces (OCR damage);
    ``postcode_alone``: the chance that the postcode is printed alone under the city."""
    lang = rng.choice(list(FIRST))
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    title = rng.choice(TITLES[lang])
    stem = rng.choice(STEMS)
    form = rng.choice(FORMS[lang])
    company = " ".join(part for part in (stem, rng.choice(TRADES[lang]), form) if part)
    name = f"{last.upper()} {first}" if lang in ("fr", "de") and rng.random() < 0.25 else f"{first} {last}"
    city, state = rng.choice(CITIES[lang])
    street, second, postal = STREETS[lang]
    values = {
        "n": str(rng.randint(2, 480)),
        "w": rng.choice(STREET_WORDS),
        "s": str(rng.randint(1, 12)),
        "city": city,
        "state": state,
        "uf": state,
        "zip": f"{rng.randint(10000, 99999)}",
        "zip5": f"{rng.randint(10000, 99999)}",
        "cep": f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}",
    }
    address_lines = [street.format(**values)]
    if rng.random() < 0.4:
        address_lines.append(second.format(**values))
    if postcode_alone > 0 and rng.random() < postcode_alone:
        address_lines += [part.format(**values) for part in POSTCODE_ALONE[lang]]
    else:
        address_lines.append(postal.format(**values))
    if lang in DIRECTIONS and rng.random() < 0.3:
        address_lines.append(DIRECTIONS[lang])
    labelled = rng.random() < 0.3
    webmail = rng.random() < 0.2
    logo_only = not webmail and rng.random() < 0.2  # the wordmark is a picture the OCR did not read
    domain = f"{_slug(stem)}.{TLD[lang]}"
    email = f"{_slug(first)}.{_slug(last)}@{rng.choice(WEBMAIL) if webmail else domain}"
    phone = f"{PHONE_LABEL[lang]} {rng.randint(200, 989)} {rng.randint(200, 989)} {rng.randint(1000, 9999)}"

    # (text, letter height) in printed order
    rows: list[tuple[str, float]] = []
    person: list[tuple[str, float]]
    if rng.random() < 0.2:
        person = [(f"{name}, {title}", 26.0)]
    else:
        person = [(_glue(name, rng, glued), float(rng.choice((26, 30, 34)))), (_glue(title, rng, glued), 20.0)]
    company_row = [] if logo_only else [(company, float(rng.choice((22, 30, 40))))]
    if rng.random() < 0.5:
        rows += company_row + person
    else:
        rows += person + company_row
    for position, text in enumerate(address_lines):
        rows.append(((LABELS[lang] + " " + text) if labelled and position == 0 else text, 18.0))
    rows += [(phone, 18.0), (email, 18.0)]
    if not webmail and rng.random() < 0.6:
        rows.append((f"www.{domain}", 18.0))
    lines, top = [], 20
    for index, (text, height) in enumerate(rows):
        width = int(0.55 * height * len(text))
        lines.append(CardLine(index, text, Box(40, top, width, int(height * 1.2)), height, 0.95))
        top += int(height * 1.8)
    truth_company: str | None = company
    if logo_only:
        truth_company = stem  # the logo prints the stem; the domain spells it
    if webmail and logo_only:
        truth_company = None
    truth: dict[str, str | None] = {
        "name": name,
        "title": title,
        "company": truth_company,
        "address": ", ".join(address_lines),
    }
    return GeneratedCard(lines, truth)


def field_values(fields: CardFields) -> dict[str, str | None]:
    return {
        "name": fields.name.value if fields.name else None,
        "title": fields.title.value if fields.title else None,
        "company": fields.company.value if fields.company else None,
        "address": fields.address.value if fields.address else None,
    }


# The office layouts of ``make_card``; the small-business kinds are ``trade_layouts.TRADE_KINDS``.
OFFICE = "office"


def score(
    count: int,
    seed: int,
    glued: float = 0.0,
    postcode_alone: float = 0.0,
    kind: str = OFFICE,
    misses: list[tuple[str, str | None, str | None, list[str]]] | None = None,
) -> dict[str, float]:
    """Per-field F1 of the parser on ``count`` generated cards of ``kind`` (a wrong value is one FP and one
    FN); ``glued``: the share of name and title lines read without their spaces; ``postcode_alone``: the
    share of addresses whose postcode is printed alone under the city (both for the office kind);
    ``misses`` collects (field, expected, read, the card's lines) of every wrong field. A field no card
    shows and none was read scores 1.0 (nothing to find, nothing made up)."""
    from .brand_layouts import BRAND_KINDS, make_brand_card
    from .trade_layouts import make_trade_card

    rng = random.Random(seed)
    tp = dict.fromkeys(("name", "title", "company", "address"), 0)
    fp, fn = dict(tp), dict(tp)
    for _ in range(count):
        if kind == OFFICE:
            card = make_card(rng, glued, postcode_alone)
        elif kind in BRAND_KINDS:
            card = make_brand_card(rng, kind)
        else:
            card = make_trade_card(rng, kind)
        got = field_values(parse_lines(card.lines))
        for key, want in card.truth.items():
            have = got[key]
            same = same_address if key == "address" else same_text
            if have and want and same(have, want):
                tp[key] += 1
            elif have or want:
                fp[key] += bool(have)
                fn[key] += bool(want)
                if misses is not None:
                    misses.append((key, want, have, [line.text for line in card.lines]))
    return {key: 2 * tp[key] / (2 * tp[key] + fp[key] + fn[key]) if fp[key] + fn[key] else 1.0 for key in tp}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.layout_set", description=__doc__)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--glued", type=float, default=0.0, help="share of name/title lines read without spaces")
    parser.add_argument("--postcode-alone", type=float, default=0.0, help="share of postcodes under the city")
    parser.add_argument("--kind", action="append", help="office or a small-business kind (default: every kind)")
    parser.add_argument("--misses", action="store_true", help="print every wrong field with the card's lines")
    args = parser.parse_args()
    from .brand_layouts import BRAND_KINDS
    from .trade_layouts import TRADE_KINDS

    for kind in args.kind or (OFFICE, *TRADE_KINDS, *BRAND_KINDS):
        wrong: list[tuple[str, str | None, str | None, list[str]]] = []
        figures = score(args.count, args.seed, args.glued, args.postcode_alone, kind, wrong)
        for field, want, have, texts in wrong if args.misses else ():
            print(f"  {kind} {field}: expected {want!r}, read {have!r}  <- {' / '.join(texts)}")
        cells = " ".join(f"{key}={value:.3f}" for key, value in figures.items())
        # Cards with the field wrong: on a kind whose cards show no company, F1 is 0.000 from the first one.
        counts = " ".join(f"{key}={sum(miss[0] == key for miss in wrong)}" for key in figures)
        print(f"{kind:<14} {cells} macro={sum(figures.values()) / 4:.3f}  wrong: {counts}")


if __name__ == "__main__":
    main()
