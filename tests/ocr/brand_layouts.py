"""Cards whose firm is hard to name, as OCR lines with ground truth (the companion of ``layout_set`` and
``trade_layouts``; issue 10, item 3):

- ``cut-wordmark``: US and European office cards whose wordmark OCR read partly — a letter or two lost at
  either end, the first capital dropped — while the e-mail and the website spell it whole; now and then
  the person's name read with a letter too from a glued neighbour (a bar or an icon read as "l", "I").
- ``trade-noun``: a firm printed as words of its trade ("… Hot Tubs & Spas", "… Pisos e
  Revestimentos"), with no legal form, in the body's type, on a card with a free-mail address only: no
  domain, legal form or size marks it.
- ``no-company``: a person's own card (a freelancer, a consultant): a name, often a title, a tagline or a
  product line, a free-mail address or a site named after the person; the card names no firm.

The pools are made up here (stems of syllables, trades of each language): nothing is taken from a real card.
A few trades of the pools are not in ``lexicon.TRADE_NOUNS`` ("Chimneys", "Treppen", "Marcos", "Pergole"), so
that the figure also shows what the firm's shape alone finds. Figures: docs/MEASURING.md, "Firms hard to name".
"""

from __future__ import annotations

import random

from cardbook.ocr.fields import CardLine
from cardbook.ocr.types import Box

from .layout_set import GeneratedCard, _slug
from .trade_layouts import EAST_ASIAN_LAST, FIRST, LAST, WEBMAIL, _address, _phone

BRAND_KINDS = ("cut-wordmark", "trade-noun", "no-company")

_COUNTRIES = ("US", "GB", "DE", "IT", "ES", "PT")
_TLD = {"US": "com", "GB": "co.uk", "DE": "de", "IT": "it", "ES": "es", "PT": "pt"}
_LANG = {"US": "en", "GB": "en", "DE": "de", "IT": "it", "ES": "es", "PT": "pt"}
_OFFICE_TITLES = {
    "en": ["Account Manager", "Sales Director", "Senior Engineer", "Operations Manager", "Partner", "Analyst"],
    "de": ["Vertriebsleiter", "Projektleiterin", "Geschäftsführer", "Key Account Manager", "Beraterin"],
    "it": ["Direttore Vendite", "Responsabile Acquisti", "Consulente", "Project Manager"],
    "es": ["Directora Comercial", "Jefe de Proyecto", "Consultor Senior", "Gerente"],
    "pt": ["Diretor Comercial", "Gestora de Projetos", "Consultor", "Engenheira"],
}
# Wordmarks: invented words of two or three syllables, or two such words ("Velora", "Tarn Vessel").
_SYLLABLES = ["ve", "lo", "ra", "tar", "no", "vi", "qua", "len", "dor", "mi", "zen", "to", "ri", "sol", "bra", "ka"]
_WORDMARK_TAILS = ["ia", "on", "ex", "is", "ar", "um", "io", "en", "ix", "ora"]
# Trades as small firms print them, joined by "&", "and", "e", "y", "und", "et".
_TRADES = {
    "en": [
        "Hot Tubs",
        "Wine Racks",
        "Plumbing",
        "Heating",
        "Kitchens",
        "Baths",
        "Pools",
        "Spas",
        "Flooring",
        "Cabinetry",
        "Windows",
        "Doors",
        "Fencing",
        "Decks",
        "Masonry",
        "Stonework",
        "Upholstery",
        "Tailoring",
        "Framing",
        "Glass",
        "Mirrors",
        "Awnings",
        "Blinds",
        "Chimneys",
        "Staircases",
    ],
    "pt": [
        "Pisos",
        "Revestimentos",
        "Vidros",
        "Esquadrias",
        "Toldos",
        "Cortinas",
        "Persianas",
        "Molduras",
        "Estofados",
        "Pergolados",
    ],
    "es": [
        "Suelos",
        "Cocinas",
        "Baños",
        "Cristales",
        "Toldos",
        "Persianas",
        "Tapicería",
        "Marcos",
        "Puertas",
        "Pérgolas",
    ],
    "de": ["Fliesen", "Parkett", "Bäder", "Küchen", "Fenster", "Türen", "Polsterei", "Rahmen", "Markisen", "Treppen"],
    "it": [
        "Pavimenti",
        "Rivestimenti",
        "Cucine",
        "Bagni",
        "Infissi",
        "Tende",
        "Cornici",
        "Vetri",
        "Serramenti",
        "Pergole",
    ],
}
_AND = {"en": ("&", "and"), "pt": ("&", "e"), "es": ("&", "y"), "de": ("&", "und"), "it": ("&", "e")}
_OWNER = {
    "en": ["Owner", "President", "Sales"],
    "pt": ["Proprietário", "Vendas"],
    "es": ["Propietario", "Ventas"],
    "de": ["Inhaber", "Verkauf"],
    "it": ["Titolare", "Vendite"],
}
_FREELANCE_TITLES = {
    "en": ["Graphic Designer", "Photographer", "Personal Trainer", "Copywriter", "Consultant", "Illustrator"],
    "pt": ["Fotógrafa", "Designer Gráfico", "Tradutora", "Personal Trainer", "Consultora"],
    "es": ["Fotógrafo", "Diseñadora Gráfica", "Traductora", "Consultor"],
    "de": ["Fotografin", "Grafikdesigner", "Übersetzerin", "Beraterin"],
    "it": ["Fotografo", "Grafica", "Traduttrice", "Consulente"],
}
# What a person's own card prints where a firm would be: a tagline, a product or a line of work.
_PERSONAL_LINES = {
    "en": [
        "Creative solutions for your brand",
        "Capturing moments that matter",
        "Branding • Web • Print",
        "Handmade Leather Goods",
        "Weddings & Portraits",
        "Helping you feel your best",
        "Words that sell",
    ],
    "pt": ["Fotografia de casamentos", "Soluções criativas", "Traduções juramentadas", "Bolos e Doces Artesanais"],
    "es": ["Bodas y retratos", "Diseño que comunica", "Traducciones juradas", "Cerámica artesanal"],
    "de": ["Hochzeiten & Porträts", "Design mit Haltung", "Fachübersetzungen", "Handgemachte Keramik"],
    "it": ["Matrimoni e ritratti", "Design che comunica", "Traduzioni giurate", "Ceramiche artigianali"],
}
# What OCR glues to a name from a neighbour: a bar, an icon or a rule read as a letter.
_GLUED_LETTERS = ("l", "I", "i")


def _wordmark(rng: random.Random) -> str:
    words = []
    for _ in range(1 if rng.random() < 0.7 else 2):
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((1, 2)))) + rng.choice(_WORDMARK_TAILS)
        words.append(word.capitalize())
    text = " ".join(words)
    style = rng.random()
    return text.upper() if style < 0.3 else text.lower() if style < 0.45 else text


def _cut(wordmark: str, rng: random.Random) -> str:
    """The wordmark as OCR read it partly: one or two letters lost at its start, its end, or one at each."""
    shape = rng.random()
    if shape < 0.45:
        return wordmark[1:]  # the first letter (a capital, often stylised) lost
    if shape < 0.6:
        return wordmark[2:]
    if shape < 0.85:
        return wordmark[:-1]
    return wordmark[1:-1]


def _glue_letter(name: str, rng: random.Random) -> str:
    letter = rng.choice(_GLUED_LETTERS)
    return letter + name if rng.random() < 0.5 else name + letter.lower()


def _lines(rows: list[tuple[str, float]]) -> list[CardLine]:
    lines, top = [], 20
    for index, (text, height) in enumerate(rows):
        width = int(0.55 * height * len(text))
        lines.append(CardLine(index, text, Box(40, top, width, int(height * 1.2)), height, 0.95))
        top += int(height * 1.8)
    return lines


def _person(rng: random.Random, lang: str) -> tuple[str, str, str]:
    first = rng.choice(FIRST.get(lang, FIRST["en"]))
    last = rng.choice(EAST_ASIAN_LAST if rng.random() < 0.15 else LAST.get(lang, LAST["en"]))
    return f"{first} {last}", first, last


def _contacts(rng: random.Random, country: str) -> list[str]:
    return [f"{rng.choice(('Tel.', 'Mobile', 'T', 'M'))} {_phone(rng, country)}"]


def _cut_wordmark(rng: random.Random) -> GeneratedCard:
    country = rng.choice(_COUNTRIES)
    lang = _LANG[country]
    name, first, last = _person(rng, lang)
    title = rng.choice(_OFFICE_TITLES[lang])
    wordmark = _wordmark(rng)
    domain = f"{_slug(wordmark)}.{_TLD[country]}"
    printed_name = _glue_letter(name, rng) if rng.random() < 0.3 else name
    email = f"{rng.choice((f'{_slug(first)}.{_slug(last)}', _slug(first)[0] + _slug(last), _slug(first)))}@{domain}"
    rows: list[tuple[str, float]] = [(_cut(wordmark, rng), float(rng.choice((36, 44, 52))))]
    person = [(printed_name, float(rng.choice((22, 26)))), (title, 16.0)]
    rows = rows + person if rng.random() < 0.7 else person + rows
    address = _address(rng, country)
    rows += [(text, 14.0) for text in address]
    rows += [(text, 14.0) for text in _contacts(rng, country)]
    rows.append((email, 14.0))
    if rng.random() < 0.6:
        rows.append((f"www.{domain}", 14.0))
    truth = {"name": name, "title": title, "company": wordmark, "address": ", ".join(address)}
    return GeneratedCard(_lines(rows), truth)


def _trade_noun(rng: random.Random) -> GeneratedCard:
    country = rng.choice(_COUNTRIES)
    lang = _LANG[country]
    name, first, _ = _person(rng, lang)
    first_trade, second_trade = rng.sample(_TRADES[lang], 2)
    stem = rng.choice((" ".join(word.capitalize() for word in _wordmark(rng).split()), name.split()[-1]))
    joiner = rng.choice(_AND[lang])
    shape = rng.random()
    if shape < 0.5:
        company = f"{stem} {first_trade} {joiner} {second_trade}"
    elif shape < 0.75:
        company = f"{stem} {first_trade}"
    else:
        company = f"{first_trade} {joiner} {second_trade} {stem}" if lang == "en" else f"{first_trade} {stem}"
    company = company.upper() if rng.random() < 0.2 else company
    title = rng.choice(_OWNER[lang]) if rng.random() < 0.6 else None
    body = 15.0
    rows: list[tuple[str, float]] = [(company, body * rng.choice((1.0, 1.05, 1.1)))]
    person: list[tuple[str, float]] = [(name, body * rng.choice((1.0, 1.1)))]
    if title:
        person.append((title, body))
    rows = rows + person if rng.random() < 0.6 else person + rows
    address = _address(rng, country)
    rows += [(text, body) for text in address]
    rows += [(text, body) for text in _contacts(rng, country)]
    if rng.random() < 0.8:
        rows.append((f"{_slug(first)}{rng.randint(1, 99)}@{rng.choice(WEBMAIL)}", body))
    truth = {"name": name, "title": title, "company": company, "address": ", ".join(address)}
    return GeneratedCard(_lines(rows), truth)


def _no_company(rng: random.Random) -> GeneratedCard:
    country = rng.choice(_COUNTRIES)
    lang = _LANG[country]
    name, first, last = _person(rng, lang)
    title = rng.choice(_FREELANCE_TITLES[lang]) if rng.random() < 0.7 else None
    personal = rng.choice(_PERSONAL_LINES[lang])
    rows: list[tuple[str, float]] = [(name, float(rng.choice((26, 30))))]
    if title:
        rows.append((title, 16.0))
    line = (personal, float(rng.choice((14, 16, 20, 26))))
    rows = [*rows, line] if rng.random() < 0.6 else [line, *rows]
    rows += [(text, 14.0) for text in _contacts(rng, country)]
    personal_site = rng.random() < 0.3
    host = f"{_slug(first)}{_slug(last)}.{_TLD[country]}" if personal_site else rng.choice(WEBMAIL)
    rows.append((f"{_slug(first)}.{_slug(last)}@{host}", 14.0))
    if personal_site and rng.random() < 0.5:
        rows.append((f"www.{host}", 14.0))
    truth: dict[str, str | None] = {"name": name, "title": title, "company": None, "address": None}
    return GeneratedCard(_lines(rows), truth)


def make_brand_card(rng: random.Random, kind: str) -> GeneratedCard:
    """One card of ``kind`` (``BRAND_KINDS``)."""
    if kind == "cut-wordmark":
        return _cut_wordmark(rng)
    if kind == "trade-noun":
        return _trade_noun(rng)
    return _no_company(rng)
